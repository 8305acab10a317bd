#!/bin/sh
# selfhost.sh: the selfhost lane (doc/selfhost.md). Kindler builds itself:
#  - the checked-in Makefile and flag files are what mk/export.sh writes
#    from kindler.kindler now, and kindler.kindler installs every file of
#    lua/ and hints/;
#  - the fixed point, for GNU make and bmake with g++ and clang++: stage 1
#    (this tree's ./kindler, built by ./configure.sh && make) exports the
#    build into a copy of the tree; stage 2 is built there from that
#    export, and its export is byte-identical to stage 1's; stage 3 is
#    built in the same directory from stage 2's export, and its programs
#    are byte-identical to stage 2's. The first pair (GNU make, g++) also
#    runs stage 2's unit tests and the cases lane with stage 2, the others
#    do not (doc/selfhost.md says why);
#  - pdpmake, Sun make and SVR4 make build both programs, configure.sh
#    run under dash, posh, yash and busybox sh.
# Usage: sh t/selfhost.sh   (after ./configure.sh && make, from any place)
top=`dirname "$0"`/..
top=`cd "$top" && pwd`
. "$top/t/lib.sh"
w=${TMPDIR:-/tmp}/kindler-selfhost.$$
rm -rf "$w"
mkdir -p "$w" || exit 1
trap 'rm -rf "$w"' 0
trap 'exit 1' HUP INT TERM

# What mk/export.sh writes besides the deps.mk seeds, below DIR.
exported() { (cd "$1" && ls Makefile kindler-test.sh *.dir/*.flags); }

if test ! -d "$top/.git" || ! command -v git >/dev/null 2>&1; then
  skip "not a git work tree: the lane copies the files git would commit"
  finish; exit
fi
# copy DEST: the files git tracks and those it would add, no build products
copy() {
  mkdir -p "$1" &&
  (cd "$top" && git -c core.quotepath=off ls-files -c -o --exclude-standard |
   while read f; do test -f "$f" && echo "$f"; done | tar cf - -T -) |
  (cd "$1" && tar xf -)
}
lane_caches "$top/kindler-bootstrap" "$w/cache" || { finish; exit; }

# ---- The checked-in export is the export of kindler.kindler ---------------
copy "$w/fresh"
(cd "$w/fresh" && for f in `exported .`; do cksum "$f"; done) >"$w/before"
if sh "$w/fresh/mk/export.sh" "$top/kindler" "$w/fresh" >"$w/export.log" 2>&1; then
  (cd "$w/fresh" && for f in `exported .`; do cksum "$f"; done) >"$w/after"
  if cmp -s "$w/before" "$w/after"; then
    result 0 "the Makefile, kindler-test.sh and flag files are mk/export.sh's export of kindler.kindler"
  else
    result 1 "the Makefile, kindler-test.sh and flag files are mk/export.sh's export of kindler.kindler (run sh mk/export.sh ./kindler and commit what it writes)"
    diff "$w/before" "$w/after" | sed 's/^/#   /'
    diff "$top/Makefile" "$w/fresh/Makefile" | sed 's/^/#   /' | sed 40q
  fi
else
  result 1 "mk/export.sh exports kindler.kindler"
  sed 's/^/#   /' "$w/export.log"
fi
missing=
for f in `cd "$top" && git ls-files lua hints`; do
  grep -F "\"$f\"," "$top/kindler.kindler" >/dev/null || missing="$missing $f"
done
result `test -z "$missing"; echo $?` "kindler.kindler installs every file of lua/ and hints/${missing:+ (missing:$missing)}"

# ---- The legacy makes and the configure lane's shells ------------------------
# Each legacy make builds both programs in a fresh copy, configured under
# one of the shells the configure lane runs configure.sh with (-O0: this
# proves the makes and shells, not the compiler, and takes a third of the
# time).
. "$top/t/legacy.sh"
if test -n "$legacy_skip"; then
  skip "no legacy makes: $legacy_skip"
else
  for pair in "$legacy_pdpmake:dash" "$legacy_sunmake:posh" \
      "$legacy_svr4make:yash -o posixlycorrect" "$legacy_pdpmake:busybox sh"; do
    lmake=`expr "$pair" : '\([^:]*\):'` lsh=`expr "$pair" : '[^:]*:\(.*\)'`
    set -- $lsh
    if ! command -v $1 >/dev/null 2>&1; then skip "$1 is not installed"; continue; fi
    rm -rf "$w/legacy"
    copy "$w/legacy"
    (cd "$w/legacy" && $lsh ./configure.sh CXXFLAGS="-O0 -std=c++98" &&
     $lmake kindler kindler-bootstrap &&
     ./kindler --version) >"$w/legacy.log" 2>&1
    status=$?
    result $status "`basename "$lmake"` builds kindler and kindler-bootstrap, configured under $lsh"
    test $status -eq 0 || tail -n 20 "$w/legacy.log" | sed 's/^/#   /'
  done
fi

# ---- The fixed point ---------------------------------------------------------
# build MAKE LOG: configure.sh and MAKE in the stage directory $w/tree
build() {
  (cd "$w/tree" && ./configure.sh CXX=$cxx && $1 -j2) >"$w/$2" 2>&1
}
# same_export: stage 2's export of $w/tree (in place) is stage 1's, kept in $w/e1
same_export() {
  sh "$w/tree/mk/export.sh" "$w/tree/kindler" "$w/tree" >"$w/e2.log" 2>&1 &&
  for f in `exported "$w/e1"`; do cmp "$w/e1/$f" "$w/tree/$f" || return 1; done
}
for pair in "make g++ full" "bmake g++" "make clang++" "bmake clang++"; do
  set -- $pair
  make=$1 cxx=$2 full=$3
  if ! command -v $make >/dev/null 2>&1 || ! command -v $cxx >/dev/null 2>&1; then
    skip "$make or $cxx is not installed: no fixed point with them"; continue
  fi
  began=`date +%s`
  rm -rf "$w/tree" "$w/e1" "$w/s2"
  copy "$w/tree"
  if ! sh "$w/tree/mk/export.sh" "$top/kindler" "$w/tree" >"$w/e1.log" 2>&1; then
    result 1 "$make, $cxx: stage 1 exports the build"; sed 's/^/#   /' "$w/e1.log"; continue
  fi
  mkdir "$w/e1" && (cd "$w/tree" && tar cf - `exported .`) | (cd "$w/e1" && tar xf -)
  if ! build $make stage2.log; then
    result 1 "$make, $cxx: stage 2 builds from stage 1's export"
    tail -n 20 "$w/stage2.log" | sed 's/^/#   /'; continue
  fi
  result 0 "$make, $cxx: stage 2 builds from stage 1's export"
  if test -n "$full"; then
    if (cd "$w/tree" && $make -j2 unit-tests && ./unit-tests) >"$w/unit.log" 2>&1; then
      result 0 "$make, $cxx: stage 2 passes the unit tests (`tail -n 2 "$w/unit.log" | tr '\n' ' '`)"
    else
      result 1 "$make, $cxx: stage 2 passes the unit tests"; tail -n 20 "$w/unit.log" | sed 's/^/#   /'
    fi
    # (The cases lane probes gcc and clang with stage 2's kindler-bootstrap.)
    if (unset KINDLER_CACHE_DIR; cd "$w/tree" && sh t/cases.sh ./kindler) >"$w/cases.log" 2>&1; then
      result 0 "$make, $cxx: stage 2 passes the cases lane (`tail -n 1 "$w/cases.log"`)"
    else
      result 1 "$make, $cxx: stage 2 passes the cases lane"; grep '^not ok' "$w/cases.log" | sed 's/^/#   /'
    fi
  fi
  if same_export; then
    result 0 "$make, $cxx: stage 2's export is byte-identical to stage 1's"
  else
    result 1 "$make, $cxx: stage 2's export is byte-identical to stage 1's"
    diff "$w/e1/Makefile" "$w/tree/Makefile" | sed 's/^/#   /' | sed 40q
    continue
  fi
  mkdir "$w/s2" && cp "$w/tree/kindler" "$w/tree/kindler-bootstrap" "$w/s2/"
  if (cd "$w/tree" && $make clean) >"$w/clean.log" 2>&1 && build $make stage3.log; then
    different=
    for p in kindler kindler-bootstrap; do
      cmp -s "$w/s2/$p" "$w/tree/$p" || different="$different $p"
    done
    result `test -z "$different"; echo $?` "$make, $cxx: stage 3, built in the same directory from stage 2's export, is byte-identical to stage 2${different:+ (differ:$different)}"
  else
    result 1 "$make, $cxx: stage 3 builds from stage 2's export"
    tail -n 20 "$w/stage3.log" | sed 's/^/#   /'
  fi
  echo "# $make, $cxx: `expr \`date +%s\` - $began` s"
done
finish
