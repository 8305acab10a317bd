#!/bin/sh
# t/port/lib.sh: helpers for the portcheck lanes (sourced by them, not run).
# A lane sets `here` to its own directory before sourcing this file.
#
#   top        the tree the lane proves (here/../..)
#   work       scratch directory shared by the lanes of one `make portcheck`
#              run ($PORT_WORK, set by t/port/run.sh); a lane run alone
#              makes its own and removes it when done (PORT_KEEP=1 keeps it)
#   ok/not_ok/skip/finish   TAP lines and the closing "N passed" line
#   copy_tree SRC DEST      the project's files only, no build products
#   host_build              the x86_64 (host) build, made once per run
#   locked NAME FUNCTION    FUNCTION under a lock: lanes run at once share
#   le_caches               caches written by the host kindler-bootstrap

top=`cd "$here/../.." && pwd`
n=0
passed=0
failed=0
skipped=0

if test -n "$PORT_WORK"; then
  work=$PORT_WORK
else
  work=${TMPDIR:-/tmp}/kindler-port.$$
  rm -rf "$work"
  mkdir -p "$work" || exit 1
  if test "$PORT_KEEP" = 1; then
    trap 'echo "# scratch kept in $work"' 0
  else
    trap 'rm -rf "$work"' 0
  fi
  trap 'exit 1' HUP INT TERM
fi

ok() { n=`expr $n + 1`; passed=`expr $passed + 1`; echo "ok $n - $*"; }
skip() { n=`expr $n + 1`; skipped=`expr $skipped + 1`; echo "ok $n - # SKIP $*"; }
# not_ok DESCRIPTION [FILE]: FILE's last lines follow as diagnostics
not_ok() {
  n=`expr $n + 1`
  failed=`expr $failed + 1`
  echo "not ok $n - $1"
  if test -n "$2" && test -f "$2"; then tail -n 30 "$2" | sed 's/^/#   /'; fi
}
# finish: the closing line; exit status 1 when anything failed
finish() {
  echo "$passed passed, $failed failed, $skipped skipped"
  test $failed -eq 0
  exit
}
have() { command -v "$1" >/dev/null 2>&1; }
# make_version MAKE: "GNU Make 4.3", "bmake 20200710", or MAKE
make_version() {
  mv_v=`$1 -f /dev/null --version 2>/dev/null | sed 1q`
  case $mv_v in
    GNU*) echo "$mv_v" ;;
    *) mv_v=`$1 -f /dev/null -V MAKE_VERSION 2>/dev/null`
       case $mv_v in ''|*'$'*) echo "$1" ;; *) echo "$1 $mv_v" ;; esac ;;
  esac
}
now() { date +%s; }

# copy_tree SRC DEST: copies the project's files from SRC to DEST (made
# here). In a git work tree: the files git tracks plus the new ones it
# does not ignore (what `make check` sees), never build products. Else
# (a snapshot or a tarball): everything, less the build products.
copy_tree() {
  mkdir -p "$2" || return 1
  if test -d "$1/.git" && have git; then
    (cd "$1" && git -c core.quotepath=off ls-files -c -o --exclude-standard) |
    while IFS= read -r f; do
      test -f "$1/$f" || continue    # deleted, not yet committed
      d=`dirname "$f"`
      mkdir -p "$2/$d" && cp -p "$1/$f" "$2/$f" || exit 1
    done
  else
    (cd "$1" && tar cf - .) | (cd "$2" && tar xf -) || return 1
    (cd "$2" && rm -rf .git t/out config.mk config.mk.tmp kindler kindler-bootstrap \
      unit-tests *.dir/*.o *.dir/*.d *.dir/*.dep *.dir/deps.mk *.dir/tmp.* \
      examples/*/build)
  fi
}

# locked NAME FUNCTION: FUNCTION run under the lock $work/NAME.lock (mkdir
# is atomic): lanes that run at once make what they share once
locked() {
  while ! mkdir "$work/$1.lock" 2>/dev/null; do sleep 1; done
  $2
  lk_status=$?
  rmdir "$work/$1.lock"
  return $lk_status
}

# host_build: $work/host holds kindler, kindler-bootstrap and cachetool
# built for this machine with ./configure.sh && make. Built once per run;
# returns 1 (log in $work/host.log) when that fails.
host_build() { locked host host_build_once; }
host_build_once() {
  if test -f "$work/host.ok"; then return 0; fi
  if test -f "$work/host.failed"; then return 1; fi
  rm -rf "$work/host"
  if copy_tree "$top" "$work/host" >"$work/host.log" 2>&1 &&
      (cd "$work/host" && ./configure.sh && make -j2 kindler kindler-bootstrap) \
        >>"$work/host.log" 2>&1 &&
      (cd "$work/host" && cxx=`sed -n 's/^CXX = //p' config.mk` &&
       $cxx -Isrc -It/bootstrap -o cachetool t/bootstrap/cachetool.cc \
         core.dir/cache_codec.cc.o core.dir/crc32.cc.o) >>"$work/host.log" 2>&1; then
    : >"$work/host.ok"
    return 0
  fi
  : >"$work/host.failed"
  return 1
}

# le_caches: $work/caches-le holds the caches the host kindler-bootstrap
# writes for every compiler hint whose compiler is installed, read from
# $work/host/hints. Once per run; 1 when that fails (log: caches-le.log).
le_caches() { locked caches-le le_caches_once; }
le_caches_once() {
  if test -f "$work/caches-le.ok"; then return 0; fi
  if test -f "$work/caches-le.failed"; then return 1; fi
  host_build || { echo "the host build failed" >"$work/caches-le.log"; : >"$work/caches-le.failed"; return 1; }
  rm -rf "$work/caches-le"
  if (unset KINDLER_CACHE_DIR; "$work/host/kindler-bootstrap" --hints "$work/host/hints" \
        --cache-dir "$work/caches-le" -q) >"$work/caches-le.log" 2>&1 &&
      test -f "$work/caches-le/os_linux.bin"; then
    : >"$work/caches-le.ok"
    return 0
  fi
  : >"$work/caches-le.failed"
  return 1
}

# toolchains DIR: the compiler hints cached in DIR, one line each
toolchains() {
  for f in "$1"/compiler_*.bin; do
    test -f "$f" || continue
    f=`basename "$f" .bin`
    expr "$f" : 'compiler_\(.*\)'
  done
}

# has_cxx DIR: does the project in DIR have C++ sources?
has_cxx() {
  test -n "`find "$1" -type f \( -name '*.cc' -o -name '*.cpp' -o -name '*.cxx' -o -name '*.C' \) -print | sed 1q`"
}

# for_each_export FUNCTION: calls FUNCTION LABEL KIND DIR KFILE TOOLCHAIN
# for every export the tests make: each example (examples/*, KIND example)
# with each toolchain cached in $KINDLER_CACHE_DIR (tcc and pcc only for
# examples without C++), as t/e2e/run.sh exports them; and each export
# case of t/cases (KIND case, TOOLCHAIN empty), as t/cases.sh does.
for_each_export() {
  for fe_dir in "$top"/examples/*; do
    test -d "$fe_dir" || continue
    fe_k=`cd "$fe_dir" && ls *.kindler 2>/dev/null | sed 1q`
    test -n "$fe_k" || continue
    for fe_tc in `toolchains "$KINDLER_CACHE_DIR"`; do
      case $fe_tc in tcc|pcc) if has_cxx "$fe_dir"; then continue; fi ;; esac
      $1 "examples/`basename "$fe_dir"` ($fe_tc)" example "$fe_dir" "$fe_k" "$fe_tc"
    done
  done
  for fe_dir in "$top"/t/cases/*; do
    test -f "$fe_dir/Makefile.expected" || continue
    fe_k=`cd "$fe_dir" && ls *.kindler 2>/dev/null | sed 1q`
    $1 "t/cases/`basename "$fe_dir"`" case "$fe_dir" "$fe_k" ""
  done
}

# export_to KINDLER KIND DIR KFILE TOOLCHAIN DEST: copies DIR to DEST/src and
# exports it there, as the lane of KIND does: an example into DEST/build
# with --toolchain, a case into DEST/src/build with the case's args. The
# diagnostics and "exit N" go to DEST.out. Sets `made` to the Makefile's
# path, empty when none was written.
export_to() {
  rm -rf "$6" "$6.out"
  mkdir -p "$6" && cp -R "$3" "$6/src" || return 1
  case $2 in
    example)
      (cd "$6/src" && "$1" export -f "$4" -B ../build --toolchain "$5") >/dev/null 2>"$6.out"
      echo "exit $?" >>"$6.out"
      made=$6/build/Makefile ;;
    case)
      et_extra=
      if test -f "$3/args"; then et_extra=`cat "$3/args"`; fi
      (cd "$6/src" && "$1" export -f "$4" -B build $et_extra) >/dev/null 2>"$6.out"
      echo "exit $?" >>"$6.out"
      made=$6/src/build/Makefile ;;
  esac
  test -f "$made" || made=
  return 0
}
