#!/bin/sh
# codes.sh: proves that the KIN catalog (src/codes.cc), `kindler explain`
# and man/kindler-codes.7 agree, and that every code the Lua stages report
# is in the catalog.
# Usage: t/codes.sh KINDLER

. "`dirname "$0"`/lib.sh"
kindler=$1
out=${TMPDIR:-/tmp}/kindler-codes.$$
trap 'rm -f "$out"' 0 HUP INT TERM

"$kindler" explain --man >"$out"
cmp -s "$out" man/kindler-codes.7
result $? "man/kindler-codes.7 is what 'kindler explain --man' prints (regenerate it with: ./kindler explain --man > man/kindler-codes.7)"

codes=`"$kindler" explain | awk '{ print $1 }'`
for code in $codes; do
  "$kindler" explain "$code" >/dev/null 2>&1 &&
    grep "^\.SS $code " man/kindler-codes.7 >/dev/null
  result $? "$code is explained and in kindler-codes(7)"
done

# Every code the Lua and C++ sources name must be in the catalog.
for code in `grep -ohE 'KIN-[0-9]{3}' src/*.cc lua/kindler/*.lua lua/kindler/*/*.lua 2>/dev/null | sort -u`; do
  echo "$codes" | grep "^$code\$" >/dev/null
  result $? "$code used in the sources is in the catalog"
done

finish
