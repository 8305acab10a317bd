#!/bin/sh
# compilers.sh: the product builds warning-free as strict C++98 under each
# C++ compiler installed here (g++ and clang++), in a scratch copy of the
# tree so the main build is untouched.
. "`dirname "$0"`/lib.sh"
top=`pwd`
scratch=${TMPDIR:-/tmp}/kindler-compilers.$$
trap 'rm -rf "$scratch"' 0 HUP INT TERM
for cxx in g++ clang++; do
  if command -v $cxx >/dev/null 2>&1; then :; else
    skip "$cxx is not installed"
    continue
  fi
  rm -rf "$scratch"
  mkdir -p "$scratch"
  # The Makefile is the export of kindler.kindler: it includes mk/tree.mk
  # and reads the flag files export wrote beside it (doc/selfhost.md).
  cp -R "$top/Makefile" "$top/configure.sh" "$top/src" "$top/mk" "$scratch/"
  for f in "$top"/*.dir/*.flags; do
    d=`dirname "$f"`; d=`basename "$d"`
    mkdir -p "$scratch/$d" && cp "$f" "$scratch/$d/"
  done
  (cd "$scratch" && ./configure.sh CXX=$cxx >log 2>&1 &&
   make kindler >>log 2>&1)
  status=$?
  result $status "$cxx builds kindler with -std=c++98 -pedantic -Wall -Wextra -Werror"
  test $status -eq 0 || sed 's/^/#   /' "$scratch/log" | tail -n 30
done
finish
