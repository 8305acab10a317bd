-- plan.lua: the build plan, between normalization and the exporters. From
-- the normalized IR and the caches it computes everything a build needs that
-- is not the syntax of one build tool: per target the objects and where they
-- go, the compile and link command words, position-independent code, the
-- artifact and its links, what is installed where, how header dependencies
-- are found (the compiler's depfile method, or the export-time scan of
-- scan.lua for a compiler without one), which toolchains and archivers are
-- used, the generate steps that make sources at build time (the generators
-- of modules.lua, the built-in ones in generators.lua), and the files a
-- re-export depends on. Name clashes between targets' files are refused
-- here (KIN-120), as are sources, public headers and generator inputs that
-- are not files (KIN-124) and generated_sources no generator makes
-- (KIN-125). An exporter only spells the plan in its own syntax
-- (doc/plan.md describes the tables).
local buildtype = require "kindler.buildtype"
local cachekeys = require "kindler.cachekeys"
local confighdr = require "kindler.confighdr"
local ir = require "kindler.ir"
local normalize = require "kindler.normalize"
local pcfile = require "kindler.pcfile"
local schema = require "kindler.schema"
local suggest = require "kindler.suggest"
local host = require "kindler.host"
local modules = require "kindler.modules"
local scan = require "kindler.scan"
require "kindler.generators"

local M = {}

-- Command words. Each is a table an exporter renders:
--   { text = T }                  cache text, one or more words, as is
--   { text = T, value = V, quote = true, key = K, pieces = P }
--                                 T with "{}" filled by the user's value V,
--                                 one shell word (quoted); K names the field.
--                                 P, when the filled text names the source
--                                 tree or the build directory ("${srcdir}",
--                                 "${builddir}"): that text cut at them, a
--                                 list of strings and { root = "src" or
--                                 "build" }
--   { text = T, path = P, root = R, key = K }
--                                 T with "{}" filled by path P, below the
--                                 source tree (R = "src": relative ones) or
--                                 the build directory (R = "build")
--   { text = T, role = ROLE }     T filled by what only the exporter knows:
--                                 the "output" or the "depfile" of the
--                                 command
local function raw(text) return { text = text } end

-- The placeholders a user's value may hold (kindler(5), Paths in flags).
local PLACEHOLDERS = { ["${srcdir}"] = "src", ["${builddir}"] = "build" }

-- text cut at its placeholders, or nil when it holds none.
function M.pieces(text)
  if not text:find("${", 1, true) then return nil end
  local pieces, pos, from = {}, 1, 1
  while true do
    local s, e = text:find("%${%w+}", from)
    if not s then break end
    local root = PLACEHOLDERS[text:sub(s, e)]
    if root then
      pieces[#pieces + 1] = text:sub(pos, s - 1)
      pieces[#pieces + 1] = { root = root }
      pos = e + 1
    end
    from = e + 1
  end
  if pos == 1 then return nil end
  pieces[#pieces + 1] = text:sub(pos)
  return pieces
end

local function word(text, value, key)
  return { text = text, value = value, quote = true, key = key,
           pieces = M.pieces((text:gsub("{}", function() return value end))) }
end

-- A word's pieces as one exporter spells them: each string through quote
-- (the exporter's quoting), each directory as dirs.src or dirs.build.
function M.spell(pieces, quote, dirs)
  local out = {}
  for _, piece in ipairs(pieces) do
    if type(piece) == "table" then
      out[#out + 1] = dirs[piece.root]
    elseif piece ~= "" then
      out[#out + 1] = quote(piece)
    end
  end
  return table.concat(out)
end
local function src(text, path, key)
  return { text = text, path = path, root = "src", key = key }
end
local function build(text, path) return { text = text, path = path, root = "build" } end
local function role(text, name) return { text = text, role = name } end

local function add(list, w)
  if w and (w.text ~= "" or w.value) then list[#list + 1] = w end
end

-- The cache entry for a flag, or nil when the compiler lacks it.
local function flag(c, name)
  local v = cachekeys.compiler(c.entries, "flag." .. name)
  if v == false or v == nil then return nil end
  return v
end

-- Names the build directory keeps for itself: no target may take them.
M.RESERVED = { all = true, clean = true, install = true, uninstall = true,
               test = true, Makefile = true, ["kindler-test.sh"] = true }

-- The language of a target for one family, when it names a standard: its
-- own language when of that family, else the project's.
local function language_of(nir, t, family)
  local lang = t.language
  if lang and lang.family == family and lang.standard then return lang end
  local found
  for _, l in ipairs(nir.project.languages or {}) do
    if l.family == family and l.standard then found = l end
  end
  return found
end

-- The flag of a language's standard with compiler c: the standard in its
-- dialect when it names one the cache has a flag for (else strictly,
-- after KIN-205 at validation), or "".
local function standard_flag(c, lang)
  for _, dialect in ipairs(lang.dialect or {}) do
    local flag = cachekeys.compiler(c.entries, "std." .. lang.standard .. "." .. dialect)
    if flag then return flag end
  end
  return cachekeys.compiler(c.entries, "std." .. lang.standard) or ""
end

-- The words the build type asks of compiler c: its intents' flags, and
-- NDEBUG defined. An intent the cache has no verified flag for is left
-- out, with KIN-206 once per compiler and intent.
local function config_words(p, c)
  local words = {}
  local config = buildtype.TYPES[p.build_type]
  for _, intent in ipairs(config.flags) do
    local f = flag(c, intent)
    if f then
      add(words, raw(f))
    elseif not p.warned[c.name .. " " .. intent] then
      p.warned[c.name .. " " .. intent] = true
      p.d:report("KIN-206", nil, nil, string.format(
        "the build type '%s' asks %s for %s, which it has no verified flag " ..
        "for: it is left out", p.build_type, c.name, (intent:gsub("_", " "))),
        "choose another build type (--config), or rerun kindler-bootstrap " ..
        "if the compiler was upgraded")
    end
  end
  if config.ndebug then add(words, word(flag(c, "define") or "-D{}", "NDEBUG", "config")) end
  return words
end

-- Compile words of target t for one family with compiler c: everything but
-- the build type's, the source, the output and the depfile.
local function compile_words(p, t, family, c)
  local words = {}
  local lang = language_of(p.nir, t, family)
  if lang then add(words, raw(standard_flag(c, lang))) end
  if p.pic[t.name] then add(words, raw(flag(c, "pic") or "")) end
  if t.features.threads then add(words, raw(flag(c, "threads") or "")) end
  if t.abi then add(words, raw(flag(c, "abi." .. t.abi) or "")) end
  local include = flag(c, "include") or "-I{}"
  -- Config headers first: the build's own, written at export.
  for _, dir in ipairs(t.generated_include_dirs) do add(words, build(include, dir)) end
  -- Then the directory of its generated sources (a scanner includes the
  -- parser's header from there).
  if p.gen_dirs[t.name] then add(words, build(include, p.gen_dirs[t.name])) end
  for _, dir in ipairs(t.include_dirs) do
    add(words, src(include, dir, "include_dirs"))
  end
  -- A directory of the project's own goes with the plain include flag
  -- when the compiler's depfile method would leave out the headers found
  -- through its system flag (tcc -MD): a change of them must rebuild.
  local sys = flag(c, "system_include") or include
  local own = flag(c, "depfile_system") and sys or include
  if not flag(c, "depfile") then own = sys end
  for _, dir in ipairs(t.system_include_dirs) do
    add(words, src(dir:sub(1, 1) == "/" and sys or own, dir, "system_include_dirs"))
  end
  local define = flag(c, "define") or "-D{}"
  for _, name in ipairs(ir.sorted_keys(t.definitions)) do
    local v = t.definitions[name]
    add(words, word(define, v == true and name or name .. "=" .. v, "definitions"))
  end
  local key = family == "c" and "cflags" or "cxxflags"
  for _, f in ipairs(t[key]) do add(words, word("{}", f, key)) end
  return words
end

-- Object file names, below the target's folder: the source's file name, or
-- its whole relative path with '/' as '_' when two sources share a name; a
-- number tells apart what is still the same.
local function object_names(t, sources, suffix)
  local count, names, taken = {}, {}, {}
  for _, source in ipairs(sources) do
    local base = source:match("[^/]*$")
    count[base] = (count[base] or 0) + 1
  end
  for i, source in ipairs(sources) do
    local base = source:match("[^/]*$")
    local name = base
    if count[base] > 1 then
      name = scan.join(".", source):gsub("%.%.", "__"):gsub("/", "_")
    end
    local unique, n = name, 1
    while taken[unique] do
      n = n + 1
      unique = name:gsub("^([^.]*)", "%1-" .. n, 1)
    end
    taken[unique] = true
    names[i] = t.name .. ".dir/" .. unique .. suffix
  end
  return names
end

-- The depfile words of compiler c, or nil when it has no depfile method.
-- `system`: the target has system include directories of its own; where
-- the compiler names them with a flag of their own (-isystem), the plain
-- method may leave their headers out (gcc -MMD), so the variant that names
-- them is taken where the cache has one (without one, compile_words gives
-- those directories the plain include flag).
local function depfile_words(c, system)
  local depfile = flag(c, "depfile")
  if system and flag(c, "system_include") then
    depfile = flag(c, "depfile_system") or depfile
  end
  if not depfile then return nil end
  local words = { role(depfile, "depfile") }
  local target = flag(c, "depfile_target")
  if target then words[2] = role(target, "output") end
  return words
end

-- Whether t has a system include directory inside the project.
local function own_system_dirs(t)
  for _, dir in ipairs(t.system_include_dirs) do
    if dir:sub(1, 1) ~= "/" then return true end
  end
  return false
end

-- What a file of each field is called in KIN-124.
local FILE_KINDS = { sources = "source", public_headers = "public header",
                     man_pages = "manual page", scripts = "script",
                     data_files = "data file", config_header = "config header template",
                     generated_sources = "generator input" }

-- Where in the project file target t's `key` names path: the list item
-- when the target's own list has it, else the field.
local function place_of(p, t, key, path)
  local src = p.where_target(t.name)
  local list = type(src) == "table" and src[key]
  if type(list) == "table" then
    for i, v in ipairs(list) do
      if v == path then return list, i end
    end
  end
  return src, key
end

-- ", did you mean 'x'?" for a path whose directory holds a close name.
local function near_miss(p, rel, want_dir)
  local dir, base = rel:match("^(.*)/([^/]*)$")
  if not dir then dir, base = ".", rel end
  local names = {}
  for _, name in ipairs(host.list_dir((p.scan_root or ".") .. "/" .. dir) or {}) do
    local info = host.stat((p.scan_root or ".") .. "/" .. dir .. "/" .. name)
    if info and (info.type == "dir") == want_dir then names[#names + 1] = name end
  end
  table.sort(names)
  local near = suggest.closest(base, names)
  if not near then return "" end
  return "; did you mean '" .. (dir == "." and "" or dir .. "/") .. near .. "'?"
end

-- KIN-124 at tbl[at]: target t's `what` (a source, a test's stdin, ...)
-- names path, which is no file of the source tree (rel: path tidied). A
-- pattern is never expanded: its remedy names kindler init.
local function missing_file(p, t, what, path, rel, tbl, at)
  local why, remedy = "", "create the file, or correct its path (relative to the project file)"
  if path:find("[*?[]") then
    why = ": Kindler never expands a pattern"
    remedy = "list the files; kindler init " .. path .. " writes the list (kindler(1))"
  elseif rel:sub(1, 1) ~= "/" then
    why = near_miss(p, rel, false)
  end
  p.d:report("KIN-124", tbl, at, string.format(
    "target '%s': %s '%s' is not a file of the source tree%s", t.name, what, path, why),
    remedy)
  p.failed = true
end

-- KIN-124 unless the file a target's `key` names is in the source tree.
local function check_file(p, t, key, path)
  local rel = scan.join(".", path)
  local found
  if rel:sub(1, 1) == "/" then
    local info = host.stat(rel)
    found = info ~= nil and info.type == "file"
  else
    found = p.scanner:exists(rel)
  end
  if not found then
    local tbl, at = place_of(p, t, key, path)
    missing_file(p, t, FILE_KINDS[key], path, rel, tbl, at)
  end
end

-- KIN-124 unless each include directory of t inside the project (a
-- relative one) is a directory of the source tree; each is checked once.
local function check_include_dirs(p, t)
  for _, key in ipairs({ "include_dirs", "system_include_dirs" }) do
    for _, dir in ipairs(t[key]) do
      local rel = scan.join(".", dir)
      if rel:sub(1, 1) ~= "/" and not p.checked_dirs[rel] then
        p.checked_dirs[rel] = true
        local info = host.stat((p.scan_root or ".") .. "/" .. rel)
        if not info or info.type ~= "dir" then
          local tbl, at = place_of(p, t, key, dir)
          p.d:report("KIN-124", tbl, at, string.format(
            "target '%s': include directory '%s' is not a directory of the source tree%s",
            t.name, dir, near_miss(p, rel, true)),
            "create the directory, or correct its path (relative to the project file)")
          p.failed = true
        end
      end
    end
  end
end

-- The endings of the generated files that are compiled with their target
-- (the others, headers, are made before any of its objects).
local COMPILED = { c = true, cc = true, cpp = true, cxx = true, ["c++"] = true, C = true }

local function compiled(path)
  return COMPILED[path:match("%.([^./]+)$") or ""] == true
end

-- The generator whose extensions claim source, and the source's name
-- without that ending, or nil.
local function generator_of(source)
  for _, name in ipairs(ir.sorted_keys(modules.generators)) do
    local spec = modules.generators[name]
    for _, ending in ipairs(spec.extensions or {}) do
      if #source > #ending and source:sub(-#ending) == ending then
        return name, spec, source:sub(1, -#ending - 1):match("[^/]*$")
      end
    end
  end
end

-- The command of a generator's tool: the OS cache's tools.NAME, else its
-- name, after KIN-208 once per tool (the build then runs the program of
-- that name, or the one the user names on make's command line).
local function tool_command(p, t, tool, tbl, at)
  local command = cachekeys.os(p.os, "tools." .. tool)
  if type(command) == "string" and command ~= "" then return command end
  if not p.warned["tool " .. tool] then
    p.warned["tool " .. tool] = true
    p.d:report("KIN-208", tbl, at, string.format(
      "target '%s' needs the program %s, which kindler-bootstrap did not find on " ..
      "this machine: the build runs '%s'", t.name, tool, tool),
      "install it (Debian: flex for lex; bison or byacc for yacc) and run " ..
      "kindler-bootstrap again, or name it on make's command line (" ..
      tool:upper():gsub("[^%w]", "_") .. "=...)")
  end
  return tool
end

-- One generate step of t: generator `name` (spec) run on inputs (paths of
-- the source tree), %s being stem. { generator, tool, command (the tool's
-- cache text), words, inputs, outputs (paths in the build directory),
-- stdout, scratch (the directory a command that writes files writes them
-- in, before they are moved into place) or temporary (the file standard
-- output goes to, before it is) }.
local function generate_step(p, t, name, spec, inputs, stem, tbl, at)
  local gendir = p.gen_dirs[t.name]
  local step = { generator = name, tool = spec.tool, inputs = inputs,
                 outputs = {}, stdout = spec.stdout == true, words = {} }
  for i, o in ipairs(spec.outputs or {}) do
    step.outputs[i] = gendir .. "/" .. o:gsub("%%s", function() return stem end)
  end
  local writes = gendir
  if step.stdout then
    step.temporary = gendir .. "/tmp." .. step.outputs[1]:match("[^/]*$")
  else
    step.scratch = gendir .. "/tmp." .. name .. "." .. stem
    writes = step.scratch
  end
  if spec.tool then step.command = tool_command(p, t, spec.tool, tbl, at) end
  local first = step.stdout and step.temporary or
                writes .. "/" .. step.outputs[1]:match("[^/]*$")
  -- Each word holds at most one of {tool} {in} {out} {gendir} {srcdir}.
  for _, text in ipairs(spec.command or {}) do
    text = text:gsub("%%s", function() return stem end)
    local w
    if text:find("{tool}", 1, true) then
      w = role((text:gsub("{tool}", "{}")), "tool")
    elseif text:find("{in}", 1, true) then
      w = src((text:gsub("{in}", "{}")), inputs[1], "sources")
    elseif text:find("{out}", 1, true) then
      w = build((text:gsub("{out}", "{}")), first)
    elseif text:find("{gendir}", 1, true) then
      w = build((text:gsub("{gendir}", "{}")), writes)
    elseif text:find("{srcdir}/", 1, true) then
      -- A file of the source tree: {srcdir}/PATH is PATH there.
      local before, path = text:match("^(.-){srcdir}/(.*)$")
      w = src(before .. "{}", path, "sources")
    elseif text:find("{srcdir}", 1, true) then
      w = src((text:gsub("{srcdir}", "{}")), ".", "sources")
    else
      w = word("{}", text, "sources")
    end
    step.words[#step.words + 1] = w
  end
  return step
end

-- The generate steps of t, and the list of what it compiles: its sources
-- and the generated ones, each { source, root }. A source a generator's
-- extensions claim is that generator's input; a name of generated_sources
-- must be an output of a generator with fixed inputs (KIN-125 otherwise).
local function generate_of(p, t)
  local steps, compiles = {}, {}
  local function add_step(step)
    steps[#steps + 1] = step
    for _, o in ipairs(step.outputs) do
      if compiled(o) then compiles[#compiles + 1] = { source = o, root = "build" } end
    end
  end
  for i, source in ipairs(t.sources) do
    local name, spec, stem = generator_of(source)
    if name then
      p.gen_dirs[t.name] = t.name .. ".dir/gen"
      local tbl, at = place_of(p, t, "sources", source)
      add_step(generate_step(p, t, name, spec, { scan.join(".", source) }, stem, tbl, at))
    else
      compiles[#compiles + 1] = { source = source, root = "src" }
    end
  end
  for _, wanted in ipairs(t.generated_sources or {}) do
    local found
    for _, name in ipairs(ir.sorted_keys(modules.generators)) do
      local spec = modules.generators[name]
      if spec.inputs and #spec.inputs > 0 and not found then
        local stem = spec.inputs[1]:match("[^/]*$"):gsub("%.[^.]*$", "")
        for _, o in ipairs(spec.outputs or {}) do
          if o:gsub("%%s", function() return stem end) == wanted then
            found = { name, spec, stem }
          end
        end
      end
    end
    local tbl, at = place_of(p, t, "generated_sources", wanted)
    if found then
      p.gen_dirs[t.name] = t.name .. ".dir/gen"
      local inputs = {}
      for j, path in ipairs(found[2].inputs) do
        check_file(p, t, "generated_sources", path)
        inputs[j] = scan.join(".", path)
      end
      add_step(generate_step(p, t, found[1], found[2], inputs, found[3], tbl, at))
    else
      local names = {}
      for _, name in ipairs(ir.sorted_keys(modules.generators)) do
        if modules.generators[name].inputs then names[#names + 1] = name end
      end
      p.d:report("KIN-125", tbl, at, string.format(
        "target '%s': generated source '%s' is made by no generator%s", t.name, wanted,
        #names > 0 and " (those with fixed inputs: " .. table.concat(names, ", ") .. ")" or ""),
        "name an output of a generator a module registers, or list the file " ..
        "under sources; a .y or .l source is generated from by itself")
      p.failed = true
    end
  end
  -- No two steps of the target make one file.
  local made = {}
  for _, step in ipairs(steps) do
    for _, o in ipairs(step.outputs) do
      if made[o] then
        p.d:report("KIN-120", p.where_target(t.name), "sources", string.format(
          "target '%s': two generator runs (%s and %s) both make '%s'", t.name,
          made[o], step.generator, o), "rename one of their inputs")
        p.failed = true
      end
      made[o] = step.generator
    end
  end
  return steps, compiles
end

-- The files of steps that are not compiled: made before any object.
local function generated_headers(steps)
  local out = {}
  for _, step in ipairs(steps) do
    for _, o in ipairs(step.outputs) do
      if not compiled(o) then out[#out + 1] = o end
    end
  end
  return out
end

-- The objects of t, from what it compiles (generate_of): { source, root
-- ("src", or "build" for a generated source), family, compiler, path,
-- depfile or headers }.
local function objects_of(p, t, compiles)
  local out = {}
  local suffix = cachekeys.os(p.os, "object_suffix")
  local sources = {}
  for i, c in ipairs(compiles) do sources[i] = c.source end
  local names = object_names(t, sources, suffix)
  local search_path
  local depfiles = {}
  for i, entry in ipairs(compiles) do
    local source = entry.source
    if entry.root == "src" then check_file(p, t, "sources", source) end
    local family = normalize.source_family(source)
    local c = p.env.compilers[t.toolchain[family]]
    local o = { source = source, root = entry.root, family = family, compiler = c.name,
                path = names[i] }
    if depfiles[c] == nil then
      depfiles[c] = depfile_words(c, own_system_dirs(t)) or false
    end
    if depfiles[c] then
      o.depfile = { path = names[i] .. ".d", words = depfiles[c] }
    elseif entry.root == "build" then
      -- A generated source cannot be scanned at export: it depends on
      -- the target's generated headers, as every object does.
      o.headers = {}
    else
      -- No depfile method: header dependencies are found now, by scanning.
      if not search_path then
        search_path = {}
        for _, d in ipairs(t.include_dirs) do search_path[#search_path + 1] = d end
        for _, d in ipairs(t.system_include_dirs) do search_path[#search_path + 1] = d end
      end
      o.headers = p.scanner:headers(scan.join(".", source), search_path)
    end
    out[i] = o
  end
  return out
end

-- The compile step of t for each family it has sources of: { compiler,
-- config (the build type's words), words (the target's flags), compile
-- (-c), output, depfile (its words, or nil when the compiler has no
-- depfile method: then each object has headers) }.
local function compiles_of(p, t, objects)
  local out = {}
  for _, o in ipairs(objects) do
    if not out[o.family] then
      local c = p.env.compilers[o.compiler]
      out[o.family] = { compiler = c.name, config = config_words(p, c),
                        words = compile_words(p, t, o.family, c),
                        compile = raw(flag(c, "compile") or "-c"),
                        output = role(flag(c, "output") or "-o {}", "output"),
                        depfile = o.depfile and o.depfile.words }
    end
  end
  return out
end

-- The linker (the compiler of the link driver's family) of t.
local function linker_of(p, t)
  local family = t.link and t.link.driver or "c"
  local name = t.toolchain[family] or t.toolchain.c or t.toolchain["c++"]
  return p.env.compilers[name], family
end

-- The run path words of t's link with compiler lc.
local function rpath_words(p, t, lc, uses_shared)
  local words = {}
  local rp = flag(lc, "rpath")
  if not rp or cachekeys.os(p.os, "rpath.supported") ~= true then return words end
  local origin = cachekeys.os(p.os, "rpath.origin")
  local dirs = {}
  if uses_shared and origin then
    dirs[#dirs + 1] = origin
    dirs[#dirs + 1] = origin .. "/../" .. p.install.libdir
  end
  for _, d in ipairs(t.runtime_paths) do dirs[#dirs + 1] = d end
  -- A run path that replaces the whole search path (AIX -blibpath) ends
  -- with the system's directories (flag.rpath_tail, cache/FORMAT).
  if #dirs > 0 then
    for d in (cachekeys.compiler(lc.entries, "flag.rpath_tail") or ""):gmatch("%S+") do
      dirs[#dirs + 1] = d
    end
  end
  local join = flag(lc, "rpath_join")
  if join and #dirs > 0 then
    add(words, word(rp, table.concat(dirs, join), "runtime_paths"))
  else
    for _, d in ipairs(dirs) do add(words, word(rp, d, "runtime_paths")) end
  end
  return words
end

-- The files of the source tree a flag word names by ${srcdir}/PATH (PATH
-- up to a comma, '=' or ':', as in -Wl,--version-script,${srcdir}/x.map):
-- the link depends on them, so that a change to one links again.
local function named_sources(p, w)
  local out = {}
  for i, piece in ipairs(w.pieces or {}) do
    local rest = w.pieces[i + 1]
    if type(piece) == "table" and piece.root == "src" and type(rest) == "string" then
      local path = rest:match("^/([^,=:]+)")
      local rel = path and scan.join(".", path)
      if rel and rel:sub(1, 1) ~= "/" and rel:sub(1, 3) ~= "../" and p.scanner:exists(rel) then
        out[#out + 1] = rel
      end
    end
  end
  return out
end

-- The link step of an executable or shared library t: its linker, flags
-- (before the output), the object groups whose objects it takes, the
-- libraries of the project it links (their files, in link order) and the
-- words after those.
local function link_of(p, t)
  local lc, family = linker_of(p, t)
  local a = t.artifact
  local flags, libraries, libs = {}, {}, {}
  local uses_shared = false
  for _, name in ipairs(t.link.libraries) do
    local dep = p.nir.targets[name].artifact
    libraries[#libraries + 1] = dep.import_library or dep.path
    if dep.type == "sharedlib" then uses_shared = true end
  end
  if t.type == "sharedlib" then
    add(flags, raw(flag(lc, "shared") or ""))
    local soname = flag(lc, "soname")
    if soname and a.versioning ~= "dll" then add(flags, build(soname, a.soname)) end
    -- The import library is written where the exporter says (its
    -- "implib" role: a temporary file moved into place with the DLL).
    if a.import_library and flag(lc, "implib") then
      add(flags, role(flag(lc, "implib"), "implib"))
    end
  end
  -- flag.static_runtime (cache/FORMAT): the language runtime goes into
  -- every program and shared library, which then need none of its DLLs.
  if flag(lc, "static_runtime") then
    add(flags, raw(flag(lc, "static_runtime")))
  end
  if t.features.threads then add(flags, raw(flag(lc, "threads") or "")) end
  if t.abi then add(flags, raw(flag(lc, "abi." .. t.abi) or "")) end
  for _, w in ipairs(rpath_words(p, t, lc, uses_shared)) do add(flags, w) end
  local inputs = {}
  for _, f in ipairs(t.ldflags) do
    local w = word("{}", f, "ldflags")
    add(flags, w)
    for _, path in ipairs(named_sources(p, w)) do inputs[#inputs + 1] = path end
  end
  local libflag = flag(lc, "lib") or "-l{}"
  for _, l in ipairs(t.link.libs) do
    -- "-lz", "-L/opt/lib" and "-framework X" pass as written; "dir/libz.a"
    -- is a file of the source tree; anything else names a library.
    if l:sub(1, 1) == "-" then
      add(libs, word("{}", l, "libs"))
    elseif l:find("/", 1, true) then
      add(libs, src("{}", l, "libs"))
    else
      add(libs, word(libflag, l, "libs"))
    end
  end
  return { compiler = lc.name, family = family, flags = flags,
           output = role(flag(lc, "output") or "-o {}", "output"),
           groups = t.link.object_groups, libraries = libraries, libs = libs,
           inputs = inputs, response_file = flag(lc, "response_file") }
end

-- Symbolic links a shared library's build makes beside it: { name, to }.
local function links_of(a)
  local out = {}
  if a.type ~= "sharedlib" then return out end
  if a.path ~= a.soname then out[#out + 1] = { a.soname, a.path } end
  if a.soname ~= a.name then out[#out + 1] = { a.name, a.soname } end
  return out
end

-- Where a public header h is installed below INCLUDEDIR: its path below
-- the include directory that holds it, else its base name; nil when
-- neither is a path that stays below INCLUDEDIR (a ".." in it, or a path
-- naming a directory such as "inc/..").
local function header_install_name(t, h)
  local tidy = scan.join(".", h)
  local rel = tidy:match("[^/]+$")
  for _, dir in ipairs(t.include_dirs) do
    local prefix = scan.join(".", dir) .. "/"
    if tidy:sub(1, #prefix) == prefix then rel = tidy:sub(#prefix + 1) end
  end
  if rel and (rel:find("^%.%./") or rel == "..") then rel = tidy:match("[^/]+$") end
  if not rel or rel == "" or rel == "." or rel == ".." then return nil end
  return rel
end

-- Where data file f of t is installed below DATADIR/PROJECT: its path
-- below t's data_base (kindler(5)) when it lies there, else its base name
-- (so too for a path that leaves the base: "../x" of data_base ".").
local function data_install_name(t, f)
  local tidy = scan.join(".", f)
  local base = t.data_base and scan.join(".", t.data_base)
  local rel
  if base == "" then
    rel = tidy
  elseif base and tidy:sub(1, #base + 1) == base .. "/" then
    rel = tidy:sub(#base + 2)
  end
  if not rel or rel == ".." or rel:find("^%.%./") then rel = tidy:match("[^/]+$") end
  return rel
end

-- KIN-108 unless dir (a target's header_dir) is a relative path that
-- stays below INCLUDEDIR; returns it tidy, with a '/' after it.
local function header_dir_of(p, t)
  local dir = t.header_dir
  if not dir then return "" end
  local tidy = scan.join(".", dir)
  if dir:sub(1, 1) == "/" or tidy == "." or tidy == ".." or tidy:find("^%.%./") then
    p.d:report("KIN-108", p.where_target(t.name), "header_dir", string.format(
      "target '%s': header_dir '%s' is not a directory below INCLUDEDIR", t.name, dir),
      "name a relative directory, such as \"" .. t.name .. "\"")
    p.failed = true
    return ""
  end
  return tidy .. "/"
end

-- The section of a manual page, from its suffix (bzip2.1: 1, curses.3x:
-- 3), or nil after KIN-108.
local function man_section(p, t, page)
  local section = page:match("%.(%d)[%w]*$")
  if not section then
    p.d:report("KIN-108", p.where_target(t.name), "man_pages", string.format(
      "target '%s': manual page '%s' has no section suffix (.1 to .9)", t.name, page),
      "name the file after its section, such as " .. t.name .. ".1")
    p.failed = true
  end
  return section
end

-- Files t installs: { path, root, dir (bindir, libdir, includedir, mandir,
-- datadir), key (the field that names it), name, mode, links = { { name,
-- to } } }. A public header that cannot be installed below INCLUDEDIR is
-- KIN-108.
local function installs_of(p, t)
  local a, out = t.artifact, {}
  if not t.install then return out end
  -- install_links: symbolic links to the artifact beside it (bunzip2 ->
  -- bzip2), after those of a shared library; a program's links carry the
  -- executable suffix too (bunzip2.exe -> bzip2.exe).
  local links = links_of(a)
  local suffix = t.type == "executable" and cachekeys.os(p.os, "executable.suffix") or ""
  for _, l in ipairs(t.install_links) do links[#links + 1] = { l .. suffix, a.path } end
  if t.type == "executable" then
    out[#out + 1] = { path = a.path, root = "build", dir = "bindir", key = "output_name",
                      name = a.path, mode = "755", links = links }
  elseif t.type == "staticlib" then
    out[#out + 1] = { path = a.path, root = "build", dir = "libdir", key = "output_name",
                      name = a.path, mode = "644", links = links }
  elseif t.type == "sharedlib" then
    -- A DLL goes where the OS hint says (sharedlib.install_dir: bindir on
    -- Windows, beside the programs that load it); its import library goes
    -- to libdir, for what links against it.
    out[#out + 1] = { path = a.path, root = "build",
                      dir = cachekeys.os(p.os, "sharedlib.install_dir"), key = "output_name",
                      name = a.path, mode = "755", links = links }
    if a.import_library then
      out[#out + 1] = { path = a.import_library, root = "build", dir = "libdir",
                        key = "output_name", name = a.import_library, mode = "644" }
    end
  end
  for _, script in ipairs(t.scripts) do
    check_file(p, t, "scripts", script)
    out[#out + 1] = { path = script, root = "src", dir = "bindir", key = "scripts",
                      name = script:match("[^/]*$"), mode = "755" }
  end
  for _, page in ipairs(t.man_pages) do
    check_file(p, t, "man_pages", page)
    local section = man_section(p, t, page)
    if section then
      out[#out + 1] = { path = page, root = "src", dir = "mandir", key = "man_pages",
                        name = "man" .. section .. "/" .. page:match("[^/]*$"), mode = "644" }
    end
  end
  for _, file in ipairs(t.data_files) do
    check_file(p, t, "data_files", file)
    out[#out + 1] = { path = file, root = "src", dir = "datadir", key = "data_files",
                      name = p.data_name .. "/" .. data_install_name(t, file), mode = "644" }
  end
  local subdir = header_dir_of(p, t)
  for _, h in ipairs(t.public_headers) do
    local rel = header_install_name(t, h)
    if rel then
      out[#out + 1] = { path = h, root = "src", dir = "includedir", key = "public_headers",
                        name = subdir .. rel, mode = "644" }
    else
      p.d:report("KIN-108", p.where_target(t.name), "public_headers", string.format(
        "target '%s': public header '%s' names no file that can be installed " ..
        "below INCLUDEDIR", t.name, h), "name the header file itself")
      p.failed = true
    end
  end
  for name, header in ir.spairs(t.config_headers or {}) do
    if header.install then
      out[#out + 1] = { path = t.name .. ".dir/include/" .. name, root = "build",
                        dir = "includedir", key = "config_header", name = subdir .. name,
                        mode = "644" }
    end
  end
  return out
end

-- The path of the source tree a test's `key` (stdin, output) names, or
-- nil after KIN-124 where the project file's test block gives it (the
-- test script names it below SRCDIR: an absolute path is refused too).
local function check_test_file(p, t, i, key, path)
  local rel = scan.join(".", path)
  if rel:sub(1, 1) ~= "/" and p.scanner:exists(rel) then return rel end
  local where = p.where_target(t.name)
  local block = type(where) == "table" and where.test
  if type(block) == "table" and ir.is_list(block) and block[i] then block = block[i] end
  if type(block) == "table" then
    missing_file(p, t, "test " .. key, path, rel, block, key)
  else
    missing_file(p, t, "test " .. key, path, rel, where, "test")
  end
  return nil
end

-- The tests of an executable t, each { name, program (its file), args
-- (words), exit_status, stdin and output (source tree paths or nil), log
-- and out (its files in TARGET.dir) }; nil after KIN-108 for a target of
-- another type.
local function tests_of(p, t, dir)
  if t.type ~= "executable" then
    p.d:report("KIN-108", p.where_target(t.name), "test", string.format(
      "target '%s' is a %s; only an executable can be a test", t.name, t.type),
      "make a test program that uses the " .. t.type .. ", and mark that one")
    p.failed = true
    return nil
  end
  local out = {}
  for i, test in ipairs(t.tests) do
    local args = {}
    for _, a in ipairs(test.args) do args[#args + 1] = word("{}", a, "test") end
    local stem = dir .. (#t.tests == 1 and "/test" or "/test." .. i)
    out[i] = { name = test.name, program = t.artifact.path, args = args,
               exit_status = test.exit_status, log = stem .. ".log", out = stem .. ".out",
               stdin = test.stdin and check_test_file(p, t, i, "stdin", test.stdin),
               output = test.output and check_test_file(p, t, i, "output", test.output) }
  end
  return out
end

-- Writes the config headers of t (confighdr.lua) into p.generated, by
-- their path in the build directory: NAME.dir/include/HEADER. A template
-- must be a file of the source tree (KIN-124).
local function config_headers_of(p, t, tp)
  tp.config_templates = {}
  for name, header in ir.spairs(t.config_headers or {}) do
    local template
    if header.template then
      check_file(p, t, "config_header", header.template)
      tp.config_templates[name] = scan.join(".", header.template)
      local path = header.template
      if path:sub(1, 1) ~= "/" then path = (p.scan_root or ".") .. "/" .. path end
      template = host.read_file(path)
    end
    if not header.template or template then
      local c = p.env.compilers[t.toolchain.c or t.toolchain["c++"]]
      local text, unknown = confighdr.text(name, header, t.facts or {}, template,
        string.format("written by Kindler for target '%s' from the facts of %s %s",
                      t.name, c.name, cachekeys.compiler(c.entries, "compiler.version") or ""))
      p.generated[t.name .. ".dir/include/" .. name] = text
      if #unknown > 0 then
        p.d:report("KIN-411", p.where_target(t.name), "config_header", string.format(
          "target '%s': the template %s of config header '%s' names @%s@, which " ..
          "it does not define: left as it is", t.name, header.template, name,
          table.concat(unknown, "@, @")),
          "add the name to the header's values, or a check that defines it")
      end
    end
  end
end

-- The files a target makes at the top of the build directory.
local function artifact_files(t)
  local a, out, seen = t.artifact, {}, {}
  if t.type == "object_group" or t.type == "header-only" then return out end
  for _, f in ipairs({ a.path, a.soname or "", a.name, a.import_library or "" }) do
    if f ~= "" and not seen[f] then
      seen[f] = true
      out[#out + 1] = f
    end
  end
  return out
end

-- KIN-120: every file belongs to one target, and no target takes a name
-- the build directory keeps or another target's file.
local function check_clashes(p)
  local owner = {}
  for _, t in ipairs(p.order) do
    for _, f in ipairs(t.files) do
      if owner[f] and owner[f] ~= t.name then
        p.d:report("KIN-120", p.where_target(t.name), "output_name",
          string.format("targets '%s' and '%s' both make '%s'", owner[f], t.name, f))
        p.failed = true
      end
      owner[f] = t.name
    end
  end
  for _, t in ipairs(p.order) do
    local other = owner[t.name]
    if M.RESERVED[t.name] then
      p.d:report("KIN-120", p.where_target(t.name), nil, string.format(
        "target name '%s' is a name the build directory itself uses", t.name),
        "rename the target")
      p.failed = true
    elseif other and other ~= t.name and t.artifact.path ~= t.name then
      -- (A target whose own file has its name clashed above already.)
      p.d:report("KIN-120", p.where_target(t.name), nil, string.format(
        "target name '%s' is the file target '%s' makes", t.name, other),
        "rename the target, or set output_name on '" .. other .. "'")
      p.failed = true
    end
  end
end

-- Code that ends up in a shared library is compiled position-independent.
local function pic_targets(nir)
  local pic = {}
  for _, t in pairs(nir.targets) do
    if t.type == "sharedlib" or (t.features and t.features.pic) then
      pic[t.name] = true
    end
  end
  for _, t in pairs(nir.targets) do
    if t.type == "sharedlib" then
      for _, dep in ipairs(t.link.object_groups) do pic[dep] = true end
      for _, dep in ipairs(t.link.libraries) do
        if nir.targets[dep].type == "staticlib" then pic[dep] = true end
      end
    end
  end
  return pic
end

-- The toolchains in use: per family the compilers, the primary one (most
-- targets, ties by name) first; the archivers likewise.
local function toolchains_of(p)
  local counts = { c = {}, ["c++"] = {} }
  local archivers = {}
  for _, t in ipairs(p.order) do
    for family, name in ir.spairs(t.toolchain) do
      counts[family][name] = (counts[family][name] or 0) + 1
      archivers[name] = (archivers[name] or 0) + 1
    end
  end
  local function ranked(c)
    local names = ir.sorted_keys(c)
    table.sort(names, function(a, b)
      if c[a] ~= c[b] then return c[a] > c[b] end
      return a < b
    end)
    return names
  end
  local tools = { c = {}, ["c++"] = {}, archivers = {} }
  for _, family in ipairs({ "c", "c++" }) do
    for _, name in ipairs(ranked(counts[family])) do
      local c = p.env.compilers[name]
      tools[family][#tools[family] + 1] = { compiler = name,
                                            command = cachekeys.compiler(c.entries, "driver." .. family) }
    end
  end
  -- The archiver's primary follows the C compiler's, else the C++ one's.
  local first = (tools.c[1] or tools["c++"][1] or {}).compiler
  local names = { first }
  for _, name in ipairs(ranked(archivers)) do names[#names + 1] = name end
  local seen = {}
  for _, name in ipairs(names) do
    if not seen[name] then
      seen[name] = true
      local e = p.env.compilers[name].entries
      local ranlib = cachekeys.compiler(e, "archiver.ranlib")
      tools.archivers[#tools.archivers + 1] = {
        compiler = name, command = cachekeys.compiler(e, "archiver.command"),
        create = cachekeys.compiler(e, "archiver.create"),
        ranlib = ranlib ~= "" and ranlib or nil }
    end
  end
  return tools
end

-- The programs the generate steps run: { tool, command }, by tool name.
local function generator_tools(p)
  local commands = {}
  for _, t in ipairs(p.order) do
    for _, step in ipairs(t.generate) do
      if step.tool then commands[step.tool] = step.command end
    end
  end
  local out = {}
  for _, tool in ipairs(ir.sorted_keys(commands)) do
    out[#out + 1] = { tool = tool, command = commands[tool] }
  end
  return out
end

-- The files a re-export reads besides the project file: the caches in use,
-- the hints they were written from and the config headers' templates, each
-- { path, dir = the cache directory it was found in, or nil, src = true
-- for a path of the source tree }.
local function regenerate_inputs(p)
  local out, seen = {}, {}
  -- src: path is relative to the source tree, which the exporters name.
  local function input(path, dir, src)
    if path and path:sub(1, 1) == "/" then path, src = "/" .. scan.join(".", path), nil end
    if path and not seen[path] then
      seen[path] = true
      out[#out + 1] = { path = path, dir = dir, src = src }
    end
  end
  local caches = { p.env.os_cache }
  local used = {}
  for _, t in ipairs(p.order) do
    for _, name in pairs(t.toolchain) do used[name] = true end
  end
  for _, name in ipairs(ir.sorted_keys(used)) do caches[#caches + 1] = p.env.compilers[name] end
  for _, c in ipairs(caches) do
    input(c.path, c.path:match("^(.*)/[^/]*$"))
  end
  for _, c in ipairs(caches) do
    input(cachekeys.compiler(c.entries, "hint.path"))
    input(cachekeys.compiler(c.entries, "hint.os_path"))
  end
  -- The templates of config headers, which export reads.
  for _, t in ipairs(p.order) do
    for _, name in ipairs(ir.sorted_keys(t.config_templates)) do
      input(t.config_templates[name], nil, true)
    end
  end
  return out
end

-- The directories install makes that belong to the project alone, which
-- uninstall removes when it has emptied them: those of headers below
-- INCLUDEDIR and of data below DATADIR, { dir, name }, deepest first.
local function owned_dirs(p)
  local out, seen = {}, {}
  for _, t in ipairs(p.order) do
    for _, f in ipairs(t.installs) do
      if f.dir == "includedir" or f.dir == "datadir" then
        local sub = f.name:match("^(.*)/[^/]*$")
        while sub and not seen[f.dir .. "/" .. sub] do
          seen[f.dir .. "/" .. sub] = true
          out[#out + 1] = { dir = f.dir, name = sub }
          sub = sub:match("^(.*)/[^/]*$")
        end
      end
    end
  end
  table.sort(out, function(a, b)
    local da, db = select(2, a.name:gsub("/", "")), select(2, b.name:gsub("/", ""))
    if da ~= db then return da > db end
    if a.dir ~= b.dir then return a.dir < b.dir end
    return a.name < b.name
  end)
  return out
end

-- Gives each target an id: its name made an identifier (letters, digits,
-- _), unique (lib-x.y: lib_x_y; a second lib_x_y: lib_x_y_2), for the
-- names exporters make of it (macros, rules).
local function identify(order)
  local taken = {}
  for _, t in ipairs(order) do
    local base = t.name:gsub("[^%w_]", "_")
    local id, n = base, 1
    while taken[id] do
      n = n + 1
      id = base .. "_" .. n
    end
    taken[id] = true
    t.id = id
  end
end

-- plan(nir, opts) -> the plan, or nil after a reported error.
-- opts: d (diagnostics), env (the caches), scan_root (the source directory
-- as kindler sees it, for the scan), where_target (name -> place),
-- build_type (a name of buildtype.TYPES; buildtype.DEFAULT when nil).
function M.plan(nir, opts)
  local os = opts.env.os
  local p = {
    nir = nir, env = opts.env, os = os, d = opts.d, targets = {}, order = {},
    build_type = opts.build_type or buildtype.DEFAULT, warned = {},
    generated = {}, scan_root = opts.scan_root, checked_dirs = {},
    where_target = opts.where_target, pic = pic_targets(nir), gen_dirs = {},
    scanner = scan.new(opts.scan_root),
  }
  p.install = {
    bindir = cachekeys.os(os, "install.bindir"),
    libdir = cachekeys.os(os, "abi." .. cachekeys.os(os, "abi.default") .. ".libdir") or
             cachekeys.os(os, "install.libdir"),
    includedir = cachekeys.os(os, "install.includedir"),
    mandir = cachekeys.os(os, "install.mandir"),
    datadir = cachekeys.os(os, "install.datadir"),
  }
  -- Data files go below DATADIR/PROJECT.
  p.data_name = schema.file_name(nir.project.name)
  for _, name in ipairs(nir.order) do
    local t = nir.targets[name]
    local tp = { name = name, type = t.type, artifact = t.artifact,
                 dir = name .. ".dir", toolchain = t.toolchain,
                 build_by_default = t.build_by_default ~= false }
    check_include_dirs(p, t)
    for _, h in ipairs(t.public_headers) do check_file(p, t, "public_headers", h) end
    local compiles
    tp.generate, compiles = generate_of(p, t)
    tp.gendir = p.gen_dirs[name]
    tp.generated_headers = generated_headers(tp.generate)
    tp.objects = objects_of(p, t, compiles)
    tp.compile = compiles_of(p, t, tp.objects)
    if t.type == "executable" or t.type == "sharedlib" then
      tp.link = link_of(p, t)
    elseif t.type == "staticlib" then
      local lc = linker_of(p, t)
      tp.archive = { compiler = lc.name }
    end
    if t.tests then tp.tests = tests_of(p, t, tp.dir) end
    config_headers_of(p, t, tp)
    tp.links = links_of(t.artifact)
    tp.files = artifact_files(t)
    tp.installs = installs_of(p, t)
    p.targets[name] = tp
    p.order[#p.order + 1] = tp
  end
  identify(p.order)
  check_clashes(p)
  if p.failed then return nil end
  p.tools = toolchains_of(p)
  p.tools.generators = generator_tools(p)
  p.pc = pcfile.of(nir)
  p.owned_dirs = owned_dirs(p)
  p.regenerate = regenerate_inputs(p)
  p.scanner, p.warned, p.gen_dirs = nil, nil, nil
  return p
end

return M
