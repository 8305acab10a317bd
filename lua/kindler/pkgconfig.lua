-- pkgconfig.lua: the pkg_config field (kindler(5)). Each entry names a
-- package, with a version constraint if it likes ("zlib >= 1.2"), and is
-- asked of pkg-config once an export: whether it is there (KIN-400, with
-- pkg-config's own words, when not) and its --cflags and --libs. A
-- target's packages' compile flags become part of its cflags and
-- cxxflags, and of its dependents' when it is public (normalize.lua
-- carries them); their link flags join its libs, which reach the links
-- that take the target as libs do.
local host = require "kindler.host"
local ir = require "kindler.ir"
local schema = require "kindler.schema"

local M = {}

-- An entry: a package name (not an option: it never starts with '-'),
-- then an optional comparison and version.
local NAME = "^[%w_][%w_.+-]*$"
local OPERATORS = { ["="] = true, ["=="] = true, ["!="] = true, ["<"] = true,
                    ["<="] = true, [">"] = true, [">="] = true }

-- Whether spec is an entry pkg-config may be given.
function M.valid(spec)
  local name, op, version = spec:match("^%s*(%S+)%s*([<>=!]*)%s*(%S*)%s*$")
  if not name or not name:match(NAME) then return false end
  if op == "" then return version == "" end
  return OPERATORS[op] ~= nil and version:match("^[%w_.+~-]+$") ~= nil
end

-- pkg-config's output as words: blanks part them, a backslash keeps the
-- character after it.
local function split(text)
  local words, word, i = {}, nil, 1
  while i <= #text do
    local c = text:sub(i, i)
    if c == "\\" and i < #text then
      word = (word or "") .. text:sub(i + 1, i + 1)
      i = i + 1
    elseif c:match("%s") then
      if word then words[#words + 1], word = word, nil end
    else
      word = (word or "") .. c
    end
    i = i + 1
  end
  if word then words[#words + 1] = word end
  return words
end

local function run(args)
  return host.run(args, { timeout = 30, limit = 65536 })
end

-- query(spec) -> { cflags = words, libs = words }, or nil and why.
function M.query(spec)
  local r = run({ "pkg-config", "--print-errors", "--exists", spec })
  if not r.started then return nil, "pkg-config is not installed" end
  if r.status ~= 0 then
    -- pkg-config says several lines: the one that names the version
    -- found, else its first ("Package x was not found ...").
    local first, found
    for line in (r.stderr or ""):gmatch("[^\n]+") do
      first = first or line
      if line:find("has version", 1, true) then found = line end
    end
    return nil, (found or first or "not found"):gsub("%.$", "")
  end
  local cflags = run({ "pkg-config", "--cflags", spec })
  local libs = run({ "pkg-config", "--libs", spec })
  if cflags.status ~= 0 or libs.status ~= 0 then
    return nil, "pkg-config gives no flags for it"
  end
  return { cflags = split(cflags.stdout), libs = split(libs.stdout) }
end

-- expand(nir, parsed, d): asks pkg-config for every target's entries,
-- each once; KIN-108 for an entry that is not one, KIN-400 for a package
-- it lacks; sets t.package_cflags, adds the link flags to t.libs and
-- lists them in t.package_libs too (a .pc file names the package instead:
-- pcfile.lua).
function M.expand(nir, parsed, d)
  local answers = {}
  for _, name in ipairs(ir.sorted_keys(nir.targets)) do
    local t = nir.targets[name]
    local src = parsed.targets[name]
    local place, cflags = src.pkg_config or src, ir.list()
    t.package_libs = ir.list()
    for i, spec in ipairs(t.pkg_config) do
      local key = place == src.pkg_config and src.pkg_config[i] == spec and i or "pkg_config"
      if not M.valid(spec) then
        d:report("KIN-108", place, key, string.format(
          "target '%s': pkg_config entry '%s' is not a package name with an " ..
          "optional version constraint", name, spec),
          "write it as \"NAME\" or \"NAME >= VERSION\" (= != < <= > >=)")
      else
        if answers[spec] == nil then
          local found, why = M.query(spec)
          answers[spec] = found or { missing = why }
        end
        local a = answers[spec]
        if a.missing then
          d:report("KIN-400", place, key, string.format(
            "target '%s': pkg-config package '%s': %s", name, spec, a.missing))
        else
          for _, f in ipairs(a.cflags) do cflags[#cflags + 1] = f end
          for _, f in ipairs(a.libs) do
            if not schema.contains(t.libs, f) then t.libs[#t.libs + 1] = f end
            t.package_libs[#t.package_libs + 1] = f
          end
        end
      end
    end
    t.package_cflags = cflags
  end
end

return M
