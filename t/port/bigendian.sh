#!/bin/sh
# t/port/bigendian.sh PHASE: Kindler on a big-endian CPU (s390x by default)
# through a cross compiler and qemu-user, against the x86_64 (host) build.
# Each PHASE is one portcheck lane; the phases of one run share $work, and
# each builds what it needs once (Lua, the cross build, the host build,
# the caches), so any phase also runs alone.
#
#   lua        Lua 5.1 built for the target from Debian's sources (lua.sh)
#   build      ./configure.sh CXX=TRIPLET-g++ --with-lua-include=DIR
#              --with-lua-lib=DIR && make: kindler, kindler-bootstrap and
#              the unit tests (t/unit, Catch2) cross-built, as a user with a
#              cross toolchain would; every program a big-endian ELF
#   unit       the unit tests under qemu
#   cases      t/cases.sh and t/codes.sh with the target's kindler under
#              qemu, reading caches the x86_64 kindler-bootstrap wrote
#   cache-le   caches written on x86_64 read the same on the target:
#              `kindler cache list/show` and the decoder (cachetool) agree
#   cache-be   caches written on the target (its kindler-bootstrap under
#              qemu, probing this machine's compilers) read the same on
#              x86_64: compiler caches byte-identical to the x86_64 ones,
#              the OS cache the same but for os.machine, `kindler cache
#              show` the same, t/cases.sh on x86_64 passes with them, every
#              example exported with them on x86_64 is byte-identical to
#              its export with the x86_64 caches (bootstrap there, export
#              here) and hello builds and runs; and the golden facts of
#              cache/samples/ encode on the target to exactly the sample
#              bytes
#   export     every export the tests make (lib.sh: for_each_export),
#              done by both kindlers with the same caches: the build
#              directories (Makefile, flag files), the diagnostics and the
#              exit status are byte-identical (but for the Makefile's
#              KINDLER line: each names the program that wrote it)
#
# Environment: PORT_BE_ARCH=s390x (default), mips or powerpc.
# Prints TAP lines and "N passed, N failed, N skipped"; exits 1 on failure.
# Usage: sh t/port/bigendian.sh PHASE

here=`dirname "$0"`
here=`cd "$here" && pwd`
. "$here/lib.sh"
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES GNUMAKEFLAGS KINDLER_CACHE_DIR KINDLER_HOME
LC_ALL=C
export LC_ALL

phase=$1
arch=${PORT_BE_ARCH:-s390x}
case $arch in
  s390x) triplet=s390x-linux-gnu qemu=qemu-s390x ;;
  mips) triplet=mips-linux-gnu qemu=qemu-mips ;;
  powerpc) triplet=powerpc-linux-gnu qemu=qemu-ppc ;;
  *) echo "PORT_BE_ARCH must be s390x, mips or powerpc, not $arch" >&2; exit 2 ;;
esac
cxx=$triplet-g++
sysroot=/usr/$triplet
be=$work/be-$arch
mkdir -p "$be" || exit 1
host=`uname -m`

# ---- preconditions: a missing tool is a skip, with the reason --------------
need_cross() {
  if have $cxx && have $triplet-gcc; then return 0; fi
  skip "$cxx is not installed (Debian: apt-get install g++-$triplet): no $arch build here"
  finish
}
need_qemu() {
  if have $qemu; then return 0; fi
  skip "$qemu is not installed (Debian: apt-get install qemu-user): $arch programs cannot run here"
  finish
}
need_build() {
  if be_build; then return 0; fi
  not_ok "needs the $arch build, which failed (lane be-build)" "$be/build.tap"
  finish
}
need_le_caches() {
  if le_caches; then return 0; fi
  not_ok "the $host kindler-bootstrap writes caches" "$work/caches-le.log"
  finish
}

# ---- Lua for the target -------------------------------------------------------
be_lua() {
  if test -f "$be/lua.dir"; then lua=`cat "$be/lua.dir"`; return 0; fi
  if test -f "$be/lua.failed"; then return 1; fi
  if sh "$here/lua.sh" $triplet >"$be/lua.log" 2>&1; then
    lua=`tail -n 1 "$be/lua.log"`
    if test -f "$lua/lib/liblua5.1.a"; then
      echo "$lua" >"$be/lua.dir"
      return 0
    fi
  fi
  : >"$be/lua.failed"
  return 1
}

# ---- the cross build ----------------------------------------------------------
# msb FILE: is FILE a big-endian ELF (EI_DATA, byte 5, is 2)?
msb() {
  test "`od -An -c -N4 "$1" | tr -d ' \n'`" = 177ELF &&
    test "`od -An -tx1 -j5 -N1 "$1" | tr -d ' \n'`" = 02
}
# do_build: TAP lines for each step of the cross build; $be/build.ok at the end
do_build() {
  t=$be/tree
  rm -rf "$t"
  copy_tree "$top" "$t" >"$be/copy.log" 2>&1 || { not_ok "scratch copy of the tree" "$be/copy.log"; return 1; }
  if be_lua; then :; else
    not_ok "Lua 5.1 for $arch (lane be-lua)" "$be/lua.log"
    return 1
  fi
  conf="./configure.sh CXX=$cxx --with-lua-include=$lua/include --with-lua-lib=$lua/lib"
  if (cd "$t" && $conf) >"$be/configure.log" 2>&1; then
    ok "$conf (config.mk:" `sed -n 's/^CXX = /CXX=/p; s/^LUA_LIBS = /LUA_LIBS=/p; s/^CATCH2 = /CATCH2=/p' "$t/config.mk"`")"
  else
    not_ok "$conf" "$be/configure.log"
    return 1
  fi
  start=`now`
  if (cd "$t" && make -j2 all) >"$be/make.log" 2>&1; then
    ok "make builds kindler and kindler-bootstrap for $arch (`expr \`now\` - $start` s)"
  else
    not_ok "make builds kindler and kindler-bootstrap for $arch" "$be/make.log"
    return 1
  fi
  if grep '^CATCH2 = yes$' "$t/config.mk" >/dev/null; then :; else
    not_ok "configure.sh found Catch2 for $cxx (CATCH2 = yes), so the unit tests can be cross-built" "$be/configure.log"
    return 1
  fi
  start=`now`
  if (cd "$t" && make -j2 unit-tests) >"$be/make-unit.log" 2>&1; then
    ok "make unit-tests builds the unit tests for $arch (`expr \`now\` - $start` s)"
  else
    not_ok "make unit-tests builds the unit tests for $arch" "$be/make-unit.log"
    return 1
  fi
  # cachetool, the tests' view of the decoder (as t/bootstrap/run.sh builds it)
  if (cd "$t" && $cxx -Isrc -It/bootstrap -o cachetool t/bootstrap/cachetool.cc \
        core.dir/cache_codec.cc.o core.dir/crc32.cc.o) >"$be/cachetool.log" 2>&1; then
    ok "t/bootstrap/cachetool builds for $arch against src/cache_codec"
  else
    not_ok "t/bootstrap/cachetool builds for $arch" "$be/cachetool.log"
    return 1
  fi
  notmsb=
  for p in kindler kindler-bootstrap unit-tests cachetool; do
    msb "$t/$p" || notmsb="$notmsb $p"
  done
  if test -z "$notmsb"; then
    ok "kindler, kindler-bootstrap, unit-tests and cachetool are big-endian ELF files"
  else
    not_ok "not big-endian ELF files:$notmsb"
    return 1
  fi
  # Wrappers, so that scripts can run the target's programs by path.
  mkdir -p "$be/bin" || return 1
  for p in kindler kindler-bootstrap cachetool; do
    printf '#!/bin/sh\nexec %s -L '"'"'%s'"'"' '"'"'%s'"'"' "$@"\n' $qemu "$sysroot" "$t/$p" >"$be/bin/$p"
    chmod +x "$be/bin/$p"
  done
  : >"$be/build.ok"
  return 0
}
be_build() {
  if test -f "$be/build.ok"; then return 0; fi
  if test -f "$be/build.failed"; then return 1; fi
  (n=0 passed=0 failed=0; do_build) >"$be/build.tap" 2>&1
  if test -f "$be/build.ok"; then return 0; fi
  : >"$be/build.failed"
  return 1
}

# same DESCRIPTION FILE1 FILE2: ok when the files are equal, else the diff
same() {
  if cmp -s "$2" "$3"; then
    ok "$1"
  else
    diff "$2" "$3" >"$be/diff" 2>&1
    not_ok "$1" "$be/diff"
  fi
}
# name_of FILE: the hint name of a cache file (os_linux.bin -> linux)
name_of() { basename "$1" .bin | sed 's/^[a-z]*_//'; }
K_LE=$work/host/kindler
K_BE=$be/bin/kindler
T_LE=$work/host/cachetool
T_BE=$be/bin/cachetool

case $phase in
lua)
  need_cross
  start=`now`
  if be_lua; then
    ok "Lua 5.1 for $arch: `sed -n 's/^built: //p; s/^cached: /cached, /p' "$be/lua.log"` (`expr \`now\` - $start` s) in $lua"
  else
    not_ok "Lua 5.1 for $arch from Debian's lua5.1 source package (t/port/lua.sh $triplet)" "$be/lua.log"
  fi ;;

build)
  need_cross
  be_build
  # its TAP lines, counted here
  while IFS= read -r line; do
    case $line in
      "ok "*) ok "`expr "x$line" : 'xok [0-9]* - \(.*\)'`" ;;
      "not ok "*) n=`expr $n + 1`; failed=`expr $failed + 1`
        echo "not ok $n - `expr "x$line" : 'xnot ok [0-9]* - \(.*\)'`" ;;
      *) echo "$line" ;;
    esac
  done <"$be/build.tap"
  test -f "$be/build.ok" || test $failed -gt 0 || not_ok "the $arch build" ;;

unit)
  need_cross
  need_qemu
  need_build
  start=`now`
  (cd "$be/tree" && $qemu -L "$sysroot" unit-tests -r tap -w NoTests) >"$be/unit.raw" 2>&1
  status=$?
  tr -d '\000' <"$be/unit.raw" >"$be/unit.log"   # tests print NUL bytes
  p=`grep -c '^ok ' "$be/unit.log"`
  f=`grep -c '^not ok ' "$be/unit.log"`
  if test $status -eq 0 && test $f -eq 0 && test $p -gt 0; then
    ok "unit-tests under $qemu: $p assertions passed, 0 failed (`expr \`now\` - $start` s)"
  else
    n=`expr $n + 1`
    failed=`expr $failed + 1`
    echo "not ok $n - unit-tests under $qemu exits $status: $p passed, $f failed"
    grep -A3 '^not ok ' "$be/unit.log" | sed 's/^/#   /' | head -n 40
    test $f -gt 0 || tail -n 20 "$be/unit.log" | sed 's/^/#   /'
  fi ;;

cases)
  need_cross
  need_qemu
  need_build
  need_le_caches
  start=`now`
  (cd "$be/tree" && KINDLER_CACHE_DIR=$work/caches-le sh t/cases.sh "$K_BE") >"$be/cases.log" 2>&1
  status=$?
  summary=`tail -n 1 "$be/cases.log"`
  if test $status -eq 0; then
    ok "t/cases.sh under $qemu with the caches written on $host: $summary (`expr \`now\` - $start` s)"
  else
    n=`expr $n + 1`
    failed=`expr $failed + 1`
    echo "not ok $n - t/cases.sh under $qemu with the caches written on $host: $summary"
    grep '^not ok' "$be/cases.log" | sed 's/^/#   /'
    # The same cases and caches on x86_64: an endian bug fails only on $arch.
    (cd "$work/host" && KINDLER_CACHE_DIR=$work/caches-le sh t/cases.sh "$K_LE") >"$be/cases-le.log" 2>&1
    grep '^not ok' "$be/cases.log" | sed 's/^not ok [0-9]* - //' >"$be/a"
    grep '^not ok' "$be/cases-le.log" | sed 's/^not ok [0-9]* - //' >"$be/b"
    if cmp -s "$be/a" "$be/b"; then
      echo "#   the same cases fail on $host with the same caches: not an endian problem"
    else
      echo "#   on $host with the same caches, these fail instead:"
      sed 's/^/#     /' "$be/b"
    fi
    grep -A12 '^not ok' "$be/cases.log" | sed 's/^/#   /' | head -n 60
  fi
  start=`now`
  if (cd "$be/tree" && sh t/codes.sh "$K_BE") >"$be/codes.log" 2>&1; then
    ok "t/codes.sh under $qemu: `tail -n 1 "$be/codes.log"` (`expr \`now\` - $start` s)"
  else
    n=`expr $n + 1`
    failed=`expr $failed + 1`
    echo "not ok $n - t/codes.sh under $qemu: `tail -n 1 "$be/codes.log"`"
    grep '^not ok' "$be/codes.log" | sed 's/^/#   /' | head -n 20
  fi ;;

cache-le)
  need_cross
  need_qemu
  need_build
  need_le_caches
  C=$work/caches-le
  KINDLER_CACHE_DIR=$C "$K_LE" cache list >"$be/le.out" 2>&1
  KINDLER_CACHE_DIR=$C "$K_BE" cache list >"$be/be.out" 2>&1
  same "kindler cache list of the $host-written caches: the same on $arch" "$be/le.out" "$be/be.out"
  for f in "$C"/*.bin; do
    b=`basename "$f"`
    KINDLER_CACHE_DIR=$C "$K_LE" cache show `name_of "$f"` >"$be/le.out" 2>&1
    echo "exit $?" >>"$be/le.out"
    KINDLER_CACHE_DIR=$C "$K_BE" cache show `name_of "$f"` >"$be/be.out" 2>&1
    echo "exit $?" >>"$be/be.out"
    same "$b written on $host: kindler cache show `name_of "$f"` on $arch prints the same" "$be/le.out" "$be/be.out"
    "$T_LE" show "$f" >"$be/le.out" 2>&1
    "$T_BE" show "$f" >"$be/be.out" 2>&1
    same "$b written on $host: decodes on $arch to the same facts (cachetool show)" "$be/le.out" "$be/be.out"
  done ;;

cache-be)
  need_cross
  need_qemu
  need_build
  need_le_caches
  C=$be/caches-be
  rm -rf "$C"
  start=`now`
  # The same hints as the host bootstrap read, so that the paths agree.
  if "$be/bin/kindler-bootstrap" --hints "$work/host/hints" --cache-dir "$C" -q \
      >"$be/bootstrap.log" 2>&1 && test -f "$C/os_linux.bin"; then
    ok "kindler-bootstrap under $qemu probes this machine and writes caches (`expr \`now\` - $start` s):" \
      `cd "$C" && ls`
    for f in "$work/caches-le"/compiler_*.bin; do
      b=`basename "$f"`
      if test -f "$C/$b"; then
        same "$b written on $arch is byte-identical to the one written on $host" "$f" "$C/$b"
      else
        not_ok "$b: written on $host, not on $arch"
      fi
    done
    # The OS cache records uname -m, which qemu answers for the target.
    "$T_LE" show "$work/caches-le/os_linux.bin" >"$be/le.facts" 2>&1
    "$T_LE" show "$C/os_linux.bin" >"$be/be.facts" 2>&1
    machine=`sed -n 's/^os\.machine = //p' "$be/be.facts"`
    grep -v '^os\.machine = ' "$be/le.facts" >"$be/le.out"
    grep -v '^os\.machine = ' "$be/be.facts" >"$be/be.out"
    same "os_linux.bin written on $arch (os.machine = $machine) decodes on $host to the facts of the $host one but os.machine" \
      "$be/le.out" "$be/be.out"
    for f in "$C"/*.bin; do
      KINDLER_CACHE_DIR=$C "$K_BE" cache show `name_of "$f"` >"$be/be.out" 2>&1
      echo "exit $?" >>"$be/be.out"
      KINDLER_CACHE_DIR=$C "$K_LE" cache show `name_of "$f"` >"$be/le.out" 2>&1
      echo "exit $?" >>"$be/le.out"
      same "`basename "$f"` written on $arch: kindler cache show `name_of "$f"` on $host prints the same" \
        "$be/be.out" "$be/le.out"
    done
    start=`now`
    if (cd "$work/host" && KINDLER_CACHE_DIR=$C sh t/cases.sh "$K_LE") >"$be/cases-le-from-be.log" 2>&1; then
      ok "t/cases.sh on $host with the caches written on $arch: `tail -n 1 "$be/cases-le-from-be.log"` (`expr \`now\` - $start` s)"
    else
      not_ok "t/cases.sh on $host with the caches written on $arch: `tail -n 1 "$be/cases-le-from-be.log"`"
      grep '^not ok' "$be/cases-le-from-be.log" | sed 's/^/#   /'
    fi
    # Bootstrap there, export here (kindler-bootstrap(8)): each example
    # exported on $host with the caches written on $arch gives the bytes
    # its export with the $host caches gives (but for the Makefile's
    # KINDLER_CACHE_DIR line, which names the caches it re-exports with),
    # and the program it builds runs.
    rm -rf "$be/x-be" "$be/x-le" "$be/x.log"
    differ=
    for d in "$work/host/examples"/*/; do
      name=`basename "$d"`
      test -f "$d/$name.kindler" || continue
      for side in be le; do
        dir=$C
        test $side = le && dir=$work/caches-le
        (cd "$d" && "$K_LE" export -q --cache-dir "$dir" -B "$be/x-$side/$name") >>"$be/x.log" 2>&1 &&
          grep -v '^KINDLER_CACHE_DIR = ' "$be/x-$side/$name/Makefile" >"$be/x-$side/$name.mk" &&
          mv "$be/x-$side/$name.mk" "$be/x-$side/$name/Makefile.cmp" || differ="$differ $name($side)"
      done
      diff -r -x Makefile "$be/x-le/$name" "$be/x-be/$name" >>"$be/x.log" 2>&1 || differ="$differ $name"
    done
    if test -z "$differ"; then
      ok "every example exported on $host with the caches written on $arch: byte-identical to its export with the $host caches"
    else
      not_ok "exports on $host with the caches written on $arch differ from those with the $host caches:$differ" "$be/x.log"
    fi
    if (cd "$be/x-be/hello" && make && ./hello) >"$be/x-hello.log" 2>&1; then
      ok "examples/hello exported with the caches written on $arch builds and runs here: `tail -n 1 "$be/x-hello.log"`"
    else
      not_ok "examples/hello exported with the caches written on $arch builds and runs here" "$be/x-hello.log"
    fi
  else
    not_ok "kindler-bootstrap under $qemu probes this machine and writes caches" "$be/bootstrap.log"
  fi
  # The golden samples: facts encoded on the target give the sample's bytes.
  for facts in "$be/tree"/cache/samples/*.facts; do
    test -f "$facts" || continue
    s=`basename "$facts" .facts`
    rm -f "$be/encoded.bin"
    if "$T_BE" encode "$facts" "$be/encoded.bin" >"$be/encode.log" 2>&1 &&
        cmp "$be/encoded.bin" "$be/tree/cache/samples/$s.bin" >>"$be/encode.log" 2>&1; then
      ok "cache/samples/$s.facts encoded on $arch: exactly the bytes of cache/samples/$s.bin"
    else
      not_ok "cache/samples/$s.facts encoded on $arch: exactly the bytes of cache/samples/$s.bin" "$be/encode.log"
    fi
  done ;;

export)
  need_cross
  need_qemu
  need_build
  need_le_caches
  KINDLER_CACHE_DIR=$work/caches-le
  export KINDLER_CACHE_DIR
  x=$be/export
  # program_line MAKEFILE: the Makefile without its KINDLER line, which
  # names the program that exported it (the two kindlers live apart)
  program_line() {
    if test -n "$1"; then
      grep -v '^KINDLER = ' "$1" >"$1.cmp" && mv "$1.cmp" "$1"
    fi
  }
  # one LABEL KIND DIR KFILE TOOLCHAIN: export with both kindlers in the
  # same place; the trees and the diagnostics must be byte-identical, but
  # for the KINDLER line
  one() {
    rm -rf "$x.le" "$x.le.out"
    export_to "$K_LE" "$2" "$3" "$4" "$5" "$x" || exit 1
    le_made=$made
    program_line "$made"
    mv "$x" "$x.le" && mv "$x.out" "$x.le.out" || exit 1
    export_to "$K_BE" "$2" "$3" "$4" "$5" "$x" || exit 1
    program_line "$made"
    if diff -r "$x.le" "$x" >"$be/diff" 2>&1 && diff "$x.le.out" "$x.out" >>"$be/diff" 2>&1; then
      if test -n "$le_made"; then
        ok "$1: the exported Makefile and build directory are byte-identical on $arch and $host"
      else
        ok "$1: no Makefile on either, the same diagnostics and exit status"
      fi
    else
      not_ok "$1: the exports on $arch and $host differ" "$be/diff"
    fi
  }
  for_each_export one ;;

*)
  echo "usage: bigendian.sh lua|build|unit|cases|cache-le|cache-be|export" >&2
  exit 2 ;;
esac
finish
