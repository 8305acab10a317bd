#!/bin/sh
# bench/run.sh: Kindler side by side with CMake, Meson and Premake 4.
#
# Usage: sh bench/run.sh [small|medium|large|all]      (default: all)
#
# Run it from anywhere after `make` has built kindler and kindler-bootstrap.
# It installs nothing. It uses, when present (Debian package names):
#   cmake, meson, ninja-build, premake4, bmake, make (GNU make),
#   time (GNU time, /usr/bin/time: CPU time and peak memory).
# A missing tool is skipped, and the run and RESULTS.md say so.
# It needs GNU date (date +%N) for wall-clock times.
#
# For each size it generates the project (bench/gen.sh), then measures:
#   generation  `kindler export` (warm caches; and each other exporter
#               alone: -e gmake, ninja, compdb, dot, json) vs `cmake` fresh configure +
#               generate (Unix Makefiles, Ninja), `meson setup`, `premake4
#               gmake`; and, for reference, cmake re-run in its configured
#               build directory; wall, CPU and peak memory of each;
#   builds      full -jN build, no-op rebuild, and rebuild after touching
#               one header, for Kindler's Makefile under GNU make and bmake
#               vs CMake's Makefiles (GNU make) and CMake's Ninja files, with
#               a hand-written flat POSIX Makefile (gen.sh's Makefile.flat)
#               under both makes for reference; the objects each build
#               wrote are counted and compared, and whether `kindler
#               export` ran during a header-touch rebuild;
# then times kindler-bootstrap for every compiler on the machine, profiles
# `kindler export` on the largest size run (bench/profile.sh), and writes
# bench/RESULTS.md (bench/report.sh) with the tables, the ratios, the
# targets of bench/README and the machine.
#
# Environment (all optional):
#   BENCH_JOBS=2           make/ninja -j
#   BENCH_GEN_REPS         repetitions of each generator (default 10/5/3 for
#                          small/medium/large), after one untimed warm-up
#   BENCH_FULL_REPS        full builds (default 5/3/2)
#   BENCH_BUILDS           only these builds (default: every one that can
#                          run here: kindler-make kindler-bmake
#                          kindler-ninja flat-make flat-bmake cmake-make
#                          cmake-ninja; a name that is none of them,
#                          such as none: no builds, generation only)
#   BENCH_NOOP_REPS        no-op rebuilds (default 10/5/5)
#   BENCH_TOUCH_REPS       rebuilds after a header touch (default 5/3/3)
#   BENCH_BOOT_REPS        kindler-bootstrap runs per compiler (default 3)
#   BENCH_WORK=DIR         work directory (default: a new one in $TMPDIR);
#                          removed at the end unless BENCH_KEEP=1
#   BENCH_RESULTS=FILE     where to write the report (bench/RESULTS.md)

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
bench=$top/bench

usage() {
  echo "usage: sh bench/run.sh [small|medium|large|all]" >&2
  exit 2
}
case ${1:-all} in
  small|medium|large) sizes=$1 ;;
  all) sizes="small medium large" ;;
  *) usage ;;
esac
test $# -le 1 || usage

die() { echo "bench/run.sh: $*" >&2; exit 1; }
say() { echo "[`date +%H:%M:%S`] $*" >&2; }

test -x "$top/kindler" && test -x "$top/kindler-bootstrap" ||
  die "build Kindler first: (cd $top && make)"
case `date +%N` in
  [0-9]*) ;;
  *) die "needs GNU date (date +%N) for wall-clock times" ;;
esac
JOBS=${BENCH_JOBS:-2}

# ---- the tools ----------------------------------------------------------
have() { command -v "$1" >/dev/null 2>&1; }
missing=
skip() { missing="$missing$1 (Debian package $2): $3
"; say "skipping $1: $3 (Debian package $2)"; }
GTIME=
if /usr/bin/time -f %M true >/dev/null 2>&1; then GTIME=/usr/bin/time
else skip "GNU time" time "not installed: no CPU times, no peak memory"; fi
GMAKE=
for m in gmake make; do
  if have $m && $m --version 2>/dev/null | grep GNU >/dev/null; then GMAKE=$m; break; fi
done
test -n "$GMAKE" || skip "GNU make" make "not installed: no GNU make builds (Kindler, flat, CMake Makefiles)"
have bmake || skip bmake bmake "not installed: no bmake builds (Kindler, flat)"
have cmake || skip cmake cmake "not installed: no CMake generation or builds"
have ninja || skip ninja ninja-build "not installed: no CMake Ninja builds, no Meson"
have meson || skip meson meson "not installed"
have premake4 || skip premake4 premake4 "not installed"

# Generators and build tools that can run here, in report order: the
# default export, then each other exporter alone.
gens="kindler kindler-gmake kindler-ninja kindler-compdb kindler-dot kindler-json"
builds=
if test -n "$GMAKE"; then builds=kindler-make; fi
if have bmake; then builds="$builds kindler-bmake"; fi
if have ninja; then builds="$builds kindler-ninja"; fi
if test -n "$GMAKE"; then builds="$builds flat-make"; fi
if have bmake; then builds="$builds flat-bmake"; fi
if have cmake; then
  gens="$gens cmake-make"
  if test -n "$GMAKE"; then builds="$builds cmake-make"; fi
  if have ninja; then gens="$gens cmake-ninja cmake-rerun"; builds="$builds cmake-ninja"; fi
fi
if have meson && have ninja; then gens="$gens meson"; fi
if have premake4; then gens="$gens premake4"; fi
# BENCH_BUILDS: only these of the builds above (a shorter run)
if test -n "$BENCH_BUILDS"; then
  kept=
  for b in $builds; do
    case " $BENCH_BUILDS " in *" $b "*) kept="$kept $b" ;; esac
  done
  builds=$kept
fi

# ---- the work directory -------------------------------------------------
if test -n "$BENCH_WORK"; then
  W=$BENCH_WORK
  mkdir -p "$W" || exit 1
  W=`cd "$W" && pwd`
else
  W=`mktemp -d "${TMPDIR:-/tmp}/kindler-bench.XXXXXX"` || exit 1
fi
if test "${BENCH_KEEP:-0}" != 1; then trap 'rm -rf "$W"' 0; fi
trap 'exit 1' 1 2 15
data=$W/samples.tsv
counts=$W/counts.tsv
meta=$W/meta
: >"$data"
: >"$counts"
: >"$meta"
say "work directory $W"

# ---- a snapshot of Kindler ------------------------------------------------
# The whole run uses one copy of the programs and their Lua and hint files,
# so that a rebuild or an edit in the tree during the run changes nothing.
snap=$W/kindler
mkdir -p "$snap" &&
  cp "$top/kindler" "$top/kindler-bootstrap" "$snap/" &&
  cp -R "$top/lua" "$top/hints" "$snap/" || die "cannot copy Kindler into $snap"
KINDLER=$snap/kindler
KB=$snap/kindler-bootstrap
"$KINDLER" --version >/dev/null 2>&1 && "$KB" --version >/dev/null 2>&1 ||
  die "kindler or kindler-bootstrap does not run: is it being rebuilt? (make)"
BENCH_KINDLER_DIR=$snap
export BENCH_KINDLER_DIR
# The build directories are exported by a second copy whose
# lua/kindler/command/kindler/main.lua notes every run in $W/exports
# before running the real one (as bench/profile.sh wraps it for its
# profile): a Makefile that exports again runs that copy, by the path it
# records or, if it names plain `kindler`, from the PATH, so a rebuild can
# tell whether an export ran.
logged=$W/logged
cmd=$logged/lua/kindler/command/kindler
mkdir -p "$logged" && cp "$KINDLER" "$logged/" &&
  cp -R "$snap/lua" "$snap/hints" "$logged/" &&
  mv "$cmd/main.lua" "$cmd/main_unlogged.lua" &&
  cat >"$cmd/main.lua" <<EOF || die "cannot set up $logged"
local real = require "kindler.command.kindler.main_unlogged"
return { main = function(request)
  local f = io.open([[$W/exports]], "a")
  if f then f:write("export\n") f:close() end
  return real.main(request)
end }
EOF
: >"$W/exports"
PATH=$logged:$PATH
export PATH

# ---- measuring ----------------------------------------------------------
# measure SIZE PHASE TOOL REP CMD...: runs CMD once (its output goes to
# $W/last.log) and, unless REP is 0, appends a sample: wall seconds (GNU date), user+sys CPU
# seconds of CMD and everything it waited for, and peak resident KB (GNU
# time's %M: the largest single process). Returns CMD's status.
measure() {
  m_size=$1 m_phase=$2 m_tool=$3 m_rep=$4
  shift 4
  rm -f "$W/time.out"
  if test -n "$GTIME"; then
    t0=`date +%s%N`
    "$GTIME" -f '%U %S %M' -o "$W/time.out" "$@" >"$W/last.log" 2>&1
    st=$?
    t1=`date +%s%N`
  else
    t0=`date +%s%N`
    "$@" >"$W/last.log" 2>&1
    st=$?
    t1=`date +%s%N`
  fi
  cpu=- rss=-
  if test -s "$W/time.out"; then
    set -- `tail -1 "$W/time.out"`
    cpu=`awk "BEGIN { printf \"%.3f\", $1 + $2 }"`
    rss=$3
  fi
  wall=`awk "BEGIN { printf \"%.4f\", $((t1 - t0)) / 1e9 }"`
  # Repetition 0 is a warm-up: not recorded.
  test "$m_rep" = 0 ||
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$m_size" "$m_phase" "$m_tool" \
      "$m_rep" "$wall" "$cpu" "$rss" "$st" >>"$data"
  if test $st -ne 0; then
    cp "$W/last.log" "$W/failed-$m_size-$m_phase-$m_tool-$m_rep.log"
    say "FAILED ($st): $m_size $m_phase $m_tool: see below"
    tail -5 "$W/last.log" >&2
  fi
  return $st
}

# quiet CMD...: runs an untimed step; on failure shows its output
quiet() {
  "$@" >"$W/step.log" 2>&1 && return 0
  say "FAILED: $*"
  tail -10 "$W/step.log" >&2
  return 1
}

# turns REP LIST: the tools in LIST in the order of repetition REP: as
# listed on odd repetitions, reversed on even ones (A B C D, D C B A, ...),
# so that a load that rises or falls during the run weighs on each alike.
turns() {
  if test `expr $1 % 2` = 1; then shift; echo "$@"; return; fi
  shift
  t_out=
  for t_tool in "$@"; do t_out="$t_tool $t_out"; done
  echo $t_out
}

reps() { # reps KIND SIZE: the repetitions of one measurement
  eval "v=\${BENCH_$1_REPS:-}"
  if test -n "$v"; then echo "$v"; return; fi
  case $1:$2 in
    GEN:small) echo 10 ;; GEN:medium) echo 5 ;; GEN:large) echo 3 ;;
    FULL:small) echo 5 ;; FULL:medium) echo 3 ;; FULL:large) echo 2 ;;
    NOOP:small) echo 10 ;; NOOP:medium) echo 5 ;; NOOP:large) echo 5 ;;
    TOUCH:small) echo 5 ;; TOUCH:medium) echo 3 ;; TOUCH:large) echo 3 ;;
  esac
}

# ---- generation ---------------------------------------------------------
# generate SIZE TOOL REP: one fresh generation into $W/SIZE/gen-TOOL
generate() {
  g_src=$W/$1/src g_dir=$W/$1/gen-$2
  case $2 in
    cmake-rerun) ;;   # re-runs in the directory cmake-ninja configured
    premake4) rm -rf "$g_src/premake-build" ;;
    *) rm -rf "$g_dir" ;;
  esac
  case $2 in
    kindler) measure $1 gen $2 $3 "$KINDLER" -C "$g_src" export -B "$g_dir" ;;
    kindler-*) measure $1 gen $2 $3 "$KINDLER" -C "$g_src" export -e ${2#kindler-} -B "$g_dir" ;;
    cmake-make) measure $1 gen $2 $3 cmake -S "$g_src" -B "$g_dir" -G "Unix Makefiles" ;;
    cmake-ninja) measure $1 gen $2 $3 cmake -S "$g_src" -B "$g_dir" -G Ninja ;;
    cmake-rerun) measure $1 gen $2 $3 cmake -S "$g_src" -B "$W/$1/gen-cmake-ninja" ;;
    meson) measure $1 gen $2 $3 meson setup "$g_dir" "$g_src" ;;
    premake4) measure $1 gen $2 $3 premake4 --file="$g_src/premake4.lua" gmake ;;
  esac
}

# ---- builds -------------------------------------------------------------
# maker TOOL: the program that runs TOOL's builds
maker() {
  case $1 in
    *-bmake) echo bmake ;;
    *-ninja) echo ninja ;;
    *) echo $GMAKE ;;
  esac
}
# setup SIZE TOOL: a fresh build directory $W/SIZE/build-TOOL, generated
# (the flat Makefile: copied, SRCDIR set, its object directories made)
setup() {
  s_src=$W/$1/src s_dir=$W/$1/build-$2
  rm -rf "$s_dir"
  case $2 in
    kindler-ninja) quiet "$logged/kindler" -C "$s_src" export -e ninja -B "$s_dir" ;;
    kindler-*) quiet "$logged/kindler" -C "$s_src" export -B "$s_dir" ;;
    flat-*) mkdir -p "$s_dir" &&
      sed "s|^SRCDIR = .*|SRCDIR = $s_src|" "$s_src/Makefile.flat" >"$s_dir/Makefile" &&
      quiet `maker $2` -C "$s_dir" dirs ;;
    cmake-make) quiet cmake -S "$s_src" -B "$s_dir" -G "Unix Makefiles" ;;
    cmake-ninja) quiet cmake -S "$s_src" -B "$s_dir" -G Ninja ;;
  esac
}
# build SIZE TOOL PHASE REP: one timed build
build() {
  measure $1 $3 $2 $4 `maker $2` -C "$W/$1/build-$2" -j$JOBS
}
# clean SIZE TOOL: removes what TOOL's builds wrote
clean() {
  case $2 in
    *-ninja) quiet ninja -C "$W/$1/build-$2" -t clean ;;
    *) quiet `maker $2` -C "$W/$1/build-$2" clean ;;
  esac
}
# objects DIR [NEWER]: the object files below DIR as TARGET/FILE.o, however
# each tool lays out its TARGET.dir (TARGET.dir/s000.c.o,
# CMakeFiles/TARGET.dir/libs/.../s000.c.o)
objects() {
  if test -n "$2"; then find "$1" -name '*.o' -newer "$2"
  else find "$1" -name '*.o'; fi |
    sed 's|.*/\([^/]*\)\.dir/\(.*/\)*|\1/|' | sort
}
# bytes SIZE TOOL FIND-ARGS...: what the files FIND-ARGS selects in TOOL's
# build directory weigh, as meta bytes_TOOL_SIZE
bytes() {
  y_dir=$W/$1/build-$2 y_key=bytes_$2_$1
  shift 2
  test -d "$y_dir" || return 0
  meta "$y_key" "`find "$y_dir" "$@" -exec cat {} + | wc -c | tr -d ' '`"
}
artifacts() { # artifacts DIR NEWER: libraries and programs written since NEWER
  (cd "$1" && find . ! -name . -prune \( -name 'lib*.a' -o -name 'p[0-9][0-9]' \) \
    -newer "$2" -print) | wc -l | tr -d ' '
}

# ---- the machine ----------------------------------------------------------
meta() { echo "$1=$2" >>"$meta"; }
meta date "`date -u '+%Y-%m-%d %H:%M UTC'`"
meta sizes "$sizes"
meta jobs "$JOBS"
meta nproc "`(nproc || getconf _NPROCESSORS_ONLN) 2>/dev/null`"
meta cpu "`sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo 2>/dev/null | head -1`"
meta mem "`awk '/^MemTotal/ { printf \"%.1f GiB\", $2 / 1048576 }' /proc/meminfo 2>/dev/null`"
os=`(. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null`
meta os "${os:+$os, }`uname -srm`"
meta load_start "`cut -d' ' -f1-3 /proc/loadavg 2>/dev/null`"
meta kindler "`\"$KINDLER\" --version 2>&1 | head -1`"
if command -v git >/dev/null 2>&1 && git -C "$top" rev-parse HEAD >/dev/null 2>&1; then
  meta kindler_tree "commit `git -C "$top" rev-parse --short HEAD`, `git -C "$top" status --porcelain -- lua src hints | wc -l | tr -d ' '` files under lua/, src/, hints/ changed or new since; binary built `date -u -r "$top/kindler" '+%Y-%m-%d %H:%M UTC' 2>/dev/null`"
fi
meta gcc "`gcc --version 2>/dev/null | head -1`"
have cmake && meta cmake "`cmake --version | head -1`"
have meson && meta meson "meson `meson --version`"
have ninja && meta ninja "ninja `ninja --version`"
have premake4 && meta premake4 "`premake4 --version | head -1`"
test -n "$GMAKE" && meta gmake "`$GMAKE --version | head -1`"
have bmake && meta bmake "bmake `bmake -V MAKE_VERSION 2>/dev/null`"
printf '%s' "$missing" >"$W/missing"

# ---- caches: Kindler's equivalent of CMake's compiler detection ----------
say "kindler-bootstrap --compiler gcc (the caches every export reads)"
quiet "$KB" --cache-dir "$W/cache" --compiler gcc ||
  die "kindler-bootstrap failed; Kindler cannot export without caches"
KINDLER_CACHE_DIR=$W/cache
export KINDLER_CACHE_DIR
# CMake and Meson detect the compiler: make it the one Kindler uses.
CC=gcc
export CC

for size in $sizes; do
  src=$W/$size/src
  say "$size: generating the project"
  quiet sh "$bench/gen.sh" $size "$src" || die "bench/gen.sh failed"
  meta "sources_$size" "`find "$src" -name '*.c' | wc -l | tr -d ' '`"

  # Generation: one untimed warm-up each, then the repetitions, the tools
  # taking turns so that a change of load touches them all alike.
  n=`reps GEN $size`
  meta "reps_gen_$size" $n
  say "$size: generation, $n repetitions of: $gens"
  for tool in $gens; do generate $size $tool 0; done
  i=1
  while test $i -le $n; do
    for tool in `turns $i $gens`; do
      # cmake-rerun needs the directory cmake-ninja just configured
      case $tool in cmake-ninja) generate $size $tool $i; generate $size cmake-rerun $i ;;
                    cmake-rerun) ;;
                    *) generate $size $tool $i ;; esac
    done
    i=`expr $i + 1`
  done
  rm -rf "$W/$size"/gen-*

  test -n "$builds" || continue
  header=$src/libs/l00/include/l00/h0.h
  for tool in $builds; do setup $size $tool || die "cannot set up $tool"; done

  n=`reps FULL $size`
  meta "reps_full_$size" $n
  say "$size: full builds (-j$JOBS), $n repetitions of: $builds"
  i=1
  while test $i -le $n; do
    for tool in `turns $i $builds`; do
      clean $size $tool
      build $size $tool full $i
      printf '%s\tfull\t%s\t%s\t%s\t-\n' $size $tool $i \
        `objects "$W/$size/build-$tool" | wc -l` >>"$counts"
    done
    i=`expr $i + 1`
  done
  # Build-file sizes, for the no-op rebuilds: what each make reads once
  # the build has written its dependency files.
  bytes $size kindler-make \( -name Makefile -o -name '*.mk' \) -type f
  bytes $size flat-make -name Makefile
  bytes $size cmake-make \( -name '*.make' -o -name Makefile -o -name '*.internal' \) -type f
  bytes $size cmake-ninja -name build.ninja

  n=`reps NOOP $size`
  meta "reps_noop_$size" $n
  say "$size: no-op rebuilds, $n repetitions"
  i=1
  while test $i -le $n; do
    for tool in `turns $i $builds`; do build $size $tool noop $i; done
    i=`expr $i + 1`
  done

  # Where a no-op goes under GNU make: what reading the Makefile and what
  # it includes costs alone (make -n clean), for Kindler's and the flat one.
  if test -n "$GMAKE"; then
    i=1
    while test $i -le $n; do
      for tool in `turns $i kindler-make flat-make`; do
        measure $size parse $tool $i $GMAKE -C "$W/$size/build-$tool" -n clean
      done
      i=`expr $i + 1`
    done
  fi

  n=`reps TOUCH $size`
  meta "reps_touch_$size" $n
  meta "touched_$size" "libs/l00/include/l00/h0.h"
  rm -f "$W/$size"/exported-*
  say "$size: rebuilds after touching libs/l00/include/l00/h0.h, $n repetitions"
  i=1
  while test $i -le $n; do
    for tool in `turns $i $builds`; do
      # A second after the last build: bmake compares whole seconds.
      sleep 1
      touch "$W/marker"
      touch "$header"
      e0=`wc -l <"$W/exports"`
      build $size $tool touch $i
      test `wc -l <"$W/exports"` -eq $e0 || echo $i >>"$W/$size/exported-$tool"
      objects "$W/$size/build-$tool" "$W/marker" >"$W/$size/touched-$tool"
      printf '%s\ttouch\t%s\t%s\t%s\t%s\n' $size $tool $i \
        `wc -l <"$W/$size/touched-$tool"` \
        `artifacts "$W/$size/build-$tool" "$W/marker"` >>"$counts"
      cp "$W/$size/touched-$tool" "$W/$size/touched-$tool.$i"
    done
    i=`expr $i + 1`
  done
  # Did every tool recompile the very same objects as Kindler under GNU make?
  first=
  for tool in $builds; do
    test -n "$first" || first=$tool
    same=yes
    for f in "$W/$size"/touched-$tool.*; do
      cmp -s "$f" "$W/$size/touched-$first.1" || same=no
    done
    meta "same_$size-$tool" "$same (as $first)"
    case $tool in
      kindler-*) meta "exported_$size-$tool" "`cat "$W/$size/exported-$tool" 2>/dev/null | wc -l | tr -d ' '`" ;;
    esac
  done
  meta "touch_list_$size" "`tr '\n' ' ' <"$W/$size/touched-$first.1"`"
  for tool in $builds; do rm -rf "$W/$size/build-$tool"; done
  last_size=$size
done

# ---- kindler-bootstrap ----------------------------------------------------
n=${BENCH_BOOT_REPS:-3}
meta reps_boot $n
say "kindler-bootstrap: the compilers on this machine"
quiet "$KB" --cache-dir "$W/boot" || say "kindler-bootstrap (all) failed"
compilers=`sed -n '/^  *compiler  /,$p' "$W/step.log" | sed 1d |
           awk '$NF == "cached" { print $1 }'`
meta compilers "`echo $compilers`"
meta boot_summary_lines "`sed -n '/^summary/,$p' "$W/step.log" | wc -l`"
sed -n '/^summary/,$p' "$W/step.log" >"$W/boot-summary"
say "kindler-bootstrap: $n repetitions each of all," `echo $compilers`
i=1
while test $i -le $n; do
  rm -rf "$W/boot"
  measure - boot all $i "$KB" --cache-dir "$W/boot"
  for c in $compilers; do
    rm -rf "$W/boot"
    measure - boot $c $i "$KB" --cache-dir "$W/boot" --compiler $c
  done
  i=`expr $i + 1`
done

# ---- where export's time goes ---------------------------------------------
if test -n "$last_size"; then
  say "profiling kindler export on $last_size"
  quiet sh "$bench/gen.sh" $last_size "$W/prof-src"
  sh "$bench/profile.sh" "$W/prof-src" "$W/cache" "$W/profile.md" 2>/dev/null ||
    say "bench/profile.sh failed"
  meta profile_size $last_size
fi

meta load_end "`cut -d' ' -f1-3 /proc/loadavg 2>/dev/null`"
out=${BENCH_RESULTS:-$bench/RESULTS.md}
sh "$bench/report.sh" "$W" >"$out" || die "bench/report.sh failed"
say "wrote $out"
