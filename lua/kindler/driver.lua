-- driver.lua: runs one kindler command through the lifecycle of the IR
-- specification: parse (done by the host), shape, structural validation,
-- semantic validation, normalization, toolchain and OS validation against
-- the caches, final normalization, export. Returns an exit status when the
-- command needs one beyond what the diagnostics decide.
local host = require "kindler.host"
local cache = require "kindler.cache"
local diag = require "kindler.diag"
local json = require "kindler.json"
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

-- Steps 1 and 2: the IR as parsed, or nil after a structural error.
local function parsed_ir(request, d)
  local doc_ir = require("kindler.shape").shape(request.document, d)
  if not require("kindler.validate.structure").validate(doc_ir, d) then
    return nil
  end
  modules.run_validators("structure", doc_ir, d)
  return d.errors == 0 and doc_ir or nil
end

-- Steps 1 to 4: the validated IR, or nil after a structural error.
local function validated_ir(request, d)
  local doc_ir = parsed_ir(request, d)
  if not doc_ir then return nil end
  require("kindler.validate.semantic").validate(doc_ir, d)
  modules.run_validators("semantic", doc_ir, d)
  return doc_ir
end

-- Steps 3 to 6: the normalized IR with its environment, or nil.
local function normalized_ir(request, d)
  local parsed = validated_ir(request, d)
  if not parsed then return nil end
  local env = require("kindler.toolchain").load(d, option(request, "cache-dir"))
  if not env then return nil end
  local nir = normalize.defaults(parsed)
  if not require("kindler.validate.environment").validate(
      nir, parsed, env, d, option(request, "toolchain")) then
    return nil
  end
  modules.run_validators("environment", nir, d)
  return normalize.finish(nir, env.os), env, parsed
end

local commands = {}

function commands.check(request, d)
  normalized_ir(request, d)
end

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

-- The kindler arguments that export this project again, as the Makefile's
-- kindler.stamp rule runs them from the build directory.
local function regenerate_args(request, file, src_abs, build_from_src, exporter)
  local words = { "-C $(SRCDIR) export -f", file, "-B", build_from_src,
                  "-e", exporter }
  local toolchain = option(request, "toolchain")
  if toolchain then words[#words + 1] = "--toolchain " .. toolchain end
  -- The rule runs from the source directory: a relative cache directory is
  -- given relative to it.
  local cache_dir = option(request, "cache-dir")
  if cache_dir then
    if cache_dir:sub(1, 1) ~= "/" then
      cache_dir = paths.relative(src_abs, paths.absolute(cache_dir))
    end
    words[#words + 1] = "--cache-dir " .. cache_dir
  end
  return table.concat(words, " ")
end

function commands.export(request, d)
  local exporter_name = option(request, "e") or "make"
  local exporter = modules.exporters[exporter_name]
  if not exporter then
    local names = {}
    for name in pairs(modules.exporters) do names[#names + 1] = name end
    table.sort(names)
    return usage("unknown exporter '" .. exporter_name .. "' (" ..
                 table.concat(names, ", ") .. ")")
  end
  local nir, env, parsed = normalized_ir(request, d)
  if not nir then return end
  local file = request.document.path
  local src_abs = paths.absolute(paths.dirname(file))
  local build_abs = paths.absolute(option(request, "B") or "build")
  local src_from_build = paths.relative(build_abs, src_abs)
  local files, dirs, ok = exporter(nir, {
    d = d, env = env, version = host.version,
    srcdir = src_from_build,
    scan_root = paths.dirname(file),
    project_file = paths.basename(file),
    regenerate = regenerate_args(request, paths.basename(file), src_abs,
                                 paths.relative(src_abs, build_abs),
                                 exporter_name),
    where_target = function(name) return parsed.targets[name] end,
  })
  local werror = option(request, "Werror") ~= nil
  if not ok or d.errors > 0 or (werror and d.warnings > 0) then return end
  local build = option(request, "B") or "build"
  local made, err = host.mkdirs(build)
  for _, dir in ipairs(dirs) do
    if made then made, err = host.mkdirs(build .. "/" .. dir) end
  end
  if not made then
    d:report("KIN-707", nil, nil, err)
    return
  end
  local names = {}
  for name in pairs(files) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    local path = build .. "/" .. name
    -- The stamp's time is what matters: it is always written anew.
    if name == "kindler.stamp" then host.remove(path) end
    local written, werr = host.write_file(path, files[name], 420, false)
    if written == nil then
      d:report("KIN-707", nil, nil, werr)
      return
    end
  end
end

function commands.cache(request, d)
  local sub, name = request.operands[1], request.operands[2]
  local dirs = cache.search_dirs(option(request, "cache-dir"))
  if sub == "list" then
    for _, kind in ipairs({ "os", "compiler" }) do
      local names, where = cache.names(dirs, kind)
      for _, n in ipairs(names) do
        io.write(string.format("%-8s %-12s %s\n", kind, n, where[n]))
      end
    end
    return
  elseif sub == "show" and name then
    local found = false
    for _, kind in ipairs({ "os", "compiler" }) do
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
      d:report("KIN-700", nil, nil, "no cache named '" .. name .. "' in " ..
               table.concat(dirs, ", "), "run kindler-bootstrap")
    end
    return
  end
  return usage("cache takes 'list' or 'show NAME'")
end

function commands.init(request, d)
  return require("kindler.init").run(request.operands, option(request, "name"),
                                     option(request, "type"), d)
end

function M.main(request)
  local command = commands[request.command]
  if not command then
    return usage("'" .. request.command .. "' is not available yet")
  end
  return command(request, diag.new(request.document))
end

return M
