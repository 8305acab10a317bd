-- probe/features.lua: what a compiler's programs can use, per language L
-- (cache keys feature.L.NAME), each proven by a program that compiles,
-- links and runs:
--
--   threads       the threads program in L with flags.threads.
--   thread_local  _Thread_local (C, under std.c11) or thread_local (C++,
--                 under std.c++11): a thread changes its copy, the main
--                 thread's copy keeps its value.
--   atomics       <stdatomic.h> atomic_int (C, under std.c11) or
--                 std::atomic<int> (C++, under std.c++11): fetch-add,
--                 compare-exchange and load give the right values.
--   A feature needs the standard it is written in: without a verified
--   std.c11 (std.c++11) it is false.
--
-- The probe takes the session (session.lua) as self.
local argv_words = require "kindler.probe.argv"
local programs = require "kindler.probe.programs"

local words = argv_words.words
local THREADS_SOURCE = programs.THREADS_SOURCE
local TLS_SOURCES, ATOMICS_SOURCES = programs.TLS_SOURCES, programs.ATOMICS_SOURCES

local M = {}

-- Records in result.features[lang] which features the driver of lang has.
-- stds: the standards' verified flags; threads_flag: flags.threads, when
-- verified.
function M.probe(self, driver, lang, result, stds, threads_flag)
  local features = {}
  local threads = threads_flag and words(threads_flag) or nil
  local ok, err = false, "flags.threads is not verified"
  if threads then
    ok, err = self:build_and_run(driver, lang, "kp_feat_threads_" .. lang:gsub("%+", "x"),
                                 THREADS_SOURCE, {}, threads)
  end
  features.threads = ok
  self.detail(string.format("  feature threads (%s): %s", lang, ok and "yes" or "no: " .. err))

  local std = lang == "c" and "c11" or "c++11"
  local std_flag = stds[std]
  for _, feature in ipairs({ "thread_local", "atomics" }) do
    ok, err = false, "needs " .. std
    if std_flag and (feature ~= "thread_local" or threads) then
      local text = feature == "thread_local" and TLS_SOURCES[lang] or ATOMICS_SOURCES[lang]
      ok, err = self:build_and_run(driver, lang, "kp_feat_" .. feature .. "_" .. lang:gsub("%+", "x"),
                                   text, words(std_flag), feature == "thread_local" and threads or {})
    elseif std_flag then
      err = "needs threads"
    end
    features[feature] = ok
    self.detail(string.format("  feature %s (%s): %s", feature, lang, ok and "yes" or "no: " .. err))
  end
  result.features[lang] = features
end

return M
