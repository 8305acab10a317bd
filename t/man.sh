#!/bin/sh
# man.sh: every man page is clean under `mandoc -Tlint -Wwarning`.
. "`dirname "$0"`/lib.sh"
if command -v mandoc >/dev/null 2>&1; then :; else
  skip "mandoc is not installed (Debian: apt-get install mandoc)"
  finish
  exit
fi
for page in man/*.[1-9]; do
  mandoc -Tlint -Wwarning "$page"
  result $? "$page is clean under mandoc -Tlint -Wwarning"
done
finish
