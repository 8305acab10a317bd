#!/bin/sh
# bench/scale.sh: how `kindler export` grows with the size of a project.
#
# Usage: sh bench/scale.sh [SIZES] [OUT]
#
# For each N of SIZES (default "1000 10000 100000") three projects are
# generated and exported into a fresh build directory, then checked:
#   targets  N static libraries of one source each, no dependencies;
#   chain    N static libraries of one source each, each depending on the
#            one before (an N-deep chain; capped at 30000, the depth the
#            hardening work measured);
#   sources  one static library of N sources.
# Writes a Markdown table to OUT (default bench/SCALE.md): wall and CPU
# seconds, peak memory, and the time per target or source, so that
# linear growth shows as a flat last column. Needs GNU time (/usr/bin/time).
# A benchmark, not a test: nothing asserts a time.

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
KINDLER=$top/kindler
sizes=${1:-"1000 10000 100000"}
out=${2:-$top/bench/SCALE.md}
tmp=`mktemp -d "${TMPDIR:-/tmp}/kindler-scale.XXXXXX"` || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 1' 1 2 15
/usr/bin/time -f %M true >/dev/null 2>&1 || { echo "scale.sh: needs GNU time" >&2; exit 1; }
test -x "$KINDLER" || { echo "scale.sh: build kindler first (make)" >&2; exit 1; }

# gen SHAPE N DIR: writes DIR/p.kindler and its sources
gen() {
  mkdir -p "$3/src"
  awk -v shape="$1" -v n="$2" -v dir="$3" 'BEGIN {
    print "project { name = \"scale\"; languages = [ \"c99\" ]; }" > (dir "/p.kindler")
    if (shape == "sources") {
      printf "target \"lib\" {\n  type = staticlib;\n  language = \"c99\";\n  sources = [\n" >> (dir "/p.kindler")
      for (i = 0; i < n; i++) {
        printf "    \"src/s%d.c\",\n", i >> (dir "/p.kindler")
        printf "int f%d(void) { return %d; }\n", i, i > (dir "/src/s" i ".c")
        close(dir "/src/s" i ".c")
      }
      print "  ];\n}" >> (dir "/p.kindler")
      exit
    }
    print "int f(void) { return 0; }" > (dir "/src/s.c")
    for (i = 0; i < n; i++) {
      deps = (shape == "chain" && i > 0) ? sprintf(" deps = [ \"t%d\" ];", i - 1) : ""
      printf "target \"t%d\" { type = staticlib; language = \"c99\"; sources = [ \"src/s.c\" ];%s }\n", i, deps >> (dir "/p.kindler")
    }
  }'
}

# measure COMMAND...: one row's cells "wall | CPU | peak MB", and the status
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"
  st=$?
  set -- `tail -n 1 "$tmp/time"`
  cpu=`awk "BEGIN { printf \"%.2f\", $2 + $3 }"`
  mb=`expr $4 / 1024`
  wall=$1
}

{
  echo "### Scale: \`kindler export\` (fresh build directory) and \`kindler check\`"
  echo
  echo "Commit `cd "$top" && git rev-parse --short HEAD 2>/dev/null`, `date -u +%Y-%m-%d`," \
       "`nproc` CPUs, load `cut -d' ' -f1-3 /proc/loadavg 2>/dev/null`."
  echo
  echo "| shape | N | export wall s | export CPU s | export peak MB | check wall s | check peak MB | export ms per N |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} >"$out"

for n in $sizes; do
  for shape in targets chain sources; do
    if test $shape = chain && test $n -gt 30000; then continue; fi
    dir=$tmp/$shape-$n
    gen $shape $n "$dir"
    measure "$KINDLER" export -f "$dir/p.kindler" -B "$dir/build"
    if test $st -ne 0; then
      echo "| $shape | $n | failed (exit $st): `head -n 1 "$tmp/err"` | | | | | |" >>"$out"
      rm -rf "$dir"
      continue
    fi
    ewall=$wall ecpu=$cpu emb=$mb
    measure "$KINDLER" check -f "$dir/p.kindler"
    per=`awk "BEGIN { printf \"%.3f\", $ewall * 1000 / $n }"`
    echo "| $shape | $n | $ewall | $ecpu | $emb | $wall | $mb | $per |" >>"$out"
    echo "scale.sh: $shape $n: export $ewall s, $emb MB" >&2
    rm -rf "$dir"
  done
done
