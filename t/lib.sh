# lib.sh: what every lane script shares, sourced with `. t/lib.sh`:
# `result STATUS DESCRIPTION` prints "ok N - ..." or "not ok N - ...",
# `skip REASON` prints a skip that says why, and `finish` prints the closing
# "N passed, N failed, N skipped" line and leaves the lane's exit status.
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
