-- cachekeys.lua: the one owner of the keys of a cache (cache/FORMAT,
-- sections 3, 4 and 5): each key's name, the values it may hold, its
-- default and the hint field that feeds it. kindler-bootstrap writes
-- through it (M.set, cacheentries.lua), every reader reads through it
-- (M.os, M.compiler), and cache.lua checks every cache against it before
-- any other code reads it (M.check). A cache's strings reach build
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

-- Every key, as cache/FORMAT lists it, in one table per kind of cache:
--   [1]      the key as FORMAT writes it; an upper-case word stands for a
--            name (abi.NAME.libdir, driver.L, std.S.D; PLACEHOLDER below)
--   [2]      its value: a string kind above, "bool", "number", or
--            "KIND|false" (a verified flag, false when no probe proved it)
--   hint     the hint field that feeds it (kindler-hints(5)); an OS key
--            with a hint and no source is copied from that field
--   source   where the bootstrap finds it, when no hint field alone says it
--   default  what a reader gets when the cache has none (an optional key)
--   shown    no exporter reads it: it is for people reading
--            `kindler cache show` (FORMAT marks it [show])
local OS = {
  { "os.name", "token", hint = "name" },
  { "os.uname", "text", hint = "uname" },
  { "os.cross", "bool", hint = "cross" },
  { "os.target", "token", source = "--target", shown = true },
  { "os.release", "text", source = "uname -r", shown = true },
  { "os.machine", "text", source = "uname -m", shown = true },
  { "compilers", "words", hint = "compilers" },
  { "runner", "text", hint = "runner" },
  { "library_paths", "text", hint = "library_paths", shown = true },
  { "executable.prefix", "token", hint = "executable.prefix", default = "" },
  { "executable.suffix", "token", hint = "executable.suffix", default = "" },
  { "staticlib.prefix", "token", hint = "staticlib.prefix", default = "" },
  { "staticlib.suffix", "token", hint = "staticlib.suffix", default = "" },
  { "sharedlib.prefix", "token", hint = "sharedlib.prefix", default = "" },
  { "sharedlib.suffix", "token", hint = "sharedlib.suffix", default = "" },
  { "sharedlib.versioning", "token", hint = "sharedlib.versioning", default = "none" },
  { "sharedlib.install_dir", "token", hint = "sharedlib.install_dir", default = "libdir" },
  { "sharedlib.member", "token", hint = "sharedlib.member", shown = true },
  { "import_library.prefix", "token", hint = "import_library.prefix", default = "" },
  { "import_library.suffix", "token", hint = "import_library.suffix" },
  { "object_suffix", "token", hint = "object_suffix", default = ".o" },
  { "abi.default", "token", hint = "abis.default", default = "native" },
  { "abi.NAME.libdir", "token", hint = "abis.NAME.libdir" },
  { "abi.NAME.library_paths", "text", hint = "abis.NAME.library_paths", shown = true },
  { "install.bindir", "token", hint = "install.bindir", default = "bin" },
  { "install.libdir", "token", hint = "install.libdir", default = "lib" },
  { "install.includedir", "token", hint = "install.includedir", default = "include" },
  { "install.mandir", "token", hint = "install.mandir", default = "share/man" },
  { "install.datadir", "token", hint = "install.datadir", default = "share" },
  { "rpath.supported", "bool", hint = "rpath.supported", default = false },
  { "rpath.origin", "text|false", hint = "rpath.origin", default = false },
  { "make.name", "words", hint = "make.name", shown = true },
  { "make.has_C_flag", "bool", hint = "make.has_C_flag", shown = true },
  { "make.include", "bool", hint = "make.include", shown = true },
  { "make.max_args", "number", hint = "make.max_args", default = 131072 },
  { "shell.path", "path", hint = "shell.path", shown = true },
  { "shell.posix", "bool", hint = "shell.posix", shown = true },
  { "shell.posix_path", "path", hint = "shell.posix_path", shown = true },
  { "tools.TOOL", "words|false", hint = "tools.TOOL", source = "the first on PATH" },
  { "hint.path", "path", source = "the OS hint file" },
}

local COMPILER = {
  { "compiler.name", "token", hint = "name" },
  { "compiler.version", "text", hint = "identify.version_format", source = "macros or banner" },
  { "probe.ran", "bool", source = "false for a --target profile", shown = true },
  { "driver.L", "words", hint = "drivers.L" },
  { "driver.L.path", "path", source = "PATH" },
  { "driver.L.size", "number", source = "stat of driver.L.path" },
  { "driver.L.mtime", "number", source = "stat of driver.L.path" },
  { "driver.L.version", "text", source = "macros or banner", shown = true },
  { "std.S", "words|false", hint = "std_map.S, std_fallback.S", source = "probe" },
  { "std.S.D", "words|false", hint = "dialects.D.S", source = "probe" },
  { "flag.compile", "words", hint = "flags.compile" },
  { "flag.output", "words", hint = "flags.output" },
  { "flag.define", "words", hint = "flags.define" },
  { "flag.include", "words", hint = "flags.include" },
  { "flag.system_include", "words|false", hint = "flags.system_include", default = false },
  { "flag.libdir", "words", hint = "flags.libdir", shown = true },
  { "flag.lib", "words", hint = "flags.lib" },
  { "flag.pic", "words|false", hint = "flags.pic", source = "probe", default = false },
  { "flag.shared", "words|false", hint = "flags.shared", source = "probe", default = false },
  { "flag.soname", "words|false", hint = "flags.soname", source = "probe", default = false },
  { "flag.rpath", "words|false", hint = "flags.rpath", source = "probe", default = false },
  { "flag.rpath_join", "words|false", hint = "flags.rpath_join", default = false },
  { "flag.rpath_tail", "words", hint = "flags.rpath_tail" },
  { "flag.depfile", "words|false", hint = "flags.depfile", source = "probe", default = false },
  { "flag.depfile_system", "words|false", hint = "flags.depfile_system", source = "probe",
    default = false },
  { "flag.depfile_target", "words|false", hint = "flags.depfile_target", source = "probe",
    default = false },
  { "flag.implib", "words|false", hint = "flags.implib", default = false },
  { "flag.static_runtime", "words|false", hint = "flags.static_runtime", default = false },
  { "flag.threads", "words|false", hint = "flags.threads", source = "probe", default = false },
  { "flag.werror", "words|false", hint = "flags.werror", source = "probe", shown = true },
  { "flag.static", "words|false", hint = "flags.static", source = "probe", shown = true },
  { "flag.response_file", "words|false", hint = "flags.response_file", source = "probe",
    default = false },
  { "flag.optimize", "words|false", hint = "flags.optimize", source = "probe", default = false },
  { "flag.optimize_size", "words|false", hint = "flags.optimize_size", source = "probe",
    default = false },
  { "flag.debug", "words|false", hint = "flags.debug", source = "probe", default = false },
  { "flag.abi.NAME", "words|false", hint = "flags.abi.NAME", source = "probe", default = false },
  { "feature.L.threads", "bool", source = "probe", default = false },
  { "feature.L.thread_local", "bool", source = "probe", default = false },
  { "feature.L.atomics", "bool", source = "probe", default = false },
  { "archiver.command", "words", hint = "archiver.command", default = "ar" },
  { "archiver.create", "words", hint = "archiver.create", default = "rc" },
  { "archiver.ranlib", "words|false", hint = "archiver.ranlib", default = false },
  { "hint.path", "path", source = "the compiler hint file" },
  { "hint.os", "token", source = "the OS hint's name" },
  { "hint.os_path", "path", source = "the OS hint file" },
  { "hint.os_digest", "text", source = "the OS hint's digest" },
}

-- A facts cache (facts.lua): what config headers ask, tied to one driver.
-- facts.lua reads every entry of it together.
local FACTS = {
  { "compiler.name", "token", hint = "name" },
  { "compiler.language", "token", source = "the driver that answered" },
  { "driver.path", "path", source = "the compiler cache" },
  { "driver.size", "number", source = "the compiler cache" },
  { "driver.mtime", "number", source = "the compiler cache" },
  { "hint.path", "path", source = "the compiler hint file" },
  { "header.H", "bool", source = "probe" },
  { "function.F", "bool", source = "probe" },
  { "sizeof.T", "number", source = "probe" },
  { "byte_order", "token", source = "probe" },
}

-- What each placeholder of a key stands for.
M.PLACEHOLDER = {
  NAME = "[%w_]+", L = "[%w+]+", S = "[%w+]+", D = "[%w_]+", TOOL = "[%w_]+",
  H = "[%w_./+-]+", F = "[%w_]+", T = "[%w_]+",
}

-- Each key's anchored Lua pattern.
local function compile(list)
  for _, k in ipairs(list) do
    local parts = {}
    for part in k[1]:gmatch("[^.]+") do
      parts[#parts + 1] = M.PLACEHOLDER[part] or part:gsub("%+", "%%+")
    end
    k.pattern = "^" .. table.concat(parts, "%.") .. "$"
  end
  return list
end

M.keys = { os = compile(OS), compiler = compile(COMPILER), facts = compile(FACTS) }

-- Keys a reader cannot do without.
M.required = {
  os = { "os.name", "os.uname", "hint.path" },
  compiler = { "compiler.name", "hint.path" },
  facts = { "compiler.name", "compiler.language", "hint.path" },
}

-- The entry of M.keys[kind] that key is, or nil; each key is matched
-- against the patterns once (readers ask for absent keys on every target).
local matched = { os = {}, compiler = {}, facts = {} }
local function spec_of(kind, key)
  local memo = matched[kind]
  if memo[key] == nil then
    memo[key] = false
    for _, k in ipairs(M.keys[kind]) do
      if key:match(k.pattern) then memo[key] = k; break end
    end
  end
  return memo[key] or nil
end

-- The kind of value key holds in a cache of kind ("os", "compiler",
-- "facts"): a string kind, "bool", "number", "KIND|false"; nil for a key
-- this version does not know.
function M.kind_of(kind, key)
  local k = spec_of(kind, key)
  return k and k[2]
end

-- Reads key from the entries of a checked cache of kind ("os",
-- "compiler", "facts"): its value, or the key's default when the cache has
-- none; nil for a key the table does not hold (a standard or ABI name
-- that a project file gives and no cache has). That every key the code
-- reads is in the table is the lua lane's to check (t/lua/cachekeys_test.lua).
function M.read(kind, entries, key)
  local v = entries[key]
  if v ~= nil then return v end
  local k = spec_of(kind, key)
  return k and k.default
end

function M.os(entries, key) return M.read("os", entries, key) end
function M.compiler(entries, key) return M.read("compiler", entries, key) end

-- Sets entries[key] = value for a cache of kind that the bootstrap
-- writes. A key the table does not hold is a mistake in the writer.
function M.set(kind, entries, key, value)
  if not spec_of(kind, key) then
    error("cachekeys: no " .. kind .. " cache key " .. key, 2)
  end
  entries[key] = value
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
  if not M.keys[kind] then return "its kind is " .. diag.quoted(kind) end
  for _, key in ipairs(M.required[kind]) do
    if entries[key] == nil then return "it has no " .. key end
  end
  local names = {}
  for key in pairs(entries) do names[#names + 1] = key end
  table.sort(names)
  for _, key in ipairs(names) do
    local want = M.kind_of(kind, key)
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
