#!/bin/sh
# generators.sh: the generators lane. examples/calc (a calculator whose
# parser and scanner yacc and lex make at build time, kindler(5),
# Generated sources) is exported and built under every make of the e2e
# lane (GNU make, bmake, and the legacy pdpmake, Sun make and its System V
# mode from t/legacy.sh) and with ninja; for each:
#   build       make -j2 (ninja) builds it from clean
#   run         the program prints examples/calc/expected-output
#   no-op       a second build changes no file
#   touch       after calc.y is touched, exactly the files
#               t/e2e/rebuild/calc lists are made again (the generated
#               parser and header, every object, the program)
#   clean       make clean (ninja -t clean) removes the generated files
#               and the objects
# and under GNU make once more with the other yacc (YACC=byacc, or
# YACC='bison -y'), proving both spell the same grammar. Without lex or
# yacc on PATH, or a make, a check is a skip that says so.
# Usage: t/generators.sh

top=`dirname "$0"`/..
top=`cd "$top" && pwd`
. "$top/t/lib.sh"
. "$top/t/buildlane.sh"
kindler=$top/kindler
example=$top/examples/calc
tmp=${TMPDIR:-/tmp}/kindler-generators.$$
rm -rf "$tmp"
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 1' HUP INT TERM

if ! command -v yacc >/dev/null 2>&1 && ! command -v bison >/dev/null 2>&1 &&
   ! command -v byacc >/dev/null 2>&1; then
  skip "no yacc, bison or byacc on PATH (Debian: bison, byacc)"
  finish
  exit
fi
if ! command -v lex >/dev/null 2>&1 && ! command -v flex >/dev/null 2>&1; then
  skip "no lex or flex on PATH (Debian: flex)"
  finish
  exit
fi

"$top/kindler-bootstrap" --cache-dir "$tmp/cache" --compiler gcc -q >"$tmp/bootstrap.log" 2>&1
result $? "kindler-bootstrap wrote the caches"
KINDLER_CACHE_DIR=$tmp/cache
export KINDLER_CACHE_DIR
legacy_skip=
. "$top/t/legacy.sh"

# build_files DIR: the objects, programs and generated files of a build
built() {
  (cd "$1" && find . ! -type d -print) | sed 's|^\./||' |
    grep -E '(\.o|/gen/[^/]*\.[ch]|^calc)$' | LC_ALL=C sort
}

# lane_for LABEL EXPORTER MAKE [MACRO=VALUE...]: the checks above
lane_for() {
  label=$1 exporter=$2 mk=$3
  shift 3
  w=$tmp/$label
  mkdir -p "$w" && cp -R "$example" "$w/src" || return
  (cd "$w/src" && "$kindler" export -e $exporter -B ../build) >"$w/export.log" 2>&1
  result $? "$label: export"
  (cd "$w/build" && $mk -j2 "$@") >"$w/build.log" 2>&1
  status=$?
  result $status "$label: build"
  test $status -eq 0 || { sed 's/^/#   /' "$w/build.log" | head -n 20; return; }
  run_programs "$example/expected-output" "$w/build" "$w/run.got"
  diff "$example/expected-output" "$w/run.got" >"$w/run.diff"
  result $? "$label: calc prints expected-output"
  sed 's/^/#   /' "$w/run.diff"
  sleep 1
  touch "$w/mark.noop"
  (cd "$w/build" && $mk -j2 "$@") >"$w/noop.log" 2>&1
  changed=`cd "$w/build" && find . ! -type d -newer "$w/mark.noop" -print`
  test -z "$changed"
  result $? "$label: no-op: a second build changes nothing${changed:+ (changed $changed)}"
  grep -v '^#' "$top/t/e2e/rebuild/calc" | grep . | grep -v '^touch ' | LC_ALL=C sort >"$w/want"
  sleep 1
  touch "$w/mark.touch"
  touch "$w/src/calc.y"
  (cd "$w/build" && $mk -j2 "$@") >"$w/touch.log" 2>&1
  status=$?
  (cd "$w/build" && find . ! -type d -newer "$w/mark.touch" -print) | sed 's|^\./||' |
    grep -E '(\.o|/gen/[^/]*\.[ch]|^calc)$' | LC_ALL=C sort >"$w/got"
  diff "$w/want" "$w/got" >"$w/touch.diff"
  same=$?
  test $status -eq 0 && test $same -eq 0
  result $? "$label: touching calc.y makes again exactly what t/e2e/rebuild/calc lists"
  sed 's/^/#   /' "$w/touch.diff"
  if test $exporter = ninja; then
    (cd "$w/build" && ninja -t clean) >"$w/clean.log" 2>&1
  else
    (cd "$w/build" && $mk clean) >"$w/clean.log" 2>&1
  fi
  left=`built "$w/build"`
  test -z "$left"
  result $? "$label: clean removes the generated files and objects${left:+ (left `echo $left`)}"
  test -d "$w/build/calc.dir/gen" && test -z "`ls "$w/build/calc.dir/gen"`"
  result $? "$label: clean leaves no temporary file of a generator"
}

for mk in make bmake pdpmake sunmake svr4make; do
  case $mk in
    pdpmake) program=$legacy_pdpmake ;;
    sunmake) program=$legacy_sunmake ;;
    svr4make) program=$legacy_svr4make ;;
    *) program=`command -v $mk 2>/dev/null` ;;
  esac
  if test -z "$program"; then
    case $mk in
      make|bmake) skip "$mk is not installed (Debian: $mk)" ;;
      *) skip "$mk: $legacy_skip" ;;
    esac
    continue
  fi
  lane_for "$mk" make "$program"
done

if command -v ninja >/dev/null 2>&1; then
  lane_for ninja ninja ninja
else
  skip "ninja is not installed (Debian: ninja-build)"
fi

# The other yacc than the one the bootstrap cached: both build the grammar.
cached=`grep '^YACC = ' "$tmp/make/build/Makefile" 2>/dev/null | sed 's/^YACC = //'`
case $cached in
  byacc) other="bison -y"; need=bison ;;
  *) other=byacc; need=byacc ;;
esac
if command -v $need >/dev/null 2>&1 && command -v make >/dev/null 2>&1; then
  lane_for "make-$need" make make "YACC=$other"
else
  skip "the other yacc ($other) is not installed (Debian: $need)"
fi

finish
