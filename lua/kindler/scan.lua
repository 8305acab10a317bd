-- scan.lua: header dependencies found at export time, for the objects of a
-- compiler that cannot write them itself (plan.lua). A source's #include
-- lines are followed through the project's own files: "quoted" names are
-- looked up beside the including file, then on the include path; <angled>
-- names on the include path only. Headers outside the project (system
-- headers) are not followed. The result lets a Makefile rebuild the
-- objects a header change affects with no compiler dependency flags.
local host = require "kindler.host"

local M = {}
M.__index = M

-- A scanner over the source tree at srcdir (paths are relative to it).
function M.new(srcdir)
  return setmetatable({ srcdir = srcdir, includes = {}, known = {},
                        resolved = {} }, M)
end

local function dir_of(path) return path:match("^(.*)/[^/]*$") or "." end

-- Joins and tidies a relative path: "a/./b/../c" -> "a/c".
function M.join(dir, name)
  if (dir == "." or dir == "") and name:sub(1, 1) ~= "/" and
      not name:find("//", 1, true) and
      not name:find("^%.") and not name:find("/%.") and name:sub(-1) ~= "/" then
    return name                   -- already tidy: the common case, made fast
  end
  local path = (dir == "." or dir == "") and name or dir .. "/" .. name
  local parts = {}
  for part in path:gmatch("[^/]+") do
    if part == ".." and #parts > 0 and parts[#parts] ~= ".." then
      parts[#parts] = nil
    elseif part ~= "." then
      parts[#parts + 1] = part
    end
  end
  return table.concat(parts, "/")
end

function M:exists(path)
  local known = self.known[path]
  if known == nil then
    local info = host.stat(self.srcdir .. "/" .. path)
    known = info ~= nil and info.type == "file"
    self.known[path] = known
  end
  return known
end

-- The #include names of one file, in order: { { name, quoted }, ... }
function M:directives(path)
  local found = self.includes[path]
  if found then return found end
  found = {}
  local text = host.read_file(self.srcdir .. "/" .. path) or ""
  -- One pass over the whole text: an include starts a line (after blanks).
  for q, name in ("\n" .. text):gmatch('\n[ \t]*#[ \t]*include[ \t]*(["<])([^">\n]+)[">]') do
    found[#found + 1] = { name, q == '"' }
  end
  self.includes[path] = found
  return found
end

-- The project file an #include in `path` names, or false: quoted names
-- beside the including file first, then on the include path.
function M:resolve(path, name, quoted, include_dirs, dirs_key)
  local key = (quoted and dir_of(path) or "") .. "\0" .. name .. "\0" .. dirs_key
  local found = self.resolved[key]
  if found ~= nil then return found end
  found = false
  if quoted then
    local beside = M.join(dir_of(path), name)
    if self:exists(beside) then found = beside end
  end
  if not found then
    for _, dir in ipairs(include_dirs) do
      -- Absolute directories hold system headers: not followed.
      if dir:sub(1, 1) ~= "/" then
        local candidate = M.join(dir, name)
        if self:exists(candidate) then found = candidate break end
      end
    end
  end
  self.resolved[key] = found
  return found
end

-- Every project header that source includes, directly or not, sorted.
-- include_dirs are relative to srcdir.
function M:headers(source, include_dirs)
  local seen, out = { [source] = true }, {}
  local dirs_key = table.concat(include_dirs, "\0")
  local function visit(path)
    for _, inc in ipairs(self:directives(path)) do
      local found = self:resolve(path, inc[1], inc[2], include_dirs, dirs_key)
      if found and not seen[found] then
        seen[found] = true
        out[#out + 1] = found
        visit(found)
      end
    end
  end
  visit(source)
  table.sort(out)
  return out
end

return M
