#!/bin/sh
# t/port/run.sh: Kindler's portability proof, run by `make portcheck`.
#
# Runs each lane below on a snapshot of the tree (the files `git ls-files`
# lists, plus new files git does not ignore), never in the tree itself, so
# the main build and other people's edits are left alone. Prints one line
# per lane:
#   ok N - LANE: what it proved (counts, seconds)
#   not ok N - LANE: what failed (seconds), then "#" lines saying why
#   ok N - # SKIP LANE: why it could not run on this machine
# and, last, "N passed, N failed, N skipped". Exits 1 when a lane failed.
# Each lane's full output is kept in t/out/port/LANE.log.
#
# Lanes (README, "Where it is proven", says what each one proves):
#   compilers    t/compilers.sh: g++ and clang++, -std=c++98 -pedantic
#                -Wall -Wextra -Werror
#   shells       t/configure/run.sh: configure.sh under dash, posh,
#                busybox sh, yash -o posixlycorrect; checkbashisms -p; odd
#                environments
#   man          t/man.sh: mandoc -Tlint -Wwarning
#   posix-make   t/port/posix-make.sh: the Makefile, config.mk and every
#                exported Makefile through t/posix-make/check.sh
#   be-lua be-build be-unit be-cases be-cache-le be-cache-be be-export
#                t/port/bigendian.sh: s390x (PORT_BE_ARCH) cross build
#                through configure.sh and make, run under qemu-user against
#                the x86_64 build
#   gnu-make     t/port/make.sh: ./configure.sh && make && make check
#   bmake        the same under bmake
#
# Usage: sh t/port/run.sh [LANE...]        (default: every lane, in order)
# Environment: PORT_BE_ARCH (s390x), KINDLER_PORT_CACHE (where the target's
# Lua is kept between runs; see t/port/lua.sh), PORT_KEEP=1 (keep the
# scratch directory), PORT_PROVEN_BY_CHECK (lanes that `./configure.sh &&
# make check` with GNU make, passed in the same run of the same tree,
# already proved: each is a skip that names the make check lane that ran
# the same script. Only compilers (make check's lane compilers runs the
# same t/compilers.sh), shells (its lane configure, t/configure/run.sh),
# man (its lane man, t/man.sh, with the README checks the snapshot skips)
# and gnu-make (make check itself, every lane under GNU make). .ci/run
# sets it; a run of its own never should.)

here=`dirname "$0"`
here=`cd "$here" && pwd`
top=`cd "$here/../.." && pwd`
cd "$top" || exit 1
# Lanes start makes of their own: none must see an outer make's flags.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES GNUMAKEFLAGS KINDLER_CACHE_DIR KINDLER_HOME

all="compilers shells man posix-make be-lua be-build be-unit be-cases be-cache-le be-cache-be be-export gnu-make bmake"
lanes=${*:-$all}
for l in $lanes; do
  case " $all " in
    *" $l "*) ;;
    *) echo "t/port/run.sh: unknown lane $l; the lanes are: $all" >&2; exit 2 ;;
  esac
done
# proven_by_check LANE: why make check proved LANE, or nothing
proven_by_check() {
  case " $PORT_PROVEN_BY_CHECK " in *" $1 "*) ;; *) return ;; esac
  case $1 in
    compilers) echo "make check's lane compilers ran the same t/compilers.sh in this run" ;;
    shells) echo "make check's lane configure ran the same t/configure/run.sh in this run" ;;
    man) echo "make check's lane man ran the same t/man.sh in this run (with ./kindler built: a superset)" ;;
    gnu-make) echo "./configure.sh && make check passed under GNU make in this run, every lane (a superset)" ;;
  esac
}
for l in $PORT_PROVEN_BY_CHECK; do
  case $l in
    compilers|shells|man|gnu-make) ;;
    *) echo "t/port/run.sh: PORT_PROVEN_BY_CHECK names $l, which make check does not prove" >&2; exit 2 ;;
  esac
done
arch=${PORT_BE_ARCH:-s390x}
host=`uname -m`

PORT_WORK=${TMPDIR:-/tmp}/kindler-port.$$
export PORT_WORK
rm -rf "$PORT_WORK"
mkdir -p "$PORT_WORK" || exit 1
if test "$PORT_KEEP" = 1; then
  trap 'echo "# scratch kept in $PORT_WORK"' 0
else
  trap 'rm -rf "$PORT_WORK"' 0
fi
trap 'exit 1' HUP INT TERM
. "$here/lib.sh"     # with PORT_WORK set: no scratch or trap of its own

logs=$top/t/out/port
rm -rf "$logs"
mkdir -p "$logs" || exit 1
snap=$work/tree
if copy_tree "$top" "$snap" >"$logs/snapshot.log" 2>&1; then :; else
  echo "not ok 1 - snapshot of the tree into $snap"
  sed 's/^/#   /' "$logs/snapshot.log"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

gnu=make                # GNU make: make, or else gmake (the BSDs)
case `make_version make` in GNU*) ;; *) if have gmake; then gnu=gmake; fi ;; esac
n=0
passed=0
failed=0
skipped=0
begin=`now`

# run_lane ID DESCRIPTION COMMAND...: runs COMMAND in the snapshot, output
# to t/out/port/ID.log, its exit status and seconds to $work/lane-ID.result,
# then $work/lane-ID.done
run_lane() {
  id=$1
  shift 2
  log=$logs/$id.log
  start=`now`
  proven=`proven_by_check $id`
  if test -n "$proven"; then
    echo "ok 1 - # SKIP $proven (.ci/run: PORT_PROVEN_BY_CHECK)" >"$log.raw"
    status=0
  else
    (cd "$snap" && "$@") >"$log.raw" 2>&1 </dev/null
    status=$?
  fi
  # printable text only, so that grep never takes the log for binary
  LC_ALL=C tr -d '\000' <"$log.raw" >"$log"
  rm -f "$log.raw"
  echo "$status `expr \`now\` - $start`" >"$work/lane-$id.result"
  : >"$work/lane-$id.done"
}

# report ID DESCRIPTION: the lane's line, from its TAP lines, exit status
# and seconds
report() {
  id=$1
  desc=$2
  log=$logs/$id.log
  # (a lane with no result or no log, its files removed, say, fails)
  status=1 took=0
  read status took 2>/dev/null <"$work/lane-$id.result"
  n=`expr $n + 1`
  oks=`grep -c '^ok ' "$log" 2>/dev/null`
  skips=`grep -c '^ok .*# SKIP' "$log" 2>/dev/null`
  nots=`grep -c '^not ok ' "$log" 2>/dev/null`
  test -f "$log" || status=1 oks=0 skips=0 nots=0
  if test $status -ne 0 || test $nots -gt 0; then
    failed=`expr $failed + 1`
    echo "not ok $n - $id: $desc: $nots of `expr $oks + $nots` checks failed, exit $status ($took s)"
    if test $nots -gt 0; then
      # each failed check with the diagnostic lines that follow it
      sed -n '/^not ok /,/^ok /p' "$log" | grep -v '^ok ' | sed 's/^/#   /' | head -n 60
    else
      tail -n 20 "$log" | sed 's/^/#   /'
    fi
    echo "#   full log: t/out/port/$id.log"
  elif test $skips -gt 0; then
    skipped=`expr $skipped + 1`
    why=`sed -n 's/^ok .*# SKIP *//p' "$log" | sed 's/$/;/' | tr '\012' ' ' | sed 's/; *$//'`
    if test $skips -lt $oks; then
      why="$why (`expr $oks - $skips` of its $oks checks ran and passed; $took s)"
    fi
    echo "ok $n - # SKIP $id: $why"
  elif test $oks -eq 0; then
    failed=`expr $failed + 1`
    echo "not ok $n - $id: $desc: the lane ran no check ($took s)"
    tail -n 20 "$log" | sed 's/^/#   /'
  else
    passed=`expr $passed + 1`
    echo "ok $n - $id: $desc ($oks checks, $took s)"
  fi
}

# lane ID MODE: MODE run runs lane ID; MODE report prints its line
lane() {
  case $1 in
    compilers) set -- $1 $2 "g++ and clang++ build kindler as -std=c++98 -pedantic -Wall -Wextra -Werror" \
      sh t/compilers.sh ;;
    shells) set -- $1 $2 "configure.sh gives one config.mk under dash, posh, busybox sh and yash -o posixlycorrect; checkbashisms -p is clean; odd environments" \
      sh t/configure/run.sh ;;
    man) set -- $1 $2 "the man pages are clean under mandoc -Tlint -Wwarning" \
      sh t/man.sh ;;
    posix-make) set -- $1 $2 "the Makefile, config.mk and every exported Makefile pass t/posix-make/check.sh" \
      sh t/port/posix-make.sh ;;
    be-lua) set -- $1 $2 "Lua 5.1 for $arch from Debian's lua5.1 source package" \
      sh t/port/bigendian.sh lua ;;
    be-build) set -- $1 $2 "./configure.sh CXX=$arch-linux-gnu-g++ --with-lua-include=DIR --with-lua-lib=DIR && make cross-builds kindler, kindler-bootstrap and the unit tests" \
      sh t/port/bigendian.sh build ;;
    be-unit) set -- $1 $2 "the unit tests pass on $arch under qemu" \
      sh t/port/bigendian.sh unit ;;
    be-cases) set -- $1 $2 "t/cases.sh and t/codes.sh pass on $arch with caches written on $host" \
      sh t/port/bigendian.sh cases ;;
    be-cache-le) set -- $1 $2 "caches written on $host read the same on $arch" \
      sh t/port/bigendian.sh cache-le ;;
    be-cache-be) set -- $1 $2 "caches written on $arch are byte-identical or read the same on $host, and drive exports here; the golden facts encode on $arch to the sample bytes" \
      sh t/port/bigendian.sh cache-be ;;
    be-export) set -- $1 $2 "every Makefile the tests export is byte-identical from the $arch and $host kindlers" \
      sh t/port/bigendian.sh export ;;
    gnu-make) set -- $1 $2 "./configure.sh && make && make check pass under `make_version $gnu` ($gnu), in a scratch copy" \
      sh t/port/make.sh $gnu ;;
    bmake) set -- $1 $2 "./configure.sh && bmake && bmake check pass under `make_version bmake`, in a scratch copy" \
      sh t/port/make.sh bmake ;;
  esac
  l_id=$1 l_mode=$2 l_desc=$3
  shift 3
  if test $l_mode = run; then run_lane $l_id "$l_desc" "$@"; else report $l_id "$l_desc"; fi
}

echo "# Kindler portcheck on $host (`uname -s` `uname -r`); big-endian target: $arch"
# Two sequences at once: the big-endian lanes (each builds on the one
# before), and the others. The host build and its caches, which both use,
# are made once, under a lock (lib.sh). The lines are printed in the
# order of the lanes.
( for l in $lanes; do case $l in be-*) lane $l run ;; esac; done
  : >"$work/lanes-be.end" ) &
( for l in $lanes; do case $l in be-*) ;; *) lane $l run ;; esac; done
  : >"$work/lanes-other.end" ) &
for l in $lanes; do
  while test ! -f "$work/lane-$l.done"; do
    if test -f "$work/lanes-be.end" && test -f "$work/lanes-other.end" &&
       test ! -f "$work/lane-$l.done"; then
      # the sequence that ran it died
      echo "1 0" >"$work/lane-$l.result"
      echo "the lane did not finish" >>"$logs/$l.log"
      break
    fi
    sleep 1
  done
  lane $l report
done
wait
echo "# portcheck took `expr \`now\` - $begin` s; logs in t/out/port/"
echo "$passed passed, $failed failed, $skipped skipped"
test $failed -eq 0
