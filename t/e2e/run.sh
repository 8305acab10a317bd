#!/bin/sh
# e2e/run.sh: the end-to-end lane of the make exporter. For every example
# project (examples/NAME/), every make and every compiler toolchain, it
# exports a Makefile, builds it and proves what it built:
#   export      kindler export -B into a fresh build directory (the default
#               build type for GNU make with gcc, --config plain for the
#               other combinations: every export of the combination)
#   build       make -j2 succeeds
#   out of tree export and build write nothing in the source tree
#   run         each program prints its expected-output
#   test        for an example with expected-test: make test runs its tests
#               (kindler-test.sh), prints exactly the PASS, FAIL and
#               "N passed, N failed" lines of expected-test, and succeeds
#   no-op       a second make changes no file in the build directory
#   rebuild     after a header is touched, exactly the objects that include
#               it (directly or through other headers) are compiled again,
#               and exactly what they feed is linked again
#   add-include one source starts to include a header it did not (and a
#               new header beside it): after a make, touching the header
#               rebuilds exactly its old includers, that source's object
#               and what they feed
#   remove-header
#               the source loses those #include lines again; after a make,
#               the new headers are deleted: make still builds (no "don't
#               know how to make" for a header the old dependencies named)
#   kill        at each of E2E_KILL_MOMENTS seconds into a make -j2 from
#               clean (E2E_QUICK_KILL_MOMENTS for the toolchains that do
#               not run the make steps below), its whole session is
#               killed (kill -9: make, and
#               bmake's jobs in their own groups); the next make
#               completes, leaves no empty object where one belongs, the
#               programs run, and touching a header then rebuilds
#               exactly its objects
#   flags       a definition is added to one target's part of the project
#               file (t/e2e/flags/NAME.sh): make (a make that stops to
#               have the new Makefile read may be followed by one more)
#               compiles exactly that target's objects again and links
#               what they feed; the project is then put back and built
#   standalone  kindler export --standalone into another build directory;
#               make builds it with no kindler on PATH, and again after a
#               source and a header are touched, never trying to run it
#   no-kindler  in the normal build, after a source and a header are
#               touched, make KINDLER=/nonexistent/kindler builds (editing
#               sources never runs kindler); after the project file is
#               touched it stops, saying it "could not run" and naming the
#               project file; a plain make then catches up
#   install     make DESTDIR=... PREFIX=/usr install (macros first, as
#               POSIX and pdpmake have them) installs exactly the
#               expected-install files, with their modes, and builds nothing
#   installed   the installed programs run from DESTDIR (shared libraries
#               found through the run path, with no LD_LIBRARY_PATH)
#   uninstall   make DESTDIR=... PREFIX=/usr uninstall leaves no file behind
#   clean       make clean removes every artifact and object
#   reconfigure for examples with t/e2e/reconfigure/NAME/: each STEP.sh
#               there edits the project (run in the source copy, in name
#               order); then make must build it so that the programs print
#               STEP.expected-output (a make that stops with an error, to
#               have the new Makefile read, may be followed by one more),
#               and a further make must change nothing
#
# Once per example, beside the matrix (gcc and GNU make, when the caches
# hold gcc; see spec_vs_gcc):
#   spec        each "touch HEADER" block of t/e2e/rebuild/NAME lists as
#               objects exactly those whose compile command, run with gcc
#               -M instead of -c, names HEADER
#
# Files of an example (in examples/NAME/, or in t/e2e/NAME/ for an example
# this lane does not own):
#   expected-output   "$ COMMAND" lines, each followed by what the command
#                     prints (stdout and stderr) when run in the build
#                     directory; a status other than 0 adds "[exit N]".
#   expected-test     the lines make test prints that say PASS: NAME,
#                     FAIL: NAME (...) and "N passed, N failed", in order.
#   expected-install  "MODE PATH" per installed file, below DESTDIR
#                     (symbolic links: "MODE PATH -> TARGET"), in any order.
# t/e2e/rebuild/NAME: blocks of "touch PATH" (relative to the example)
#   followed by the objects and artifacts of the build directory that must
#   change, nothing else (the dependency files, *.d, *.dep and
#   TARGET.dir/deps.mk, and *.tmp files are not compared). The first
#   block's header is also the one the kill, standalone and no-kindler
#   steps touch.
# t/e2e/include/NAME: a line "SOURCE HEADER" (relative to the example; a
#   HEADER that is not in the example is created, and deleted by
#   remove-header), then the files that must change when HEADER is
#   touched once SOURCE includes it. SOURCE is also the source the
#   standalone and no-kindler steps touch.
# t/e2e/flags/NAME.sh: edits the project file (run in the source copy) to
#   change one target's compile flags; t/e2e/flags/NAME.expected: the
#   objects and artifacts that must change (the Makefile and the flag
#   files TARGET.dir/*.flags are not compared).
#
# The makes are GNU make ("make"), bmake and the legacy makes pdpmake
# (strict mode), Sun make and its System V mode (t/legacy.sh finds or
# builds them from ../shared/legacy-tools). GNU make and bmake run the
# toolchains gcc and clang for every example, tcc and pcc for the examples
# without C++; the legacy makes run E2E_LEGACY_TOOLCHAINS only, to keep
# the lane's time down. One more combination proves the fallback for a
# compiler without a dependency-file method: hello with the fake HP C
# (t/fakecc/acc, depfile=false, bootstrapped into caches of its own) under
# GNU make, whose Makefile lists the headers found at export; it runs the
# steps up to rebuild. A make that is not installed, or a toolchain
# kindler-bootstrap did not cache, is a skip with the reason. The caches
# come from one kindler-bootstrap run per lane run.
#
# Usage: t/e2e/run.sh [EXAMPLE...]    (default: every example)
# Environment: E2E_MAKES ("make bmake pdpmake sunmake svr4make"; sunmake-sus
# may be named too), E2E_TOOLCHAINS ("gcc clang tcc pcc": the toolchains
# of GNU make), E2E_BMAKE_TOOLCHAINS ("gcc clang": those of bmake; tcc and
# pcc differ from gcc in their dependency files and in what a kill
# leaves, and the shell lines of depfile.lua turn every dependency file
# into the same deps.mk lines before any make reads them, so a second make
# proves nothing more of them than gcc under bmake does),
# E2E_LEGACY_TOOLCHAINS ("gcc": the toolchains of the legacy makes),
# E2E_KILL_MOMENTS ("0.2 0.5 1": seconds into a build to kill it),
# E2E_QUICK_KILL_MOMENTS ("0.3": the same for the toolchains not named by
# E2E_MAKE_STEP_TOOLCHAINS: what a kill leaves is the make's and the
# Makefile's doing, which every moment of the gcc runs proves; a
# compiler's own part, such as pcc's status 0 when its assembler is
# killed, shows at any moment inside a compile),
# E2E_MAKE_STEP_TOOLCHAINS ("gcc": the toolchains that run the flags,
# standalone and no-kindler steps; the others stop after kill),
# E2E_FALLBACK (1; 0 leaves out the fake HP C combination), E2E_JOBS
# (combinations run at once, default 8: most of a combination is the
# one-second waits that whole-second makes need, which take no CPU),
# E2E_KEEP=1 (keep the scratch directory), KINDLER_LEGACY_DIR (where
# t/legacy.sh keeps the legacy makes), KINDLER_E2E_CACHE_DIR (development
# only: use these caches instead of running kindler-bootstrap).
# Prints "ok N - ..." / "not ok N - ..." lines and a closing
# "N passed, N failed[, N skipped]" line; exits 1 on any failure.

here=`dirname "$0"`
top=`cd "$here/../.." && pwd`
e2e=$top/t/e2e
kindler=$top/kindler
bootstrap=$top/kindler-bootstrap

makes=${E2E_MAKES:-"make bmake pdpmake sunmake svr4make"}
toolchains=${E2E_TOOLCHAINS:-"gcc clang tcc pcc"}
bmake_toolchains=${E2E_BMAKE_TOOLCHAINS:-"gcc clang"}
legacy_toolchains=${E2E_LEGACY_TOOLCHAINS:-gcc}
kill_moments=${E2E_KILL_MOMENTS:-"0.2 0.5 1"}
quick_kill_moments=${E2E_QUICK_KILL_MOMENTS:-0.3}
make_step_toolchains=${E2E_MAKE_STEP_TOOLCHAINS:-gcc}
fallback=${E2E_FALLBACK:-1}
jobs=${E2E_JOBS:-8}
case $jobs in ''|*[!0-9]*|0) jobs=1 ;; esac

. "$top/t/buildlane.sh"

# The legacy makes, built once per machine (t/legacy.sh), only when asked
# for: a lane run with E2E_MAKES="make bmake" builds nothing.
legacy=no
for mk in $makes; do
  case $mk in pdpmake|sunmake|sunmake-sus|svr4make) legacy=yes ;; esac
done
legacy_skip=
if test $legacy = yes; then . "$top/t/legacy.sh"; fi

# make_program NAME: the command that runs make NAME (a legacy make from
# t/legacy.sh, else one of that name on PATH), or nothing
make_program() {
  mp=
  case $1 in
    pdpmake) mp=$legacy_pdpmake ;;
    sunmake) mp=$legacy_sunmake ;;
    sunmake-sus) mp=${legacy_sunmake:+$legacy_dir/bin/sunmake-sus} ;;
    svr4make) mp=$legacy_svr4make ;;
  esac
  if test -z "$mp" && command -v "$1" >/dev/null 2>&1; then mp=$1; fi
  echo "$mp"
}

# is_legacy NAME: NAME is one of the legacy makes
is_legacy() {
  case $1 in pdpmake|sunmake|sunmake-sus|svr4make) return 0 ;; esac
  return 1
}

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

# built_since MARK: changed_since without what every compile rewrites
# beside its objects (the dependency files *.d and *.dep, TARGET.dir/deps.mk)
# and temporaries (*.tmp): the objects and artifacts that were made again
built_since() {
  changed_since "$1" |
    grep -v -e '\.d$' -e '\.dep$' -e '^deps\.mk$' -e '/deps\.mk$' -e '\.tmp$'
}

# build LOG [MACRO=VALUE...]: make -j2 in the build directory
build() {
  bl=$1
  shift
  (cd "$build" && $limit $m -j2 "$@") >"$bl" 2>&1
}

# build_twice LOG: make -j2, and once more when the first stopped (a make
# other than GNU make stops after it wrote a new Makefile); leaves the
# status in $status and the number of makes in $tries
build_twice() {
  build "$1.1"
  status=$?
  tries=1
  if test $status -ne 0; then
    build "$1.2"
    status=$?
    tries=2
  fi
}

# said_twice LOG: what build_twice's makes said
said_twice() {
  echo "first make said:"; cat "$1.1"
  if test -f "$1.2"; then echo "second make said:"; cat "$1.2"; fi
}

# touch_build TEXT PATH WANT: touches PATH (relative to the source copy),
# runs make, and passes TEXT when make succeeds and the objects and
# artifacts it made are exactly the lines of the file WANT
touch_build() {
  LC_ALL=C sort "$3" >"$w/want.sorted"
  sleep 1                       # bmake and the legacy makes compare seconds
  touch "$w/mark.touch"
  touch "$w/src/$2"
  build "$w/touch.log"
  status=$?
  built_since "$w/mark.touch" >"$w/touch.changed"
  diff "$w/want.sorted" "$w/touch.changed" >"$w/touch.diff" 2>&1
  same=$?
  if test $status -eq 0 && test $same -eq 0; then
    echo "PASS $label: $1" >>"$out"
  else
    echo "FAIL $label: $1 (exit $status; - expected, + changed)" >>"$out"
    { cat "$w/touch.diff"; echo "make said:"; cat "$w/touch.log"; } |
      detail >>"$out"
  fi
}

# split_spec SPEC DIR: the blocks of a t/e2e/rebuild file, into DIR:
# touch.N (the header of block N), want.N (its files), blocks (how many)
split_spec() {
  grep -v '^#' "$1" | grep . | awk '
    $1 == "touch" { n++; print $2 > (dir "/touch." n); next }
    { print > (dir "/want." n) }
    END { print n + 0 > (dir "/blocks") }' dir="$2"
}

# group_signal SIGNAL PGID: sends SIGNAL to a process group (dash wants
# "--" before the negative id, busybox sh refuses it), and to every process
# of its session (setsid made the group's leader a session leader): bmake
# runs each job in a process group of its own, and a kill of the build
# must reach them too.
group_signal() {
  if test "$1" != 0 && command -v pkill >/dev/null 2>&1; then
    pkill -"$1" -s "$2" 2>/dev/null
  fi
  kill -s "$1" -- "-$2" 2>/dev/null || kill -s "$1" "-$2" 2>/dev/null
}

# kill_session PGID: kill -9 to the group and its session until no process
# of the session is left: pkill reads the process table, then signals, and
# a job forked in between lives on, to finish its compile under the next
# make's feet (as an orphan of any killed make would; no build tool guards
# against a build running twice at once).
kill_session() {
  ks_try=0
  while test $ks_try -lt 50; do
    group_signal KILL $1
    # the killed make stays a zombie until the caller waits for it
    ps -o stat= -s "$1" 2>/dev/null | grep -v '^Z' >/dev/null || return 0
    ks_try=`expr $ks_try + 1`
    sleep 0.1 2>/dev/null || sleep 1
  done
}

# path_without_kindler: $PATH without the directories that hold a kindler
# or kindler-bootstrap (and without relative entries)
path_without_kindler() {
  echo "$PATH" | tr ':' '\n' | while IFS= read -r d; do
    case $d in /*) ;; *) continue ;; esac
    if test -x "$d/kindler" || test -x "$d/kindler-bootstrap"; then continue; fi
    echo "$d"
  done | tr '\n' ':' | sed 's/:$//'
}

# spec_vs_gcc NAME: checks t/e2e/rebuild/NAME against gcc itself. The
# example is exported for gcc into a directory of its own and `make -n`
# (nothing is built) prints every compile command, "... -c -o
# TARGET.dir/tmp.FILE.o DEPFLAGS SOURCE"; each is run again from the build
# directory as "... -M SOURCE" (the output and dependency-file flags
# dropped), which names every header the object includes. -M, not -MM:
# -MM leaves out the headers of system include directories, and a
# project's own (system_include_dirs) are headers its objects include.
# For each "touch HEADER" block, the objects whose list names HEADER (the
# same file, by real path) must be exactly the block's *.o lines.
# Prints "PASS text", "FAIL text" then "#" lines, or "SKIP reason".
spec_vs_gcc() {
  sn=$1
  sw=$tmp/spec/$sn
  sspec=$e2e/rebuild/$sn
  what="rebuild spec of $sn vs gcc -M"
  if test ! -f "$sspec"; then
    echo "SKIP $what: no t/e2e/rebuild/$sn"
    return
  fi
  if test ! -f "$cache/compiler_gcc.bin"; then
    echo "SKIP $what: kindler-bootstrap cached no toolchain gcc"
    return
  fi
  if ! make --version 2>/dev/null | grep GNU >/dev/null; then
    echo "SKIP $what: GNU make is not installed"
    return
  fi
  if mkdir -p "$sw" && cp -R "$top/examples/$sn" "$sw/src"; then :; else
    echo "FAIL $what: copying the example"
    return
  fi
  skfile=`cd "$sw/src" && ls *.kindler`
  if (cd "$sw/src" && $limit "$kindler" export -f "$skfile" -B ../build \
        --toolchain gcc) >"$sw/export.log" 2>&1 &&
     (cd "$sw/build" && $limit make -n) >"$sw/n.log" 2>&1; then :; else
    echo "FAIL $what: kindler export --toolchain gcc, then make -n"
    cat "$sw/export.log" "$sw/n.log" | detail
    return
  fi
  # objs: "I OBJECT" per compile; dep.I: what gcc -M names for it
  grep ' -c -o [^ ]*/tmp\.[^ /]*\.o ' "$sw/n.log" >"$sw/compiles"
  : >"$sw/objs"
  si=0
  while IFS= read -r sline; do
    si=`expr $si + 1`
    sobj=`printf '%s\n' "$sline" |
      sed 's|^.* -c -o \([^ ]*\)/tmp\.\([^ /]*\.o\) .*$|\1/\2|'`
    spre=`printf '%s\n' "$sline" | sed 's/^\(.*\) -c -o [^ ]* .*$/\1/'`
    ssrc=${sline##* }
    echo "$si $sobj" >>"$sw/objs"
    if (cd "$sw/build" && $limit sh -c "$spre -M $ssrc") >"$sw/M.$si" 2>&1; then
      sed 's/\\$//' "$sw/M.$si" | tr ' ' '\n' | grep -v -e '^$' -e ':$' >"$sw/dep.$si"
    else
      echo "FAIL $what: gcc -M for $sobj"
      { echo "\$ $spre -M $ssrc"; cat "$sw/M.$si"; } | detail
      return
    fi
  done <"$sw/compiles"
  if test $si -eq 0; then
    echo "FAIL $what: make -n printed no compile command"
    detail <"$sw/n.log"
    return
  fi
  split_spec "$sspec" "$sw"
  sblocks=`cat "$sw/blocks"`
  sb=1
  while test $sb -le $sblocks; do
    shdr=`cat "$sw/touch.$sb"`
    sbase=`basename "$shdr"`
    sdir=$sw/src/`dirname "$shdr"`
    sreal=`cd "$sdir" 2>/dev/null && pwd -P`/$sbase
    { grep '\.o$' "$sw/want.$sb" 2>/dev/null; : ; } | LC_ALL=C sort >"$sw/spec.$sb"
    while read si sobj; do
      # the paths gcc named with HEADER's file name, as real paths
      awk -v b="$sbase" '{ n = $0; sub(/.*\//, "", n); if (n == b) print }' \
        "$sw/dep.$si" | while IFS= read -r sp; do
        case $sp in /*) sd=`dirname "$sp"` ;; *) sd=$sw/build/`dirname "$sp"` ;; esac
        srp=`cd "$sd" 2>/dev/null && pwd -P`
        if test -n "$srp" && test "$srp/$sbase" = "$sreal"; then
          echo "$sobj"
          break
        fi
      done
    done <"$sw/objs" | LC_ALL=C sort -u >"$sw/gcc.$sb"
    if test ! -f "$sw/src/$shdr"; then
      echo "FAIL $what: t/e2e/rebuild/$sn names $shdr, which is not in the example"
    elif cmp -s "$sw/spec.$sb" "$sw/gcc.$sb"; then
      echo "PASS rebuild spec for $shdr ($sn) agrees with gcc -M"
    else
      echo "FAIL rebuild spec for $shdr ($sn) agrees with gcc -M: the objects differ"
      { echo "t/e2e/rebuild/$sn lists:"; sed 's/^/  /' "$sw/spec.$sb"
        echo "gcc -M says these include it:"; sed 's/^/  /' "$sw/gcc.$sb"; } | detail
    fi
    sb=`expr $sb + 1`
  done
  if test "${E2E_KEEP:-0}" != 1; then rm -rf "$sw"; fi
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
    all=$toolchains
    if test $legacy = yes; then all="$all $legacy_toolchains"; fi
    for tc in $all; do
      case " $args " in *" --compiler $tc "*) ;; *) args="$args --compiler $tc" ;; esac
    done
    if $limit "$bootstrap" --cache-dir "$cache" $args >"$tmp/bootstrap.log" 2>&1 &&
       ls "$cache"/os_*.bin >/dev/null 2>&1; then
      echo "PASS kindler-bootstrap --cache-dir DIR$args writes the caches"
    else
      echo "FAIL kindler-bootstrap --cache-dir DIR$args writes the caches"
      detail <"$tmp/bootstrap.log"
    fi
  fi
  # The fake HP C, in caches of its own: its cc must not stand in for
  # the real cc of the other combinations.
  case " $makes " in *" make "*) ;; *) fallback=0 ;; esac
  case " ${*:-hello} " in *" hello "*) ;; *) fallback=0 ;; esac
  if test "$fallback" = 1; then
    if PATH=$top/t/fakecc/acc:$PATH $limit "$bootstrap" --cache-dir "$tmp/cache-acc" \
         --compiler acc >"$tmp/bootstrap-acc.log" 2>&1 &&
       test -f "$tmp/cache-acc/compiler_acc.bin"; then
      echo "PASS kindler-bootstrap --cache-dir DIR --compiler acc caches the fake HP C (t/fakecc/acc)"
    else
      echo "FAIL kindler-bootstrap --cache-dir DIR --compiler acc caches the fake HP C (t/fakecc/acc)"
      detail <"$tmp/bootstrap-acc.log"
    fi
  fi
} >"$tmp/res/0.out"
KINDLER_CACHE_DIR=$cache
export KINDLER_CACHE_DIR

# combo N NAME MAKE TOOLCHAIN: the whole proof for one combination, into
# res/N.out ("PASS text", "FAIL text" then "#" lines, or "SKIP reason")
# (run in a subshell: it changes variables, PATH among them).
combo() {
  n=$1 name=$2 mk=$3 tc=$4
  label="$name $mk $tc"
  w=$tmp/w/$n
  out=$tmp/res/$n.out
  build=$w/build
  m=`make_program $mk`
  blog=$tmp/bootstrap.log
  quick=no
  : >"$out"
  if test "$tc" = acc; then
    # The fallback: the fake HP C from its own caches, its cc first on
    # PATH; export, build and rebuild only.
    label="$label (fake HP C, no depfile: headers scanned at export)"
    cache=$tmp/cache-acc
    blog=$tmp/bootstrap-acc.log
    quick=yes
    KINDLER_CACHE_DIR=$cache
    PATH=$top/t/fakecc/acc:$PATH
    export KINDLER_CACHE_DIR PATH
  fi
  if test ! -f "$cache/compiler_$tc.bin"; then
    why=`grep "^checking $tc " "$blog" 2>/dev/null | tail -n 1`
    echo "SKIP $label: kindler-bootstrap cached no toolchain $tc${why:+ ($why)}" >>"$out"
    return
  fi
  mkdir -p "$w"
  cp -R "$top/examples/$name" "$w/src"
  kfile=`cd "$w/src" && ls *.kindler`
  # The default build type (optimised, -g) for GNU make with gcc; the
  # others --config plain: optimising every combination added a third to
  # the lane's time and proves nothing more of the Makefile.
  config=plain
  if test $mk = make && test $tc = gcc; then config=debugoptimized; fi
  touch "$w/mark.src"

  # export
  if (cd "$w/src" && $limit "$kindler" export -f "$kfile" -B ../build \
        --toolchain "$tc" --config $config) >"$w/export.log" 2>&1 && test -f "$build/Makefile"; then
    echo "PASS $label: export" >>"$out"
  else
    echo "FAIL $label: export" >>"$out"
    detail <"$w/export.log" >>"$out"
    return
  fi

  # build
  if build "$w/build.log"; then
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

  # test
  etest=`meta "$name" expected-test`
  if test -n "$etest"; then
    (cd "$build" && $limit $m test) >"$w/test.log" 2>&1
    status=$?
    grep -e '^PASS: ' -e '^FAIL: ' -e ' passed, .* failed$' "$w/test.log" >"$w/test.got"
    if test $status -eq 0 && diff "$etest" "$w/test.got" >"$w/test.diff" 2>&1; then
      echo "PASS $label: make test runs the tests: expected-test" >>"$out"
    else
      echo "FAIL $label: make test runs the tests: expected-test (status $status)" >>"$out"
      cat "$w/test.diff" "$w/test.log" | detail >>"$out"
    fi
  fi

  # no-op
  touch "$w/mark.noop"
  build "$w/noop.log"
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
  blocks=0
  if test ! -f "$spec"; then
    echo "FAIL $label: rebuild: no t/e2e/rebuild/$name" >>"$out"
  else
    split_spec "$spec" "$w"
    blocks=`cat "$w/blocks"`
    b=1
    while test $b -le $blocks; do
      header=`cat "$w/touch.$b"`
      if test ! -f "$w/src/$header"; then
        echo "FAIL $label: rebuild: $spec names $header, which is not in the example" >>"$out"
        b=`expr $b + 1`
        continue
      fi
      test -f "$w/want.$b" || : >"$w/want.$b"
      touch_build "rebuild after touching $header" "$header" "$w/want.$b"
      b=`expr $b + 1`
    done
  fi
  # The header the later steps touch: the first block's.
  header=
  if test $blocks -gt 0; then header=`cat "$w/touch.1"`; fi

  if test $quick = yes; then
    if test "${E2E_KEEP:-0}" != 1; then rm -rf "$w"; fi
    return
  fi

  # add-include: SOURCE starts to include HEADER and a new header beside
  # it; touching HEADER then rebuilds exactly the spec's files
  inc=$e2e/include/$name
  source=
  if test ! -f "$inc"; then
    echo "FAIL $label: add-include: no t/e2e/include/$name" >>"$out"
  else
    grep -v '^#' "$inc" | grep . >"$w/inc.lines"
    set -- `sed -n 1p "$w/inc.lines"`
    source=$1 incheader=$2
    sed 1d "$w/inc.lines" >"$w/inc.want"
    # the #include text: HEADER relative to SOURCE's directory
    up=`echo "$source" | sed 's|[^/]*/|../|g; s|[^/]*$||'`
    newheader=`dirname "$source"`/kindler_e2e_new.h
    created=
    if test -z "$source" || test -z "$incheader" || test ! -f "$w/src/$source"; then
      echo "FAIL $label: add-include: t/e2e/include/$name names no source of the example (\"$source\")" >>"$out"
      source=
    else
      cp "$w/src/$source" "$w/source.orig"
      sleep 1
      if test ! -f "$w/src/$incheader"; then
        echo "/* $incheader: made by t/e2e/run.sh (add-include) */" >"$w/src/$incheader"
        created=$incheader
      fi
      echo "/* kindler_e2e_new.h: made by t/e2e/run.sh (add-include) */" >"$w/src/$newheader"
      printf '#include "%s%s"\n#include "kindler_e2e_new.h"\n' "$up" "$incheader" >>"$w/src/$source"
      if build "$w/addinc.log"; then
        touch_build "add-include: once $source includes $incheader, touching it rebuilds exactly its includers and what they feed" \
          "$incheader" "$w/inc.want"
      else
        echo "FAIL $label: add-include: make after $source includes $incheader" >>"$out"
        tail -n 30 "$w/addinc.log" | detail >>"$out"
      fi

      # remove-header: the #include lines go, make; then the new headers
      # go, make: no rule may still want them
      sleep 1
      cat "$w/source.orig" >"$w/src/$source"
      build "$w/rmheader.1.log"
      status1=$?
      rm -f "$w/src/$newheader"
      if test -n "$created"; then rm -f "$w/src/$created"; fi
      build "$w/rmheader.2.log"
      status2=$?
      gone="$newheader${created:+ and $created}"
      if test $status1 -eq 0 && test $status2 -eq 0 &&
         ! grep -i "know how to make\|no rule to make" "$w/rmheader.1.log" "$w/rmheader.2.log" >/dev/null; then
        echo "PASS $label: remove-header: $source includes them no more, then $gone are deleted: make builds" >>"$out"
      else
        echo "FAIL $label: remove-header: $source includes them no more, then $gone are deleted: make builds (exit $status1, then $status2)" >>"$out"
        { echo "make after the #include lines went said:"; cat "$w/rmheader.1.log"
          echo "make after the headers went said:"; cat "$w/rmheader.2.log"; } |
          detail >>"$out"
      fi
    fi
  fi

  # kill: make -j2 from clean, in a process group of its own (setsid),
  # killed with kill -9 at each moment; the next make must complete. In a
  # build directory of its own: what a killed ar or linker leaves behind
  # (ar's stXXXXXX) must not count against the clean step.
  normal_build=$build
  build=$w/kill
  if test -z "$header"; then
    echo "FAIL $label: kill: no header to touch (t/e2e/rebuild/$name)" >>"$out"
  elif ! command -v setsid >/dev/null 2>&1; then
    echo "SKIP $label: kill: no setsid(1) to start make in a process group of its own" >>"$out"
  elif (cd "$w/src" && $limit "$kindler" export -f "$kfile" -B ../kill \
          --toolchain "$tc" --config $config) >"$w/kill.export.log" 2>&1; then
    moments=$quick_kill_moments
    case " $make_step_toolchains " in *" $tc "*) moments=$kill_moments ;; esac
    for t in $moments; do
      (cd "$build" && $limit $m clean) >"$w/kill.clean.log" 2>&1
      rm -f "$w/kill.pgid"
      (cd "$build" &&
       exec setsid sh -c 'echo $$ >"$0"; exec "$@"' "$w/kill.pgid" $m -j2) \
        >"$w/kill.$t.log" 2>&1 </dev/null &
      kpid=$!
      sleep $t 2>/dev/null || sleep 1
      pg=`cat "$w/kill.pgid" 2>/dev/null`
      state="make had finished"
      if test -n "$pg" && group_signal 0 $pg; then
        state=killed
        kill_session $pg
      fi
      wait $kpid 2>/dev/null
      build "$w/kill.$t.done.log"
      status=$?
      # Temporary files of the killed run may stay (the compilers' own,
      # clang's NAME-XXXX.o.tmp, and Kindler's TARGET.dir/tmp.*: `make
      # clean` removes them); none may be where an object belongs.
      (cd "$build" && find . -name '*.o' ! -name 'tmp.*' -size 0 -print) >"$w/kill.tmp"
      if test -n "$expected"; then
        run_programs "$expected" "$build" "$w/kill.got"
        diff "$expected" "$w/kill.got" >"$w/kill.diff" 2>&1
        same=$?
      else
        : >"$w/kill.diff"
        same=0
      fi
      what="kill -9 at ${t}s ($state): the next make completes, leaves no empty object and the programs run"
      if test $status -eq 0 && test ! -s "$w/kill.tmp" && test $same -eq 0; then
        echo "PASS $label: $what" >>"$out"
        touch_build "kill -9 at ${t}s: then touching $header rebuilds exactly its objects and what they feed" \
          "$header" "$w/want.1"
      else
        echo "FAIL $label: $what (exit $status)" >>"$out"
        { echo "the killed make said:"; cat "$w/kill.$t.log"
          echo "the next make said:"; cat "$w/kill.$t.done.log"
          echo "left:"; cat "$w/kill.tmp"
          echo "programs (- expected, + got):"; cat "$w/kill.diff"; } | detail >>"$out"
        build "$w/kill.recover.log"
      fi
    done
  else
    echo "FAIL $label: kill: export into a second build directory" >>"$out"
    detail <"$w/kill.export.log" >>"$out"
  fi
  build=$normal_build
  # the normal build catches up with the touched headers
  build "$w/kill.catchup.log"

  # flags, standalone and no-kindler prove what the Makefile does, not
  # what the compiler does: only the toolchains of
  # E2E_MAKE_STEP_TOOLCHAINS run them, to keep the lane's time down
  case " $make_step_toolchains " in
    *" $tc "*) ;;
    *) rm -rf "$w/kill"; quick=yes ;;
  esac
  if test $quick = yes; then :; else

  # flags: one target's definitions change; then the project is put back
  fspec=$e2e/flags/$name
  if test ! -f "$fspec.sh" || test ! -f "$fspec.expected"; then
    echo "FAIL $label: flags: no t/e2e/flags/$name.sh and $name.expected" >>"$out"
  else
    cp "$w/src/$kfile" "$w/kfile.orig"
    sleep 1
    if (cd "$w/src" && sh "$fspec.sh") >"$w/flags.edit.log" 2>&1; then
      touch "$w/mark.flags"
      build_twice "$w/flags.log"
      built_since "$w/mark.flags" | grep -v -e '^Makefile$' -e '\.flags$' >"$w/flags.changed"
      LC_ALL=C sort "$fspec.expected" >"$w/flags.want"
      diff "$w/flags.want" "$w/flags.changed" >"$w/flags.diff" 2>&1
      same=$?
      if test $status -eq 0 && test $same -eq 0; then
        echo "PASS $label: flags: a definition added to one target rebuilds exactly its objects and what they feed" >>"$out"
      else
        echo "FAIL $label: flags: a definition added to one target rebuilds exactly its objects and what they feed (make ran $tries time(s), last exit $status; - expected, + changed)" >>"$out"
        { cat "$w/flags.diff"; said_twice "$w/flags.log"; } | detail >>"$out"
      fi
    else
      echo "FAIL $label: flags: t/e2e/flags/$name.sh failed" >>"$out"
      detail <"$w/flags.edit.log" >>"$out"
    fi
    sleep 1
    cat "$w/kfile.orig" >"$w/src/$kfile"
    build_twice "$w/flags.back.log"
    if test $status -ne 0; then
      echo "FAIL $label: flags: make builds the project put back (make ran $tries time(s), last exit $status)" >>"$out"
      said_twice "$w/flags.back.log" | detail >>"$out"
    fi
  fi

  # the source the standalone and no-kindler steps touch, with $header
  if test -z "$source"; then
    source=`sed -n 's/^ *sources = \[ *"\([^"]*\)".*/\1/p' "$w/src/$kfile" | sed -n 1p`
  fi

  # standalone: a Makefile with no re-export, built with no kindler on PATH
  sbuild=$w/standalone
  if (cd "$w/src" && $limit "$kindler" export --standalone -f "$kfile" \
        -B ../standalone --toolchain "$tc" --config $config) >"$w/standalone.export.log" 2>&1 &&
     test -f "$sbuild/Makefile"; then
    nokpath=`path_without_kindler`
    found=`PATH=$nokpath; command -v kindler 2>/dev/null`
    (cd "$sbuild" && PATH=$nokpath $limit $m -j2) >"$w/standalone.1.log" 2>&1
    status1=$?
    sleep 1
    touch "$w/src/$source"
    if test -n "$header"; then touch "$w/src/$header"; fi
    (cd "$sbuild" && PATH=$nokpath $limit $m -j2) >"$w/standalone.2.log" 2>&1
    status2=$?
    grep '^	' "$sbuild/Makefile" | grep '$(KINDLER)\|kindler export' >"$w/standalone.rule"
    grep -i 'could not run\|kindler export\|kindler: not found\|kindler: No such\|kindler.*not found' \
      "$w/standalone.1.log" "$w/standalone.2.log" >"$w/standalone.tried"
    : >"$w/standalone.diff"
    same=0
    if test -n "$expected"; then
      run_programs "$expected" "$sbuild" "$w/standalone.got"
      diff "$expected" "$w/standalone.got" >"$w/standalone.diff" 2>&1
      same=$?
    fi
    what="standalone: export --standalone; make builds with no kindler on PATH, and again after $source and $header are touched"
    if test -z "$found" && test $status1 -eq 0 && test $status2 -eq 0 &&
       test ! -s "$w/standalone.rule" && test ! -s "$w/standalone.tried" && test $same -eq 0; then
      echo "PASS $label: $what" >>"$out"
    else
      echo "FAIL $label: $what (exit $status1, then $status2)" >>"$out"
      { if test -n "$found"; then echo "kindler still on PATH: $found"; fi
        echo "recipes that run kindler:"; cat "$w/standalone.rule"
        echo "attempts to run kindler:"; cat "$w/standalone.tried"
        echo "programs (- expected, + got):"; cat "$w/standalone.diff"
        echo "first make said:"; cat "$w/standalone.1.log"
        echo "second make said:"; cat "$w/standalone.2.log"; } | detail >>"$out"
    fi
  else
    echo "FAIL $label: standalone: kindler export --standalone" >>"$out"
    detail <"$w/standalone.export.log" >>"$out"
  fi
  # the normal build catches up with the touched files
  build "$w/standalone.catchup.log"

  # no-kindler: editing sources never runs kindler; editing the project
  # file does, and says so when it cannot
  sleep 1
  touch "$w/src/$source"
  if test -n "$header"; then touch "$w/src/$header"; fi
  build "$w/nokindler.1.log" KINDLER=/nonexistent/kindler
  status=$?
  if test $status -eq 0; then
    echo "PASS $label: no-kindler: after $source and $header are touched, make KINDLER=/nonexistent/kindler builds" >>"$out"
  else
    echo "FAIL $label: no-kindler: after $source and $header are touched, make KINDLER=/nonexistent/kindler builds (exit $status)" >>"$out"
    detail <"$w/nokindler.1.log" >>"$out"
  fi
  sleep 1
  touch "$w/src/$kfile"
  build "$w/nokindler.2.log" KINDLER=/nonexistent/kindler
  status=$?
  if test $status -ne 0 && grep 'could not run' "$w/nokindler.2.log" >/dev/null &&
     grep -F "$kfile" "$w/nokindler.2.log" >/dev/null; then
    echo "PASS $label: no-kindler: after $kfile is touched, make KINDLER=/nonexistent/kindler stops: could not run, naming $kfile" >>"$out"
  else
    echo "FAIL $label: no-kindler: after $kfile is touched, make KINDLER=/nonexistent/kindler stops: could not run, naming $kfile (exit $status)" >>"$out"
    detail <"$w/nokindler.2.log" >>"$out"
  fi
  build_twice "$w/nokindler.back.log"
  if test $status -ne 0; then
    echo "FAIL $label: no-kindler: a plain make then catches up (make ran $tries time(s), last exit $status)" >>"$out"
    said_twice "$w/nokindler.back.log" | detail >>"$out"
  fi
  fi    # E2E_MAKE_STEP_TOOLCHAINS

  # install
  dest=$w/dest
  touch "$w/mark.install"
  (cd "$build" && $limit $m DESTDIR="$dest" PREFIX=/usr install) >"$w/install.log" 2>&1
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
  (cd "$build" && $limit $m DESTDIR="$dest" PREFIX=/usr uninstall) >"$w/uninstall.log" 2>&1
  status=$?
  installed_files "$dest" >"$w/uninstall.left"
  if test $status -eq 0 && test ! -s "$w/uninstall.left"; then
    echo "PASS $label: uninstall leaves no file" >>"$out"
  else
    echo "FAIL $label: uninstall leaves no file (exit $status)" >>"$out"
    { echo "left:"; cat "$w/uninstall.left"; echo "make said:"
      cat "$w/uninstall.log"; } | detail >>"$out"
  fi

  # clean: no artifact (a file at the top but the Makefile, the test
  # script, the pkg-config file's body and the stamp), no object and no test log is left; the
  # exporter's own files below TARGET.dir stay
  (cd "$build" && $limit $m clean) >"$w/clean.log" 2>&1
  status=$?
  (cd "$build" && find . ! -type d -print) | sed 's|^\./||' |
    grep -v '^Makefile$\|^kindler-test\.sh$\|\.pc\.in$\|^kindler\.stamp$' |
    grep '^[^/]*$\|\.o$\|/test\.log$' |
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
  if test -n "$steps" && build "$w/rebuild-all.log"; then
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
      build_twice "$w/edit.$step"
      run_programs "$e2e/reconfigure/$name/$step.expected-output" "$build" "$w/edit.$step.got"
      touch "$w/mark.edit"
      build "$w/edit.$step.3.log"
      changed_since "$w/mark.edit" >"$w/edit.changed"
      diff "$e2e/reconfigure/$name/$step.expected-output" "$w/edit.$step.got" >"$w/edit.diff" 2>&1
      same=$?
      if test $status -eq 0 && test $same -eq 0 && test ! -s "$w/edit.changed"; then
        echo "PASS $label: reconfigure $step: make builds the edited project" >>"$out"
      else
        echo "FAIL $label: reconfigure $step: make builds the edited project" >>"$out"
        { echo "make ran $tries time(s), last exit $status"
          echo "programs (- expected, + got):"; cat "$w/edit.diff"
          said_twice "$w/edit.$step"
          echo "files the next make changed:"; cat "$w/edit.changed"; } |
          detail >>"$out"
        # Recover as a user would, so that the next step proves its own
        # point: export by hand, then build.
        (cd "$w/src" && $limit "$kindler" export -f "$kfile" -B ../build \
           --toolchain "$tc" --config $config && cd ../build && $limit $m -j2) >"$w/recover.$step.log" 2>&1
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
  # An example with sources a generator makes (a .y or .l) is the
  # generators lane's (t/generators.sh): its parser does not exist before
  # a build, which the spec step's gcc -M needs.
  names=`cd "$top/examples" && for d in *; do
    if ls "$d"/*.y "$d"/*.l >/dev/null 2>&1; then
      echo "# $d: built by the generators lane (t/generators.sh)" >&2
    elif ls "$d"/*.kindler >/dev/null 2>&1; then echo "$d"; fi
  done`
fi

# One line per combination: "N NAME MAKE TOOLCHAIN"; a make that is not
# here is a skip line "N NAME MAKE - reason". The legacy makes run the
# legacy toolchains only; the fallback (toolchain acc) comes last.
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
    tcs=$toolchains
    test $mk = bmake && tcs=$bmake_toolchains
    if is_legacy $mk; then
      tcs=$legacy_toolchains
      if test -z "`make_program $mk`"; then
        why="$mk: ${legacy_skip:-not built by t/legacy.sh, and not installed}"
      fi
    elif command -v $mk >/dev/null 2>&1; then
      if test $mk = make && ! make --version 2>/dev/null | grep GNU >/dev/null; then
        why="make is not GNU make"
      fi
    else
      why="$mk is not installed"
    fi
    for tc in $tcs; do
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
if test "$fallback" = 1; then
  n=`expr $n + 1`
  if make --version 2>/dev/null | grep GNU >/dev/null; then
    echo "$n hello make acc" >>"$tmp/combos"
  else
    echo "$n hello make - GNU make is not installed (the fake HP C combination)" >>"$tmp/combos"
  fi
fi
total=$n

# Once per example, beside the matrix: its rebuild spec against gcc -M
# (in directories of its own; "worker 0", reported first)
(
  for name in $names; do spec_vs_gcc "$name"; done >>"$tmp/res/0.out"
  : >"$tmp/res/0.done"
  : >"$tmp/worker.0.end"
) </dev/null &

# The queue: the combinations of E2E_MAKE_STEP_TOOLCHAINS first (they run
# every step, the others stop after kill), then the rest, each in the
# matrix's order, so that the longest start first.
while read i name mk tc why; do
  case " $make_step_toolchains " in *" $tc "*) echo "$i $name $mk $tc $why" ;; esac
done <"$tmp/combos" >"$tmp/queue"
while read i name mk tc why; do
  case " $make_step_toolchains " in *" $tc "*) ;; *) echo "$i $name $mk $tc $why" ;; esac
done <"$tmp/combos" >>"$tmp/queue"

# Workers: each takes the next combination of the queue that no other
# worker took (mkdir is atomic), until none is left.
k=1
while test $k -le $jobs; do
  (
    while read i name mk tc why; do
      mkdir "$tmp/res/$i.taken" 2>/dev/null || continue
      if test "$tc" = -; then
        echo "SKIP $name $mk: $why" >"$tmp/res/$i.out"
      else
        (combo $i $name $mk $tc) </dev/null
      fi
      : >"$tmp/res/$i.done"
    done <"$tmp/queue"
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
    # A worker that died leaves its combinations unreported (worker 0
    # is the rebuild specs').
    if test `ls "$tmp"/worker.*.end 2>/dev/null | wc -l` -gt $jobs &&
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
