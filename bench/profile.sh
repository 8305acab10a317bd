#!/bin/sh
# bench/profile.sh: where `kindler export` spends its time.
#
# Usage: sh bench/profile.sh PROJECT_DIR [CACHE_DIR] [OUT]
#
# PROJECT_DIR holds bench.kindler (as bench/gen.sh writes it); CACHE_DIR
# defaults to $KINDLER_CACHE_DIR. Writes to OUT (default: standard output):
#   1. the stages, timed one by one (median of 3): `--version` (start-up),
#      `dump --stage parsed`
#      (parse + shape + structural validation), `check` (+ semantic and
#      environment validation), `dump --stage normalized` (+ normalization,
#      toolchain choice) and `export` (+ the exporter: the Makefile and
#      the build directory written);
#   2. a Lua-level profile of one export: Kindler's own Lua tree is copied
#      to a temporary KINDLER_HOME whose lua/kindler/command/kindler/main.lua
#      wraps the real one in bench/lprof.lua (a sampling hook), so the tree
#      itself is not touched;
#   3. when strace(1) is here, the system calls of one fresh export;
#   4. when perf(1) works here, the C-level hot spots of one export.
# Needs: kindler built (make), GNU time for (1). BENCH_KINDLER_DIR names
# another directory holding kindler and its lua/ (run.sh passes its copy).

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
test $# -ge 1 || { echo "usage: sh bench/profile.sh PROJECT_DIR [CACHE_DIR] [OUT]" >&2; exit 2; }
proj=`cd "$1" && pwd` || exit 1
if test -n "$2"; then KINDLER_CACHE_DIR=`cd "$2" && pwd`; fi
export KINDLER_CACHE_DIR
out=${3:-/dev/stdout}
# BENCH_KINDLER_DIR: where kindler and its lua/ are (run.sh's snapshot)
kdir=${BENCH_KINDLER_DIR:-$top}
KINDLER=$kdir/kindler
tmp=`mktemp -d "${TMPDIR:-/tmp}/kindler-prof.XXXXXX"` || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 1' 1 2 15
GTIME=
if /usr/bin/time -f %M true >/dev/null 2>&1; then GTIME=/usr/bin/time; fi

{
echo "### Stages (\`kindler -C PROJECT ...\`, median of 3 runs each)"
echo
echo "Each command runs the steps of the one above it and more: the difference"
echo "between two rows is what the added steps cost."
echo
if test -n "$GTIME"; then
  echo "| command | adds | wall s | CPU s | peak MB |"
  echo "|---|---|---:|---:|---:|"
else
  echo "| command | adds | wall s |"
  echo "|---|---|---:|"
fi
for c in "--version" "dump --stage parsed" "check" "dump --stage normalized" "export -B $tmp/build"; do
  case $c in
    --version) adds="start-up: the process, Lua, nothing read" ;;
    dump*parsed) adds="the .kindler parse (C++), shaping, structural checks, JSON" ;;
    check) adds="semantic and environment validation (the caches read)" ;;
    dump*normalized) adds="normalization, toolchain choice, JSON" ;;
    export*) adds="the exporter: the Makefile, the build directory written (fresh)" ;;
  esac
  : >"$tmp/runs"
  for i in 1 2 3; do
    rm -rf "$tmp/build"
    t0=`date +%s%N`
    if test -n "$GTIME"; then
      $GTIME -f "%U %S %M" -o "$tmp/t" "$KINDLER" -C "$proj" $c >/dev/null 2>&1
    else
      "$KINDLER" -C "$proj" $c >/dev/null 2>&1
      echo "0 0 0" >"$tmp/t"
    fi
    t1=`date +%s%N`
    set -- `tail -1 "$tmp/t"`
    echo "$((t1 - t0)) $1 $2 $3" >>"$tmp/runs"
  done
  # the run with the median wall time
  set -- `sort -n "$tmp/runs" | sed -n 2p`
  name=`echo "$c" | sed "s|$tmp/build|BUILD|"`
  if test -n "$GTIME"; then
    awk -v n="$name" -v a="$adds" -v w=$1 -v u=$2 -v s=$3 -v m=$4 'BEGIN {
      printf "| `kindler %s` | %s | %.3f | %.2f | %.1f |\n", n, a, w / 1e9, u + s, m / 1024 }'
  else
    awk -v n="$name" -v a="$adds" -v w=$1 'BEGIN {
      printf "| `kindler %s` | %s | %.3f |\n", n, a, w / 1e9 }'
  fi
done
echo

# Floors: what any export that reads every file of the project and
# creates the object directories pays, whatever language does it.
rm -rf "$tmp/build"
"$KINDLER" -C "$proj" export -B "$tmp/build" >/dev/null 2>&1
(cd "$tmp/build" && find . -type d) >"$tmp/dirs"
nfiles=`find "$proj" -type f | wc -l | tr -d ' '`
ndirs=`wc -l <"$tmp/dirs" | tr -d ' '`
t0=`date +%s%N`
find "$proj" -type f -exec cat {} + >/dev/null
t1=`date +%s%N`
mkdir "$tmp/mk"
(cd "$tmp/mk" && xargs mkdir -p <"$tmp/dirs")
t2=`date +%s%N`
echo "### Floors"
echo
awk -v a=$((t1 - t0)) -v b=$((t2 - t1)) -v f=$nfiles -v d=$ndirs 'BEGIN {
  printf "- reading the %d files of the project once (`find | cat`): %.3f s\n", f, a / 1e9
  printf "- creating the %d directories of a fresh build directory (`xargs mkdir -p`): %.3f s\n", d, b / 1e9 }'
echo

echo "### Lua profile of one \`kindler export\`"
echo
mkdir -p "$tmp/home"
cp -R "$kdir/lua" "$tmp/home/lua"
cmd=$tmp/home/lua/kindler/command/kindler
mv "$cmd/main.lua" "$cmd/main_unprofiled.lua"
cp "$top/bench/lprof.lua" "$tmp/home/lua/kindler/bench_lprof.lua"
cat >"$cmd/main.lua" <<EOF
local prof = require "kindler.bench_lprof"
local real = require "kindler.command.kindler.main_unprofiled"
return { main = function(request) return prof.run(real.main, request) end }
EOF
rm -rf "$tmp/build"
echo '```'
KINDLER_HOME=$tmp/home "$KINDLER" -C "$proj" export -B "$tmp/build" 2>&1 >/dev/null |
  sed "s|$tmp/home/||g"
echo '```'
echo

if command -v strace >/dev/null 2>&1; then
  rm -rf "$tmp/build"
  if strace -f -c -o "$tmp/strace" "$KINDLER" -C "$proj" export -B "$tmp/build" \
       >/dev/null 2>&1; then
    echo "### System calls of one \`kindler export\` into a fresh directory (strace -c)"
    echo
    echo '```'
    sed -n '1,14p' "$tmp/strace"
    echo '```'
    echo
  fi
fi

if command -v perf >/dev/null 2>&1; then
  rm -rf "$tmp/build"
  if perf record -q -o "$tmp/perf.data" "$KINDLER" -C "$proj" export -B "$tmp/build" \
       >/dev/null 2>&1; then
    echo "### perf: C-level hot spots of one \`kindler export\` (self time)"
    echo
    echo '```'
    perf report -i "$tmp/perf.data" --stdio --no-children --sort dso,symbol 2>/dev/null |
      grep '%' | sed 's/[ -]*$//' | head -20
    echo '```'
    echo "(liblua5.1 carries no symbols here; its addresses are the VM and"
    echo "the string and table functions.)"
  fi
fi
} >"$out"
