#!/bin/sh
# compilers.sh: the product builds warning-free as strict C++98 under each
# C++ compiler installed here (g++ and clang++), in a scratch copy of the
# tree so the main build is untouched.
top=`pwd`
scratch=${TMPDIR:-/tmp}/kindler-compilers.$$
trap 'rm -rf "$scratch"' 0 1 2 15
n=0
failed=0
for cxx in g++ clang++; do
  n=`expr $n + 1`
  if command -v $cxx >/dev/null 2>&1; then :; else
    echo "ok $n - # SKIP $cxx is not installed"
    continue
  fi
  rm -rf "$scratch"
  mkdir -p "$scratch"
  cp -R "$top/Makefile" "$top/configure.sh" "$top/src" "$scratch/"
  if (cd "$scratch" && ./configure.sh CXX=$cxx >log 2>&1 &&
      make kindler >>log 2>&1); then
    echo "ok $n - $cxx builds kindler with -std=c++98 -pedantic -Wall -Wextra -Werror"
  else
    echo "not ok $n - $cxx build failed"
    sed 's/^/#   /' "$scratch/log" | tail -n 30
    failed=`expr $failed + 1`
  fi
done
echo "`expr $n - $failed` passed, $failed failed"
test $failed -eq 0
