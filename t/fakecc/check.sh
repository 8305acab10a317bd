#!/bin/sh
# t/fakecc/check.sh: the fakes answer their identity queries exactly (text,
# stream, exit status), compile, and refuse what the vendor refuses.
#   sh t/fakecc/check.sh            (from anywhere)
# Prints "ok N - ..." / "not ok N - ..." and "N passed, N failed"; exit 1 on
# any failure.

here=`dirname "$0"`
here=`cd "$here" && pwd`
tmp=${TMPDIR:-/tmp}/fakecc-check.$$
mkdir "$tmp" || exit 1
trap 'rm -rf "$tmp"' 0
cd "$tmp" || exit 1
n=0 passed=0 failed=0
nl='
'

# expect DESCRIPTION STATUS STDOUT STDERR -- COMMAND...
expect() {
  desc=$1 want_rc=$2 want_out=$3 want_err=$4
  shift 5
  "$@" >out 2>err </dev/null
  rc=$?
  n=`expr $n + 1`
  got_out=`cat out` got_err=`cat err`
  if [ "$rc" = "$want_rc" ] && [ "$got_out" = "$want_out" ] && [ "$got_err" = "$want_err" ]; then
    passed=`expr $passed + 1`
    echo "ok $n - $desc"
  else
    failed=`expr $failed + 1`
    echo "not ok $n - $desc"
    echo "#   status $rc (want $want_rc)"
    sed 's/^/#   stdout: /' out
    sed 's/^/#   stderr: /' err
  fi
}

# status DESCRIPTION STATUS -- COMMAND...: only the exit status matters.
status() {
  desc=$1 want_rc=$2
  shift 3
  "$@" >out 2>err </dev/null
  rc=$?
  n=`expr $n + 1`
  if [ "$rc" = "$want_rc" ]; then
    passed=`expr $passed + 1`; echo "ok $n - $desc"
  else
    failed=`expr $failed + 1`; echo "not ok $n - $desc (status $rc, want $want_rc)"
    sed 's/^/#   /' err
  fi
}

m=$here/mipspro744 s0=$here/sunc510 s3=$here/sunc513 x=$here/xlc111 h=$here/acc
ver="MIPSpro Compilers: Version 7.4.4m"
expect "MIPSpro cc -version" 0 "" "$ver" -- $m/cc -version
expect "MIPSpro CC -version" 0 "" "$ver" -- $m/CC -version
use="Use 'cc -flags' for details"
expect "Sun C 5.10 cc -V" 1 "" "cc: Sun C 5.10 SunOS_sparc 2009/06/03${nl}usage: cc [ options] files.  $use" -- $s0/cc -V
expect "Sun C 5.13 cc -V" 1 "" "cc: Sun C 5.13 SunOS_i386 2014/10/20${nl}usage: cc [ options] files.  $use" -- $s3/cc -V
expect "Sun C++ 5.10 CC -V" 1 "" "CC: Sun C++ 5.10 SunOS_sparc 2009/06/03${nl}usage: CC [ options] files.  Use 'CC -flags' for details" -- $s0/CC -V
xv="IBM XL C/C++ for AIX, V11.1 (5724-X13)${nl}Version: 11.01.0000.0015"
expect "XL C xlc -qversion" 249 "$xv" "" -- $x/xlc -qversion
expect "XL C++ xlC -qversion" 249 "$xv" "" -- $x/xlC -qversion
expect "HP aCC -V" 0 "" "aCC: HP C/aC++ B3910B A.06.25 [Nov 30 2009]" -- $h/aCC -V
expect "HP cc -V" 0 "" "cc: HP C/aC++ B3910B A.06.25 [Nov 30 2009]" -- $h/cc -V

printf '__SUNPRO_C __IBMC__ __xlC__ _COMPILER_VERSION _SGI_COMPILER_VERSION __HP_aCC __GNUC__\n' > m.c
expect "Sun C 5.10 predefines __SUNPRO_C=0x5100" 0 "0x5100 __IBMC__ __xlC__ _COMPILER_VERSION _SGI_COMPILER_VERSION __HP_aCC __GNUC__" "" -- $s0/cc -E m.c
expect "Sun C 5.13 predefines __SUNPRO_C=0x5130" 0 "0x5130 __IBMC__ __xlC__ _COMPILER_VERSION _SGI_COMPILER_VERSION __HP_aCC __GNUC__" "" -- $s3/cc -E m.c
expect "XL C predefines __IBMC__ and __xlC__" 0 "__SUNPRO_C 1110 0x0b01 _COMPILER_VERSION _SGI_COMPILER_VERSION __HP_aCC __GNUC__" "" -- $x/xlc -E m.c
expect "MIPSpro predefines its version macros" 0 "__SUNPRO_C __IBMC__ __xlC__ 744 744 __HP_aCC __GNUC__" "" -- $m/cc -E m.c
expect "HP aCC predefines __HP_aCC" 0 "__SUNPRO_C __IBMC__ __xlC__ _COMPILER_VERSION _SGI_COMPILER_VERSION 62500 __GNUC__" "" -- $h/aCC -E m.c

echo 'int x(void) { return 1; }' > x.c
status "Sun C 5.10 compiles: cc -c x.c -o x.o" 0 -- $s0/cc -c x.c -o x.o
expect "Sun C 5.10 refuses -std=c99" 1 "" "cc: Warning: Option -std=c99 passed to ld, if ld is invoked, ignored otherwise" -- $s0/cc -std=c99 -c x.c -o x.o
status "Sun C 5.13 takes -std=c99" 0 -- $s3/cc -std=c99 -c x.c -o x.o
status "Sun C 5.10 takes -xc99=all -KPIC -mt" 0 -- $s0/cc -xc99=all -KPIC -mt -c x.c -o x.o
status "Sun C 5.10 refuses -xMMD" 1 -- $s0/cc -xMMD -xMF x.d -c x.c -o x.o
status "Sun C 5.13 takes -xMMD -xMF" 0 -- $s3/cc -xMMD -xMF x.d -c x.c -o x.o
status "Sun C 5.10 links a shared library: -G -h" 0 -- $s0/cc -G -KPIC -h libx.so.1 -o libx.so.1 x.c
status "Sun C 5.10 -V with a file compiles" 0 -- $s0/cc -V -c x.c -o x.o
expect "MIPSpro refuses -fPIC" 1 "" "cc ERROR parsing -fPIC:  unknown flag" -- $m/cc -fPIC -c x.c -o x.o
status "MIPSpro takes -KPIC -n32 -MDupdate" 0 -- $m/cc -KPIC -n32 -MDupdate x.d -c x.c -o x.o
status "XL C refuses -qlanglvl=extc1x (V12.1)" 1 -- $x/xlc -qlanglvl=extc1x -c x.c -o x.o
status "XL C takes -qpic -qlanglvl=stdc99 -qmakedep=gcc -MF" 0 -- $x/xlc -qpic -qlanglvl=stdc99 -qmakedep=gcc -MF x.d -c x.c -o x.o
expect "HP cc refuses -fPIC" 1 "" "cc: warning 901: unknown option: \`-fPIC': use +help for online documentation." -- $h/cc -fPIC -c x.c -o x.o
status "HP cc takes +Z -AC99 +Maked" 0 -- $h/cc +Z -AC99 +Maked -c x.c -o x.o
k=$here/kit/kit
expect "kit --version" 0 "kit 0.4.2 (x86_64-linux)" "" -- $k --version
expect "kit cc --version" 0 "kit 0.4.2 (x86_64-linux)" "" -- $k cc --version
expect "kit cc --target=x86_64-windows --version" 0 "kit 0.4.2 (x86_64-windows)" "" -- $k cc --target=x86_64-windows --version
printf '_MSC_VER __MINGW32__ __MINGW64__ _WIN32 __linux__ __GNUC__\n' > w.c
expect "kit cc predefines the host's macros, no compiler's" 0 "_MSC_VER __MINGW32__ __MINGW64__ _WIN32 1 __GNUC__" "" -- $k cc -E w.c
expect "kit cc for x86_64-windows predefines __MINGW32__ and __MINGW64__, never _MSC_VER" 0 "_MSC_VER 1 1 1 __linux__ __GNUC__" "" -- $k cc --target=x86_64-windows -E w.c
status "kit cc compiles: kit cc -c x.c -o x.o" 0 -- $k cc -c x.c -o x.o
status "kit ar archives: kit ar rc libx.a x.o" 0 -- $k ar rc libx.a x.o
status "kit ranlib indexes: kit ranlib libx.a" 0 -- $k ranlib libx.a
cp x.c x.cc
expect "kit cc refuses C++ sources" 1 "" "kit cc: x.cc: C++ is not supported" -- $k cc -c x.cc -o x.o
expect "kit cc refuses -std=c++98" 1 "" "kit cc: unknown option '-std=c++98'" -- $k cc -std=c++98 -c x.c -o x.o
expect "kit cc refuses an unknown target" 1 "" "kit cc: unknown target 'x86_64-w64-mingw32'; the targets are x86_64-linux x86_64-windows aarch64-windows" -- $k cc --target=x86_64-w64-mingw32 -c x.c -o x.o
expect "kit has no c++ command" 1 "" "kit: 'c++' is not a kit command; the commands are cc ld ar ranlib as run" -- $k c++ -c x.cc -o x.o
FAKECC_UNKNOWN=warn; export FAKECC_UNKNOWN
status "FAKECC_UNKNOWN=warn: Sun C 5.10 only warns about -std=c99" 0 -- $s0/cc -std=c99 -c x.c -o x.o

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
