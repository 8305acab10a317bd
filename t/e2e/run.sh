#!/bin/sh
# e2e/run.sh: the end-to-end lane of the make exporter. For every example
# project (examples/NAME/), every make and every compiler toolchain, it
# exports a Makefile, builds it and proves what it built:
#   export      kindler export -B into a fresh build directory
#   build       make -j2 succeeds
#   out of tree export and build write nothing in the source tree
#   run         each program prints its expected-output
#   no-op       a second make changes no file in the build directory
#   rebuild     after a header is touched, exactly the objects that include
#               it (directly or through other headers) are compiled again,
#               and exactly what they feed is linked again
#   install     make install DESTDIR=... PREFIX=/usr installs exactly the
#               expected-install files, with their modes, and builds nothing
#   installed   the installed programs run from DESTDIR (shared libraries
#               found through the run path, with no LD_LIBRARY_PATH)
#   uninstall   make uninstall DESTDIR=... leaves no file behind
#   clean       make clean removes every artifact and object
#   reconfigure for examples with t/e2e/reconfigure/NAME/: each STEP.sh
#               there edits the project (run in the source copy, in name
#               order); then make must build it so that the programs print
#               STEP.expected-output (a make that stops with an error, to
#               have the new Makefile read, may be followed by one more),
#               and a further make must change nothing
#
# Files of an example (in examples/NAME/, or in t/e2e/NAME/ for an example
# this lane does not own):
#   expected-output   "$ COMMAND" lines, each followed by what the command
#                     prints (stdout and stderr) when run in the build
#                     directory; a status other than 0 adds "[exit N]".
#   expected-install  "MODE PATH" per installed file, below DESTDIR
#                     (symbolic links: "MODE PATH -> TARGET"), in any order.
# t/e2e/rebuild/NAME: blocks of "touch PATH" (relative to the example)
#   followed by the build-directory files that must change, nothing else
#   (kindler.stamp, rewritten by the re-export, is always expected).
#
# The makes are GNU make ("make") and bmake; the toolchains gcc and clang
# for every example, tcc and pcc for the examples without C++. A make that
# is not installed, or a toolchain kindler-bootstrap did not cache, is a
# skip with the reason. The caches come from one kindler-bootstrap run
# per lane run.
#
# Usage: t/e2e/run.sh [EXAMPLE...]    (default: every example)
# Environment: E2E_MAKES ("make bmake"), E2E_TOOLCHAINS ("gcc clang tcc
# pcc"), E2E_JOBS (combinations run at once, default 4), E2E_KEEP=1 (keep
# the scratch directory), KINDLER_E2E_CACHE_DIR (development only: use
# these caches instead of running kindler-bootstrap).
# Prints "ok N - ..." / "not ok N - ..." lines and a closing
# "N passed, N failed[, N skipped]" line; exits 1 on any failure.

here=`dirname "$0"`
top=`cd "$here/../.." && pwd`
e2e=$top/t/e2e
kindler=$top/kindler
bootstrap=$top/kindler-bootstrap

makes=${E2E_MAKES:-"make bmake"}
toolchains=${E2E_TOOLCHAINS:-"gcc clang tcc pcc"}
jobs=${E2E_JOBS:-4}
case $jobs in ''|*[!0-9]*|0) jobs=1 ;; esac

. "$top/t/buildlane.sh"

tmp=${TMPDIR:-/tmp}/kindler-e2e.$$
rm -rf "$tmp"
mkdir -p "$tmp/res" || exit 1
if test "${E2E_KEEP:-0}" = 1; then
  echo "# scratch directory kept: $tmp"
else
  trap 'rm -rf "$tmp"' 0
fi
trap 'exit 1' HUP INT TERM

start=`date +%s`

if test ! -x "$kindler" || test ! -x "$bootstrap"; then
  echo "not ok 1 - kindler and kindler-bootstrap are not built (run make first)"
  echo "0 passed, 1 failed"
  exit 1
fi
# The lane runs copies of the programs, with their data (lua/, hints/)
# from the tree: a rebuild of the tree during the run cannot break it.
mkdir -p "$tmp/bin" &&
  cp "$kindler" "$bootstrap" "$tmp/bin/" || exit 1
kindler=$tmp/bin/kindler
bootstrap=$tmp/bin/kindler-bootstrap
KINDLER_HOME=$top
export KINDLER_HOME

# Run a command with a time limit when timeout(1) exists: a hung make must
# not hang the lane.
if command -v timeout >/dev/null 2>&1; then
  limit="timeout 300"
else
  limit=
fi

# The Makefile runs `kindler export` again when a source changes.
PATH=$tmp/bin:$PATH
export PATH

# ---- helpers ------------------------------------------------------------

# meta NAME FILE: the path of an example's FILE, or nothing
meta() {
  if test -f "$top/examples/$1/$2"; then echo "$top/examples/$1/$2"
  elif test -f "$e2e/$1/$2"; then echo "$e2e/$1/$2"
  fi
}

# detail: its input, a failure's evidence, as TAP comment lines
detail() {
  sed 's/^/#   /' | head -n 40
}

# run_programs EXPECTED DIR OUT: runs each "$ COMMAND" of EXPECTED in DIR
run_programs() {
  grep '^\$ ' "$1" | sed 's/^\$ //' | while IFS= read -r cmd; do
    echo "\$ $cmd"
    (cd "$2" && $limit sh -c "$cmd") </dev/null 2>&1
    status=$?
    if test $status -ne 0; then echo "[exit $status]"; fi
  done >"$3"
}

# changed_since MARK: files of the build directory newer than MARK, sorted
changed_since() {
  (cd "$build" && find . ! -type d -newer "$1" -print) | sed 's|^\./||' |
    LC_ALL=C sort
}


# ---- caches: one kindler-bootstrap run per lane run --------------------
# Results before the combinations are numbered 0..: res/0.out and so on.
cache=$tmp/cache
{
  if test -n "$KINDLER_E2E_CACHE_DIR"; then
    cache=$KINDLER_E2E_CACHE_DIR
    echo "PASS kindler-bootstrap # skipped: using the caches in $cache (KINDLER_E2E_CACHE_DIR)"
  else
    args=
    for tc in $toolchains; do args="$args --compiler $tc"; done
    if $limit "$bootstrap" --cache-dir "$cache" $args >"$tmp/bootstrap.log" 2>&1 &&
       ls "$cache"/os_*.bin >/dev/null 2>&1; then
      echo "PASS kindler-bootstrap --cache-dir DIR$args writes the caches"
    else
      echo "FAIL kindler-bootstrap --cache-dir DIR$args writes the caches"
      detail <"$tmp/bootstrap.log"
    fi
  fi
} >"$tmp/res/0.out"
: >"$tmp/res/0.done"
KINDLER_CACHE_DIR=$cache
export KINDLER_CACHE_DIR

# combo N NAME MAKE TOOLCHAIN: the whole proof for one combination, into
# res/N.out ("PASS text", "FAIL text" then "#" lines, or "SKIP reason")
combo() {
  n=$1 name=$2 mk=$3 tc=$4
  label="$name $mk $tc"
  w=$tmp/w/$n
  out=$tmp/res/$n.out
  build=$w/build
  : >"$out"
  if test ! -f "$cache/compiler_$tc.bin"; then
    why=`grep "^checking $tc " "$tmp/bootstrap.log" 2>/dev/null | tail -n 1`
    echo "SKIP $label: kindler-bootstrap cached no toolchain $tc${why:+ ($why)}" >>"$out"
    return
  fi
  mkdir -p "$w"
  cp -R "$top/examples/$name" "$w/src"
  kfile=`cd "$w/src" && ls *.kindler`
  touch "$w/mark.src"

  # export
  if (cd "$w/src" && $limit "$kindler" export -f "$kfile" -B ../build \
        --toolchain "$tc") >"$w/export.log" 2>&1 && test -f "$build/Makefile"; then
    echo "PASS $label: export" >>"$out"
  else
    echo "FAIL $label: export" >>"$out"
    detail <"$w/export.log" >>"$out"
    return
  fi

  # build
  if (cd "$build" && $limit $mk -j2) >"$w/build.log" 2>&1; then
    echo "PASS $label: build" >>"$out"
  else
    echo "FAIL $label: build (make -j2)" >>"$out"
    tail -n 30 "$w/build.log" | detail >>"$out"
    return
  fi

  # out of tree
  (cd "$w/src" && find . -newer "$w/mark.src" -print) >"$w/src.written"
  if test ! -s "$w/src.written"; then
    echo "PASS $label: export and build write nothing in the source tree" >>"$out"
  else
    echo "FAIL $label: export and build write nothing in the source tree" >>"$out"
    detail <"$w/src.written" >>"$out"
  fi

  # run
  expected=`meta "$name" expected-output`
  if test -z "$expected"; then
    echo "FAIL $label: run: no expected-output" >>"$out"
  else
    run_programs "$expected" "$build" "$w/run.got"
    if diff "$expected" "$w/run.got" >"$w/run.diff" 2>&1; then
      echo "PASS $label: run: programs print expected-output" >>"$out"
    else
      echo "FAIL $label: run: programs print expected-output" >>"$out"
      detail <"$w/run.diff" >>"$out"
    fi
  fi

  # no-op
  touch "$w/mark.noop"
  (cd "$build" && $limit $mk -j2) >"$w/noop.log" 2>&1
  status=$?
  changed_since "$w/mark.noop" >"$w/noop.changed"
  make_work "$w/noop.log" >"$w/noop.said"
  if test $status -eq 0 && test ! -s "$w/noop.changed" && test ! -s "$w/noop.said"; then
    echo "PASS $label: no-op: a second make changes nothing" >>"$out"
  else
    echo "FAIL $label: no-op: a second make changes nothing (exit $status)" >>"$out"
    { echo "files changed:"; cat "$w/noop.changed"; echo "make said:"
      cat "$w/noop.log"; } | detail >>"$out"
  fi

  # rebuild, one block per touched header
  spec=$e2e/rebuild/$name
  if test ! -f "$spec"; then
    echo "FAIL $label: rebuild: no t/e2e/rebuild/$name" >>"$out"
  else
    grep -v '^#' "$spec" | grep . | awk '
      $1 == "touch" { n++; print $2 > (dir "/touch." n); next }
      { print > (dir "/want." n) }
      END { print n > (dir "/blocks") }' dir="$w"
    b=1
    while test $b -le `cat "$w/blocks"`; do
      header=`cat "$w/touch.$b"`
      if test ! -f "$w/src/$header"; then
        echo "FAIL $label: rebuild: $spec names $header, which is not in the example" >>"$out"
        b=`expr $b + 1`
        continue
      fi
      { echo kindler.stamp; cat "$w/want.$b" 2>/dev/null; } | LC_ALL=C sort >"$w/want.sorted"
      sleep 1                     # bmake compares whole seconds
      touch "$w/mark.$b"
      touch "$w/src/$header"
      (cd "$build" && $limit $mk -j2) >"$w/rebuild.$b.log" 2>&1
      status=$?
      changed_since "$w/mark.$b" >"$w/rebuild.changed"
      diff "$w/want.sorted" "$w/rebuild.changed" >"$w/rebuild.diff" 2>&1
      same=$?
      if test $status -eq 0 && test $same -eq 0; then
        echo "PASS $label: rebuild after touching $header" >>"$out"
      else
        echo "FAIL $label: rebuild after touching $header (exit $status; - expected, + changed)" >>"$out"
        { cat "$w/rebuild.diff"; echo "make said:"; cat "$w/rebuild.$b.log"; } |
          detail >>"$out"
      fi
      b=`expr $b + 1`
    done
  fi

  # install
  dest=$w/dest
  touch "$w/mark.install"
  (cd "$build" && $limit $mk install DESTDIR="$dest" PREFIX=/usr) >"$w/install.log" 2>&1
  status=$?
  installed_files "$dest" | LC_ALL=C sort >"$w/install.got"
  changed_since "$w/mark.install" >"$w/install.changed"
  want=`meta "$name" expected-install`
  if test -z "$want"; then
    echo "FAIL $label: install: no expected-install" >>"$out"
  else
    LC_ALL=C sort "$want" >"$w/install.want"
    diff "$w/install.want" "$w/install.got" >"$w/install.diff" 2>&1
    same=$?
    if test $status -eq 0 && test $same -eq 0 && test ! -s "$w/install.changed"; then
      echo "PASS $label: install: exactly expected-install, nothing rebuilt" >>"$out"
    else
      echo "FAIL $label: install: exactly expected-install, nothing rebuilt (exit $status)" >>"$out"
      { cat "$w/install.diff"; echo "rebuilt:"; cat "$w/install.changed"
        echo "make said:"; cat "$w/install.log"; } | detail >>"$out"
    fi
  fi

  # installed programs
  if test -n "$expected" && test -d "$dest/usr/bin"; then
    run_programs "$expected" "$dest/usr/bin" "$w/installed.got"
    if diff "$expected" "$w/installed.got" >"$w/installed.diff" 2>&1; then
      echo "PASS $label: installed programs print expected-output" >>"$out"
    else
      echo "FAIL $label: installed programs print expected-output" >>"$out"
      detail <"$w/installed.diff" >>"$out"
    fi
  fi

  # uninstall
  (cd "$build" && $limit $mk uninstall DESTDIR="$dest" PREFIX=/usr) >"$w/uninstall.log" 2>&1
  status=$?
  installed_files "$dest" >"$w/uninstall.left"
  if test $status -eq 0 && test ! -s "$w/uninstall.left"; then
    echo "PASS $label: uninstall leaves no file" >>"$out"
  else
    echo "FAIL $label: uninstall leaves no file (exit $status)" >>"$out"
    { echo "left:"; cat "$w/uninstall.left"; echo "make said:"
      cat "$w/uninstall.log"; } | detail >>"$out"
  fi

  # clean: no artifact (a file at the top but the Makefile and the stamp)
  # and no object is left; the exporter's own files below TARGET.dir stay
  (cd "$build" && $limit $mk clean) >"$w/clean.log" 2>&1
  status=$?
  (cd "$build" && find . ! -type d -print) | sed 's|^\./||' |
    grep -v '^Makefile$\|^kindler\.stamp$' | grep '^[^/]*$\|\.o$' |
    LC_ALL=C sort >"$w/clean.left"
  if test $status -eq 0 && test ! -s "$w/clean.left"; then
    echo "PASS $label: clean removes every artifact and object" >>"$out"
  else
    echo "FAIL $label: clean removes every artifact and object (exit $status)" >>"$out"
    { echo "left:"; cat "$w/clean.left"; echo "make said:"
      cat "$w/clean.log"; } | detail >>"$out"
  fi

  # reconfigure: edits of the project, in order, from a complete build
  steps=`ls "$e2e/reconfigure/$name"/*.sh 2>/dev/null`
  if test -n "$steps" && (cd "$build" && $limit $mk -j2) >"$w/rebuild-all.log" 2>&1; then
    for script in $steps; do
      step=`basename "$script" .sh`
      sleep 1                     # bmake compares whole seconds
      if (cd "$w/src" && sh "$script") >"$w/edit.log" 2>&1; then :; else
        echo "FAIL $label: reconfigure $step: the edit script failed" >>"$out"
        detail <"$w/edit.log" >>"$out"
        break
      fi
      # A make that succeeds must leave the edited project built; one that
      # stops (to have the new Makefile read) must be followed by one that
      # does.
      (cd "$build" && $limit $mk -j2) >"$w/edit.$step.1.log" 2>&1
      status=$?
      tries=1
      if test $status -ne 0; then
        (cd "$build" && $limit $mk -j2) >"$w/edit.$step.2.log" 2>&1
        status=$?
        tries=2
      fi
      run_programs "$e2e/reconfigure/$name/$step.expected-output" "$build" "$w/edit.$step.got"
      touch "$w/mark.edit"
      (cd "$build" && $limit $mk -j2) >"$w/edit.$step.3.log" 2>&1
      changed_since "$w/mark.edit" >"$w/edit.changed"
      diff "$e2e/reconfigure/$name/$step.expected-output" "$w/edit.$step.got" >"$w/edit.diff" 2>&1
      same=$?
      if test $status -eq 0 && test $same -eq 0 && test ! -s "$w/edit.changed"; then
        echo "PASS $label: reconfigure $step: make builds the edited project" >>"$out"
      else
        echo "FAIL $label: reconfigure $step: make builds the edited project" >>"$out"
        { echo "make ran $tries time(s), last exit $status"
          echo "programs (- expected, + got):"; cat "$w/edit.diff"
          echo "first make said:"; cat "$w/edit.$step.1.log"
          if test $tries = 2; then echo "second make said:"; cat "$w/edit.$step.2.log"; fi
          echo "files the next make changed:"; cat "$w/edit.changed"; } |
          detail >>"$out"
        # Recover as a user would, so that the next step proves its own
        # point: export by hand, then build.
        (cd "$w/src" && $limit "$kindler" export -f "$kfile" -B ../build \
           --toolchain "$tc" && cd ../build && $limit $mk -j2) >"$w/recover.$step.log" 2>&1
      fi
    done
  elif test -n "$steps"; then
    echo "FAIL $label: reconfigure: make after clean" >>"$out"
    tail -n 30 "$w/rebuild-all.log" | detail >>"$out"
  fi
  if test "${E2E_KEEP:-0}" != 1; then rm -rf "$w"; fi
}

# ---- the matrix ---------------------------------------------------------
if test $# -gt 0; then
  names=$*
else
  names=`cd "$top/examples" && for d in *; do
    if ls "$d"/*.kindler >/dev/null 2>&1; then echo "$d"; fi
  done`
fi

# One line per combination: "N NAME MAKE TOOLCHAIN"; a make that is not
# here is a skip line "N NAME MAKE - reason".
n=0
for name in $names; do
  if test ! -d "$top/examples/$name"; then
    echo "no example $name" >&2
    exit 2
  fi
  cxx=no
  if test -n "`find "$top/examples/$name" \( -name '*.cc' -o -name '*.cpp' \
       -o -name '*.cxx' -o -name '*.C' \) -print`"; then cxx=yes; fi
  for mk in $makes; do
    why=
    if command -v $mk >/dev/null 2>&1; then
      if test $mk = make && ! make --version 2>/dev/null | grep GNU >/dev/null; then
        why="make is not GNU make"
      fi
    else
      why="$mk is not installed"
    fi
    for tc in $toolchains; do
      case $cxx.$tc in yes.tcc|yes.pcc) continue ;; esac
      n=`expr $n + 1`
      if test -n "$why"; then
        echo "$n $name $mk - $why"
      else
        echo "$n $name $mk $tc"
      fi
    done
  done
done >"$tmp/combos"
total=$n

# Workers: worker K runs combinations K, K+jobs, K+2*jobs...
k=1
while test $k -le $jobs; do
  (
    while read i name mk tc why; do
      if test `expr \( $i - 1 \) % $jobs + 1` -ne $k; then continue; fi
      if test "$tc" = -; then
        echo "SKIP $name $mk: $why" >"$tmp/res/$i.out"
      else
        combo $i $name $mk $tc </dev/null
      fi
      : >"$tmp/res/$i.done"
    done <"$tmp/combos"
    : >"$tmp/worker.$k.end"
  ) &
  k=`expr $k + 1`
done

# ---- report, in order, as results arrive --------------------------------
passed=0
failed=0
skipped=0
t=0
i=0
while test $i -le $total; do
  while test ! -f "$tmp/res/$i.done"; do
    # A worker that died leaves its combinations unreported.
    if test `ls "$tmp"/worker.*.end 2>/dev/null | wc -l` -ge $jobs &&
       test ! -f "$tmp/res/$i.done"; then
      echo "FAIL combination $i (`sed -n "${i}p" "$tmp/combos"`) reported nothing" >>"$tmp/res/$i.out"
      break
    fi
    sleep 1
  done
  while IFS= read -r line; do
    case $line in
      "PASS "*) t=`expr $t + 1`; passed=`expr $passed + 1`
                echo "ok $t - ${line#PASS }" ;;
      "FAIL "*) t=`expr $t + 1`; failed=`expr $failed + 1`
                echo "not ok $t - ${line#FAIL }" ;;
      "SKIP "*) t=`expr $t + 1`; skipped=`expr $skipped + 1`
                echo "ok $t - # SKIP ${line#SKIP }" ;;
      *) echo "$line" ;;
    esac
  done <"$tmp/res/$i.out"
  i=`expr $i + 1`
done
wait

end=`date +%s`
echo "# e2e lane: $total combinations in `expr $end - $start` s"
if test $skipped -gt 0; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
test $failed -eq 0
