-- guard.lua: running Lua code Kindler did not write (hint files, user
-- modules) so that its faults are reported, never suffered. The code runs
-- under xpcall with a bounded count of instructions, a bounded share of CPU
-- time and of memory; an error is returned with the line of the guest's
-- chunk where it happened, found on the stack (kindler-modules(7), FAULT
-- ISOLATION).
local host = require "kindler.host"

local M = {}

-- The count hook fires every HOOK_EVERY instructions.
local HOOK_EVERY = 1000

-- A fault the guest cannot catch: what the budget raises, and what a
-- sandbox raises for a forbidden act (sandbox.lua). `kind` names it
-- ("budget", "forbidden"); pcall in a sandbox lets it through.
local Fault = {}
Fault.__index = Fault
Fault.__tostring = function(f) return f.message end

function M.fault(kind, message)
  return setmetatable({ kind = kind, message = message }, Fault)
end

function M.is_fault(value)
  return getmetatable(value) == Fault
end

-- The running guest's budget, so that pcall inside it can tell a budget
-- error from the guest's own.
local spent = false

function M.exhausted() return spent end

local function limiter(limits)
  local started, hooks = os.clock(), 0
  return function()
    hooks = hooks + 1
    if spent or hooks * HOOK_EVERY > limits.instructions
        or os.clock() - started > limits.cpu then
      spent = true
      error(M.fault("budget", limits.exceeded), 2)
    end
  end
end

-- The line of the innermost frame of chunk (a chunk name, "=..." or
-- "@...") on the stack of the error being handled, or 0.
local function guest_line(chunk)
  for level = 2, 64 do
    local info = debug.getinfo(level, "Sl")
    if not info then break end
    if info.source == chunk and info.currentline > 0 then
      return info.currentline
    end
  end
  return 0
end

-- Strips "CHUNK:LINE: " from a message Lua made for an error in chunk.
local function bare(chunk, message)
  local short = chunk:sub(2)
  local prefix = short .. ":"
  if message:sub(1, #prefix) == prefix then
    message = message:sub(#prefix + 1):gsub("^%d*:?%s*", "")
  end
  return message
end

-- run(limits, fn, ...) calls fn(...) with limits = { chunk (the guest's
-- chunk name), instructions, cpu (seconds), memory (bytes), exceeded (the
-- message when either of the first two runs out) }. Returns true and a
-- list of fn's results, or false and { kind ("error", "budget",
-- "forbidden"), message, line (in the guest's chunk, 0 when unknown) }.
function M.run(limits, fn, ...)
  local args, nargs = { ... }, select("#", ...)
  local failure
  local function handler(err)
    debug.sethook()
    local line = guest_line(limits.chunk)
    if M.is_fault(err) then
      failure = { kind = err.kind, message = err.message, line = line }
    else
      local message = type(err) == "string" and err or
        (type(err) == "table" or type(err) == "userdata") and
        "an error object (" .. type(err) .. ") with no message" or tostring(err)
      if message == "not enough memory" then
        message = "uses more memory than a module may (" ..
                  math.floor(limits.memory / 1048576) .. " MiB)"
      end
      failure = { kind = "error", message = bare(limits.chunk, message), line = line }
    end
    return failure
  end
  -- What fn returns is gathered inside the guarded call, so that nothing
  -- allocates outside it before the limits are lifted.
  local function call() return { fn(unpack(args, 1, nargs)) } end
  local memory, used = host.memory_limit()
  host.memory_limit(used + limits.memory)
  local hook, mask, count = debug.gethook()
  spent = false
  debug.sethook(limiter(limits), "", HOOK_EVERY)
  local ok, results = xpcall(call, handler)
  debug.sethook(hook, mask, count)
  spent = false
  host.memory_limit(memory)
  if ok then return true, results end
  return false, failure or { kind = "error", message = tostring(results), line = 0 }
end

return M
