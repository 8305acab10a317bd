-- Kindler compiler hint: SGI MIPSpro 7.x on IRIX (cc and CC).
--
-- Sources: doc/compilers.md; SGI's cc(1) manual (-xansi is the default mode,
-- -ansi is strict ANSI C; ABIs -o32, -n32, -64).
-- `cc -version` prints "MIPSpro Compilers: Version 7.4.4m"; which stream
-- is unverified, so the banner is read from both.
-- _COMPILER_VERSION is 744 for 7.4.4 (one decimal digit per part).
-- Unverified: the banner stream; -c99 (C99 mode of 7.4); -LANG:std as the
-- C++98 switch; werror (no known equivalent: false); -rpath joining with
-- ":"; ranlib (IRIX's ar builds the symbol table itself); -c99 -xansi
-- as extended C99; -O2 and -g (with -O2, -g3 keeps the optimisation).
-- PIC is the default (-KPIC), hence pic = "".  Threads are a library:
-- -lpthread, which the driver ignores when only compiling.
return {
  name = "mipspro",
  drivers = { c = "cc", ["c++"] = "CC" },

  identify = {
    macro = "_COMPILER_VERSION",
    -- GCC on IRIX defines __sgi too, but not as MIPSpro.
    unless = { "__GNUC__" },
    version = { "_COMPILER_VERSION" },
    version_format = "digits",
    banner = { args = { "-version" }, stream = "any",
               pattern = "MIPSpro Compilers",
               version_pattern = "Version (%d+%.%d+[%.%d]*)" },
  },

  -- c89: the default -xansi mode is ANSI C with extensions.
  std_map = {
    ansi = "-ansi", c89 = "", c99 = "-c99", c11 = false,
    ["c++98"] = "-LANG:std", ["c++03"] = "-LANG:std",
    ["c++11"] = false, ["c++14"] = false,
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "-xansi", c99 = "-c99 -xansi", ["c++98"] = "", ["c++03"] = "" },
  },

  flags = {
    compile = "-c",
    output = "-o {}",
    define = "-D{}",
    include = "-I{}",
    system_include = false,
    libdir = "-L{}",
    lib = "-l{}",
    pic = "",
    shared = "-shared -rdata_shared",
    soname = "-soname {}",
    rpath = "-rpath {}",
    rpath_join = ":",
    depfile = "-MDupdate {}",
    threads = "-lpthread",
    werror = false,
    static = "-non_shared",
    optimize = "-O2",
    optimize_size = false,
    debug = "-g",
    abi = { o32 = "-o32", n32 = "-n32", ["64"] = "-64" },
  },

  unknown_flag_patterns = { "unknown flag", "ERROR parsing" },

  archiver = { command = "ar", create = "rc", ranlib = false },

  probes = { c = true, ["c++"] = true },

  unverified = { "identify.banner.stream", "std_map.c99", "std_map.c++98",
                 "std_map.c++03", "flags.werror", "flags.rpath_join",
                 "archiver.ranlib", "unknown_flag_patterns", "dialects",
                 "flags.optimize", "flags.debug" },
}
