#!/bin/sh
# t/port/make.sh MAKE: the README's build and test, `./configure.sh && MAKE
# && MAKE check`, under one make (make or bmake), in a scratch copy of the
# tree so the main build is untouched. `MAKE check` runs the lanes that
# test what that make built (the unit tests, kindler itself): the other
# lanes are shell scripts that run the same under any make, and `make
# check` runs them. Prints TAP lines and a closing
# "N passed, N failed, N skipped" line; exits 1 on failure.
# Usage: sh t/port/make.sh MAKE

here=`dirname "$0"`
here=`cd "$here" && pwd`
. "$here/lib.sh"

mk=${1:-make}
# A make started from `make portcheck` must not see the outer make's flags.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES GNUMAKEFLAGS
if have "$mk"; then :; else
  case $mk in
    bmake) skip "bmake is not installed (Debian: apt-get install bmake)" ;;
    *) skip "$mk is not installed" ;;
  esac
  finish
fi
version=`make_version $mk`
echo "# $mk is $version"

dir=$work/make-$mk
rm -rf "$dir"
if copy_tree "$top" "$dir" >"$work/make-$mk.log" 2>&1; then :; else
  not_ok "scratch copy of the tree" "$work/make-$mk.log"
  finish
fi
cd "$dir" || exit 1

if ./configure.sh >configure.log 2>&1; then
  ok "./configure.sh"
else
  not_ok "./configure.sh" configure.log
  finish
fi
start=`now`
if $mk >build.log 2>&1; then
  ok "$version builds kindler and kindler-bootstrap (`expr \`now\` - $start` s)"
else
  not_ok "$mk builds kindler and kindler-bootstrap" build.log
  finish
fi
# The lanes are shell scripts, the same under any make that starts them:
# here only those that test what this make built run (the unit tests and
# the binary); `make check` runs every lane, and the lanes that build
# projects run every make themselves.
KINDLER_LANES="unit cases hints codes man"
export KINDLER_LANES
echo "# lanes: $KINDLER_LANES"
start=`now`
$mk check >check.raw 2>&1
status=$?
took=`expr \`now\` - $start`
# (some lanes print a NUL byte: grep would call the log binary)
LC_ALL=C tr -d '\000' <check.raw >check.log
summary=`grep '^[0-9][0-9]* passed, [0-9][0-9]* failed' check.log | tail -n 1`
grep '^== .*: ' check.log | sed 's/^/# /'
if test $status -eq 0 && test -n "$summary"; then
  ok "$mk check: $summary ($took s)"
else
  n=`expr $n + 1`
  failed=`expr $failed + 1`
  echo "not ok $n - $mk check exits $status: ${summary:-no summary line} ($took s)"
  grep '^not ok' check.log | sed 's/^/#   /' | head -n 40
  grep '^not ok' check.log >/dev/null || tail -n 30 check.log | sed 's/^/#   /'
fi
finish
