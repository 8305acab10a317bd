-- paths.lua: absolute and relative paths between the current directory, the
-- source directory and the build directory (POSIX `/` only).
local host = require "kindler.host"
local scan = require "kindler.scan"

local M = {}

-- path made absolute against the current directory, and tidied.
function M.absolute(path)
  if path:sub(1, 1) ~= "/" then path = host.cwd() .. "/" .. path end
  return "/" .. scan.join(".", path)
end

-- The relative path that leads from directory `from` to `to` (both absolute).
function M.relative(from, to)
  local a, b = {}, {}
  for p in from:gmatch("[^/]+") do a[#a + 1] = p end
  for p in to:gmatch("[^/]+") do b[#b + 1] = p end
  local i = 1
  while i <= #a and i <= #b and a[i] == b[i] do i = i + 1 end
  local parts = {}
  for _ = i, #a do parts[#parts + 1] = ".." end
  for k = i, #b do parts[#parts + 1] = b[k] end
  return #parts == 0 and "." or table.concat(parts, "/")
end

-- The directory of path: "." for a bare name, "/" for one at the root.
function M.dirname(path)
  local dir = path:match("^(.*)/[^/]*$")
  if dir == "" then return "/" end
  return dir or "."
end
function M.basename(path) return path:match("[^/]*$") end

-- Whether relative path stays below the directory it is relative to: it
-- is not absolute and no part of it is "..".
function M.stays_below(path)
  if path:sub(1, 1) == "/" then return false end
  for part in (path .. "/"):gmatch("([^/]*)/") do
    if part == ".." then return false end
  end
  return true
end

-- name below dir; "." stays out of it.
function M.join(dir, name)
  if dir == "." or dir == "" then return name end
  return dir .. "/" .. name
end

return M
