-- module/call.lua: calling into a user module, and reporting what goes
-- wrong there (kindler-modules(7), FAULT ISOLATION): an error it raises or
-- runs into (KIN-801), a wrong value it returns or passes (KIN-802), its
-- budget spent (KIN-803), a forbidden act (KIN-804). Each is reported at
-- the module's file and line with the hook it was in, and counted as an
-- error of the run.
local guard = require "kindler.guard"
local host = require "kindler.host"

local M = {}

-- Per call: a module is code of its user's, run as often as the core has
-- IR for it; 50 million instructions is some seconds of work.
local LIMITS = {
  instructions = 50000000, cpu = 10, memory = 256 * 1024 * 1024,
}

local CODES = {
  error = "KIN-801", misuse = "KIN-802", budget = "KIN-803", forbidden = "KIN-804",
}

local REMEDY = {
  ["KIN-801"] = "fix the module at the place named, or remove it from the project's modules",
  ["KIN-802"] = "see kindler-modules(7) for what the hook takes and returns",
  ["KIN-803"] = "make the module's work end sooner (a loop that never ends?)",
  ["KIN-804"] = "see kindler-modules(7), THE SANDBOX, for what a module may do",
}

-- The diagnostics reporter of the run (diag.lua): set by the kindler
-- command (command/kindler/steps.lua).
M.d = nil

-- Reports a fault of module m (from module/loader.lua) in hook `where`.
function M.report(m, where, kind, message, line)
  local code = CODES[kind]
  host.report(code, m.path, line or 0, 0,
              string.format("module '%s', %s: %s", m.name, where, message),
              REMEDY[code])
  if M.d then M.d.errors = M.d.errors + 1 end
end

-- Raises, inside a module's call, a KIN-802 at the module's line that
-- called: an argument of the kindler table's functions is wrong.
function M.misuse(message)
  error(guard.fault("misuse", message), 0)
end

-- Calls fn(...) of module m in hook `where` under the module limits.
-- Returns true and the list of its results, or false after reporting.
function M.run(m, where, fn, ...)
  local limits = setmetatable({ chunk = m.chunk, exceeded = string.format(
    "ran past its budget of %d instructions", LIMITS.instructions) },
    { __index = LIMITS })
  local ok, results = guard.run(limits, fn, ...)
  if ok then return true, results end
  M.report(m, where, results.kind, results.message, results.line)
  return false
end

-- The line where fn was defined in its module, for a wrong return value.
function M.defined_at(fn)
  local info = debug.getinfo(fn, "S")
  return info and info.linedefined or 0
end

return M
