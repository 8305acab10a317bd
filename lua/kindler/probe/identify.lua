-- probe/identify.lua: which compiler a driver really is, and its version.
--
--   The driver preprocesses (-E) a file that prints, for every macro any
--   compiler hint names (identify.macro, unless, version, per_language),
--   `kindler_macro "NAME" = VALUE ;` when it is defined (macros.lua). The
--   driver is the hint's compiler when its macro is defined and none of
--   its `unless` macros is; a driver that is another hint's compiler (`cc`
--   that is really gcc) is refused. When -E fails, or the hint has no
--   macro, or no hint at all recognizes the macros, the banner
--   (identify.banner: args, stream, pattern, version_pattern) decides. The
--   version comes from the version macros, read by identify.version_format
--   (macros.version_from_macros), or else from the banner.
local host = require "kindler.host"
local argv_words = require "kindler.probe.argv"
local macros_of = require "kindler.probe.macros"
local programs = require "kindler.probe.programs"
local session = require "kindler.probe.session"

local concat = argv_words.concat
local why = session.why
local COMPILE_TIMEOUT, OUTPUT_LIMIT = session.COMPILE_TIMEOUT, session.OUTPUT_LIMIT

local M = {}

-- Checks a banner: returns true and the version (or nil), or false.
local function banner_says(res, banner)
  local text
  if banner.stream == "stdout" then text = res.stdout
  elseif banner.stream == "stderr" then text = res.stderr
  else text = res.stdout .. "\n" .. res.stderr end
  local ok, found = pcall(string.find, text, banner.pattern)
  if not ok or not found then return false end
  local vok, version = pcall(string.match, text, banner.version_pattern)
  return true, vok and version or nil
end

-- Identifies the driver of rec.hint for lang, in session self. Returns
--   { command=, argv=, path=, size=, mtime=, version=, by= }
-- or nil, why, other (the name of the hint it really is, when known).
function M.driver(self, rec, lang, records)
  local hint = rec.hint
  local command = hint.drivers[lang]
  local argv, path = argv_words.resolve(command)
  if not argv then return nil, "not found on PATH" end
  local info = host.stat(path) or {}
  local found = { command = command, argv = argv, path = path,
                  size = info.size or 0, mtime = info.mtime or 0 }
  local ident = macros_of.identity(hint, lang)

  local src = "kp_ident" .. programs.SOURCE_SUFFIX[lang]
  self:write(src, macros_of.identify_source(macros_of.macro_names(records)))
  self.commands = self.commands + 1
  local res = host.run(concat(argv, { "-E", src }),
                       { dir = self.dir, timeout = COMPILE_TIMEOUT, limit = OUTPUT_LIMIT })
  local macros = res.started and not res.timed_out and res.status == 0
                 and macros_of.parse_macros(res.stdout) or nil
  local other
  if macros then
    local says = macros_of.matches(hint, lang, macros)
    if says then
      found.by = "macros"
      found.version = macros_of.version_from_macros(ident, macros)
      found.note = string.format("  identified by its macros (%s)", ident.macro)
    elseif says == false then
      -- Its macro is missing: is it some other compiler we know?
      local names = {}
      for name in pairs(records) do names[#names + 1] = name end
      table.sort(names)
      for _, name in ipairs(names) do
        if name ~= hint.name and macros_of.matches(records[name].hint, lang, macros) then
          other = name
          break
        end
      end
      if other then
        local v = macros_of.version_from_macros(macros_of.identity(records[other].hint, lang),
                                                macros)
        return nil, string.format("%s is %s%s, not %s", path, other,
                                  v and " " .. v or "", hint.name), other
      end
      found.note = string.format("  -E does not define %s; trying the banner", ident.macro)
    end
  else
    found.note = "  -E failed (" .. why(res) .. "); trying the banner"
  end

  local banner = ident.banner
  if banner and (not found.by or not found.version) then
    self.commands = self.commands + 1
    local bres = host.run(concat(argv, banner.args),
                          { dir = self.dir, timeout = COMPILE_TIMEOUT, limit = OUTPUT_LIMIT })
    local yes, version = false, nil
    if bres.started and not bres.timed_out then yes, version = banner_says(bres, banner) end
    if yes then
      if not found.by then
        found.by = "banner"
        found.note = (found.note and found.note .. "\n" or "") .. string.format(
          "  identified by its banner (%s: %s)", table.concat(banner.args, " "), banner.pattern)
      end
      found.version = found.version or version
    elseif not found.by then
      return nil, string.format("%s is not %s: neither its macros nor its banner "
                                .. "(%s) say so", path, hint.name,
                                table.concat(banner.args, " "))
    end
  end
  if not found.by then
    return nil, string.format("%s is not %s", path, hint.name)
  end
  found.version = found.version or "unknown"
  return found
end

return M
