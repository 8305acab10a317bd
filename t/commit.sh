#!/bin/sh
# commit.sh: an export is one change (lua/kindler/commit.lua, kindler(1)
# export). The kill -9 matrix: an export (make, gmake, ninja and compdb at
# once) that changes three files, the Makefile, the GNUmakefile and the
# build.ninja is killed at every step of its commit in turn (KINDLER_FAULT:
# after each file staged, after the journal, after each rename, before the
# journal goes). After each kill the Makefile's makes (GNU make and bmake),
# GNU make reading the GNUmakefile, and ninja each find the old export
# whole, the new one whole, or a stand-in that stops them with a message,
# never a mix; without a journal every file is the old one. Then the next
# export finishes the interrupted one and leaves exactly what an export
# that was never killed leaves, and the program builds and runs. Then
# SIGTERM at random moments of a larger export never leaves a journal
# (the renames run with signals held), and a journal of a live export
# stops a second one with KIN-707.
. t/lib.sh
top=`pwd`
KINDLER=$top/kindler
tmp=${TMPDIR:-/tmp}/kindler-commit.$$
trap 'rm -rf "$tmp"' 0 HUP INT TERM
mkdir -p "$tmp"
lane_caches "$top/kindler-bootstrap" "$tmp/cache" || { finish; exit; }
cp -R examples/hello "$tmp/v1"
cp -R examples/hello "$tmp/v2"
sed 's/"\\"Hello\\""/"\\"Howdy\\""/' examples/hello/hello.kindler >"$tmp/v2/hello.kindler"
build=$tmp/build

export_v() {  # export_v VERSION: exports that version into $build
  (cd "$tmp/$1" && "$KINDLER" export -B "$build" -e make -e gmake -e ninja -e compdb) >"$tmp/out" 2>&1
}

# snapshot [FILE...]: the files named (default: every file an export
# writes), each named, in one text.
snapshot() {
  (cd "$build" && for f in ${*:-Makefile GNUmakefile build.ninja compile_commands.json */compile.flags */link.flags}; do
    test -f "$f" && { echo "== $f"; cat "$f"; }
  done)
}
# What make reads of an export, GNU make of the gmake export, and ninja.
make_files='Makefile */compile.flags */link.flags'
gmake_files='GNUmakefile */compile.flags */link.flags'
ninja_files='build.ninja'

# The references: each version exported into a fresh directory.
for v in v1 v2; do
  rm -rf "$build"
  export_v $v
  snapshot >"$tmp/$v.snap"
  snapshot $make_files >"$tmp/$v.make"
  snapshot $gmake_files >"$tmp/$v.gmake"
  snapshot $ninja_files >"$tmp/$v.ninja"
done
if cmp -s "$tmp/v1.snap" "$tmp/v2.snap"; then
  result 1 "the two versions of the project export differently"
fi

# refuses TOOL: it stops with the stand-in's message (TOOL: a command, its
# words split at blanks).
refuses() {
  (cd "$build" && $1) >"$tmp/tool.out" 2>&1
  test $? -ne 0 && grep 'did not finish (it was killed): run kindler export again' "$tmp/tool.out" >/dev/null
}

have_bmake=no
command -v bmake >/dev/null 2>&1 && have_bmake=yes
have_ninja=no
command -v ninja >/dev/null 2>&1 && have_ninja=yes

# sees NAME FILES TOOL...: what the build tool reading FILES (its build
# file first) finds after a kill: the old export whole, the new one whole,
# or a stand-in that stops it (each TOOL refuses); a mix fails. Sets
# seen to what it found.
sees() {
  s_name=$1 s_files=$2
  shift 2
  first=`echo $s_files | sed 's/ .*//'`
  snapshot $s_files >"$tmp/now.$s_name"
  if grep 'Kindler is putting a new export in place here' "$build/$first" >/dev/null; then
    seen="its stand-in, which stops it"
    for tool in "$@"; do refuses "$tool" || return 1; done
  elif cmp -s "$tmp/now.$s_name" "$tmp/v1.$s_name"; then
    seen="the old export"
  elif cmp -s "$tmp/now.$s_name" "$tmp/v2.$s_name"; then
    seen="the new export"
  else
    seen="a mix of both"
    return 1
  fi
}

points=
for i in 1 2 3 4 5 6 7 8 9 10; do points="$points commit:stage#$i"; done
points="$points commit:journal"
for i in 1 2 3 4 5 6 7 8 9 10; do points="$points commit:rename#$i"; done
points="$points commit:renamed"
killed=0
for point in $points; do
  rm -rf "$build"
  export_v v1
  (cd "$build" && make -s >/dev/null 2>&1)
  (cd "$tmp/v2" && KINDLER_FAULT=$point "$KINDLER" export -B "$build" -e make -e gmake -e ninja -e compdb) \
    >/dev/null 2>&1
  st=$?
  if test $st -ne 137; then
    # The step does not come that many times: the export ran to the end.
    snapshot >"$tmp/now.snap"
    cmp -s "$tmp/now.snap" "$tmp/v2.snap" && ! test -f "$build/.kindler-journal"
    result $? "$point is never reached (exit $st): the export is whole"
    continue
  fi
  killed=`expr $killed + 1`
  journal=no
  test -f "$build/.kindler-journal" && journal=yes
  if test $have_bmake = yes; then
    sees make "$make_files" "make -f Makefile" "bmake -f Makefile"
  else
    sees make "$make_files" "make -f Makefile"
  fi
  st=$?
  said="make sees $seen"
  sees gmake "$gmake_files" make || st=1
  said="$said, GNU make with the GNUmakefile $seen"
  if test $have_ninja = yes; then
    sees ninja "$ninja_files" ninja || st=1
    said="$said, ninja $seen"
  fi
  if test $journal = no; then
    snapshot >"$tmp/now.snap"
    cmp -s "$tmp/now.snap" "$tmp/v1.snap" || st=1
    said="$said; no journal, and every file the old one"
  fi
  result $st "kill -9 at $point: $said"
  export_v v2
  st=$?
  snapshot >"$tmp/now.snap"
  left=`cd "$build" && ls -A . */ | grep -e '\.tmp\.' -e '^\.kindler-journal$'`
  cmp -s "$tmp/now.snap" "$tmp/v2.snap" && test -z "$left" && test $st = 0
  result $? "kill -9 at $point: the next export finishes it: every file as a whole export writes it, nothing left over${left:+ (left: $left)}"
  (cd "$build" && make -s >/dev/null 2>&1 && ./hello) >"$tmp/run.out" 2>&1
  grep Howdy "$tmp/run.out" >/dev/null
  result $? "kill -9 at $point: make builds the new version and it runs"
done
test $killed -ge 20
result $? "the matrix killed the export at $killed steps (6 files and 3 stand-ins staged, the journal, 9 renames, the end)"

# SIGTERM while a larger export commits: the renames finish first. Each
# run exports the other version of a 600-target project, so every run
# changes 601 files; TERM comes 10 ms to 300 ms in (an export takes about
# a third of a second here).
big=$tmp/big
mkdir -p "$big/src"
{
  echo 'project { name = "big"; languages = [ "c99" ]; }'
  i=0
  while test $i -lt 600; do
    echo "int f$i(void) { return $i; }" >"$big/src/f$i.c"
    echo "target \"t$i\" { type = staticlib; language = \"c99\"; sources = [ \"src/f$i.c\" ]; }"
    i=`expr $i + 1`
  done
} >"$big/big1.kindler"
sed 's/c99/c89/g' "$big/big1.kindler" >"$big/big2.kindler"
rm -rf "$build"
(cd "$big" && "$KINDLER" export -f big1.kindler -B "$build") >/dev/null 2>&1
bad=
version=2
for ms in 010 025 040 055 070 085 100 115 130 145 160 175 190 205 220 235 250 265 280 300; do
  (cd "$big" && exec "$KINDLER" export -f big$version.kindler -B "$build") >/dev/null 2>&1 &
  p=$!
  sleep 0.$ms 2>/dev/null || sleep 1
  kill -s TERM $p 2>/dev/null
  wait $p
  test -f "$build/.kindler-journal" && bad="$bad ${ms}ms"
  version=`expr 3 - $version`
done
test -z "$bad"
result $? "SIGTERM at 10 ms to 300 ms into a 600-target export never leaves a journal${bad:+ (left one at$bad)}"

# A journal of an export that is still running: KIN-707, nothing written.
rm -rf "$build"
export_v v1
sleep 60 &
sleeper=$!
printf 'kindler journal 1\npid %d\n' $sleeper >"$build/.kindler-journal"
export_v v2
st=$?
kill $sleeper 2>/dev/null
snapshot >"$tmp/now.snap"
test $st -eq 3 && grep "KIN-707.*another export (process $sleeper)" "$tmp/out" >/dev/null &&
  cmp -s "$tmp/now.snap" "$tmp/v1.snap"
result $? "a journal of a live process: KIN-707 (exit $st), the build directory untouched"

# A journal that is not Kindler's, or renames outside its scheme: refused.
printf 'kindler journal 1\npid 1\nrename ../../etc/passwd.tmp.1.1 ../../etc/passwd\n' >"$build/.kindler-journal"
export_v v2
st=$?
test $st -eq 3 && grep "KIN-707.*cannot be read: line 3" "$tmp/out" >/dev/null
result $? "a journal naming a file outside the build directory: KIN-707 (exit $st), nothing renamed"

# A directory of the build directory that is a symbolic link (a project
# could ship one) leads outside it: nothing is made or written through it.
rm -rf "$build" "$tmp/outside"
mkdir -p "$build" "$tmp/outside"
ln -s "$tmp/outside" "$build/hello.dir"
export_v v1
st=$?
test $st -eq 3 && grep "KIN-707.*hello.dir is a symbolic link" "$tmp/out" >/dev/null &&
  test -z "`ls "$tmp/outside"`" && test ! -f "$build/Makefile"
result $? "a symbolic link in the build directory: KIN-707 (exit $st), nothing written through it or beside it"
rm -rf "$build" "$tmp/v1/build"
ln -s "$tmp/outside" "$tmp/v1/build"
(cd "$tmp/v1" && "$KINDLER" export) >"$tmp/out" 2>&1
st=$?
test $st -eq 3 && grep "KIN-707.*build is a symbolic link" "$tmp/out" >/dev/null &&
  test -z "`ls "$tmp/outside"`"
result $? "a project that ships its default build directory as a symbolic link: KIN-707 (exit $st), nothing written"
finish
