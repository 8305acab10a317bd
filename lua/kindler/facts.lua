-- facts.lua: what a compiler and its system have, as a project's config
-- headers ask (kindler(5), config_header): headers, functions, the sizes of
-- types, the byte order. Each fact is found once per compiler by compiling
-- a small program with its driver: kindler-bootstrap probes M.COMMON into
-- facts_COMPILER.bin beside the compiler's cache; a fact an export needs
-- that no facts cache holds is probed then and added to the facts cache of
-- the first directory of the search path (--cache-dir, else the user's), so
-- that no later export probes it again. A facts cache belongs to one
-- compiler binary: it keeps the driver's path, size and modification
-- time, and one that names another is passed over (and probed afresh).
--
-- The probes (cache/FORMAT, section 5):
--   header.H      #include <H> compiles.
--   function.F    autoconf's test: `char F(void);` declared and called
--                 from main, linked: whether a library the compiler links
--                 by default has the symbol (no header is read).
--   sizeof.T      a typedef of T compiles (else 0: T is no type here),
--                 then a program prints sizeof(T); a cross compiler, which
--                 cannot run it, compiles `char a[sizeof(T) == N ? 1 : -1];`
--                 for N = 1, 2, 4, 8, 16, then 3 to 64 instead.
--   Headers are tried all in one file and functions all in one program
--   first; when that fails, each half in turn, down to single ones.
--   byte_order    a program that says whether the first byte of an int 1
--                 is 1, linked and run: "little" or "big" (a cross
--                 compiler cannot run it: the fact stays unknown).
local cache = require "kindler.cache"
local cachekeys = require "kindler.cachekeys"
local host = require "kindler.host"
local ir = require "kindler.ir"
local argv_words = require "kindler.probe.argv"
local probe_session = require "kindler.probe.session"
local tempdir = require "kindler.tempdir"

local M = {}

-- What kindler-bootstrap probes for every compiler: what the config
-- headers of portable C projects ask most.
M.COMMON = {
  headers = { "dlfcn.h", "endian.h", "fcntl.h", "inttypes.h", "limits.h",
              "locale.h", "memory.h", "sched.h", "stdint.h", "stdlib.h",
              "string.h", "strings.h", "sys/param.h", "sys/stat.h",
              "sys/time.h", "sys/types.h", "unistd.h" },
  functions = { "close", "fdopen", "fileno", "getpid", "gettimeofday",
                "localeconv", "mmap", "open", "read", "sched_yield",
                "snprintf", "strdup", "strlcpy", "strtoll", "vsnprintf" },
  sizes = { "char", "short", "int", "long", "long long", "void *", "size_t",
            "float", "double" },
  byte_order = true,
}

-- What a name of each kind may be.
local function is_header(h)
  return h:match("^[%w_][%w_./+-]*$") ~= nil and not h:find("..", 1, true)
end
local function is_function(f) return f:match("^[%a_][%w_]*$") ~= nil end
local function is_type(t) return t:match("^[%a_][%w_ ]*[%s%*]*$") ~= nil end
M.valid = { headers = is_header, functions = is_function, sizes = is_type }

-- A type's part of its key and macro: blanks as _, '*' as p ("void *":
-- void_p, SIZEOF_VOID_P, as autoconf names it).
function M.type_key(t)
  return (t:gsub("%*", " p"):gsub("^%s+", ""):gsub("%s+$", ""):gsub("%s+", "_"))
end

function M.key(kind, name)
  if kind == "headers" then return "header." .. name end
  if kind == "functions" then return "function." .. name end
  if kind == "sizes" then return "sizeof." .. M.type_key(name) end
  return "byte_order"
end

-- The keys a set of checks ({ headers, functions, sizes, byte_order })
-- needs, each once.
function M.keys(checks)
  local out, seen = {}, {}
  for _, kind in ipairs({ "headers", "functions", "sizes" }) do
    for _, name in ipairs(checks[kind] or {}) do
      local key = M.key(kind, name)
      if not seen[key] then
        seen[key] = true
        out[#out + 1] = { key = key, kind = kind, name = name }
      end
    end
  end
  if checks.byte_order then out[#out + 1] = { key = "byte_order", kind = "byte_order" } end
  return out
end

---------------------------------------------------------------------------
-- Probing
---------------------------------------------------------------------------

local SIZES = { 1, 2, 4, 8, 16 }
for n = 3, 64 do
  if n ~= 4 and n ~= 8 and n ~= 16 then SIZES[#SIZES + 1] = n end
end

local BYTE_ORDER = [[
#include <stdio.h>
int main(void) { int one = 1; puts(*(char *)&one == 1 ? "little" : "big"); return 0; }
]]

-- A prober: one compiler driver (argv) with its cache's flags, in a
-- probe session's directory. lang is "c" or "c++".
local Prober = {}
Prober.__index = Prober

function M.prober(session, argv, flags, lang)
  return setmetatable({ session = session, argv = argv, flags = flags,
                        lang = lang, n = 0 }, Prober)
end

function Prober:source(text)
  self.n = self.n + 1
  local name = "kf_" .. self.n .. (self.lang == "c" and ".c" or ".cc")
  self.session:write(name, text)
  return name
end

function Prober:compiles(text)
  local src = self:source(text)
  local argv = {}
  for _, w in ipairs(self.argv) do argv[#argv + 1] = w end
  for _, w in ipairs(argv_words.expand(self.flags.compile or "-c", "")) do argv[#argv + 1] = w end
  argv[#argv + 1] = src
  for _, w in ipairs(argv_words.expand(self.flags.output or "-o {}", "kf.o")) do argv[#argv + 1] = w end
  return (self.session:compile(argv, { "kf.o" }))
end

-- Links text into a program: its name, or nil.
function Prober:links(text)
  local src = self:source(text)
  local exe = self.session:exe("kf")
  local argv = {}
  for _, w in ipairs(self.argv) do argv[#argv + 1] = w end
  argv[#argv + 1] = src
  for _, w in ipairs(argv_words.expand(self.flags.output or "-o {}", exe)) do argv[#argv + 1] = w end
  if self.session:compile(argv, { exe }) then return exe end
  return nil
end

-- Whether every check of a group holds, tested at once: headers
-- included by one file, functions called by one program.
function Prober:group_holds(kind, checks)
  local lines = {}
  if kind == "headers" then
    for _, c in ipairs(checks) do lines[#lines + 1] = "#include <" .. c.name .. ">" end
    lines[#lines + 1] = "int kindler_fact;"
    return self:compiles(table.concat(lines, "\n") .. "\n")
  end
  local calls = {}
  for i, c in ipairs(checks) do
    lines[#lines + 1] = self.lang == "c" and "char " .. c.name .. "(void);"
                        or "extern \"C\" char " .. c.name .. "();"
    calls[i] = c.name .. "()"
  end
  lines[#lines + 1] = "int main(void) { return " .. table.concat(calls, " + ") .. " == 1; }"
  return self:links(table.concat(lines, "\n") .. "\n") ~= nil
end

-- Headers or functions: all at once, and where that fails, each half in
-- turn, so that a few missing ones cost a few more compiles, not one each.
function Prober:bisect(kind, checks, out)
  if #checks == 0 then return end
  if self:group_holds(kind, checks) then
    for _, c in ipairs(checks) do out[c.key] = true end
  elseif #checks == 1 then
    out[checks[1].key] = false
  else
    local half = math.floor(#checks / 2)
    local a, b = {}, {}
    for i, c in ipairs(checks) do
      if i <= half then a[#a + 1] = c else b[#b + 1] = c end
    end
    self:bisect(kind, a, out)
    self:bisect(kind, b, out)
  end
end

-- Sizes: each type that is one here, then (unless cross) one program
-- that prints them all; a cross compiler compiles a test per size.
function Prober:sizes(checks, out)
  local types = {}
  for _, c in ipairs(checks) do
    if self:compiles("#include <stddef.h>\ntypedef " .. c.name .. " kindler_t;\nint kindler_fact;\n") then
      types[#types + 1] = c
    else
      out[c.key] = 0
    end
  end
  if #types == 0 then return end
  if not self.session.cross then
    local lines = { "#include <stddef.h>", "#include <stdio.h>", "int main(void) {" }
    for _, c in ipairs(types) do
      lines[#lines + 1] = "  printf(\"%lu\\n\", (unsigned long)sizeof(" .. c.name .. "));"
    end
    lines[#lines + 1] = "  return 0;\n}"
    local said = self:run(table.concat(lines, "\n") .. "\n")
    local n = 0
    for line in (said or ""):gmatch("[^\n]+") do
      n = n + 1
      if types[n] then out[types[n].key] = tonumber(line) end
    end
    if n == #types then return end
  end
  for _, c in ipairs(types) do out[c.key] = self:size_by_compiling(c.name) end
end

-- The size of a type that is one, by compiling only: a test per size.
function Prober:size_by_compiling(t)
  for _, n in ipairs(SIZES) do
    if self:compiles("#include <stddef.h>\nchar kindler_size[sizeof(" .. t .. ") == " .. n ..
                     " ? 1 : -1];\n") then
      return n
    end
  end
  return 0
end

-- Links and runs text: what it printed, or nil.
function Prober:run(text)
  local exe = self:links(text)
  if not exe then return nil end
  local r = host.run({ self.session:path(exe) }, { dir = self.session.dir, timeout = 20 })
  return r.started and r.status == 0 and r.stdout or nil
end

-- The values of a list of checks (facts.keys), by key; a fact that cannot
-- be known here (the byte order, with a cross compiler) is left out.
function Prober:probe_all(checks)
  local out, by_kind = {}, { headers = {}, functions = {}, sizes = {} }
  for _, c in ipairs(checks) do
    if by_kind[c.kind] then
      local list = by_kind[c.kind]
      list[#list + 1] = c
    elseif not self.session.cross then
      local said = (self:run(BYTE_ORDER) or ""):match("^(%a+)")
      out[c.key] = (said == "little" or said == "big") and said or nil
    end
  end
  self:bisect("headers", by_kind.headers, out)
  self:bisect("functions", by_kind.functions, out)
  self:sizes(by_kind.sizes, out)
  return out
end

---------------------------------------------------------------------------
-- Caches
---------------------------------------------------------------------------

-- The language whose driver answers for compiler c: its C driver, else
-- its C++ one (kindler-bootstrap probes with the same).
function M.language(c)
  return cachekeys.compiler(c.entries, "driver.c") and "c" or "c++"
end

-- The facts cache entries that tie facts to compiler c's driver.
local function identity(c)
  local lang = M.language(c)
  return { ["compiler.name"] = c.name, ["compiler.language"] = lang,
           ["driver.path"] = cachekeys.compiler(c.entries, "driver." .. lang .. ".path"),
           ["driver.size"] = cachekeys.compiler(c.entries, "driver." .. lang .. ".size"),
           ["driver.mtime"] = cachekeys.compiler(c.entries, "driver." .. lang .. ".mtime"),
           ["hint.path"] = cachekeys.compiler(c.entries, "hint.path") }
end

-- A reporter that keeps quiet: a facts cache that cannot be read is
-- probed afresh, not an error.
local QUIET = { errors = 0, warnings = 0, report = function() end }

-- The facts the caches of dirs hold for compiler c, the first
-- directory's winning; those of another binary are passed over.
local function load(dirs, c)
  local facts, want = {}, identity(c)
  for i = #dirs, 1, -1 do
    local path = dirs[i] .. "/facts_" .. c.name .. ".bin"
    local f = host.stat(path) and cache.read(QUIET, path, "", "facts", c.name)
    local same = f ~= nil and f ~= false
    for key, value in pairs(want) do
      if same and f.entries[key] ~= value then same = false end
    end
    if same then
      for key, value in pairs(f.entries) do facts[key] = value end
    end
  end
  return facts
end

-- Writes facts (with c's identity, which no fact overrides) as the facts
-- cache of c in dir, each entry through cachekeys.lua.
function M.write(dir, c, facts)
  local entries = {}
  for key, value in pairs(identity(c)) do cachekeys.set("facts", entries, key, value) end
  for key, value in pairs(facts) do
    if entries[key] == nil and cachekeys.kind_of("facts", key) then
      cachekeys.set("facts", entries, key, value)
    end
  end
  return cache.write(dir, { kind = "facts", name = c.name, kindler_version = host.version,
                            hint_digest = c.hint_digest, entries = entries })
end

-- A prober for compiler c in a directory of its own below temp, or nil
-- when its driver is not on PATH any more.
local function prober_for(c, env, temp)
  local lang = M.language(c)
  local argv = argv_words.resolve(cachekeys.compiler(c.entries, "driver." .. lang))
  if not argv then return nil end
  local dir = temp .. "/" .. c.name
  host.mkdirs(dir)
  local os = { executable = { prefix = cachekeys.os(env.os, "executable.prefix"),
                              suffix = cachekeys.os(env.os, "executable.suffix") } }
  return M.prober(probe_session.session({ dir = dir, cross = cachekeys.os(env.os, "os.cross") == true, os = os }),
                  argv, { compile = cachekeys.compiler(c.entries, "flag.compile"),
                          output = cachekeys.compiler(c.entries, "flag.output") }, lang)
end

-- The checks of t's config headers that facts does not answer and were
-- not tried yet (tried: key -> true, filled here).
local function missing_checks(t, facts, tried)
  local missing = {}
  for _, header in ir.spairs(t.config_headers) do
    for _, check in ipairs(M.keys(header)) do
      if facts[check.key] == nil and not tried[check.key] then
        tried[check.key] = true
        missing[#missing + 1] = check
      end
    end
  end
  return missing
end

-- gather(nir, env, d): the facts of every config header of every target
-- (t.config_headers, a block of NAME = checks), as t.facts; what no cache
-- of the search path the caches came from (env.dirs) holds is probed with
-- the target's C compiler (else its C++ one) and written into its first
-- directory. KIN-410 when that cannot be written (the facts hold for this
-- export all the same).
function M.gather(nir, env, d)
  local dirs = env.dirs
  local known, tried, probers, probed, temp = {}, {}, {}, {}, nil
  for _, name in ipairs(ir.sorted_keys(nir.targets)) do
    local t = nir.targets[name]
    if t.config_headers and next(t.config_headers) then
      local c = env.compilers[t.toolchain.c or t.toolchain["c++"]]
      known[c.name] = known[c.name] or load(dirs, c)
      tried[c.name] = tried[c.name] or {}
      local missing = missing_checks(t, known[c.name], tried[c.name])
      if #missing > 0 then
        temp = temp or tempdir.make()
        if probers[c.name] == nil then
          probers[c.name] = temp and prober_for(c, env, temp) or false
        end
        if probers[c.name] then
          for key, value in pairs(probers[c.name]:probe_all(missing)) do
            known[c.name][key] = value
          end
        end
        probed[c.name] = c
      end
      t.facts = known[c.name]
    end
  end
  if temp then tempdir.remove(temp) end
  for _, name in ipairs(ir.sorted_keys(probed)) do
    local ok, err = M.write(dirs[1], probed[name], known[name])
    if not ok then
      d:report("KIN-410", nil, nil, string.format(
        "the facts probed for %s's config headers could not be kept in %s: %s",
        name, dirs[1], tostring(err)),
        "make the directory writable, or run kindler-bootstrap there: the next " ..
        "export probes them again")
    end
  end
end

return M
