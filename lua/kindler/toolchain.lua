-- toolchain.lua: the caches a run works with, and which cached compiler
-- builds each target. Preferences, strongest first: --toolchain, the
-- target's toolchains, the project's (top-level or project.toolchains),
-- then the OS hint's order. A preference may name a module's resolver.
local cachekeys = require "kindler.cachekeys"
local host = require "kindler.host"
local cache = require "kindler.cache"
local modules = require "kindler.modules"

local M = {}

-- Loads the OS cache and every compiler cache: this system's, or those
-- of the profile of target (a triple), or of another machine when the
-- caches given are (cache.host_os). Returns an environment { os = entries,
-- compilers = { name = cache }, names = {...}, dirs, foreign (the OS cache
-- is not this system's: the build runs elsewhere, or for another system,
-- and the drivers are not checked here) } or nil
-- after an environment error was reported.
function M.load(d, cache_dir, target)
  local given = cache_dir ~= nil or (host.getenv("KINDLER_CACHE_DIR") or "") ~= ""
  local dirs = cache.search_dirs(cache_dir, target)
  local os_cache, other = cache.host_os(d, dirs, given, given or target ~= nil)
  if not os_cache then return nil end
  local env = { os = os_cache.entries, os_cache = os_cache, compilers = {},
                names = {}, dirs = dirs, foreign = other }
  for _, name in ipairs((cache.names(dirs, "compiler"))) do
    local c = cache.find(d, dirs, "compiler", name, false, given)
    -- Compilers probed for a cross profile (mingw_gcc for windows) do not
    -- build for this host.
    local for_os = c and cachekeys.compiler(c.entries, "hint.os")
    if for_os and for_os ~= cachekeys.os(env.os, "os.name") then c = nil end
    if c then
      env.compilers[name] = c
      env.names[#env.names + 1] = name
    end
  end
  return env
end

local function words(s)
  local out = {}
  for w in (s or ""):gmatch("%S+") do out[#out + 1] = w end
  return out
end

-- The cached compilers that drive family, in the order of env.names.
local function candidates(env, family)
  local names = {}
  for _, name in ipairs(env.names) do
    if cachekeys.compiler(env.compilers[name].entries, "driver." .. family) then names[#names + 1] = name end
  end
  return names
end

-- The preference list for family of a target, strongest first, without
-- repeats, and the set of names the user asked for (not the OS hint's
-- defaults). A name a module registered as a toolchain (modules.lua)
-- stands for the compiler its resolver chooses.
local function preferences(env, nir, target, family, forced)
  local prefs, seen, asked = {}, {}, {}
  local function add(list, by_user)
    for _, name in ipairs(list or {}) do
      local resolver = by_user and modules.toolchains[name]
      if resolver then name = resolver(target, family, candidates(env, family)) end
      if name and not seen[name] then
        seen[name] = true
        prefs[#prefs + 1] = name
        asked[name] = by_user
      end
    end
  end
  add({ forced }, true)
  add(target.toolchains, true)
  add(nir.toolchains, true)
  add(nir.project.toolchains, true)
  add(words(cachekeys.os(env.os, "compilers")), false)
  add(env.names, false)
  return prefs, asked
end

-- Chooses the compiler for family (c or c++) of target; reports KIN-203 for
-- a preferred toolchain with no cache (once per name) and returns the cache,
-- or nil when no cached compiler drives that family.
function M.choose(d, env, nir, target, family, forced, at)
  env.warned = env.warned or {}
  local prefs, asked = preferences(env, nir, target, family, forced)
  for _, name in ipairs(prefs) do
    local c = env.compilers[name]
    if c and cachekeys.compiler(c.entries, "driver." .. family) then return c end
    if not c and asked[name] and not env.warned[name] then
      env.warned[name] = true
      d:report("KIN-203", at and at.tbl, at and at.key, string.format(
        "toolchain '%s' has no cache; using another", name),
        "run kindler-bootstrap --compiler " .. name)
    end
  end
  return nil
end

-- KIN-202 when a compiler's driver differs from what the bootstrap saw.
function M.check_unchanged(d, c, family)
  local path = cachekeys.compiler(c.entries, "driver." .. family .. ".path")
  local info = path and host.stat(path)
  if not info then
    d:report("KIN-202", nil, nil, string.format(
      "%s: %s is gone since the bootstrap", c.name, tostring(path)))
  elseif info.size ~= cachekeys.compiler(c.entries, "driver." .. family .. ".size")
      or info.mtime ~= cachekeys.compiler(c.entries, "driver." .. family .. ".mtime") then
    d:report("KIN-202", nil, nil, string.format(
      "%s: %s has changed since the bootstrap (size or modification time)",
      c.name, path))
  end
end

return M
