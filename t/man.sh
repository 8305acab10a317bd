#!/bin/sh
# man.sh: every man page is clean under `mandoc -Tlint -Wwarning`.
n=0
failed=0
if command -v mandoc >/dev/null 2>&1; then :; else
  echo "ok 1 - # SKIP mandoc is not installed (Debian: apt-get install mandoc)"
  exit 0
fi
for page in man/*.[1-9]; do
  n=`expr $n + 1`
  if mandoc -Tlint -Wwarning "$page"; then echo "ok $n - $page lint-clean"
  else echo "not ok $n - $page has mandoc warnings"; failed=`expr $failed + 1`; fi
done
echo "`expr $n - $failed` passed, $failed failed"
test $failed -eq 0
