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
local function numbers_first(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta == "number" end
  return a < b
end

function M.sorted_keys(t)
  local keys, mixed = {}, false
  for k in pairs(t) do
    keys[#keys + 1] = k
    if type(k) ~= "string" then mixed = true end
  end
  -- (Strings alone sort by the C comparison, several times faster.)
  table.sort(keys, mixed and numbers_first or nil)
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

-- Every name reachable from the list `roots` through next_of(name) (a
-- list of names), each once. `descend(name)`, when given, says whether to
-- go on past name. Iterative: a chain of any depth is walked without
-- recursion (Lua 5.1 stops nested calls at 20,000). Returns the names as
-- a set.
function M.reach(roots, next_of, descend)
  local seen, stack = {}, {}
  for i = #roots, 1, -1 do stack[#stack + 1] = roots[i] end
  while #stack > 0 do
    local name = stack[#stack]
    stack[#stack] = nil
    if not seen[name] then
      seen[name] = true
      if not descend or descend(name) then
        local nexts = next_of(name)
        for i = #nexts, 1, -1 do stack[#stack + 1] = nexts[i] end
      end
    end
  end
  return seen
end

-- The names reachable from `roots`, in depth-first post-order: each after
-- all that next_of reaches from it, each once, in the order a recursive
-- walk would give; iterative, as M.reach.
function M.postorder(roots, next_of)
  local order, seen = {}, {}
  for _, root in ipairs(roots) do
    if not seen[root] then
      seen[root] = true
      local path = { { root, 0 } }      -- a name, and its last child taken
      while #path > 0 do
        local top = path[#path]
        top[2] = top[2] + 1
        local child = next_of(top[1])[top[2]]
        if child == nil then
          order[#order + 1] = top[1]
          path[#path] = nil
        elseif not seen[child] then
          seen[child] = true
          path[#path + 1] = { child, 0 }
        end
      end
    end
  end
  return order
end

-- A deep copy that keeps list marks.
function M.copy(v)
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do c[k] = M.copy(x) end
  return setmetatable(c, getmetatable(v))
end

return M
