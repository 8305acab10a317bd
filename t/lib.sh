# lib.sh: what every lane script shares, sourced with `. t/lib.sh`:
# `result STATUS DESCRIPTION` prints "ok N - ..." or "not ok N - ...",
# `skip REASON` prints a skip that says why, and `finish` prints the closing
# "N passed, N failed, N skipped" line and leaves the lane's exit status;
# the helpers below it serve lanes that build the examples.
n=0
failed=0
skipped=0

result() {
  n=`expr $n + 1`
  if test "$1" = 0; then echo "ok $n - $2"
  else echo "not ok $n - $2"; failed=`expr $failed + 1`; fi
}

skip() {
  n=`expr $n + 1`
  skipped=`expr $skipped + 1`
  echo "ok $n - # SKIP $1"
}

finish() {
  echo "`expr $n - $failed - $skipped` passed, $failed failed, $skipped skipped"
  test $failed -eq 0
}

# lane_start NAME KINDLER: what a lane of kindler's sets first: kindler
# (KINDLER, absolute), bootstrap (the kindler-bootstrap beside it), top
# (the tree: the lane runs from there) and scratch, a directory of its own
# (kindler-NAME.PID below TMPDIR) removed when the lane ends
lane_start() {
  kindler=$2
  case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
  bootstrap=`dirname "$kindler"`/kindler-bootstrap
  top=`pwd`
  scratch=${TMPDIR:-/tmp}/kindler-$1.$$
  trap 'rm -rf "$scratch"' 0 HUP INT TERM
  mkdir -p "$scratch" || exit 1
}

# lane_caches BOOTSTRAP DIR [--compiler NAME]...: writes the lane's own
# caches into DIR (gcc unless compilers are named) and exports
# KINDLER_CACHE_DIR=DIR, so the lane never reads what another left in the
# user's or the system's caches. Returns 1 after a skip that says why when
# no gcc was cached: the lane then finishes.
lane_caches() {
  lc_bootstrap=$1 lc_dir=$2
  shift 2
  "$lc_bootstrap" --cache-dir "$lc_dir" ${*:---compiler gcc} >"$lc_dir.log" 2>&1
  if test ! -f "$lc_dir/compiler_gcc.bin"; then
    skip "kindler-bootstrap cached no gcc: `tail -n 1 "$lc_dir.log"`"
    return 1
  fi
  KINDLER_CACHE_DIR=$lc_dir
  export KINDLER_CACHE_DIR
}

# example_file NAME FILE: an example's FILE (examples/NAME/ or t/e2e/NAME/,
# below $top, the tree), or nothing
example_file() {
  if test -f "$top/examples/$1/$2"; then echo "$top/examples/$1/$2"
  elif test -f "$top/t/e2e/$1/$2"; then echo "$top/t/e2e/$1/$2"
  fi
}

# run_command DIR COMMAND: one command of an expected-output, run in DIR,
# its output on stdout and its exit status returned. A lane that runs the
# programs another way (under wine) defines its own after sourcing this.
run_command() {
  (cd "$1" && sh -c "$2") </dev/null 2>&1
}

# run_programs EXPECTED DIR OUT: each "$ COMMAND" of EXPECTED run in DIR
# (run_command), written to OUT as EXPECTED shows it: the command, its
# output, and "[exit N]" when it fails
run_programs() {
  grep '^\$ ' "$1" | sed 's/^\$ //' | while IFS= read -r rp_cmd; do
    printf '$ %s\n' "$rp_cmd"
    run_command "$2" "$rp_cmd"
    rp_status=$?
    if test $rp_status -ne 0; then echo "[exit $rp_status]"; fi
  done >"$3"
}

# expect_output LABEL EXPECTED DIR: the programs of EXPECTED (an example's
# expected-output, or nothing: a skip), run in DIR by run_programs, print
# exactly what it shows
expect_output() {
  if test -z "$2"; then
    skip "$1: no expected-output to compare"
    return
  fi
  run_programs "$2" "$3" "$scratch/expect_output.got"
  diff "$2" "$scratch/expect_output.got" >"$scratch/expect_output.diff" 2>&1
  eo_status=$?
  result $eo_status "$1"
  test $eo_status -eq 0 || sed 's/^/#   /' "$scratch/expect_output.diff" | head -n 20
}
