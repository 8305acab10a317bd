-- Kindler compiler hint: kit, one program holding a whole C toolchain
-- (`kit cc`, `kit ld`, `kit ar`, `kit ranlib`, `kit as`, `kit run`), on a
-- Linux or BSD host and, through kindler-bootstrap --target, for Windows.
--
-- Sources: doc/compilers.md: the tool names; that for Windows targets it
-- defines __MINGW32__ and __MINGW64__, never _MSC_VER; its target names
-- (x86_64-windows, aarch64-windows: PE/COFF through mingw-w64).
-- UNVERIFIED: everything else, as doc/compilers.md says.  No macro of its
-- own is known (macro = false: only the banner identifies it, and the
-- banner text is a guess); how a target is chosen (--target=NAME after the
-- subcommand) is a guess; the flags assume a GCC-compatible driver (kit is
-- C only: no c++ driver).  The bootstrap verifies each flag by compiling
-- and records only what works; correct this file when the real answers
-- are known.
return {
  name = "kit",
  drivers = { c = "kit cc" },

  -- kindler-bootstrap --target TRIPLE (kindler-hints(5)): kit's own name
  -- for each triple it builds for; the driver then names it ({target}).
  -- kit ar and kit ranlib are the same for every target.
  cross = {
    targets = { ["x86_64-w64-mingw32"] = "x86_64-windows",
                ["aarch64-w64-mingw32"] = "aarch64-windows" },
    drivers = { c = "kit cc --target={target}" },
  },

  identify = {
    macro = false,
    unless = {},
    version = {},
    -- kit 0.4.2 (x86_64-linux): the form t/fakecc/kit answers (a guess).
    banner = { args = { "--version" }, stream = "stdout",
               pattern = "^kit %d",
               version_pattern = "^kit (%d+%.%d+[%.%d]*)" },
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
    -- PE code needs no PIC flag; for ELF hosts it does, and a PE target
    -- is taken to ignore it as GCC's does.
    pic = "-fPIC",
    shared = "-shared",
    soname = "-Wl,-soname,{}",
    rpath = "-Wl,-rpath,{}",
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
