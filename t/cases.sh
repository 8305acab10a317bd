#!/bin/sh
# cases.sh: the case lane. Each folder t/cases/NAME/ holds one .kindler file
# and one or more expected outputs, compared byte for byte:
#   check.expected       `kindler check` diagnostics (stderr; this tree and
#                        $HOME read @TOP@ and @HOME@), then "exit N"
#   dump.expected        `kindler dump --stage parsed` (stdout), then "exit N"
#   normalized.expected  `kindler dump --stage normalized`, then "exit N"
#   Makefile.expected    the Makefile `kindler export -B build` writes, then
#                        its diagnostics and "exit N" (run in a scratch copy
#                        of the case, so SRCDIR is always ".."; the program
#                        the KINDLER line names (a wrapper may run another),
#                        the hint files, this tree, the cases' caches and the
#                        build directory read @KINDLER@, @HINTS@, @TOP@,
#                        @CACHE@ and @BUILD@)
#   GNUmakefile.expected, build.ninja.expected, compile_commands.json.expected,
#   kindler.dot.expected
#                        the same for `export -e gmake`, `-e ninja`,
#                        `-e compdb` and `-e dot`
#   kindler-test.sh.expected, PROJECT.pc.in.expected
#                        the test script and the body of the pkg-config
#                        file `export` writes beside the Makefile
#   NAME.h.expected      the config header NAME export writes (below
#                        TARGET.dir/include)
# An optional file `args` adds options to every command of the case (one
# line, such as -Werror). Adding a case is adding a folder.
# Usage: t/cases.sh KINDLER [--update]   (--update rewrites the expected
# files from the current output: review the diff before committing it).
# Prints "ok N - ..." / "not ok N - ..." lines and a closing
# "N passed, N failed" line; exits 1 on any failure.

kindler=$1
update=$2
case $kindler in
  /*) ;;
  *) kindler=`pwd`/$kindler ;;
esac
here=`dirname "$0"`
cases=`cd "$here/cases" && pwd`
top=`cd "$here/.." && pwd`
out=${TMPDIR:-/tmp}/kindler-cases.$$
mkdir -p "$out" || exit 1
trap 'rm -rf "$out"' 0 HUP INT TERM

passed=0
failed=0
n=0

# The caches every case sees: this machine's gcc and clang, probed once per run (the
# expected files assume GCC on Linux, as on the CI machine).
if test -z "$KINDLER_CACHE_DIR"; then
  KINDLER_CACHE_DIR=$out/cache
  export KINDLER_CACHE_DIR
  bootstrap=`dirname "$kindler"`/kindler-bootstrap
  if "$bootstrap" --cache-dir "$KINDLER_CACHE_DIR" --compiler gcc --compiler clang -q >"$out/bootstrap.log" 2>&1; then :; else
    echo "not ok 1 - kindler-bootstrap could not write the cases' caches"
    sed 's/^/#   /' "$out/bootstrap.log"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# run DIR KIND: runs the command for KIND in DIR, output and status to $out/got
run() {
  dir=$1
  kind=$2
  file=`cd "$dir" && ls *.kindler 2>/dev/null | head -n 1`
  # -f names the case's .kindler file; a case without one gives its own
  # -f in args (an empty -f is a usage error).
  set --
  if test -n "$file"; then set -- -f "$file"; fi
  extra=
  if test -f "$dir/args"; then extra=`cat "$dir/args"`; fi
  case $kind in
    check) (cd "$dir" && "$kindler" check "$@" $extra) >/dev/null 2>"$out/err"
      status=$?
      sed -e "s|$top|@TOP@|g" -e "s|$HOME/|@HOME@/|g" "$out/err" >"$out/got"
      echo "exit $status" >>"$out/got"
      return ;;
    dump) (cd "$dir" && "$kindler" dump --stage parsed "$@" $extra) >"$out/got" 2>"$out/err" ;;
    normalized) (cd "$dir" && "$kindler" dump --stage normalized "$@" $extra) >"$out/got" 2>"$out/err" ;;
    Makefile|GNUmakefile|build.ninja|compile_commands.json|kindler.dot|kindler-test.sh|*.pc.in|*.h)
      case $kind in
        Makefile|kindler-test.sh|*.pc.in|*.h) exporter=make ;;
        GNUmakefile) exporter=gmake ;;
        build.ninja) exporter=ninja ;;
        compile_commands.json) exporter=compdb ;;
        kindler.dot) exporter=dot ;;
      esac
      rm -rf "$out/case"
      cp -R "$dir" "$out/case"
      (cd "$out/case" && "$kindler" export "$@" -B build -e $exporter $extra) >/dev/null 2>"$out/err"
      status=$?
      written=$out/case/build/$kind
      case $kind in
        *.h) written=`ls "$out/case/build"/*.dir/include/$kind 2>/dev/null | head -n 1` ;;
      esac
      if test -n "$written" && test -f "$written"; then
        sed -e "s|$out/case/build|@BUILD@|g" -e "s|$KINDLER_CACHE_DIR|@CACHE@|g" \
          -e "s|^KINDLER = .*|KINDLER = @KINDLER@|" -e "s|[^ ]*/hints/os/|@HINTS@/os/|g" \
          -e "s|[^ ]*/hints/compiler/|@HINTS@/compiler/|g" \
          -e "s|$top|@TOP@|g" "$written" >"$out/got"
      else
        echo "(no $kind)" >"$out/got"
      fi
      cat "$out/err" >>"$out/got"
      echo "exit $status" >>"$out/got"
      return ;;
  esac
  echo "exit $?" >>"$out/got"
}

for dir in "$cases"/*; do
  test -d "$dir" || continue
  name=`basename "$dir"`
  for expected in "$dir"/*.expected; do
    test -f "$expected" || continue
    kind=`basename "$expected" .expected`
    n=`expr $n + 1`
    run "$dir" "$kind"
    if test "$update" = --update; then
      cp "$out/got" "$expected"
    fi
    if cmp -s "$out/got" "$expected"; then
      echo "ok $n - $name/$kind"
      passed=`expr $passed + 1`
    else
      echo "not ok $n - $name/$kind"
      diff -u "$expected" "$out/got" | sed 's/^/#   /' | head -n 40
      failed=`expr $failed + 1`
    fi
  done
done

echo "$passed passed, $failed failed"
test $failed -eq 0
