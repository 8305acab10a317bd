#!/bin/sh
# says.sh: what kindler prints when nothing goes wrong (kindler(1): check,
# export, -q, -v, explain, cache show). Success is visible without noise:
# export ends with one line naming what it wrote, check with "ok" or the
# count of warnings; -q silences both, -v shows each step and file. It also
# holds explain to the forms of a code a person writes, and cache show to
# listing the caches when a name is unknown.
# Usage: t/says.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start says "$1"

lane_caches "$bootstrap" "$scratch/cache" || { finish; exit; }
cp -R "$top/examples/hello" "$scratch/hello" || exit 1
cd "$scratch/hello" || exit 1

# says WHAT WANT COMMAND...: COMMAND succeeds and its standard output is
# exactly WANT (lines separated by \n in the argument).
says() {
  what=$1 want=$2
  shift 2
  "$@" >"$scratch/out" 2>"$scratch/err"
  status=$?
  printf '%s\n' "$want" | sed '/^$/d' >"$scratch/want"
  test $status -eq 0 && cmp -s "$scratch/want" "$scratch/out"
  result $? "$what"
  if ! cmp -s "$scratch/want" "$scratch/out"; then
    diff "$scratch/want" "$scratch/out" | sed 's/^/#   /'
  fi
}

says "export ends with the file it wrote and the build's size" \
  "kindler: wrote build/Makefile (2 targets, 2 objects)" \
  "$kindler" export -B build
says "export with two exporters names both main files" \
  "kindler: wrote b2/Makefile and b2/build.ninja (2 targets, 2 objects)" \
  "$kindler" export -B b2 -e make -e ninja
says "an export that changes nothing says it is up to date" \
  "kindler: up to date: b3/compile_commands.json (2 targets, 2 objects)" \
  sh -c '"$0" export -q -B b3 -e compdb && "$0" export -B b3 -e compdb' "$kindler"
says "export -q prints nothing" "" "$kindler" export -q -B build
says "export -v prints each step and each file" "kindler: read hello.kindler
kindler: validated the structure and the meaning
kindler: normalized for linux's caches
kindler: planned 2 targets, 2 objects
kindler: exporter compdb: compile_commands.json
kindler: wrote b4/compile_commands.json
kindler: wrote b4/compile_commands.json (2 targets, 2 objects)" \
  "$kindler" export -v -B b4 -e compdb
says "check says ok" "kindler: hello.kindler: ok" "$kindler" check
says "check -q prints nothing" "" "$kindler" check -q

# A project with one warning (an unknown key, KIN-901).
sed 's/^project {/project {\n    colour = "blue";/' hello.kindler >warn.kindler
says "check counts the warnings" "kindler: warn.kindler: 1 warning" \
  "$kindler" check -f warn.kindler

# explain: KIN-901, kin-901 and 901 are one code.
"$kindler" explain KIN-901 >"$scratch/explain.want" 2>&1
for form in kin-901 901; do
  "$kindler" explain $form >"$scratch/explain.got" 2>&1
  cmp -s "$scratch/explain.want" "$scratch/explain.got"
  result $? "explain $form is explain KIN-901"
done
"$kindler" explain 9999 >/dev/null 2>&1
test $? -eq 2
result $? "explain 9999 is a usage error (exit 2)"

# cache show of an unknown name: a usage error listing the caches.
"$kindler" cache show nosuch >"$scratch/out" 2>&1
status=$?
test $status -eq 2 && grep "there are: os linux; compiler gcc; facts gcc" "$scratch/out" >/dev/null
result $? "cache show nosuch lists the caches there are (exit $status)"
sed 's/^/#   /' "$scratch/out"

finish
