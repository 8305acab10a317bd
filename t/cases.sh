#!/bin/sh
# cases.sh: the case lane. Each folder t/cases/NAME/ holds one .kindler file
# and one or more expected outputs, compared byte for byte:
#   check.expected       `kindler check` diagnostics (stderr), then "exit N"
#   dump.expected        `kindler dump --stage parsed` (stdout), then "exit N"
#   normalized.expected  `kindler dump --stage normalized`, then "exit N"
# An optional file `args` adds options to every command of the case (one
# line, such as -Werror). Adding a case is adding a folder.
# Usage: t/cases.sh KINDLER [--update]   (--update rewrites the expected
# files from the current output: review the diff before committing it).
# Prints "ok N - ..." / "not ok N - ..." lines and a closing
# "N passed, N failed" line; exits 1 on any failure.

kindler=$1
update=$2
case $kindler in
  /*) ;;
  *) kindler=`pwd`/$kindler ;;
esac
here=`dirname "$0"`
cases=`cd "$here/cases" && pwd`
out=${TMPDIR:-/tmp}/kindler-cases.$$
mkdir -p "$out" || exit 1
trap 'rm -rf "$out"' 0 1 2 15

passed=0
failed=0
n=0

# run DIR KIND: runs the command for KIND in DIR, output and status to $out/got
run() {
  dir=$1
  kind=$2
  file=`cd "$dir" && ls *.kindler 2>/dev/null | head -n 1`
  extra=
  if test -f "$dir/args"; then extra=`cat "$dir/args"`; fi
  case $kind in
    check) (cd "$dir" && "$kindler" check -f "$file" $extra) >/dev/null 2>"$out/got" ;;
    dump) (cd "$dir" && "$kindler" dump --stage parsed -f "$file" $extra) >"$out/got" 2>"$out/err" ;;
    normalized) (cd "$dir" && "$kindler" dump --stage normalized -f "$file" $extra) >"$out/got" 2>"$out/err" ;;
  esac
  echo "exit $?" >>"$out/got"
}

for dir in "$cases"/*; do
  test -d "$dir" || continue
  name=`basename "$dir"`
  for expected in "$dir"/*.expected; do
    test -f "$expected" || continue
    kind=`basename "$expected" .expected`
    n=`expr $n + 1`
    run "$dir" "$kind"
    if test "$update" = --update; then
      cp "$out/got" "$expected"
    fi
    if cmp -s "$out/got" "$expected"; then
      echo "ok $n - $name/$kind"
      passed=`expr $passed + 1`
    else
      echo "not ok $n - $name/$kind"
      diff -u "$expected" "$out/got" | sed 's/^/#   /' | head -n 40
      failed=`expr $failed + 1`
    fi
  done
done

echo "$passed passed, $failed failed"
test $failed -eq 0
