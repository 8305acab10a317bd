-- probe/vocabulary.lua: what a compiler probe's result speaks of, shared by
-- the probes and by what reads their result (cache entries, the summary
-- kindler-bootstrap prints): the languages, standards, dialects, flags and
-- features a probe answers for. cache/FORMAT gives each its cache key.
local schema = require "kindler.schema"

local M = {}

-- The standards and languages are schema.lua's: one list of them.
M.C_STANDARDS = schema.standards.c
M.CXX_STANDARDS = schema.standards["c++"]
M.STANDARDS = {}
for _, list in ipairs({ M.C_STANDARDS, M.CXX_STANDARDS }) do
  for _, standard in ipairs(list) do M.STANDARDS[#M.STANDARDS + 1] = standard end
end
M.LANGUAGES = schema.enums.family
M.FEATURES = { "threads", "thread_local", "atomics" }
-- Flags kept only when a probe verified them.
M.VERIFIED_FLAGS = { "pic", "shared", "soname", "rpath", "depfile", "threads",
                     "werror", "static", "response_file", "optimize",
                     "optimize_size", "debug" }
-- The flags of a build type (kindler(1), --config), each proven alone.
M.BUILD_TYPE_FLAGS = { "optimize", "optimize_size", "debug" }
-- The dialects a hint may give flags for (kindler-hints(5)).
M.DIALECTS = schema.dialects
-- Flags kept as the hint writes them (every probe uses some of them).
M.PLAIN_FLAGS = { "compile", "output", "define", "include", "system_include",
                  "libdir", "lib" }

return M
