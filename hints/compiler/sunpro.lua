-- Kindler compiler hint: Sun Studio / Oracle Developer Studio (cc and CC)
-- on Solaris, Sun C 5.x.
--
-- Sources: doc/compilers.md (cc -V on stderr, with a "usage:" line and exit
-- status 1 when no file is given; __SUNPRO_C is 0xVRRP from 5.10, 0xVRP
-- before; -std= since 5.13, -xc99 before; -xMMD -xMF in newer releases);
-- public build logs (unknown options draw "Warning: Option ... passed to
-- ld" and exit 0).
-- One hint serves every release: std_map names the 5.13 flags first and
-- std_fallback the older ones; the bootstrap keeps the first that works.
-- Note: C++ -std=c++11 (5.13) switches CC to the g++-compatible library
-- ABI; -std=c++14 needs 5.14 or later.
-- Note: -Bstatic only makes the following -l options static; Solaris 10
-- and later have no static libc.
-- Note: static C++ libraries with templates are best made with CC -xar.
-- -Xa is the extended mode (ISO C with K&R extensions), the default
-- before 5.13; -xO2 optimises, -xspace keeps it from growing the code.
-- Unverified: -pedantic (5.13), -std=c++11 and -std=c++14, -Xa beside
-- 5.13's -std flags, -xspace.
return {
  name = "sunpro",
  drivers = { c = "cc", ["c++"] = "CC" },

  identify = {
    macro = "__SUNPRO_C",
    unless = {},
    version = { "__SUNPRO_C" },
    version_format = "sunpro_hex",
    -- The C++ compiler names itself with its own macro.
    per_language = {
      ["c++"] = { macro = "__SUNPRO_CC", version = { "__SUNPRO_CC" } },
    },
    -- cc: Sun C 5.10 SunOS_sparc 2009/06/03   /   CC: Sun C++ 5.10 ...
    banner = { args = { "-V" }, stream = "stderr",
               pattern = "Sun C",
               version_pattern = "Sun C[%+]* (%d+%.%d+)" },
  },

  std_map = {
    ansi = "-std=c89 -pedantic", c89 = "-std=c89", c99 = "-std=c99", c11 = "-std=c11",
    ["c++98"] = "", ["c++03"] = "",
    ["c++11"] = "-std=c++11", ["c++14"] = "-std=c++14",
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "-Xa -xc99=none", c99 = "-Xa -xc99=all", ["c++98"] = "", ["c++03"] = "" },
  },
  -- Before 5.13: -Xc is strict ISO C, -xc99=none C90, -xc99=all C99.
  std_fallback = {
    ansi = { "-Xc -xc99=none" },
    c89 = { "-xc99=none" },
    c99 = { "-xc99=all" },
  },

  flags = {
    compile = "-c",
    output = "-o {}",
    define = "-D{}",
    include = "-I{}",
    system_include = false,
    libdir = "-L{}",
    lib = "-l{}",
    pic = "-KPIC",
    shared = "-G",
    soname = "-h {}",
    rpath = "-R {}",
    rpath_join = ":",
    depfile = "-xMMD -xMF {}",
    threads = "-mt",
    werror = "-errwarn=%all",
    static = "-Bstatic",
    optimize = "-xO2",
    optimize_size = "-xO2 -xspace",
    debug = "-g",
    abi = { ["32"] = "-m32", ["64"] = "-m64" },
  },

  unknown_flag_patterns = { "[Ww]arning: [Oo]ption .* passed to ld",
                            "illegal option", "with unknown program" },

  archiver = { command = "ar", create = "rc", ranlib = false },

  probes = { c = true, ["c++"] = true },

  unverified = { "std_map.ansi", "std_map.c++11", "std_map.c++14", "dialects",
                 "flags.optimize_size" },
}
