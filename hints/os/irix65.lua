-- Kindler OS hint: SGI IRIX 6.5 (MIPS).
--
-- Sources: doc/compilers.md (three ABIs with their own library directories,
-- MIPSpro preferred for C, `uname -s` is IRIX or IRIX64); SGI's MIPSpro
-- manuals (n32 is the default ABI of MIPSpro 7).
-- Note: C++ built with g++ cannot link with the system's C++ libraries;
-- keep MIPSpro first.
-- Unverified: IRIX make's -C (taken as absent) and `include` support
-- (doc/portability.md lists `include` as safe everywhere); $ORIGIN in rld (taken as
-- absent); /bin/sh being a POSIX shell (the old Bourne shell is /sbin/bsh);
-- max_args (the ncargs tunable's default).
return {
  name = "irix65",
  uname = { "IRIX", "IRIX64" },
  cross = false,

  compilers = { "mipspro", "gcc" },
  -- kindler-bootstrap --target TRIPLE probes this system's compilers
  -- into the profile of TRIPLE (kindler-hints(5)).
  targets = { "mips-sgi-irix6.5" },

  -- The default ABI's directories; each ABI below lists its own.
  library_paths = { "/usr/lib32" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  sharedlib  = { prefix = "lib", suffix = ".so", versioning = "soname" },
  import_library = false,
  object_suffix = ".o",

  -- o32: the old 32-bit ABI; n32: 32-bit pointers on 64-bit registers;
  -- 64: the 64-bit ABI.  Libraries of one ABI cannot link with another's.
  abis = {
    default = "n32",
    o32  = { libdir = "lib",   library_paths = { "/usr/lib" } },
    n32  = { libdir = "lib32", library_paths = { "/usr/lib32" } },
    ["64"] = { libdir = "lib64", library_paths = { "/usr/lib64" } },
  },

  -- libdir follows the default ABI (n32).
  install = { bindir = "bin", libdir = "lib32", includedir = "include",
              mandir = "man", datadir = "share" },

  rpath = { supported = true, origin = false },

  make = { name = "make", has_C_flag = false, include = true, max_args = 20480 },

  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex" }, yacc = { "yacc" } },

  -- GCC chooses the ABI with -mabi=; it cannot build o32 code.
  flag_overrides = {
    gcc = { abi = { n32 = "-mabi=n32", ["64"] = "-mabi=64" } },
  },

  unverified = { "tools", "install.mandir", "rpath.origin", "make.has_C_flag", "make.include",
                 "make.max_args", "shell.posix" },
}
