-- export/make.lua: the `make` exporter: the build plan (plan.lua) spelled
-- as a strict POSIX.1-2008 Makefile that IRIX, Solaris, AIX, BSD and GNU
-- make all run unchanged (kindler(1), THE MAKEFILE). `.POSIX:` first; every
-- tool a macro the user can override; a flags macro per target; one
-- explicit rule per object; no pattern rules, automatic macros beyond $@
-- and $(@D), conditionals or other extensions. Header dependencies are
-- written by the compiler while it compiles (depfile.lua) into
-- TARGET.dir/deps.mk, read with a plain `include` of a file export
-- creates; a compiler without a depfile method gets the headers scan.lua
-- found written into its object rules. Unless the export is standalone,
-- the Makefile exports itself again when the project file, or a cache or
-- hint it was exported from, changes; editing sources never runs Kindler.
-- Generated sources (plan.lua's generate steps) are made by rules of
-- their own, each program a macro (LEX, YACC). Beside all, clean, install
-- and uninstall (with the project's .pc file,
-- pcfile.lua), `test` runs export/testscript.lua's kindler-test.sh.
-- The writer takes a dialect: M.POSIX here, GNU make's in export/gmake.lua.
local cachekeys = require "kindler.cachekeys"
local depfile = require "kindler.depfile"
local limits = require "kindler.export.limits"
local plan = require "kindler.plan"
local scan = require "kindler.scan"
local syntax = require "kindler.syntax.make"
local testscript = require "kindler.export.testscript"

local M = {}

local Writer = {}
Writer.__index = Writer

local function writer() return setmetatable({ lines = {} }, Writer) end
function Writer:line(...) self.lines[#self.lines + 1] = table.concat({ ... }) end
function Writer:blank() self.lines[#self.lines + 1] = "" end
function Writer:text() return table.concat(self.lines, "\n") .. "\n" end

-- Words after a head, folded with backslash-newline past 78 columns.
function Writer:folded(head, words)
  local line = head
  for _, p in ipairs(words) do
    if #line + #p + 1 > 78 and line ~= head then
      self:line(line, " \\")
      line = "\t"
    end
    line = line .. (line == "\t" and "" or " ") .. p
  end
  self:line(line)
end

-- A rule: target, prerequisites (a list of make words), recipe lines.
function Writer:rule(target, prereqs, recipe)
  self:folded(target .. ":", prereqs)
  for _, r in ipairs(recipe or {}) do self:line("\t", r) end
end

-- A macro definition.
function Writer:macro(name, words) self:folded(name .. " =", words) end

-- Reports KIN-121 when path cannot stand in a Makefile; `target` and `key`
-- say where in the project file it came from.
local function ok_path(ctx, path, target, key)
  local bad = syntax.name_problem(path)
  if bad then
    ctx.d:report("KIN-121", target and ctx.where_target(target), key,
      string.format("%spath '%s' has %s, which make cannot express",
        target and "target '" .. target .. "': " or "", path, bad),
      path:find("[*?[]") and "rename the file; if it is meant as a pattern, list " ..
      "the files it matches instead: kindler init writes such lists (kindler(1))"
      or "rename the file or directory")
    ctx.failed = true
  end
  return path
end

-- Notes a name that stands in a rule (a target or prerequisite) for
-- KIN-905 when the dialect keeps to POSIX's portable file name characters
-- and it does not (see unportable_warning); a name make cannot take at
-- all is KIN-121's.
local function rule_name(ctx, path)
  if ctx.dialect.portable and syntax.unportable(path) and not syntax.name_problem(path) then
    ctx.unportable = ctx.unportable or { first = path, count = 0 }
    ctx.unportable.count = ctx.unportable.count + 1
  end
  return path
end

-- KIN-905, once an export: names in rules outside the portable set, which
-- a strict POSIX make (pdpmake) refuses and every other make takes.
local function unportable_warning(ctx)
  local u = ctx.unportable
  if not u or ctx.failed then return end
  ctx.d:report("KIN-905", nil, nil, string.format(
    "%d name%s in the Makefile's rules %s characters outside POSIX's portable " ..
    "file name set (letters, digits, . _ - and /), the first '%s': a strict POSIX " ..
    "make such as pdpmake refuses %s; GNU make, bmake and the Sun and IRIX makes " ..
    "take %s", u.count, u.count == 1 and "" or "s", u.count == 1 and "has" or "have",
    u.first, u.count == 1 and "it" or "them", u.count == 1 and "it" or "them"),
    "rename the files; for the source directory, export into a build " ..
    "directory inside it (-B build), where the Makefile calls it '..'")
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

-- Fills a flag template: "{}" becomes the argument.
local function fill(template, arg)
  return (template:gsub("{}", function() return arg end))
end

-- One plan word as make text. `roles` spells the words only the command
-- knows (output, depfile); `target` names whose words they are.
local function render(ctx, w, roles, target)
  if w.role then return fill(w.text, roles[w.role]) end
  if w.root == "src" then
    return fill(w.text, src_path(ok_path(ctx, w.path, target, w.key)))
  end
  if w.root == "build" then return fill(w.text, w.path) end
  if w.quote then
    local text = syntax.word(fill(w.text, w.value))
    if text and w.pieces then
      -- The user's text quoted, the directories it names as make names them.
      text = plan.spell(w.pieces, syntax.word, { src = "$(SRCDIR)", build = "." })
    end
    if not text then
      ctx.d:report("KIN-121", ctx.where_target(target), w.key, string.format(
        "target '%s': %s holds a line break, which make cannot carry",
        target, string.format("%q", w.value)), "write the value on one line")
      ctx.failed = true
      return ""
    end
    return text
  end
  return w.text
end

local function render_all(ctx, words, roles, target)
  local out = {}
  for _, w in ipairs(words) do out[#out + 1] = render(ctx, w, roles, target) end
  return out
end

-- Macro names: the tools of the main toolchain are CC, CXX, AR and
-- RANLIB; another's have its name appended (CC_clang). A target's own
-- macros start with its plan id (lib-x.y: lib_x_y_CFLAGS).
local function tool_macro(base, name, primary)
  if name == primary then return base end
  return base .. "_" .. name:gsub("[^%w]", "_")
end

local FAMILY_MACROS = { c = { "CC", "$(CFLAGS)", "CFLAGS" },
                        ["c++"] = { "CXX", "$(CXXFLAGS)", "CXXFLAGS" } }

-- What a progress line calls each step (dialect.say).
local FAMILY_TAGS = { c = "CC", ["c++"] = "CXX" }

local function compiler_macro(ctx, family, compiler)
  return tool_macro(FAMILY_MACROS[family][1], compiler, ctx.primary[family])
end

-- Where an object is compiled: beside its own name, as tmp.NAME. It is
-- moved into place afterwards, by $(KINDLER_DEPS) once its dependencies
-- are kept, so that a killed build never leaves a partial or unaccounted
-- object.
local OUTPUT = "$(@D)/tmp.$(@F)"
M.OUTPUT = OUTPUT

-- The recipe line that moves a new file into place (not an empty one: see
-- depfile.APPEND).
local function promote(temporary, path)
  return "@test -s " .. temporary .. " && mv -f " .. temporary .. " " .. path
end

-- The longest command a recipe line may expand to (export/limits.lua).
local function command_limit(ctx) return limits.command(ctx.plan) end
local too_long = limits.too_long

-- Recipe lines "head PATH..." that name every one of `paths`: one line
-- naming the macro that lists them when it fits the command limit, else
-- as many lines as they need (for commands that can be run by turns:
-- ar r, rm -f).
local function by_turns(ctx, head, macro, paths)
  local length = #head + 256
  for _, path in ipairs(paths) do length = length + #path + 1 end
  if length <= command_limit(ctx) then return { head .. " " .. macro } end
  local lines, chunk, size = {}, {}, 0
  for _, path in ipairs(paths) do
    if size + #path + 1 > command_limit(ctx) / 2 then
      lines[#lines + 1] = head .. " " .. table.concat(chunk, " ")
      chunk, size = {}, 0
    end
    chunk[#chunk + 1] = path
    size = size + #path + 1
  end
  lines[#lines + 1] = head .. " " .. table.concat(chunk, " ")
  return lines
end

local function object_paths(t)
  local paths = {}
  for _, o in ipairs(t.objects) do paths[#paths + 1] = o.path end
  return paths
end

-- How the objects of t are compiled, per family: writes the flags macro
-- (T_CFLAGS) and the command macro (T_CC: compiler, flags, -c, output,
-- depfile), and returns { head, after } per family for object_rule, with
-- the text of compile.flags.
local function compile_macros(ctx, w, t)
  local prefix, out, flag_text = ctx.prefix[t.name], {}, {}
  for _, family in ipairs({ "c", "c++" }) do
    local compile = t.compile[family]
    if compile then
      local names = FAMILY_MACROS[family]
      local words = render_all(ctx, compile.words, {}, t.name)
      local longest = 0
      for _, o in ipairs(t.objects) do
        if o.family == family then longest = math.max(longest, #src_path(o.source)) end
      end
      local length = #table.concat(words, " ") + 2 * #t.dir + longest + 256
      if length > command_limit(ctx) then
        too_long(ctx, t, family .. " compile command", length,
                 "move long definitions into a header the sources include")
      end
      w:macro(prefix .. "_" .. names[3], words)
      -- The build type's words come before CPPFLAGS and CFLAGS, so that
      -- those given on make's command line have the last word.
      local config = table.concat(render_all(ctx, compile.config, {}, t.name), " ")
      flag_text[#flag_text + 1] = family .. ": " .. config .. " | " .. table.concat(words, " ")
      -- The command, options before the source (the POSIX order): every
      -- object of the family is "$(T_CC) SOURCE".
      local roles = { output = OUTPUT, depfile = "$@.d" }
      local command = { "$(" .. compiler_macro(ctx, family, compile.compiler) .. ")" }
      if config ~= "" then command[2] = config end
      for _, part in ipairs({ "$(CPPFLAGS)", names[2], "$(" .. prefix .. "_" .. names[3] .. ")",
                        render(ctx, compile.compile, roles),
                        render(ctx, compile.output, roles) }) do
        command[#command + 1] = part
      end
      for _, dw in ipairs(compile.depfile or {}) do
        command[#command + 1] = render(ctx, dw, roles)
      end
      local cc = prefix .. "_" .. names[1]
      for i, word in ipairs(ctx.launcher) do table.insert(command, i, word) end
      w:line(cc, " = ", table.concat(command, " "))
      out[family] = { say = ctx.dialect.say(FAMILY_TAGS[family]),
                      head = "\t" .. ctx.dialect.quiet .. "$(" .. cc .. ") ",
                      after = "\t" .. (compile.depfile and ctx.dialect.after_compile or
                                        promote(OUTPUT, "$@")) }
    end
  end
  return out, flag_text
end

-- The rule that compiles one object o of t with `how` (compile_macros).
local function object_rule(ctx, w, t, o, how)
  local source = rule_name(ctx, ok_path(ctx, o.source, t.name, "sources"))
  if o.root ~= "build" then source = src_path(source) end
  local lines = w.lines
  if (o.headers and #o.headers > 0) or #t.generated_headers > 0 then
    -- A compiler without a depfile method: the headers scanned at export;
    -- and the headers the target's generators make, which the first build
    -- has no depfile to name.
    local prereqs = { source }
    for _, h in ipairs(o.headers or {}) do
      prereqs[#prereqs + 1] = src_path(rule_name(ctx, ok_path(ctx, h, t.name, "sources")))
    end
    for _, h in ipairs(t.generated_headers) do prereqs[#prereqs + 1] = h end
    prereqs[#prereqs + 1] = t.dir .. "/compile.flags"
    for _, f in ipairs(ctx.made_includes) do prereqs[#prereqs + 1] = f end
    w:rule(o.path, prereqs)
  else
    lines[#lines + 1] = table.concat({ o.path .. ":", source, t.dir .. "/compile.flags",
                                       unpack(ctx.made_includes) }, " ")
  end
  if how.say then lines[#lines + 1] = "\t" .. how.say end
  lines[#lines + 1] = how.head .. source
  lines[#lines + 1] = how.after
end

-- The recipe line that rewrites the deps.mk of a target's objects.
local function merge_line(ctx, t)
  return "@d=" .. t.dir .. "; $(KINDLER_DEPS_MERGE)"
end

local function uses_depfiles(t)
  for _, o in ipairs(t.objects) do
    if o.depfile then return true end
  end
  return false
end

-- The recipe of a step as the dialect shows it: its progress line first,
-- then each command line that is not silent already made quiet.
local function quietly(ctx, tag, recipe)
  local out = { ctx.dialect.say(tag) }
  for _, r in ipairs(recipe) do
    out[#out + 1] = r:sub(1, 1) == "@" and r or ctx.dialect.quiet .. r
  end
  return out
end

-- The archive or link rule of t, and what its link.flags file holds. The
-- artifact is written in the target's folder and moved into place: a
-- killed build leaves no partial library or program.
local function artifact_rule(ctx, w, t)
  local a, prefix = t.artifact, ctx.prefix[t.name]
  local temporary = t.dir .. "/tmp." .. a.path
  -- A DLL keeps its own name there: the linker records the name in the
  -- import library, and programs load the DLL of that name.
  if a.versioning == "dll" then temporary = t.dir .. "/" .. a.path end
  local objs = "$(" .. prefix .. "_OBJS)"
  local prereqs, recipe, link_text = {}, {}, nil
  if #t.objects > 0 then prereqs[1] = objs end
  if t.archive then
    local ar = tool_macro("AR", t.archive.compiler, ctx.primary.archiver)
    local ranlib = tool_macro("RANLIB", t.archive.compiler, ctx.primary.archiver)
    prereqs[#prereqs + 1] = t.dir .. "/compile.flags"
    recipe = { "rm -f " .. temporary }
    -- Objects too many for one command go in by turns (ar r adds to the
    -- archive it finds).
    for _, l in ipairs(by_turns(ctx, "$(" .. ar .. ") $(ARFLAGS) " .. temporary,
                                objs, object_paths(t))) do
      recipe[#recipe + 1] = l
    end
    recipe[#recipe + 1] = "$(" .. ranlib .. ") " .. temporary
    recipe[#recipe + 1] = promote(temporary, a.path)
    recipe = quietly(ctx, "AR", recipe)
  else
    local link = t.link
    local inputs = {}
    for _, g in ipairs(link.groups) do
      inputs[#inputs + 1] = "$(" .. ctx.prefix[g] .. "_OBJS)"
    end
    for _, path in ipairs(link.libraries) do inputs[#inputs + 1] = path end
    for _, i in ipairs(inputs) do prereqs[#prereqs + 1] = i end
    for _, path in ipairs(link.inputs) do prereqs[#prereqs + 1] = src_path(path) end
    prereqs[#prereqs + 1] = t.dir .. "/link.flags"
    -- A DLL's import library is written beside the temporary DLL too.
    local implib = a.import_library and t.dir .. "/tmp." .. a.import_library
    local roles = { output = temporary, implib = implib }
    local flags = render_all(ctx, link.flags, roles, t.name)
    -- Every object the link names: its own, then its object groups'.
    local objects, object_words = object_paths(t), {}
    if #t.objects > 0 then object_words[1] = objs end
    for _, g in ipairs(link.groups) do
      object_words[#object_words + 1] = "$(" .. ctx.prefix[g] .. "_OBJS)"
      for _, path in ipairs(object_paths(ctx.plan.targets[g])) do objects[#objects + 1] = path end
    end
    local cmd = { "$(" .. compiler_macro(ctx, link.family, link.compiler) .. ")",
                  "$(LDFLAGS)", "$(" .. prefix .. "_LDFLAGS)",
                  render(ctx, link.output, roles) }
    local rest = {}
    for _, path in ipairs(link.libraries) do rest[#rest + 1] = path end
    for _, l in ipairs(render_all(ctx, link.libs, roles, t.name)) do rest[#rest + 1] = l end
    rest[#rest + 1] = "$(LIBS)"
    local length = #table.concat(cmd, " ") + #table.concat(flags, " ") +
                   #table.concat(rest, " ") + 256
    local with_objects = length
    for _, path in ipairs(objects) do with_objects = with_objects + #path + 1 end
    if with_objects > command_limit(ctx) and link.response_file then
      -- Too many objects for one command: the compiler reads their names
      -- from a file export writes (flag.response_file, "@{}").
      local list = t.dir .. "/objects.rsp"
      ctx.files[list] = table.concat(objects, "\n") .. "\n"
      object_words = { fill(link.response_file, list) }
      with_objects = length + #list
    end
    if with_objects > command_limit(ctx) then
      too_long(ctx, t, "link command", with_objects, link.response_file and
               "shorten its flags" or
               "put part of its sources in a static library it depends on")
    end
    for _, w in ipairs(object_words) do cmd[#cmd + 1] = w end
    for _, r in ipairs(rest) do cmd[#cmd + 1] = r end
    -- The links (libx.so.1 -> libx.so.1.2.3) before the file is moved
    -- into place: a make killed in between leaves the file out of date,
    -- and the next one makes both.
    recipe = { table.concat(cmd, " ") }
    for _, l in ipairs(t.links) do
      recipe[#recipe + 1] = "ln -s -f " .. l[2] .. " " .. l[1]
    end
    recipe[#recipe + 1] = promote(temporary, a.path)
    -- The import library after the DLL, so that it is never older.
    if implib then recipe[#recipe + 1] = promote(implib, a.import_library) end
    recipe = quietly(ctx, "LINK", recipe)
    w:macro(prefix .. "_LDFLAGS", flags)
    link_text = table.concat(flags, " ") .. "\n" .. table.concat(cmd, " ") .. "\n"
  end
  -- The objects' header dependencies, now that all are built: the
  -- target's own, and those of the object groups linked in (in a dialect
  -- that merges them).
  if ctx.dialect.merge then
    if uses_depfiles(t) then recipe[#recipe + 1] = merge_line(ctx, t) end
    for _, g in ipairs(t.link and t.link.groups or {}) do
      local group = ctx.plan.targets[g]
      if uses_depfiles(group) then recipe[#recipe + 1] = merge_line(ctx, group) end
    end
  end
  if t.name ~= a.path then w:rule(t.name, { a.path }) end
  -- What links against a DLL names its import library, which the DLL's
  -- link writes: a rule of no commands.
  if a.import_library and t.link then w:rule(a.import_library, { a.path }) end
  w:rule(a.path, prereqs, recipe)
  return link_text
end

-- The macro that names a generator's program: LEX, YACC.
local function generator_macro(tool) return (tool:upper():gsub("[^%w]", "_")) end

-- The rules of t's generate steps (plan.lua), and the lines they add to
-- its compile.flags (a change of a command makes its files again). A
-- step's first output is made by its command, the others depend on it
-- with the same recipe: a parallel make runs it once, and a build killed
-- between the moves makes them again. The command writes into a scratch
-- directory (or standard output into a temporary file); the files are
-- then moved into place, the first one first, and the others touched
-- after it: a killed or failed run never leaves a partial file newer
-- than its input.
local function generate_rules(ctx, w, t)
  local text = {}
  for _, step in ipairs(t.generate) do
    local roles = { tool = step.tool and "$(" .. generator_macro(step.tool) .. ")" }
    local command = table.concat(render_all(ctx, step.words, roles, t.name), " ")
    text[#text + 1] = "generate: " .. command
    local recipe, moves = {}, {}
    if step.stdout then
      recipe[1] = command .. " >" .. step.temporary
      moves[1] = "mv -f " .. step.temporary .. " " .. step.outputs[1]
    else
      recipe[1] = "@rm -rf " .. step.scratch .. " && mkdir " .. step.scratch
      recipe[2] = command
      for _, o in ipairs(step.outputs) do
        moves[#moves + 1] = "mv -f " .. step.scratch .. "/" .. o:match("[^/]*$") .. " " .. o
      end
      moves[#moves + 1] = "rmdir " .. step.scratch
    end
    if #step.outputs > 1 then
      local rest = {}
      for i = 2, #step.outputs do rest[#rest + 1] = step.outputs[i] end
      moves[#moves + 1] = "touch " .. table.concat(rest, " ")
    end
    recipe[#recipe + 1] = "@" .. table.concat(moves, " && ")
    recipe = quietly(ctx, step.tool and generator_macro(step.tool) or "GEN", recipe)
    local prereqs = {}
    for _, input in ipairs(step.inputs) do
      prereqs[#prereqs + 1] = src_path(rule_name(ctx, ok_path(ctx, input, t.name, "sources")))
    end
    if #t.objects > 0 then prereqs[#prereqs + 1] = t.dir .. "/compile.flags" end
    for i, o in ipairs(step.outputs) do
      rule_name(ctx, o)
      w:rule(o, i == 1 and prereqs or { step.outputs[1] }, recipe)
    end
  end
  return text
end

local function target_section(ctx, w, t)
  local a, prefix = t.artifact, ctx.prefix[t.name]
  w:line("# ", t.name, ": ", t.type, a.path ~= "" and " " .. a.path or "")
  local objects = {}
  for _, o in ipairs(t.objects) do objects[#objects + 1] = o.path end
  if #objects > 0 then w:macro(prefix .. "_OBJS", objects) end
  local how, flag_text = compile_macros(ctx, w, t)
  for _, l in ipairs(generate_rules(ctx, w, t)) do flag_text[#flag_text + 1] = l end
  local link_text
  if t.type == "object_group" or t.type == "header-only" then
    w:rule(t.name, #objects > 0 and { "$(" .. prefix .. "_OBJS)" } or {})
  else
    link_text = artifact_rule(ctx, w, t)
  end
  for _, o in ipairs(t.objects) do object_rule(ctx, w, t, o, how[o.family]) end
  w:blank()
  -- What a rebuild depends on besides the files: a change of a target's
  -- compile flags recompiles its objects; of its link line, relinks it.
  if #t.objects > 0 or t.archive then
    ctx.files[t.dir .. "/compile.flags"] = table.concat(flag_text, "\n") .. "\n"
    ctx.flag_files[#ctx.flag_files + 1] = t.dir .. "/compile.flags"
  end
  if link_text then
    ctx.files[t.dir .. "/link.flags"] = link_text
    ctx.flag_files[#ctx.flag_files + 1] = t.dir .. "/link.flags"
  end
  if #t.objects > 0 or link_text or t.archive then ctx.dirs[#ctx.dirs + 1] = t.dir end
  if t.gendir then ctx.dirs[#ctx.dirs + 1] = t.gendir end
  if ctx.dialect.merge and #t.objects > 0 then
    ctx.seeds[t.dir .. "/deps.mk"] = ""
    ctx.includes[#ctx.includes + 1] = "include " .. t.dir .. "/deps.mk"
  elseif uses_depfiles(t) then
    ctx.includes[#ctx.includes + 1] = ctx.dialect.include_deps("$(" .. prefix .. "_OBJS)")
  end
  if t.name ~= a.path then ctx.phony[#ctx.phony + 1] = t.name end
end

local function install_rules(ctx, w)
  local install, uninstall, dirs = {}, {}, {}
  local macro = { bindir = "$(BINDIR)", libdir = "$(LIBDIR)",
                  includedir = "$(INCLUDEDIR)", mandir = "$(MANDIR)",
                  datadir = "$(DATADIR)" }
  for _, t in ipairs(ctx.plan.order) do
    for _, f in ipairs(t.installs) do
      local from = f.root == "src" and src_path(ok_path(ctx, f.path, t.name, f.key))
                   or f.path
      local dest = "$(DESTDIR)" .. macro[f.dir] .. "/" .. ok_path(ctx, f.name, t.name, f.key)
      local dir = dest:match("^(.*)/[^/]*$")
      if not dirs[dir] then
        dirs[dir] = true
        install[#install + 1] = "mkdir -p " .. dir
      end
      install[#install + 1] = "cp " .. from .. " " .. dest
      install[#install + 1] = "chmod " .. f.mode .. " " .. dest
      uninstall[#uninstall + 1] = "rm -f " .. dest
      for _, l in ipairs(f.links or {}) do
        local at = "$(DESTDIR)" .. macro[f.dir] .. "/" .. l[1]
        install[#install + 1] = "rm -f " .. at .. " && ln -s " .. l[2] .. " " .. at
        uninstall[#uninstall + 1] = "rm -f " .. at
      end
    end
  end
  -- The project's pkg-config file (pcfile.lua): this install's
  -- directories, then the body export wrote beside the Makefile.
  local pc = ctx.plan.pc
  if pc then
    local dest = "$(DESTDIR)$(LIBDIR)/pkgconfig/" .. pc.file
    install[#install + 1] = "mkdir -p $(DESTDIR)$(LIBDIR)/pkgconfig"
    install[#install + 1] = "{ echo 'prefix=$(PREFIX)'; echo 'libdir=$(LIBDIR)'; " ..
                            "echo 'includedir=$(INCLUDEDIR)'; cat " .. pc.file .. ".in; } >" .. dest
    install[#install + 1] = "chmod 644 " .. dest
    uninstall[#uninstall + 1] = "rm -f " .. dest
    ctx.files[pc.file .. ".in"] = pc.body
  end
  -- The project's own directories, once uninstall has emptied them.
  for _, d in ipairs(ctx.plan.owned_dirs) do
    uninstall[#uninstall + 1] = "rmdir $(DESTDIR)" .. macro[d.dir] .. "/" .. d.name ..
                                " 2>/dev/null || :"
  end
  w:rule("install", { "all" }, install)
  w:blank()
  w:rule("uninstall", {}, uninstall)
  w:blank()
end

local function clean_rule(ctx, w)
  local clean = {}
  for _, t in ipairs(ctx.plan.order) do
    if #t.files > 0 or #t.objects > 0 then
      local head = "rm -f " .. table.concat(t.files, " ")
      if #t.objects == 0 then
        clean[#clean + 1] = head
      else
        for _, l in ipairs(by_turns(ctx, #t.files > 0 and head or "rm -f",
            "$(" .. ctx.prefix[t.name] .. "_OBJS)", object_paths(t))) do
          clean[#clean + 1] = l
        end
      end
    end
    if #t.objects > 0 then
      clean[#clean + 1] = "rm -f " .. t.dir .. "/*.d " .. t.dir .. "/*.dep " .. t.dir ..
                          "/tmp.*" .. (t.tests and " " .. t.dir .. "/test.*" or "") ..
                          (t.artifact.versioning == "dll" and " " .. t.dir .. "/" ..
                           t.artifact.path or "") ..
                          (ctx.dialect.merge and " && : >" .. t.dir .. "/deps.mk" or "")
    elseif #t.files > 0 then
      clean[#clean + 1] = "rm -f " .. t.dir .. "/tmp.*"
    end
    -- What its generators made, and what a killed run of one left.
    if t.gendir then
      local made = {}
      for _, step in ipairs(t.generate) do
        for _, o in ipairs(step.outputs) do made[#made + 1] = o end
      end
      for _, l in ipairs(by_turns(ctx, "rm -f", table.concat(made, " "), made)) do
        clean[#clean + 1] = l
      end
      clean[#clean + 1] = "rm -rf " .. t.gendir .. "/tmp.*"
    end
  end
  w:rule("clean", {}, clean)
  w:blank()
end

-- make test: the test programs, then kindler-test.sh (export/testscript.lua)
-- with this Makefile's SRCDIR.
local function test_rule(ctx, w)
  w:rule("test", testscript.programs(ctx.plan), { "@SRCDIR=$(SRCDIR) " ..
    (cachekeys.os(ctx.plan.os, "runner") and "RUNNER='$(RUNNER)' " or "") .. "sh " .. testscript.FILE })
  w:blank()
  ctx.files[testscript.FILE] = testscript.text(ctx.plan, ctx.opts)
end

local function tool_macros(ctx, w)
  local lines, seen = {}, {}
  local plan = ctx.plan
  for _, family in ipairs({ "c", "c++" }) do
    for _, tool in ipairs(plan.tools[family]) do
      local m = compiler_macro(ctx, family, tool.compiler)
      if not seen[m] then
        seen[m] = true
        lines[#lines + 1] = m .. " = " .. tool.command
      end
    end
  end
  for _, ar in ipairs(plan.tools.archivers) do
    local m = tool_macro("AR", ar.compiler, ctx.primary.archiver)
    if not seen[m] then
      seen[m] = true
      lines[#lines + 1] = m .. " = " .. ar.command
      lines[#lines + 1] = tool_macro("RANLIB", ar.compiler, ctx.primary.archiver) ..
                          " = " .. (ar.ranlib or ":")
      if ar.compiler == ctx.primary.archiver then
        lines[#lines + 1] = "ARFLAGS = " .. ar.create
      end
    end
  end
  for _, g in ipairs(plan.tools.generators) do
    lines[#lines + 1] = generator_macro(g.tool) .. " = " .. g.command
  end
  table.sort(lines)
  for _, l in ipairs(lines) do w:line(l) end
end

-- Where the Makefile names a file a re-export reads: a file of the source
-- tree below $(SRCDIR), a cache in the directory the export was given as
-- $(KINDLER_CACHE_DIR), one in the user's cache as $(HOME)/..., anything
-- else by its path. Nil when make cannot name it (it is then not
-- watched).
local function regenerate_path(ctx, input)
  local opts = ctx.opts
  local name = input.path:match("[^/]*$")
  local text
  if input.src then
    name, text = input.path, src_path(input.path)
  elseif input.dir and opts.cache_dir then
    text = "$(KINDLER_CACHE_DIR)/" .. name
  elseif input.dir and input.dir == opts.user_cache_dir then
    text = "$(HOME)/.config/kindler/cache/" .. name
  else
    name, text = input.path, input.path
  end
  if syntax.name_problem(name) then return nil end
  return text
end

-- The rule that exports the Makefile again, and what it watches.
local function regenerate_rules(ctx, w)
  local opts = ctx.opts
  local project = "$(SRCDIR)/" .. opts.project_file
  local watched = { project }
  for _, input in ipairs(ctx.plan.regenerate) do
    watched[#watched + 1] = regenerate_path(ctx, input)
  end
  local args = {}
  for _, a in ipairs(opts.export_args) do args[#args + 1] = syntax.word(a) end
  local file, rereads = ctx.dialect.file, ctx.dialect.rereads
  w:line("# Export again when the project file, or a cache or hint it was")
  if rereads then
    w:line("# exported with, has changed: make then reads the new ", file, ".")
  else
    w:line("# exported with, has changed: GNU make then reads the new Makefile")
    w:line("# at once, other makes stop and ask to be run again.")
  end
  -- (Recipes may run under sh -e: the export's status is tested by `if`.)
  -- One prerequisite a line: their paths differ from machine to machine,
  -- the Makefile's shape does not.
  for i, f in ipairs(watched) do
    w:line(i == 1 and file .. ": " or "\t", f, i < #watched and " \\" or "")
  end
  w:line("\t",
    "@echo 'kindler: exporting again: $? changed'; " ..
    "if KINDLER_CACHE_DIR=$(KINDLER_CACHE_DIR) $(KINDLER) export -f " .. project ..
    " -B . " .. table.concat(args, " ") .. "; then " ..
    (rereads and ":" or "test -n '$(MAKEFILE_LIST)' || " ..
    "{ echo >&2 'kindler: the Makefile was exported again: run make again to " ..
    "build with it'; exit 1; }") .. "; else s=$$?; test $$s -lt 126 || echo >&2 " ..
    "'kindler: could not run the program KINDLER names to export this " .. file .. " " ..
    "again ($? changed): put kindler on PATH, run make KINDLER=/path/to/kindler, " ..
    "or export by hand (kindler export -f " .. opts.project_file ..
    " -B BUILDDIR in $(SRCDIR)). KINDLER is' $(KINDLER); exit $$s; fi")
  -- A watched file that is gone must export again, not stop make.
  for _, f in ipairs(watched) do w:rule(f, {}) end
  -- Nothing is built before the Makefile is up to date: every object and
  -- link waits for a flags file, which waits for the Makefile (a make
  -- that reads it again does so before building anything).
  if not rereads then
    for _, f in ipairs(ctx.flag_files) do w:rule(f, { file }) end
  end
  w:blank()
end

-- What stands in for the Makefile while an export puts its files in place
-- (commit.lua): found there, that export was killed, and make must not
-- build from a mix of two exports.
local STAND_IN = [[
# Kindler is putting a new export in place here, or one was interrupted.
.POSIX:
all:
	@echo 'kindler: an export into this directory did not finish (it was killed): run kindler export again, which completes it' >&2; exit 1
.DEFAULT:
	@echo 'kindler: an export into this directory did not finish (it was killed): run kindler export again, which completes it' >&2; exit 1
]]

-- A dialect: where the Makefile for one make differs from another.
--   file           the Makefile's name
--   title          what its first line calls it
--   prologue       lines that follow the header comment
--   say(tag)       the recipe line that shows a step (tag: CC, CXX, AR,
--                  LINK; the line names $@), or nil
--   quiet          put before each command line of a step
--   deps_macros    the macros that keep header dependencies: { name, text }
--   after_compile  the recipe line after a compile that wrote a depfile
--   merge          true: TARGET.dir/deps.mk holds its objects' header
--                  dependencies, merged at its archive or link step and
--                  read by `include`; false: include_deps(OBJS) is the
--                  line that reads them
--   rereads        the make reads a Makefile it has remade at once
--   phony          the line that declares a list of phony targets, or nil
--   portable       names in rules should keep to POSIX's portable file
--                  name characters (KIN-905 otherwise)
M.POSIX = {
  file = "Makefile",
  title = "Makefile",
  prologue = { ".POSIX:", ".SUFFIXES:" },
  say = function() return nil end,
  quiet = "",
  deps_macros = {
    { "KINDLER_DEPS", "o=$@ t=" .. OUTPUT .. " d=$(@D); " .. syntax.literal(depfile.APPEND) },
    { "KINDLER_DEPS_MERGE", syntax.literal(depfile.MERGE) },
  },
  after_compile = "@$(KINDLER_DEPS)",
  merge = true,
  rereads = false,
  portable = true,
}

-- write(plan, opts, dialect) -> { files, seeds, always, stand_ins, dirs,
-- ok }: see modules.lua's register_exporter.
function M.write(plan, opts, dialect)
  local ctx = {
    plan = plan, opts = opts, d = opts.d, where_target = opts.where_target,
    dialect = dialect,
    files = {}, seeds = {}, dirs = {}, includes = {}, flag_files = {},
    prefix = {}, phony = { "all", "clean", "install", "uninstall", "test" },
    -- project.make_include: files of the build directory the Makefile
    -- includes, after `all`, for its tools, flags and PREFIX; every object
    -- depends on them.
    made_includes = plan.nir.project.make_include or {},
    -- The launcher's words (kindler(1), --launcher), quoted for the shell
    -- (split at blanks, a word holds no line break), before every compile.
    launcher = {},
    primary = { c = (plan.tools.c[1] or {}).compiler,
                ["c++"] = (plan.tools["c++"][1] or {}).compiler,
                archiver = (plan.tools.archivers[1] or {}).compiler },
  }
  rule_name(ctx, ok_path(ctx, opts.srcdir, nil, nil))
  for _, t in ipairs(plan.order) do ctx.prefix[t.name] = t.id end
  for i, word in ipairs(opts.launcher or {}) do ctx.launcher[i] = syntax.word(word) end
  for _, t in ipairs(plan.order) do
    rule_name(ctx, ok_path(ctx, t.name, t.name, nil))
    for _, f in ipairs(t.files) do rule_name(ctx, ok_path(ctx, f, t.name, "output_name")) end
  end
  for _, f in ipairs(ctx.made_includes) do rule_name(ctx, ok_path(ctx, f, nil, nil)) end
  if not opts.standalone then
    -- Both are written into the re-export rule.
    ok_path(ctx, opts.project_file, nil, nil)
    if opts.cache_dir then ok_path(ctx, opts.cache_dir, nil, nil) end
  end
  if ctx.failed then return { ok = false } end

  local body = writer()
  local artifacts = {}
  for _, t in ipairs(plan.order) do
    target_section(ctx, body, t)
    if t.artifact.path ~= "" and t.build_by_default then
      artifacts[#artifacts + 1] = t.artifact.path
    end
  end

  local w = writer()
  local project = opts.project_file
  -- (A comment ends at a line break: none may reach it.)
  w:line("# ", dialect.title, " for ", syntax.comment(plan.nir.project.name),
         ", written by Kindler ", opts.version, " from ", syntax.comment(project), ".")
  if opts.standalone then
    w:line("# Standalone: it never runs Kindler; after a change of ", syntax.comment(project))
    w:line("# export it again. Header dependencies come from the compiler.")
  else
    w:line("# Do not edit: change ", syntax.comment(project), " instead; make exports again")
    w:line("# when it changes. Header dependencies come from the compiler.")
  end
  for _, l in ipairs(dialect.prologue) do w:line(l) end
  w:blank()
  if #ctx.made_includes > 0 then
    -- project.make_include (kindler(5)): the tools, the flags and PREFIX
    -- are the included files'; none comes from this machine's caches.
    w:line("# Tools, flags and PREFIX: the files included after `all` define")
    w:line("# them; override any of them on the command line.")
  else
    w:line("# Tools and flags: override any of them on the command line,")
    w:line("# for example: make CC=\"ccache gcc\" CFLAGS=-O2")
    tool_macros(ctx, w)
    for _, m in ipairs({ "CFLAGS", "CXXFLAGS", "CPPFLAGS", "LDFLAGS", "LIBS" }) do
      w:line(m, " =")
    end
  end
  w:line("SRCDIR = ", opts.srcdir)
  -- The programs of an OS with a runner (cache/FORMAT) run through it.
  if cachekeys.os(plan.os, "runner") then
    w:line("# make test runs the programs with RUNNER (empty: as they are).")
    w:line("RUNNER = ", cachekeys.os(plan.os, "runner"))
  end
  if #ctx.made_includes == 0 then w:line("PREFIX = /usr/local") end
  w:line("DESTDIR =")
  w:line("BINDIR = $(PREFIX)/", plan.install.bindir)
  w:line("LIBDIR = $(PREFIX)/", plan.install.libdir)
  w:line("INCLUDEDIR = $(PREFIX)/", plan.install.includedir)
  w:line("MANDIR = $(PREFIX)/", plan.install.mandir)
  w:line("DATADIR = $(PREFIX)/", plan.install.datadir)
  if not opts.standalone then
    w:line("# The Kindler that exports this ", dialect.file, " again, and its caches")
    w:line("# (empty: its search path).")
    w:line("KINDLER = ", syntax.word(opts.program) or "kindler")
    w:line("KINDLER_CACHE_DIR =", opts.cache_dir and " " .. opts.cache_dir or "")
  end
  w:blank()
  w:rule("all", artifacts)
  for _, f in ipairs(ctx.made_includes) do w:line("include ", f) end
  w:blank()
  if dialect.phony then
    w:folded(dialect.phony, ctx.phony)
    w:blank()
  end
  w:line("# Header dependencies: the compiler writes OBJECT.d; these shell")
  w:line("# commands keep them in ", dialect.merge and "TARGET.dir/deps.mk" or "OBJECT.dep",
         " (kindler(1)).")
  for _, m in ipairs(dialect.deps_macros) do w:line(m[1], " = ", m[2]) end
  w:blank()
  for _, l in ipairs(body.lines) do w.lines[#w.lines + 1] = l end
  if not opts.standalone then regenerate_rules(ctx, w) end
  clean_rule(ctx, w)
  install_rules(ctx, w)
  test_rule(ctx, w)
  for _, inc in ipairs(ctx.includes) do w:line(inc) end

  unportable_warning(ctx)
  ctx.files[dialect.file] = w:text()
  -- The Makefile's time is the export's: make compares it with the
  -- project file's and the caches' to know when to export again.
  return { files = ctx.files, seeds = ctx.seeds, dirs = ctx.dirs, main = dialect.file,
           always = { dialect.file }, stand_ins = { [dialect.file] = STAND_IN },
           ok = not ctx.failed }
end

-- The `make` exporter: the strict POSIX Makefile.
function M.export(plan, opts) return M.write(plan, opts, M.POSIX) end

return M
