-- Kindler compiler hint: PCC, the Portable C Compiler, C only.
--
-- Sources: doc/compilers.md, doc/compilers.md, and pcc 1.2.0.DEVEL on Debian 12,
-- measured: `pcc --version` prints "Portable C Compiler 1.2.0.DEVEL
-- 20220331 for x86_64-pc-linux-gnu" on stdout, exit 0 (`pcc -v` alone
-- exits 8); it defines __PCC__ 1, __PCC_MINOR__ 2, __PCC_MINORMINOR__ 0
-- and also __GNUC__ 4; its default is C11 (__STDC_VERSION__ 201112L);
-- -ansi and -std=c89/c99/c11 set __STDC_VERSION__; -std=c++98 is refused.
-- -MD -MF names the object without its directory unless -MT is given,
-- hence depfile_target.  Unknown -f and -W flags are accepted silently.
-- Unverified: nothing; static is kept although it fails to link on
-- Debian 12 (missing soft-float helpers), the bootstrap probe records that.
return {
  name = "pcc",
  drivers = { c = "pcc" },

  identify = {
    macro = "__PCC__",
    unless = {},
    version = { "__PCC__", "__PCC_MINOR__", "__PCC_MINORMINOR__" },
    banner = { args = { "--version" }, stream = "stdout",
               pattern = "Portable C Compiler",
               version_pattern = "Portable C Compiler (%d+%.%d+%.%d+)" },
  },

  std_map = {
    ansi = "-ansi", c89 = "-std=c89", c99 = "-std=c99", c11 = "-std=c11",
    ["c++98"] = false, ["c++03"] = false, ["c++11"] = false, ["c++14"] = false,
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "-std=gnu89", c99 = "-std=gnu99", c11 = "-std=gnu11" },
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
    depfile_system = "-MD -MF {}",        -- -MD names -isystem headers too
    depfile_target = "-MT {}",
    threads = "-pthread",
    werror = "-Werror",
    static = "-static",
    optimize = "-O",
    optimize_size = false,
    debug = "-g",
    abi = {},
  },

  archiver = { command = "ar", create = "rc", ranlib = "ranlib" },

  probes = { c = true },
}
