#!/bin/sh
# man.sh: the manual. Every man page is clean under `mandoc -Tlint
# -Wwarning`; the README's command list is what `kindler --help` prints;
# every exporter Kindler knows is named by --help and described in
# kindler(1) (these need ./kindler built: a tree without it, such as the
# snapshot `make portcheck` runs the lane in, skips them, saying so).
. "`dirname "$0"`/lib.sh"
tmp=${TMPDIR:-/tmp}/kindler-man.$$
trap 'rm -f "$tmp".*' 0 HUP INT TERM

if command -v mandoc >/dev/null 2>&1; then
  for page in man/*.[1-9]; do
    mandoc -Tlint -Wwarning "$page"
    result $? "$page is clean under mandoc -Tlint -Wwarning"
  done
else
  skip "mandoc is not installed (Debian: apt-get install mandoc)"
fi

if test ! -x ./kindler; then
  skip "kindler is not built in this tree: the README and exporter checks need it"
  finish
  exit
fi

# The commands and exporters, blanks squeezed: from --help, and from the
# README's block (its lines start "kindler " where --help's do not).
./kindler --help | sed -n '/^commands:/,/^global options/p' |
  sed -e '1d' -e '$d' -e '/^$/d' -e 's/^ *//' -e 's/  */ /g' >"$tmp.help"
sed -n '/^    kindler check /,/^      minsize/p' README |
  sed -e '/^$/d' -e 's/^ *//' -e 's/^kindler //' -e 's/  */ /g' >"$tmp.readme"
diff "$tmp.help" "$tmp.readme" >"$tmp.diff" && test -s "$tmp.help"
result $? "the README's command list is kindler --help's"
sed 's/^/#   /' "$tmp.diff"

# The exporters, as `export -e` lists them when it is given an unknown one.
exporters=`./kindler export -f examples/hello/hello.kindler -e '?' 2>&1 | sed -n 's/.*unknown exporter .* (\(.*\)).*/\1/p' |
           sed 's/,//g'`
test -n "$exporters"
result $? "kindler export names its exporters (${exporters:-none})"
for e in $exporters; do
  grep -w "$e" "$tmp.help" >/dev/null
  result $? "kindler --help names the exporter $e"
  grep "^\.BR* $e\( ,\)*$" man/kindler.1 >/dev/null
  result $? "kindler(1) describes the exporter $e"
done
finish
