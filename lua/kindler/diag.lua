-- diag.lua: reporting diagnostics from Lua at the place in the .kindler file
-- that a table or one of its keys came from.
local host = require "kindler.host"

local M = {}
M.__index = M

-- A reporter for one parsed document ({ path=, where= }).
function M.new(document)
  return setmetatable({
    file = document and document.path or "",
    where = document and document.where or {},
    errors = 0,
    warnings = 0,
  }, M)
end

-- A value as a message quotes it: a string in single quotes, or in
-- double quotes with its control characters escaped when it has any (a
-- line break never reaches the terminal as one); anything else as is.
function M.quoted(v)
  if type(v) ~= "string" then return tostring(v) end
  if v:find("%c") then return (string.format("%q", v):gsub("\\\n", "\\n")) end
  return "'" .. v .. "'"
end

-- Line and column of tbl[key] (or of tbl itself when key is nil), 0 0 when
-- unknown.
function M:place(tbl, key)
  local places = tbl and self.where[tbl]
  local packed = places and (key ~= nil and places[key] or places[0])
  if not packed and places then packed = places[0] end
  if not packed then return 0, 0 end
  return math.floor(packed / 16777216), packed % 16777216
end

-- Records that new_tbl stands where old_tbl[key] was written.
function M:moved(new_tbl, old_tbl, key)
  local places = self.where[old_tbl]
  local packed = places and (places[key] or places[0])
  if packed then self.where[new_tbl] = { [0] = packed } end
end

-- Records that tbl[key] stands where from_tbl[from_key] was written.
function M:copy_place(tbl, key, from_tbl, from_key)
  local from = self.where[from_tbl]
  local packed = from and (from[from_key] or from[0])
  if not packed then return end
  local places = self.where[tbl]
  if not places then
    places = {}
    self.where[tbl] = places
  end
  places[key] = packed
end

-- report(code, tbl, key, message [, remedy])
function M:report(code, tbl, key, message, remedy)
  local line, col = self:place(tbl, key)
  local info = host.code_info(code)
  if info and info.severity == "error" then self.errors = self.errors + 1 end
  if info and info.severity == "warning" then
    self.warnings = self.warnings + 1
  end
  host.report(code, self.file, line, col, message, remedy)
end

return M
