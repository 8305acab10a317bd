-- Kindler OS hint: OpenBSD.
--
-- Sources: doc/compilers.md; OpenBSD's base system (clang is cc on amd64,
-- arm64 and i386, gcc on older platforms; make is OpenBSD's own BSD make,
-- which has -C; /bin/sh is the public-domain Korn shell).
-- Note: OpenBSD's own libraries are named libfoo.so.MAJOR.MINOR with no
-- libfoo.so link; the "soname" scheme (with links) still works there.
-- Unverified: rpath.origin ($ORIGIN support in ld.so), max_args.
return {
  name = "openbsd",
  uname = { "OpenBSD" },
  cross = false,

  compilers = { "clang", "gcc", "pcc" },

  -- There is no /lib: everything is under /usr/lib.
  library_paths = { "/usr/local/lib", "/usr/lib" },

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

  unverified = { "tools", "rpath.origin", "make.max_args" },
}
