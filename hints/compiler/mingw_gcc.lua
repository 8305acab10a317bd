-- Kindler compiler hint: mingw-w64 GCC cross compiler for 64-bit Windows
-- (x86_64-w64-mingw32-gcc and -g++), for the windows cross profile.
--
-- Sources: doc/compilers.md (__MINGW32__ and __MINGW64__; GCC banner on
-- stdout), doc/compilers.md (Debian 12 packages gcc-mingw-w64-x86-64 and
-- g++-mingw-w64-x86-64; `-o prog` writes prog.exe; link C++ with -static
-- or the exe needs libstdc++-6.dll; -static-libgcc -static-libstdc++ is
-- enough).
-- PE code needs no PIC flag; there is no soname and no run path: a DLL is
-- found beside the exe.  implib names the import library (libfoo.dll.a).
-- Debian's default variant reports its version as "12-win32".
-- Unverified: -pthread (winpthreads) with Debian's win32 thread variant.
return {
  name = "mingw_gcc",
  drivers = { c = "x86_64-w64-mingw32-gcc", ["c++"] = "x86_64-w64-mingw32-g++" },

  -- kindler-bootstrap --target TRIPLE (kindler-hints(5)): the triples it
  -- builds for, each its own tools' prefix ({target}).
  cross = {
    targets = { ["x86_64-w64-mingw32"] = "x86_64-w64-mingw32" },
    drivers = { c = "{target}-gcc", ["c++"] = "{target}-g++" },
    archiver = { command = "{target}-ar", create = "rc", ranlib = "{target}-ranlib" },
  },

  identify = {
    macro = "__MINGW32__",
    unless = { "__clang__" },
    version = { "__GNUC__", "__GNUC_MINOR__", "__GNUC_PATCHLEVEL__" },
    -- x86_64-w64-mingw32-gcc (GCC) 12-win32
    banner = { args = { "--version" }, stream = "stdout",
               pattern = "mingw32",
               version_pattern = "%) (%d+[%.%d]*)" },
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
    pic = "",
    shared = "-shared",
    soname = false,
    rpath = false,
    rpath_join = false,
    implib = "-Wl,--out-implib,{}",
    -- libgcc and libstdc++ linked in: the programs and DLLs run without
    -- libgcc_s_seh-1.dll and libstdc++-6.dll.
    static_runtime = "-static-libgcc -static-libstdc++",
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

  unknown_flag_patterns = { "unrecognized command[- ]line option",
                            "is valid for [%w%+]+ but not for" },

  archiver = { command = "x86_64-w64-mingw32-ar", create = "rc",
               ranlib = "x86_64-w64-mingw32-ranlib" },

  probes = { c = true, ["c++"] = true },

  unverified = { "flags.threads" },
}
