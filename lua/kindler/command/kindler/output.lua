-- command/kindler/output.lua: what a kindler run says on standard output
-- besides what its command prints: a line per stage and file with -v, one
-- line when it ends, nothing with -q.
local M = {}

-- What a run says on standard output (kindler(1), -q and -v): 0 nothing
-- (-q), 1 one line when it ends (the default), 2 each stage and file (-v).
local verbosity = 1

function M.set(level)
  verbosity = level
end

function M.say(level, ...)
  if verbosity >= level then io.write("kindler: ", ...) io.write("\n") end
end

-- "N things" or "1 thing".
function M.count(n, word)
  return n .. " " .. word .. (n == 1 and "" or "s")
end

return M
