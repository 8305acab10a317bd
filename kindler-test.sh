# kindler-test.sh for kindler, written by Kindler 0.1.0 from kindler.kindler.
# Runs the project's tests in the build directory (make test, ninja test);
# SRCDIR names the source tree.
SRCDIR=${SRCDIR-.}
passed=0
failed=0
run() {
  name=$1
  want=$2
  log=$3
  input=$4
  expect=$5
  out=$6
  shift; shift; shift; shift; shift; shift
  if test -n "$expect"; then
    "$@" <"$input" >"$out" 2>"$log"
  else
    "$@" <"$input" >"$log" 2>&1
  fi
  status=$?
  why=
  if test "$status" -ne "$want"; then
    why="exit status $status, expected $want; its output is in $log"
  elif test -n "$expect"; then
    cmp -s "$expect" "$out" || why="its output, in $out, differs from $expect"
  fi
  if test -z "$why"; then
    passed=`expr $passed + 1`
    echo "PASS: $name"
  else
    failed=`expr $failed + 1`
    echo "FAIL: $name ($why)"
  fi
}

run unit-tests 0 unit-tests.dir/test.log /dev/null '' unit-tests.dir/test.out ./unit-tests
echo "$passed passed, $failed failed"
test "$failed" -eq 0
