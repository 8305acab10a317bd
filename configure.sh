#!/bin/sh
# configure.sh -- configuration script for Kindler.
#
# Finds a C++98 compiler, Lua 5.1 (headers and library) and, for the unit
# tests only, Catch2 2.x with a C++11 compiler; then writes config.mk, which
# the Makefile includes.  ./configure.sh --help lists the options.
#
# Plain Bourne shell on purpose: it must run under Solaris 10's /bin/sh too,
# so no dollar-paren command substitution or arithmetic, no "!" negation,
# no ${x#y} trimming, no "local", no "test" -e, no echo -n, no "for x; do".

# ---- Setup: predictable environment, temporary directory, helpers ----------
LC_ALL=C; export LC_ALL
IFS=' 	
'
nl='
'
set -f                          # split words on blanks, never glob them
me=configure.sh tmp=conftest.$$
trap 'rm -rf $tmp config.mk.tmp' 0
trap 'exit 1' HUP INT PIPE TERM # names, not numbers, for checkbashisms -p

checking() { printf 'checking %s... ' "$*"; }
result() { printf '%s\n' "$*"; }
die() {                         # die LINE...: print an error, exit 1
  printf '\n' >&2
  for line
  do printf '%s: %s\n' "$me" "$line" >&2
  done
  exit 1
}
badarg() { printf '%s: %s\nTry ./configure.sh --help\n' "$me" "$1" >&2; exit 2; }
append() { test -z "$2" || eval "$1=\"\${$1}\${$1:+ }\$2\""; }  # append VAR WORDS
optval() { expr "x$1" : 'x[^=]*=\(.*\)'; }                      # NAME=VALUE -> VALUE
nosl() { printf '%s\n' "$1" | sed 's,\(.\)/*$,\1,'; }            # drop trailing /s
shquote() {                     # shquote WORD: quoted for the config.mk header
  case $1 in
  ''|*[!A-Za-z0-9_./=+,:@%-]*)
    q=`printf '%s\n' "$1" | sed "s/'/'\\\\''/g"`; printf "'%s'" "$q" ;;
  *) printf '%s' "$1" ;;
  esac
}
in_path() {                     # in_path PROG: on PATH (or a path to one)?
  case $1 in */*) test -f "$1" && test -x "$1"; return ;; esac
  save_IFS=$IFS; IFS=:
  for d in $PATH
  do
    test -n "$d" || d=.
    if test -f "$d/$1" && test -x "$d/$1"; then IFS=$save_IFS; return 0; fi
  done
  IFS=$save_IFS; return 1
}
check_path() {                  # check_path WHAT PATH STATUS: can make say it?
  case $2 in
  *' '*|*'	'*|*'#'*|*'$'*|*:*|*=*|*"'"*|*'"'*|*"$nl"*)
    printf '%s: %s "%s" has a blank or one of # $ : = '"'"' " in it;\n' "$me" "$1" "$2" >&2
    printf '%s: make cannot express such a path: use another one\n' "$me" >&2
    exit "$3" ;;
  esac
}
check_flags() {                 # check_flags NAME VALUE: can make say it?
  case $2 in *'#'*|*'$'*|*"$nl"*) badarg "$1 must not contain #, \$ or a newline: $2" ;; esac
}
try_compile() { $CXX $1 -c -o $tmp/t.o $tmp/t.cc >$tmp/log 2>&1; }  # FLAGS
try_link() {                    # try_link FLAGS LIBS: compile and link t.cc
  rm -f $tmp/a.out
  $CXX $1 $LDFLAGS -o $tmp/a.out $tmp/t.cc $2 >$tmp/log 2>&1 && test -f $tmp/a.out
}
quiet() { test -s $tmp/log && return 1; return 0; }     # no diagnostics?
logtext() { if quiet; then echo '(no output)'; else sed 20q $tmp/log; fi; }
usage() {
  cat <<EOF
Usage: ./configure.sh [OPTION]... [VAR=VALUE]...
Writes config.mk for building Kindler.

  --prefix=DIR             install under DIR [/usr/local]
  --with-lua=PREFIX        Lua 5.1 is in PREFIX/include[/lua5.1] and PREFIX/lib
  --with-lua-include=DIR   directory holding lua.h (needs --with-lua-lib)
  --with-lua-lib=DIR       directory holding liblua5.1 (or liblua51, liblua)
  --help                   print this help and exit

  CXX=COMMAND       C++ compiler, may include arguments [c++, g++, ...]
  CXXFLAGS=FLAGS    compiler flags [-O2 -std=c++98]
  LDFLAGS=FLAGS     linker flags
These three may also come from the environment; arguments win.
EOF
}

# ---- Command line -------------------------------------------------------------
prefix=/usr/local with_lua= lua_inc= lua_lib= cmdline=./configure.sh
cxxflags_set=${CXXFLAGS+yes}    # set but empty counts as given
for arg
do
  case $arg in
  --help|-h) usage; exit 0 ;;
  --prefix=*) prefix=`optval "$arg"` ;;
  --with-lua=*) with_lua=`optval "$arg"` ;;
  --with-lua-include=*) lua_inc=`optval "$arg"` ;;
  --with-lua-lib=*) lua_lib=`optval "$arg"` ;;
  CXX=*) CXX=`optval "$arg"` ;;
  CXXFLAGS=*) CXXFLAGS=`optval "$arg"`; cxxflags_set=yes ;;
  LDFLAGS=*) LDFLAGS=`optval "$arg"` ;;
  *) printf '%s: unknown option: %s\n\n' "$me" "$arg" >&2; usage >&2; exit 2 ;;
  esac
  cmdline="$cmdline `shquote "$arg"`"
done
case $prefix in
/*) prefix=`nosl "$prefix"`; check_path "install prefix" "$prefix" 2 ;;
*) badarg "--prefix needs an absolute directory, not '$prefix'" ;;
esac
if test -n "$with_lua"; then
  test -z "$lua_inc$lua_lib" || badarg "use either --with-lua or --with-lua-include/--with-lua-lib"
  with_lua=`nosl "$with_lua"`; check_path "Lua prefix" "$with_lua" 2
elif test -n "$lua_inc$lua_lib"; then
  test -n "$lua_inc" && test -n "$lua_lib" ||
    badarg "--with-lua-include and --with-lua-lib go together"
  lua_inc=`nosl "$lua_inc"`; check_path "Lua include directory" "$lua_inc" 2
  lua_lib=`nosl "$lua_lib"`; check_path "Lua library directory" "$lua_lib" 2
fi
check_flags CXX "$CXX"; check_flags CXXFLAGS "$CXXFLAGS"; check_flags LDFLAGS "$LDFLAGS"
rm -rf $tmp; mkdir $tmp $tmp/inc || die "cannot create the directory $tmp in `pwd`"

# ---- C++ compiler ---------------------------------------------------------------
checking "for a C++ compiler"
if test -n "$CXX"; then         # only its first word must exist
  prog=`printf '%s\n' "$CXX" | sed -e 's/^[ 	]*//' -e 's/[ 	].*//' -e q`
  in_path "$prog" || die "the C++ compiler '$prog' (CXX=$CXX) was not found"
else
  for c in c++ g++ clang++ CC xlC aCC
  do
    if in_path $c; then CXX=$c; break; fi
  done
  test -n "$CXX" || die "no C++ compiler found (tried c++ g++ clang++ CC xlC aCC);" \
    "install one, or name it with CXX=COMMAND"
fi
result "$CXX"

checking "whether $CXX compiles and links C++98"
cat >$tmp/t.cc <<'EOF'
#include <cstdio>
#include <string>
class K { public: explicit K(int v) : v_(v) {} int get() const { return v_; }
          private: int v_; };
int main() { std::string s("kindler"); K k(static_cast<int>(s.size()));
             std::printf("%d\n", k.get()); return 0; }
EOF
try_link "$CXXFLAGS" "" ||
  die "the C++ compiler '$CXX' cannot compile and link a C++98 program:" "`logtext`"
result yes

# Default flags.  A flag counts as accepted only if the compiler stays silent.
if test -z "$cxxflags_set"; then
  checking "whether $CXX accepts -std=c++98"
  if try_compile "-std=c++98" && quiet; then CXXFLAGS="-O2 -std=c++98"; else CXXFLAGS=-O2; fi
  result "$CXXFLAGS"
fi

# Warning flags for GCC and Clang only: other compilers spell them differently.
checking "whether $CXX is GCC or Clang"
case `$CXX --version </dev/null 2>&1` in
*GCC*|*g++*|*"Free Software"*|*clang*) WARNFLAGS="-pedantic -Wall -Wextra"; result yes ;;
*) WARNFLAGS=; result no ;;
esac

# Third-party headers go in as system headers where possible, so that our
# warning flags do not fire on them (Lua's lauxlib.h macros use C casts).
checking "whether $CXX accepts -isystem"
printf '#define CONFTEST_OK 1\n' >$tmp/inc/conftest.h
printf '#include <conftest.h>\nint main() { return CONFTEST_OK - 1; }\n' >$tmp/t.cc
if try_compile "-isystem $tmp/inc" && quiet; then incflag=-isystem; else incflag=-I; fi
result "$incflag"

# Multiarch library directory (Debian: /usr/lib/x86_64-linux-gnu), if any.
triplet=`$CXX -print-multiarch </dev/null 2>/dev/null`
case $triplet in ''|*[!A-Za-z0-9_.-]*) triplet=`$CXX -dumpmachine </dev/null 2>/dev/null` ;; esac
case $triplet in ''|*[!A-Za-z0-9_.-]*) triplet= ;; esac

# ---- Lua 5.1 ----------------------------------------------------------------------
cat >$tmp/lua.cc <<'EOF'
extern "C" {
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
}
#if !defined(LUA_VERSION_NUM) || LUA_VERSION_NUM != 501
#error "this lua.h is not Lua 5.1"
#endif
int main() { lua_State *L = luaL_newstate(); if (!L) return 1;
             luaL_openlibs(L); lua_close(L); return 0; }
EOF
sysdir() {                      # sysdir DIR: searched without -I / -L?
  case $1 in
  /usr/include|/lib|/usr/lib|/lib64|/usr/lib64|/lib32|/usr/lib32) return 0 ;;
  /lib/"$triplet"|/usr/lib/"$triplet") test -n "$triplet"; return ;;
  esac
  return 1
}
lua_link() {                    # lua_link CFLAGS LIBS: does Lua 5.1 work so?
  cp $tmp/lua.cc $tmp/t.cc
  try_link "$CXXFLAGS $1" "$2" && { LUA_CFLAGS=$1; LUA_LIBS=$2; return 0; }
  why="a Lua 5.1 test program failed with '$1' '$2':$nl`logtext`"; return 1
}
lua_dirs() {                    # lua_dirs INCDIR LIBDIRS: lua.h + a liblua?
  test -r "$1/lua.h" || { why="no lua.h in $1"; return 1; }
  cf=; sysdir "$1" || cf="$incflag $1"
  why="no liblua5.1, liblua51, liblua-5.1 or liblua (.so .a .dylib .sl) in $2"
  for n in lua5.1 lua51 lua-5.1 lua
  do
    for d in $2
    do
      test -f "$d/lib$n.so" || test -f "$d/lib$n.a" ||
        test -f "$d/lib$n.dylib" || test -f "$d/lib$n.sl" || continue
      l=; sysdir "$d" || l="-L$d"
      for extra in "" -lm "-lm -ldl"    # a static liblua may need these
      do
        libs=$l; append libs "-l$n"; append libs "$extra"
        lua_link "$cf" "$libs" && return 0
      done
    done
  done
  return 1
}
lua_prefix() {                  # lua_prefix DIR: DIR/include[/lua5.1], DIR/lib
  libdirs="$1/lib $1/lib64 $1/lib32" why="no lua.h"
  test -z "$triplet" || append libdirs "$1/lib/$triplet"
  for i in "$1/include/lua5.1" "$1/include/lua51" "$1/include"
  do
    test -r "$i/lua.h" && lua_dirs "$i" "$libdirs" && return 0
  done
  test "$why" = "no lua.h" && why="no lua.h in $1/include/lua5.1, $1/include/lua51 or $1/include"
  return 1
}
lua_pkgconfig() {               # lua_pkgconfig NAME: what pkg-config says
  why=; pkg-config --exists "$1" 2>/dev/null || return 1
  pc_cflags=`pkg-config --cflags "$1"` && pc_libs=`pkg-config --libs "$1"` || return 1
  cf= libs=
  for w in $pc_cflags
  do
    case $w in
    -I*) d=`expr "x$w" : 'x-I\(.*\)'`; check_path "Lua include directory (pkg-config)" "$d" 1
         sysdir "$d" || append cf "$incflag $d" ;;
    *) append cf "$w" ;;
    esac
  done
  check_flags "pkg-config --libs $1" "$pc_libs"
  for w in $pc_libs
  do append libs "$w"
  done
  lua_link "$cf" "$libs"
}

checking "for Lua 5.1"
found= whys=
if test -n "$with_lua"; then
  lua_prefix "$with_lua" && found="in $with_lua"
elif test -n "$lua_inc"; then
  lua_dirs "$lua_inc" "$lua_lib" && found="in $lua_inc and $lua_lib"
else
  if in_path pkg-config; then
    for n in lua5.1 lua-5.1 lua51
    do
      lua_pkgconfig $n && { found="with pkg-config $n"; break; }
      test -z "$why" || whys="$whys${nl}pkg-config $n: $why"
    done
  fi
  prefixes="/usr /usr/local /usr/pkg /opt/local /usr/nekoware /usr/sfw /opt/freeware"
  for p in $prefixes
  do
    test -z "$found" || break
    lua_prefix $p && found="in $p"
    case $why in "no lua.h"*) ;; *) whys="$whys$nl$p: $why" ;; esac
  done
  why="not found with pkg-config (lua5.1, lua-5.1, lua51) nor under$nl$prefixes$whys"
fi
test -n "$found" ||
  die "Lua 5.1 (lua.h, lauxlib.h, lualib.h and liblua5.1) is missing or unusable:" \
  "$why" "Get it: Debian/Ubuntu: apt-get install liblua5.1-0-dev; FreeBSD: pkg install lua51;" \
  "NetBSD: pkgin install lua51; IRIX: nekoware lua; Solaris: OpenCSW lua;" \
  "or say where it is: --with-lua=PREFIX, or --with-lua-include=DIR --with-lua-lib=DIR"
result "$found: $LUA_CFLAGS $LUA_LIBS"

# ---- Unit tests (optional): C++11 compiler and Catch2 2.x ---------------------------
checking "whether $CXX -std=c++11 works (for the unit tests)"
cat >$tmp/t.cc <<'EOF'
#include <vector>
int main() { std::vector<int> v{1, 2}; auto f = [](int x) { return x - 3; };
             return f(v[0] + v[1]) == 0 && nullptr == static_cast<void *>(0) ? 0 : 1; }
EOF
TEST_CXX= TEST_CXXFLAGS= CATCH2=no
if try_link "-std=c++11" ""; then TEST_CXX=$CXX TEST_CXXFLAGS=-std=c++11; fi
result "${TEST_CXX:-no}${TEST_CXX:+ -std=c++11}"

checking "for Catch2 2.x"
printf '#include <catch2/catch.hpp>\n#if CATCH_VERSION_MAJOR != 2\n#error not 2.x\n#endif\n' \
  >$tmp/t.cc
for d in /usr/include /usr/local/include "$prefix/include"
do
  test -n "$TEST_CXX" && test -r "$d/catch2/catch.hpp" || continue
  if try_compile "-std=c++11"; then CATCH2=yes; break; fi   # found by default
  if try_compile "-std=c++11 $incflag $d"; then
    CATCH2=yes; append TEST_CXXFLAGS "$incflag $d"; break
  fi
done
case $CATCH2 in yes) result "$d/catch2/catch.hpp" ;;
*) result "no (the unit tests will be skipped)" ;; esac

# ---- Write config.mk atomically ---------------------------------------------------
PREFIX=$prefix
{
  printf '# config.mk -- generated by configure.sh for Kindler; re-run it rather than edit.\n'
  printf '# Command line: '; printf '%s' "$cmdline" | tr '\012' ' '; printf '\n'
  for v in CXX CXXFLAGS WARNFLAGS LDFLAGS LUA_CFLAGS LUA_LIBS PREFIX CATCH2 TEST_CXX TEST_CXXFLAGS
  do
    eval "val=\$$v"; printf '%s =%s\n' $v "${val:+ }$val"
  done
} >config.mk.tmp && mv -f config.mk.tmp config.mk || die "cannot write config.mk in `pwd`"

# The Makefile (the export of kindler.kindler, doc/selfhost.md) includes
# each target's TARGET.dir/deps.mk, where the compiler's header
# dependencies are kept: an export creates them, a checked-in export
# leaves them to this script. An existing one is kept.
if test -f Makefile; then
  for f in `sed -n 's,^include \([A-Za-z0-9_.-]*\.dir/deps\.mk\)$,\1,p' Makefile`
  do
    test -f "$f" || : >"$f" || die "cannot write $f in `pwd`"
  done
fi

# ---- Summary ------------------------------------------------------------------------
cat <<EOF

Kindler configuration (written to config.mk):
  C++ compiler:   $CXX $CXXFLAGS $WARNFLAGS
  Lua 5.1:        $LUA_CFLAGS $LUA_LIBS
  Unit tests:     Catch2 $CATCH2${TEST_CXX:+, $TEST_CXX $TEST_CXXFLAGS}
  Install prefix: $prefix
Now run make.
EOF
exit 0
