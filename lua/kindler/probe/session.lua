-- probe/session.lua: a probe session: one compiler, one private directory.
-- It writes the probe files there, runs the compiler's commands (with a
-- time limit, the output matched against the hint's unknown_flag_patterns:
-- exit status alone proves nothing, as tcc and pcc accept flags they
-- ignore) and the programs they build (never for a cross compiler, whose
-- programs cannot run here: compiling and linking are then the proof).
-- The probes (identify.lua, standards.lua, flags.lua, archiver.lua,
-- features.lua) each take a session; facts.lua compiles through one too.
local host = require "kindler.host"
local argv_words = require "kindler.probe.argv"
local programs = require "kindler.probe.programs"

local concat, expand = argv_words.concat, argv_words.expand

local M = {}

local COMPILE_TIMEOUT = 60   -- seconds for one compiler command
local RUN_TIMEOUT = 20       -- seconds for one probe program
local OUTPUT_LIMIT = 262144  -- bytes of output kept per command
M.COMPILE_TIMEOUT, M.OUTPUT_LIMIT = COMPILE_TIMEOUT, OUTPUT_LIMIT

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- The line of a compiler's output that best says why it failed.
local function why(res)
  local text = (res.stderr or "") .. "\n" .. (res.stdout or "")
  local first
  for line in text:gmatch("[^\n]+") do
    line = trim(line)
    if line ~= "" then
      first = first or line
      if line:lower():find("error", 1, true) then first = line; break end
    end
  end
  if not first then return "exit status " .. tostring(res.status) end
  if #first > 120 then first = first:sub(1, 117) .. "..." end
  return first
end

-- The unknown_flag_patterns that the output matches, as text, or nil.
local function rejected(res, patterns)
  local text = (res.stdout or "") .. "\n" .. (res.stderr or "")
  for _, p in ipairs(patterns or {}) do
    local ok, found = pcall(string.find, text, p)
    if ok and found then return p end
  end
  return nil
end

M.trim, M.why = trim, why

local Session = {}
Session.__index = Session

-- opts: { dir = absolute private directory, cross = bool, os = OS hint,
--         detail = function(line) for -v lines }
function M.session(opts)
  return setmetatable({
    dir = opts.dir, cross = opts.cross, os = opts.os,
    detail = opts.detail or function() end, commands = 0, patterns = {},
  }, Session)
end

function Session:path(name) return self.dir .. "/" .. name end

function Session:write(name, text)
  local path = self:path(name)
  local dir = path:match("^(.*)/[^/]*$")
  host.mkdirs(dir)
  local ok, err = host.write_file(path, text, 420)
  if ok == nil then error("cannot write probe file " .. path .. ": " .. tostring(err), 0) end
  return path
end

function Session:exists(name)
  local info = host.stat(self:path(name))
  return info ~= nil and info.type == "file"
end

function Session:remove(name) host.remove(self:path(name)) end

-- Runs a compiler command; returns true, or false and why.
function Session:compile(argv, outputs, options)
  for _, out in ipairs(outputs or {}) do self:remove(out) end
  self.commands = self.commands + 1
  local res = host.run(argv, { dir = self.dir, timeout = COMPILE_TIMEOUT,
                               limit = OUTPUT_LIMIT })
  self.last = res
  if not res.started then return false, "cannot run " .. argv[1] end
  if res.timed_out then return false, "timed out after " .. COMPILE_TIMEOUT .. " s" end
  local pattern = rejected(res, self.patterns)
  if pattern then
    return false, "rejected: the output matches \"" .. pattern .. "\": " .. why(res)
  end
  if res.status ~= 0 then return false, why(res) end
  for _, out in ipairs(outputs or {}) do
    if not self:exists(out) then return false, "no " .. out .. " was written" end
  end
  if options and options.quiet_required and trim(res.stdout .. res.stderr) ~= "" then
    return false, "output: " .. why(res)
  end
  return true, res
end

-- Runs a probe program (unless cross); returns true, or false and why.
function Session:execute(name, rundir)
  if self.cross then return true end
  self.commands = self.commands + 1
  local res = host.run({ self:path(name) }, { dir = rundir or self.dir,
                         timeout = RUN_TIMEOUT, limit = OUTPUT_LIMIT })
  if not res.started then return false, "the program did not start" end
  if res.timed_out then return false, "the program timed out" end
  if res.status ~= 0 then
    return false, "the program failed (exit status " .. res.status .. ")"
      .. (trim(res.stderr) ~= "" and ": " .. why(res) or "")
  end
  return true
end

function Session:exe(stem)
  local e = self.os.executable or {}
  return (e.prefix or "") .. stem .. (e.suffix or "")
end

-- Compiles, links and runs program text with extra words; true or false, why.
function Session:build_and_run(driver, lang, stem, text, before, after)
  local src = stem .. programs.SOURCE_SUFFIX[lang]
  local exe = self:exe(stem)
  self:write(src, text)
  local argv = concat(driver.argv, before or {}, { src },
                      expand(self.flags.output, exe), after or {})
  local ok, err = self:compile(argv, { exe })
  if not ok then return false, err end
  return self:execute(exe)
end

return M
