-- Kindler compiler hint: IBM XL C/C++ for AIX (xlc and xlC).
--
-- Sources: doc/compilers.md (xlc -qversion on stdout, exit status 249;
-- -qlanglvl=stdc89/stdc99, extc1x from V12.1; -qmkshrobj; -qmakedep=gcc;
-- -qthreaded; -q64; static with -bnso -bI:/lib/syscalls.exp); IBM's
-- manuals (__IBMC__ and __IBMCPP__ are VRM in decimal: 1110 is 11.1.0;
-- unknown options draw 1501-nnn (W) messages and are passed to ld).
-- All code on AIX is position independent, hence pic = "" (-qpic exists).
-- AIX has no soname.  -blibpath replaces the whole library search path,
-- so rpath_tail keeps the system directories in it.
-- -qhalt=w stops on warnings (doc/compilers.md names -qhalt=i, which also
-- stops on informational messages; w matches -Werror).
-- C++11: XL C++ has only partial support (-qlanglvl=extended0x): false.
-- ar -X32_64 handles 32-bit and 64-bit objects alike.
-- -qlanglvl=extc89/extc99/extc1x are the extended C modes (the xlc
-- command's default is extc99), -qlanglvl=extended the C++ one.
-- Unverified: rpath through -blibpath; the extended modes; -qcompact.
return {
  name = "xlc",
  drivers = { c = "xlc", ["c++"] = "xlC" },

  identify = {
    macro = "__IBMC__",
    -- xlclang (XL C/C++ 16) is clang-based and accepts GCC's flags.
    unless = { "__clang__" },
    version = { "__IBMC__" },
    version_format = "digits",
    per_language = {
      ["c++"] = { macro = "__IBMCPP__", version = { "__IBMCPP__" } },
    },
    -- IBM XL C/C++ for AIX, V11.1 (5724-X13) / Version: 11.01.0000.0015
    banner = { args = { "-qversion" }, stream = "stdout",
               pattern = "IBM XL C",
               version_pattern = ", V(%d+%.%d+)" },
  },

  std_map = {
    ansi = "-qlanglvl=stdc89", c89 = "-qlanglvl=stdc89",
    c99 = "-qlanglvl=stdc99", c11 = "-qlanglvl=extc1x",
    ["c++98"] = "", ["c++03"] = "", ["c++11"] = false, ["c++14"] = false,
  },

  -- The extended mode of each standard, for dialect = [ "gnu" ]
  -- (kindler-hints(5)): the language with the compiler's extensions.
  dialects = {
    gnu = { c89 = "-qlanglvl=extc89", c99 = "-qlanglvl=extc99", c11 = "-qlanglvl=extc1x",
            ["c++98"] = "-qlanglvl=extended", ["c++03"] = "-qlanglvl=extended" },
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
    shared = "-qmkshrobj",
    soname = false,
    rpath = "-blibpath:{}",
    rpath_join = ":",
    rpath_tail = { "/usr/lib", "/lib" },
    depfile = "-qmakedep=gcc -MF {}",
    threads = "-qthreaded",
    werror = "-qhalt=w",
    static = "-bnso -bI:/lib/syscalls.exp",
    optimize = "-O2",
    optimize_size = "-O2 -qcompact",
    debug = "-g",
    abi = { ["32"] = "-q32", ["64"] = "-q64" },
  },

  unknown_flag_patterns = { "1501%-289", "1501%-210", "1501%-216",
                            "command option .* is not recognized" },

  archiver = { command = "ar", create = "-X32_64 -rc", ranlib = false },

  probes = { c = true, ["c++"] = true },

  unverified = { "flags.rpath", "flags.rpath_tail", "dialects", "flags.optimize_size" },
}
