-- command/bootstrap/main.lua: kindler-bootstrap (man/kindler-bootstrap.8),
-- the entry point src/bootstrap.cc runs. Loads the hints, finds which OS
-- hint describes this system (uname -s), probes each compiler the OS hint
-- lists (or those named by --compiler) through kindler.probe.compiler,
-- prints what it finds (output.lua), and writes one cache per hint
-- (cacheentries.lua; cache/FORMAT lists the keys) atomically into the
-- chosen directory (dirs.lua). The command's other pieces are beside this
-- file; what they call is library (kindler.probe.*, kindler.cache, ...).
-- The options come checked: src/bootstrap.cc's table says what each needs
-- and which exclude each other, and gives each repeat of one value once.
local host = require "kindler.host"
local cache = require "kindler.cache"
local entries = require "kindler.cacheentries"
local diag = require "kindler.diag"
local facts = require "kindler.facts"
local hints = require "kindler.hints"
local compiler_probe = require "kindler.probe.compiler"
local probe_session = require "kindler.probe.session"
local tools_probe = require "kindler.probe.tools"
local tempdir = require "kindler.tempdir"
local dirs = require "kindler.command.bootstrap.dirs"
local output = require "kindler.command.bootstrap.output"

local say, detail, list_names = output.say, output.detail, output.list_names

local M = {}

local function contains(list, value)
  for _, v in ipairs(type(list) == "table" and list or {}) do
    if v == value then return true end
  end
  return false
end

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

local function run(opts, d, state)
  local hints_dir = dirs.absolute((opts.hints or host.home .. "/hints"):gsub("/+$", ""))
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

  local dir = dirs.cache_dir(opts)
  if not dir then
    host.report("KIN-707", "", 0, 0, "HOME is not set: there is no user cache directory",
                "set HOME, or give --cache-dir DIR")
    return 3
  end
  local temp = dirs.make_temp()
  if not temp then return 3 end
  state.temp = temp
  if not dirs.check_writable(dir, temp, opts) then return 3 end

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

  local tools = tools_probe.find(host_os)
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
      local session = probe_session.session({ dir = sdir, cross = opts.target ~= nil,
                                      os = entry.os.hint, detail = detail })
      local ok, result = pcall(compiler_probe.probe, session, rec, compiler_records,
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
        entries = entries.compiler_entries(item.rec, item.os, item.result, opts.target ~= nil),
      })
      if path then
        written = written + 1
        say("wrote " .. path)
        local compiler = { name = item.name, hint_digest = item.rec.digest,
                           entries = entries.compiler_entries(item.rec, item.os, item.result,
                                                        opts.target ~= nil) }
        local fpath, ferr = facts.write(dir, compiler, item.facts)
        if fpath then say("wrote " .. fpath) else dirs.cannot_write(dir, ferr, opts) end
      else
        item.status = "not written"
        dirs.cannot_write(dir, err, opts)
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
    hint_digest = for_os.digest, entries = entries.os_entries(for_os, tools, opts.target),
  })
  if path then say("wrote " .. path) else dirs.cannot_write(dir, err, opts) end

  local rows = { { "compiler", "version", "languages", "standards", "flags false",
                   "features", "result" } }
  for _, item in ipairs(items) do rows[#rows + 1] = output.summary_row(item) end
  io.stdout:write(string.format("summary (%s, %s):\n", for_os.hint.name, dir))
  output.print_table(rows)
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

-- The options of the request, as a run reads them:
-- { where=, dir=, hints=, target=, compilers={}, verbose=, quiet= }.
local function read_options(request)
  local opts = { compilers = {}, where = "user" }
  for _, pair in ipairs(request.options) do
    local name, value = pair[1], pair[2]
    if name == "system" or name == "user" then opts.where = name
    elseif name == "cache-dir" then opts.where, opts.dir = name, value
    elseif name == "hints" then opts.hints = value
    elseif name == "compiler" then opts.compilers[#opts.compilers + 1] = value
    elseif name == "target" then opts.target = value
    elseif name == "v" then opts.verbose = true
    elseif name == "q" then opts.quiet = true
    end
  end
  return opts
end

function M.main(request)
  local opts = read_options(request)
  output.set(opts.quiet, opts.verbose)
  local d = diag.new(nil)
  local state = {}
  local ok, result = pcall(run, opts, d, state)
  if state.temp then tempdir.remove(state.temp) end
  if not ok then error(result, 0) end
  return result
end

return M
