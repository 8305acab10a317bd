-- Kindler OS hint: Darwin (macOS).
--
-- Sources: doc/compilers.md; Apple's toolchain conventions (Mach-O .dylib,
-- -install_name, @loader_path, make is GNU make 3.81).
-- Note: on current macOS the command `gcc` is Apple clang; the gcc hint
-- refuses any compiler defining __clang__, so it is identified as clang.
-- Note: since macOS 11 the system libraries are not files in /usr/lib
-- (they live in the dyld shared cache); the linker still finds them.
-- Unverified: max_args (ARG_MAX of older releases; newer allow 1 MiB).
return {
  name = "darwin",
  uname = { "Darwin" },
  cross = false,

  compilers = { "clang", "gcc" },

  library_paths = { "/usr/local/lib", "/usr/lib" },

  executable = { prefix = "", suffix = "" },
  staticlib  = { prefix = "lib", suffix = ".a" },
  -- libfoo.1.dylib, with -install_name @rpath/libfoo.1.dylib
  sharedlib  = { prefix = "lib", suffix = ".dylib", versioning = "darwin" },
  import_library = false,
  object_suffix = ".o",

  abis = {
    default = "native",
    native = { libdir = "lib" },
  },

  install = { bindir = "bin", libdir = "lib", includedir = "include",
              mandir = "share/man", datadir = "share" },

  rpath = { supported = true, origin = "@loader_path" },

  make = { name = "make", has_C_flag = true, include = true, max_args = 262144 },

  shell = { path = "/bin/sh", posix = true },

  -- The programs of the built-in generators (kindler(5), Generated
  -- sources), in order of preference: kindler-bootstrap caches the first
  -- on PATH as tools.lex and tools.yacc.
  tools = { lex = { "lex", "flex" }, yacc = { "yacc", "bison -y" } },

  -- Apple's linker has no -soname: the library's own name is set with
  -- -install_name.  Fully static executables are not supported.
  flag_overrides = {
    clang = { shared = "-dynamiclib", soname = "-Wl,-install_name,{}", static = false },
    gcc   = { shared = "-dynamiclib", soname = "-Wl,-install_name,{}", static = false },
  },

  unverified = { "tools", "make.max_args" },
}
