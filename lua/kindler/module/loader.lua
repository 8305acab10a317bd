-- module/loader.lua: finding the modules a project names and loading them
-- into their sandboxes (kindler-modules(7), FINDING MODULES). A name is
-- looked for as NAME.lua in the project's modules/ directory, the user's
-- ~/.config/kindler/modules/ and the data directory's lua/modules/, in
-- that order; "./PATH" is PATH.lua beside the project file. A module is
-- text (bytecode is refused) that no one but its owner and root can
-- change (KIN-705, as for caches).
local cache = require "kindler.cache"
local call = require "kindler.module.call"
local host = require "kindler.host"
local paths = require "kindler.paths"
local sandbox = require "kindler.module.sandbox"

local M = {}

-- A module name: a plain name, or ./PATH (no "..", no empty part).
M.NAME = "^[A-Za-z0-9_][A-Za-z0-9_-]*$"
function M.valid_name(name)
  if name:match(M.NAME) then return true end
  local rest = name:match("^%./(.+)$")
  if not rest then return false end
  for part in (rest .. "/"):gmatch("([^/]*)/") do
    if part == "" or part == "." or part == ".." or not part:match(M.NAME) then
      return false
    end
  end
  return true
end

-- The directories searched for a plain name, in order: { dir, what }.
function M.search_dirs(project_dir)
  local dirs = { { dir = paths.join(project_dir, "modules"), what = "project" } }
  local home = host.getenv("HOME")
  if home and home ~= "" then
    dirs[#dirs + 1] = { dir = home .. "/.config/kindler/modules", what = "user" }
  end
  local data = host.home:gsub("/%.$", "")
  dirs[#dirs + 1] = { dir = data .. "/lua/modules", what = "installed" }
  return dirs
end

-- Every module found, in search order: { name, path, what, shadowed }
-- (shadowed: an earlier directory has one of that name).
function M.list(project_dir)
  local found, seen = {}, {}
  for _, where in ipairs(M.search_dirs(project_dir)) do
    local files = host.list_dir(where.dir) or {}
    table.sort(files)
    for _, file in ipairs(files) do
      local name = file:match("^(.+)%.lua$")
      if name and name:match(M.NAME) then
        found[#found + 1] = { name = name, path = where.dir .. "/" .. file,
                              what = where.what, shadowed = seen[name] }
        seen[name] = true
      end
    end
  end
  return found
end

-- The file of module `name` for a project in project_dir: its path, or nil
-- and the places looked at. A file refused for its permissions (KIN-705)
-- is passed over.
local function find(d, name, project_dir)
  if name:sub(1, 2) == "./" then
    local path = paths.join(project_dir, name:sub(3) .. ".lua")
    if host.stat(path) and not cache.refuse_unsafe(d, path) then return path end
    return nil, { path }
  end
  local looked = {}
  for _, where in ipairs(M.search_dirs(project_dir)) do
    local path = where.dir .. "/" .. name .. ".lua"
    if host.stat(path) and not cache.refuse_unsafe(d, path) then return path end
    looked[#looked + 1] = path
  end
  return nil, looked
end

-- Loads module `name` (the project file names it at tbl[key]) and runs it,
-- which registers what it brings through api.new(m). Returns the module
-- record { name, path, chunk } or nil after reporting.
local function load_one(d, api, name, project_dir, tbl, key)
  local path, looked = find(d, name, project_dir)
  if not path then
    d:report("KIN-708", tbl, key, string.format(
      "module '%s' is not found (looked for %s)", name, table.concat(looked, ", ")),
      "install it in one of those places, or correct its name")
    return nil
  end
  local m = { name = name, path = path, chunk = "=module:" .. name }
  local chunk, err = host.load_text(path, m.chunk)
  if not chunk then
    err = tostring(err)
    local line, message = err:match("^module:[^:]*:(%d+):%s*(.*)$")
    if err:sub(1, #path + 2) == path .. ": " then message = err:sub(#path + 3) end
    call.report(m, "loading", "error", "does not load: " .. (message or err),
                tonumber(line))
    return nil
  end
  setfenv(chunk, sandbox.environment(api.new(m)))
  local ok, results = call.run(m, "loading", chunk)
  if ok and results[1] ~= nil then
    call.report(m, "loading", "misuse", "a module's text returns nothing; it " ..
                "registers what it brings through the kindler table", 0)
    return nil
  end
  return ok and m or nil
end

-- Loads the modules listed in names (the project's `modules`, a list from
-- the project file: tbl is that list), in order, each once. Returns true
-- when all loaded.
function M.load(d, api, names, project_dir)
  local loaded = {}
  local all = true
  for i, name in ipairs(names) do
    if not loaded[name] then
      loaded[name] = true
      if not load_one(d, api, name, project_dir, names, i) then all = false end
    end
  end
  return all
end

return M
