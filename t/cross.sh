#!/bin/sh
# cross.sh: exporting for another machine (kindler(1), --target; "bootstrap
# there, export here" in kindler-bootstrap(8)). The fake MIPSpro and Sun
# compilers of t/fakecc stand for the IRIX and Solaris machines:
#   profile     kindler-bootstrap --target TRIPLE probes them under their OS
#               hint into the profile targets/TRIPLE/, beside this
#               machine's caches; kindler cache list shows it
#   there       the profile's files, copied to a directory of their own as
#               an admin brings them back from the machine, drive
#               `kindler export --cache-dir DIR` for every example: the
#               Makefile is standalone, uses that machine's compilers and
#               flags, names no path of this machine, and pdpmake, Sun make
#               and SVR4 make accept it (-n: they print what they would run,
#               the vendor's cc, never gcc)
#   --target    export --target TRIPLE from the profile writes the same
#               Makefile as from the copied caches
#   missing     a profile that is not there, or damaged: exit 3, naming
#               the kindler-bootstrap --target command
# Usage: t/cross.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start cross "$1"
unset KINDLER_CACHE_DIR

. "$top/t/legacy.sh"
makes=
for mk in $legacy_pdpmake $legacy_sunmake $legacy_svr4make; do makes="$makes $mk"; done
test -n "$legacy_skip" && skip "legacy makes: $legacy_skip"

# machine FAKE HINT TRIPLE VENDOR-CC: one machine's profile, and every
# example exported from its caches brought back.
machine() {
  fake=$1 hint=$2 triple=$3 vendor_cc=$4
  PATH=$top/t/fakecc/$fake:$PATH "$bootstrap" --cache-dir "$scratch/caches" \
    --target "$triple" --compiler "$hint" >"$scratch/$fake.log" 2>&1
  profile=$scratch/caches/targets/$triple
  test -f "$profile/compiler_$hint.bin" && ls "$profile"/os_*.bin >/dev/null 2>&1
  ok=$?
  result $ok "$fake: kindler-bootstrap --target $triple writes a profile of its own"
  test $ok -eq 0 || sed 's/^/#   /' "$scratch/$fake.log" | tail -n 5
  "$kindler" cache list --cache-dir "$scratch/caches" >"$scratch/list" 2>&1
  grep "^compiler $hint  *$triple  *$profile/compiler_$hint.bin\$" "$scratch/list" >/dev/null
  result $? "$fake: kindler cache list shows the profile's caches"
  there=$scratch/there-$fake
  mkdir -p "$there" && cp "$profile"/*.bin "$there/"
  for dir in "$scratch"/src/*/; do
    name=`basename "$dir"`
    test -f "$dir/$name.kindler" || continue
    # Built inside the source tree, as it would be there: SRCDIR is "..".
    b=$dir/b-$fake
    (cd "$dir" && "$kindler" export -q --cache-dir "$there" -B "b-$fake") >"$scratch/err" 2>&1
    result $? "$fake/$name: export from the caches brought back"
    sed 's/^/#   /' "$scratch/err"
    test -f "$b/Makefile" || continue
    grep '^# Standalone' "$b/Makefile" >/dev/null &&
      grep "^CC = $vendor_cc\$" "$b/Makefile" >/dev/null
    result $? "$fake/$name: the Makefile is standalone and compiles with that machine's $vendor_cc"
    grep -n -e "$scratch" -e "$top" -e "$HOME/" -e '/usr/bin' -e '/bin/sh' "$b/Makefile" >"$scratch/paths"
    test ! -s "$scratch/paths"
    result $? "$fake/$name: the Makefile names no path of this machine"
    sed 's/^/#   /' "$scratch/paths" | head -n 5
    for mk in $makes; do
      (cd "$b" && "$mk" -n >"$scratch/n.out" 2>&1) &&
        grep "^[[:space:]]*$vendor_cc " "$scratch/n.out" >/dev/null &&
        ! grep 'gcc\|clang' "$scratch/n.out" >/dev/null
      ok=$?
      result $ok "$fake/$name: `basename "$mk"` -n runs that machine's compilers"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/n.out" | head -n 5
    done
    # --target: the profile in place writes the same Makefile.
    if test $name = hello; then
      (cd "$dir" && "$kindler" export -q --cache-dir "$scratch/caches" --target "$triple" \
        -B "b-$fake.t") >"$scratch/err" 2>&1
      cmp -s "$b/Makefile" "$b.t/Makefile"
      result $? "$fake: export --target $triple writes what the copied caches do"
      sed 's/^/#   /' "$scratch/err"
    fi
  done
}

mkdir -p "$scratch/src" && cp -R "$top"/examples/* "$scratch/src/" || exit 1
machine mipspro744 mipspro mips-sgi-irix6.5 cc
machine sunc510 sunpro sparc-sun-solaris2.10 cc

# missing
cd "$scratch/src/hello" || exit 1
"$kindler" export -q --cache-dir "$scratch/caches" --target sparc-sun-solaris2.11 \
  -B "$scratch/b-missing" >/dev/null 2>"$scratch/err"
status=$?
test $status -eq 3 &&
  grep "KIN-700.*remedy\|kindler-bootstrap --cache-dir $scratch/caches --target sparc-sun-solaris2.11" "$scratch/err" >/dev/null
result $? "a profile that is not there: exit 3 naming kindler-bootstrap --target (got $status)"
sed 's/^/#   /' "$scratch/err"
printf 'garbage' >"$scratch/caches/targets/mips-sgi-irix6.5/os_irix65.bin"
"$kindler" export -q --cache-dir "$scratch/caches" --target mips-sgi-irix6.5 \
  -B "$scratch/b-damaged" >/dev/null 2>"$scratch/err"
status=$?
test $status -eq 3 && grep 'KIN-701' "$scratch/err" >/dev/null &&
  grep "kindler-bootstrap --cache-dir $scratch/caches --target mips-sgi-irix6.5" "$scratch/err" >/dev/null
result $? "a damaged profile: KIN-701, exit 3 naming kindler-bootstrap --target (got $status)"
sed 's/^/#   /' "$scratch/err"

finish
