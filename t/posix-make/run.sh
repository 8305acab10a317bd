#!/bin/sh
# run.sh: the posix-make lane. Proves check.sh right both ways: it passes on
# the project's own Makefile, on every Makefile.expected under t/cases/ (the
# Makefiles `kindler export` writes) and on the POSIX constructs in good/;
# and it fails on every file in bad/, each holding one construct outside
# POSIX.1-2008 (or measured unsafe in doc/portability.md) and naming, in
# `# expect: TEXT` lines, exactly the findings it must produce. Every awk
# found here (mawk, original-awk, nawk, gawk, busybox awk) must give the
# same findings as the default one.
# Usage: t/posix-make/run.sh   (from anywhere)
# Prints "ok N - ..." / "not ok N - ..." and a closing "N passed, N failed".

here=`dirname "$0"`
here=`cd "$here" && pwd`
top=`cd "$here/../.." && pwd`
check="$here/check.sh"
out=${TMPDIR:-/tmp}/kindler-posix-make.$$
mkdir -p "$out" || exit 1
trap 'rm -rf "$out"' 0 1 2 15

n=0
passed=0
failed=0

# result STATUS TEXT [LOGFILE]: one TAP line; the log, indented, on failure.
result() {
  n=`expr $n + 1`
  if test "$1" = 0; then
    echo "ok $n - $2"
    passed=`expr $passed + 1`
  else
    echo "not ok $n - $2"
    if test -n "$3" && test -f "$3"; then sed 's/^/#   /' "$3" | head -n 20; fi
    failed=`expr $failed + 1`
  fi
}

# passes FILE TEXT [-i]: the checker finds nothing in FILE.
passes() {
  sh "$check" $3 "$1" >"$out/log" 2>&1
  result $? "$2" "$out/log"
}

passes "$top/Makefile" "the project's Makefile is strict POSIX make"
if test -f "$top/config.mk"; then
  passes "$top/config.mk" "config.mk (included by the Makefile) is strict POSIX make" -i
fi
passes "$top/mk/tree.mk" "mk/tree.mk (included by the Makefile) is strict POSIX make" -i

# Makefile.expected = the Makefile, then kindler's diagnostics, then
# "exit N" (t/cases.sh): the checker reads the Makefile part only.
for expected in "$top"/t/cases/*/Makefile.expected; do
  test -f "$expected" || continue
  name=`basename \`dirname "$expected"\``
  if sed -n 1p "$expected" | grep '^(no Makefile)$' >/dev/null; then
    continue
  fi
  awk '{ line[NR] = $0 }
    END {
      last = NR
      if (line[last] ~ /^exit [0-9]+$/) last--
      while (last > 0 && (line[last] ~ /^[^ \t]*: (error|warning|advice|note|info) KIN-[0-9]+/ ||
                          line[last] ~ /^    /))
        last--
      for (i = 1; i <= last; i++) print line[i]
    }' "$expected" >"$out/$name.mk"
  passes "$out/$name.mk" "t/cases/$name/Makefile.expected is strict POSIX make"
done

for good in "$here"/good/*.mk; do
  test -f "$good" || continue
  passes "$good" "good/`basename "$good"`: POSIX constructs pass"
done

# fails FILE: exit 1, each `# expect:` text among the findings, no others.
for bad in "$here"/bad/*.mk; do
  test -f "$bad" || continue
  name=bad/`basename "$bad"`
  sh "$check" "$bad" >"$out/got" 2>&1
  status=$?
  sed -n 's/^# expect: //p' "$bad" >"$out/want"
  : >"$out/log"
  if test $status -ne 1; then
    echo "exit status $status, wanted 1" >>"$out/log"
  fi
  while read -r want; do
    grep -F -e ": $want" "$out/got" >/dev/null ||
      echo "missing finding: $want" >>"$out/log"
  done <"$out/want"
  wanted=`wc -l <"$out/want"`
  got=`wc -l <"$out/got"`
  if test $wanted -ne $got; then
    echo "$got findings, wanted $wanted:" >>"$out/log"
    cat "$out/got" >>"$out/log"
  fi
  test -s "$out/log"
  if test $? -eq 0; then result 1 "$name is caught" "$out/log"
  else result 0 "$name is caught (`sed -n 1p "$out/want"`)"; fi
done

sh "$check" "$out/does-not-exist.mk" >/dev/null 2>&1
test $? -eq 2
result $? "an unreadable file is a usage error (exit 2)"

# The same answers from every awk at hand.
sh "$check" "$here"/good/*.mk "$here"/bad/*.mk >"$out/default" 2>&1
for awk in mawk original-awk nawk gawk "busybox awk"; do
  set -- $awk
  command -v "$1" >/dev/null 2>&1 || continue
  if test "$1" = busybox && busybox awk 'BEGIN { exit 0 }' >/dev/null 2>&1; then :
  elif test "$1" = busybox; then continue
  fi
  AWK=$awk sh "$check" "$here"/good/*.mk "$here"/bad/*.mk >"$out/other" 2>&1
  diff "$out/default" "$out/other" >"$out/log" 2>&1
  result $? "$awk gives the same findings as the default awk" "$out/log"
done

echo "$passed passed, $failed failed"
test $failed -eq 0
