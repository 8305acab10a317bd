-- tempdir.lua: the private scratch directory of a run that compiles probe
-- programs (kindler-bootstrap, and an export that probes facts). It is
-- made with mkdir, which fails when the name exists, so two runs never
-- share one; a signal that ends the run removes it (src/cleanup.h), and
-- one a kill -9 left behind is removed by the next run of the same user.
local host = require "kindler.host"
local paths = require "kindler.paths"

local M = {}

local STEM = "/kindler-bootstrap."

-- Removes from base the directories of this user's runs that are gone: a
-- kill -9 leaves its directory, "kindler-bootstrap.PID.N", and no handler
-- can remove it then. The dead run's last probe compiler lives on for a
-- moment and may create a file while rm empties the directory, so rm is
-- tried again (after a second) while the directory stands; once it is
-- gone, nothing can create files in it.
local function remove_stale(base)
  for _, name in ipairs(host.list_dir(base == "" and "/" or base) or {}) do
    local pid = name:match("^kindler%-bootstrap%.(%d+)%.%d+$")
    local path = base .. "/" .. name
    local info = pid and host.stat(path)
    if info and info.type == "dir" and info.uid == host.uid()
        and not host.alive(tonumber(pid)) then
      for try = 1, 5 do
        if try > 1 then host.run({ "sleep", "1" }, { timeout = 10 }) end
        host.run({ "rm", "-rf", path }, { timeout = 120 })
        if not host.stat(path) then break end
      end
    end
  end
end

-- Makes the directory below TMPDIR (or /tmp): its path, or nil and why.
function M.make()
  local base = host.getenv("TMPDIR")
  if not base or base == "" then base = "/tmp" end
  base = base:gsub("/+$", "")
  base = base == "" and "" or paths.absolute(base)
  remove_stale(base)
  local seed = tostring({}):match("0x(%x+)") or tostring({}):match("(%x+)$") or "0"
  math.randomseed((tonumber(seed:sub(-7), 16) or 0) + os.time() % 1000003
                  + math.floor(os.clock() * 1000000))
  local last
  for _ = 1, 20 do
    local dir = base .. STEM .. string.format("%d.%06d%06d", host.pid(),
      math.random(0, 999999), math.random(0, 999999))
    local res = host.run({ "mkdir", "-m", "700", dir }, { timeout = 30 })
    if res.started and res.status == 0 then
      host.remove_on_signal(dir)
      return dir
    end
    last = res.stderr ~= "" and res.stderr:gsub("%s+$", "") or "mkdir failed"
    if not res.started then last = "cannot run mkdir" end
  end
  return nil, last
end

-- Removes a directory M.make made.
function M.remove(dir)
  if dir and dir:find(STEM, 1, true) then
    host.run({ "rm", "-rf", dir }, { timeout = 120 })
    host.remove_on_signal(nil)
  end
end

return M
