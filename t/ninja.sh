#!/bin/sh
# ninja.sh: the end-to-end lane of the ninja exporter. For every example
# (examples/NAME/) and the toolchains gcc and clang it exports a
# build.ninja (kindler export -e ninja) and proves, with ninja itself:
#   build       ninja -j2 succeeds, writing nothing in the source tree
#   run         each program prints its expected-output
#   no-op       a second ninja says "no work to do"
#   rebuild     after each header of t/e2e/rebuild/NAME is touched,
#               exactly the objects and artifacts listed there are made
#               again (the same lists the make lane proves)
#   tools       ninja -t compdb lists every object, ninja -t query all
#               names the artifacts
#   regenerate  after the project file is touched, ninja exports again
#               (generator edge) and the next ninja has no work
#   install     DESTDIR=... PREFIX=/usr ninja install installs exactly the
#               expected-install files, with their modes, building nothing
#               new; the installed programs run; uninstall leaves nothing
#   clean       ninja clean removes every object and artifact
# Files of an example as t/e2e/run.sh describes them. Skips, saying why,
# when ninja is not installed or a toolchain was not cached.
# Usage: t/ninja.sh [EXAMPLE...]
. t/lib.sh
top=`pwd`
. "$top/t/buildlane.sh"
KINDLER=$top/kindler
tmp=${TMPDIR:-/tmp}/kindler-ninja.$$
trap 'rm -rf "$tmp"' 0 HUP INT TERM
mkdir -p "$tmp" || exit 1

if ! command -v ninja >/dev/null 2>&1; then
  skip "ninja (Debian's ninja-build) is not installed"
  finish
  exit $?
fi
"$top/kindler-bootstrap" --cache-dir "$tmp/cache" --compiler gcc --compiler clang -q \
  >"$tmp/bootstrap.log" 2>&1
KINDLER_CACHE_DIR=$tmp/cache
export KINDLER_CACHE_DIR

examples=${*:-`cd examples && for d in *; do test -f "$d/$d.kindler" && echo "$d"; done`}

meta() {
  if test -f "$top/examples/$1/$2"; then echo "$top/examples/$1/$2"
  elif test -f "$top/t/e2e/$1/$2"; then echo "$top/t/e2e/$1/$2"
  fi
}

# run_programs EXPECTED DIR OUT: each "$ COMMAND" of EXPECTED run in DIR
run_programs() {
  grep '^\$ ' "$1" | sed 's/^\$ //' | while IFS= read -r cmd; do
    echo "\$ $cmd"
    (cd "$2" && sh -c "$cmd") </dev/null 2>&1
    status=$?
    if test $status -ne 0; then echo "[exit $status]"; fi
  done >"$3"
}

# built_since MARK: objects and artifacts of the build directory newer
# than MARK (not ninja's own logs, dependency files or response files)
built_since() {
  (cd "$build" && find . ! -type d -newer "$1" -print) | sed 's|^\./||' |
    grep -v -e '\.d$' -e '^\.ninja_' -e '\.rsp$' -e '^build\.ninja$' | LC_ALL=C sort
}

for name in $examples; do
  for tc in gcc clang; do
    label="$name ninja $tc"
    if test ! -f "$tmp/cache/compiler_$tc.bin"; then
      skip "$label: kindler-bootstrap did not cache $tc"
      continue
    fi
    w=$tmp/$name-$tc
    build=$w/build
    mkdir -p "$w"
    cp -R "examples/$name" "$w/src"
    touch "$w/mark.src"
    (cd "$w/src" && "$KINDLER" export -e ninja -B ../build --toolchain $tc) >"$w/export.log" 2>&1
    result $? "$label: export"
    (cd "$build" && ninja -j2) >"$w/build.log" 2>&1
    status=$?
    written=`cd "$w/src" && find . -newer "$w/mark.src" -print`
    test $status -eq 0 && test -z "$written"
    result $? "$label: build, nothing written in the source tree${written:+ (wrote $written)}"
    test $status -eq 0 || { sed 's/^/#   /' "$w/build.log" | head -n 20; continue; }

    expected=`meta "$name" expected-output`
    if test -n "$expected"; then
      run_programs "$expected" "$build" "$w/run.got"
      diff "$expected" "$w/run.got" >"$w/run.diff"
      result $? "$label: the programs print expected-output"
    fi

    (cd "$build" && ninja -j2) >"$w/noop.log" 2>&1
    grep 'no work to do' "$w/noop.log" >/dev/null
    result $? "$label: no-op: ninja has no work to do"

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
        (cd "$build" && ninja -j2) >"$w/touch.log" 2>&1
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

    (cd "$build" && ninja -t compdb) >"$w/compdb.json" 2>&1
    objects=`cd "$build" && find . -name '*.o' | wc -l`
    listed=`grep -c '"output": ".*\.o"' "$w/compdb.json"`
    (cd "$build" && ninja -t query all) >"$w/query.log" 2>&1
    test "$objects" -eq "$listed" && grep 'input: phony' "$w/query.log" >/dev/null
    result $? "$label: ninja -t compdb lists every object ($listed of $objects), -t query works"

    touch "$w/src/$name.kindler"
    (cd "$build" && ninja -j2) >"$w/regen.log" 2>&1
    status=$?
    (cd "$build" && ninja -j2) >"$w/regen2.log" 2>&1
    test $status -eq 0 && grep 'exporting again' "$w/regen.log" >/dev/null &&
      grep 'no work to do' "$w/regen2.log" >/dev/null
    result $? "$label: a touched project file is exported again, then nothing is left to do"

    dest=$w/dest
    touch "$w/mark.install"
    (cd "$build" && DESTDIR=$dest PREFIX=/usr ninja install) >"$w/install.log" 2>&1
    status=$?
    want=`meta "$name" expected-install`
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
    (cd "$build" && DESTDIR=$dest PREFIX=/usr ninja uninstall) >"$w/uninstall.log" 2>&1
    status=$?
    left=`installed_files "$dest"`
    test $status -eq 0 && test -z "$left"
    result $? "$label: uninstall leaves no file${left:+ (left: $left)}"

    (cd "$build" && ninja clean) >"$w/clean.log" 2>&1
    status=$?
    left=`cd "$build" && find . ! -type d -print | sed 's|^\./||' |
          grep -v -e '^\.ninja_' -e '^build\.ninja$' -e '^\.kindler' | LC_ALL=C sort`
    test $status -eq 0 && test -z "$left"
    result $? "$label: ninja clean removes every object and artifact${left:+ (left: `echo $left`)}"
  done
done
finish
