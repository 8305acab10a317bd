-- Kindler OS hint: IBM AIX 5.x to 7.x (POWER).
--
-- Sources: doc/compilers.md (shared objects archived as shr.o in libfoo.a;
-- make lacks -C; small argument limit); doc/portability.md (about 24 KB).
-- Note: a shared library and a static library of the same name are both
-- libfoo.a: an exporter must not build both into one directory.
-- Note: 32-bit and 64-bit objects share lib/ (and even one archive).
-- Note: AIX has no $ORIGIN; -blibpath replaces the whole default search
-- path, so /usr/lib:/lib must stay in it (see the xlc hint's rpath_tail).
-- Unverified: run paths through -blibpath.
return {
  name = "aix",
  uname = { "AIX" },
  cross = false,

  compilers = { "xlc", "gcc" },
  -- kindler-bootstrap --target TRIPLE probes this system's compilers
  -- into the profile of TRIPLE (kindler-hints(5)).
  targets = { "powerpc-ibm-aix7.1" },

  library_paths = { "/usr/local/lib", "/usr/lib", "/lib" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  sharedlib  = { prefix = "lib", suffix = ".a", versioning = "archive", member = "shr.o" },
  import_library = false,
  object_suffix = ".o",

  abis = {
    default = "32",
    ["32"] = { libdir = "lib" },
    ["64"] = { libdir = "lib" },
  },

  install = { bindir = "bin", libdir = "lib", includedir = "include",
              mandir = "man", datadir = "share" },

  rpath = { supported = true, origin = false },

  make = { name = "make", has_C_flag = false, include = true, max_args = 24576 },

  -- /bin/sh is a Korn shell; the Bourne shell is /usr/bin/bsh.
  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex" }, yacc = { "yacc" } },

  -- The AIX linker has no soname; run paths go through -blibpath.
  flag_overrides = {
    gcc = { soname = false, rpath = "-Wl,-blibpath:{}", rpath_join = ":",
            rpath_tail = { "/usr/lib", "/lib" },
            abi = { ["32"] = "-maix32", ["64"] = "-maix64" } },
  },

  unverified = { "tools", "install.mandir", "rpath.supported" },
}
