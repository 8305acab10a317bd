-- t/hints/identify.lua: identify compilers with nothing but the hints, the
-- way kindler-bootstrap is meant to, and check the answers.
--
--   lua5.1 t/hints/identify.lua HINTSDIR FAKECCDIR
--
-- For each case below the compiler's driver is run with -E on a probe file
-- that prints every macro any hint mentions; exactly one hint must claim
-- the compiler (its macro defined, none of its `unless` macros defined) and
-- the version read from its version macros must be the expected one.  Then
-- the driver is asked for its banner: the hint's pattern must match on the
-- hint's stream (and not on the other one, when the stream is named), and
-- version_pattern must capture the expected version.
-- Last, for the fakes, every flag the hint names is tried the way a
-- bootstrap verifies flags (compile or link a small program, exit status 0
-- means accepted); only the flags listed in the case as refused by that
-- release may fail.
-- The fakes (t/fakecc) stand for compilers we cannot run; gcc, clang, tcc
-- and pcc are used when installed (otherwise skipped), with the macro and
-- banner versions required to agree.
--
-- Output: "ok N - ..." / "not ok N - ..." and "N passed, N failed"; exit 1
-- on any failure.

local hints_dir, fake_dir = arg[1], arg[2]
if not hints_dir or not fake_dir then
  io.stderr:write("usage: lua5.1 t/hints/identify.lua HINTSDIR FAKECCDIR\n")
  os.exit(2)
end

local function shell_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function run(cmd)
  local status = os.execute(cmd)
  if status > 255 then status = math.floor(status / 256) end
  return status
end

local function slurp(path)
  local f = io.open(path, "rb")
  if not f then return "" end
  local s = f:read("*a"); f:close(); return s
end

-- Absolute path of the fakes, so the probes can run from the temporary directory.
local function absolute(p)
  if p:sub(1, 1) == "/" then return p end
  local pwd = io.popen("pwd"):read("*l")
  return pwd .. "/" .. p
end
fake_dir = absolute(fake_dir)

local tmp = os.tmpname()
os.remove(tmp)
assert(run("mkdir " .. shell_quote(tmp)) == 0, "cannot make " .. tmp)

---------------------------------------------------------------------------

local count, passed, failed = 0, 0, 0
local function report(description, problems, skip)
  count = count + 1
  if skip then
    passed = passed + 1
    print(("ok %d - %s # SKIP %s"):format(count, description, skip))
  elseif #problems == 0 then
    passed = passed + 1
    print(("ok %d - %s"):format(count, description))
  else
    failed = failed + 1
    print(("not ok %d - %s"):format(count, description))
    for _, p in ipairs(problems) do print("#   " .. p) end
  end
end

-- Load every compiler hint as Kindler does (check.lua checks them in depth).
local hints, names = {}, {}
for file in io.popen("ls -1 " .. shell_quote(hints_dir .. "/compiler")):lines() do
  local stem = file:match("^(.+)%.lua$")
  if stem then
    local text = slurp(hints_dir .. "/compiler/" .. file)
    local chunk = text:sub(1, 1) ~= "\27" and loadstring(text, "@" .. file)
    if chunk then
      setfenv(chunk, {})
      local ok, t = pcall(chunk)
      if ok and type(t) == "table" then hints[stem] = t; names[#names + 1] = stem end
    end
  end
end
table.sort(names)

-- The identify fields of a hint for one language, and the version its
-- version macros give: the product's own reading (kindler.probe.macros,
-- which needs no host), so that the versions checked here are the ones
-- kindler-bootstrap decodes. Run from the top of the tree, or by path.
package.path = (arg[0]:gsub("t/hints/identify%.lua$", "")) .. "lua/?.lua;" .. package.path
local macros_of = require "kindler.probe.macros"
local identity = macros_of.identity

-- Every macro any hint mentions.
local macros, seen = {}, {}
local function want(m) if m and not seen[m] then seen[m] = true; macros[#macros + 1] = m end end
for _, name in ipairs(names) do
  for _, lang in ipairs({ "c", "c++" }) do
    local id = identity(hints[name], lang)
    want(id.macro ~= false and id.macro or nil)
    for _, m in ipairs(id.unless or {}) do want(m) end
    for _, m in ipairs(id.version or {}) do want(m) end
  end
end
table.sort(macros)

local probe = {}
for _, m in ipairs(macros) do
  probe[#probe + 1] = ("#ifdef %s\nkindler_def_%s %s\n#endif"):format(m, m, m)
end
probe = table.concat(probe, "\n") .. "\n"
for _, f in ipairs({ "probe.c", "probe.cpp" }) do
  local out = assert(io.open(tmp .. "/" .. f, "wb")); out:write(probe); out:close()
end

-- Runs a driver (several words allowed) with PATH led by `dir`, in tmp.
local function invoke(dir, driver, args)
  local words = {}
  for w in driver:gmatch("%S+") do words[#words + 1] = shell_quote(w) end
  for _, a in ipairs(args) do words[#words + 1] = shell_quote(a) end
  local path = dir and ("PATH=" .. shell_quote(dir) .. ":\"$PATH\" ") or ""
  local status = run("cd " .. shell_quote(tmp) .. " && " .. path .. table.concat(words, " ")
    .. " >out 2>err </dev/null")
  return status, slurp(tmp .. "/out"), slurp(tmp .. "/err")
end

local function show(s) return ("%q"):format(s):gsub("\\\n", "\\n") end

local function installed(cmd)
  return run("command -v " .. shell_quote(cmd) .. " >/dev/null 2>&1") == 0
end

-- Real compilers: versions unknown in advance, but macro and banner must agree.
local cases = {
  { hint = "mipspro", fake = "mipspro744", lang = "c",   macro_version = "7.4.4", banner_version = "7.4.4" },
  { hint = "mipspro", fake = "mipspro744", lang = "c++", macro_version = "7.4.4", banner_version = "7.4.4" },
  { hint = "sunpro",  fake = "sunc510",    lang = "c",   macro_version = "5.10",  banner_version = "5.10",
    refused = { "std_map.ansi", "std_map.c89", "std_map.c99", "std_map.c11", "flags.depfile" } },
  { hint = "sunpro",  fake = "sunc510",    lang = "c++", macro_version = "5.10",  banner_version = "5.10",
    refused = { "std_map.c++11", "std_map.c++14", "flags.depfile" } },
  { hint = "sunpro",  fake = "sunc513",    lang = "c",   macro_version = "5.13",  banner_version = "5.13" },
  { hint = "sunpro",  fake = "sunc513",    lang = "c++", macro_version = "5.13",  banner_version = "5.13",
    refused = { "std_map.c++14" } },
  { hint = "xlc",     fake = "xlc111",     lang = "c",   macro_version = "11.1.0", banner_version = "11.1",
    refused = { "std_map.c11" } },
  { hint = "xlc",     fake = "xlc111",     lang = "c++", macro_version = "11.1.0", banner_version = "11.1" },
  { hint = "acc",     fake = "acc",        lang = "c",   macro_version = "6.25.0", banner_version = "6.25" },
  { hint = "acc",     fake = "acc",        lang = "c++", macro_version = "6.25.0", banner_version = "6.25" },
  -- kit has no macro of its own (its hint's macro = false): no hint may
  -- claim it by macros, and the banner alone names it.
  { hint = "kit",     fake = "kit",        lang = "c",   banner_only = true,      banner_version = "0.4.2" },
  { hint = "gcc",   lang = "c" }, { hint = "gcc",   lang = "c++" },
  { hint = "clang", lang = "c" }, { hint = "clang", lang = "c++" },
  { hint = "tcc",   lang = "c" },
  { hint = "pcc",   lang = "c" },
}

for _, case in ipairs(cases) do
  local hint = hints[case.hint]
  local label = (case.fake and ("t/fakecc/" .. case.fake) or "installed") .. " "
    .. (hint and hint.drivers[case.lang] or "?") .. " (" .. case.lang .. ")"
  local dir = case.fake and (fake_dir .. "/" .. case.fake) or nil
  local driver = hint and hint.drivers[case.lang]
  local skip
  if not hint then
    skip = "no hint " .. case.hint
  elseif not case.fake and not installed(driver:match("%S+")) then
    skip = driver .. " is not installed"
  end

  -- 1. Macros.
  local problems, macro_version = {}, nil
  if not skip then
    local status, out, err = invoke(dir, driver, { "-E", case.lang == "c" and "probe.c" or "probe.cpp" })
    if status ~= 0 then
      problems[#problems + 1] = driver .. " -E failed (" .. status .. "): " .. err:gsub("\n", " ")
    else
      local defined = {}
      for m, v in out:gmatch("kindler_def_([%w_]+)[ \t]+([^\n]*)") do defined[m] = v end
      local claims = {}
      for _, name in ipairs(names) do
        local id = identity(hints[name], case.lang)
        local yes = id.macro and defined[id.macro] ~= nil
        for _, u in ipairs(id.unless or {}) do if defined[u] then yes = false end end
        if yes then claims[#claims + 1] = name end
      end
      if case.banner_only then
        if #claims > 0 then
          problems[#problems + 1] = "claimed by {" .. table.concat(claims, ", ") .. "}, expected none"
        end
      elseif #claims ~= 1 or claims[1] ~= case.hint then
        problems[#problems + 1] = "claimed by {" .. table.concat(claims, ", ") .. "}, expected " .. case.hint
      else
        macro_version = macros_of.version_from_macros(identity(hint, case.lang), defined)
        if case.macro_version and macro_version ~= case.macro_version then
          problems[#problems + 1] = "version from macros is " .. tostring(macro_version)
            .. ", expected " .. case.macro_version
        end
      end
    end
  end
  report(label .. (case.banner_only and ": claimed by no hint's macros"
    or ": identified as " .. case.hint .. " by its macros")
    .. (macro_version and (", version " .. macro_version) or ""), problems, skip)

  -- 2. Banner.
  problems = {}
  local banner_version
  if not skip then
    local b = hint.identify.banner
    local _, out, err = invoke(dir, driver, b.args)
    local text = (b.stream == "stdout" and out) or (b.stream == "stderr" and err) or (out .. err)
    if not text:find(b.pattern) then
      problems[#problems + 1] = "pattern " .. show(b.pattern) .. " not found on " .. b.stream
        .. "; stdout: " .. show(out) .. ", stderr: " .. show(err)
    else
      banner_version = text:match(b.version_pattern)
      local expected = case.banner_version or macro_version
      if banner_version ~= expected then
        problems[#problems + 1] = "version_pattern captured " .. tostring(banner_version)
          .. ", expected " .. tostring(expected)
      end
    end
    local other = (b.stream == "stdout" and err) or (b.stream == "stderr" and out) or nil
    if other and other:find(b.pattern) then
      problems[#problems + 1] = "the banner is also on the other stream: is the hint's stream right?"
    end
  end
  report(label .. ": banner " .. (hint and table.concat(hint.identify.banner.args, " ") or "")
    .. " matches" .. (banner_version and (", version " .. banner_version) or ""), problems, skip)

  -- 3. Flags (fakes only): what a bootstrap would record.
  if case.fake then
    problems = {}
    local refused_expected = {}
    for _, k in ipairs(case.refused or {}) do refused_expected[k] = true end
    if not skip then
      local fl = hint.flags
      local src = case.lang == "c" and "x.c" or "x.cpp"
      local f = assert(io.open(tmp .. "/" .. src, "wb"))
      f:write("int x(void) { return 0; }\nint main(void) { return x(); }\n"); f:close()
      -- A template's words with {} replaced by arg.
      local function expand(tmpl, arg)
        local words = {}
        for w in tmpl:gmatch("%S+") do words[#words + 1] = (w:gsub("{}", function() return arg end)) end
        return words
      end
      local function cat(...)
        local all = {}
        for _, l in ipairs({ ... }) do for _, w in ipairs(l) do all[#all + 1] = w end end
        return all
      end
      local compile, out_o, out_exe = expand(fl.compile), expand(fl.output, "x.o"), expand(fl.output, "x")
      local trials = {}        -- { field path, argument words }
      local function try_compile(path, words) trials[#trials + 1] = { path, cat(compile, words, out_o, { src }) } end
      local function try_link(path, words) trials[#trials + 1] = { path, cat(words, out_exe, { src }) } end
      try_compile("flags.define", expand(fl.define, "KINDLER=1"))
      try_compile("flags.include", expand(fl.include, "."))
      if fl.system_include then try_compile("flags.system_include", expand(fl.system_include, ".")) end
      if fl.pic ~= "" then try_compile("flags.pic", expand(fl.pic)) end
      if fl.depfile then
        local w = expand(fl.depfile, "x.d")
        if fl.depfile_target then w = cat(w, expand(fl.depfile_target, "x.o")) end
        try_compile("flags.depfile", w)
      end
      try_compile("flags.threads", expand(fl.threads))
      if fl.werror then try_compile("flags.werror", expand(fl.werror)) end
      for abi, t in pairs(fl.abi) do try_compile("flags.abi." .. abi, expand(t)) end
      for std, t in pairs(hint.std_map) do
        local is_cxx = std:match("^c%+%+") ~= nil
        if t and t ~= "" and is_cxx == (case.lang == "c++") then try_compile("std_map." .. std, expand(t)) end
      end
      for std, list in pairs(hint.std_fallback or {}) do
        local is_cxx = std:match("^c%+%+") ~= nil
        if is_cxx == (case.lang == "c++") then
          for i, t in ipairs(list) do try_compile("std_fallback." .. std .. "[" .. i .. "]", expand(t)) end
        end
      end
      try_link("flags.libdir+lib", cat(expand(fl.libdir, "."), expand(fl.lib, "m")))
      if fl.rpath then try_link("flags.rpath", expand(fl.rpath, "/tmp")) end
      if fl.static then try_link("flags.static", expand(fl.static)) end
      local shared = cat(expand(fl.shared), fl.pic ~= "" and expand(fl.pic) or {})
      if fl.soname then shared = cat(shared, expand(fl.soname, "libx.so.1")) end
      trials[#trials + 1] = { "flags.shared+soname", cat(shared, expand(fl.output, "libx.so"), { src }) }
      table.sort(trials, function(a, b) return a[1] < b[1] end)
      for _, t in ipairs(trials) do
        local status, _, err = invoke(dir, driver, t[2])
        local accepted = status == 0
        if accepted and refused_expected[t[1]] then
          problems[#problems + 1] = t[1] .. " (" .. table.concat(t[2], " ") .. ") accepted, but this release refuses it"
        elseif not accepted and not refused_expected[t[1]] then
          problems[#problems + 1] = t[1] .. " (" .. table.concat(t[2], " ") .. ") refused: " .. err:gsub("\n", " ")
        end
      end
    end
    report(label .. ": accepts the hint's flags, refuses only " .. (case.refused and table.concat(case.refused, " ") or "none"),
      problems, skip)
  end
end

run("rm -rf " .. shell_quote(tmp))
print(("%d passed, %d failed"):format(passed, failed))
os.exit(failed == 0 and 0 or 1)
