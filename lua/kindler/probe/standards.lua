-- probe/standards.lua: which flag of the hint really selects each
-- language standard, and each dialect (gnu). The programs (programs.lua):
--
--   ansi       #error unless __STDC__ is defined as 1 (strictly conforming
--              mode) and __STDC_VERSION__ is undefined or below 199901L
--              (so a C99 or later mode is refused: it is not C89 whatever
--              the flag says), in a C89 program.
--   c89        #error unless __STDC__ is defined and __STDC_VERSION__ is
--              undefined or below 199901L, in a C89 program. (tcc has no
--              C89 mode: it always says 199901L, and gets c89 = false.)
--   c99        #error unless __STDC_VERSION__ >= 199901L, and a program
--              that needs C99: // comments, declarations in for, mixed
--              declarations and code, designated initializers, compound
--              literals, long long, a variable-length array, inline,
--              restrict, _Bool/<stdbool.h>, <stdint.h>, variadic macros.
--   c11        #error unless __STDC_VERSION__ >= 201112L, and _Static_assert,
--              _Alignof, _Alignas, _Generic and an anonymous union.
--   c++98      #error unless 199711L <= __cplusplus < 201103L (a C++11
--              mode is refused: C++11 changed the meaning of C++98 code),
--              with templates, namespaces, virtual functions, exceptions,
--              dynamic_cast, <vector> and <string>.
--   c++03      the same as c++98 (C++03 did not change __cplusplus).
--   c++11      #error unless __cplusplus >= 201103L, with static_assert,
--              constexpr, auto, range for, lambdas, nullptr, enum class,
--              move constructors, defaulted functions, decltype,
--              std::unique_ptr and initializer lists.
--   c++14      #error unless __cplusplus >= 201402L, with generic lambdas,
--              return type deduction, binary literals, digit separators,
--              variable templates, loops in constexpr functions and
--              std::make_unique.
--   Each standard's flag (std_map, then each of std_fallback in order) is
--   tried on that program: compiled and linked in one command, then run.
--   The first flag that works is recorded; none: false.
--   dialect   each flag of the hint's dialects (gnu: c99 = "-std=gnu99")
--              is tried on the program of its standard with one more
--              check before it: #error when __STRICT_ANSI__ is defined
--              (gcc, clang and their kin define it in strict modes only).
--              A compiler that never defines it passes on the standard's
--              program alone: the probe proves the flag selects the
--              standard and does not ask for strict conformance.
-- Each probe takes the session (session.lua) as self.
local argv_words = require "kindler.probe.argv"
local programs = require "kindler.probe.programs"

local words = argv_words.words
local STD_PROGRAMS, NOT_STRICT = programs.STD_PROGRAMS, programs.NOT_STRICT

local M = {}

-- The flags to try for a standard, in order.
local function std_candidates(hint, std)
  local list, seen = {}, {}
  local function add(flag)
    if type(flag) == "string" and not seen[flag] then
      seen[flag] = true
      list[#list + 1] = flag
    end
  end
  add(hint.std_map and hint.std_map[std])
  local more = type(hint.std_fallback) == "table" and hint.std_fallback[std]
  for _, flag in ipairs(type(more) == "table" and more or {}) do add(flag) end
  return list
end

-- The first flag of the hint that selects std, verified on its program;
-- false (and what each flag tried said) when none does.
function M.standard(self, driver, lang, std)
  local candidates = std_candidates(self.hint, std)
  if #candidates == 0 then
    self.detail(string.format("  %s: no flag in the hint", std))
    return false
  end
  local tried = {}
  for _, flag in ipairs(candidates) do
    local ok, err = self:build_and_run(driver, lang, "kp_std_" .. std:gsub("%+", "x"),
                                       STD_PROGRAMS[std], words(flag))
    local shown = flag == "" and "(no flag)" or flag
    if ok then
      self.detail(string.format("  %s: %s ok", std, shown))
      return flag
    end
    tried[#tried + 1] = shown .. ": " .. err
    self.detail(string.format("  %s: %s failed: %s", std, shown, err))
  end
  return false, table.concat(tried, "; ")
end

-- The flag of dialect for std (from the hint's dialects), verified on the
-- standard's program; false when the hint has none or it fails.
function M.dialect(self, driver, lang, dialect, std)
  local map = type(self.hint.dialects) == "table" and self.hint.dialects[dialect]
  local flag = type(map) == "table" and map[std]
  if type(flag) ~= "string" then
    self.detail(string.format("  %s %s: no flag in the hint", dialect, std))
    return false
  end
  local ok, err = self:build_and_run(driver, lang, "kp_" .. dialect .. "_" .. std:gsub("%+", "x"),
                                     NOT_STRICT .. STD_PROGRAMS[std], words(flag))
  local shown = flag == "" and "(no flag)" or flag
  self.detail(string.format("  %s %s: %s %s", dialect, std, shown,
                            ok and "ok" or "failed: " .. tostring(err)))
  return ok and flag or false
end

return M
