-- Kindler OS hint: Linux (any distribution, glibc or musl).
--
-- Sources: doc/compilers.md and doc/portability.md (measured on Debian 12),
-- the ELF conventions every Linux distribution follows.
-- Unverified: nothing here; max_args is deliberately low (see below).
return {
  name = "linux",
  uname = { "Linux" },
  cross = false,

  -- Tried in this order by kindler-bootstrap.
  compilers = { "gcc", "clang", "tcc", "pcc", "kit" },

  -- Searched, in order, for libraries a project names with `libs`.
  -- (Debian's multiarch directories are found by the compiler itself.)
  library_paths = { "/usr/local/lib", "/usr/lib", "/lib" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  sharedlib  = { prefix = "lib", suffix = ".so", versioning = "soname" },
  import_library = false,
  object_suffix = ".o",

  -- Kept simple: one ABI.  Distributions disagree on lib vs lib64.
  abis = {
    default = "native",
    native = { libdir = "lib" },
  },

  install = { bindir = "bin", libdir = "lib", includedir = "include",
              mandir = "share/man", datadir = "share" },

  rpath = { supported = true, origin = "$ORIGIN" },

  -- GNU make or bmake.  131072 is the argument limit of kernels before
  -- 2.6.23; newer ones allow far more, but a link line this long is a
  -- sign to archive first anyway.
  make = { name = "make", has_C_flag = true, include = true, max_args = 131072 },

  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "flex", "lex" }, yacc = { "bison -y", "byacc", "yacc" } },
}
