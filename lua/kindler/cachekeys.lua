-- cachekeys.lua: the keys of a cache and the values each may hold
-- (cache/FORMAT, sections 3, 4 and 5), as data cache.lua checks every cache
-- against before any other code reads it. A cache's strings reach build
-- files as commands and flags: each kind of string has a character set
-- that no make, shell or Ninja reads as syntax, and a value outside it
-- marks the cache as damaged (status 3: the bootstrap writes it again).
local diag = require "kindler.diag"

local M = {}

-- What a string may hold, by kind:
--   words  flag templates and commands: words of M.WORD joined by spaces
--   token  a file name part or a directory below PREFIX ("lib", ".so")
--   text   anything without a control character (versions, uname lists)
--   path   an absolute path without a control character
M.WORD = "^[%w_./,+=:@%%^{}~-]+$"

local function is_words(v)
  if v == "" then return true end
  if v:find("^ ") or v:find(" $") or v:find("  ") then return false end
  for word in v:gmatch("[^ ]+") do
    if not word:match(M.WORD) then return false end
  end
  return true
end

local string_kinds = {
  words = { is_words, "flag words (letters, digits, _ . / , + = : @ % ^ { } ~ -)" },
  token = { function(v)
              return v:match("^[%w_.+-][%w_.+/-]*$") ~= nil and not v:find("%.%.")
                     or v == ""
            end, "a file name part (letters, digits, _ . + - /)" },
  text = { function(v) return not v:find("%c") end,
           "text without control characters" },
  path = { function(v) return v:sub(1, 1) == "/" and not v:find("%c") end,
           "an absolute path" },
}

-- Key patterns (anchored Lua patterns) and their value: a string kind,
-- "bool", "number", or "KIND|false" (a verified flag, false when the
-- probe did not prove it). The first pattern a key matches decides.
local os_keys = {
  { "os%.name", "token" }, { "os%.uname", "text" }, { "os%.cross", "bool" },
  { "compilers", "words" }, { "library_paths", "text" },
  { "object_suffix", "token" },
  { "runner", "text" },
  { "os%.release", "text" }, { "os%.machine", "text" }, { "os%.target", "token" },
  { "executable%.[%w_]+", "token" }, { "staticlib%.[%w_]+", "token" },
  { "sharedlib%.[%w_]+", "token" }, { "import_library%.[%w_]+", "token" },
  { "abi%.default", "token" }, { "abi%.[%w_]+%.libdir", "token" },
  { "abi%.[%w_]+%.library_paths", "text" },
  { "install%.[%w_]+", "token" },
  { "rpath%.supported", "bool" }, { "rpath%.origin", "text|false" },
  { "make%.name", "words" }, { "make%.has_C_flag", "bool" },
  { "make%.include", "bool" }, { "make%.max_args", "number" },
  { "shell%.path", "path" }, { "shell%.posix", "bool" },
  { "shell%.posix_path", "path" },
  { "tools%.[%w_]+", "words|false" },
  { "hint%.path", "path" },
}

local compiler_keys = {
  { "compiler%.name", "token" }, { "compiler%.version", "text" },
  { "probe%.ran", "bool" },
  { "driver%.[%w+]+", "words" }, { "driver%.[%w+]+%.path", "path" },
  { "driver%.[%w+]+%.size", "number" }, { "driver%.[%w+]+%.mtime", "number" },
  { "driver%.[%w+]+%.version", "text" },
  { "std%.[%w+]+", "words|false" }, { "std%.[%w+]+%.[%w_]+", "words|false" },
  { "flag%.[%w_.]+", "words|false" },
  { "feature%.[%w+]+%.[%w_]+", "bool" },
  { "archiver%.command", "words" }, { "archiver%.create", "words" },
  { "archiver%.ranlib", "words|false" },
  { "hint%.path", "path" }, { "hint%.os", "token" },
  { "hint%.os_path", "path" }, { "hint%.os_digest", "text" },
}

-- A facts cache (facts.lua): what config headers ask, tied to one driver.
local facts_keys = {
  { "compiler%.name", "token" }, { "compiler%.language", "token" },
  { "driver%.path", "path" }, { "driver%.size", "number" },
  { "driver%.mtime", "number" }, { "hint%.path", "path" },
  { "header%.[%w_./+-]+", "bool" }, { "function%.[%w_]+", "bool" },
  { "sizeof%.[%w_]+", "number" }, { "byte_order", "token" },
}

M.keys = { os = os_keys, compiler = compiler_keys, facts = facts_keys }

-- Keys a reader cannot do without.
M.required = {
  os = { "os.name", "os.uname", "hint.path" },
  compiler = { "compiler.name", "hint.path" },
  facts = { "compiler.name", "compiler.language", "hint.path" },
}

local function kind_of(keys, key)
  for _, k in ipairs(keys) do
    if key:match("^" .. k[1] .. "$") then return k[2] end
  end
end

-- The kind of value key holds in a cache of kind ("os", "compiler",
-- "facts"): a string kind, "bool", "number", "KIND|false"; nil for a key
-- this version does not know.
function M.kind_of(kind, key)
  return kind_of(M.keys[kind], key)
end

-- Whether v is a value of kind; else what it should have been.
local function fits(kind, v)
  local base = kind:gsub("|false$", "")
  if base ~= kind and v == false then return true end
  local what = base ~= kind and " or false" or ""
  if base == "bool" then return type(v) == "boolean", "true or false" end
  if base == "number" then return type(v) == "number", "a number" end
  local s = string_kinds[base]
  return type(v) == "string" and s[1](v), s[2] .. what
end

-- Checks the entries of a decoded cache of `kind` ("os" or "compiler").
-- Returns nil when they fit, else what is wrong (one message). Keys this
-- version does not know are left alone, as cache/FORMAT says.
function M.check(kind, entries)
  local keys = M.keys[kind]
  if not keys then return "its kind is " .. diag.quoted(kind) end
  for _, key in ipairs(M.required[kind]) do
    if entries[key] == nil then return "it has no " .. key end
  end
  local names = {}
  for key in pairs(entries) do names[#names + 1] = key end
  table.sort(names)
  for _, key in ipairs(names) do
    local want = kind_of(keys, key)
    if want then
      local ok, should = fits(want, entries[key])
      if not ok then
        return string.format("%s is %s; it should be %s", key,
                             diag.quoted(entries[key]), should)
      end
    end
  end
  return nil
end

return M
