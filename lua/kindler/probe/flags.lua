-- probe/flags.lua: which of the hint's flags really work, each proven by
-- a program built with it (a flag that fails is recorded as false):
--
--   pic        kp_lib.c compiles with flags.pic (and flags.define: the
--              value it returns comes from -D).
--   shared     kp_lib.o links into libkp.so with flags.shared and
--              flags.soname libkp.so.1; a program links to it with
--              flags.libdir, flags.lib and flags.rpath (the library's
--              directory, absolute); libkp.so is then removed and the
--              program run from another directory: it finds libkp.so.1
--              only through its run path, by the library's soname. That
--              proves shared, soname and rpath at once; when it fails,
--              the run is retried with libkp.so back (soname did not take)
--              and shared alone is kept when only the link worked. On a
--              system or compiler without rpath, or a cross compiler,
--              links are the proof. Only on systems whose sharedlib
--              versioning is "soname" is the soname tested by the loader.
--   depfile    a file including "kp_dep.h" (found through flags.include)
--              and <kp_sys.h> (through flags.system_include) compiles
--              with flags.depfile (and flags.depfile_target), as a
--              Makefile compiles (into a temporary object): the
--              dependency file must exist, and the shell commands the
--              Makefile reads it with (depfile.lua) must find kp_dep.h;
--              with flags.depfile_system, kp_sys.h too.
--   threads    a program creating a POSIX thread and joining it compiles,
--              links and runs with flags.threads.
--   werror     a clean file compiles with flags.werror; a file with a
--              warning every compiler gives (an integer assigned to a
--              pointer, or a constant that does not fit a char) compiles
--              without it, with output, and fails with it.
--   static     a program links with flags.static and runs. (This proves
--              the flag is accepted and a program links with it, not that
--              the result holds no shared library.)
--   abi.NAME   a program compiles, links and runs with the ABI's flag.
--   optimize, optimize_size, debug
--              a program compiles, links and runs with the flag (what a
--              build type asks for: proof that the flag is accepted and
--              its code runs, not of what it does).
-- Each probe takes the session (session.lua) as self and records its
-- answer in result (compiler.lua).
local host = require "kindler.host"
local depfile_reader = require "kindler.depfile"
local argv_words = require "kindler.probe.argv"
local vocabulary = require "kindler.probe.vocabulary"
local programs = require "kindler.probe.programs"
local session = require "kindler.probe.session"

local words, expand = argv_words.words, argv_words.expand
local append, concat = argv_words.append, argv_words.concat
local trim = session.trim
local COMPILE_TIMEOUT, OUTPUT_LIMIT = session.COMPILE_TIMEOUT, session.OUTPUT_LIMIT
local SOURCE_SUFFIX, HELLO_SOURCE = programs.SOURCE_SUFFIX, programs.HELLO_SOURCE
local LIB_SOURCE, MAIN_SOURCE = programs.LIB_SOURCE, programs.MAIN_SOURCE
local DEP_SOURCE, THREADS_SOURCE = programs.DEP_SOURCE, programs.THREADS_SOURCE
local CLEAN_SOURCE, WARNING_SOURCES = programs.CLEAN_SOURCE, programs.WARNING_SOURCES

local M = {}

-- The compiler's flags with the OS hint's flag_overrides for it applied.
function M.effective_flags(hint, os_hint)
  local flags = {}
  for k, v in pairs(hint.flags or {}) do flags[k] = v end
  local over = os_hint.flag_overrides and os_hint.flag_overrides[hint.name]
  if type(over) == "table" then
    for k, v in pairs(over) do flags[k] = v end
  end
  return flags
end

-- The flag of that name when the hint gives one (a string), else false.
local function flag(flags, name)
  local v = flags[name]
  if type(v) == "string" then return v end
  return false
end

-- Shows (-v) what the probe of flag name found: value, or why not.
local function note(self, name, value, err)
  if value then
    self.detail(string.format("  %s: %s ok", name, value == "" and "(no flag)" or value))
  elseif err then
    local tried = self.flags[name]
    if name:match("^abi%.") then tried = self.flags.abi[name:sub(5)] end
    self.detail(string.format("  %s: %s failed: %s", name,
                              type(tried) == "string" and tried or "", err))
  else
    self.detail(string.format("  %s: false in the hint", name))
  end
end

-- pic, shared, soname, rpath: see the head of this file.
function M.shared(self, driver, lang, result)
  local flags = self.flags
  local src = SOURCE_SUFFIX[lang]
  local pic = flag(flags, "pic")
  local lib_obj = "sh/kp_lib.o"
  self:write("sh/kp_lib" .. src, LIB_SOURCE)
  host.mkdirs(self:path("sh/lib"))
  host.mkdirs(self:path("sh/run"))
  local ok, err = false, "false in the hint"
  if pic then
    ok, err = self:compile(concat(driver.argv, words(pic), expand(flags.define, "KP_VALUE=42"),
                                  words(flags.compile), { "sh/kp_lib" .. src },
                                  expand(flags.output, lib_obj)), { lib_obj })
  end
  result.pic = ok and pic or false
  note(self, "pic", result.pic, err)
  local shared = flag(flags, "shared")
  if not result.pic or not shared then
    result.shared, result.soname, result.rpath = false, false, false
    note(self, "shared", false, shared and "needs pic" or nil)
    return
  end

  local sl = self.os.sharedlib or {}
  local libname = (sl.prefix or "lib") .. "kp" .. (sl.suffix or ".so")
  local soname_value = libname .. ".1"
  local soname = flag(flags, "soname")
  local link_lib = function(with_soname)
    local argv = concat(driver.argv, words(shared))
    if with_soname then append(argv, expand(soname, soname_value)) end
    append(argv, { lib_obj })
    append(argv, expand(flags.output, "sh/lib/" .. libname))
    return self:compile(argv, { "sh/lib/" .. libname })
  end
  local used_soname = soname
  ok, err = link_lib(used_soname)
  if not ok and used_soname then
    local first = err
    ok, err = link_lib(false)
    if ok then
      self.detail("  soname: " .. soname .. " failed: " .. first)
      used_soname = false
    end
  end
  if not ok then
    result.shared, result.soname, result.rpath = false, false, false
    note(self, "shared", false, err)
    return
  end

  -- The program that loads it.
  self:write("sh/kp_main" .. src, MAIN_SOURCE)
  ok, err = self:compile(concat(driver.argv, words(flags.compile), { "sh/kp_main" .. src },
                                expand(flags.output, "sh/kp_main.o")), { "sh/kp_main.o" })
  if not ok then
    result.shared, result.soname, result.rpath = false, false, false
    note(self, "shared", false, "cannot compile the program that loads it: " .. err)
    return
  end
  local rpath = flag(flags, "rpath")
  local rpath_ok = rpath and self.os.rpath and self.os.rpath.supported and not self.cross
  local exe = "sh/" .. self:exe("kp_main")
  local function link_main(with_rpath)
    local argv = concat(driver.argv, { "sh/kp_main.o" }, expand(flags.output, exe),
                        expand(flags.libdir, self:path("sh/lib")), expand(flags.lib, "kp"))
    if with_rpath then
      local dirs = { self:path("sh/lib") }
      local tail = type(flags.rpath_tail) == "table" and flags.rpath_tail or {}
      for _, d in ipairs(tail) do dirs[#dirs + 1] = tostring(d) end
      local join = type(flags.rpath_join) == "string" and flags.rpath_join
      local arg = join and table.concat(dirs, join) or dirs[1]
      append(argv, expand(rpath, arg))
    end
    return self:compile(argv, { exe })
  end
  ok, err = link_main(rpath_ok)
  if not ok and rpath_ok then
    local first = err
    ok, err = link_main(false)
    if ok then
      self.detail("  rpath: " .. rpath .. " failed: " .. first)
      rpath_ok = false
      result.rpath = false
    end
  end
  if not ok then
    result.shared, result.soname, result.rpath = false, false, false
    note(self, "shared", false, "a program does not link with the library: " .. err)
    return
  end
  result.shared = shared
  if not rpath_ok then
    -- Nothing can find the library at run time: the links are the proof.
    result.soname = used_soname or false
    result.rpath = false
    note(self, "shared", shared)
    note(self, "soname", result.soname, soname and "cannot be tested" or nil)
    note(self, "rpath", false, rpath and (self.cross and "not run: cross compiler"
              or "not tested: no run path on this system") or nil)
    return
  end

  -- Run it from elsewhere, with only the soname's file there.
  local bytes = host.read_file(self:path("sh/lib/" .. libname))
  local soname_test = used_soname and sl.versioning == "soname" and bytes
  if soname_test then
    host.write_file(self:path("sh/lib/" .. soname_value), bytes, 493)
    host.remove(self:path("sh/lib/" .. libname))
  end
  ok, err = self:execute(exe, self:path("sh/run"))
  if not ok and soname_test then
    local first = err
    host.write_file(self:path("sh/lib/" .. libname), bytes, 493)
    ok, err = self:execute(exe, self:path("sh/run"))
    if ok then
      self.detail("  soname: " .. soname .. " did not take: " .. first)
      used_soname = false
    end
  end
  result.soname = used_soname or false
  if ok then
    result.rpath = rpath
  else
    result.rpath = false
    self.detail("  rpath: the program does not find its library: " .. err)
  end
  note(self, "shared", result.shared)
  note(self, "soname", result.soname, soname and "did not take" or nil)
  note(self, "rpath", result.rpath, rpath and "does not work" or nil)
end

-- Compiles kp_dep (including kp_dep.h, and kp_sys.h from a system include
-- directory) with the depfile flags `depfile` (and `target`), as a
-- Makefile compiles (export/make.lua): into a temporary object, the
-- dependencies beside the object's own name. Returns true when the shell
-- commands of a Makefile (depfile.lua) read every header of `want` out of
-- the dependency file, else false and why.
local function depfile_names(self, driver, lang, depfile, target, want)
  local flags = self.flags
  local src = "dep/kp_dep" .. SOURCE_SUFFIX[lang]
  self:write("dep/inc/kp_dep.h", "#define KP_DEP 1\n")
  self:write("dep/sys/kp_sys.h", "#define KP_SYS 0\n")
  self:write(src, DEP_SOURCE)
  local argv = concat(driver.argv, expand(flags.include, self:path("dep/inc")),
                      expand(flag(flags, "system_include") or flags.include,
                               self:path("dep/sys")),
                      words(flags.compile), expand(flags.output, "dep/kp_dep.tmp.o"),
                      expand(depfile, "dep/kp_dep.o.d"))
  if target then append(argv, expand(target, "dep/kp_dep.tmp.o")) end
  append(argv, { src })
  local ok, err = self:compile(argv, { "dep/kp_dep.tmp.o", "dep/kp_dep.o.d" })
  if not ok then return false, err end
  local res = host.run({ "sh", "-c", "o=dep/kp_dep.o; " .. depfile_reader.LIST },
                       { dir = self.dir, timeout = COMPILE_TIMEOUT, limit = OUTPUT_LIMIT })
  for _, header in ipairs(want) do
    if not (res.started and res.status == 0 and
            ("\n" .. res.stdout):find("\ndep/kp_dep%.o: [^\n]*/" .. header:gsub("%.", "%%.") .. "\n")) then
      return false, "make cannot read " .. header .. " out of the dependency file: " ..
                    trim(host.read_file(self:path("dep/kp_dep.o.d")) or "")
    end
  end
  return true
end

function M.depfile(self, driver, lang, result)
  local flags = self.flags
  local depfile = flag(flags, "depfile")
  local target = flag(flags, "depfile_target")
  local ok, err = false, nil
  if depfile then
    ok, err = depfile_names(self, driver, lang, depfile, target, { "kp_dep.h" })
  end
  result.depfile = ok and depfile or false
  result.depfile_target = ok and target or false
  note(self, "depfile", result.depfile, err)
  -- The variant that names headers of system include directories too.
  local system = flag(flags, "depfile_system")
  if system and ok then
    ok, err = depfile_names(self, driver, lang, system, target, { "kp_dep.h", "kp_sys.h" })
    result.depfile_system = ok and system or false
    note(self, "depfile_system", result.depfile_system, err)
  else
    result.depfile_system = false
  end
end

function M.threads(self, driver, lang, result)
  local threads = flag(self.flags, "threads")
  local ok, err = false, nil
  if threads then
    ok, err = self:build_and_run(driver, lang, "kp_threads", THREADS_SOURCE, {}, words(threads))
  end
  result.threads = ok and threads or false
  note(self, "threads", result.threads, err)
end

function M.werror(self, driver, lang, result)
  local flags = self.flags
  local werror = flag(flags, "werror")
  if not werror then
    result.werror = false
    note(self, "werror", false)
    return
  end
  local src = SOURCE_SUFFIX[lang]
  self:write("kp_clean" .. src, CLEAN_SOURCE)
  local ok, err = self:compile(concat(driver.argv, words(werror), words(flags.compile),
                                      { "kp_clean" .. src }, expand(flags.output, "kp_clean.o")),
                               { "kp_clean.o" })
  if ok then
    ok, err = false, "no probe file draws a warning to turn into an error"
    for i, text in ipairs(WARNING_SOURCES) do
      local name = "kp_warn" .. i .. src
      self:write(name, text)
      local base = concat(driver.argv, words(flags.compile), { name },
                          expand(flags.output, "kp_warn.o"))
      local plain = self:compile(base, { "kp_warn.o" })
      if plain and trim(self.last.stdout .. self.last.stderr) ~= "" then
        local strict = self:compile(concat(driver.argv, words(werror), words(flags.compile),
                                           { name }, expand(flags.output, "kp_warn.o")))
        if strict then
          ok, err = false, "a warning did not become an error"
        else
          ok, err = true, nil
        end
        break
      end
    end
  end
  result.werror = ok and werror or false
  note(self, "werror", result.werror, err)
end

function M.static(self, driver, lang, result)
  local static = flag(self.flags, "static")
  local ok, err = false, nil
  if static then
    ok, err = self:build_and_run(driver, lang, "kp_static", HELLO_SOURCE, {}, words(static))
  end
  result.static = ok and static or false
  note(self, "static", result.static, err)
end

-- Links a program whose source is named only in a response file, as a
-- Makefile links the objects of a link too long for one command.
function M.response_file(self, driver, lang, result)
  local template = flag(self.flags, "response_file")
  local ok, err = false, nil
  if template then
    local src = "kp_rsp" .. SOURCE_SUFFIX[lang]
    local exe = self:exe("kp_rsp")
    self:write(src, HELLO_SOURCE)
    self:write("kp_rsp.list", src .. "\n")
    ok, err = self:compile(concat(driver.argv, expand(template, "kp_rsp.list"),
                                  expand(self.flags.output, exe)), { exe })
    if ok then ok, err = self:execute(exe) end
  end
  result.response_file = ok and template or false
  note(self, "response_file", result.response_file, err)
end

-- optimize, optimize_size, debug: see the head of this file.
function M.build_types(self, driver, lang, result)
  for _, name in ipairs(vocabulary.BUILD_TYPE_FLAGS) do
    local value = flag(self.flags, name)
    local ok, err = false, nil
    if value then
      ok, err = self:build_and_run(driver, lang, "kp_" .. name, HELLO_SOURCE, words(value))
    end
    result[name] = ok and value or false
    note(self, name, result[name], err)
  end
end

function M.abis(self, driver, lang, result)
  result.abi = {}
  local abis = type(self.flags.abi) == "table" and self.flags.abi or {}
  local names = {}
  for name in pairs(abis) do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do
    local value = abis[name]
    local ok, err = false, nil
    if type(value) == "string" then
      ok, err = self:build_and_run(driver, lang, "kp_abi_" .. name, HELLO_SOURCE, words(value))
    end
    result.abi[name] = ok and value or false
    note(self, "abi." .. name, result.abi[name], err)
  end
end

return M
