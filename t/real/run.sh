#!/bin/sh
# real/run.sh: the real-projects lane. Kindler on projects that nobody here
# wrote, as their npm packages ship them: for each project it
#   fetch       npm pack NAME@VERSION (pinned, with the tarball's sha1) into
#               a cache directory, or reuses the tarball already there
#   unpack      unpacks the tarball into a scratch directory and copies our
#               files, examples/real/PROJECT/ (the .kindler file and what
#               the project's own build would generate or what we add), to
#               the root of the unpacked package (package/): the .kindler
#               file's paths start there. None of ours may replace a file
#               of theirs.
# and then, for every make (and ninja, with the ninja export) and every
# toolchain, in a copy of that tree:
#   export      kindler export -Werror -B into a fresh build directory, with
#               the default build type (optimised, -g) for GNU make and
#               gcc, --config plain for the others
#   build       make -j2 succeeds
#   out of tree export and build write nothing in the source tree
#   run         each "$ COMMAND" of t/real/PROJECT/expected-output prints
#               what follows it there (stdout and stderr; a status other
#               than 0 adds "[exit N]"): their own tests and our checks.
#               The commands run in a copy of t/real/PROJECT/ (the sample
#               inputs), with the build directory at ../build.
#   no-op       a second make changes no file and runs no command
#   rebuild     after a file of the sources is touched, the next make
#               changes exactly the build files t/real/PROJECT/rebuild
#               lists for it: blocks of "touch PATH" (PATH from the package
#               root), each followed by those files (the dependency
#               files *.d, *.dep and deps.mk aside; nothing re-exports)
#   install     make install DESTDIR=... PREFIX=/usr installs exactly
#               t/real/PROJECT/expected-install ("MODE PATH [-> TARGET]")
#   uninstall   make uninstall DESTDIR=... leaves no file behind
#
# The projects and their pins:
#   expat        node-expat@2.4.1 (Expat 2.2.1 in deps/libexpat/): libexpat
#                shared and static, xmlwf, its examples, and its tests
#                runtests and runtestspp; run: both test programs, xmlwf on
#                a sample file (canonical output) and on a bad one
#   cmark-gfm    cmark-gfm@0.9.0 (cmark-gfm 0.29.0.gfm.0 in vendor/cmark/):
#                the two libraries and the cmark-gfm program; run: a
#                Markdown sample rendered to HTML, plain and with every GFM
#                extension
#   tree-sitter  tree-sitter@0.25.1 (the runtime in vendor/tree-sitter/lib/):
#                the library and ours/ts-check.c, which parses with a tiny
#                hand-written language and queries the tree
#
# A registry that cannot be reached (no network, refused, a name that does
# not resolve, a timeout, a server error) is a skip with npm's reason, for
# each project whose tarball is not in the cache; so is a missing npm. A
# pinned version the registry does not have, or a tarball whose sha1 is
# not the pinned one, is a failure. A make that is not installed, or a
# toolchain kindler-bootstrap did not cache, is a skip with the reason.
#
# REAL_TOOLCHAINS may name tcc and pcc too (with gcc or clang beside them
# for expat's C++ test), but the projects are not all theirs to build:
# pcc stops on cmark-gfm's latex.c and on tree-sitter's #pragma lines, and
# tree-sitter built by tcc reads uninitialised memory and parses wrongly.
#
# Usage: t/real/run.sh [PROJECT...]    (default: every project)
# Environment: KINDLER_REAL_CACHE (where the tarballs are kept, default
# $HOME/.cache/kindler-real), REAL_MAKES ("make bmake"), REAL_TOOLCHAINS
# ("gcc clang"), REAL_KEEP=1 (keep the scratch directory).
# REAL_MAKES ("make bmake ninja").
# Prints "ok N - ..." / "not ok N - ..." lines and a closing
# "N passed, N failed, N skipped" line; exits 1 on any failure.

here=`dirname "$0"`
top=`cd "$here/../.." && pwd`
real=$top/t/real
kindler=$top/kindler
bootstrap=$top/kindler-bootstrap

makes=${REAL_MAKES:-"make bmake ninja"}
toolchains=${REAL_TOOLCHAINS:-"gcc clang"}
pkgcache=${KINDLER_REAL_CACHE:-${HOME:-/tmp}/.cache/kindler-real}

# NAME SPEC TARBALL SHA1: the sha1 is the registry's dist.shasum.
all_projects='
expat node-expat@2.4.1 node-expat-2.4.1.tgz 1e0848084d46457195967766c29be0cdbb6e2698
cmark-gfm cmark-gfm@0.9.0 cmark-gfm-0.9.0.tgz 198449aaa84306c9033423cb52fc24ea42a36287
tree-sitter tree-sitter@0.25.1 tree-sitter-0.25.1.tgz f0ecf2797ca542a44e38384682dd1250647f25f5
'

. "$top/t/buildlane.sh"

tmp=${TMPDIR:-/tmp}/kindler-real.$$
rm -rf "$tmp"
mkdir -p "$tmp" || exit 1
if test "${REAL_KEEP:-0}" = 1; then
  echo "# scratch directory kept: $tmp"
else
  trap 'rm -rf "$tmp"' 0
fi
trap 'exit 1' HUP INT TERM

start=`date +%s`

# ---- reporting ----------------------------------------------------------
t=0
passed=0
failed=0
skipped=0
pass() { t=`expr $t + 1`; passed=`expr $passed + 1`; echo "ok $t - $*"; }
fail() { t=`expr $t + 1`; failed=`expr $failed + 1`; echo "not ok $t - $*"; }
skip() { t=`expr $t + 1`; skipped=`expr $skipped + 1`; echo "ok $t - # SKIP $*"; }
# detail: a failure's evidence, as TAP comment lines
detail() { sed 's/^/#   /' | head -n 40; }
finish() {
  end=`date +%s`
  echo "# real lane: `expr $end - $start` s"
  echo "$passed passed, $failed failed, $skipped skipped"
  test $failed -eq 0
  exit
}

if test ! -x "$kindler" || test ! -x "$bootstrap"; then
  fail "kindler and kindler-bootstrap are not built (run make first)"
  finish
fi
# The lane runs copies of the programs, with their data (lua/, hints/)
# from the tree: a rebuild of the tree during the run cannot break it.
mkdir -p "$tmp/bin" &&
  cp "$kindler" "$bootstrap" "$tmp/bin/" || exit 1
kindler=$tmp/bin/kindler
bootstrap=$tmp/bin/kindler-bootstrap
KINDLER_HOME=$top
export KINDLER_HOME
# The Makefile runs `kindler export` again when a source changes.
PATH=$tmp/bin:$PATH
export PATH

# Run a command with a time limit when timeout(1) exists: a hung make or
# npm must not hang the lane.
if command -v timeout >/dev/null 2>&1; then
  limit="timeout 300"
  netlimit="timeout 120"
else
  limit=
  netlimit=
fi

# ---- helpers ------------------------------------------------------------

# sha1_of FILE: its sha1 in hex, or nothing without a tool for it
sha1_of() {
  if command -v sha1sum >/dev/null 2>&1; then
    sha1sum "$1" | sed 's/ .*//'
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 1 "$1" | sed 's/ .*//'
  elif command -v openssl >/dev/null 2>&1; then
    openssl sha1 "$1" | sed 's/.*= *//'
  fi
}

# sha1_said SUM: the sha1 as the test line gives it
sha1_said() {
  if test -n "$1"; then echo "sha1 $1"; else echo "sha1 not checked: no sha1 tool"; fi
}

# npm_reason LOG: npm's own words for why it failed, on one line: the
# reason of a failed request, or else its error code, or else its last line
npm_reason() {
  why=`sed -n 's/^npm error .*, reason: //p' "$1" | sed 1q`
  test -n "$why" || why=`sed -n 's/^npm error code //p' "$1" | sed 1q`
  test -n "$why" || why=`grep . "$1" | tail -n 1`
  echo "$why"
}

# npm_unreachable LOG: whether npm failed because the registry could not
# be reached: a network error, a timeout or a server error
npm_unreachable() {
  grep 'ECONNREFUSED\|ENOTFOUND\|EAI_AGAIN\|ETIMEDOUT\|ECONNRESET\|ENETUNREACH\|EHOSTUNREACH\|ESOCKETTIMEDOUT\|ERR_SOCKET_TIMEOUT\|^npm error network \|^npm error code E50[0234]$' "$1" >/dev/null
}


# fetch NAME SPEC TARBALL SHA1: sets tarball to the path of the verified
# tarball in the cache, or reports a skip or a failure and sets it empty
unreachable=
fetch() {
  f_name=$1 f_spec=$2 f_file=$3 f_sha=$4
  tarball=
  cached=$pkgcache/$f_file
  if test -f "$cached"; then
    sum=`sha1_of "$cached"`
    if test -z "$sum" || test "$sum" = "$f_sha"; then
      tarball=$cached
      pass "$f_name: $f_spec from the cache (`sha1_said "$sum"`)"
      return
    fi
    # A damaged tarball (an interrupted copy, say) is fetched again.
    rm -f "$cached"
  fi
  if test -n "$unreachable"; then
    skip "npm registry unreachable: $unreachable ($f_name: no $f_file in $pkgcache)"
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    skip "$f_name: npm is not installed, and $pkgcache has no $f_file"
    return
  fi
  if ! mkdir -p "$pkgcache"; then
    fail "$f_name: npm pack $f_spec: cannot create the cache directory $pkgcache"
    return
  fi
  # npm pack writes into a directory of its own, so that the cache never
  # holds half a tarball; its scripts are not run.
  inbox=$pkgcache/tmp.$$
  rm -rf "$inbox"
  mkdir "$inbox" || { fail "$f_name: cannot write in $pkgcache"; return; }
  (cd "$inbox" && $netlimit npm pack "$f_spec" --ignore-scripts \
     --fetch-retries=1 --fetch-retry-mintimeout=1000 \
     --fetch-retry-maxtimeout=5000 --fetch-timeout=60000) \
    </dev/null >"$tmp/npm-$f_name.log" 2>&1
  status=$?
  if test $status -ne 0 || test ! -f "$inbox/$f_file"; then
    rm -rf "$inbox"
    if test $status -eq 124; then
      unreachable="npm pack $f_spec did not finish in 120 s"
      skip "npm registry unreachable: $unreachable ($f_name: no $f_file in $pkgcache)"
    elif test $status -ne 0 && npm_unreachable "$tmp/npm-$f_name.log"; then
      unreachable="npm pack $f_spec: `npm_reason "$tmp/npm-$f_name.log"`"
      skip "npm registry unreachable: $unreachable ($f_name: no $f_file in $pkgcache)"
    else
      fail "$f_name: npm pack $f_spec (exit $status) writes $f_file"
      detail <"$tmp/npm-$f_name.log"
    fi
    return
  fi
  sum=`sha1_of "$inbox/$f_file"`
  if test -n "$sum" && test "$sum" != "$f_sha"; then
    rm -rf "$inbox"
    fail "$f_name: npm pack $f_spec gives a tarball with sha1 $sum, not the pinned $f_sha"
    return
  fi
  if mv "$inbox/$f_file" "$cached"; then
    rm -rf "$inbox"
    tarball=$cached
    pass "$f_name: npm pack $f_spec into the cache (`sha1_said "$sum"`)"
  else
    rm -rf "$inbox"
    fail "$f_name: cannot move $f_file into $pkgcache"
  fi
}

# unpack NAME TARBALL: unpacks into $tmp/NAME/package and copies our files
# in; sets src to that directory, or reports a failure and sets it empty
unpack() {
  u_name=$1 u_tgz=$2
  src=
  ours=$top/examples/real/$u_name
  mkdir -p "$tmp/$u_name" &&
    (cd "$tmp/$u_name" && gzip -dc "$u_tgz" | tar xf -) >"$tmp/$u_name/unpack.log" 2>&1
  if test $? -ne 0 || test ! -d "$tmp/$u_name/package"; then
    fail "$u_name: unpack `basename "$u_tgz"`"
    detail <"$tmp/$u_name/unpack.log"
    return
  fi
  (cd "$ours" && find . -type f -print | sed 's|^\./||' | LC_ALL=C sort) >"$tmp/$u_name/ours"
  clash=
  while IFS= read -r f; do
    if test -e "$tmp/$u_name/package/$f"; then clash="$clash $f"; fi
  done <"$tmp/$u_name/ours"
  if test -n "$clash"; then
    fail "$u_name: our files would replace files of the package:$clash"
    return
  fi
  while IFS= read -r f; do
    mkdir -p "$tmp/$u_name/package/`dirname "$f"`" &&
      cp "$ours/$f" "$tmp/$u_name/package/$f" || {
      fail "$u_name: copy examples/real/$u_name/$f into the package"
      return
    }
  done <"$tmp/$u_name/ours"
  src=$tmp/$u_name/package
  pass "$u_name: unpacked, with our `wc -l <"$tmp/$u_name/ours" | tr -d ' '` file(s) from examples/real/$u_name/ at its root"
}

# combo NAME MAKE TOOLCHAIN: the whole proof for one build of a project
combo() {
  name=$1 mk=$2 tc=$3
  label="$name $mk $tc"
  w=$tmp/$name/$mk-$tc
  build=$w/build
  mkdir -p "$w"
  cp -R "$src" "$w/src" || { fail "$label: copy the sources"; return; }
  touch "$w/mark.src"

  # export: a Makefile, or for ninja a build.ninja
  exporter=make buildfile=Makefile
  if test $mk = ninja; then exporter=ninja buildfile=build.ninja; fi
  # (--config plain but for GNU make with gcc: an optimised build of every
  # combination would double the lane's time and prove nothing more.)
  config=plain
  if test $mk = make && test $tc = gcc; then config=debugoptimized; fi
  if (cd "$w/src" && $limit "$kindler" export -f "$name.kindler" -B "$build" \
        -e $exporter --toolchain "$tc" --config $config -Werror) >"$w/export.log" 2>&1 &&
     test -f "$build/$buildfile"; then
    pass "$label: export -Werror"
  else
    fail "$label: export -Werror"
    detail <"$w/export.log"
    return
  fi

  # build
  if (cd "$build" && $limit $mk -j2) >"$w/build.log" 2>&1; then
    pass "$label: build ($mk -j2)"
  else
    fail "$label: build ($mk -j2)"
    tail -n 30 "$w/build.log" | detail
    return
  fi

  # out of tree
  (cd "$w/src" && find . -newer "$w/mark.src" -print) >"$w/src.written"
  if test ! -s "$w/src.written"; then
    pass "$label: export and build write nothing in the source tree"
  else
    fail "$label: export and build write nothing in the source tree"
    detail <"$w/src.written"
  fi

  # run: one test per "$ COMMAND" block of expected-output
  mkdir -p "$w/check" "$w/run"
  (cd "$real/$name" && for f in *; do
     case $f in expected-*) ;; *) cp -R "$f" "$w/check/" ;; esac
   done)
  awk -v dir="$w/run" '
    /^\$ / { n++; print substr($0, 3) > (dir "/cmd." n); print > (dir "/want." n); next }
    n { print > (dir "/want." n) }
    END { print n + 0 > (dir "/count") }' "$real/$name/expected-output"
  b=1
  while test $b -le `cat "$w/run/count"`; do
    cmd=`cat "$w/run/cmd.$b"`
    {
      echo "\$ $cmd"
      (cd "$w/check" && $limit sh -c "$cmd") </dev/null 2>&1
      status=$?
      if test $status -ne 0; then echo "[exit $status]"; fi
    } >"$w/run/got.$b"
    if cmp -s "$w/run/want.$b" "$w/run/got.$b"; then
      pass "$label: run: $cmd"
    else
      fail "$label: run: $cmd (- expected, + got)"
      diff "$w/run/want.$b" "$w/run/got.$b" | detail
    fi
    b=`expr $b + 1`
  done

  # no-op
  sleep 1                       # bmake compares whole seconds
  touch "$w/mark.noop"
  (cd "$build" && $limit $mk -j2) >"$w/noop.log" 2>&1
  status=$?
  (cd "$build" && find . ! -type d -newer "$w/mark.noop" -print) >"$w/noop.changed"
  if test $mk = ninja; then
    grep -v '^ninja: no work to do\.$' "$w/noop.log" >"$w/noop.said"
  else
    make_work "$w/noop.log" >"$w/noop.said"
  fi
  if test $status -eq 0 && test ! -s "$w/noop.changed" && test ! -s "$w/noop.said"; then
    pass "$label: no-op: a second $mk changes nothing"
  else
    fail "$label: no-op: a second $mk changes nothing (exit $status)"
    { echo "files changed:"; cat "$w/noop.changed"; echo "make said:"
      cat "$w/noop.log"; } | detail
  fi

  # rebuild, one block per touched file
  if test ! -f "$real/$name/rebuild"; then
    fail "$label: rebuild: no t/real/$name/rebuild"
  fi
  grep -v '^#' "$real/$name/rebuild" 2>/dev/null | grep . | awk -v dir="$w" '
    $1 == "touch" { n++; print $2 > (dir "/touch." n); next }
    { print > (dir "/want." n) }
    END { print n + 0 > (dir "/blocks") }'
  b=1
  while test $b -le `cat "$w/blocks"`; do
    file=`cat "$w/touch.$b"`
    if test ! -f "$w/src/$file"; then
      fail "$label: rebuild: t/real/$name/rebuild names $file, which the sources lack"
      b=`expr $b + 1`
      continue
    fi
    LC_ALL=C sort "$w/want.$b" >"$w/want.sorted" 2>/dev/null
    sleep 1                     # bmake compares whole seconds
    touch "$w/mark.$b"
    touch "$w/src/$file"
    (cd "$build" && $limit $mk -j2) >"$w/rebuild.$b.log" 2>&1
    status=$?
    (cd "$build" && find . ! -type d -newer "$w/mark.$b" -print) | sed 's|^\./||' |
      grep -v -e '\.d$' -e '\.dep$' -e 'deps\.mk$' -e '^\.ninja_' | LC_ALL=C sort >"$w/rebuild.changed"
    if test $status -eq 0 && diff "$w/want.sorted" "$w/rebuild.changed" >"$w/rebuild.diff" 2>&1; then
      pass "$label: rebuild after touching $file"
    else
      fail "$label: rebuild after touching $file (exit $status; - expected, + changed)"
      { cat "$w/rebuild.diff"; echo "make said:"; cat "$w/rebuild.$b.log"; } | detail
    fi
    b=`expr $b + 1`
  done

  # install
  dest=$w/dest
  if test $mk = ninja; then
    (cd "$build" && DESTDIR=$dest PREFIX=/usr $limit ninja install) >"$w/install.log" 2>&1
  else
    (cd "$build" && $limit $mk install DESTDIR="$dest" PREFIX=/usr) >"$w/install.log" 2>&1
  fi
  status=$?
  installed_files "$dest" | LC_ALL=C sort >"$w/install.got"
  LC_ALL=C sort "$real/$name/expected-install" >"$w/install.want"
  if test $status -eq 0 && diff "$w/install.want" "$w/install.got" >"$w/install.diff" 2>&1; then
    pass "$label: install: exactly expected-install"
  else
    fail "$label: install: exactly expected-install (exit $status; - expected, + installed)"
    { cat "$w/install.diff"; echo "make said:"; tail -n 20 "$w/install.log"; } | detail
  fi

  # uninstall
  if test $mk = ninja; then
    (cd "$build" && DESTDIR=$dest PREFIX=/usr $limit ninja uninstall) >"$w/uninstall.log" 2>&1
  else
    (cd "$build" && $limit $mk uninstall DESTDIR="$dest" PREFIX=/usr) >"$w/uninstall.log" 2>&1
  fi
  status=$?
  installed_files "$dest" >"$w/uninstall.left"
  if test $status -eq 0 && test ! -s "$w/uninstall.left"; then
    pass "$label: uninstall leaves no file"
  else
    fail "$label: uninstall leaves no file (exit $status)"
    { echo "left:"; cat "$w/uninstall.left"; echo "make said:"
      cat "$w/uninstall.log"; } | detail
  fi
}

# ---- caches: one kindler-bootstrap run ---------------------------------
cache=$tmp/cache
args=
for tc in $toolchains; do args="$args --compiler $tc"; done
if $limit "$bootstrap" --cache-dir "$cache" $args >"$tmp/bootstrap.log" 2>&1 &&
   ls "$cache"/os_*.bin >/dev/null 2>&1; then
  pass "kindler-bootstrap --cache-dir DIR$args writes the caches"
else
  fail "kindler-bootstrap --cache-dir DIR$args writes the caches"
  detail <"$tmp/bootstrap.log"
  finish
fi
KINDLER_CACHE_DIR=$cache
export KINDLER_CACHE_DIR

# ---- the projects -------------------------------------------------------
if test $# -gt 0; then
  names=$*
  for name in $names; do
    if echo "$all_projects" | grep "^$name " >/dev/null; then :; else
      echo "no real project $name" >&2
      exit 2
    fi
  done
else
  names=`echo "$all_projects" | sed -n 's/ .*//p'`
fi

for name in $names; do
  set -- `echo "$all_projects" | grep "^$name "`
  fetch "$name" "$2" "$3" "$4"
  test -n "$tarball" || continue
  unpack "$name" "$tarball"
  test -n "$src" || continue
  for mk in $makes; do
    why=
    if command -v $mk >/dev/null 2>&1; then
      if test $mk = make && ! make --version 2>/dev/null | grep GNU >/dev/null; then
        why="make is not GNU make"
      fi
    else
      why="$mk is not installed"
    fi
    if test -n "$why"; then
      skip "$name $mk: $why"
      continue
    fi
    for tc in $toolchains; do
      if test ! -f "$cache/compiler_$tc.bin"; then
        why=`grep "^checking $tc " "$tmp/bootstrap.log" 2>/dev/null | tail -n 1`
        skip "$name $mk $tc: kindler-bootstrap cached no toolchain $tc${why:+ ($why)}"
        continue
      fi
      combo "$name" "$mk" "$tc"
    done
  done
done

finish
