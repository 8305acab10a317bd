-- syntax/dot.lua: strings in Graphviz's DOT language, as the dot exporter
-- writes them: always double-quoted, a quote and a backslash escaped, a
-- line break as DOT's \n (a centred line), any other control character
-- as '?'. Any bytes give one valid DOT string.
local M = {}

function M.quote(s)
  return '"' .. s:gsub('[\\"]', "\\%0"):gsub("\r?\n", "\\n"):gsub("%c", "?") .. '"'
end

return M
