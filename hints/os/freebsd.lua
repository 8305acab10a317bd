-- Kindler OS hint: FreeBSD.
--
-- Sources: doc/compilers.md; FreeBSD's base system (clang is cc since 10.0,
-- bmake is make since 10.0, /bin/sh is the Almquist shell).
-- Unverified: max_args (ARG_MAX was 262144 for many releases and has been
-- raised since; the lower value is kept on purpose).
return {
  name = "freebsd",
  uname = { "FreeBSD" },
  cross = false,

  compilers = { "clang", "gcc", "tcc", "pcc", "kit" },

  -- Ports and packages install into /usr/local.
  library_paths = { "/usr/local/lib", "/usr/lib", "/lib" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  sharedlib  = { prefix = "lib", suffix = ".so", versioning = "soname" },
  import_library = false,
  object_suffix = ".o",

  abis = {
    default = "native",
    native = { libdir = "lib" },
  },

  install = { bindir = "bin", libdir = "lib", includedir = "include",
              mandir = "share/man", datadir = "share" },

  rpath = { supported = true, origin = "$ORIGIN" },

  make = { name = "make", has_C_flag = true, include = true, max_args = 262144 },

  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex", "flex" }, yacc = { "yacc", "byacc", "bison -y" } },

  unverified = { "tools", "make.max_args" },
}
