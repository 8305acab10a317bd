#!/bin/sh
# real/run.sh: the real-projects lane. Kindler on projects that nobody here
# wrote, as their npm packages or Debian source packages ship them: for
# each project it
#   fetch       npm pack NAME@VERSION, or the upstream tarball of Debian's
#               source package NAME=VERSION (apt-get source, with lists of
#               its own: the deb lines of this machine's apt sources for
#               Debian's archive, as deb-src), pinned with the tarball's
#               sha1, into a cache directory, or reuses the tarball there
#   unpack      unpacks the tarball into a scratch directory and copies our
#               files, examples/real/PROJECT/ (the .kindler file and what
#               the project's own build would generate or what we add), to
#               the root of the unpacked tree (an npm package's package/,
#               a Debian tarball's one directory): the .kindler file's
#               paths start there. None of ours may replace a file of
#               theirs.
# and then, for each make and toolchain (below), in a copy of that tree:
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
#   test        when t/real/PROJECT/expected-test exists, make test (ninja
#               test) succeeds and prints its PASS/FAIL lines and its
#               "N passed, N failed" line: the project's own tests
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
#   zlib         Debian's zlib 1:1.2.13.dfsg-1: libz shared (with its
#                version script) and static, example and minigzip; test:
#                example, minigzip both ways on a file of the tree
#   bzip2        Debian's bzip2 1.0.8-5: libbz2 shared and static, bzip2 and
#                bzip2recover, the scripts, links and man pages; test: the
#                samples compressed and decompressed, as its Makefile does
#   jansson      Debian's jansson 2.14-2: its two configuration headers
#                made by Kindler, libjansson shared and static; test: every
#                API test and every suite of test/suites/
#
# A registry or archive that cannot be reached (no network, refused, a
# name that does not resolve, a timeout, a server error) is a skip with the
# client's reason, for each project whose tarball is not in the cache; so
# is a missing npm or apt-get, or a machine whose apt sources name no
# Debian archive. A pinned version the registry does not have, or a tarball
# whose sha1 is not the pinned one, is a failure. A make that is not installed, or a
# toolchain kindler-bootstrap did not cache, is a skip with the reason.
#
# REAL_TOOLCHAINS may name tcc and pcc too (with gcc or clang beside them
# for expat's C++ test), but the projects are not all theirs to build:
# pcc stops on cmark-gfm's latex.c and on tree-sitter's #pragma lines, and
# tree-sitter built by tcc reads uninitialised memory and parses wrongly.
#
# Usage: t/real/run.sh [PROJECT...]    (default: every project)
# The makes are GNU make, bmake, Ninja (with the ninja export) and the
# legacy makes pdpmake (strict mode), Sun make and its System V mode
# (t/legacy.sh finds or builds them from ../shared/legacy-tools). Each
# make builds each project with one toolchain, the toolchains taking turns
# (GNU make gcc, bmake clang, ninja gcc, pdpmake clang, ...): every make
# and every toolchain builds every project, in half the time of every
# pair, which REAL_MATRIX=full builds.
#
# Environment: KINDLER_REAL_CACHE (where the tarballs are kept, default
# $HOME/.cache/kindler-real), REAL_MAKES ("make bmake ninja pdpmake sunmake
# svr4make"), REAL_TOOLCHAINS ("gcc clang"), REAL_MATRIX (pairs or full),
# REAL_JOBS (combinations run at once, default 3), REAL_KEEP=1 (keep the
# scratch directory).
# Prints "ok N - ..." / "not ok N - ..." lines and a closing
# "N passed, N failed, N skipped" line; exits 1 on any failure.

here=`dirname "$0"`
top=`cd "$here/../.." && pwd`
real=$top/t/real
kindler=$top/kindler
bootstrap=$top/kindler-bootstrap

makes=${REAL_MAKES:-"make bmake ninja pdpmake sunmake svr4make"}
toolchains=${REAL_TOOLCHAINS:-"gcc clang"}
matrix=${REAL_MATRIX:-pairs}
pkgcache=${KINDLER_REAL_CACHE:-${HOME:-/tmp}/.cache/kindler-real}

# NAME FROM SPEC TARBALL SHA1: FROM is npm (the sha1 is the registry's
# dist.shasum) or deb (a Debian source package's upstream tarball).
all_projects='
expat npm node-expat@2.4.1 node-expat-2.4.1.tgz 1e0848084d46457195967766c29be0cdbb6e2698
cmark-gfm npm cmark-gfm@0.9.0 cmark-gfm-0.9.0.tgz 198449aaa84306c9033423cb52fc24ea42a36287
tree-sitter npm tree-sitter@0.25.1 tree-sitter-0.25.1.tgz f0ecf2797ca542a44e38384682dd1250647f25f5
zlib deb zlib=1:1.2.13.dfsg-1 zlib_1.2.13.dfsg.orig.tar.bz2 4fec854a7c5fe543e44c12afa365642c0e6b5ded
bzip2 deb bzip2=1.0.8-5 bzip2_1.0.8.orig.tar.gz bf7badf7e248e0ecf465d33c2f5aeec774209227
jansson deb jansson=2.14-2 jansson_2.14.orig.tar.gz c3c2b631864eca28de482e51fc027c9cd276eb67
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
# Inside a job (a combination run in the background, below) the lines go
# to the job's file unnumbered, and replay numbers and counts them.
job=
pass() {
  if test -n "$job"; then echo "ok - $*"; return; fi
  t=`expr $t + 1`; passed=`expr $passed + 1`; echo "ok $t - $*"
}
fail() {
  if test -n "$job"; then echo "not ok - $*"; return; fi
  t=`expr $t + 1`; failed=`expr $failed + 1`; echo "not ok $t - $*"
}
skip() {
  if test -n "$job"; then echo "ok - # SKIP $*"; return; fi
  t=`expr $t + 1`; skipped=`expr $skipped + 1`; echo "ok $t - # SKIP $*"
}
# replay FILE: a job's lines, numbered and counted
replay() {
  while IFS= read -r line; do
    case $line in
      'not ok - '*) fail "${line#not ok - }" ;;
      'ok - # SKIP '*) skip "${line#ok - \# SKIP }" ;;
      'ok - '*) pass "${line#ok - }" ;;
      *) echo "$line" ;;
    esac
  done <"$1"
}
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

# npm_get SPEC DIR: npm pack SPEC into DIR; its scripts are not run. The
# exit status is npm's (124: timed out); the log is $tmp/get.log.
npm_get() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed" >"$tmp/get.log"
    return 127
  fi
  (cd "$2" && $netlimit npm pack "$1" --ignore-scripts \
     --fetch-retries=1 --fetch-retry-mintimeout=1000 \
     --fetch-retry-maxtimeout=5000 --fetch-timeout=60000) \
    </dev/null >"$tmp/get.log" 2>&1
}

# deb_sources: this machine's apt sources for Debian's archive (a URI
# ending in /debian), as deb-src entries, on standard output: deb822
# stanzas of sources.list.d/*.sources and one-line entries of *.list.
deb_sources() {
  for f in /etc/apt/sources.list.d/*.sources; do
    test -f "$f" || continue
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
      /(^|\n)Types:[^\n]*deb/ && /(^|\n)URIs:[^\n]*\/debian\/?([ \n]|$)/ {
        sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    test -f "$f" || continue
    awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /=.*\]$/ && $i !~ /\]$/) break
        if ($i ~ /\/debian\/?$/) { $1 = "deb-src"; print } }' "$f"
  done
}

# deb_get SPEC DIR: apt-get source --download-only SPEC into DIR, through
# lists kept in $pkgcache/apt (made once per run), never the machine's.
deb_lists=
deb_get() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not installed" >"$tmp/get.log"
    return 127
  fi
  apt=$pkgcache/apt
  aptopts="-o Dir::Etc::SourceList=$apt/none.list -o Dir::Etc::SourceParts=$apt/sources
    -o Dir::State::Lists=$apt/lists -o Dir::Cache=$apt/cache -o Debug::NoLocking=1
    -o APT::Sandbox::User=`id -un`"
  if test -z "$deb_lists"; then
    rm -rf "$apt"
    mkdir -p "$apt/sources" "$apt/lists/partial" "$apt/cache/archives/partial" &&
      : >"$apt/none.list" || return 1
    deb_sources >"$apt/sources/debian.sources"
    if test ! -s "$apt/sources/debian.sources"; then
      echo "the apt sources of this machine name no Debian archive" >"$tmp/get.log"
      return 127
    fi
    $netlimit apt-get $aptopts update </dev/null >"$tmp/get.log" 2>&1 || return
    deb_lists=yes
  fi
  (cd "$2" && $netlimit apt-get $aptopts source --download-only "$1") \
    </dev/null >"$tmp/get.log" 2>&1
}

# get_reason FROM: the client's own words for why it failed, on one line
get_reason() {
  why=
  if test $1 = npm; then
    why=`sed -n 's/^npm error .*, reason: //p' "$tmp/get.log" | sed 1q`
    test -n "$why" || why=`sed -n 's/^npm error code //p' "$tmp/get.log" | sed 1q`
  else
    why=`grep '^[EW]: ' "$tmp/get.log" | sed 1q`
  fi
  test -n "$why" || why=`grep . "$tmp/get.log" | tail -n 1`
  echo "$why"
}

# get_unreachable FROM: whether the client failed because the registry or
# archive could not be reached: a network error, a timeout, a server error
get_unreachable() {
  if test $1 = npm; then
    grep 'ECONNREFUSED\|ENOTFOUND\|EAI_AGAIN\|ETIMEDOUT\|ECONNRESET\|ENETUNREACH\|EHOSTUNREACH\|ESOCKETTIMEDOUT\|ERR_SOCKET_TIMEOUT\|^npm error network \|^npm error code E50[0234]$' "$tmp/get.log" >/dev/null
  else
    grep 'Could not resolve\|Temporary failure resolving\|Could not connect\|Connection failed\|Connection timed out\|Network is unreachable\|50[0234] ' "$tmp/get.log" >/dev/null
  fi
}

# fetch NAME FROM SPEC TARBALL SHA1: sets tarball to the path of the
# verified tarball in the cache, or reports a skip or a failure and sets
# it empty
unreachable_npm=
unreachable_deb=
fetch() {
  f_name=$1 f_from=$2 f_spec=$3 f_file=$4 f_sha=$5
  tarball=
  if test $f_from = npm; then how="npm pack $f_spec"; where="npm registry"
  else how="apt-get source $f_spec"; where="Debian archive"; fi
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
  eval "unreachable=\$unreachable_$f_from"
  if test -n "$unreachable"; then
    skip "$where unreachable: $unreachable ($f_name: no $f_file in $pkgcache)"
    return
  fi
  if ! mkdir -p "$pkgcache"; then
    fail "$f_name: $how: cannot create the cache directory $pkgcache"
    return
  fi
  # The client writes into a directory of its own, so that the cache
  # never holds half a tarball.
  inbox=$pkgcache/tmp.$$
  rm -rf "$inbox"
  mkdir "$inbox" || { fail "$f_name: cannot write in $pkgcache"; return; }
  ${f_from}_get "$f_spec" "$inbox"
  status=$?
  if test $status -ne 0 || test ! -f "$inbox/$f_file"; then
    rm -rf "$inbox"
    if test $status -eq 127; then
      skip "$f_name: `cat "$tmp/get.log"`, and $pkgcache has no $f_file"
    elif test $status -eq 124; then
      eval "unreachable_$f_from=\"$how did not finish in 120 s\""
      skip "$where unreachable: $how did not finish in 120 s ($f_name: no $f_file in $pkgcache)"
    elif test $status -ne 0 && get_unreachable $f_from; then
      why="$how: `get_reason $f_from`"
      eval "unreachable_$f_from=\$why"
      skip "$where unreachable: $why ($f_name: no $f_file in $pkgcache)"
    else
      fail "$f_name: $how (exit $status) writes $f_file"
      detail <"$tmp/get.log"
    fi
    return
  fi
  sum=`sha1_of "$inbox/$f_file"`
  if test -n "$sum" && test "$sum" != "$f_sha"; then
    rm -rf "$inbox"
    fail "$f_name: $how gives a tarball with sha1 $sum, not the pinned $f_sha"
    return
  fi
  if mv "$inbox/$f_file" "$cached"; then
    rm -rf "$inbox"
    tarball=$cached
    pass "$f_name: $how into the cache (`sha1_said "$sum"`)"
  else
    rm -rf "$inbox"
    fail "$f_name: cannot move $f_file into $pkgcache"
  fi
}

# unpack NAME TARBALL: unpacks into $tmp/NAME/tree (the tarball's one
# top directory, package/ for npm) and copies our files in; sets src to
# that directory, or reports a failure and sets it empty
unpack() {
  u_name=$1 u_tgz=$2
  src=
  ours=$top/examples/real/$u_name
  case $u_tgz in
    *.bz2) unzip=bzip2 ;;
    *.xz) unzip=xz ;;
    *) unzip=gzip ;;
  esac
  mkdir -p "$tmp/$u_name/x" &&
    (cd "$tmp/$u_name/x" && $unzip -dc "$u_tgz" | tar xf -) >"$tmp/$u_name/unpack.log" 2>&1
  status=$?
  set -- "$tmp/$u_name/x"/*
  if test $status -ne 0 || test $# -ne 1 || test ! -d "$1"; then
    fail "$u_name: unpack `basename "$u_tgz"` into one directory"
    { ls "$tmp/$u_name/x"; cat "$tmp/$u_name/unpack.log"; } | detail
    return
  fi
  mv "$1" "$tmp/$u_name/tree" || { fail "$u_name: unpack: cannot rename $1"; return; }
  (cd "$ours" && find . -type f -print | sed 's|^\./||' | LC_ALL=C sort) >"$tmp/$u_name/ours"
  clash=
  while IFS= read -r f; do
    if test -e "$tmp/$u_name/tree/$f"; then clash="$clash $f"; fi
  done <"$tmp/$u_name/ours"
  if test -n "$clash"; then
    fail "$u_name: our files would replace files of the package:$clash"
    return
  fi
  while IFS= read -r f; do
    mkdir -p "$tmp/$u_name/tree/`dirname "$f"`" &&
      cp "$ours/$f" "$tmp/$u_name/tree/$f" || {
      fail "$u_name: copy examples/real/$u_name/$f into the package"
      return
    }
  done <"$tmp/$u_name/ours"
  src=$tmp/$u_name/tree
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
  if (cd "$build" && $limit $mp -j2) >"$w/build.log" 2>&1; then
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

  # test: the project's own tests, through make test
  if test -f "$real/$name/expected-test"; then
    (cd "$build" && $limit $mp test) >"$w/test.log" 2>&1
    status=$?
    grep -e '^PASS: ' -e '^FAIL: ' -e ' passed, .* failed$' "$w/test.log" >"$w/test.got"
    if test $status -eq 0 && cmp -s "$real/$name/expected-test" "$w/test.got"; then
      pass "$label: $mk test: `tail -n 1 "$w/test.got"`"
    else
      fail "$label: $mk test prints expected-test (exit $status; - expected, + got)"
      { diff "$real/$name/expected-test" "$w/test.got"; echo "$mk said:"
        tail -n 20 "$w/test.log"; } | detail
    fi
  fi

  # no-op
  sleep 1                       # bmake compares whole seconds
  touch "$w/mark.noop"
  (cd "$build" && $limit $mp -j2) >"$w/noop.log" 2>&1
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
    (cd "$build" && $limit $mp -j2) >"$w/rebuild.$b.log" 2>&1
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
    (cd "$build" && $limit $mp DESTDIR="$dest" PREFIX=/usr install) >"$w/install.log" 2>&1
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
    (cd "$build" && $limit $mp DESTDIR="$dest" PREFIX=/usr uninstall) >"$w/uninstall.log" 2>&1
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

# ---- makes and toolchains -----------------------------------------------
# make_program NAME: the command that runs make NAME (a legacy make from
# t/legacy.sh, else the one of that name on PATH), or nothing
make_program() {
  case $1 in
    pdpmake) echo "$legacy_pdpmake" ;;
    sunmake) echo "$legacy_sunmake" ;;
    svr4make) echo "$legacy_svr4make" ;;
    *) if command -v $1 >/dev/null 2>&1; then echo $1; fi ;;
  esac
}

# is_legacy NAME: NAME is one of the legacy makes
is_legacy() {
  case $1 in pdpmake|sunmake|svr4make) return 0 ;; esac
  return 1
}

# toolchains_for MAKE TURN: the toolchains a project is built with under
# MAKE, the TURNth make of the list: every one with REAL_MATRIX=full, else
# one, taking turns.
toolchains_for() {
  if test "$matrix" = full; then echo $toolchains; return; fi
  t_turn=$2
  set -- $toolchains
  shift `expr $t_turn % $#`
  echo $1
}

legacy_skip=
for mk in $makes; do
  if is_legacy $mk; then . "$top/t/legacy.sh"; break; fi
done

# ---- jobs: REAL_JOBS combinations at once --------------------------------
# Most of a combination is waiting (the one-second pauses whole-second
# makes need, tests, installs), so several run at once. Each project's
# combinations join the queue ($tmp/queue, "I NAME MAKE TOOLCHAIN") once it
# is unpacked; REAL_JOBS workers take them in turn (mkdir is atomic), each
# the next that no other took, until the queue is closed and empty. Their
# lines are replayed in the order of the queue.
jobs=${REAL_JOBS:-3}
case $jobs in ''|*[!0-9]*|0) jobs=1 ;; esac
mkdir -p "$tmp/jobs" || exit 1
: >"$tmp/queue"
queued=0
# queue NAME MAKE TOOLCHAIN: adds a combination to the queue
queue() {
  queued=`expr $queued + 1`
  echo "$queued $1 $2 $3" >>"$tmp/queue"
}
# worker K: runs combinations of the queue until it is closed and empty
worker() {
  while :; do
    closed=no
    test -f "$tmp/queue.closed" && closed=yes
    while read qi qname qmk qtc; do
      mkdir "$tmp/jobs/$qi.taken" 2>/dev/null || continue
      src=$tmp/$qname/tree
      mp=`make_program $qmk`
      (job=yes; combo "$qname" "$qmk" "$qtc") >"$tmp/jobs/$qi.tap" 2>&1 </dev/null
      : >"$tmp/jobs/$qi.done"
    done <"$tmp/queue"
    test $closed = yes && break
    sleep 1
  done
  : >"$tmp/jobs/worker.$1.end"
}
# replay_jobs: closes the queue, then replays each combination's lines in
# the queue's order as it finishes
replay_jobs() {
  : >"$tmp/queue.closed"
  while read qi qname qmk qtc; do
    while test ! -f "$tmp/jobs/$qi.done"; do
      # a worker that died leaves its combination unreported
      if test `ls "$tmp/jobs"/worker.*.end 2>/dev/null | wc -l` -ge $jobs &&
         test ! -f "$tmp/jobs/$qi.done"; then
        echo "not ok - $qname $qmk $qtc: the combination reported nothing (its worker died)" >>"$tmp/jobs/$qi.tap"
        break
      fi
      sleep 1
    done
    replay "$tmp/jobs/$qi.tap"
  done <"$tmp/queue"
  wait
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

k=1
while test $k -le $jobs; do
  worker $k &
  k=`expr $k + 1`
done

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
  fetch "$name" "$2" "$3" "$4" "$5"
  test -n "$tarball" || continue
  unpack "$name" "$tarball"
  test -n "$src" || continue
  turn=0
  for mk in $makes; do
    mp=`make_program $mk`
    why=
    if test -z "$mp"; then
      if is_legacy $mk; then why=$legacy_skip; else why="$mk is not installed"; fi
    elif test $mk = make && ! make --version 2>/dev/null | grep GNU >/dev/null; then
      why="make is not GNU make"
    fi
    if test -n "$why"; then
      skip "$name $mk: $why"
      continue
    fi
    for tc in `toolchains_for $mk $turn`; do
      if test ! -f "$cache/compiler_$tc.bin"; then
        why=`grep "^checking $tc " "$tmp/bootstrap.log" 2>/dev/null | tail -n 1`
        skip "$name $mk $tc: kindler-bootstrap cached no toolchain $tc${why:+ ($why)}"
        continue
      fi
      queue "$name" "$mk" "$tc"
    done
    turn=`expr $turn + 1`
  done
done
replay_jobs

finish
