#!/bin/sh
# buildtool.sh: the end-to-end lane of the exporters for a build tool of
# their own: `ninja` (build.ninja) and `gmake` (GNUmakefile, run by GNU
# make). For every example (examples/NAME/) and the toolchains gcc and
# clang it exports (kindler export -e TOOL) and proves, with the tool:
#   build       TOOL -j2 succeeds, writing nothing in the source tree
#               (gmake: only short progress lines, CC/CXX/AR/LINK PATH)
#   run         each program prints its expected-output
#   test        TOOL test prints expected-test's lines and succeeds
#   no-op       a second run has no work ("no work to do", "Nothing to be
#               done")
#   rebuild     after each header of t/e2e/rebuild/NAME is touched,
#               exactly the objects and artifacts listed there are made
#               again (the same lists the make lane proves)
#   tools       ninja: ninja -t compdb lists every object, ninja -t query
#               all names the artifacts
#   regenerate  after the project file is touched, the tool exports again
#               (ninja's generator edge, GNU make's remade makefile) and
#               the next run has no work; ninja: the build.ninja, which
#               did not change, is left as it was (restat)
#   install     DESTDIR=... PREFIX=/usr TOOL install installs exactly the
#               expected-install files, with their modes, building nothing
#               new; the installed programs run; uninstall leaves nothing
#   clean       TOOL clean removes every object and artifact
#   verbose     gmake: after clean, make V=1 shows the compile commands
# Files of an example as t/e2e/run.sh describes them. Skips, saying why,
# when the tool is not installed or a toolchain was not cached.
# Usage: t/buildtool.sh ninja|gmake [EXAMPLE...]
. t/lib.sh
top=`pwd`
. "$top/t/buildlane.sh"
KINDLER=$top/kindler
tool=$1
shift
tmp=${TMPDIR:-/tmp}/kindler-$tool.$$
trap 'rm -rf "$tmp"' 0 HUP INT TERM
mkdir -p "$tmp" || exit 1

# What differs from tool to tool: the command that runs it (`run ARGS`
# in the build directory; `staged TARGET` with DESTDIR=$dest and
# PREFIX=/usr: ninja's from the environment, make's on its command
# line), what it says when there is nothing to do, and
# the files of the build directory that are not objects or artifacts
# (the export's own, the tool's logs, dependency and response files).
case $tool in
  ninja)
    program=ninja
    idle='no work to do'
    # (ninja -t clean removes what edges make: not the tests' logs; config
    # headers below TARGET.dir/include are export's, like build.ninja.)
    not_built='\.d$|^\.ninja_|\.rsp$|^build\.ninja$|^kindler-test\.sh$|\.pc\.in$|\.dir/include/|/test\.log$|^\.kindler'
    run() { ninja "$@"; }
    staged() { DESTDIR=$dest PREFIX=/usr ninja "$1"; } ;;
  gmake)
    program=make
    command -v gmake >/dev/null 2>&1 && program=gmake
    idle='Nothing to be done for'
    not_built='\.d$|\.dep$|\.flags$|\.rsp$|^GNUmakefile$|^kindler-test\.sh$|\.pc\.in$|\.dir/include/|^\.kindler'
    run() { $program "$@"; }
    staged() { $program "$1" DESTDIR="$dest" PREFIX=/usr; } ;;
  *) echo "usage: t/buildtool.sh ninja|gmake [EXAMPLE...]" >&2; exit 2 ;;
esac

if ! command -v $program >/dev/null 2>&1; then
  skip "$program is not installed"
  finish
  exit $?
fi
if test $tool = gmake && ! $program --version 2>/dev/null | grep 'GNU Make' >/dev/null; then
  skip "$program is not GNU make (and no gmake is installed)"
  finish
  exit $?
fi
"$top/kindler-bootstrap" --cache-dir "$tmp/cache" --compiler gcc --compiler clang -q \
  >"$tmp/bootstrap.log" 2>&1
KINDLER_CACHE_DIR=$tmp/cache
export KINDLER_CACHE_DIR

examples=${*:-`cd examples && for d in *; do test -f "$d/$d.kindler" && echo "$d"; done`}

# built_since MARK: objects and artifacts of the build directory newer
# than MARK
built_since() {
  (cd "$build" && find . ! -type d -newer "$1" -print) | sed 's|^\./||' |
    grep -E -v "$not_built" | LC_ALL=C sort
}

for name in $examples; do
  for tc in gcc clang; do
    label="$name $tool $tc"
    if test ! -f "$tmp/cache/compiler_$tc.bin"; then
      skip "$label: kindler-bootstrap did not cache $tc"
      continue
    fi
    w=$tmp/$name-$tc
    build=$w/build
    mkdir -p "$w"
    cp -R "examples/$name" "$w/src"
    touch "$w/mark.src"
    (cd "$w/src" && "$KINDLER" export -e $tool -B ../build --toolchain $tc) >"$w/export.log" 2>&1
    result $? "$label: export"
    (cd "$build" && run -j2) >"$w/build.log" 2>&1
    status=$?
    written=`cd "$w/src" && find . -newer "$w/mark.src" -print`
    test $status -eq 0 && test -z "$written"
    result $? "$label: build, nothing written in the source tree${written:+ (wrote $written)}"
    test $status -eq 0 || { sed 's/^/#   /' "$w/build.log" | head -n 20; continue; }
    if test $tool = gmake; then
      chatter=`grep -E -v '^(CC|CXX|AR|LINK|LEX|YACC) [^ ]+$' "$w/build.log" | head -n 3`
      test -z "$chatter"
      result $? "$label: the build shows one short line a step${chatter:+ (also: $chatter)}"
    fi

    expected=`example_file "$name" expected-output`
    if test -n "$expected"; then
      run_programs "$expected" "$build" "$w/run.got"
      diff "$expected" "$w/run.got" >"$w/run.diff"
      result $? "$label: the programs print expected-output"
    fi

    etest=`example_file "$name" expected-test`
    if test -n "$etest"; then
      (cd "$build" && run test) >"$w/test.log" 2>&1
      status=$?
      grep -e '^PASS: ' -e '^FAIL: ' -e ' passed, .* failed$' "$w/test.log" >"$w/test.got"
      test $status -eq 0 && diff "$etest" "$w/test.got" >/dev/null
      result $? "$label: $program test runs the tests: expected-test"
    fi

    (cd "$build" && run -j2) >"$w/noop.log" 2>&1
    grep "$idle" "$w/noop.log" >/dev/null
    result $? "$label: no-op: $program has no work to do"

    spec=$top/t/e2e/rebuild/$name
    if test -f "$spec"; then
      grep -v '^#' "$spec" | grep . | awk '
        $1 == "touch" { n++; print $2 > (dir "/touch." n); next }
        { print > (dir "/want." n) }
        END { print n + 0 > (dir "/blocks") }' dir="$w"
      i=1
      while test $i -le `cat "$w/blocks"`; do
        header=`cat "$w/touch.$i"`
        LC_ALL=C sort "$w/want.$i" >"$w/want.sorted"
        touch "$w/mark.touch"
        touch "$w/src/$header"
        (cd "$build" && run -j2) >"$w/touch.log" 2>&1
        status=$?
        built_since "$w/mark.touch" >"$w/touch.changed"
        diff "$w/want.sorted" "$w/touch.changed" >"$w/touch.diff"
        same=$?
        test $status -eq 0 && test $same -eq 0
        result $? "$label: touching $header rebuilds exactly what t/e2e/rebuild/$name lists"
        test $same -eq 0 || sed 's/^/#   /' "$w/touch.diff"
        i=`expr $i + 1`
      done
    fi

    if test $tool = ninja; then
      (cd "$build" && ninja -t compdb) >"$w/compdb.json" 2>&1
      objects=`cd "$build" && find . -name '*.o' | wc -l`
      listed=`grep -c '"output": ".*\.o"' "$w/compdb.json"`
      (cd "$build" && ninja -t query all) >"$w/query.log" 2>&1
      test "$objects" -eq "$listed" && grep 'input: phony' "$w/query.log" >/dev/null
      result $? "$label: ninja -t compdb lists every object ($listed of $objects), -t query works"
    fi

    touch "$w/mark.regen"
    touch "$w/src/$name.kindler"
    (cd "$build" && run -j2) >"$w/regen.log" 2>&1
    status=$?
    (cd "$build" && run -j2) >"$w/regen2.log" 2>&1
    test $status -eq 0 && grep 'exporting again' "$w/regen.log" >/dev/null &&
      grep "$idle" "$w/regen2.log" >/dev/null
    result $? "$label: a touched project file is exported again, then nothing is left to do"
    if test $tool = ninja; then
      rewritten=`find "$build/build.ninja" -newer "$w/mark.regen" -print`
      test -z "$rewritten"
      result $? "$label: the unchanged build.ninja was left as it was (restat: not read again)"
    fi

    dest=$w/dest
    touch "$w/mark.install"
    (cd "$build" && staged install) >"$w/install.log" 2>&1
    status=$?
    want=`example_file "$name" expected-install`
    installed_files "$dest" | LC_ALL=C sort >"$w/install.got"
    built_since "$w/mark.install" >"$w/install.changed"
    if test -n "$want"; then
      LC_ALL=C sort "$want" >"$w/install.want"
      diff "$w/install.want" "$w/install.got" >"$w/install.diff"
      same=$?
      test $status -eq 0 && test $same -eq 0 && test ! -s "$w/install.changed"
      result $? "$label: install: exactly expected-install, nothing rebuilt"
      test $same -eq 0 || sed 's/^/#   /' "$w/install.diff"
    fi
    if test -n "$expected" && test -d "$dest/usr/bin"; then
      run_programs "$expected" "$dest/usr/bin" "$w/installed.got"
      diff "$expected" "$w/installed.got" >/dev/null
      result $? "$label: the installed programs print expected-output"
    fi
    (cd "$build" && staged uninstall) >"$w/uninstall.log" 2>&1
    status=$?
    left=`installed_files "$dest"`
    test $status -eq 0 && test -z "$left"
    result $? "$label: uninstall leaves no file${left:+ (left: $left)}"

    (cd "$build" && run clean) >"$w/clean.log" 2>&1
    status=$?
    left=`cd "$build" && find . ! -type d -print | sed 's|^\./||' |
          grep -E -v "$not_built" | LC_ALL=C sort`
    test $status -eq 0 && test -z "$left"
    result $? "$label: $program clean removes every object and artifact${left:+ (left: `echo $left`)}"

    if test $tool = gmake; then
      (cd "$build" && run -j2 V=1) >"$w/verbose.log" 2>&1
      status=$?
      test $status -eq 0 && grep ' -c ' "$w/verbose.log" >/dev/null &&
        ! grep -E '^(CC|CXX|AR|LINK) ' "$w/verbose.log" >/dev/null
      result $? "$label: make V=1 shows the commands, not the short lines"
    fi
  done
done
finish
