#!/bin/sh
# run.sh: runs every test lane and sums them up. Each lane prints TAP-style
# "ok"/"not ok" lines; a lane that cannot run here prints why and counts as
# skipped. The last line is "N passed, N failed, N skipped".
# Lanes run KINDLER_RUN_JOBS at a time (default 2: the lanes are
# independent, each with scratch directories of its own, and the shared
# caches, the legacy makes' and the real lane's, are locked or used by one
# lane only); the longest lanes (e2e, real) start first, never both at
# once. Each lane's output
# is kept apart and printed whole, in the order of the list, as
# "== LANE", its lines, then "== LANE: N passed, N failed, N skipped, N s"
# (the seconds the lane itself took).
# Usage: t/run.sh [LANE...]   (default: every lane, in the order below,
# or those KINDLER_LANES names)

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
cd "$top" || exit 1
# KINDLER_LANES, when set, replaces the default list (t/port/make.sh runs
# the quick lanes under each make).
all="unit lua cases hints fakecc codes man docs says configure compilers bootstrap cacheperm environment sweep special limits commit posix-make e2e generators ninja gmake launchers install pkgconfig determinism exporters modules cross kit windows selfhost real"
lanes=${*:-${KINDLER_LANES:-$all}}
jobs=${KINDLER_RUN_JOBS:-2}
case $jobs in ''|*[!0-9]*|0) jobs=1 ;; esac
dir=${TMPDIR:-/tmp}/kindler-run.$$
rm -rf "$dir"
mkdir -p "$dir" || exit 1
trap 'rm -rf "$dir"' 0
trap 'exit 1' HUP INT TERM

for l in $lanes; do
  case " $all " in *" $l "*) ;; *) echo "unknown lane $l"; exit 2 ;; esac
done

# seconds: the time in seconds, or nothing where date has no %s
seconds() {
  s=`date +%s 2>/dev/null`
  case $s in ''|*[!0-9]*) ;; *) echo "$s" ;; esac
}

# command_of LANE: runs the lane's command
command_of() {
  case $1 in
    unit)
      if test -x unit-tests; then
        ./unit-tests -r tap -w NoTests
      else
        echo "ok - # SKIP unit tests: Catch2 was not found by configure.sh"
      fi ;;
    lua) lua5.1 t/lua/run.lua t/lua/*_test.lua ;;
    cases) sh t/cases.sh ./kindler ;;
    hints) lua5.1 t/hints/check.lua hints ;;
    fakecc)
      # the fakes' own answers, then the hints identifying them
      sh t/fakecc/check.sh
      fc_status=$?
      lua5.1 t/hints/identify.lua hints t/fakecc && test $fc_status -eq 0 ;;
    codes) sh t/codes.sh ./kindler ;;
    man) sh t/man.sh ;;
    docs) sh t/docs.sh ./kindler ;;
    says) sh t/says.sh ./kindler ;;
    configure) sh t/configure/run.sh ;;
    compilers) sh t/compilers.sh ;;
    bootstrap) sh t/bootstrap/run.sh ;;
    cacheperm) sh t/cacheperm.sh ./kindler ;;
    environment) sh t/environment.sh ./kindler ;;
    sweep) sh t/sweep/run.sh ./kindler ;;
    special) sh t/special.sh ./kindler ;;
    limits) sh t/limits.sh ./kindler ;;
    commit) sh t/commit.sh ;;
    posix-make) sh t/posix-make/run.sh ;;
    e2e) sh t/e2e/run.sh ;;
    generators) sh t/generators.sh ;;
    ninja) sh t/buildtool.sh ninja ;;
    gmake) sh t/buildtool.sh gmake ;;
    launchers) sh t/launchers.sh ;;
    install) sh t/install.sh ;;
    pkgconfig) sh t/pkgconfig.sh ;;
    determinism) sh t/determinism.sh ./kindler ;;
    exporters) sh t/exporters.sh ./kindler ;;
    modules) sh t/modules.sh ./kindler ;;
    cross) sh t/cross.sh ./kindler ;;
    kit) sh t/kit.sh ./kindler ;;
    windows) sh t/windows.sh ./kindler ;;
    selfhost) sh t/selfhost.sh ;;
    real) sh t/real/run.sh ;;
  esac
}

# run_lane I LANE: runs LANE, the Ith of the list, into I.log; a lane that
# fails with no "not ok" line of its own (it crashed) gets one, counting
# as one failure. Its seconds go to I.took, and I.done says it finished.
run_lane() {
  rl_began=`seconds`
  command_of $2 >"$dir/$1.log" 2>&1 </dev/null
  rl_status=$?
  if test $rl_status -ne 0 && ! grep '^not ok ' "$dir/$1.log" >/dev/null 2>&1; then
    echo "not ok - lane $2 exited with status $rl_status" >>"$dir/$1.log"
  fi
  rl_now=`seconds`
  if test -n "$rl_began" && test -n "$rl_now"; then
    expr $rl_now - $rl_began >"$dir/$1.took"
  fi
  : >"$dir/$1.done"
}

# The queue, "I LANE" a line: e2e and real first, then the list's order.
i=0
for l in $lanes; do
  i=`expr $i + 1`
  echo "$i $l"
done >"$dir/list"
{ grep -e ' e2e$' -e ' real$' "$dir/list"
  grep -v -e ' e2e$' -e ' real$' "$dir/list"; } >"$dir/queue"
total=$i

# Workers: each takes the next lane no other worker took (mkdir is atomic),
# and after each lane starts again from the queue's top. e2e and real
# never run at once (the lock heavy.lock): each runs many builds at once
# itself, and together they crowd the processors so that one make can
# reach a lane's 300-second guard against hung makes.
worker() {
  while :; do
    left=no
    while read qi ql; do
      test -d "$dir/$qi.taken" && continue
      left=yes
      case $ql in
        e2e|real)
          mkdir "$dir/heavy.lock" 2>/dev/null || continue
          if mkdir "$dir/$qi.taken" 2>/dev/null; then run_lane $qi $ql; fi
          rmdir "$dir/heavy.lock" ;;
        *)
          if mkdir "$dir/$qi.taken" 2>/dev/null; then run_lane $qi $ql; fi ;;
      esac
      continue 2
    done <"$dir/queue"
    test $left = no && break
    sleep 1
  done
  : >"$dir/worker.$1.end"
}
k=1
while test $k -le $jobs; do
  worker $k &
  k=`expr $k + 1`
done

passed=0
failed=0
skipped=0
i=0
while read i l; do
  log=$dir/$i.log
  while test ! -f "$dir/$i.done"; do
    # a worker that died leaves its lane unfinished
    if test `ls "$dir"/worker.*.end 2>/dev/null | wc -l` -ge $jobs &&
       test ! -f "$dir/$i.done"; then
      echo "not ok - lane $l did not finish (its worker died)" >>"$log"
      break
    fi
    sleep 1
  done
  echo "== $l"
  cat "$log"
  p=`grep -c '^ok ' "$log"`
  s=`grep -c '^ok .*# SKIP' "$log"`
  f=`grep -c '^not ok ' "$log"`
  p=`expr $p - $s`
  passed=`expr $passed + $p`
  failed=`expr $failed + $f`
  skipped=`expr $skipped + $s`
  took=
  if test -f "$dir/$i.took"; then took=", `cat "$dir/$i.took"` s"; fi
  echo "== $l: $p passed, $f failed, $s skipped$took"
done <"$dir/list"
wait

echo "$passed passed, $failed failed, $skipped skipped"
test $failed -eq 0
