-- ir.lua: helpers for IR tables: lists that stay lists when empty, sorted
-- key iteration (Lua's own order is not deterministic), and copies.
local M = {}

local ARRAY = debug.getregistry()["kindler.array"]

-- Marks t as a list (also when empty) and returns it.
function M.list(t)
  return setmetatable(t or {}, ARRAY)
end

function M.is_list(t)
  if type(t) ~= "table" then return false end
  if getmetatable(t) == ARRAY then return true end
  local n = 0
  for k in pairs(t) do
    if type(k) ~= "number" then return false end
    n = n + 1
  end
  return n > 0 and n == #t
end

-- Keys of t, sorted: strings by bytes, numbers before strings.
function M.sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return ta == "number" end
    return a < b
  end)
  return keys
end

-- Iterates t in sorted key order: for k, v in ir.spairs(t) do ... end
function M.spairs(t)
  local keys, i = M.sorted_keys(t), 0
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then return k, t[k] end
  end
end

-- A deep copy that keeps list marks.
function M.copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = M.copy(x) end
  return setmetatable(c, getmetatable(v))
end

return M
