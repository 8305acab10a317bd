-- syntax/make.lua: what a value may be in a POSIX Makefile, and how it is
-- spelled there, for every make Kindler writes for (POSIX, GNU, BSD, Sun,
-- IRIX smake). The make exporters write names, paths and values only
-- through these functions (kindler(1), SECURITY).
--   * A target or prerequisite name holds none of UNSAFE_NAME: white
--     space, make's own characters, glob and shell characters.
--   * A shell word in a recipe is quoted for sh (syntax/shell.lua), every
--     `$` doubled for make, and `#` never written (POSIX make may read it
--     as a comment even in a command line): printf's octal escape makes
--     it. A line break or carriage return cannot be carried at all.
--   * A comment holds no control character: a line break would end it.
local shell = require "kindler.syntax.shell"

local M = {}

-- Characters no make can take in a target or prerequisite name.
-- (! and {} are bmake's too, % a GNU make pattern.)
M.UNSAFE_NAME = "[%s:#%$=;%(%)%*%?%[%]\\'\"`|&<>!{}%%]"

-- Why path cannot be a target or prerequisite name ("white space",
-- "'c'"), or nil when it can.
function M.name_problem(path)
  local bad = path:match(M.UNSAFE_NAME)
  if not bad then return nil end
  return bad:match("%s") and "white space" or "'" .. bad .. "'"
end

-- The first character of path outside POSIX's portable file name set
-- (letters, digits, . _ -) and '/', or nil. Such a name is not a make
-- syntax problem, but a strict POSIX make (pdpmake) refuses it as a target
-- or prerequisite.
function M.unportable(path)
  return path:match("[^A-Za-z0-9._/-]")
end

-- A shell word as it must appear in a recipe line, or nil when no make
-- can carry it (a line break or a carriage return).
function M.word(s)
  if s:find("[\r\n]") then return nil end
  local word = shell.quote(s):gsub("%$", "$$")
  return (word:gsub("#", "'\"`printf '\\043'`\"'"))
end

-- Text make passes to the shell as it is: every `$` doubled.
function M.literal(s) return (s:gsub("%$", "$$")) end

-- Text for a comment line: control characters become '?'.
function M.comment(s) return (s:gsub("%c", "?")) end

return M
