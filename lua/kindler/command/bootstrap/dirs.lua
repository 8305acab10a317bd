-- command/bootstrap/dirs.lua: the directories of a kindler-bootstrap run:
-- where the caches go (--system, --user, --cache-dir, and the profile of
-- --target), whether they can be written there, and the private temporary
-- directory the probes compile in (kindler.tempdir).
local host = require "kindler.host"
local cache = require "kindler.cache"
local tempdir = require "kindler.tempdir"

local M = {}

-- path made absolute (from the working directory).
function M.absolute(path)
  if path:sub(1, 1) == "/" then return path end
  local cwd = host.cwd()
  if path == "." then return cwd end
  return (cwd == "/" and "" or cwd) .. "/" .. path:gsub("^%./", "")
end

-- The directory the caches go to: the chosen place, or its profile for
-- --target (cache.profile_dir).
function M.cache_dir(opts)
  local dir
  if opts.where == "system" then dir = cache.SYSTEM_DIR
  elseif opts.where == "cache-dir" then dir = M.absolute(opts.dir)
  else
    local home = host.getenv("HOME")
    if not home or home == "" then return nil end
    dir = cache.user_dir()
  end
  return opts.target and cache.profile_dir(dir, opts.target) or dir
end

-- Reports (KIN-707) that the caches cannot be written in dir, and why.
function M.cannot_write(dir, err, opts)
  local remedy = opts.where == "system"
    and "run kindler-bootstrap --system as root, or --user for your own caches"
    or "check the directory's permissions and free space, or choose another with --cache-dir"
  host.report("KIN-707", "", 0, 0, "cannot write the caches in " .. dir .. ": "
              .. tostring(err), remedy)
end

-- Makes sure the caches can be written before spending time on probes.
function M.check_writable(dir, token, opts)
  -- Export would ignore caches others could change (KIN-705): refuse to
  -- write them there at all.
  local unsafe = cache.unsafe_dir(dir)
  if unsafe then
    host.report("KIN-707", "", 0, 0, "will not write the caches in " .. dir ..
      ": " .. unsafe .. " could be changed by users other than its owner " ..
      "and root (writable by the group or others without the sticky bit, " ..
      "or owned by another user)", "chmod 0755 " .. unsafe .. " and chown " ..
      "it to root or yourself, or choose another directory with --cache-dir")
    return false
  end
  local ok, err = host.mkdirs(dir)
  if not ok then
    M.cannot_write(dir, err, opts)
    return false
  end
  local test = dir .. "/.kindler-bootstrap-test" .. token:gsub("[^%w]", "")
  local written, werr = host.write_file(test, token, 420)
  if written == nil then
    M.cannot_write(dir, werr, opts)
    return false
  end
  host.remove(test)
  return true
end

-- The private temporary directory of the probes, or nil after a report.
function M.make_temp()
  local temp, terr = tempdir.make()
  if not temp then
    host.report("KIN-707", "", 0, 0, "cannot make a temporary directory for the probes: "
                .. tostring(terr), "set TMPDIR to a writable directory")
    return nil
  end
  return temp
end

return M
