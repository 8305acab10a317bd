-- Kindler compiler hint: kit, one binary holding a whole toolchain
-- (`kit cc`, `kit ld`, `kit ar`, `kit ranlib`, `kit as`, `kit run`),
-- for the windows cross profile.
--
-- Sources: doc/compilers.md only: the tool names, and that on Windows targets
-- it defines __MINGW32__ and __MINGW64__, never _MSC_VER.
-- UNVERIFIED: everything else.  No macro of its own is known (macro =
-- false: only the banner can identify it, and the banner text is a
-- guess); the flags assume a GCC-compatible driver with mingw-w64
-- conventions.  The bootstrap verifies each flag by compiling and records
-- only what works; correct this file when the real answers are known.
return {
  name = "kit",
  drivers = { c = "kit cc" },

  identify = {
    macro = false,
    unless = {},
    version = {},
    banner = { args = { "--version" }, stream = "any",
               pattern = "kit",
               version_pattern = "(%d+%.%d+[%.%d]*)" },
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
    pic = "",
    shared = "-shared",
    soname = false,
    rpath = false,
    rpath_join = false,
    implib = "-Wl,--out-implib,{}",
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
    abi = {},
  },

  archiver = { command = "kit ar", create = "rc", ranlib = "kit ranlib" },

  probes = { c = true },

  unverified = { "identify", "std_map", "dialects", "flags" },
}
