-- bench/lprof.lua: a sampling profiler for Kindler's Lua code, used by
-- bench/profile.sh (never by Kindler itself). A count hook fires every
-- STEP virtual-machine instructions; the CPU time (os.clock) elapsed since
-- the previous sample is charged to the function running (self) and to
-- every function on the stack (inclusive), so that time spent in C
-- functions (string.gsub, table.concat, host.read_file, ...) is charged to
-- the Lua function that called them. The hook's own cost is left out.
--
--   local prof = require "kindler.bench_lprof"  (a copy, in a temporary home)
--   status = prof.run(fn, arg)   -- runs fn(arg), prints the report on stderr
local M = {}

local STEP = 1000

local function where(info)
  if not info then return "?" end
  local src = info.short_src or "?"
  src = src:gsub("^.*/lua/", "lua/")
  if info.what == "C" then return "[C] " .. (info.name or "?") end
  return string.format("%s:%d %s", src, info.linedefined or 0,
                       info.name or (info.what == "main" and "(chunk)" or "?"))
end

function M.run(fn, ...)
  local self_t, incl_t, line_t = {}, {}, {}
  local clock = os.clock
  local getinfo = debug.getinfo
  local last = clock()
  local function hook()
    local now = clock()
    local dt = now - last
    local info = getinfo(2, "Sln")
    if info then
      local key = where(info)
      self_t[key] = (self_t[key] or 0) + dt
      local lkey = (info.short_src or "?"):gsub("^.*/lua/", "lua/") .. ":" ..
                   tostring(info.currentline)
      line_t[lkey] = (line_t[lkey] or 0) + dt
      local seen, level = { [key] = true }, 3
      incl_t[key] = (incl_t[key] or 0) + dt
      while true do
        local up = getinfo(level, "Sn")
        if not up then break end
        local k = where(up)
        if not seen[k] then
          seen[k] = true
          incl_t[k] = (incl_t[k] or 0) + dt
        end
        level = level + 1
      end
    end
    last = clock()
  end
  debug.sethook(hook, "", STEP)
  local results = { pcall(fn, ...) }
  debug.sethook()
  local total = clock() - last -- the tail after the last sample
  for _, t in pairs(self_t) do total = total + t end

  local function top(t, n, title)
    local keys = {}
    for k in pairs(t) do
      -- the profiler's own frames, and the ones above the driver
      if not (k:find("bench_lprof", 1, true) or k:find("(tail call)", 1, true)
              or k == "[C] pcall") then
        keys[#keys + 1] = k
      end
    end
    table.sort(keys, function(a, b) return t[a] > t[b] end)
    io.stderr:write(string.format("\n%s (CPU seconds, %% of the %.3f s of Lua run)\n",
                                  title, total))
    for i = 1, math.min(n, #keys) do
      io.stderr:write(string.format("  %8.3f %5.1f%%  %s\n", t[keys[i]],
                                    100 * t[keys[i]] / total, keys[i]))
    end
  end
  top(incl_t, 25, "inclusive: a function and what it calls")
  top(self_t, 15, "self: a function and the C functions it calls directly")
  top(line_t, 15, "lines")
  if not results[1] then error(results[2], 0) end
  return unpack(results, 2)
end

return M
