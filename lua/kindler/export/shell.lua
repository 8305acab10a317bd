-- export/shell.lua: quoting for POSIX sh words inside make recipes. A word
-- is single-quoted when it holds anything beyond a safe set, and every `$`
-- is doubled so make hands it to the shell unchanged. A `#` never appears
-- in the Makefile itself (POSIX make may read it as a comment, even in a
-- command line): the shell makes it, with printf's octal escape.
local M = {}

function M.quote(s)
  if s ~= "" and not s:find("[^%w_./,+=:@%%^-]") then return s end
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

-- A shell word as it must appear in a make recipe line, or nil when no
-- make can carry it (a newline or a carriage return).
function M.make_word(s)
  if s:find("[\r\n]") then return nil end
  local word = M.quote(s):gsub("%$", "$$")
  return (word:gsub("#", "'\"`printf '\\043'`\"'"))
end

return M
