-- module/sandbox.lua: the world a user module runs in (kindler-modules(7),
-- THE SANDBOX). A module sees Lua's pure functions (string, table, math,
-- pairs, ...), its `kindler` table and nothing else: no io, os, require,
-- load or debug, so that it writes files only by returning them from an
-- exporter and runs programs only as generators, at build time. What the
-- core hands it (the IR, the plan) it sees through read-only views.
local guard = require "kindler.guard"

local M = {}

-- What touching a missing piece of the world tells the module.
local WHY = {
  io = "read files with kindler.read_file; an exporter returns the files to write",
  os = "programs run at build time, as generators (kindler.register_generator)",
  require = "a module is one file; what it needs comes with the kindler table",
  dofile = "a module is one file; what it needs comes with the kindler table",
  loadfile = "a module is one file; what it needs comes with the kindler table",
  load = "a module runs only its own text",
  loadstring = "a module runs only its own text",
  debug = "a module runs under Kindler's limits",
  coroutine = "a module runs under Kindler's limits",
  package = "a module is one file; what it needs comes with the kindler table",
  getfenv = "a module sees only its own globals",
  setfenv = "a module sees only its own globals",
  rawset = "what Kindler hands a module is read-only",
  rawget = "what Kindler hands a module is read only through its views",
  rawequal = "what Kindler hands a module is read only through its views",
  newproxy = "a module works with tables",
  collectgarbage = "memory is Kindler's to manage",
  module = "a module is one file; what it needs comes with the kindler table",
  _G = "a module sees only its own globals",
  xpcall = "a module catches its own errors with pcall",
}

function M.forbidden(what, why)
  error(guard.fault("forbidden", what .. " is not available to a module: " .. why), 0)
end

-- Read-only views: a userdata per table, so that `#` works (Lua 5.1 honours
-- __len for userdata only); pairs, ipairs, next, type, unpack and
-- table.concat of the sandbox see through them.
local real_of = setmetatable({}, { __mode = "k" })
local view_of = setmetatable({}, { __mode = "k" })
local what_of = setmetatable({}, { __mode = "k" })

-- The view of value: value itself unless a table. `what` names the data in
-- the message of a write ("the normalized IR").
function M.view(value, what)
  if type(value) ~= "table" then return value end
  local existing = view_of[value]
  if existing then return existing end
  local proxy = newproxy(true)
  local mt = getmetatable(proxy)
  mt.__index = function(_, key) return M.view(value[key], what) end
  mt.__newindex = function(_, key)
    error(guard.fault("forbidden", string.format(
      "%s is read-only here: a module cannot set %s (add defaults with "
      .. "kindler.register_normalizer)", what, tostring(key))), 2)
  end
  mt.__len = function() return #value end
  mt.__tostring = function() return "view of " .. what end
  mt.__metatable = false
  real_of[proxy], view_of[value], what_of[proxy] = value, proxy, what
  return proxy
end

-- The table a view shows, or value itself.
function M.real(value)
  return real_of[value] or value
end

-- A copy of value made only of strings, numbers, booleans and tables
-- (views read through), or nil and what else it holds. Tables nest at most
-- 32 deep; a table met twice is copied twice.
function M.plain(value, depth)
  depth = depth or 0
  value = M.real(value)
  local kind = type(value)
  if kind == "string" or kind == "number" or kind == "boolean" then return value end
  if kind ~= "table" or depth > 32 then return nil, kind end
  local copy = setmetatable({}, getmetatable(value))
  for k, v in pairs(value) do
    local ck, why = M.plain(k, depth + 1)
    if ck == nil then return nil, why end
    local cv
    cv, why = M.plain(v, depth + 1)
    if cv == nil then return nil, why end
    copy[ck] = cv
  end
  return copy
end

local function copy_library(lib, leave_out)
  local copy = {}
  for k, v in pairs(lib) do
    if k ~= leave_out then copy[k] = v end
  end
  return copy
end

-- The globals of one module: fresh tables, so that what a module sets
-- stays its own. api is its kindler table (module/api.lua).
function M.environment(api)
  local env = {
    assert = assert, error = error, select = select, tonumber = tonumber,
    tostring = tostring,
    string = copy_library(string, "dump"),
    math = copy_library(math),
    table = copy_library(table),
    kindler = api,
  }
  function env.type(v)
    if real_of[v] then return "table" end
    return type(v)
  end
  function env.next(t, k)
    local real = real_of[t]
    if not real then return next(t, k) end
    local nk, nv = next(real, k)
    return nk, M.view(nv, what_of[t])
  end
  function env.pairs(t)
    if real_of[t] then return env.next, t, nil end
    return pairs(t)
  end
  function env.ipairs(t)
    local real = real_of[t]
    if not real then return ipairs(t) end
    return function(_, i)
      i = i + 1
      local v = real[i]
      if v == nil then return nil end
      return i, M.view(v, what_of[t])
    end, t, 0
  end
  function env.unpack(t, i, j)
    local real = real_of[t]
    if not real then return unpack(t, i, j) end
    local out = {}
    for n = i or 1, j or #real do out[#out + 1] = M.view(real[n], what_of[t]) end
    return unpack(out)
  end
  function env.table.concat(t, ...)
    return table.concat(real_of[t] or t, ...)
  end
  -- pcall may not catch what the budget or the sandbox raises.
  function env.pcall(f, ...)
    local results = { pcall(f, ...) }
    if not results[1] and (guard.is_fault(results[2]) or guard.exhausted()) then
      error(results[2], 0)
    end
    return unpack(results, 1, table.maxn(results))
  end
  function env.print()
    M.forbidden("print", "a module reports with kindler.error and kindler.warning")
  end
  return setmetatable(env, {
    __index = function(_, name)
      if WHY[name] then M.forbidden(name, WHY[name]) end
      return nil
    end,
  })
end

return M
