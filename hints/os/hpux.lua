-- Kindler OS hint: HP-UX 11i v2 and v3 on Itanium (IA-64).
--
-- Sources: doc/compilers.md (HP aCC flags: +Z, -b, +DD64); public build logs
-- of HP-UX ports (+h for the library name, +b for the run path, 32-bit
-- and 64-bit libraries in lib/hpux32 and lib/hpux64).
-- Not covered: PA-RISC, where shared libraries end in .sl and 64-bit ones
-- live in lib/pa20_64.  Copy this file to make a PA-RISC hint.
-- Unverified: make's -C (taken as absent), run paths (+b), $ORIGIN (taken
-- as absent), the shared library naming, max_args (ARG_MAX of 11.x).
return {
  name = "hpux",
  uname = { "HP-UX" },
  cross = false,

  compilers = { "acc", "gcc" },
  -- kindler-bootstrap --target TRIPLE probes this system's compilers
  -- into the profile of TRIPLE (kindler-hints(5)).
  targets = { "ia64-hp-hpux11.31" },

  library_paths = { "/usr/local/lib/hpux32", "/usr/lib/hpux32" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  sharedlib  = { prefix = "lib", suffix = ".so", versioning = "soname" },
  import_library = false,
  object_suffix = ".o",

  abis = {
    default = "32",
    ["32"] = { libdir = "lib/hpux32", library_paths = { "/usr/local/lib/hpux32", "/usr/lib/hpux32" } },
    ["64"] = { libdir = "lib/hpux64", library_paths = { "/usr/local/lib/hpux64", "/usr/lib/hpux64" } },
  },

  install = { bindir = "bin", libdir = "lib/hpux32", includedir = "include",
              mandir = "share/man", datadir = "share" },

  rpath = { supported = true, origin = false },

  make = { name = "make", has_C_flag = false, include = true, max_args = 2048000 },

  -- /usr/bin/sh is the POSIX shell since HP-UX 10.
  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex" }, yacc = { "yacc" } },

  -- The HP-UX linker names a library with +h and sets the run path with +b.
  flag_overrides = {
    gcc = { soname = "-Wl,+h,{}", rpath = "-Wl,+b,{}", rpath_join = ":",
            abi = { ["32"] = "-milp32", ["64"] = "-mlp64" } },
  },

  unverified = { "tools", "install.mandir", "sharedlib", "rpath", "make.has_C_flag", "make.max_args",
                 "flag_overrides.gcc.soname", "flag_overrides.gcc.rpath" },
}
