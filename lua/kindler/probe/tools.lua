-- probe/tools.lua: which build-time tools of an OS hint this machine has
-- (kindler-bootstrap writes them into the OS cache).
local argv_words = require "kindler.probe.argv"

local M = {}

-- The build-time tools of the OS hint (lex, yacc) found on this machine:
-- tool name to the first of the hint's commands whose program is on PATH,
-- or false when none is.
function M.find(rec)
  local found = {}
  local tools = type(rec.hint.tools) == "table" and rec.hint.tools or {}
  for tool, commands in pairs(tools) do
    found[tool] = false
    for _, command in ipairs(type(commands) == "table" and commands or {}) do
      if not found[tool] and type(command) == "string" and argv_words.resolve(command) then
        found[tool] = command
      end
    end
  end
  return found
end

return M
