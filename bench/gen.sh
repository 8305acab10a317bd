#!/bin/sh
# bench/gen.sh: write a synthetic C project for the benchmark.
#
# Usage: sh bench/gen.sh small|medium|large DIR
#
# DIR receives the sources and the same project described five times:
#   bench.kindler    Kindler
#   CMakeLists.txt   CMake
#   meson.build      Meson
#   premake4.lua     Premake 4 (its gmake action writes into DIR/premake-build)
#   Makefile.flat    a hand-written flat POSIX Makefile, the reference (make
#                    dirs all; elsewhere, with SRCDIR set to DIR)
#
# Shape (sources / static libraries / programs):
#   small     10 /  1 /  1    the library has 9 sources, the program 1
#   medium   500 / 10 /  5    49 sources a library, 2 a program
#   large   5000 / 50 / 20    98 sources a library, 5 a program
#
# Libraries form chains of five: lNN depends on l(NN-1) unless NN is a
# multiple of 5, and every library is public (its include directory and its
# definition reach what depends on it, transitively). Program pNN links the
# top library of chain NN mod C and, where there are two chains or more, of
# chain NN+1 mod C (C chains).
#
# Headers are shared inside each library, so header dependencies matter:
# library lNN has K public headers libs/lNN/include/lNN/h0.h .. h{K-1}.h
# (K = 3, 8, 10), each including the library's config.h beside it, and one
# private header libs/lNN/src/internal.h. Source sI of lNN includes
# internal.h, h(I mod K) (which declares its functions), the header that
# declares the functions of the next source, h((I+1 mod N) mod K) for N
# sources, whose function it calls, and, where the library has a
# dependency, h(I mod K) of that library. Touching
# libs/l00/include/l00/h0.h therefore recompiles the sources I of l00 with
# I mod K = 0 or (I+1 mod N) mod K = 0, the sources of l01 with I mod K = 0
# (when l01 depends on l00), and the program sources that include it (small
# only).
#
# Every compile is C99 with -O2; the definitions are LNN_LEVEL=NN.
# The output is the same for the same size: the benchmark compares like
# with like.

usage() {
  echo "usage: sh bench/gen.sh small|medium|large DIR" >&2
  exit 2
}
test $# -eq 2 || usage
case $1 in
  small)  nlib=1;  nprog=1;  lsrc=9;  psrc=1; nhdr=3 ;;
  medium) nlib=10; nprog=5;  lsrc=49; psrc=2; nhdr=8 ;;
  large)  nlib=50; nprog=20; lsrc=98; psrc=5; nhdr=10 ;;
  *) usage ;;
esac
dir=$2
mkdir -p "$dir" || exit 1

exec awk -v size="$1" -v dir="$dir" -v nlib=$nlib -v nprog=$nprog \
  -v lsrc=$lsrc -v psrc=$psrc -v nhdr=$nhdr '
function two(n) { return sprintf("%02d", n) }
function three(n) { return sprintf("%03d", n) }
# dep(l): the library lNN depends on, or -1
function dep(l) { return (l % 5 == 0) ? -1 : l - 1 }
# the libraries of program p, in the order it names them
function proglibs(p,    c, a, b) {
  c = int((nlib + 4) / 5)
  a = 5 * (p % c) + 4; if (a > nlib - 1) a = nlib - 1
  if (c < 2) return "" a
  b = 5 * ((p + 1) % c) + 4; if (b > nlib - 1) b = nlib - 1
  return a " " b
}
# chain(l): l and every library it needs, in link order (l first)
function chain(l,    s) {
  s = "" l
  while (dep(l) >= 0) { l = dep(l); s = s " " l }
  return s
}
function emit(file, text) {
  printf "%s", text > (dir "/" file)
  close(dir "/" file)
}
function libsrc(l, i) { return "libs/l" two(l) "/src/s" three(i) ".c" }
function progsrc(p, j) { return "apps/p" two(p) "/" (j == 0 ? "main" : "aux" j) ".c" }
function mkdirs(    l, p, cmd) {
  cmd = "mkdir -p"
  for (l = 0; l < nlib; l++)
    cmd = cmd " \"" dir "/libs/l" two(l) "/src\" \"" dir "/libs/l" two(l) "/include/l" two(l) "\""
  for (p = 0; p < nprog; p++) cmd = cmd " \"" dir "/apps/p" two(p) "\""
  if (system(cmd) != 0) exit 1
}

# ---- C sources and headers -------------------------------------------
function write_library(l,    L, k, i, j, t, d, D) {
  L = "l" two(l)
  t = "/* " L "/config.h: shared by every header of " L " */\n" \
      "#ifndef " toupper(L) "_CONFIG_H\n#define " toupper(L) "_CONFIG_H\n" \
      "#define " toupper(L) "_TABLE 16\n" \
      "#define " toupper(L) "_MIX(x) (((x) << 5) ^ ((x) >> 3) ^ " toupper(L) "_LEVEL)\n" \
      "typedef struct " L "_state { int count; long total; double scale; char tag[16]; } " L "_state;\n" \
      "#endif\n"
  emit("libs/" L "/include/" L "/config.h", t)
  for (k = 0; k < nhdr; k++) {
    t = "/* " L "/h" k ".h: public header " k " of " L " */\n" \
        "#ifndef " toupper(L) "_H" k "_H\n#define " toupper(L) "_H" k "_H\n" \
        "#include \"config.h\"\n" \
        "struct " L "_rec" k " { int id; " L "_state state; const char *name; };\n" \
        "#define " toupper(L) "_H" k "_SCALE(x) ((x) * " (k + 2) " + " toupper(L) "_MIX(x))\n"
    for (i = k; i < lsrc; i += nhdr)
      t = t "int " L "_f" three(i) "(int x);\n" \
            "void " L "_fill" three(i) "(struct " L "_rec" k " *r, int n);\n"
    t = t "#endif\n"
    emit("libs/" L "/include/" L "/h" k ".h", t)
  }
  t = "/* internal.h: private to " L ", included by each of its sources */\n" \
      "#ifndef " toupper(L) "_INTERNAL_H\n#define " toupper(L) "_INTERNAL_H\n" \
      "#include <string.h>\n#include <" L "/config.h>\n" \
      "#define " toupper(L) "_CLAMP(x, lo, hi) ((x) < (lo) ? (lo) : (x) > (hi) ? (hi) : (x))\n" \
      "#endif\n"
  emit("libs/" L "/src/internal.h", t)
  d = dep(l)
  D = (d >= 0) ? "l" two(d) : ""
  for (i = 0; i < lsrc; i++) {
    k = i % nhdr
    # h(k) declares this source'"'"'s functions, the second header those of
    # the next source (wrapping to s000), which it calls
    t = "/* " libsrc(l, i) " */\n#include \"internal.h\"\n" \
        "#include <" L "/h" k ".h>\n#include <" L "/h" (((i + 1) % lsrc) % nhdr) ".h>\n"
    if (d >= 0) t = t "#include <" D "/h" k ".h>\n"
    t = t "\nstatic const int table[" toupper(L) "_TABLE] = {\n   "
    for (j = 0; j < 16; j++) t = t " " ((i * 7919 + j * 104729 + l * 31) % 1000) ","
    t = t "\n};\n\n" \
      "int " L "_f" three(i) "(int x)\n{\n" \
      "  int j, acc = x;\n" \
      "  for (j = 0; j < " toupper(L) "_TABLE; j++)\n" \
      "    acc = acc * 31 + (table[j] ^ (acc >> 3));\n" \
      "  acc += " toupper(L) "_H" k "_SCALE(acc);\n" \
      "  if (x > 0)\n" \
      "    acc += " L "_f" three((i + 1) % lsrc) "(x - 1);\n"
    if (d >= 0) t = t "  acc ^= " D "_f" three(k) "(x / 2);\n"
    t = t "  return " toupper(L) "_CLAMP(acc, -1000000, 1000000);\n}\n\n" \
      "void " L "_fill" three(i) "(struct " L "_rec" k " *r, int n)\n{\n" \
      "  int j;\n" \
      "  for (j = 0; j < n; j++) {\n" \
      "    memset(&r[j], 0, sizeof r[j]);\n" \
      "    r[j].id = " L "_f" three(i) "(j);\n" \
      "    r[j].state.count = j;\n" \
      "    r[j].state.total = (long)r[j].id * j;\n" \
      "    r[j].state.scale = r[j].state.total / (j + 1.0);\n" \
      "    r[j].name = \"" L "_s" three(i) "\";\n" \
      "  }\n}\n"
    emit(libsrc(l, i), t)
  }
}

function write_program(p,    P, n, libs, j, t, a, L, k) {
  P = "p" two(p)
  n = split(proglibs(p), libs, " ")
  for (j = 0; j < psrc; j++) {
    t = "/* " progsrc(p, j) " */\n"
    for (a = 1; a <= n; a++) {
      L = "l" two(libs[a]); k = (j + a - 1) % nhdr
      t = t "#include <" L "/h" k ".h>\n"
    }
    t = t "\n"
    for (a = 1; a < psrc; a++) if (j == 0) t = t "int " P "_aux" a "(int x);\n"
    if (j == 0) t = t "\nint main(int argc, char **argv)\n{\n  int acc = argc;\n  (void)argv;\n"
    else t = t "int " P "_aux" j "(int x)\n{\n  int acc = x;\n"
    for (a = 1; a <= n; a++) {
      L = "l" two(libs[a]); k = (j + a - 1) % nhdr
      t = t "  acc += " L "_f" three(k) "(acc & 7);\n"
    }
    if (j == 0) {
      for (a = 1; a < psrc; a++) t = t "  acc += " P "_aux" a "(acc);\n"
      t = t "  return acc == 42;\n}\n"
    } else t = t "  return acc;\n}\n"
    emit(progsrc(p, j), t)
  }
}

# ---- the five project files -------------------------------------------
function quoted_list(head, tail, sep, items, n,    s, i) {
  s = head
  for (i = 1; i <= n; i++) s = s (i > 1 ? sep : "") "\"" items[i] "\""
  return s tail
}
function lib_sources(l, out,    i) {
  for (i = 0; i < lsrc; i++) out[i + 1] = libsrc(l, i)
  return lsrc
}
function prog_sources(p, out,    j) {
  for (j = 0; j < psrc; j++) out[j + 1] = progsrc(p, j)
  return psrc
}

function write_kindler(    t, l, p, n, src, libs, a, d) {
  t = "# bench.kindler: synthetic " size " project for bench/run.sh (bench/gen.sh)\n" \
      "project {\n    name = \"bench_" size "\";\n    version = \"1.0.0\";\n" \
      "    languages = [ c99 ];\n" \
      "    config {\n        visibility = public;\n        cflags = [ \"-O2\" ];\n    }\n}\n"
  for (l = 0; l < nlib; l++) {
    n = lib_sources(l, src)
    t = t "\ntarget \"l" two(l) "\" {\n    type = staticlib;\n    language = c99;\n" \
        "    sources = " quoted_list("[\n        ", "\n    ];\n", ",\n        ", src, n) \
        "    include_dirs = [ \"libs/l" two(l) "/include\" ];\n" \
        "    definitions = { L" two(l) "_LEVEL = " l "; };\n"
    d = dep(l)
    if (d >= 0) t = t "    deps = [ \"l" two(d) "\" ];\n"
    t = t "}\n"
  }
  for (p = 0; p < nprog; p++) {
    n = prog_sources(p, src)
    t = t "\ntarget \"p" two(p) "\" {\n    type = executable;\n    language = c99;\n" \
        "    sources = " quoted_list("[ ", " ];\n", ", ", src, n)
    n = split(proglibs(p), libs, " ")
    for (a = 1; a <= n; a++) libs[a] = "l" two(libs[a])
    t = t "    deps = " quoted_list("[ ", " ];\n", ", ", libs, n) "}\n"
  }
  emit("bench.kindler", t)
}

function write_cmake(    t, l, p, n, src, libs, a, d) {
  t = "# CMakeLists.txt: synthetic " size " project for bench/run.sh (bench/gen.sh)\n" \
      "cmake_minimum_required(VERSION 3.10)\n" \
      "project(bench_" size " C)\n" \
      "set(CMAKE_C_STANDARD 99)\nset(CMAKE_C_STANDARD_REQUIRED ON)\nset(CMAKE_C_EXTENSIONS OFF)\n" \
      "add_compile_options(-O2)\n"
  for (l = 0; l < nlib; l++) {
    n = lib_sources(l, src)
    t = t "\nadd_library(l" two(l) " STATIC\n" quoted_list("  ", ")\n", "\n  ", src, n) \
        "target_include_directories(l" two(l) " PUBLIC libs/l" two(l) "/include)\n" \
        "target_compile_definitions(l" two(l) " PUBLIC L" two(l) "_LEVEL=" l ")\n"
    d = dep(l)
    if (d >= 0) t = t "target_link_libraries(l" two(l) " PUBLIC l" two(d) ")\n"
  }
  for (p = 0; p < nprog; p++) {
    n = prog_sources(p, src)
    t = t "\nadd_executable(p" two(p) quoted_list(" ", ")\n", " ", src, n) \
        "target_link_libraries(p" two(p) " PRIVATE"
    n = split(proglibs(p), libs, " ")
    for (a = 1; a <= n; a++) t = t " l" two(libs[a])
    t = t ")\n"
  }
  emit("CMakeLists.txt", t)
}

function write_meson(    t, l, p, n, src, libs, a, d) {
  t = "# meson.build: synthetic " size " project for bench/run.sh (bench/gen.sh)\n" \
      "project(\047bench_" size "\047, \047c\047, version: \0471.0.0\047,\n" \
      "  default_options: [\047c_std=c99\047, \047buildtype=plain\047, \047warning_level=0\047])\n" \
      "add_project_arguments(\047-O2\047, language: \047c\047)\n"
  for (l = 0; l < nlib; l++) {
    n = lib_sources(l, src)
    d = dep(l)
    t = t "\nl" two(l) "_inc = include_directories(\047libs/l" two(l) "/include\047)\n" \
        "l" two(l) "_lib = static_library(\047l" two(l) "\047,\n"
    for (a = 1; a <= n; a++) t = t "  \047" src[a] "\047,\n"
    t = t "  include_directories: l" two(l) "_inc,\n" \
        "  c_args: [\047-DL" two(l) "_LEVEL=" l "\047],\n" \
        "  dependencies: [" (d >= 0 ? "l" two(d) "_dep" : "") "])\n" \
        "l" two(l) "_dep = declare_dependency(link_with: l" two(l) "_lib,\n" \
        "  include_directories: l" two(l) "_inc,\n" \
        "  compile_args: [\047-DL" two(l) "_LEVEL=" l "\047],\n" \
        "  dependencies: [" (d >= 0 ? "l" two(d) "_dep" : "") "])\n"
  }
  for (p = 0; p < nprog; p++) {
    n = prog_sources(p, src)
    t = t "\nexecutable(\047p" two(p) "\047,"
    for (a = 1; a <= n; a++) t = t " \047" src[a] "\047,"
    t = t "\n  dependencies: ["
    n = split(proglibs(p), libs, " ")
    for (a = 1; a <= n; a++) t = t (a > 1 ? ", " : "") "l" two(libs[a]) "_dep"
    t = t "])\n"
  }
  emit("meson.build", t)
}

# Premake 4 has no usage requirements: each project lists the include
# directories, definitions and libraries of everything it needs itself.
function write_premake(    t, l, p, n, src, libs, a, c, m, seen, all, i) {
  t = "-- premake4.lua: synthetic " size " project for bench/run.sh (bench/gen.sh)\n" \
      "solution \"bench_" size "\"\n" \
      "  configurations { \"Release\" }\n" \
      "  location \"premake-build\"\n" \
      "  language \"C\"\n" \
      "  buildoptions { \"-std=c99\", \"-O2\" }\n"
  for (l = 0; l < nlib; l++) {
    n = lib_sources(l, src)
    m = split(chain(l), c, " ")
    t = t "\nproject \"l" two(l) "\"\n  kind \"StaticLib\"\n  files {\n"
    for (a = 1; a <= n; a++) t = t "    \"" src[a] "\",\n"
    t = t "  }\n  includedirs {"
    for (a = 1; a <= m; a++) t = t (a > 1 ? "," : "") " \"libs/l" two(c[a]) "/include\""
    t = t " }\n  defines {"
    for (a = 1; a <= m; a++) t = t (a > 1 ? "," : "") " \"L" two(c[a]) "_LEVEL=" c[a] "\""
    t = t " }\n"
    if (m > 1) t = t "  links { \"l" two(c[2]) "\" }\n"
  }
  for (p = 0; p < nprog; p++) {
    n = prog_sources(p, src)
    split("", seen); all = ""
    m = split(proglibs(p), libs, " ")
    for (a = 1; a <= m; a++) {
      split(chain(libs[a]), c, " ")
      for (i = 1; i in c; i++) if (!(c[i] in seen)) { seen[c[i]] = 1; all = all " " c[i] }
    }
    m = split(all, c, " ")
    t = t "\nproject \"p" two(p) "\"\n  kind \"ConsoleApp\"\n  files {"
    for (a = 1; a <= n; a++) t = t (a > 1 ? "," : "") " \"" src[a] "\""
    t = t " }\n  includedirs {"
    for (a = 1; a <= m; a++) t = t (a > 1 ? "," : "") " \"libs/l" two(c[a]) "/include\""
    t = t " }\n  defines {"
    for (a = 1; a <= m; a++) t = t (a > 1 ? "," : "") " \"L" two(c[a]) "_LEVEL=" c[a] "\""
    t = t " }\n  links {"
    for (a = 1; a <= m; a++) t = t (a > 1 ? "," : "") " \"l" two(c[a]) "\""
    t = t " }\n"
  }
  emit("premake4.lua", t)
}

# The reference: the same build as one flat POSIX Makefile written as by
# hand: no recursion, one explicit rule per object naming every project
# header it includes, the flags of each target in macros (a library'"'"'s
# own, then those of the library it depends on). Objects are named as
# CMake names them (TARGET.dir/SOURCE.o); the dirs target makes their
# directories.
# flat_list(head, items, n): head then the items, lines continued at 76
function flat_list(head, items, n,    s, i, w) {
  s = head; w = length(head)
  for (i = 1; i <= n; i++) {
    if (w + length(items[i]) >= 76) { s = s " \\\n\t" items[i]; w = 8 }
    else s = s " " items[i]
    w += length(items[i]) + 1
  }
  return s "\n"
}
# flat_object(T, src, hdrs, n): the rule of one object of target T
function flat_object(T, src, hdrs, n) {
  return flat_list(T ".dir/" src ".o: $(SRCDIR)/" src, hdrs, n) \
    "\t$(CC) $(CFLAGS) $(" toupper(T) "_CPPFLAGS) -c $(SRCDIR)/" src " -o $@\n"
}
function write_flat(    t, rules, l, p, i, j, k, k2, d, L, D, P, n, m, h, o, a, goals, ngoal, dirs) {
  t = "# Makefile.flat: synthetic " size " project for bench/run.sh (bench/gen.sh),\n" \
      "# the build written as a hand-written flat POSIX Makefile would be.\n" \
      "# In another directory: set SRCDIR to this one, then make dirs all.\n" \
      ".POSIX:\n.SUFFIXES:\n\n" \
      "SRCDIR = .\nCC = gcc\nCFLAGS = -std=c99 -O2\nAR = ar\nARFLAGS = rc\nRANLIB = ranlib\n\n"
  rules = ""; ngoal = 0
  for (l = 0; l < nlib; l++) {
    L = "l" two(l); d = dep(l); D = (d >= 0) ? "l" two(d) : ""
    t = t toupper(L) "_CPPFLAGS = -I$(SRCDIR)/libs/" L "/include -D" toupper(L) "_LEVEL=" l \
        (d >= 0 ? " $(" toupper(D) "_CPPFLAGS)" : "") "\n" \
        toupper(L) "_LIBS = lib" L ".a" (d >= 0 ? " $(" toupper(D) "_LIBS)" : "") "\n"
    for (i = 0; i < lsrc; i++) o[i + 1] = L ".dir/" libsrc(l, i) ".o"
    t = t flat_list(toupper(L) "_OBJS =", o, lsrc)
    for (i = 0; i < lsrc; i++) {
      k = i % nhdr; k2 = ((i + 1) % lsrc) % nhdr
      n = 0
      h[++n] = "$(SRCDIR)/libs/" L "/src/internal.h"
      h[++n] = "$(SRCDIR)/libs/" L "/include/" L "/config.h"
      h[++n] = "$(SRCDIR)/libs/" L "/include/" L "/h" k ".h"
      if (k2 != k) h[++n] = "$(SRCDIR)/libs/" L "/include/" L "/h" k2 ".h"
      if (d >= 0) {
        h[++n] = "$(SRCDIR)/libs/" D "/include/" D "/config.h"
        h[++n] = "$(SRCDIR)/libs/" D "/include/" D "/h" k ".h"
      }
      rules = rules flat_object(L, libsrc(l, i), h, n)
    }
    goals[++ngoal] = "lib" L ".a"; dirs[ngoal] = L ".dir/libs/" L "/src"
    rules = rules "lib" L ".a: $(" toupper(L) "_OBJS)\n\trm -f $@\n" \
      "\t$(AR) $(ARFLAGS) $@ $(" toupper(L) "_OBJS)\n\t$(RANLIB) $@\n\n"
  }
  for (p = 0; p < nprog; p++) {
    P = "p" two(p)
    m = split(proglibs(p), a, " ")
    t = t toupper(P) "_CPPFLAGS ="
    for (i = 1; i <= m; i++) t = t " $(L" two(a[i]) "_CPPFLAGS)"
    t = t "\n" toupper(P) "_LIBS ="
    for (i = 1; i <= m; i++) t = t " $(L" two(a[i]) "_LIBS)"
    t = t "\n"
    for (j = 0; j < psrc; j++) o[j + 1] = P ".dir/" progsrc(p, j) ".o"
    t = t flat_list(toupper(P) "_OBJS =", o, psrc)
    for (j = 0; j < psrc; j++) {
      n = 0
      for (i = 1; i <= m; i++) {
        L = "l" two(a[i]); k = (j + i - 1) % nhdr
        h[++n] = "$(SRCDIR)/libs/" L "/include/" L "/config.h"
        h[++n] = "$(SRCDIR)/libs/" L "/include/" L "/h" k ".h"
      }
      rules = rules flat_object(P, progsrc(p, j), h, n)
    }
    goals[++ngoal] = P; dirs[ngoal] = P ".dir/apps/" P
    rules = rules P ": $(" toupper(P) "_OBJS) $(" toupper(P) "_LIBS)\n" \
      "\t$(CC) -o $@ $(" toupper(P) "_OBJS) $(" toupper(P) "_LIBS)\n\n"
  }
  t = t "\n" flat_list("all:", goals, ngoal) "\n" rules \
      "dirs:\n" flat_list("\tmkdir -p", dirs, ngoal) "\nclean:\n"
  for (l = 0; l < nlib; l++) t = t "\trm -f libl" two(l) ".a $(L" two(l) "_OBJS)\n"
  for (p = 0; p < nprog; p++) t = t "\trm -f p" two(p) " $(P" two(p) "_OBJS)\n"
  emit("Makefile.flat", t)
}

BEGIN {
  mkdirs()
  for (l = 0; l < nlib; l++) write_library(l)
  for (p = 0; p < nprog; p++) write_program(p)
  write_kindler(); write_cmake(); write_meson(); write_premake(); write_flat()
}'
