#!/bin/sh
# windows.sh: Windows artifacts (kindler(1), "Windows targets"), built with
# Debian's mingw-w64 cross compilers, and with kit (its fake,
# t/fakecc/kit, which compiles through them), and run under Wine:
#   profile     kindler-bootstrap --target x86_64-w64-mingw32 probes the
#               windows OS hint, mingw_gcc and kit into a scratch cache
#               directory; kit's driver names kit's target
#               (kit cc --target=x86_64-windows)
#   export      every example exports with --target x86_64-w64-mingw32:
#               with mingw_gcc, and with --toolchain kit (C by kit, C++ by
#               mingw_gcc, kit being a C toolchain), whose Makefile's tool
#               macros are kit's subcommands
#   build       GNU make and bmake build it (kit: GNU make)
#   names       executables are NAME.exe, shared libraries NAME.dll with the
#               import library libNAME.dll.a, static libraries libNAME.a;
#               nothing is named .so
#   run         each program, run under wine from the build directory (a
#               DLL is found beside the exe), prints the example's
#               expected-output. The C runtime's stdout and stderr are in
#               text mode, which writes "\n" as "\r\n": the output is
#               compared after every "\r" is dropped.
#   test        for an example with expected-test: make test runs the tests
#               through RUNNER (wine, from the OS hint) and prints its lines
#   install     mingw_gcc, make DESTDIR=... PREFIX=/usr install (GNU make):
#               DLLs in usr/bin, import and static libraries in usr/lib,
#               programs usr/bin/NAME.exe: the expected-install of the
#               example with those names (a symbolic link of install_links
#               links to the .exe); the installed programs run from usr/bin
# Wine runs with WINEDEBUG=-all in a prefix of the lane's own, created once
# (its start-up time is printed).
# Usage: t/windows.sh KINDLER
. "`dirname "$0"`/lib.sh"
kindler=$1
case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
bootstrap=`dirname "$kindler"`/kindler-bootstrap
top=`pwd`
triple=x86_64-w64-mingw32
scratch=${TMPDIR:-/tmp}/kindler-windows.$$
# The wine server of the lane's prefix stops before its prefix is removed.
trap 'test -d "$scratch/wine" && WINEPREFIX=$scratch/wine wineserver -k 2>/dev/null
  rm -rf "$scratch"' 0 HUP INT TERM
unset KINDLER_CACHE_DIR

missing=
for tool in $triple-gcc $triple-g++ $triple-ar wine; do
  command -v $tool >/dev/null 2>&1 || missing="$missing $tool"
done
if test -n "$missing"; then
  skip "not installed:$missing (Debian: gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 wine wine64)"
  finish
  exit
fi
# plans: TOOLCHAIN-MAKE
plans="mingw_gcc-make kit-make"
if command -v bmake >/dev/null 2>&1; then plans="$plans mingw_gcc-bmake"
else skip "bmake is not installed"; fi
mkdir -p "$scratch/src" && cp -R "$top"/examples/* "$scratch/src/" || exit 1
PATH=$top/t/fakecc/kit:$PATH
export PATH

# profile
profile=$scratch/caches/targets/$triple
"$bootstrap" --cache-dir "$scratch/caches" --target $triple --compiler mingw_gcc \
  --compiler kit >"$scratch/bootstrap.log" 2>&1
test -f "$profile/compiler_mingw_gcc.bin" && test -f "$profile/compiler_kit.bin" &&
  test -f "$profile/os_windows.bin"
ok=$?
result $ok "kindler-bootstrap --target $triple writes the windows, mingw_gcc and kit caches"
if test $ok -ne 0; then sed 's/^/#   /' "$scratch/bootstrap.log" | tail -n 10; finish; exit; fi
"$kindler" --cache-dir "$scratch/caches" cache show kit --target $triple >"$scratch/kit.cache" 2>&1
grep '^  driver\.c = "kit cc --target=x86_64-windows"$' "$scratch/kit.cache" >/dev/null &&
  grep '^  archiver\.command = "kit ar"$' "$scratch/kit.cache" >/dev/null
result $? "kit's cache for $triple: driver kit cc --target=x86_64-windows, archiver kit ar"

WINEPREFIX=$scratch/wine WINEDEBUG=-all
export WINEPREFIX WINEDEBUG
began=`date +%s`
wine cmd /c exit >"$scratch/wine.log" 2>&1
result $? "wine starts in a prefix of the lane's own"
echo "# wine prefix created in `expr \`date +%s\` - $began` s"

# run_command DIR COMMAND (t/lib.sh): the command's ./PROGRAM words run as
# "wine ./PROGRAM.exe", the \r of the output dropped
run_command() {
  rc_run=`echo "$2" | sed 's|\./\([A-Za-z0-9_-]*\)|wine ./\1.exe|g'`
  (cd "$1" && sh -c "$rc_run") </dev/null >"$scratch/run.out" 2>&1
  rc_status=$?
  # Wine itself can fault under load ("wine: Unhandled page fault ...",
  # its own report, not the program's): that run is tried once more.
  if grep '^wine: Unhandled' "$scratch/run.out" >/dev/null; then
    (cd "$1" && sh -c "$rc_run") </dev/null >"$scratch/run.out" 2>&1
    rc_status=$?
  fi
  tr -d '\r' <"$scratch/run.out"
  return $rc_status
}

# windows_install EXPECTED BUILD: the example's expected-install with the
# Windows names of what BUILD built: programs NAME.exe; a shared library
# libNAME.so.* as usr/bin/NAME.dll and usr/lib/libNAME.dll.a, its links
# gone; sorted
windows_install() {
  while read -r mode path rest; do
    file=`basename "$path"`
    case $path in
      usr/bin/*)
        if test -f "$2/$file.exe"; then
          case $rest in
            '-> '*) echo "$mode $path.exe $rest.exe" ;;
            *) echo "$mode $path.exe" ;;
          esac
        elif test -f "$2/`echo "$rest" | sed 's/^-> //'`.exe"; then
          echo "$mode $path.exe $rest.exe"
        else
          echo "$mode $path${rest:+ $rest}"
        fi ;;
      usr/lib/lib*.so*)
        case $mode in
          l*) ;;
          *) name=`echo "$file" | sed 's/^lib\(.*\)\.so.*/\1/'`
             echo "$mode usr/bin/$name.dll"
             echo "-rw-r--r-- usr/lib/lib$name.dll.a" ;;
        esac ;;
      *) echo "$mode $path${rest:+ $rest}" ;;
    esac
  done <"$1" | LC_ALL=C sort
}

# installed DESTDIR: "MODE PATH" (symbolic links: "MODE PATH -> TARGET") of
# each file below DESTDIR, sorted
installed() {
  (cd "$1" && find . ! -type d | sed 's|^\./||' | while IFS= read -r f; do
    mode=`ls -ld "$f" | cut -c1-10`
    if test -h "$f"; then echo "$mode $f -> `ls -l "$f" | sed 's/.* -> //'`"
    else echo "$mode $f"; fi
  done) | LC_ALL=C sort
}

for dir in "$scratch"/src/*/; do
  name=`basename "$dir"`
  test -f "$dir/$name.kindler" || continue
  expected=`example_file "$name" expected-output`
  for plan in $plans; do
    tc=${plan%-*} mk=${plan#*-}
    b=$scratch/b/$name-$plan
    label="$name ($tc, $mk)"
    (cd "$dir" && "$kindler" export -q --cache-dir "$scratch/caches" --target $triple \
      --toolchain $tc -B "$b") >"$scratch/err" 2>&1
    result $? "$label: export --target $triple --toolchain $tc"
    sed 's/^/#   /' "$scratch/err"
    if test $tc = kit; then
      grep '^CC = kit cc --target=x86_64-windows$' "$b/Makefile" >/dev/null &&
        grep '^AR = kit ar$' "$b/Makefile" >/dev/null &&
        grep '^RANLIB = kit ranlib$' "$b/Makefile" >/dev/null
      result $? "$label: the Makefile's CC, AR and RANLIB are kit's subcommands"
    fi
    (cd "$b" && $mk -j2) >"$scratch/build.log" 2>&1
    ok=$?
    result $ok "$label: builds"
    if test $ok -ne 0; then sed 's/^/#   /' "$scratch/build.log" | tail -n 10; continue; fi

    # names
    ls "$b" >"$scratch/files"
    wrong=`grep '\.so' "$scratch/files"`
    for f in `sed -n 's/^\(.*\)\.dll$/\1/p' "$scratch/files"`; do
      test -f "$b/lib$f.dll.a" || wrong="$wrong $f.dll without lib$f.dll.a"
    done
    for f in `grep -v '\.' "$scratch/files" | grep -v '^Makefile$'`; do
      test -d "$b/$f" || wrong="$wrong $f"
    done
    test -z "$wrong" && grep '\.exe$' "$scratch/files" >/dev/null
    result $? "$label: programs .exe, DLLs NAME.dll with libNAME.dll.a, no .so$wrong"

    expect_output "$label: the programs print expected-output under wine" "$expected" "$b"

    want=`example_file "$name" expected-test`
    if test -n "$want"; then
      (cd "$b" && $mk test) 2>&1 | tr -d '\r' |
        grep '^PASS: \|^FAIL: \|^[0-9]* passed, [0-9]* failed$' >"$scratch/test.got"
      diff "$want" "$scratch/test.got" >"$scratch/diff" 2>&1
      ok=$?
      result $ok "$label: make test runs the tests under RUNNER"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/diff" | head -n 20
    fi

    want=`example_file "$name" expected-install`
    if test -n "$want" && test $plan = mingw_gcc-make; then
      d=$scratch/dest/$name
      (cd "$b" && make DESTDIR="$d" PREFIX=/usr install) >"$scratch/install.log" 2>&1
      windows_install "$want" "$b" >"$scratch/install.want"
      installed "$d" >"$scratch/install.got"
      diff "$scratch/install.want" "$scratch/install.got" >"$scratch/diff" 2>&1
      ok=$?
      result $ok "$label: install puts DLLs in bin, import and static libraries in lib"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/diff" "$scratch/install.log" | head -n 20
      # The installed programs find their DLLs in bin.
      expect_output "$label: the installed programs print expected-output from usr/bin" \
        "$expected" "$d/usr/bin"
    fi
  done
done

finish
