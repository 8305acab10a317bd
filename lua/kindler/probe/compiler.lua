-- probe/compiler.lua: what kindler-bootstrap learns about one compiler by
-- running it: which compiler a driver really is (identify.lua), which
-- standards its flags really select (standards.lua), which of its flags
-- really work (flags.lua, archiver.lua), and which features it really has
-- (features.lua). Every answer comes from compiling, and where it can,
-- linking and running a tiny program (programs.lua) in the private
-- directory of a session (session.lua); each probe program fails to
-- compile unless the thing it tests is there. A cross compiler (one of a
-- cross OS hint's compilers) is never run on this machine's programs:
-- there, compiling and linking are the proof. What a result holds is
-- named in vocabulary.lua; kindler.cacheentries makes cache entries of it.
local archiver = require "kindler.probe.archiver"
local features = require "kindler.probe.features"
local flags = require "kindler.probe.flags"
local identify = require "kindler.probe.identify"
local vocabulary = require "kindler.probe.vocabulary"
local standards = require "kindler.probe.standards"

local M = {}

-- Probes the compiler of rec (a kindler.hints record) in session self, on
-- the system of the session's OS hint. records: every loaded compiler
-- hint, for identification. report(kind, text): "checking" lines and -v
-- details. Returns a result table (see cacheentries.lua's
-- compiler_entries).
function M.probe(self, rec, records, report)
  local hint = rec.hint
  self.hint = hint
  self.flags = flags.effective_flags(hint, self.os)
  self.patterns = hint.unknown_flag_patterns or {}
  local result = { name = hint.name, drivers = {}, stds = {}, features = {},
                   problems = {}, abi = {}, dialects = {} }

  for _, lang in ipairs(vocabulary.LANGUAGES) do
    if hint.drivers[lang] and (not hint.probes or hint.probes[lang]) then
      local prefix = string.format("checking %s (%s)... ", hint.name, hint.drivers[lang])
      local found, err, other = identify.driver(self, rec, lang, records)
      if found then
        report("checking", string.format("%s%s %s at %s%s", prefix, hint.name, found.version,
               found.path, found.by == "banner" and " (by its banner)" or ""))
        if found.note then self.detail(found.note) end
        result.drivers[lang] = found
      else
        report("checking", prefix .. err)
        result.problems[#result.problems + 1] = hint.drivers[lang] .. ": " .. err
        if other then result.other = other end
      end
    end
  end
  local primary = result.drivers.c and "c" or (result.drivers["c++"] and "c++")
  if not primary then return result end
  result.version = result.drivers[primary].version

  for _, lang in ipairs(vocabulary.LANGUAGES) do
    local driver = result.drivers[lang]
    if driver then
      self.detail(string.format("  standards (%s):", driver.command))
      for _, std in ipairs(lang == "c" and vocabulary.C_STANDARDS or vocabulary.CXX_STANDARDS) do
        result.stds[std] = standards.standard(self, driver, lang, std)
      end
    end
  end
  for _, std in ipairs(vocabulary.STANDARDS) do
    if result.stds[std] == nil then result.stds[std] = false end
  end
  for _, lang in ipairs(vocabulary.LANGUAGES) do
    local driver = result.drivers[lang]
    if driver then
      for _, dialect in ipairs(vocabulary.DIALECTS) do
        result.dialects[dialect] = result.dialects[dialect] or {}
        for _, std in ipairs(lang == "c" and vocabulary.C_STANDARDS or vocabulary.CXX_STANDARDS) do
          if std ~= "ansi" then
            result.dialects[dialect][std] = standards.dialect(self, driver, lang, dialect, std)
          end
        end
      end
    end
  end

  local driver = result.drivers[primary]
  self.detail(string.format("  flags (%s):", driver.command))
  flags.shared(self, driver, primary, result)
  flags.depfile(self, driver, primary, result)
  flags.threads(self, driver, primary, result)
  flags.werror(self, driver, primary, result)
  flags.static(self, driver, primary, result)
  flags.response_file(self, driver, primary, result)
  flags.build_types(self, driver, primary, result)
  flags.abis(self, driver, primary, result)
  archiver.probe(self, driver, primary, result)

  for _, lang in ipairs(vocabulary.LANGUAGES) do
    if result.drivers[lang] then
      features.probe(self, result.drivers[lang], lang, result, result.stds, result.threads)
    end
  end
  result.flags = self.flags
  return result
end

return M
