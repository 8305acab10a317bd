-- cacheentries.lua: the entries of the caches kindler-bootstrap writes
-- (cache/FORMAT lists and explains every key): an OS cache from its OS hint
-- and the tools found on this machine, a compiler cache from its hint and
-- what the probes proved (kindler.probe.compiler's result).
local host = require "kindler.host"
local vocabulary = require "kindler.probe.vocabulary"

local M = {}

-- A hint's string (or number, as a string); nil for anything else.
local function str(v)
  if type(v) == "string" then return v end
  if type(v) == "number" then return tostring(v) end
  return nil
end

local function bool(v) return v == true end

-- A hint's list as one string of words.
local function joined(list)
  if type(list) ~= "table" then return "" end
  local parts = {}
  for _, v in ipairs(list) do parts[#parts + 1] = tostring(v) end
  return table.concat(parts, " ")
end

-- The install directories below PREFIX, where a hint leaves one out.
local INSTALL_DIRS = { bindir = "bin", libdir = "lib", includedir = "include",
                       mandir = "share/man", datadir = "share" }

-- The entries of the OS cache of rec (a kindler.hints record), on the host
-- (what uname() says about this machine is added) or for a --target.
-- tools: what kindler.probe.tools found on this machine, where the build runs.
-- target: the triple of a --target profile (this machine's release and
-- machine are then not the target's).
function M.os_entries(rec, tools, target)
  local h = rec.hint
  local e = {}
  e["os.name"] = h.name
  e["os.uname"] = joined(h.uname)
  e["os.cross"] = bool(h.cross)
  if target then
    e["os.target"] = target
  else
    local u = host.uname() or {}
    e["os.release"] = u.release or ""
    e["os.machine"] = u.machine or ""
  end
  e["compilers"] = joined(h.compilers)
  if h.runner ~= nil then e["runner"] = str(h.runner) end
  e["library_paths"] = joined(h.library_paths)
  for _, what in ipairs({ "executable", "staticlib", "sharedlib" }) do
    local t = type(h[what]) == "table" and h[what] or {}
    e[what .. ".prefix"] = str(t.prefix) or ""
    e[what .. ".suffix"] = str(t.suffix) or ""
  end
  local sl = type(h.sharedlib) == "table" and h.sharedlib or {}
  e["sharedlib.versioning"] = str(sl.versioning) or "none"
  e["sharedlib.install_dir"] = str(sl.install_dir)
  e["sharedlib.member"] = str(sl.member)
  if type(h.import_library) == "table" then
    e["import_library.prefix"] = str(h.import_library.prefix) or ""
    e["import_library.suffix"] = str(h.import_library.suffix) or ""
  end
  e["object_suffix"] = str(h.object_suffix) or ".o"
  local abis = type(h.abis) == "table" and h.abis or {}
  e["abi.default"] = str(abis.default) or ""
  for name, abi in pairs(abis) do
    if name ~= "default" and type(abi) == "table" then
      e["abi." .. name .. ".libdir"] = str(abi.libdir) or "lib"
      if type(abi.library_paths) == "table" then
        e["abi." .. name .. ".library_paths"] = joined(abi.library_paths)
      end
    end
  end
  local install = type(h.install) == "table" and h.install or {}
  for _, k in ipairs({ "bindir", "libdir", "includedir", "mandir", "datadir" }) do
    e["install." .. k] = str(install[k]) or INSTALL_DIRS[k]
  end
  local rpath = type(h.rpath) == "table" and h.rpath or {}
  e["rpath.supported"] = bool(rpath.supported)
  e["rpath.origin"] = str(rpath.origin) or false
  local make = type(h.make) == "table" and h.make or {}
  e["make.name"] = str(make.name) or "make"
  e["make.has_C_flag"] = bool(make.has_C_flag)
  e["make.include"] = bool(make.include)
  e["make.max_args"] = type(make.max_args) == "number" and make.max_args or 4096
  local shell = type(h.shell) == "table" and h.shell or {}
  e["shell.path"] = str(shell.path) or "/bin/sh"
  e["shell.posix"] = bool(shell.posix)
  e["shell.posix_path"] = str(shell.posix_path)
  for tool, command in pairs(tools) do e["tools." .. tool] = command end
  e["hint.path"] = rec.path
  return e
end

-- The entries of a compiler cache from a probe result (kindler.probe.compiler).
-- cross: the compiler was probed for a --target profile, so the probe
-- programs it built were not run (probe.ran).
function M.compiler_entries(rec, os_rec, result, cross)
  local flags = result.flags
  local e = {}
  e["compiler.name"] = rec.hint.name
  e["compiler.version"] = result.version or "unknown"
  e["probe.ran"] = not cross
  for lang, d in pairs(result.drivers) do
    e["driver." .. lang] = d.command
    e["driver." .. lang .. ".path"] = d.path
    e["driver." .. lang .. ".size"] = d.size
    e["driver." .. lang .. ".mtime"] = d.mtime
    e["driver." .. lang .. ".version"] = d.version
  end
  for _, std in ipairs(vocabulary.STANDARDS) do
    e["std." .. std] = result.stds[std] or false
  end
  for dialect, stds in pairs(result.dialects or {}) do
    for std, value in pairs(stds) do e["std." .. std .. "." .. dialect] = value or false end
  end
  for _, name in ipairs(vocabulary.PLAIN_FLAGS) do
    e["flag." .. name] = str(flags[name]) or false
  end
  for _, name in ipairs(vocabulary.VERIFIED_FLAGS) do
    e["flag." .. name] = result[name] or false
  end
  e["flag.rpath_join"] = result.rpath and str(flags.rpath_join) or false
  if type(flags.rpath_tail) == "table" then
    e["flag.rpath_tail"] = joined(flags.rpath_tail)
  end
  if flags.depfile_target ~= nil then
    e["flag.depfile_target"] = result.depfile_target or false
  end
  if flags.depfile_system ~= nil then
    e["flag.depfile_system"] = result.depfile_system or false
  end
  if flags.implib ~= nil then
    e["flag.implib"] = str(flags.implib) or false
  end
  if flags.static_runtime ~= nil then
    e["flag.static_runtime"] = str(flags.static_runtime) or false
  end
  for name, value in pairs(result.abi or {}) do
    e["flag.abi." .. name] = value or false
  end
  for lang, features in pairs(result.features) do
    for _, f in ipairs(vocabulary.FEATURES) do
      e["feature." .. lang .. "." .. f] = features[f] == true
    end
  end
  local ar = type(rec.hint.archiver) == "table" and rec.hint.archiver or {}
  e["archiver.command"] = str(ar.command) or "ar"
  e["archiver.create"] = str(ar.create) or "rc"
  e["archiver.ranlib"] = str(ar.ranlib) or false
  e["hint.path"] = rec.path
  e["hint.os"] = os_rec.hint.name
  e["hint.os_path"] = os_rec.path
  e["hint.os_digest"] = os_rec.digest
  return e
end

return M
