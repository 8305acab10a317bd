-- syntax/shell.lua: quoting for POSIX sh. A word is left as it is when it
-- holds only characters no shell gives a meaning; otherwise it is
-- single-quoted, a quote inside spelled '\''. Make recipes add make's own
-- rules on top (syntax/make.lua, word).
local M = {}

-- The characters a word may hold unquoted.
M.SAFE = "^[%w_./,+=:@%%^-]+$"

function M.quote(s)
  if s:find(M.SAFE) then return s end
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

return M
