-- command/kindler/export.lua: kindler export and kindler check. Runs the
-- steps of a run (steps.lua), plans the build (kindler.plan) and runs each
-- exporter named with -e on the plan; export then writes what they return
-- into the build directory as one change (kindler.commit), check writes
-- nothing.
local host = require "kindler.host"
local buildtype = require "kindler.buildtype"
local cache = require "kindler.cache"
local commit = require "kindler.commit"
local ir = require "kindler.ir"
local modules = require "kindler.modules"
local paths = require "kindler.paths"
local options = require "kindler.command.kindler.options"
local output = require "kindler.command.kindler.output"
local steps = require "kindler.command.kindler.steps"

local option, usage = options.value, options.usage
local say, count = output.say, output.count

local M = {}

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

-- Steps 3 to 8: what each exporter named with -e (make by default) would
-- write, or nil after an error. Every exporter runs before anything is
-- written: one that fails leaves the build directory as it was.
local function exported(request, d)
  local names, named = {}, {}
  for _, name in ipairs(options.values(request, "e")) do
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
  local parsed = steps.validated_ir(request, d)
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
  local nir, env = steps.normalized_ir(request, d, parsed)
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
function M.check(request, d)
  local outs, status = exported(request, d)
  if outs and d.errors == 0 then
    local file = request.document.path
    if d.warnings == 0 then say(1, file, ": ok")
    else say(1, file, ": ", count(d.warnings, "warning")) end
  end
  return status
end

function M.export(request, d)
  local outs, status, build, summary = exported(request, d)
  if not outs then return status end
  if host.failed() then return end
  local written = write_build_files(d, build, outs)
  if written == 0 then say(1, "up to date: ", summary)
  elseif written then say(1, "wrote ", summary) end
end

return M
