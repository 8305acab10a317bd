-- Kindler OS hint: NetBSD.
--
-- Sources: doc/compilers.md; NetBSD's base system (gcc is cc on most ports,
-- make is bmake, /bin/sh is the Almquist shell, pkgsrc installs into
-- /usr/pkg).  pcc has been an optional base compiler.
-- Unverified: max_args (ARG_MAX taken as 256 KiB).
return {
  name = "netbsd",
  uname = { "NetBSD" },
  cross = false,

  compilers = { "gcc", "clang", "pcc", "tcc" },

  -- pkgsrc libraries live in /usr/pkg/lib and need a run path.
  library_paths = { "/usr/pkg/lib", "/usr/local/lib", "/usr/lib", "/lib" },

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
              mandir = "man", datadir = "share" },

  rpath = { supported = true, origin = "$ORIGIN" },

  make = { name = "make", has_C_flag = true, include = true, max_args = 262144 },

  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex", "flex" }, yacc = { "yacc", "byacc", "bison -y" } },

  unverified = { "tools", "make.max_args" },
}
