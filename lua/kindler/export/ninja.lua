-- export/ninja.lua: the `ninja` exporter: the build plan (plan.lua) as a
-- build.ninja (kindler(1), export). One compile rule per target and
-- language family, with `deps = gcc` where the compiler writes a depfile
-- (its headers otherwise, as the export-time scan found them); one link or
-- archive rule per target; phony `all` (the default), one phony edge per
-- target name, `install` and `uninstall` (DESTDIR and PREFIX from the
-- environment), `test` (export/testscript.lua), `clean` (ninja -t clean,
-- which removes generated sources too: they are outputs of the edges of
-- the plan's generate steps, one edge a step, each program a variable
-- such as $yacc). Unless the export is standalone,
-- build.ninja is a generator output of the project file and the caches
-- and hints it was exported from: ninja exports again when one changes.
-- Every name, path and word goes through syntax/ninja.lua.
local limits = require "kindler.export.limits"
local plan = require "kindler.plan"
local scan = require "kindler.scan"
local syntax = require "kindler.syntax.ninja"
local testscript = require "kindler.export.testscript"

local M = {}

local function fill(template, arg)
  return (template:gsub("{}", function() return arg end))
end

local function split(text)
  local out = {}
  for w in text:gmatch("%S+") do out[#out + 1] = w end
  return out
end

-- KIN-121: value (of target's key) cannot stand in a build.ninja.
local function refuse(ctx, target, key, value, what)
  ctx.d:report("KIN-121", target and ctx.where_target(target), key, string.format(
    "%s%s holds %s, which a build.ninja cannot carry",
    target and "target '" .. target .. "': " or "", string.format("%q", value), what),
    "rename the file, or write the value on one line")
  ctx.failed = true
end

-- A path of the source tree as the build directory names it.
local function src_path(ctx, path)
  if path:sub(1, 1) == "/" then return path end
  return scan.join(".", ctx.opts.srcdir .. "/" .. path)
end

-- A path in a build statement, or "" after KIN-121.
local function path_text(ctx, path, target, key)
  local text = syntax.path(path)
  if text then return text end
  refuse(ctx, target, key, path, path:find("|", 1, true) and "a '|'" or "a line break")
  return ""
end

-- A shell word of a command, or "" after KIN-121.
local function word_text(ctx, value, target, key)
  local text = syntax.word(value)
  if text then return text end
  refuse(ctx, target, key, value, "a line break")
  return ""
end

-- One plan word as command text. `roles` spells the words only the
-- command knows ($out, $out.d), already ninja text.
local function render(ctx, w, roles, target)
  if w.role then return fill(syntax.literal(w.text), roles[w.role]) end
  if w.quote then
    local text = word_text(ctx, fill(w.text, w.value), target, w.key)
    if text ~= "" and w.pieces then
      -- The user's text quoted, the directories it names as paths from
      -- the build directory.
      text = plan.spell(w.pieces, syntax.word,
                        { src = syntax.word(src_path(ctx, ".")), build = "." })
    end
    return text
  end
  if w.root then
    local path = w.root == "src" and src_path(ctx, w.path) or w.path
    local out = {}
    for i, part in ipairs(split(w.text)) do
      out[i] = word_text(ctx, fill(part, path), target, w.key)
    end
    return table.concat(out, " ")
  end
  return syntax.literal(w.text)
end

-- Command text: the parts that are not empty, joined by one blank (a
-- blank inside a quoted word is the word's own).
local function joined(parts)
  local out = {}
  for _, p in ipairs(parts) do
    if p ~= "" then out[#out + 1] = p end
  end
  return table.concat(out, " ")
end

local function render_all(ctx, words, roles, target)
  local out = {}
  for i, w in ipairs(words) do out[i] = render(ctx, w, roles, target) end
  return joined(out)
end

-- The longest command a rule may expand to (export/limits.lua).
local function command_limit(ctx) return limits.command(ctx.plan) end
local too_long = limits.too_long

-- The command text of a tool of the plan (cache text).
local function tool_command(ctx, family, compiler)
  for _, tool in ipairs(ctx.plan.tools[family]) do
    if tool.compiler == compiler then return syntax.literal(tool.command) end
  end
  return syntax.literal(compiler)
end

local function archiver_of(ctx, compiler)
  for _, ar in ipairs(ctx.plan.tools.archivers) do
    if ar.compiler == compiler then return ar end
  end
  return { command = "ar", create = "rc" }
end

local function object_paths(ctx, t)
  local out = {}
  for _, o in ipairs(t.objects) do out[#out + 1] = path_text(ctx, o.path, t.name, "sources") end
  return out
end

local DESCRIPTION = { c = "CC", ["c++"] = "CXX" }

-- The variable that names a generator's program: lex, yacc.
local function tool_variable(tool) return (tool:lower():gsub("[^%w]", "_")) end

-- A rule and one edge per generate step of t (plan.lua): its outputs all
-- made by one command, which writes into a scratch directory (or standard
-- output into a temporary file) and moves the files into place.
local function generate_edges(ctx, out, t)
  for i, step in ipairs(t.generate) do
    local rule = "generate_" .. t.id .. "_" .. i
    local roles = { tool = step.tool and "$" .. tool_variable(step.tool) }
    local command = render_all(ctx, step.words, roles, t.name)
    local parts
    if step.stdout then
      parts = { command .. " >" .. word_text(ctx, step.temporary, t.name, "sources"),
                "mv -f " .. word_text(ctx, step.temporary, t.name, "sources") .. " " ..
                word_text(ctx, step.outputs[1], t.name, "sources") }
    else
      local scratch = word_text(ctx, step.scratch, t.name, "sources")
      parts = { "rm -rf " .. scratch, "mkdir " .. scratch, command }
      for _, o in ipairs(step.outputs) do
        parts[#parts + 1] = "mv -f " .. scratch .. "/" ..
                            word_text(ctx, o:match("[^/]*$"), t.name, "sources") .. " " ..
                            word_text(ctx, o, t.name, "sources")
      end
      parts[#parts + 1] = "rmdir " .. scratch
    end
    out[#out + 1] = "rule " .. rule
    out[#out + 1] = "  command = " .. table.concat(parts, " && ")
    out[#out + 1] = "  description = " ..
                    (step.tool and tool_variable(step.tool):upper() or "GEN") .. " $out"
    local outputs, inputs = {}, {}
    for _, o in ipairs(step.outputs) do outputs[#outputs + 1] = path_text(ctx, o, t.name, "sources") end
    for _, input in ipairs(step.inputs) do
      inputs[#inputs + 1] = path_text(ctx, src_path(ctx, input), t.name, "sources")
    end
    out[#out + 1] = "build " .. table.concat(outputs, " ") .. ": " .. rule .. " " ..
                    table.concat(inputs, " ")
  end
end

-- The compile rules of t (one per family) and its objects' edges.
local function compile_edges(ctx, out, t)
  for _, family in ipairs({ "c", "c++" }) do
    local compile = t.compile[family]
    if compile then
      local rule = "compile_" .. family:gsub("%+", "x") .. "_" .. t.id
      local roles = { output = "$out", depfile = "$out.d" }
      local command = joined({ ctx.launcher, tool_command(ctx, family, compile.compiler),
        render_all(ctx, compile.config, roles, t.name),
        render_all(ctx, compile.words, roles, t.name),
        render(ctx, compile.compile, roles, t.name),
        render(ctx, compile.output, roles, t.name),
        render_all(ctx, compile.depfile or {}, roles, t.name), "$in" })
      if #command + 2 * #t.dir + 1024 > command_limit(ctx) then
        too_long(ctx, t, family .. " compile command", #command,
                 "move long definitions into a header the sources include")
      end
      out[#out + 1] = "rule " .. rule
      out[#out + 1] = "  command = " .. command
      if compile.depfile then
        out[#out + 1] = "  depfile = $out.d"
        out[#out + 1] = "  deps = gcc"
      end
      out[#out + 1] = "  description = " .. DESCRIPTION[family] .. " $out"
      for _, o in ipairs(t.objects) do
        if o.family == family then
          local source = o.root == "build" and o.source or src_path(ctx, o.source)
          local line = "build " .. path_text(ctx, o.path, t.name, "sources") .. ": " ..
                       rule .. " " .. path_text(ctx, source, t.name, "sources")
          -- The headers scanned at export (no depfile method), and those
          -- the target's generators make (the first build has no depfile).
          local headers = {}
          for _, h in ipairs(o.headers or {}) do
            headers[#headers + 1] = path_text(ctx, src_path(ctx, h), t.name, "sources")
          end
          for _, h in ipairs(t.generated_headers) do
            headers[#headers + 1] = path_text(ctx, h, t.name, "sources")
          end
          if #headers > 0 then
            line = line .. " | " .. table.concat(headers, " ")
          end
          out[#out + 1] = line
        end
      end
    end
  end
end

-- The archive edge of static library t. Objects too many for one command
-- are added by xargs, by turns, from the response file ninja writes.
local function archive_edge(ctx, out, t, objects)
  local ar = archiver_of(ctx, t.archive.compiler)
  local add = syntax.literal(ar.command .. " " .. ar.create)
  local ranlib = ar.ranlib and " && " .. syntax.literal(ar.ranlib) .. " $out" or ""
  local rule = "archive_" .. t.id
  out[#out + 1] = "rule " .. rule
  local length = #table.concat(objects, " ") + #add + 256
  if length > command_limit(ctx) then
    out[#out + 1] = "  command = rm -f $out && xargs " .. add .. " $out <$out.rsp" .. ranlib
    out[#out + 1] = "  rspfile = $out.rsp"
    out[#out + 1] = "  rspfile_content = $in"
  else
    out[#out + 1] = "  command = rm -f $out && " .. add .. " $out $in" .. ranlib
  end
  out[#out + 1] = "  description = AR $out"
  out[#out + 1] = joined({ "build " .. path_text(ctx, t.artifact.path, t.name, "output_name") ..
                           ": " .. rule, table.concat(objects, " ") })
end

-- The link edge of executable or shared library t: its objects, those of
-- its object groups, the project libraries it links (also as implicit
-- inputs, as are the files its ldflags name by ${srcdir}) and its symbolic
-- links (implicit outputs).
local function link_edge(ctx, out, t, objects)
  local link = t.link
  for _, g in ipairs(link.groups) do
    for _, p in ipairs(object_paths(ctx, ctx.plan.targets[g])) do objects[#objects + 1] = p end
  end
  local implib = t.artifact.import_library
  local roles = { output = "$out",
                  implib = implib and word_text(ctx, implib, t.name, "output_name") }
  local libraries, library_words = {}, {}
  for _, path in ipairs(link.libraries) do
    libraries[#libraries + 1] = path_text(ctx, path, t.name, "deps")
    library_words[#library_words + 1] = word_text(ctx, path, t.name, "deps")
  end
  local implicit = {}
  for _, l in ipairs(libraries) do implicit[#implicit + 1] = l end
  for _, path in ipairs(link.inputs) do
    implicit[#implicit + 1] = path_text(ctx, src_path(ctx, path), t.name, "ldflags")
  end
  local head = joined({ tool_command(ctx, link.family, link.compiler),
    render_all(ctx, link.flags, roles, t.name), render(ctx, link.output, roles, t.name) })
  local tail = { joined(library_words), render_all(ctx, link.libs, roles, t.name) }
  for _, l in ipairs(t.links) do
    tail[#tail + 1] = "&& ln -s -f " .. word_text(ctx, l[2], t.name, "output_name") .. " " ..
                      word_text(ctx, l[1], t.name, "output_name")
  end
  tail = joined(tail)
  local length = #head + #tail + #table.concat(objects, " ") + 256
  local rule = "link_" .. t.id
  out[#out + 1] = "rule " .. rule
  if length > command_limit(ctx) and link.response_file then
    out[#out + 1] = "  command = " .. joined({ head, fill(link.response_file, "$out.rsp"), tail })
    out[#out + 1] = "  rspfile = $out.rsp"
    out[#out + 1] = "  rspfile_content = $in"
  else
    if length > command_limit(ctx) then
      too_long(ctx, t, "link command", length,
               "put part of its sources in a static library it depends on")
    end
    out[#out + 1] = "  command = " .. joined({ head, "$in", tail })
  end
  out[#out + 1] = "  description = LINK $out"
  local line = "build " .. path_text(ctx, t.artifact.path, t.name, "output_name")
  -- Implicit outputs: a shared library's links, a DLL's import library.
  local names = {}
  for _, l in ipairs(t.links) do names[#names + 1] = path_text(ctx, l[1], t.name, "output_name") end
  if implib then names[#names + 1] = path_text(ctx, implib, t.name, "output_name") end
  if #names > 0 then line = line .. " | " .. table.concat(names, " ") end
  line = joined({ line .. ": " .. rule, table.concat(objects, " ") })
  if #implicit > 0 then line = line .. " | " .. table.concat(implicit, " ") end
  out[#out + 1] = line
end

local function target_section(ctx, out, t)
  local a = t.artifact
  out[#out + 1] = "# " .. syntax.comment(t.name .. ": " .. t.type .. (a.path ~= "" and " " .. a.path or ""))
  generate_edges(ctx, out, t)
  compile_edges(ctx, out, t)
  local objects = object_paths(ctx, t)
  local name = path_text(ctx, t.name, t.name, nil)
  if t.archive then
    archive_edge(ctx, out, t, objects)
  elseif t.link then
    link_edge(ctx, out, t, objects)
  else
    -- An object group or a header-only library: a name for its objects.
    out[#out + 1] = joined({ "build " .. name .. ": phony", table.concat(objects, " ") })
  end
  if a.path ~= "" and t.name ~= a.path then
    out[#out + 1] = "build " .. name .. ": phony " .. path_text(ctx, a.path, t.name, "output_name")
  end
  out[#out + 1] = ""
end

-- install and uninstall: always run (their outputs never exist); the
-- destination is $DESTDIR$PREFIX (PREFIX /usr/local by default), from the
-- environment of ninja.
local function install_edges(ctx, out)
  local install, uninstall, dirs = {}, {}, {}
  local under = {}
  for _, key in ipairs({ "bindir", "libdir", "includedir", "mandir", "datadir" }) do
    under[key] = "\"$$d\"/" .. syntax.literal(ctx.plan.install[key])
  end
  for _, t in ipairs(ctx.plan.order) do
    for _, f in ipairs(t.installs) do
      local from = f.root == "src" and src_path(ctx, f.path) or f.path
      local dir = under[f.dir]
      local sub = f.name:match("^(.*)/[^/]*$")
      if sub then dir = dir .. "/" .. word_text(ctx, sub, t.name, f.key) end
      local dest = under[f.dir] .. "/" .. word_text(ctx, f.name, t.name, f.key)
      if not dirs[dir] then
        dirs[dir] = true
        install[#install + 1] = "mkdir -p " .. dir
      end
      install[#install + 1] = "cp " .. word_text(ctx, from, t.name, f.key) .. " " .. dest
      install[#install + 1] = "chmod " .. f.mode .. " " .. dest
      uninstall[#uninstall + 1] = "rm -f " .. dest
      for _, l in ipairs(f.links or {}) do
        local at = under[f.dir] .. "/" .. word_text(ctx, l[1], t.name, "output_name")
        install[#install + 1] = "rm -f " .. at .. " && ln -s " ..
                                word_text(ctx, l[2], t.name, "output_name") .. " " .. at
        uninstall[#uninstall + 1] = "rm -f " .. at
      end
    end
  end
  -- The project's pkg-config file (pcfile.lua): this install's
  -- directories, then the body export wrote beside build.ninja.
  local pc = ctx.plan.pc
  if pc then
    local prefix = "$${PREFIX:-/usr/local}"
    local dir = under.libdir .. "/pkgconfig"
    install[#install + 1] = "mkdir -p " .. dir
    install[#install + 1] = "{ echo \"prefix=" .. prefix .. "\"; echo \"libdir=" .. prefix ..
      "/" .. syntax.literal(ctx.plan.install.libdir) .. "\"; echo \"includedir=" .. prefix ..
      "/" .. syntax.literal(ctx.plan.install.includedir) .. "\"; cat " .. pc.file .. ".in; } >" ..
      dir .. "/" .. pc.file
    install[#install + 1] = "chmod 644 " .. dir .. "/" .. pc.file
    uninstall[#uninstall + 1] = "rm -f " .. dir .. "/" .. pc.file
  end
  -- The project's own directories, once uninstall has emptied them.
  for _, d in ipairs(ctx.plan.owned_dirs) do
    uninstall[#uninstall + 1] = "{ rmdir " .. under[d.dir] .. "/" .. word_text(ctx, d.name, nil, nil) ..
                                " 2>/dev/null || :; }"
  end
  local set = "d=$${DESTDIR}$${PREFIX:-/usr/local}"
  install[#install + 1] = ":"
  uninstall[#uninstall + 1] = ":"
  out[#out + 1] = "rule install"
  out[#out + 1] = "  command = " .. set .. " && " .. table.concat(install, " && ")
  out[#out + 1] = "  description = INSTALL"
  out[#out + 1] = "build install: install | all"
  out[#out + 1] = "rule uninstall"
  out[#out + 1] = "  command = " .. set .. " && " .. table.concat(uninstall, " && ")
  out[#out + 1] = "  description = UNINSTALL"
  out[#out + 1] = "build uninstall: uninstall"
  -- test: the test programs, then kindler-test.sh (export/testscript.lua)
  -- on the terminal.
  local programs = {}
  for _, f in ipairs(testscript.programs(ctx.plan)) do
    programs[#programs + 1] = path_text(ctx, f, nil, nil)
  end
  out[#out + 1] = "rule test"
  out[#out + 1] = "  command = SRCDIR=" .. word_text(ctx, ctx.opts.srcdir, nil, nil) ..
                  " sh " .. testscript.FILE
  out[#out + 1] = "  description = TEST"
  out[#out + 1] = "  pool = console"
  out[#out + 1] = joined({ "build test: test", #programs > 0 and "|" or "",
                           table.concat(programs, " ") })
  out[#out + 1] = "rule clean"
  out[#out + 1] = "  command = ninja -t clean"
  out[#out + 1] = "  description = CLEAN"
  out[#out + 1] = "build clean: clean"
  out[#out + 1] = ""
end

-- The path of a file a re-export reads, as build.ninja names it, or nil
-- when it cannot be named (it is then not watched).
local function watched_path(ctx, input)
  local path = input.path
  if input.src then
    path = src_path(ctx, path)
  elseif input.dir and ctx.opts.cache_dir then
    path = ctx.opts.cache_dir .. "/" .. path:match("[^/]*$")
  end
  return syntax.path(path)
end

-- build.ninja as an output of the project file and the caches and hints
-- it was exported with: ninja exports again, then reads the new one. An
-- export leaves a build.ninja that would not change as it is, and with
-- `restat` ninja then sees that nothing changed: a project file touched
-- but not changed costs one export, not a reload of the build.ninja (the
-- build log keeps the time of the newest input, so the edge is clean).
local function regenerate_edge(ctx, out)
  local opts = ctx.opts
  local project = src_path(ctx, opts.project_file)
  local watched = { path_text(ctx, project, nil, nil) }
  for _, input in ipairs(ctx.plan.regenerate) do
    watched[#watched + 1] = watched_path(ctx, input)
  end
  local args = {}
  for _, a in ipairs(opts.export_args) do args[#args + 1] = word_text(ctx, a, nil, nil) end
  local env = opts.cache_dir and "KINDLER_CACHE_DIR=" .. word_text(ctx, opts.cache_dir, nil, nil) .. " "
              or ""
  out[#out + 1] = "rule kindler"
  out[#out + 1] = "  command = " .. joined({ env .. word_text(ctx, opts.program, nil, nil),
                  "export -f", word_text(ctx, project, nil, nil), "-B .", table.concat(args, " ") })
  out[#out + 1] = "  description = kindler: exporting again"
  out[#out + 1] = "  generator = 1"
  out[#out + 1] = "  restat = 1"
  out[#out + 1] = "build build.ninja: kindler " .. table.concat(watched, " ")
  -- A watched file that is gone must export again, not stop ninja.
  for _, f in ipairs(watched) do out[#out + 1] = "build " .. f .. ": phony" end
  out[#out + 1] = ""
end

-- What stands in for build.ninja while an export puts its files in place
-- (commit.lua): found there, that export was killed.
local STAND_IN = [[
# Kindler is putting a new export in place here, or one was interrupted.
rule stop
  command = echo 'kindler: an export into this directory did not finish (it was killed): run kindler export again, which completes it' >&2; exit 1
build stop all install uninstall test clean: stop
default stop
]]

-- export(plan, opts) -> { files, stand_ins, dirs, ok }: see
-- modules.lua's register_exporter.
function M.export(plan, opts)
  local ctx = { plan = plan, opts = opts, d = opts.d, where_target = opts.where_target }
  -- The launcher's words (--launcher), put before every compile.
  local launcher = {}
  for i, word in ipairs(opts.launcher or {}) do launcher[i] = word_text(ctx, word, nil, nil) end
  ctx.launcher = joined(launcher)
  local body, artifacts, dirs = {}, {}, {}
  for _, t in ipairs(plan.order) do
    target_section(ctx, body, t)
    if t.artifact.path ~= "" and t.build_by_default then
      artifacts[#artifacts + 1] = path_text(ctx, t.artifact.path, t.name, "output_name")
    end
    if #t.objects > 0 then dirs[#dirs + 1] = t.dir end
    if t.gendir then dirs[#dirs + 1] = t.gendir end
  end
  local out = {
    "# build.ninja for " .. syntax.comment(plan.nir.project.name) .. ", written by Kindler " ..
      opts.version .. " from " .. syntax.comment(opts.project_file) .. ".",
    opts.standalone and "# Standalone: it never runs Kindler; export it again after a change."
      or "# Do not edit: change " .. syntax.comment(opts.project_file) ..
         " instead; ninja exports again when it changes.",
    "ninja_required_version = 1.7",
    "",
  }
  -- The programs of the generate steps: edit or override them as variables.
  for _, g in ipairs(plan.tools.generators) do
    out[#out + 1] = tool_variable(g.tool) .. " = " .. syntax.literal(g.command)
  end
  if #plan.tools.generators > 0 then out[#out + 1] = "" end
  for _, l in ipairs(body) do out[#out + 1] = l end
  out[#out + 1] = joined({ "build all: phony", table.concat(artifacts, " ") })
  out[#out + 1] = "default all"
  out[#out + 1] = ""
  install_edges(ctx, out)
  if not opts.standalone then regenerate_edge(ctx, out) end
  local text = table.concat(out, "\n") .. "\n"
  local files = { ["build.ninja"] = text, [testscript.FILE] = testscript.text(plan, opts) }
  if plan.pc then files[plan.pc.file .. ".in"] = plan.pc.body end
  return { files = files, main = "build.ninja",
           stand_ins = { ["build.ninja"] = STAND_IN }, dirs = dirs, ok = not ctx.failed }
end

return M
