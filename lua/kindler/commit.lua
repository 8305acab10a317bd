-- commit.lua: puts an export's files into the build directory as one
-- change: after a kill at any moment, the directory holds the files of the
-- old export or, once any later export has run, all of the new one
-- (kindler(1), FILES). The steps:
--   1. every file that changed is written to a temporary beside it
--      (host.stage_file); a kill here leaves the old files, and the
--      temporaries are removed by the next write in their directory;
--   2. the journal, BUILD/.kindler-journal, lists the renames to come;
--      written atomically, it is the point of no return;
--   3. with SIGINT, SIGTERM, SIGHUP and SIGQUIT held, a stand-in takes the
--      place of each file a build tool reads first (the Makefile: it
--      stops make with a message), the files are renamed into place, the
--      build tool's own file last, and the journal is removed.
-- A journal found by the next export, its writer gone, is carried out
-- first (roll forward). KINDLER_FAULT names a step at which the process
-- kills itself, for the tests (t/commit.sh).
local host = require "kindler.host"

local M = {}

M.JOURNAL = ".kindler-journal"
local HEADER = "kindler journal 1"

-- Whether name is a file name an export writes below its build
-- directory: relative, no "." or ".." part, no line break or blank.
local function plain_relative(name)
  if name == "" or name:sub(1, 1) == "/" or name:find("[%s]") then return false end
  for part in (name .. "/"):gmatch("([^/]*)/") do
    if part == "" or part == "." or part == ".." then return false end
  end
  return true
end

-- The renames of a journal's text, or nil and what is wrong with it.
-- Each rename is of a temporary of this scheme to its own file name.
local function parse(text)
  local lines = {}
  for line in text:gmatch("([^\n]*)\n") do lines[#lines + 1] = line end
  if lines[1] ~= HEADER then return nil, "it does not begin with '" .. HEADER .. "'" end
  local pid = tonumber((lines[2] or ""):match("^pid (%d+)$"))
  if not pid then return nil, "line 2 is not 'pid N'" end
  local renames = {}
  for i = 3, #lines do
    local from, to = lines[i]:match("^rename (%S+) (%S+)$")
    if not from or not plain_relative(to) or
        not from:match("^" .. to:gsub("%p", "%%%0") .. "%.tmp%.%d+%.%d+$") then
      return nil, "line " .. i .. " is not a rename of a temporary to its file"
    end
    renames[#renames + 1] = { from = from, to = to }
  end
  return { pid = pid, renames = renames }
end

-- Carries out the renames of journal (those whose temporary is still
-- there, in order), then removes it. Returns nil, error on failure.
local function roll_forward(build, journal)
  for _, r in ipairs(journal.renames) do
    if host.stat(build .. "/" .. r.from) then
      local ok, err = host.rename(build .. "/" .. r.from, build .. "/" .. r.to)
      if not ok then return nil, err end
    end
    host.fault("commit:rename")
  end
  host.fault("commit:renamed")
  return host.remove(build .. "/" .. M.JOURNAL)
end

-- Finishes the export a kill interrupted in build (its journal), before
-- this one writes there. Reports KIN-707 and returns false when another
-- export is writing there now, or the journal cannot be carried out.
function M.recover(d, build)
  local path = build .. "/" .. M.JOURNAL
  if not host.stat(path) then return true end
  local text, err = host.read_file(path)
  local journal, problem
  if text then journal, problem = parse(text) end
  if not journal then
    d:report("KIN-707", nil, nil, string.format(
      "%s: the journal of an interrupted export cannot be read: %s", path,
      err or problem), "remove " .. path .. " and the build directory's "
      .. "files, then export again")
    return false
  end
  if journal.pid ~= host.pid() and host.alive(journal.pid) then
    d:report("KIN-707", nil, nil, string.format(
      "another export (process %d) is writing into %s", journal.pid, build),
      "wait for it to end; if no export runs, remove " .. path)
    return false
  end
  host.hold_signals(true)
  local done, rerr = roll_forward(build, journal)
  host.hold_signals(false)
  if not done then
    d:report("KIN-707", nil, nil, "cannot finish the interrupted export in "
             .. build .. ": " .. tostring(rerr), "check the permissions of " .. build)
    return false
  end
  return true
end

-- Removes the temporaries of staged (a list of { from = }) after a
-- failure before the journal was written.
local function discard(build, staged)
  for _, s in ipairs(staged) do host.remove(build .. "/" .. s.from) end
end

-- Whether name (a file or directory below build) lands inside build: a
-- directory on its way that is a symbolic link (a project could ship
-- one) would lead elsewhere. KIN-707 and false when one is.
function M.inside(d, build, name)
  local dir = build
  for part in (name .. "/"):gmatch("([^/]+)/") do
    dir = dir .. "/" .. part
    local info = host.stat(dir, true)
    if info and info.type == "link" then
      d:report("KIN-707", nil, nil, string.format("will not write %s/%s: %s is a "
        .. "symbolic link, and Kindler writes only inside the build directory",
        build, name, dir), "remove the link, or export into another build directory")
      return false
    end
  end
  return true
end

-- Writes changes into build as one change. changes: a list, in the
-- order they are to be written, of { name = relative file name, text =,
-- stand_in = text or nil }; a stand_in is put in place first and the file
-- last. Returns true, or false after reporting KIN-707.
function M.write(d, build, changes)
  local staged, last = {}, {}
  local function stage(name, text)
    local tmp, err = host.stage_file(build .. "/" .. name, text, 420)
    if not tmp then
      d:report("KIN-707", nil, nil, err, "check the permissions of " .. build)
      return nil
    end
    host.fault("commit:stage")
    return tmp:sub(#build + 2)
  end
  for _, c in ipairs(changes) do
    local from = stage(c.name, c.text)
    if not from then discard(build, staged) discard(build, last) return false end
    local rename = { from = from, to = c.name }
    if c.stand_in then
      local stand_in = stage(c.name, c.stand_in)
      if not stand_in then
        discard(build, staged) discard(build, last) host.remove(build .. "/" .. from)
        return false
      end
      table.insert(staged, 1, { from = stand_in, to = c.name })
      last[#last + 1] = rename
    else
      staged[#staged + 1] = rename
    end
  end
  for _, r in ipairs(last) do staged[#staged + 1] = r end
  if #staged == 0 then return true end
  local lines = { HEADER, "pid " .. host.pid() }
  for _, r in ipairs(staged) do lines[#lines + 1] = "rename " .. r.from .. " " .. r.to end
  local written, err = host.write_file(build .. "/" .. M.JOURNAL,
                                       table.concat(lines, "\n") .. "\n", 420, false)
  if written == nil then
    discard(build, staged)
    d:report("KIN-707", nil, nil, err, "check the permissions of " .. build)
    return false
  end
  host.fault("commit:journal")
  host.hold_signals(true)
  local done, rerr = roll_forward(build, { renames = staged })
  host.hold_signals(false)
  if not done then
    d:report("KIN-707", nil, nil, "cannot put the export in place in " .. build
             .. ": " .. tostring(rerr), "check the permissions of " .. build
             .. "; the next export finishes this one")
    return false
  end
  return true
end

return M
