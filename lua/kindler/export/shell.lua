-- export/shell.lua: quoting for POSIX sh words inside make recipes. A word
-- is single-quoted when it holds anything beyond a safe set, and every `$`
-- is doubled so make hands it to the shell unchanged.
local M = {}

function M.quote(s)
  if s ~= "" and not s:find("[^%w_./,+=:@%%^-]") then return s end
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- A shell word as it must appear in a make recipe line.
function M.make_word(s)
  return (M.quote(s):gsub("%$", "$$"))
end

return M
