-- kit.lua: what the tests of the Lua lane (t/lua/run.lua) write projects
-- and assertions with. The parse step is C++ (src/parser.cc): here a test
-- gives the tree the parser would hand over (src/lua_bridge.cc,
-- PushDocument) as Lua tables, with the lines of the keys a diagnostic may
-- point at. Output is checked by sections, as premake's tests do: a test
-- captures the lines of one rule or block and compares them whole.
local M = {}

local ARRAY = debug.getregistry()["kindler.array"]

-- A list of the parsed document ([ ... ] in kindler(5)).
function M.list(items)
  return setmetatable(items, ARRAY)
end

-- The document of the project file path holding tree. lines maps dotted
-- key paths ("targets.app.deps.1") to the line the key stands on; a key
-- whose value is a block or a list is also where that table stands.
function M.document(path, tree, lines)
  local where = setmetatable({}, { __mode = "k" })
  local function places(tbl)
    where[tbl] = where[tbl] or {}
    return where[tbl]
  end
  for dotted, line in pairs(lines or {}) do
    local tbl, key = tree, nil
    for part in dotted:gmatch("[^.]+") do
      if key ~= nil then tbl = assert(tbl[key], dotted .. ": no such table") end
      key = tonumber(part) or part
    end
    places(tbl)[key] = line * 16777216 + 1
    if type(tbl[key]) == "table" then places(tbl[key])[0] = line * 16777216 + 1 end
  end
  return { path = path, tree = tree, where = where }
end

-- Runs `kindler COMMAND` through lua/kindler/command/kindler/main.lua:
-- options is a list of { name, value } pairs (-q is added). Returns the
-- command's status.
function M.run(command, document, options)
  local request = { command = command, operands = {}, document = document,
                    options = { { "q", "" } }, program = "kindler" }
  for _, pair in ipairs(options or {}) do request.options[#request.options + 1] = pair end
  return require("kindler.command.kindler.main").main(request)
end

-- The lines of text from the first line that holds `first` (plain text)
-- to the line before the next blank one (one rule, one block), or its
-- first `count` lines.
function M.section(text, first, count)
  local lines, inside = {}, false
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    if not inside and line:find(first, 1, true) then inside = true end
    if inside then
      if line == "" or #lines == count then break end
      lines[#lines + 1] = line
    end
  end
  if not inside then error("no line holds " .. string.format("%q", first), 2) end
  return table.concat(lines, "\n")
end

-- Fails unless actual equals expected (text blocks: leading newline and
-- the indentation of expected's first line are dropped from each line).
function M.same(actual, expected, what)
  if type(expected) == "string" then
    expected = expected:gsub("^\n", "")
    local indent = expected:match("^[ ]*")
    expected = ("\n" .. expected):gsub("\n" .. indent, "\n"):sub(2):gsub("\n[ ]*$", "")
  end
  if actual ~= expected then
    error(string.format("%s:\n  expected: %s\n  actual:   %s", what or "not the same",
          tostring(expected):gsub("\n", "\n            "),
          tostring(actual):gsub("\n", "\n            ")), 2)
  end
end

-- The diagnostics of host whose code is code, as "CODE line N: message".
function M.reported(host, code)
  local found = {}
  for _, d in ipairs(host.diagnostics) do
    if d.code == code then
      found[#found + 1] = string.format("%s line %d: %s", d.code, d.line, d.message)
    end
  end
  return table.concat(found, "\n")
end

-- Every diagnostic of host, one a line, for a failure's message.
function M.all_reported(host)
  local lines = {}
  for _, d in ipairs(host.diagnostics) do
    lines[#lines + 1] = string.format("%s %s:%d: %s", d.code, d.file, d.line, d.message)
  end
  return table.concat(lines, "\n")
end

return M
