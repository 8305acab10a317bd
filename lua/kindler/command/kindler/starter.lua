-- command/kindler/starter.lua: kindler init: writes a starting .kindler
-- file (not named init.lua, which is Lua's name for a package's main
-- module). Glob patterns (* and ? in the last path component; ** is not
-- supported) are expanded here, once, sorted, so the file lists every
-- source explicitly: kindler(5) never globs a path.
local host = require "kindler.host"
local normalize = require "kindler.normalize"
local paths = require "kindler.paths"
local schema = require "kindler.schema"
local options = require "kindler.command.kindler.options"
local output = require "kindler.command.kindler.output"

local option, usage = options.value, options.usage

local M = {}

-- A Lua pattern for one shell glob component.
local function glob_pattern(glob)
  local out = glob:gsub("[%^%$%(%)%%%.%+%-%[%]]", "%%%0")
  out = out:gsub("%*", ".*"):gsub("%?", ".")
  return "^" .. out .. "$"
end

-- The files matching pattern, sorted; a pattern with no wildcard names
-- itself when the file exists.
local function expand(pattern)
  local dir, base = pattern:match("^(.*)/([^/]*)$")
  dir, base = dir or ".", base or pattern
  if not base:find("[%*%?]") then
    local info = host.stat(pattern)
    return info and info.type == "file" and { pattern } or {}
  end
  local found = {}
  local re = glob_pattern(base)
  for _, name in ipairs(host.list_dir(dir) or {}) do
    local path = dir == "." and name or dir .. "/" .. name
    local info = host.stat(path)
    if name:match(re) and info and info.type == "file" then
      found[#found + 1] = path
    end
  end
  return found
end

local function quote(s) return '"' .. s:gsub('[\\"]', "\\%0") .. '"' end

-- The operands are the sources' patterns; --name names the project and
-- its one target (the current directory's name by default), --type the
-- target's type (executable by default).
function M.init(request, d)
  local patterns = request.operands
  if #patterns == 0 then
    return usage("init needs at least one source file or pattern")
  end
  local name = option(request, "name") or paths.basename(host.cwd())
  local target_type = option(request, "type") or "executable"
  if not schema.contains(schema.enums.target_type, target_type) then
    return usage("--type must be one of: " ..
                 table.concat(schema.enums.target_type, ", "))
  end
  local sources, seen, family = {}, {}, "c"
  for _, pattern in ipairs(patterns) do
    local files = expand(pattern)
    if #files == 0 then
      d:report("KIN-117", nil, nil, "no file matches '" .. pattern .. "'",
               "check the pattern; kindler init expands * and ? itself")
    end
    for _, f in ipairs(files) do
      if not seen[f] then
        seen[f] = true
        sources[#sources + 1] = f
        if normalize.source_family(f) == "c++" then family = "c++" end
      end
    end
  end
  if d.errors > 0 then return end
  table.sort(sources)
  local file = name .. ".kindler"
  if host.stat(file) then
    return usage(file .. " exists; not overwritten")
  end
  local lines = {
    "# " .. file .. ": written by kindler init; sources are listed explicitly.",
    "project {", "    name = " .. quote(name) .. ";", "}", "",
    "target " .. quote(name) .. " {",
    "    type = " .. target_type .. ";",
    "    language = " .. (family == "c" and "c99" or "\"c++11\"") .. ";",
    "    sources = [",
  }
  for _, s in ipairs(sources) do lines[#lines + 1] = "        " .. quote(s) .. "," end
  lines[#lines + 1] = "    ];"
  lines[#lines + 1] = "}"
  local ok, err = host.write_file(file, table.concat(lines, "\n") .. "\n")
  if ok == nil then
    d:report("KIN-707", nil, nil, err)
    return
  end
  io.write("wrote ", file, " with ", output.count(#sources, "source"), "\n")
end

return M
