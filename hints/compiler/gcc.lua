-- Kindler compiler hint: GCC, the GNU Compiler Collection (gcc and g++).
--
-- Sources: doc/compilers.md, doc/compilers.md (GCC 12 on Debian 12, measured),
-- the GCC manual.  -std=c11 needs GCC 4.7, -std=c++14 GCC 5 (older
-- releases fail the bootstrap's probe and the standard is recorded as
-- unavailable).
-- Unverified: nothing.
return {
  name = "gcc",
  drivers = { c = "gcc", ["c++"] = "g++" },

  identify = {
    macro = "__GNUC__",
    -- Many compilers define __GNUC__ to look like GCC; these are not GCC.
    unless = { "__clang__", "__TINYC__", "__PCC__", "__INTEL_COMPILER",
               "__MINGW32__", "__ibmxl__" },
    version = { "__GNUC__", "__GNUC_MINOR__", "__GNUC_PATCHLEVEL__" },
    -- gcc (Debian 12.2.0-14) 12.2.0 / Copyright (C) 2022 Free Software Foundation, Inc.
    banner = { args = { "--version" }, stream = "stdout",
               pattern = "Free Software Foundation",
               version_pattern = "%) (%d+%.%d+[%.%d]*)" },
  },

  std_map = {
    ansi = "-ansi", c89 = "-std=c89", c99 = "-std=c99", c11 = "-std=c11",
    ["c++98"] = "-std=c++98", ["c++03"] = "-std=c++03",
    ["c++11"] = "-std=c++11", ["c++14"] = "-std=c++14",
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "-std=gnu89", c99 = "-std=gnu99", c11 = "-std=gnu11",
            ["c++98"] = "-std=gnu++98", ["c++03"] = "-std=gnu++03",
            ["c++11"] = "-std=gnu++11", ["c++14"] = "-std=gnu++14" },
  },

  flags = {
    compile = "-c",
    output = "-o {}",
    define = "-D{}",
    include = "-I{}",
    system_include = "-isystem {}",
    libdir = "-L{}",
    lib = "-l{}",
    pic = "-fPIC",
    shared = "-shared",
    soname = "-Wl,-soname,{}",
    rpath = "-Wl,-rpath,{}",
    rpath_join = false,
    depfile = "-MMD -MF {}",
    -- -MMD leaves out headers of -isystem directories, the project's own
    -- system_include_dirs too: -MD names them (and the system's).
    depfile_system = "-MD -MF {}",
    threads = "-pthread",
    werror = "-Werror",
    static = "-static",
    optimize = "-O2",
    optimize_size = "-Os",
    debug = "-g",
    response_file = "@{}",
    abi = { ["32"] = "-m32", ["64"] = "-m64" },
  },

  -- Output meaning "that flag was not accepted", even when the exit status is 0.
  unknown_flag_patterns = { "unrecognized command[- ]line option",
                            "is valid for [%w%+]+ but not for" },

  archiver = { command = "ar", create = "rc", ranlib = "ranlib" },

  probes = { c = true, ["c++"] = true },
}
