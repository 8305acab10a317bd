-- Kindler compiler hint: Clang (clang and clang++), LLVM's C family front end.
--
-- Sources: doc/compilers.md, doc/compilers.md (clang 14 on Debian 12, measured).
-- Note: Apple clang reports its own version numbers (Xcode's), not LLVM's.
-- Note: on Darwin the OS hint replaces shared, soname and static.
-- Unverified: nothing.
return {
  name = "clang",
  drivers = { c = "clang", ["c++"] = "clang++" },

  identify = {
    macro = "__clang__",
    -- IBM's xlclang also defines __clang__.
    unless = { "__ibmxl__" },
    version = { "__clang_major__", "__clang_minor__", "__clang_patchlevel__" },
    -- Debian clang version 14.0.6
    banner = { args = { "--version" }, stream = "stdout",
               pattern = "clang version",
               version_pattern = "clang version (%d+%.%d+[%.%d]*)" },
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

  unknown_flag_patterns = { "unknown argument", "unknown warning option",
                            "argument unused during compilation",
                            "optimization flag .* is not supported" },

  archiver = { command = "ar", create = "rc", ranlib = "ranlib" },

  probes = { c = true, ["c++"] = true },
}
