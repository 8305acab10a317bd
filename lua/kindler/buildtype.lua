-- buildtype.lua: the build types of `kindler export --config NAME`
-- (kindler(1), BUILD TYPES). A build type is intent, not flags: which of
-- the compiler cache's verified flags (flag.optimize, flag.optimize_size,
-- flag.debug) every compile gets, and whether NDEBUG is defined, which
-- compiles assert() out. The plan turns it into each compiler's words.
local M = {}

-- The default is what `./configure && make` gives users of autoconf
-- (-g -O2): optimised, with debugging information, and with assertions
-- kept, so that a project's tests still check what they assert. release
-- (optimised, NDEBUG, as CMake's Release) is asked for.
M.DEFAULT = "debugoptimized"

M.TYPES = {
  release = { flags = { "optimize" }, ndebug = true },
  debug = { flags = { "debug" } },
  debugoptimized = { flags = { "debug", "optimize" } },
  minsize = { flags = { "optimize_size" }, ndebug = true },
  plain = { flags = {} },
}

M.NAMES = { "debug", "debugoptimized", "minsize", "plain", "release" }

return M
