#!/bin/sh
# sweep/run.sh: the type-by-value sweep. gen.lua gives every field of the
# schema each value of t/sweep/values in an otherwise valid project; each
# project is exported with every exporter at once. For every field:
#   - export ends with status 0, 1 (a KIN-1xx diagnostic) or 3 (a cache it
#     names is missing, with the kindler-bootstrap command; a module it
#     names is missing, with where it was looked for), never with an
#     internal error (KIN-790) or a signal;
#   - nothing is written outside the build directory;
#   - the exported Makefile, read by `make -n` (GNU make, and bmake when
#     installed), and the GNUmakefile, read by GNU make, run nothing a
#     value spelled: the mark file the values try to create never exists;
#     ninja accepts the build.ninja (ninja -t commands lists its commands).
# One "ok" line per field and place; a failure lists its values.
# Usage: t/sweep/run.sh KINDLER   (SWEEP_JOBS: projects at once, default 2)

. "`dirname "$0"`/../lib.sh"
kindler=$1
case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
top=`cd "\`dirname "$0"\`/../.." && pwd`
jobs=${SWEEP_JOBS:-2}
out=${TMPDIR:-/tmp}/kindler-sweep.$$
trap 'rm -rf "$out"' 0 HUP INT TERM
# The projects' tree sits two levels down: a value "../../x" that escaped
# the build directory would land in $out/outside, which is watched.
src=$out/outside/in/src
mark=$out/outside/MARK
mkdir -p "$src/src" "$src/include" "$out/cases" || exit 1
echo 'int lib(void) { return 1; }' >"$src/src/lib.c"
echo 'int lib(void); int main(void) { return lib() - 1; }' >"$src/src/main.c"

KINDLER_CACHE_DIR=$out/cache
export KINDLER_CACHE_DIR
if "$top/kindler-bootstrap" --cache-dir "$KINDLER_CACHE_DIR" --compiler gcc -q \
     >"$out/bootstrap.log" 2>&1; then :; else
  result 1 "kindler-bootstrap writes the sweep's caches"
  sed 's/^/#   /' "$out/bootstrap.log"
  finish
  exit
fi
lua5.1 "$top/t/sweep/gen.lua" "$top" "$out/cases" "$mark" || exit 1
(cd "$out/outside" && find . -print | sort) >"$out/before"

makes=make
command -v bmake >/dev/null 2>&1 && makes="$makes bmake"
ninja=no
command -v ninja >/dev/null 2>&1 && ninja=yes

# one N: exports case N and writes "N<TAB>verdict" to $out/verdicts.N
one() {
  c=$1
  cp "$out/cases/$c.kindler" "$src/p$c.kindler"
  (cd "$src" && "$kindler" export -f "p$c.kindler" -B "../b$c" \
     -e make -e gmake -e ninja -e compdb -e dot) >/dev/null 2>"$out/err.$c"
  status=$?
  verdict=
  case $status in
    0|1) ;;
    3) grep 'kindler-bootstrap\|KIN-708.*looked for' "$out/err.$c" >/dev/null ||
         verdict="exit 3 without the kindler-bootstrap command (or, for a module, where it was looked for)" ;;
    *) verdict="exit $status" ;;
  esac
  if grep 'KIN-790' "$out/err.$c" >/dev/null; then
    verdict="internal error: `grep KIN-790 "$out/err.$c" | head -n 1`"
  fi
  if test $status = 0 && test -z "$verdict"; then
    for m in $makes; do
      (cd "$src/../b$c" && $m -f Makefile -n KINDLER=false all) >/dev/null 2>&1
    done
    (cd "$src/../b$c" && make -f GNUmakefile -n KINDLER=false all) >/dev/null 2>&1
    if test $ninja = yes; then
      (cd "$src/../b$c" && ninja -t commands all) >"$out/ninja.$c" 2>&1 ||
        verdict="ninja cannot read the build.ninja: `grep ninja: "$out/ninja.$c" | head -n 1`"
      rm -f "$out/ninja.$c"
    fi
  fi
  if test -f "$mark"; then
    verdict="a value ran a command (the mark file exists)"
    rm -f "$mark"
  fi
  rm -rf "$src/../b$c" "$src/p$c.kindler"
  echo "$c	$verdict"
}

# The cases in $jobs interleaved shares.
total=`wc -l <"$out/cases/manifest"`
j=0
while test $j -lt $jobs; do
  (c=`expr $j + 1`
   while test $c -le $total; do one $c; c=`expr $c + $jobs`; done) >"$out/verdicts.$j" &
  j=`expr $j + 1`
done
wait
(cd "$out/outside" && find . -print | sort) >"$out/after"

cat "$out"/verdicts.* | sort -n >"$out/verdicts"
awk -F '\t' 'NR == FNR { verdict[$1] = $2; next }
  { place = $2; if (!(place in seen)) { seen[place] = 1; order[++n] = place }
    if (verdict[$1] != "") bad[place] = bad[place] "\n#   " $3 ": " verdict[$1] }
  END { for (i = 1; i <= n; i++) print (bad[order[i]] == "" ? "ok" : "FAIL") "\t" order[i] bad[order[i]] }' \
  "$out/verdicts" "$out/cases/manifest" >"$out/report"

while IFS= read -r line; do
  case $line in
    ok*) result 0 "${line#ok	}: every value gives a diagnostic or an export, and runs nothing" ;;
    FAIL*) result 1 "${line#FAIL	}" ;;
    *) echo "$line" ;;
  esac
done <"$out/report"
diff "$out/before" "$out/after" >"$out/diff"
result $? "nothing was written outside the build directories"
sed 's/^/#   /' "$out/diff"
finish
