-- Kindler OS hint: Solaris 8 to 11 and its descendants (SunOS 5.x).
--
-- Sources: doc/compilers.md (Sun Studio flags; /bin/sh before Solaris 11 is a
-- Bourne shell; make has no -C); Sun linker conventions (-h, -R, $ORIGIN,
-- 64-bit libraries in lib/64).
-- Note: /bin/sh is not POSIX before Solaris 11; /usr/xpg4/bin/sh is.
-- Note: there is no static libc since Solaris 10.
-- Unverified: the default ABI (32-bit for Sun Studio; some newer GCC
-- builds default to 64-bit), max_args (ARG_MAX of 32-bit processes).
return {
  name = "solaris",
  uname = { "SunOS" },
  cross = false,

  compilers = { "sunpro", "gcc" },
  -- kindler-bootstrap --target TRIPLE probes this system's compilers
  -- into the profile of TRIPLE (kindler-hints(5)).
  targets = { "sparc-sun-solaris2.10", "i386-pc-solaris2.11" },

  -- /usr/sfw holds the freeware Sun shipped with Solaris 10.
  library_paths = { "/usr/local/lib", "/usr/sfw/lib", "/usr/lib", "/lib" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  sharedlib  = { prefix = "lib", suffix = ".so", versioning = "soname" },
  import_library = false,
  object_suffix = ".o",

  -- lib/64 is a link to lib/sparcv9 or lib/amd64.
  abis = {
    default = "32",
    ["32"] = { libdir = "lib" },
    ["64"] = { libdir = "lib/64", library_paths = { "/usr/lib/64", "/lib/64" } },
  },

  install = { bindir = "bin", libdir = "lib", includedir = "include",
              mandir = "share/man", datadir = "share" },

  rpath = { supported = true, origin = "$ORIGIN" },

  make = { name = "make", has_C_flag = false, include = true, max_args = 1048320 },

  shell = { path = "/bin/sh", posix = false, posix_path = "/usr/xpg4/bin/sh" },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex" }, yacc = { "yacc" } },

  -- GCC here usually drives the Solaris linker, which knows -h and -R
  -- (GNU ld accepts both too).
  flag_overrides = {
    gcc = { soname = "-Wl,-h,{}", rpath = "-Wl,-R,{}" },
  },

  unverified = { "tools", "abis.default", "make.max_args" },
}
