-- cache.lua: finding, reading, checking and writing the binary caches of
-- kindler(1), FILES (the byte format is cache/FORMAT, coded in C++). A cache
-- is a flat map of keys to strings, numbers and booleans; cache/FORMAT lists
-- the keys. Every problem is a diagnostic naming the command to rerun.
local cachekeys = require "kindler.cachekeys"
local host = require "kindler.host"
local ir = require "kindler.ir"
local paths = require "kindler.paths"

local M = {}

M.SYSTEM_DIR = "/etc/kindler/cache"

-- The profile of target triple below a cache directory (cache/FORMAT,
-- section 1).
function M.profile_dir(dir, target)
  return dir .. "/targets/" .. target
end

-- The directories searched, in order: --cache-dir or KINDLER_CACHE_DIR
-- alone, else the user's, then the system's; with a target, the profile
-- of that triple in each.
function M.search_dirs(cache_dir, target)
  local dirs = {}
  local only = cache_dir or host.getenv("KINDLER_CACHE_DIR")
  if only and only ~= "" then
    dirs[1] = only
  else
    local home = host.getenv("HOME")
    if home and home ~= "" then dirs[#dirs + 1] = home .. "/.config/kindler/cache" end
    dirs[#dirs + 1] = M.SYSTEM_DIR
  end
  if target then
    for i, dir in ipairs(dirs) do dirs[i] = M.profile_dir(dir, target) end
  end
  return dirs
end

-- The profiles (target triples) below dirs, sorted, each once.
function M.profiles(dirs)
  local seen, triples = {}, {}
  for _, dir in ipairs(dirs) do
    for _, name in ipairs(host.list_dir(dir .. "/targets") or {}) do
      if not seen[name] and name:sub(1, 1) ~= "." then
        seen[name] = true
        triples[#triples + 1] = name
      end
    end
  end
  table.sort(triples)
  return triples
end

function M.user_dir()
  local home = host.getenv("HOME") or "."
  return home .. "/.config/kindler/cache"
end

-- The command that rewrites the caches of dir (a profile's with its
-- --target).
function M.rerun_command(dir, cache_dir_given)
  local base, target = dir:match("^(.*)/targets/([^/]+)$")
  local also = ""
  if base then dir, also = base, " --target " .. target end
  if cache_dir_given then return "kindler-bootstrap --cache-dir " .. dir .. also end
  if dir == M.SYSTEM_DIR then return "kindler-bootstrap --system" .. also .. " (as root)" end
  return "kindler-bootstrap --user" .. also
end

local function file_name(kind, name) return kind .. "_" .. name .. ".bin" end

-- Writes a cache atomically (mode 0644, directories 0755).
function M.write(dir, cache)
  local ok, err = host.mkdirs(dir)
  if not ok then return nil, err end
  local bytes, why = host.cache_encode(cache)
  if not bytes then return nil, why end
  local path = dir .. "/" .. file_name(cache.kind, cache.name)
  local written, werr = host.write_file(path, bytes, 420)
  if written == nil then return nil, werr end
  return path
end

local problem_codes = {
  truncated = "KIN-701", magic = "KIN-701", checksum = "KIN-701",
  malformed = "KIN-701", version = "KIN-702",
}

-- Someone besides this user and root could change the flags it holds: the
-- group or others may write it, or another user owns it.
local function foreign(info) return info.uid ~= 0 and info.uid ~= host.uid() end
local function group_or_others_write(info)
  return info.mode % 32 >= 16 or info.mode % 4 >= 2
end
local function writable_by_others(info)
  return group_or_others_write(info) or foreign(info)
end

-- The first directory from path up to the root that users other than
-- its owner and root could change: one the group or others may write
-- without the sticky bit, or one another user owns.
local function unsafe_ancestor(path)
  while true do
    local info = host.stat(path)
    local sticky = info and info.mode % 1024 >= 512
    if info and (group_or_others_write(info) and not sticky or foreign(info)) then
      return path
    end
    if path == "/" then return nil end
    path = paths.dirname(path)
  end
end

-- The first directory through which users other than its owner and root
-- could change the caches below dir: on its path as written (a symbolic
-- link there could be swapped) or as resolved (where the files are).
-- Nil when there is none. (A directory that does not exist is skipped:
-- the bootstrap asks before it makes it.) Each directory is asked once a
-- run: every cache of a directory shares the answer.
local unsafe_answers = {}
function M.unsafe_dir(dir)
  local written = paths.absolute(dir)
  local answer = unsafe_answers[written]
  if answer == nil then
    local existing, resolved = written, host.realpath(written)
    while not resolved and existing ~= "/" do
      existing = paths.dirname(existing)
      resolved = host.realpath(existing)
    end
    answer = unsafe_ancestor(written) or (resolved and unsafe_ancestor(resolved))
             or false
    unsafe_answers[written] = answer
  end
  return answer or nil
end

-- KIN-705 and true when users other than its owner and root could change
-- the file at path (a cache, a module): it is then ignored.
function M.refuse_unsafe(d, path)
  local unsafe = M.unsafe_dir(paths.dirname(path))
  if not writable_by_others(host.stat(path)) and not unsafe then return false end
  d:report("KIN-705", nil, nil, path .. " could be changed by users " ..
           "other than its owner and root" .. (unsafe and ", through " ..
           unsafe or "") .. "; ignored", "chown it to yourself or root, " ..
           "chmod 0644 " .. path .. ", and 0755 " .. (unsafe or "its directory"))
  return true
end

-- Reads and checks one cache file, which must be the `kind` cache of
-- `name` (its file name says so). Returns the cache table, or nil after
-- reporting why (through d, a kindler.diag reporter), and true as a second
-- value when the file was refused for its permissions (it then counts as
-- absent, and the next directory of the search path is tried).
function M.read(d, path, rerun, kind, name)
  if M.refuse_unsafe(d, path) then return nil, true end
  local bytes, err = host.read_file(path)
  if not bytes then
    d:report("KIN-701", nil, nil, err, "run " .. rerun)
    return nil
  end
  local cache, problem, message = host.cache_decode(bytes)
  if not cache then
    d:report(problem_codes[problem] or "KIN-701", nil, nil,
             path .. ": " .. message, "run " .. rerun)
    return nil
  end
  if cache.kindler_version ~= host.version then
    d:report("KIN-702", nil, nil, string.format(
      "%s was written by Kindler %s; this is Kindler %s", path,
      cache.kindler_version, host.version), "run " .. rerun)
    return nil
  end
  -- A cache copied or renamed to another name, or with a value of the
  -- wrong type or characters, is damaged: nothing reads it further.
  if cache.kind ~= kind or cache.name ~= name then
    d:report("KIN-701", nil, nil, string.format(
      "%s holds the %s cache of %s, not the %s cache of %s (was it copied " ..
      "or renamed?)", path, cache.kind, cache.name, kind, name), "run " .. rerun)
    return nil
  end
  local wrong = cachekeys.check(kind, cache.entries)
  if wrong then
    d:report("KIN-701", nil, nil, path .. ": " .. wrong, "run " .. rerun)
    return nil
  end
  local hint_path = cachekeys.read(kind, cache.entries, "hint.path")
  local hint = hint_path and host.read_file(hint_path)
  if not hint or host.digest(hint) ~= cache.hint_digest then
    d:report("KIN-703", nil, nil, string.format(
      "%s: its hint %s has %s since the bootstrap", path,
      tostring(hint_path), hint and "changed" or "gone"), "run " .. rerun)
    return nil
  end
  -- A compiler cache also depends on the OS hint it was probed under (its
  -- flag_overrides): kindler-bootstrap records that hint's path and digest.
  local os_path = kind == "compiler" and cachekeys.compiler(cache.entries, "hint.os_path")
  if os_path then
    local os_hint = host.read_file(os_path)
    if not os_hint or host.digest(os_hint) ~= cachekeys.compiler(cache.entries, "hint.os_digest") then
      d:report("KIN-703", nil, nil, string.format(
        "%s: the OS hint %s has %s since the bootstrap", path, os_path,
        os_hint and "changed" or "gone"), "run " .. rerun)
      return nil
    end
  end
  cache.path = path
  return cache
end

-- Finds kind_name.bin in the search path: the first directory holding it
-- wins. Returns the checked cache, or nil; reports KIN-700 when absent
-- and `required` is set.
function M.find(d, dirs, kind, name, required, cache_dir_given)
  for _, dir in ipairs(dirs) do
    local path = dir .. "/" .. file_name(kind, name)
    if host.stat(path) then
      local c, refused = M.read(d, path, M.rerun_command(dir, cache_dir_given),
                                kind, name)
      if c or not refused then return c end
    end
  end
  if required then
    d:report("KIN-700", nil, nil, string.format(
      "no %s cache for %s in %s", kind, name, table.concat(dirs, ", ")),
      "run " .. M.rerun_command(dirs[1], cache_dir_given))
  end
  return nil
end

-- Names of the caches of a kind present in dirs, sorted, each once.
function M.names(dirs, kind)
  local seen, names = {}, {}
  for _, dir in ipairs(dirs) do
    for _, file in ipairs(host.list_dir(dir) or {}) do
      local name = file:match("^" .. kind .. "_(.+)%.bin$")
      if name and not seen[name] then
        seen[name] = dir .. "/" .. file
        names[#names + 1] = name
      end
    end
  end
  table.sort(names)
  return names, seen
end

-- The OS cache for this host: the one whose os.uname lists `uname -s`;
-- when there is none, and the caches were chosen (a --cache-dir, a
-- profile: `chosen`) and hold exactly one OS cache, that one (caches of
-- another machine, cache/FORMAT). Returns it, and true when it is not
-- this system's.
function M.host_os(d, dirs, cache_dir_given, chosen)
  local sysname = (host.uname() or {}).sysname or "unknown"
  local names, files = M.names(dirs, "os")
  local unreadable = {}
  for _, name in ipairs(names) do
    local bytes = host.read_file(files[name])
    local peek = bytes and host.cache_decode(bytes)
    local unames = peek and cachekeys.os(peek.entries, "os.uname")
    if type(unames) ~= "string" then
      unreadable[#unreadable + 1] = name
      unames = ""
    end
    for word in unames:gmatch("%S+") do
      if word == sysname then
        return M.find(d, dirs, "os", name, true, cache_dir_given)
      end
    end
  end
  if chosen and #names == 1 and #unreadable == 0 then
    return M.find(d, dirs, "os", names[1], true, cache_dir_given), true
  end
  -- None matches, but some could not be read: say why, not "missing".
  if #unreadable > 0 then
    for _, name in ipairs(unreadable) do
      M.read(d, files[name], M.rerun_command(paths.dirname(files[name]),
             cache_dir_given), "os", name)
    end
    return nil
  end
  d:report("KIN-700", nil, nil, string.format(
    "no OS cache for this system (uname -s: %s) in %s", sysname,
    table.concat(dirs, ", ")), "run " .. M.rerun_command(dirs[1], cache_dir_given))
  return nil
end

-- Lines describing a cache for people: header, then key = value sorted.
function M.describe(cache)
  local lines = {
    string.format("%s cache %s", cache.kind, cache.name),
    "  file: " .. cache.path,
    "  written by: Kindler " .. cache.kindler_version,
    "  hint digest: " .. cache.hint_digest,
  }
  for key, value in ir.spairs(cache.entries) do
    lines[#lines + 1] = string.format("  %s = %s", key, type(value) == "string"
      and string.format("%q", value) or tostring(value))
  end
  return table.concat(lines, "\n") .. "\n"
end

return M
