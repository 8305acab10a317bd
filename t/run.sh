#!/bin/sh
# run.sh: runs every test lane and sums them up. Each lane prints TAP-style
# "ok"/"not ok" lines; a lane that cannot run here prints why and counts as
# skipped. The last line is "N passed, N failed, N skipped".
# Usage: t/run.sh [LANE...]   (default: every lane, in the order below,
# or those KINDLER_LANES names)

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
cd "$top" || exit 1
# KINDLER_LANES, when set, replaces the default list (t/port/make.sh runs
# the quick lanes under each make).
lanes=${*:-${KINDLER_LANES:-"unit cases hints codes man docs says configure compilers bootstrap cacheperm environment sweep special limits commit posix-make e2e generators ninja gmake launchers install pkgconfig determinism exporters modules cross windows real"}}
log=${TMPDIR:-/tmp}/kindler-run.$$
trap 'rm -f "$log"' 0 HUP INT TERM

passed=0
failed=0
skipped=0

# seconds: the time in seconds, or nothing where date has no %s
seconds() {
  s=`date +%s 2>/dev/null`
  case $s in ''|*[!0-9]*) ;; *) echo "$s" ;; esac
}

# count LANE: adds the ok/not ok lines of $log to the totals, and says
# how long the lane took (since $began)
count() {
  p=`grep -c '^ok ' "$log"`
  s=`grep -c '^ok .*# SKIP' "$log"`
  f=`grep -c '^not ok ' "$log"`
  p=`expr $p - $s`
  passed=`expr $passed + $p`
  failed=`expr $failed + $f`
  skipped=`expr $skipped + $s`
  took=
  now=`seconds`
  if test -n "$began" && test -n "$now"; then took=", `expr $now - $began` s"; fi
  echo "== $1: $p passed, $f failed, $s skipped$took"
}

# lane NAME COMMAND...: runs a lane; a lane that fails with no "not ok" line
# of its own (it crashed) counts as one failure.
lane() {
  name=$1
  shift
  echo "== $name"
  "$@" >"$log" 2>&1
  status=$?
  cat "$log"
  if test $status -ne 0 && grep '^not ok ' "$log" >/dev/null 2>&1; then :
  elif test $status -ne 0; then
    echo "not ok - lane $name exited with status $status" >>"$log"
    echo "not ok - lane $name exited with status $status"
  fi
  count "$name"
}

for l in $lanes; do
  began=`seconds`
  case $l in
    unit)
      if test -x t/unit/unit-tests; then
        lane unit t/unit/unit-tests -r tap -w NoTests
      else
        echo "ok - # SKIP unit tests: Catch2 was not found by configure.sh" >"$log"
        cat "$log"
        count unit
      fi ;;
    cases) lane cases sh t/cases.sh ./kindler ;;
    hints) lane hints lua5.1 t/hints/check.lua hints ;;
    codes) lane codes sh t/codes.sh ./kindler ;;
    man) lane man sh t/man.sh ;;
    docs) lane docs sh t/docs.sh ./kindler ;;
    says) lane says sh t/says.sh ./kindler ;;
    configure) lane configure sh t/configure/run.sh ;;
    compilers) lane compilers sh t/compilers.sh ;;
    bootstrap) lane bootstrap sh t/bootstrap/run.sh ;;
    cacheperm) lane cacheperm sh t/cacheperm.sh ./kindler ;;
    environment) lane environment sh t/environment.sh ./kindler ;;
    sweep) lane sweep sh t/sweep/run.sh ./kindler ;;
    special) lane special sh t/special.sh ./kindler ;;
    limits) lane limits sh t/limits.sh ./kindler ;;
    commit) lane commit sh t/commit.sh ;;
    posix-make) lane posix-make sh t/posix-make/run.sh ;;
    e2e) lane e2e sh t/e2e/run.sh ;;
    generators) lane generators sh t/generators.sh ;;
    ninja) lane ninja sh t/buildtool.sh ninja ;;
    gmake) lane gmake sh t/buildtool.sh gmake ;;
    launchers) lane launchers sh t/launchers.sh ;;
    install) lane install sh t/install.sh ;;
    pkgconfig) lane pkgconfig sh t/pkgconfig.sh ;;
    determinism) lane determinism sh t/determinism.sh ./kindler ;;
    exporters) lane exporters sh t/exporters.sh ./kindler ;;
    cross) lane cross sh t/cross.sh ./kindler ;;
    windows) lane windows sh t/windows.sh ./kindler ;;
    modules) lane modules sh t/modules.sh ./kindler ;;
    real) lane real sh t/real/run.sh ;;
    *) echo "unknown lane $l"; exit 2 ;;
  esac
done

echo "$passed passed, $failed failed, $skipped skipped"
test $failed -eq 0
