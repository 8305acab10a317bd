-- syntax/ninja.lua: how a value is spelled in a build.ninja file (the
-- ninja exporter's only way to write names, paths and values).
--   * A path in a build statement has `$`, blank and `:` escaped with `$`;
--     ninja quotes $in and $out for the shell itself. A `|` cannot be
--     written at all: it ends a path and ninja has no escape for it.
--   * A shell word in a command (a rule's, or a variable a command uses)
--     is quoted for sh (syntax/shell.lua), every `$` doubled.
--   * Neither can hold a line break or a carriage return: ninja's lines
--     end there, and `$` before a line break joins lines.
--   * A comment holds no control character.
local shell = require "kindler.syntax.shell"

local M = {}

-- The path as a build statement names it, or nil (a line break, a `|`).
function M.path(p)
  if p:find("[\r\n|]") then return nil end
  return (p:gsub("[%$ :]", "$%0"))
end

-- A shell word as a command holds it, or nil (a line break).
function M.word(s)
  if s:find("[\r\n]") then return nil end
  return (shell.quote(s):gsub("%$", "$$"))
end

-- Text ninja passes on as it is: every `$` doubled; nil for a line break.
function M.literal(s)
  if s:find("[\r\n]") then return nil end
  return (s:gsub("%$", "$$"))
end

-- Text for a comment line: control characters become '?'.
function M.comment(s) return (s:gsub("%c", "?")) end

return M
