-- Kindler compiler hint: HP C/aC++ on HP-UX (C driver cc, C++ driver aCC).
--
-- Sources: doc/compilers.md (+Z, -b, +Maked, -mt, +DD64, +W); public build
-- logs of HP-UX ports (-AC99, -Wl,+h, -Wl,+b; "cc: warning 901: unknown
-- option" with exit status 0; "error 1914: bad form for `-W' option" with
-- exit status 1; C and C++ are one product on Itanium: "HP C/aC++").
-- __HP_cc (C) and __HP_aCC (C++) are VVRRPP in decimal: 62500 is A.06.25.
-- Depfile: +Maked writes NAME.d beside the object and takes no file name,
-- so it cannot fill the template: false.
-- Unverified: almost everything: the drivers (cc for C), the banner and
-- its stream, the macros, the standards, soname and rpath, werror and
-- static (no known equivalents: false), ranlib; -Ae (extended ANSI C)
-- as the gnu dialect; +O2 and +Osize.
return {
  name = "acc",
  drivers = { c = "cc", ["c++"] = "aCC" },

  identify = {
    macro = "__HP_cc",
    unless = {},
    version = { "__HP_cc" },
    version_format = "vvrrpp",
    per_language = {
      ["c++"] = { macro = "__HP_aCC", version = { "__HP_aCC" } },
    },
    -- aCC: HP C/aC++ B3910B A.06.25 [Nov 30 2009]
    banner = { args = { "-V" }, stream = "stderr",
               pattern = "HP C/aC%+%+",
               version_pattern = "A%.0*(%d+%.%d+)" },
  },

  std_map = {
    ansi = "-Aa", c89 = "-AC89", c99 = "-AC99", c11 = false,
    ["c++98"] = "-AA", ["c++03"] = "-AA", ["c++11"] = false, ["c++14"] = false,
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "-Ae", c99 = "-AC99 -Ae" },
  },

  flags = {
    compile = "-c",
    output = "-o {}",
    define = "-D{}",
    include = "-I{}",
    system_include = false,
    libdir = "-L{}",
    lib = "-l{}",
    pic = "+Z",
    shared = "-b",
    soname = "-Wl,+h,{}",
    rpath = "-Wl,+b,{}",
    rpath_join = ":",
    depfile = false,
    threads = "-mt",
    werror = false,
    static = false,
    optimize = "+O2",
    optimize_size = "+O2 +Osize",
    debug = "-g",
    abi = { ["32"] = "+DD32", ["64"] = "+DD64" },
  },

  unknown_flag_patterns = { "warning 901", "unknown option", "error 1914" },

  archiver = { command = "ar", create = "rc", ranlib = false },

  probes = { c = true, ["c++"] = true },

  unverified = { "drivers", "identify", "std_map", "flags.soname",
                 "flags.rpath", "flags.werror", "flags.static", "archiver.ranlib",
                 "dialects", "flags.optimize", "flags.optimize_size" },
}
