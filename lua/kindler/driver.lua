-- driver.lua: runs one kindler command through the steps of a run
-- (kindler(5), VALIDATION): parse (done by the host), shape, structural
-- validation, semantic validation, normalization, toolchain and OS
-- validation against the caches, final normalization, export. Returns an
-- exit status when the command needs one beyond what the diagnostics
-- decide.
local host = require "kindler.host"
local buildtype = require "kindler.buildtype"
local cache = require "kindler.cache"
local commit = require "kindler.commit"
local diag = require "kindler.diag"
local ir = require "kindler.ir"
local json = require "kindler.syntax.json"
local modules = require "kindler.modules"
local normalize = require "kindler.normalize"
local paths = require "kindler.paths"

local M = {}

local function option(request, name)
  local value
  for _, pair in ipairs(request.options) do
    if pair[1] == name then value = pair[2] end
  end
  return value
end

local function usage(message)
  io.stderr:write("kindler: ", message, "\n")
  return 2
end

-- What a run says on standard output (kindler(1), -q and -v): 0 nothing
-- (-q), 1 one line when it ends (the default), 2 each stage and file (-v).
local verbosity = 1
local function say(level, ...)
  if verbosity >= level then io.write("kindler: ", ...) io.write("\n") end
end

-- "N things" or "1 thing".
local function count(n, word)
  return n .. " " .. word .. (n == 1 and "" or "s")
end

-- Loads the modules the project names (project.modules), which register
-- what they bring; false after an error.
local function load_modules(request, doc_ir, d)
  local project_dir = paths.dirname(request.document.path)
  modules.context = { d = d, parsed = doc_ir, project_dir = project_dir }
  require("kindler.module.call").d = d
  local names = doc_ir.project and doc_ir.project.modules
  if not names then return true end
  local loader = require "kindler.module.loader"
  for i, name in ipairs(names) do
    if not loader.valid_name(name) then
      d:report("KIN-108", names, i, "module name " .. diag.quoted(name) ..
               " is neither a plain name nor ./PATH below the project's directory",
               "name a module by its file's name without .lua (kindler-modules(7))")
      return false
    end
  end
  if not loader.load(d, require("kindler.module.api"), names, project_dir) then
    return false
  end
  say(2, "loaded ", count(#names, "module"))
  return true
end

-- Steps 1 and 2: the IR as parsed, or nil after a structural error. The
-- project's modules load once its structure is sound; their normalizers
-- add defaults, their after_parse hooks and structure validators run.
local function parsed_ir(request, d)
  local doc_ir = require("kindler.shape").shape(request.document, d)
  say(2, "read ", request.document.path)
  if not require("kindler.validate.structure").validate(doc_ir, d) then
    return nil
  end
  if not load_modules(request, doc_ir, d) then return nil end
  modules.run_normalizers(doc_ir)
  modules.run_hooks("after_parse", doc_ir)
  modules.run_validators("structure", doc_ir, d)
  return d.errors == 0 and doc_ir or nil
end

-- Steps 1 to 4: the validated IR, or nil after a structural error.
local function validated_ir(request, d)
  local doc_ir = parsed_ir(request, d)
  if not doc_ir then return nil end
  require("kindler.validate.semantic").validate(doc_ir, d)
  modules.run_validators("semantic", doc_ir, d)
  say(2, "validated the structure and the meaning")
  return doc_ir
end

-- Steps 3 to 6: the normalized IR with its environment, or nil.
local function normalized_ir(request, d, parsed)
  parsed = parsed or validated_ir(request, d)
  if not parsed then return nil end
  local env = require("kindler.toolchain").load(d, option(request, "cache-dir"),
                                                option(request, "target"))
  if not env then return nil end
  normalize.add_static_twins(parsed, d)
  if d.errors > 0 then return nil end
  local nir = normalize.defaults(parsed)
  if not require("kindler.validate.environment").validate(
      nir, parsed, env, d, option(request, "toolchain")) then
    return nil
  end
  require("kindler.pkgconfig").expand(nir, parsed, d)
  require("kindler.facts").gather(nir, env, d, cache.search_dirs(option(request, "cache-dir"),
                                                                  option(request, "target")))
  modules.run_validators("environment", nir, d)
  say(2, "normalized for ", env.os["os.name"] or "this system", "'s caches")
  local finished, errors = normalize.finish(nir, env.os), d.errors
  modules.run_hooks("after_normalize", finished)
  if d.errors > errors then return nil end
  return finished, env, parsed
end

local commands = {}

function commands.dump(request, d)
  local stage = option(request, "stage") or "parsed"
  local doc_ir
  if stage == "parsed" then
    doc_ir = parsed_ir(request, d)
  elseif stage == "normalized" then
    doc_ir = normalized_ir(request, d)
  else
    return usage("unknown stage '" .. stage .. "' (parsed or normalized)")
  end
  if doc_ir and d.errors == 0 then io.write(json.encode(doc_ir)) end
end

-- The cache directory an export was given (--cache-dir, else
-- KINDLER_CACHE_DIR), as seen from the build directory, or nil when the
-- search path was used.
local function cache_dir_from(request, build_abs)
  local dir = option(request, "cache-dir")
  if not dir then
    dir = host.getenv("KINDLER_CACHE_DIR")
    if dir == "" then dir = nil end
  end
  if dir and dir:sub(1, 1) ~= "/" then
    dir = paths.relative(build_abs, paths.absolute(dir))
  end
  return dir
end

-- Writes what the exporters returned into the build directory, as one
-- change (commit.lua): their files, untouched when unchanged but for
-- those marked `always`, and their seeds only where no file is yet (they
-- hold what builds learn, such as dependencies). A file two exporters
-- write (the make and gmake exports' flags files, the same text: see
-- exported) is written once.
local function write_build_files(d, build, outs)
  if not commit.recover(d, build) then return end
  -- Nothing is made or written through a symbolic link below build, nor
  -- on the way to a build directory named from here (the default "build"
  -- of a project that ships it as a link included).
  if build:sub(1, 1) ~= "/" and not commit.inside(d, ".", build) then return end
  for _, out in ipairs(outs) do
    for _, dir in ipairs(out.dirs or {}) do
      if not commit.inside(d, build, dir) then return end
    end
    for _, name in ipairs(ir.sorted_keys(out.files)) do
      if not commit.inside(d, build, name) then return end
    end
    for _, name in ipairs(ir.sorted_keys(out.seeds or {})) do
      if not commit.inside(d, build, name) then return end
    end
  end
  local made, err = host.mkdirs(build)
  local changes, planned = {}, {}
  for _, out in ipairs(outs) do
    for _, dir in ipairs(out.dirs or {}) do
      if made then made, err = host.mkdirs(build .. "/" .. dir) end
    end
    for _, name in ipairs(ir.sorted_keys(out.seeds or {})) do
      if not host.stat(build .. "/" .. name) then
        changes[#changes + 1] = { name = name, text = out.seeds[name] }
      end
    end
    local always = {}
    for _, name in ipairs(out.always or {}) do always[name] = true end
    for _, name in ipairs(ir.sorted_keys(out.files)) do
      local text = out.files[name]
      if not planned[name] and
         (always[name] or host.read_file(build .. "/" .. name) ~= text) then
        planned[name] = true
        changes[#changes + 1] = { name = name, text = text,
                                  stand_in = (out.stand_ins or {})[name] }
      end
    end
  end
  if not made then
    d:report("KIN-707", nil, nil, err)
    return
  end
  if not commit.write(d, build, changes) then return nil end
  for _, change in ipairs(changes) do say(2, "wrote ", build, "/", change.name) end
  return #changes
end

-- Every value of an option given more than once, in order.
local function options(request, name)
  local values = {}
  for _, pair in ipairs(request.options) do
    if pair[1] == name then values[#values + 1] = pair[2] end
  end
  return values
end

-- Steps 3 to 8: what each exporter named with -e (make by default) would
-- write, or nil after an error. Every exporter runs before anything is
-- written: one that fails leaves the build directory as it was.
local function exported(request, d)
  local names, named = {}, {}
  for _, name in ipairs(options(request, "e")) do
    if not named[name] then names[#names + 1], named[name] = name, true end
  end
  if #names == 0 then names = { "make" } end
  local build_type = option(request, "config") or buildtype.DEFAULT
  if not buildtype.TYPES[build_type] then
    return nil, usage("unknown build type '" .. build_type .. "' (" ..
                      table.concat(buildtype.NAMES, ", ") .. ")")
  end
  -- The exporters are known once the project's modules have registered
  -- theirs, before the caches are read.
  local parsed = validated_ir(request, d)
  if not parsed then return nil end
  for _, name in ipairs(names) do
    if not modules.exporters[name] then
      local known = {}
      for n in pairs(modules.exporters) do known[#known + 1] = n end
      table.sort(known)
      return nil, usage("unknown exporter '" .. name .. "' (" ..
                        table.concat(known, ", ") .. ")")
    end
  end
  local nir, env = normalized_ir(request, d, parsed)
  if not nir then return nil end
  local file = request.document.path
  local where_target = function(name) return parsed.targets[name] end
  local the_plan = require("kindler.plan").plan(nir, {
    d = d, env = env, scan_root = paths.dirname(file), where_target = where_target,
    build_type = build_type,
  })
  if not the_plan then return nil end
  local errors = d.errors
  modules.run_hooks("before_export", the_plan)
  if d.errors > errors then return nil end
  local objects = 0
  for _, t in ipairs(the_plan.order) do objects = objects + #t.objects end
  local sizes = count(#the_plan.order, "target") .. ", " .. count(objects, "object")
  say(2, "planned ", sizes)
  local build = option(request, "B") or "build"
  local build_abs = paths.absolute(build)
  -- A re-export runs every exporter of this one, on the same plan.
  local export_args = {}
  for _, name in ipairs(names) do
    export_args[#export_args + 1] = "-e"
    export_args[#export_args + 1] = name
  end
  for _, name in ipairs({ "config", "toolchain", "launcher", "target" }) do
    local value = option(request, name)
    if value then
      export_args[#export_args + 1] = "--" .. name
      export_args[#export_args + 1] = value
    end
  end
  -- The launcher's words (ccache, distcc ...) go before each compile.
  local launcher = {}
  for word in (option(request, "launcher") or ""):gmatch("%S+") do
    launcher[#launcher + 1] = word
  end
  local opts = {
    d = d, version = host.version, where_target = where_target,
    build_dir = build_abs,
    srcdir = paths.relative(build_abs, paths.absolute(paths.dirname(file))),
    project_file = paths.basename(file),
    -- Caches of another system: the build runs where no kindler need
    -- be, so nothing exports again (kindler(1), --target).
    standalone = option(request, "standalone") ~= nil or env.foreign,
    program = request.program,
    cache_dir = cache_dir_from(request, build_abs),
    user_cache_dir = cache.user_dir(),
    export_args = export_args,
    launcher = launcher,
  }
  -- Two exporters may write one file (the flags files of make and
  -- gmake) only with the same text.
  local outs, owner, mains = {}, {}, {}
  for _, name in ipairs(names) do
    local out = modules.exporters[name](the_plan, opts)
    if not out.ok then return nil end
    say(2, "exporter ", name, ": ", table.concat(ir.sorted_keys(out.files), ", "))
    mains[#mains + 1] = build .. "/" .. (out.main or ir.sorted_keys(out.files)[1] or name)
    for _, file in ipairs(ir.sorted_keys(out.files)) do
      local first = owner[file]
      if first and first.text ~= out.files[file] then
        d:report("KIN-790", nil, nil, string.format(
          "the exporters '%s' and '%s' both write '%s', differently",
          first.name, name, file))
        return nil
      end
      owner[file] = first or { name = name, text = out.files[file] }
    end
    outs[#outs + 1] = out
  end
  -- The config headers (confighdr.lua), whichever exporters ran.
  if next(the_plan.generated) then
    local dirs, seen = {}, {}
    for _, path in ipairs(ir.sorted_keys(the_plan.generated)) do
      local dir = paths.dirname(path)
      if not seen[dir] then seen[dir], dirs[#dirs + 1] = true, dir end
    end
    outs[#outs + 1] = { files = the_plan.generated, dirs = dirs }
  end
  if modules.hooks.after_export then
    local files = {}
    for _, out in ipairs(outs) do
      for name, text in pairs(out.files) do files[name] = text end
    end
    local errors = d.errors
    modules.run_hooks("after_export", the_plan, files)
    if d.errors > errors then return nil end
  end
  return outs, nil, build, table.concat(mains, " and ") .. " (" .. sizes .. ")"
end

-- check: everything export does but writing, so that a project check
-- accepts is one export accepts (a path make cannot express included).
function commands.check(request, d)
  local outs, status = exported(request, d)
  if outs and d.errors == 0 then
    local file = request.document.path
    if d.warnings == 0 then say(1, file, ": ok")
    else say(1, file, ": ", count(d.warnings, "warning")) end
  end
  return status
end

function commands.export(request, d)
  local outs, status, build, summary = exported(request, d)
  if not outs then return status end
  if host.failed() then return end
  local written = write_build_files(d, build, outs)
  if written == 0 then say(1, "up to date: ", summary)
  elseif written then say(1, "wrote ", summary) end
end

function commands.cache(request, d)
  local sub, name = request.operands[1], request.operands[2]
  local target = option(request, "target")
  local dirs = cache.search_dirs(option(request, "cache-dir"), target)
  if sub == "list" then
    -- This system's caches (or --target's), then each profile's.
    local lists = { { dirs = dirs, what = target or "" } }
    if not target then
      for _, triple in ipairs(cache.profiles(dirs)) do
        lists[#lists + 1] = { dirs = cache.search_dirs(option(request, "cache-dir"), triple),
                              what = triple }
      end
    end
    for _, list in ipairs(lists) do
      for _, kind in ipairs({ "os", "compiler", "facts" }) do
        local names, where = cache.names(list.dirs, kind)
        for _, n in ipairs(names) do
          io.write(string.format("%-8s %-12s %-20s %s\n", kind, n,
                                 list.what == "" and "-" or list.what, where[n]))
        end
      end
    end
    return
  elseif sub == "show" and name then
    local found = false
    for _, kind in ipairs({ "os", "compiler", "facts" }) do
      local names = cache.names(dirs, kind)
      for _, n in ipairs(names) do
        if n == name then
          found = true
          local c = cache.find(d, dirs, kind, n, true,
                               option(request, "cache-dir") ~= nil)
          if c then io.write(cache.describe(c)) end
        end
      end
    end
    if not found then
      local there = {}
      for _, kind in ipairs({ "os", "compiler", "facts" }) do
        local names = cache.names(dirs, kind)
        if #names > 0 then there[#there + 1] = kind .. " " .. table.concat(names, ", ") end
      end
      if #there == 0 then
        d:report("KIN-700", nil, nil, "no cache named '" .. name .. "' in " ..
                 table.concat(dirs, ", ") .. ", nor any other", "run kindler-bootstrap")
      else
        return usage("no cache named '" .. name .. "'; there are: " ..
                     table.concat(there, "; ") .. " (kindler cache list)")
      end
    end
    return
  end
  return usage("cache takes 'list' or 'show NAME'")
end

-- module list: every module found, in search order (module/loader.lua),
-- for the project of -f (else the current directory).
function commands.module(request)
  if request.operands[1] ~= "list" or request.operands[2] then
    return usage("module takes 'list'")
  end
  local file = option(request, "f")
  local loader = require "kindler.module.loader"
  for _, m in ipairs(loader.list(file and paths.dirname(file) or ".")) do
    io.write(string.format("%-16s %-9s %s%s\n", m.name, m.what, m.path,
                           m.shadowed and " (shadowed)" or ""))
  end
end

function commands.init(request, d)
  return require("kindler.starter").run(request.operands, option(request, "name"),
                                     option(request, "type"), d)
end

function M.main(request)
  verbosity = option(request, "q") and 0 or option(request, "v") and 2 or 1
  local command = commands[request.command]
  if not command then
    return usage("'" .. request.command .. "' is not available yet")
  end
  return command(request, diag.new(request.document))
end

return M
