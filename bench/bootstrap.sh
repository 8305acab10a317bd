#!/bin/sh
# bench/bootstrap.sh: how long kindler-bootstrap takes on this machine: a
# full bootstrap of every compiler the system's hint lists, then each
# compiler alone; each timed RUNS times (default 3), printing the median,
# the minimum and the maximum wall-clock seconds. Caches go to a temporary
# directory; nothing of the user's is touched.
# Usage: sh bench/bootstrap.sh [RUNS]        (after make)
# Needs the POSIX time utility (time -p).

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
KB=$top/kindler-bootstrap
runs=${1:-3}
tmp=${TMPDIR:-/tmp}/kindler-bench.$$
trap 'rm -rf "$tmp"' 0
trap 'exit 1' 1 2 15
mkdir -p "$tmp" || exit 1
if test ! -x "$KB"; then
  echo "bench/bootstrap.sh: build kindler-bootstrap first (make)" >&2
  exit 1
fi

# seconds ARGS...: wall-clock seconds of one bootstrap, or "fail"
seconds() {
  rm -rf "$tmp/cache"
  command time -p "$KB" --cache-dir "$tmp/cache" -q "$@" >"$tmp/out" 2>"$tmp/time"
  st=$?
  s=`sed -n 's/^real[ 	]*//p' "$tmp/time" | tail -1`
  if test $st -ne 0 && test "x$*" != x; then echo fail; else echo "$s"; fi
}

# bench LABEL ARGS...: RUNS timings, then one line: median, min, max
bench() {
  label=$1
  shift
  list=
  i=0
  while test $i -lt $runs; do
    list="$list `seconds "$@"`"
    i=`expr $i + 1`
  done
  case $list in
    *fail*) printf '%-24s %s\n' "$label" "not found here (skipped)"; return ;;
  esac
  sorted=`for t in $list; do echo $t; done | sort -n`
  min=`echo "$sorted" | sed -n 1p`
  max=`echo "$sorted" | sed -n '$p'`
  mid=`expr \( $runs + 1 \) / 2`
  median=`echo "$sorted" | sed -n ${mid}p`
  printf '%-24s %8s %8s %8s\n' "$label" "$median" "$min" "$max"
}

echo "kindler-bootstrap on `uname -s` `uname -r` `uname -m`, $runs runs each (seconds)"
printf '%-24s %8s %8s %8s\n' "what" median min max
bench "all compilers"
# The compilers, from the summary of the last full run.
names=`sed -n '/^  compiler /,$p' "$tmp/out" | sed 1d | awk '{ print $1 }'`
for c in $names; do
  bench "$c" --compiler $c
done
