-- Kindler compiler hint: TinyCC (tcc), C only.
--
-- Sources: doc/compilers.md, doc/compilers.md, and tcc 0.9.27 on Debian 12, measured:
--   `tcc -v` prints "tcc version 0.9.27 (x86_64 Linux)" on stdout, exit 0;
--   __TINYC__ is 927; -std=ANYTHING is accepted and only -std=c11 changes
--   anything (__STDC_VERSION__ becomes 201112L; otherwise 199901L);
--   -ansi is refused; -MD -MF works, -MT is refused; -isystem, -fPIC,
--   -shared, -Wl,-soname, -Wl,-rpath and -pthread work; -static fails to
--   link here.
-- tcc accepts unknown -f and -W flags silently: the bootstrap must probe
-- a standard by compiling a program that needs it, not by exit status.
-- Unverified: nothing; static is kept because it works with other libcs.
return {
  name = "tcc",
  drivers = { c = "tcc" },

  identify = {
    macro = "__TINYC__",
    unless = {},
    version = { "__TINYC__" },
    version_format = "vvrrpp",
    banner = { args = { "-v" }, stream = "stdout",
               pattern = "tcc version",
               version_pattern = "tcc version (%d+%.%d+[%.%d]*)" },
  },

  -- tcc has no C89 or strict mode: C89 code is compiled in its C99 mode,
  -- without diagnosing C99 extensions.
  std_map = {
    ansi = "", c89 = "", c99 = "", c11 = "-std=c11",
    ["c++98"] = false, ["c++03"] = false, ["c++11"] = false, ["c++14"] = false,
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "", c99 = "", c11 = "-std=c11" },
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
    depfile = "-MD -MF {}",
    threads = "-pthread",
    werror = "-Werror",
    static = "-static",
    optimize = "-O2",
    optimize_size = false,
    debug = "-g",
    response_file = "@{}",
    abi = {},
  },

  archiver = { command = "ar", create = "rc", ranlib = "ranlib" },

  probes = { c = true },
}
