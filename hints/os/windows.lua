-- Kindler OS hint: 64-bit Windows, built from a POSIX host with mingw-w64
-- (a cross profile: no `uname -s` answer selects it; ask for it by name).
--
-- Sources: doc/compilers.md (.exe, foo.dll with import library libfoo.dll.a,
-- static libfoo.a, no rpath: the DLL sits beside the exe); doc/portability.md
-- (Debian's gcc-mingw-w64-x86-64, wine to run the results).
-- The make and shell fields describe the POSIX build host, not Windows.
-- Unverified: nothing; the kit compiler it lists is (see its hint).
return {
  name = "windows",
  uname = {},
  cross = true,

  compilers = { "mingw_gcc", "kit" },
  -- kindler-bootstrap --target TRIPLE probes this system's compilers
  -- into the profile of TRIPLE (kindler-hints(5)).
  targets = { "x86_64-w64-mingw32" },
  -- The command that runs the target's programs on the build host: make
  -- test runs the tests through it (kindler(1), RUNNER).
  runner = "wine",

  -- Where Debian's mingw-w64 packages keep the target's libraries.
  library_paths = { "/usr/x86_64-w64-mingw32/lib" },

  executable = { prefix = "", suffix = ".exe" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  -- DLLs are installed into bindir, next to the programs that load them.
  sharedlib  = { prefix = "", suffix = ".dll", versioning = "dll", install_dir = "bindir" },
  import_library = { prefix = "lib", suffix = ".dll.a" },
  object_suffix = ".o",

  abis = {
    default = "native",
    native = { libdir = "lib" },
  },

  install = { bindir = "bin", libdir = "lib", includedir = "include",
              mandir = "share/man", datadir = "share" },

  rpath = { supported = false, origin = false },

  make = { name = "make", has_C_flag = true, include = true, max_args = 131072 },

  shell = { path = "/bin/sh", posix = true },
}
