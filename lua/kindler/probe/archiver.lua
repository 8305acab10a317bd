-- probe/archiver.lua: whether the hint's archiver works with the compiler.
--
--   archiver.command archiver.create makes an archive of kp_lib.o (the
--   object flags.lua's shared probe compiled, else one compiled here),
--   archiver.ranlib (when not false) indexes it, and a program links with
--   it and runs. A failure is shown (result.archiver_error); the hint's
--   archiver is recorded either way.
-- The probe takes the session (session.lua) as self.
local host = require "kindler.host"
local argv_words = require "kindler.probe.argv"
local programs = require "kindler.probe.programs"

local words, expand, concat = argv_words.words, argv_words.expand, argv_words.concat
local SOURCE_SUFFIX = programs.SOURCE_SUFFIX
local LIB_SOURCE, MAIN_SOURCE = programs.LIB_SOURCE, programs.MAIN_SOURCE

local M = {}

function M.probe(self, driver, lang, result)
  local ar = self.hint.archiver or {}
  local argv = type(ar.command) == "string" and argv_words.resolve(ar.command)
  local ok, err = false, "archiver " .. tostring(ar.command) .. " not found on PATH"
  local src = SOURCE_SUFFIX[lang]
  local obj, main = "sh/kp_lib.o", "sh/kp_main.o"
  if argv and not self:exists(obj) then
    obj = "ar/kp_lib.o"
    self:write("ar/kp_lib" .. src, LIB_SOURCE)
    self:compile(concat(driver.argv, expand(self.flags.define, "KP_VALUE=42"),
                        words(self.flags.compile), { "ar/kp_lib" .. src },
                        expand(self.flags.output, obj)), { obj })
  end
  if argv and not self:exists(main) then
    main = "ar/kp_main.o"
    self:write("ar/kp_main" .. src, MAIN_SOURCE)
    self:compile(concat(driver.argv, words(self.flags.compile), { "ar/kp_main" .. src },
                        expand(self.flags.output, main)), { main })
  end
  if argv and self:exists(obj) and self:exists(main) then
    host.mkdirs(self:path("ar"))
    local lib = "ar/" .. ((self.os.staticlib or {}).prefix or "lib") .. "kp"
                .. ((self.os.staticlib or {}).suffix or ".a")
    ok, err = self:compile(concat(argv, words(ar.create or "rc"), { lib, obj }), { lib })
    if ok and type(ar.ranlib) == "string" then
      local rl = argv_words.resolve(ar.ranlib)
      if rl then
        ok, err = self:compile(concat(rl, { lib }))
      else
        ok, err = false, ar.ranlib .. " not found on PATH"
      end
    end
    if ok then
      ok, err = self:compile(concat(driver.argv, { main },
                                    expand(self.flags.output, self:exe("kp_ar")),
                                    expand(self.flags.libdir, self:path("ar")),
                                    expand(self.flags.lib, "kp")), { self:exe("kp_ar") })
      if ok then ok, err = self:execute(self:exe("kp_ar")) end
    end
  elseif argv then
    err = "nothing to archive (no object was compiled)"
  end
  result.archiver_ok = ok
  if ok then
    self.detail("  archiver: " .. ar.command .. " " .. tostring(ar.create) .. " ok")
  else
    self.detail("  archiver: " .. tostring(err))
  end
  result.archiver_error = not ok and err or nil
end

return M
