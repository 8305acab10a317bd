-- export/make.lua: the `make` exporter: a strict POSIX.1-2008 Makefile that
-- IRIX, Solaris, AIX, BSD and GNU make all run unchanged (SPEC.md section 4).
-- `.POSIX:` first; every tool a macro the user can override; one explicit
-- rule per object; no pattern rules, automatic variables beyond $@, include,
-- conditionals or other extensions. Header dependencies come from scan.lua,
-- written out as plain prerequisites; the Makefile re-exports itself when
-- the .kindler file or a scanned file changes (through kindler.stamp).
local ir = require "kindler.ir"
local normalize = require "kindler.normalize"
local scan = require "kindler.scan"
local shell = require "kindler.export.shell"

local M = {}

-- Characters no make can take in a target or prerequisite name.
-- (! and {} are bmake's too, % a GNU make pattern.)
local UNSAFE_PATH = "[%s:#%$=;%(%)%*%?%[%]\\'\"`|&<>!{}%%]"

-- Reports KIN-121 when path cannot stand in a Makefile; `target` and `key`
-- say where in the project file it came from.
local function ok_path(ctx, path, target, key)
  local bad = path:match(UNSAFE_PATH)
  if bad then
    ctx.d:report("KIN-121", target and ctx.where_tbl(target), key,
      string.format("%spath '%s' has %s, which make cannot express",
        target and "target '" .. target .. "': " or "", path,
        bad:match("%s") and "white space" or "'" .. bad .. "'"),
      "rename the file or directory")
    ctx.failed = true
  end
  return path
end

-- A word for a recipe line (shell-quoted, make-escaped), or nil after a
-- KIN-121 when no make can carry it.
local function recipe_word(ctx, s, target, key)
  local w = shell.make_word(s)
  if not w then
    ctx.d:report("KIN-121", ctx.where_tbl(target), key, string.format(
      "target '%s': %s holds a line break, which make cannot carry",
      target, string.format("%q", s)), "write the value on one line")
    ctx.failed = true
  end
  return w
end

-- A source-tree path as make text: relative ones below $(SRCDIR).
local src_paths = {}
local function src_path(path)
  local text = src_paths[path]
  if not text then
    text = path:sub(1, 1) == "/" and path or "$(SRCDIR)/" .. scan.join(".", path)
    src_paths[path] = text
  end
  return text
end

-- The object file of a source, below the target's folder.
local function object_path(t, source, suffix)
  local rel = scan.join(".", source):gsub("%.%.", "__")
  return t.name .. ".dir/" .. rel .. suffix
end

-- Macro names for a toolchain: the project's main one gets CC, CXX, AR and
-- RANLIB; any other gets them with its name appended (CC_clang).
local function macro(base, name, primary)
  if name == primary then return base end
  return base .. "_" .. name:gsub("[^%w]", "_")
end

local Writer = {}
Writer.__index = Writer

local function writer() return setmetatable({ lines = {} }, Writer) end
function Writer:line(...) self.lines[#self.lines + 1] = table.concat({ ... }) end
function Writer:blank() self.lines[#self.lines + 1] = "" end
function Writer:text() return table.concat(self.lines, "\n") .. "\n" end

-- A rule: target, prerequisites (a list of make words), recipe lines. Long
-- prerequisite lists are folded with backslash-newline.
function Writer:rule(target, prereqs, recipe)
  local head = target .. ":"
  local line = head
  for _, p in ipairs(prereqs) do
    if #line + #p + 1 > 78 and line ~= head then
      self:line(line, " \\")
      line = "\t"
    end
    line = line .. (line == "\t" and "" or " ") .. p
  end
  self:line(line)
  for _, r in ipairs(recipe or {}) do self:line("\t", r) end
end

-- Fills a flag template: "{}" becomes the argument.
local function fill(template, arg)
  return (template:gsub("{}", function() return arg end))
end

-- The cache entry for a flag, or nil when the compiler lacks it.
local function flag(c, name)
  local v = c.entries["flag." .. name]
  if v == false or v == nil then return nil end
  return v
end

local function add(words, w) if w and w ~= "" then words[#words + 1] = w end end

-- Compile flags of target t for one language family with compiler c.
local function compile_flags(ctx, t, family, c)
  local words = {}
  local lang = t.language
  local standard = lang and lang.family == family and lang.standard
  if not standard then
    for _, l in ipairs(ctx.nir.project.languages or {}) do
      if l.family == family then standard = l.standard end
    end
  end
  if standard then
    local std = c.entries["std." .. standard]
    if std then add(words, std) end
  end
  if ctx.pic[t.name] then add(words, flag(c, "pic")) end
  if t.features.threads then add(words, flag(c, "threads")) end
  if t.abi then add(words, c.entries["flag.abi." .. t.abi]) end
  for _, dir in ipairs(t.include_dirs) do
    add(words, fill(flag(c, "include") or "-I{}", src_path(dir)))
  end
  local sys = flag(c, "system_include") or flag(c, "include") or "-I{}"
  for _, dir in ipairs(t.system_include_dirs) do
    add(words, fill(sys, src_path(dir)))
  end
  local define = flag(c, "define") or "-D{}"
  for _, name in ipairs(ir.sorted_keys(t.definitions)) do
    local v = t.definitions[name]
    local arg = v == true and name or name .. "=" .. v
    add(words, recipe_word(ctx, fill(define, arg), t.name, "definitions"))
  end
  for _, f in ipairs(family == "c" and t.cflags or t.cxxflags) do
    add(words, recipe_word(ctx, f, t.name, family == "c" and "cflags" or "cxxflags"))
  end
  return table.concat(words, " ")
end

local function target_section(ctx, w, t)
  local os = ctx.env.os
  local a = t.artifact
  w:line("# ", t.name, ": ", t.type, a.path ~= "" and " " .. a.path or "")
  local objects = {}
  local flags_file = t.name .. ".dir/compile.flags"
  local link_file = t.name .. ".dir/link.flags"
  ctx.object_dirs[t.name .. ".dir"] = true
  local suffix = os["object_suffix"] or ".o"
  local flag_text = {}
  local compile_rules = {}
  local search_path = ctx.search_path(t)
  for _, source in ipairs(t.sources) do
    local family = normalize.source_family(source)
    local cname = t.toolchain[family]
    local c = ctx.env.compilers[cname]
    ok_path(ctx, source, t.name, "sources")
    local obj = object_path(t, source, suffix)
    objects[#objects + 1] = obj
    local cc = macro(family == "c" and "CC" or "CXX", cname, ctx.primary[family])
    local user = family == "c" and "$(CFLAGS)" or "$(CXXFLAGS)"
    local fl = flag_text[family]
    if not fl then
      fl = compile_flags(ctx, t, family, c)
      flag_text[family] = fl
    end
    local prereqs = { src_path(source) }
    for _, h in ipairs(ctx.scanner:headers(scan.join(".", source),
                                            search_path)) do
      ok_path(ctx, h, t.name, "sources")
      prereqs[#prereqs + 1] = src_path(h)
    end
    prereqs[#prereqs + 1] = flags_file
    local cmd = { "$(" .. cc .. ")", "$(CPPFLAGS)", user }
    add(cmd, fl)
    add(cmd, flag(c, "compile") or "-c")
    add(cmd, src_path(source))
    add(cmd, fill(flag(c, "output") or "-o {}", obj))
    compile_rules[#compile_rules + 1] = { obj, prereqs, { table.concat(cmd, " ") } }
    ctx.object_dirs[obj:match("^(.*)/[^/]*$")] = true
  end
  ctx.objects[t.name] = objects

  local recipe, inputs = {}, {}
  local driver_family = t.link and t.link.driver or "c"
  local lc = ctx.env.compilers[t.toolchain[driver_family] or
                               t.toolchain.c or t.toolchain["c++"]]
  if t.type == "staticlib" then
    local ar = macro("AR", lc.name, ctx.primary.archiver)
    local ranlib = macro("RANLIB", lc.name, ctx.primary.archiver)
    recipe = { "rm -f " .. a.path,
               "$(" .. ar .. ") $(ARFLAGS) " .. a.path .. " " .. table.concat(objects, " "),
               "$(" .. ranlib .. ") " .. a.path }
    inputs = objects
  elseif t.type == "executable" or t.type == "sharedlib" then
    for _, o in ipairs(objects) do inputs[#inputs + 1] = o end
    for _, g in ipairs(t.link.object_groups) do
      for _, o in ipairs(ctx.objects[g]) do inputs[#inputs + 1] = o end
    end
    local libs, rpath = {}, false
    for _, name in ipairs(t.link.libraries) do
      local dep = ctx.nir.targets[name].artifact
      libs[#libs + 1] = dep.import_library or dep.path
      if dep.type == "sharedlib" then rpath = true end
    end
    local cc = macro(driver_family == "c" and "CC" or "CXX", lc.name,
                     ctx.primary[driver_family])
    local cmd = { "$(" .. cc .. ")", "$(LDFLAGS)" }
    if t.type == "sharedlib" then
      add(cmd, flag(lc, "shared"))
      local soname = flag(lc, "soname")
      if soname and a.versioning ~= "dll" then add(cmd, fill(soname, a.soname)) end
      if a.import_library and flag(lc, "implib") then
        add(cmd, fill(flag(lc, "implib"), a.import_library))
      end
    end
    if t.features.threads then add(cmd, flag(lc, "threads")) end
    if t.abi then add(cmd, lc.entries["flag.abi." .. t.abi]) end
    local origin = os["rpath.origin"]
    local rp = flag(lc, "rpath")
    if rp and os["rpath.supported"] == true then
      local dirs = {}
      if rpath and origin then
        dirs[#dirs + 1] = origin
        dirs[#dirs + 1] = origin .. "/../" .. ctx.libdir
      end
      for _, d in ipairs(t.runtime_paths) do dirs[#dirs + 1] = d end
      local join = lc.entries["flag.rpath_join"]
      if join and #dirs > 0 then
        add(cmd, recipe_word(ctx, fill(rp, table.concat(dirs, join)), t.name,
                             "runtime_paths"))
      else
        for _, d in ipairs(dirs) do
          add(cmd, recipe_word(ctx, fill(rp, d), t.name, "runtime_paths"))
        end
      end
    end
    for _, f in ipairs(t.ldflags) do
      add(cmd, recipe_word(ctx, f, t.name, "ldflags"))
    end
    add(cmd, fill(flag(lc, "output") or "-o {}", a.path))
    add(cmd, table.concat(inputs, " "))
    for _, l in ipairs(libs) do add(cmd, l) end
    local libflag = flag(lc, "lib") or "-l{}"
    for _, l in ipairs(t.link.libs) do
      -- "-lz" and "-framework X" pass as written; "dir/libz.a" is a file;
      -- anything else names a library.
      if l:find("/", 1, true) then
        add(cmd, src_path(ok_path(ctx, l, t.name, "libs")))
      else
        if l:find("%s") and l:sub(1, 1) ~= "-" then ok_path(ctx, l, t.name, "libs") end
        add(cmd, recipe_word(ctx, l:sub(1, 1) == "-" and l or fill(libflag, l),
                             t.name, "libs"))
      end
    end
    add(cmd, "$(LIBS)")
    recipe = { table.concat(cmd, " ") }
    for _, l in ipairs(libs) do inputs[#inputs + 1] = l end
    if t.type == "sharedlib" and a.path ~= a.soname then
      recipe[#recipe + 1] = "ln -s -f " .. a.path .. " " .. a.soname
    end
    if t.type == "sharedlib" and a.soname ~= a.name then
      recipe[#recipe + 1] = "ln -s -f " .. a.soname .. " " .. a.name
    end
    flag_text.link = table.concat(cmd, " ")
  end
  local prereqs = {}
  for _, i in ipairs(inputs) do prereqs[#prereqs + 1] = i end
  prereqs[#prereqs + 1] = t.type == "staticlib" and flags_file or link_file

  if t.type == "object_group" or t.type == "header-only" then
    w:rule(t.name, objects)
  else
    if t.name ~= a.path then w:rule(t.name, { a.path }) end
    w:rule(a.path, prereqs, recipe)
  end
  for _, r in ipairs(compile_rules) do w:rule(r[1], r[2], r[3]) end
  w:blank()
  -- What a rebuild depends on besides the files: a change of a target's
  -- compile flags recompiles its objects; of its link line, relinks it.
  ctx.files[flags_file] = "c: " .. (flag_text.c or "") .. "\nc++: " ..
    (flag_text["c++"] or "") .. "\n"
  if flag_text.link then ctx.files[link_file] = flag_text.link .. "\n" end
end

-- Files a target installs: { from, to-dir macro, name, mode }.
local function installs(ctx, t)
  local a, out = t.artifact, {}
  if not t.install then return out end
  if t.type == "executable" then
    out[#out + 1] = { a.path, "$(BINDIR)", a.path, "755" }
  elseif t.type == "staticlib" then
    out[#out + 1] = { a.path, "$(LIBDIR)", a.path, "644" }
  elseif t.type == "sharedlib" then
    out[#out + 1] = { a.path, "$(LIBDIR)", a.path, "755", links = { a.soname, a.name } }
  end
  for _, h in ipairs(t.public_headers) do
    local rel = h:match("[^/]+$")
    for _, dir in ipairs(t.include_dirs) do
      local prefix = scan.join(".", dir) .. "/"
      if scan.join(".", h):sub(1, #prefix) == prefix then
        rel = scan.join(".", h):sub(#prefix + 1)
      end
    end
    out[#out + 1] = { src_path(h), "$(INCLUDEDIR)", rel, "644" }
  end
  return out
end

local function install_rules(ctx, w, order)
  local install, uninstall, dirs = {}, {}, {}
  for _, name in ipairs(order) do
    for _, f in ipairs(installs(ctx, ctx.nir.targets[name])) do
      local dest = "$(DESTDIR)" .. f[2] .. "/" .. f[3]
      local dir = dest:match("^(.*)/[^/]*$")
      if not dirs[dir] then
        dirs[dir] = true
        install[#install + 1] = "mkdir -p " .. dir
      end
      install[#install + 1] = "cp " .. f[1] .. " " .. dest
      install[#install + 1] = "chmod " .. f[4] .. " " .. dest
      uninstall[#uninstall + 1] = "rm -f " .. dest
      local prev = f[3]
      for _, link in ipairs(f.links or {}) do
        if link ~= prev then
          local at = "$(DESTDIR)" .. f[2] .. "/" .. link
          install[#install + 1] = "rm -f " .. at .. " && ln -s " .. prev .. " " .. at
          uninstall[#uninstall + 1] = "rm -f " .. at
          prev = link
        end
      end
    end
  end
  w:rule("install", { "all" }, install)
  w:blank()
  w:rule("uninstall", {}, uninstall)
  w:blank()
end

-- Every name the Makefile will hold must be one make can express (KIN-121)
-- and belong to one target only (KIN-120).
local RESERVED = { all = true, clean = true, install = true, uninstall = true,
                   ["kindler.stamp"] = true, ["kindler.all"] = true,
                   Makefile = true }

local function check_names(ctx, srcdir)
  local nir, owner = ctx.nir, {}
  ok_path(ctx, srcdir, nil, nil)
  for _, name in ipairs(nir.order) do
    local t = nir.targets[name]
    local a = t.artifact
    local mine = {}
    for _, p in ipairs({ a.path, a.soname or "", a.name, a.import_library or "" }) do
      if p ~= "" and not mine[p] and t.type ~= "object_group"
          and t.type ~= "header-only" then
        mine[p] = true
        ok_path(ctx, p, name, "output_name")
        if owner[p] and owner[p] ~= name then
          ctx.d:report("KIN-120", ctx.where_tbl(name), "output_name",
            string.format("targets '%s' and '%s' both make '%s'", owner[p],
                          name, p))
          ctx.failed = true
        end
        owner[p] = name
      end
    end
    for _, field in ipairs({ "include_dirs", "system_include_dirs",
                             "public_headers" }) do
      for _, p in ipairs(t[field]) do ok_path(ctx, p, name, field) end
    end
  end
  for _, name in ipairs(nir.order) do
    ok_path(ctx, name, name, nil)
    local other = owner[name]
    if RESERVED[name] then
      ctx.d:report("KIN-120", ctx.where_tbl(name), nil, string.format(
        "target name '%s' is a name the Makefile itself uses", name),
        "rename the target")
      ctx.failed = true
    elseif other and other ~= name and nir.targets[name].artifact.path ~= name then
      -- (A target whose own file has its name clashed above already.)
      ctx.d:report("KIN-120", ctx.where_tbl(name), nil, string.format(
        "target name '%s' is the file target '%s' makes", name, other),
        "rename the target, or set output_name on '" .. other .. "'")
      ctx.failed = true
    end
  end
end

-- The main compiler per family: the one most targets use, ties by name.
local function primaries(nir)
  local counts = { c = {}, ["c++"] = {} }
  for _, t in pairs(nir.targets) do
    for family, name in pairs(t.toolchain) do
      counts[family][name] = (counts[family][name] or 0) + 1
    end
  end
  local out = {}
  for family, c in pairs(counts) do
    local best
    for name, n in ir.spairs(c) do
      if not best or n > c[best] then best = name end
    end
    out[family] = best
  end
  out.archiver = out.c or out["c++"]
  return out
end

local function tool_macros(ctx, w)
  local used = {}
  for _, t in pairs(ctx.nir.targets) do
    for family, name in pairs(t.toolchain) do
      used[#used + 1] = { family, name }
    end
  end
  local seen, lines = {}, {}
  for _, u in ipairs(used) do
    local family, name = u[1], u[2]
    local c = ctx.env.compilers[name]
    local base = family == "c" and "CC" or "CXX"
    local m = macro(base, name, ctx.primary[family])
    if not seen[m] then
      seen[m] = true
      lines[#lines + 1] = m .. " = " .. c.entries["driver." .. family]
    end
    local ar = macro("AR", name, ctx.primary.archiver)
    if not seen[ar] then
      seen[ar] = true
      lines[#lines + 1] = ar .. " = " .. (c.entries["archiver.command"] or "ar")
      local rl = c.entries["archiver.ranlib"]
      lines[#lines + 1] = macro("RANLIB", name, ctx.primary.archiver) ..
                          " = " .. (rl and rl ~= "" and rl or ":")
      if name == ctx.primary.archiver then
        lines[#lines + 1] = "ARFLAGS = " .. (c.entries["archiver.create"] or "rc")
      end
    end
  end
  table.sort(lines)
  for _, l in ipairs(lines) do w:line(l) end
end

-- export(nir, opts) -> { [path relative to the build dir] = contents }
-- opts: d (diagnostics), env (caches), srcdir (build dir to source dir,
-- relative), scan_root (the source dir as kindler sees it), project_file,
-- regenerate (the kindler arguments that re-export).
function M.export(nir, opts)
  local ctx = {
    nir = nir, env = opts.env, d = opts.d, files = {}, objects = {},
    object_dirs = {}, primary = primaries(nir), pic = {},
    scanner = scan.new(opts.scan_root),
    -- Where a target's headers are found: its include path, system dirs too.
    search_path = function(t)
      local dirs = {}
      for _, d in ipairs(t.include_dirs) do dirs[#dirs + 1] = d end
      for _, d in ipairs(t.system_include_dirs) do dirs[#dirs + 1] = d end
      return dirs
    end,
    where_tbl = opts.where_target,
  }
  local os = ctx.env.os
  ctx.libdir = os["abi." .. (os["abi.default"] or "native") .. ".libdir"] or
               os["install.libdir"] or "lib"
  -- Code that ends up in a shared library is compiled position-independent.
  for _, t in pairs(nir.targets) do
    if t.type == "sharedlib" or (t.features and t.features.pic) then
      ctx.pic[t.name] = true
    end
  end
  for _, t in pairs(nir.targets) do
    if t.type == "sharedlib" then
      for _, dep in ipairs(t.link.object_groups) do ctx.pic[dep] = true end
      for _, dep in ipairs(t.link.libraries) do
        if nir.targets[dep].type == "staticlib" then ctx.pic[dep] = true end
      end
    end
  end

  check_names(ctx, opts.srcdir)
  if ctx.failed then return ctx.files, {}, false end
  local body = writer()
  local artifacts = {}
  for _, name in ipairs(nir.order) do
    target_section(ctx, body, nir.targets[name])
    local a = nir.targets[name].artifact
    if a.path ~= "" then artifacts[#artifacts + 1] = a.path end
  end

  local w = writer()
  w:line("# Makefile for ", nir.project.name, ", written by Kindler ",
         opts.version, " from ", opts.project_file, ".")
  w:line("# Do not edit: change ", opts.project_file, " instead. make runs ",
         "`kindler export` again")
  w:line("# when it or a scanned source changes (make KINDLER=true ",
         "turns that off).")
  w:line(".POSIX:")
  w:line(".SUFFIXES:")
  w:blank()
  w:line("# Tools and flags: override any of them on the command line,")
  w:line("# for example: make CC=\"ccache gcc\" CFLAGS=-O2")
  tool_macros(ctx, w)
  w:line("CFLAGS =")
  w:line("CXXFLAGS =")
  w:line("CPPFLAGS =")
  w:line("LDFLAGS =")
  w:line("LIBS =")
  w:line("KINDLER = kindler")
  w:line("SRCDIR = ", opts.srcdir)
  w:line("PREFIX = /usr/local")
  w:line("DESTDIR =")
  w:line("BINDIR = $(PREFIX)/", os["install.bindir"] or "bin")
  w:line("LIBDIR = $(PREFIX)/", ctx.libdir)
  w:line("INCLUDEDIR = $(PREFIX)/", os["install.includedir"] or "include")
  w:blank()
  -- `all` brings the Makefile up to date first, then builds with a make
  -- that reads the new one: a changed .kindler file never builds stale.
  w:rule("all", { "kindler.stamp" }, { "@$(MAKE) kindler.all" })
  w:rule("kindler.all", artifacts)
  w:blank()
  for _, l in ipairs(body.lines) do w.lines[#w.lines + 1] = l end

  -- Re-export when the project file or a scanned file changes.
  local watched = { src_path(opts.project_file) }
  local files = ctx.scanner.files
  table.sort(files)
  for _, f in ipairs(files) do watched[#watched + 1] = src_path(f) end
  w:rule("kindler.stamp", watched, { "$(KINDLER) " .. opts.regenerate })
  -- A watched file that was renamed or deleted must re-export, not stop
  -- make: an empty rule for each lets make go on to the stamp's recipe.
  for _, f in ipairs(watched) do w:rule(f, {}) end
  w:blank()

  local clean = {}
  for _, name in ipairs(nir.order) do
    local t = nir.targets[name]
    local a, victims, seen = t.artifact, {}, {}
    for _, p in ipairs({ a.path, a.soname or "", a.name, a.import_library or "" }) do
      if p ~= "" and not seen[p] and (t.type ~= "object_group"
          and t.type ~= "header-only") then
        seen[p] = true
        victims[#victims + 1] = p
      end
    end
    for _, o in ipairs(ctx.objects[name]) do victims[#victims + 1] = o end
    if #victims > 0 then
      clean[#clean + 1] = "rm -f " .. table.concat(victims, " ")
    end
  end
  w:rule("clean", {}, clean)
  w:blank()
  install_rules(ctx, w, nir.order)

  ctx.files["Makefile"] = w:text()
  ctx.files["kindler.stamp"] = "written by kindler export; make reads its time\n"
  local dirs = ir.sorted_keys(ctx.object_dirs)
  return ctx.files, dirs, not ctx.failed
end

return M
