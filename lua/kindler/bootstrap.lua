-- bootstrap.lua: kindler-bootstrap (man/kindler-bootstrap.8). Loads the
-- hints, finds which OS hint describes this system (uname -s), probes each
-- compiler the OS hint lists (or those named by --compiler) through
-- kindler.probe, prints what it finds, and writes one cache per hint
-- (cache/FORMAT lists the keys) atomically into the chosen directory.
local host = require "kindler.host"
local cache = require "kindler.cache"
local diag = require "kindler.diag"
local facts = require "kindler.facts"
local hints = require "kindler.hints"
local probe = require "kindler.probe"
local tempdir = require "kindler.tempdir"

local M = {}

---------------------------------------------------------------------------
-- Command line
---------------------------------------------------------------------------

local function usage_error(message)
  io.stderr:write("kindler-bootstrap: ", message, "\n")
  return nil, 2
end

-- The options of the request: { dir=, where=, hints=, compilers={}, verbose=, quiet= }.
local function parse(request)
  local opts = { compilers = {}, where = "user" }
  local places = 0
  for _, pair in ipairs(request.options or {}) do
    local name, value = pair[1], pair[2]
    if name == "system" or name == "user" or name == "cache-dir" then
      places = places + 1
      opts.where = name
      if name == "cache-dir" then
        if value == "" then return usage_error("--cache-dir needs a directory") end
        opts.dir = value
      end
    elseif name == "hints" then
      if value == "" then return usage_error("--hints needs a directory") end
      opts.hints = value
    elseif name == "compiler" then
      if value == "" then return usage_error("--compiler needs a hint name") end
      local seen = false
      for _, c in ipairs(opts.compilers) do seen = seen or c == value end
      if not seen then opts.compilers[#opts.compilers + 1] = value end
    elseif name == "target" then
      if not value:match("^[%w_][%w_.+-]*$") then
        return usage_error("--target needs a target triple, such as x86_64-w64-mingw32")
      end
      opts.target = value
    elseif name == "v" then
      opts.verbose = true
    elseif name == "q" then
      opts.quiet = true
    else
      return usage_error("unknown option --" .. tostring(name))
    end
  end
  if places > 1 then
    return usage_error("give one of --system, --user and --cache-dir")
  end
  if opts.verbose and opts.quiet then
    return usage_error("give -v or -q, not both")
  end
  return opts
end

local function absolute(path)
  if path:sub(1, 1) == "/" then return path end
  local cwd = host.cwd()
  if path == "." then return cwd end
  return (cwd == "/" and "" or cwd) .. "/" .. path:gsub("^%./", "")
end

local function contains(list, value)
  for _, v in ipairs(type(list) == "table" and list or {}) do
    if v == value then return true end
  end
  return false
end

---------------------------------------------------------------------------
-- Output
---------------------------------------------------------------------------

local out = { quiet = false, verbose = false }

local function say(line)
  if out.quiet then return end
  io.stdout:write(line, "\n")
  io.stdout:flush()
end

local function detail(line)
  if out.verbose then say(line) end
end

local function pad(s, n) return s .. string.rep(" ", n - #s) end

-- Prints rows (lists of cells) as a table with aligned columns.
local function print_table(rows)
  local widths = {}
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row) do
      if i < #row then widths[i] = math.max(widths[i] or 0, #cell) end
    end
  end
  for _, row in ipairs(rows) do
    local cells = {}
    for i, cell in ipairs(row) do
      cells[i] = i < #row and pad(cell, widths[i]) or cell
    end
    io.stdout:write("  ", table.concat(cells, "  "), "\n")
  end
  io.stdout:flush()
end

---------------------------------------------------------------------------
-- Cache entries (cache/FORMAT lists and explains every key)
---------------------------------------------------------------------------

-- The facts of facts.COMMON for a probed compiler (its C driver, else its
-- C++ one), with the session that probed it.
local function common_facts(session, result, detail)
  local lang = result.drivers.c and "c" or "c++"
  local prober = facts.prober(session, result.drivers[lang].argv,
                              { compile = result.flags.compile, output = result.flags.output }, lang)
  local out = prober:probe_all(facts.keys(facts.COMMON))
  local known = 0
  for _ in pairs(out) do known = known + 1 end
  detail(string.format("  facts (%s): %d probed for config headers", lang, known))
  return out
end

local function str(v)
  if type(v) == "string" then return v end
  if type(v) == "number" then return tostring(v) end
  return nil
end

local function bool(v) return v == true end

local function joined(list)
  if type(list) ~= "table" then return "" end
  local parts = {}
  for _, v in ipairs(list) do parts[#parts + 1] = tostring(v) end
  return table.concat(parts, " ")
end

-- The entries of the OS cache of rec (a kindler.hints record); is_host
-- adds what uname() says about this machine.
-- The install directories below PREFIX, where a hint leaves one out.
local INSTALL_DIRS = { bindir = "bin", libdir = "lib", includedir = "include",
                       mandir = "share/man", datadir = "share" }

-- The build-time tools of the OS hint (lex, yacc) found on this machine:
-- tool name to the first of the hint's commands whose program is on PATH,
-- or false when none is.
function M.find_tools(rec)
  local found = {}
  local tools = type(rec.hint.tools) == "table" and rec.hint.tools or {}
  for tool, commands in pairs(tools) do
    found[tool] = false
    for _, command in ipairs(type(commands) == "table" and commands or {}) do
      if not found[tool] and type(command) == "string" and probe.resolve(command) then
        found[tool] = command
      end
    end
  end
  return found
end

-- tools: what find_tools found on this machine, where the build runs.
-- target: the triple of a --target profile (this machine's release and
-- machine are then not the target's).
function M.os_entries(rec, tools, target)
  local h = rec.hint
  local e = {}
  e["os.name"] = h.name
  e["os.uname"] = joined(h.uname)
  e["os.cross"] = bool(h.cross)
  if target then
    e["os.target"] = target
  else
    local u = host.uname() or {}
    e["os.release"] = u.release or ""
    e["os.machine"] = u.machine or ""
  end
  e["compilers"] = joined(h.compilers)
  if h.runner ~= nil then e["runner"] = str(h.runner) end
  e["library_paths"] = joined(h.library_paths)
  for _, what in ipairs({ "executable", "staticlib", "sharedlib" }) do
    local t = type(h[what]) == "table" and h[what] or {}
    e[what .. ".prefix"] = str(t.prefix) or ""
    e[what .. ".suffix"] = str(t.suffix) or ""
  end
  local sl = type(h.sharedlib) == "table" and h.sharedlib or {}
  e["sharedlib.versioning"] = str(sl.versioning) or "none"
  e["sharedlib.install_dir"] = str(sl.install_dir)
  e["sharedlib.member"] = str(sl.member)
  if type(h.import_library) == "table" then
    e["import_library.prefix"] = str(h.import_library.prefix) or ""
    e["import_library.suffix"] = str(h.import_library.suffix) or ""
  end
  e["object_suffix"] = str(h.object_suffix) or ".o"
  local abis = type(h.abis) == "table" and h.abis or {}
  e["abi.default"] = str(abis.default) or ""
  for name, abi in pairs(abis) do
    if name ~= "default" and type(abi) == "table" then
      e["abi." .. name .. ".libdir"] = str(abi.libdir) or "lib"
      if type(abi.library_paths) == "table" then
        e["abi." .. name .. ".library_paths"] = joined(abi.library_paths)
      end
    end
  end
  local install = type(h.install) == "table" and h.install or {}
  for _, k in ipairs({ "bindir", "libdir", "includedir", "mandir", "datadir" }) do
    e["install." .. k] = str(install[k]) or INSTALL_DIRS[k]
  end
  local rpath = type(h.rpath) == "table" and h.rpath or {}
  e["rpath.supported"] = bool(rpath.supported)
  e["rpath.origin"] = str(rpath.origin) or false
  local make = type(h.make) == "table" and h.make or {}
  e["make.name"] = str(make.name) or "make"
  e["make.has_C_flag"] = bool(make.has_C_flag)
  e["make.include"] = bool(make.include)
  e["make.max_args"] = type(make.max_args) == "number" and make.max_args or 4096
  local shell = type(h.shell) == "table" and h.shell or {}
  e["shell.path"] = str(shell.path) or "/bin/sh"
  e["shell.posix"] = bool(shell.posix)
  e["shell.posix_path"] = str(shell.posix_path)
  for tool, command in pairs(tools) do e["tools." .. tool] = command end
  e["hint.path"] = rec.path
  return e
end

-- The entries of a compiler cache from a probe result (kindler.probe).
-- cross: the compiler was probed for a --target profile, so the probe
-- programs it built were not run (probe.ran).
function M.compiler_entries(rec, os_rec, result, cross)
  local flags = result.flags
  local e = {}
  e["compiler.name"] = rec.hint.name
  e["compiler.version"] = result.version or "unknown"
  e["probe.ran"] = not cross
  for lang, d in pairs(result.drivers) do
    e["driver." .. lang] = d.command
    e["driver." .. lang .. ".path"] = d.path
    e["driver." .. lang .. ".size"] = d.size
    e["driver." .. lang .. ".mtime"] = d.mtime
    e["driver." .. lang .. ".version"] = d.version
  end
  for _, std in ipairs(probe.STANDARDS) do
    e["std." .. std] = result.stds[std] or false
  end
  for dialect, stds in pairs(result.dialects or {}) do
    for std, value in pairs(stds) do e["std." .. std .. "." .. dialect] = value or false end
  end
  for _, name in ipairs(probe.PLAIN_FLAGS) do
    e["flag." .. name] = str(flags[name]) or false
  end
  for _, name in ipairs(probe.VERIFIED_FLAGS) do
    e["flag." .. name] = result[name] or false
  end
  e["flag.rpath_join"] = result.rpath and str(flags.rpath_join) or false
  if type(flags.rpath_tail) == "table" then
    e["flag.rpath_tail"] = joined(flags.rpath_tail)
  end
  if flags.depfile_target ~= nil then
    e["flag.depfile_target"] = result.depfile_target or false
  end
  if flags.depfile_system ~= nil then
    e["flag.depfile_system"] = result.depfile_system or false
  end
  if flags.implib ~= nil then
    e["flag.implib"] = str(flags.implib) or false
  end
  if flags.static_runtime ~= nil then
    e["flag.static_runtime"] = str(flags.static_runtime) or false
  end
  for name, value in pairs(result.abi or {}) do
    e["flag.abi." .. name] = value or false
  end
  for lang, features in pairs(result.features) do
    for _, f in ipairs(probe.FEATURES) do
      e["feature." .. lang .. "." .. f] = features[f] == true
    end
  end
  local ar = type(rec.hint.archiver) == "table" and rec.hint.archiver or {}
  e["archiver.command"] = str(ar.command) or "ar"
  e["archiver.create"] = str(ar.create) or "rc"
  e["archiver.ranlib"] = str(ar.ranlib) or false
  e["hint.path"] = rec.path
  e["hint.os"] = os_rec.hint.name
  e["hint.os_path"] = os_rec.path
  e["hint.os_digest"] = os_rec.digest
  return e
end

---------------------------------------------------------------------------
-- Where the caches go
---------------------------------------------------------------------------

-- The directory the caches go to: the chosen place, or its profile for
-- --target (cache.profile_dir).
local function cache_dir_of(opts)
  local dir
  if opts.where == "system" then dir = cache.SYSTEM_DIR
  elseif opts.where == "cache-dir" then dir = absolute(opts.dir)
  else
    local home = host.getenv("HOME")
    if not home or home == "" then return nil end
    dir = cache.user_dir()
  end
  return opts.target and cache.profile_dir(dir, opts.target) or dir
end

local function cannot_write(dir, err, opts)
  local remedy = opts.where == "system"
    and "run kindler-bootstrap --system as root, or --user for your own caches"
    or "check the directory's permissions and free space, or choose another with --cache-dir"
  host.report("KIN-707", "", 0, 0, "cannot write the caches in " .. dir .. ": "
              .. tostring(err), remedy)
end

-- Makes sure the caches can be written before spending time on probes.
local function check_writable(dir, token, opts)
  -- Export would ignore caches others could change (KIN-705): refuse to
  -- write them there at all.
  local unsafe = cache.unsafe_dir(dir)
  if unsafe then
    host.report("KIN-707", "", 0, 0, "will not write the caches in " .. dir ..
      ": " .. unsafe .. " could be changed by users other than its owner " ..
      "and root (writable by the group or others without the sticky bit, " ..
      "or owned by another user)", "chmod 0755 " .. unsafe .. " and chown " ..
      "it to root or yourself, or choose another directory with --cache-dir")
    return false
  end
  local ok, err = host.mkdirs(dir)
  if not ok then
    cannot_write(dir, err, opts)
    return false
  end
  local test = dir .. "/.kindler-bootstrap-test" .. token:gsub("[^%w]", "")
  local written, werr = host.write_file(test, token, 420)
  if written == nil then
    cannot_write(dir, werr, opts)
    return false
  end
  host.remove(test)
  return true
end

---------------------------------------------------------------------------
-- The run
---------------------------------------------------------------------------

local function list_names(names)
  if #names == 0 then return "none" end
  return table.concat(names, ", ")
end

-- Which compilers to probe for the OS hint os_rec (the host's, or the
-- target's with --target): those named with --compiler, else its list.
local function plan(opts, os_rec)
  local list = {}
  for _, name in ipairs(#opts.compilers > 0 and opts.compilers or os_rec.hint.compilers) do
    list[#list + 1] = { name = name, os = os_rec }
  end
  return list
end

-- The OS hint whose targets list triple, or nil.
local function target_os(os_records, os_names, triple)
  for _, name in ipairs(os_names) do
    local rec = os_records[name]
    if rec and contains(rec.hint.targets, triple) then return rec end
  end
  return nil
end

local function summary_row(item)
  local r = item.result
  if not r or not r.version then
    return { item.name, "-", "-", "-", "-", "-", item.status }
  end
  local langs, stds, missing, feats = {}, {}, {}, {}
  for _, lang in ipairs(probe.LANGUAGES) do
    if r.drivers[lang] then langs[#langs + 1] = lang end
  end
  for _, std in ipairs(probe.STANDARDS) do
    if r.stds[std] then stds[#stds + 1] = std end
  end
  for _, f in ipairs(probe.VERIFIED_FLAGS) do
    if not r[f] then missing[#missing + 1] = f end
  end
  local abis = {}
  for name in pairs(r.abi or {}) do abis[#abis + 1] = name end
  table.sort(abis)
  for _, name in ipairs(abis) do
    if not r.abi[name] then missing[#missing + 1] = "abi." .. name end
  end
  local groups, order = {}, {}
  for _, lang in ipairs(probe.LANGUAGES) do
    local f = r.features[lang]
    if f then
      local have = {}
      for _, name in ipairs(probe.FEATURES) do
        if f[name] then have[#have + 1] = name end
      end
      local text = #have > 0 and table.concat(have, " ") or "none"
      if not groups[text] then
        groups[text] = {}
        order[#order + 1] = text
      end
      table.insert(groups[text], lang)
    end
  end
  for _, text in ipairs(order) do
    feats[#feats + 1] = table.concat(groups[text], ",") .. ": " .. text
  end
  return { item.name, r.version, table.concat(langs, " "),
           #stds > 0 and table.concat(stds, " ") or "-",
           #missing > 0 and table.concat(missing, " ") or "-",
           table.concat(feats, "; "), item.status }
end

local function run(opts, d, state)
  local hints_dir = absolute((opts.hints or host.home .. "/hints"):gsub("/+$", ""))
  local os_names = hints.names(hints_dir, "os")
  local compiler_names = hints.names(hints_dir, "compiler")
  if #os_names == 0 then
    host.report("KIN-706", "", 0, 0, "no OS hints in " .. hints_dir .. "/os",
                "give the hints' directory with --hints DIR, or reinstall Kindler")
    return 3
  end
  for _, name in ipairs(opts.compilers) do
    if not contains(compiler_names, name) then
      io.stderr:write(string.format(
        "kindler-bootstrap: no compiler hint '%s' in %s/compiler; the hints are: %s\n",
        name, hints_dir, list_names(compiler_names)))
      return 2
    end
  end

  local dir = cache_dir_of(opts)
  if not dir then
    host.report("KIN-707", "", 0, 0, "HOME is not set: there is no user cache directory",
                "set HOME, or give --cache-dir DIR")
    return 3
  end
  local temp, terr = tempdir.make()
  if not temp then
    host.report("KIN-707", "", 0, 0, "cannot make a temporary directory for the probes: "
                .. tostring(terr), "set TMPDIR to a writable directory")
    return 3
  end
  state.temp = temp
  if not check_writable(dir, temp, opts) then return 3 end

  say(string.format("kindler-bootstrap %s: hints from %s, caches to %s", host.version,
                    hints_dir, dir))
  local os_records = hints.load_all(d, hints_dir, "os")
  local compiler_records = hints.load_all(d, hints_dir, "compiler")

  local u = host.uname() or {}
  local sysname = u.sysname or "unknown"
  local host_os
  local claims = {}
  for _, name in ipairs(os_names) do
    local rec = os_records[name]
    if rec and not rec.hint.cross then
      for _, un in ipairs(rec.hint.uname) do
        claims[#claims + 1] = un .. " (" .. name .. ")"
        if un == sysname and not host_os then host_os = rec end
      end
    end
  end
  if not host_os then
    say(string.format("checking the system... %s: no OS hint", sysname))
    host.report("KIN-706", "", 0, 0, string.format(
      "no OS hint in %s/os matches this system (uname -s: %s); the hints cover %s",
      hints_dir, sysname, list_names(claims)),
      "write " .. hints_dir .. "/os/NAME.lua for this system (see kindler-hints(5)), "
      .. "or fix the hint that failed to load")
    return 3
  end
  say(string.format("checking the system... %s %s %s: %s (%s)", sysname, u.release or "?",
                    u.machine or "?", host_os.hint.name, host_os.path))
  -- --target: the caches are the profile of the target's OS hint, whose
  -- compilers are probed as cross compilers (nothing they build is run).
  local for_os = host_os
  if opts.target then
    for_os = target_os(os_records, os_names, opts.target)
    if not for_os then
      local triples = {}
      for _, name in ipairs(os_names) do
        local rec = os_records[name]
        for _, t in ipairs(rec and type(rec.hint.targets) == "table" and rec.hint.targets or {}) do
          triples[#triples + 1] = t .. " (" .. name .. ")"
        end
      end
      io.stderr:write(string.format("kindler-bootstrap: no OS hint in %s/os names the "
        .. "target %s; the hints name: %s\n", hints_dir, opts.target, list_names(triples)))
      return 2
    end
    say(string.format("checking the target... %s: %s (%s)", opts.target,
                      for_os.hint.name, for_os.path))
  end

  local tools = M.find_tools(host_os)
  local tool_names = {}
  for tool in pairs(tools) do tool_names[#tool_names + 1] = tool end
  table.sort(tool_names)
  for _, tool in ipairs(tool_names) do
    say(string.format("checking %s... %s", tool, tools[tool] or "not found (" ..
        table.concat(host_os.hint.tools[tool], ", ") .. ")"))
  end

  local items = {}
  for _, entry in ipairs(plan(opts, for_os)) do
    local item = { name = entry.name, os = entry.os, status = "" }
    items[#items + 1] = item
    local rec, unfit = compiler_records[entry.name], nil
    if rec and opts.target then rec, unfit = hints.for_target(rec, opts.target) end
    if unfit then
      item.status = "not for this target"
      say(string.format("checking %s... %s", entry.name, unfit))
    elseif not rec then
      item.status = contains(compiler_names, entry.name) and "hint failed to load"
                    or "no hint"
      say(string.format("checking %s... %s", entry.name, item.status == "no hint"
          and "no hint " .. hints_dir .. "/compiler/" .. entry.name .. ".lua"
          or "skipped: its hint failed to load"))
    else
      local sdir = temp .. "/" .. entry.name
      host.mkdirs(sdir)
      local session = probe.session({ dir = sdir, cross = opts.target ~= nil,
                                      os = entry.os.hint, detail = detail })
      local ok, result = pcall(session.probe, session, rec, compiler_records,
                               function(_, line) say(line) end)
      if not ok then
        -- One compiler's trouble does not stop the others.
        host.report("KIN-790", "", 0, 0, string.format(
          "probing %s (hint %s) failed: %s", entry.name, rec.path, tostring(result)),
          "report it with the hint file; the other compilers were probed")
        result = { drivers = {}, features = {}, stds = {} }
        item.failed = true
      end
      item.result = result
      if result.version then item.facts = common_facts(session, result, detail) end
      item.commands = session.commands
      if item.failed then
        item.status = "probe failed"
      elseif item.result.version then
        item.rec = rec
        item.status = "cached"
        if opts.target then item.status = "cached (cross, for " .. opts.target .. ")" end
      elseif item.result.other then
        item.status = "not found (the driver is " .. item.result.other .. ")"
      else
        item.status = "not found"
      end
      if item.result.archiver_error then
        say(string.format("  note: %s's archiver does not work here: %s", entry.name,
                          item.result.archiver_error))
      end
    end
  end
  tempdir.remove(temp)
  state.temp = nil

  -- Write: compilers first, then the OS caches they belong to.
  local written = 0
  for _, item in ipairs(items) do
    if item.rec then
      local path, err = cache.write(dir, {
        kind = "compiler", name = item.name, kindler_version = host.version,
        hint_digest = item.rec.digest,
        entries = M.compiler_entries(item.rec, item.os, item.result, opts.target ~= nil),
      })
      if path then
        written = written + 1
        say("wrote " .. path)
        local compiler = { name = item.name, hint_digest = item.rec.digest,
                           entries = M.compiler_entries(item.rec, item.os, item.result,
                                                        opts.target ~= nil) }
        local fpath, ferr = facts.write(dir, compiler, item.facts)
        if fpath then say("wrote " .. fpath) else cannot_write(dir, ferr, opts) end
      else
        item.status = "not written"
        cannot_write(dir, err, opts)
      end
    elseif item.result and not item.result.version and not item.failed then
      local stale = dir .. "/compiler_" .. item.name .. ".bin"
      if host.stat(stale) then
        host.remove(stale)
        host.remove(dir .. "/facts_" .. item.name .. ".bin")
        say(string.format("removed %s: %s is not on this machine any more", stale, item.name))
      end
    end
  end
  local path, err = cache.write(dir, {
    kind = "os", name = for_os.hint.name, kindler_version = host.version,
    hint_digest = for_os.digest, entries = M.os_entries(for_os, tools, opts.target),
  })
  if path then say("wrote " .. path) else cannot_write(dir, err, opts) end

  local rows = { { "compiler", "version", "languages", "standards", "flags false",
                   "features", "result" } }
  for _, item in ipairs(items) do rows[#rows + 1] = summary_row(item) end
  io.stdout:write(string.format("summary (%s, %s):\n", for_os.hint.name, dir))
  print_table(rows)
  if written == 0 then
    local names = {}
    for _, item in ipairs(items) do names[#names + 1] = item.name end
    io.stderr:write(string.format("kindler-bootstrap: no compiler found (tried %s); "
      .. "install one, put it on PATH, or name its hint with --compiler\n",
      list_names(names)))
    return 3
  end
  return nil
end

function M.main(request)
  local opts, status = parse(request)
  if not opts then return status end
  out.quiet, out.verbose = opts.quiet, opts.verbose
  local d = diag.new(nil)
  local state = {}
  local ok, result = pcall(run, opts, d, state)
  if state.temp then tempdir.remove(state.temp) end
  if not ok then error(result, 0) end
  return result
end

return M
