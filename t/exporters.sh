#!/bin/sh
# exporters.sh: the compdb and dot exporters proven by the tools that read
# their files. Every example is exported with `-e make -e compdb -e dot`
# in one run; then
#   compdb  clangd --check finds every source of compile_commands.json
#           with the compile command the database gives it (clangd's "from
#           CDB" line, holding the same -I and -std words), and with no
#           error;
#   dot     dot -Tsvg accepts kindler.dot and draws every target.
# A tool that is not installed is a skip with the reason.
# Usage: t/exporters.sh KINDLER
. "`dirname "$0"`/lib.sh"
kindler=$1
case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
top=`pwd`
scratch=${TMPDIR:-/tmp}/kindler-exporters.$$
trap 'rm -rf "$scratch"' 0 HUP INT TERM
mkdir -p "$scratch"

"`dirname "$kindler"`/kindler-bootstrap" --cache-dir "$scratch/cache" \
  --compiler gcc -q >"$scratch/bootstrap.log" 2>&1
result $? "kindler-bootstrap wrote the caches"
KINDLER_CACHE_DIR=$scratch/cache
export KINDLER_CACHE_DIR

clangd=`command -v clangd 2>/dev/null`
dot=`command -v dot 2>/dev/null`

for example in examples/*/; do
  ls "$example"*.kindler >/dev/null 2>&1 || continue
  name=`basename "$example"`
  build=$scratch/$name
  "$kindler" export -C "$example" -B "$build" -e make -e compdb -e dot \
    >"$scratch/export.log" 2>&1 &&
    test -f "$build/Makefile" && test -f "$build/compile_commands.json" &&
    test -f "$build/kindler.dot"
  result $? "$name: one export writes the Makefile, compile_commands.json and kindler.dot"

  if test -z "$clangd"; then
    skip "$name: compdb: clangd is not installed (Debian: clangd)"
  else
    # The sources of the database, made absolute from its directory.
    sed -n 's/^    "file": "\(.*\)",$/\1/p' "$build/compile_commands.json" >"$scratch/files"
    test -s "$scratch/files"
    result $? "$name: compile_commands.json names sources"
    while read -r file; do
      case $file in /*) path=$file ;; *) path=$build/$file ;; esac
      if test ! -f "$path"; then
        # A source the build generates (calc's parser) exists after a
        # build only; the generators lane builds it.
        skip "$name: compdb: $file is made by the build, which this lane does not run"
        continue
      fi
      path=`cd "\`dirname "$path"\`" && pwd`/`basename "$path"`
      timeout 120 "$clangd" --compile-commands-dir="$build" --check="$path" \
        >"$scratch/clangd.log" 2>&1
      status=$?
      grep 'Compile command from CDB is' "$scratch/clangd.log" >"$scratch/cmd"
      # The database's own words for this source: its -std= and -I words.
      ok=0
      if test $status -ne 0 || ! test -s "$scratch/cmd"; then ok=1; fi
      awk -v file="$file" '
        /^  \{/ { words = "" }
        /^      "(-std=|-I)/ { w = $1; gsub(/[",]/, "", w); words = words " " w }
        $1 == "\"file\":" && $2 == "\"" file "\"," { print words }
      ' "$build/compile_commands.json" | head -n 1 >"$scratch/words"
      for w in `cat "$scratch/words"`; do
        grep -F -e " $w " "$scratch/cmd" >/dev/null || ok=1
      done
      result $ok "$name: clangd --check `basename "$file"`: compile command from the database, no error"
      test $ok = 0 || sed 's/^/#   /' "$scratch/clangd.log" | tail -n 15
    done <"$scratch/files"
  fi

  if test -z "$dot"; then
    skip "$name: dot: Graphviz is not installed (Debian: graphviz)"
  else
    "$dot" -Tsvg "$build/kindler.dot" >"$scratch/graph.svg" 2>"$scratch/dot.log"
    status=$?
    targets=`grep -c '^  "target:[^"]*" \[' "$build/kindler.dot"`
    # (A node's title; an edge's holds "->", which SVG writes &#45;&gt;,
    # and dot writes '-' in a name as &#45; too.)
    drawn=`grep '<title>target:' "$scratch/graph.svg" | grep -c -v '&#45;&gt;'`
    test $status -eq 0 && test "$targets" -gt 0 && test "$targets" = "$drawn"
    result $? "$name: dot -Tsvg draws kindler.dot ($drawn of $targets targets)"
  fi
done

finish
