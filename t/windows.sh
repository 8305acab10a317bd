#!/bin/sh
# windows.sh: Windows artifacts (kindler(1), "Windows targets"), built with
# Debian's mingw-w64 cross compilers and run under Wine:
#   profile     kindler-bootstrap --target x86_64-w64-mingw32 probes the
#               windows OS hint and mingw_gcc into a scratch cache directory
#   export      every example exports with --target x86_64-w64-mingw32
#   build       GNU make and bmake build it
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
#   install     make DESTDIR=... PREFIX=/usr install (GNU make): DLLs in
#               usr/bin, import and static libraries in usr/lib, programs
#               usr/bin/NAME.exe: the expected-install of the example with
#               those names (a symbolic link of install_links links to the
#               .exe); the installed programs run from usr/bin
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
makes=make
if command -v bmake >/dev/null 2>&1; then makes="make bmake"
else skip "bmake is not installed"; fi
mkdir -p "$scratch/src" && cp -R "$top"/examples/* "$scratch/src/" || exit 1

# profile
"$bootstrap" --cache-dir "$scratch/caches" --target $triple --compiler mingw_gcc \
  >"$scratch/bootstrap.log" 2>&1
test -f "$scratch/caches/targets/$triple/compiler_mingw_gcc.bin" &&
  test -f "$scratch/caches/targets/$triple/os_windows.bin"
ok=$?
result $ok "kindler-bootstrap --target $triple writes the windows and mingw_gcc caches"
if test $ok -ne 0; then sed 's/^/#   /' "$scratch/bootstrap.log" | tail -n 10; finish; exit; fi

WINEPREFIX=$scratch/wine WINEDEBUG=-all
export WINEPREFIX WINEDEBUG
began=`date +%s`
wine cmd /c exit >"$scratch/wine.log" 2>&1
result $? "wine starts in a prefix of the lane's own"
echo "# wine prefix created in `expr \`date +%s\` - $began` s"

# meta NAME FILE: an example's FILE (examples/NAME/ or t/e2e/NAME/), or nothing
meta() {
  if test -f "$top/examples/$1/$2"; then echo "$top/examples/$1/$2"
  elif test -f "$top/t/e2e/$1/$2"; then echo "$top/t/e2e/$1/$2"
  fi
}

# run_programs EXPECTED DIR OUT: each "$ COMMAND" of EXPECTED run in DIR,
# its ./PROGRAM words as "wine ./PROGRAM.exe", the \r of the output dropped
run_programs() {
  grep '^\$ ' "$1" | sed 's/^\$ //' | while IFS= read -r cmd; do
    echo "\$ $cmd"
    run=`echo "$cmd" | sed 's|\./\([A-Za-z0-9_-]*\)|wine ./\1.exe|g'`
    (cd "$2" && sh -c "$run") </dev/null >"$scratch/run.out" 2>&1
    status=$?
    # Wine itself can fault under load ("wine: Unhandled page fault ...",
    # its own report, not the program's): that run is tried once more.
    if grep '^wine: Unhandled' "$scratch/run.out" >/dev/null; then
      (cd "$2" && sh -c "$run") </dev/null >"$scratch/run.out" 2>&1
      status=$?
    fi
    tr -d '\r' <"$scratch/run.out"
    if test $status -ne 0; then echo "[exit $status]"; fi
  done >"$3"
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
  expected=`meta "$name" expected-output`
  for mk in $makes; do
    b=$scratch/b/$name-$mk
    label="$name ($mk)"
    (cd "$dir" && "$kindler" export -q --cache-dir "$scratch/caches" --target $triple \
      -B "$b") >"$scratch/err" 2>&1
    result $? "$label: export --target $triple"
    sed 's/^/#   /' "$scratch/err"
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

    if test -n "$expected"; then
      run_programs "$expected" "$b" "$scratch/got"
      diff "$expected" "$scratch/got" >"$scratch/diff" 2>&1
      ok=$?
      result $ok "$label: the programs print expected-output under wine"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/diff" | head -n 20
    else
      skip "$label: no expected-output to compare"
    fi

    want=`meta "$name" expected-test`
    if test -n "$want"; then
      (cd "$b" && $mk test) 2>&1 | tr -d '\r' |
        grep '^PASS: \|^FAIL: \|^[0-9]* passed, [0-9]* failed$' >"$scratch/test.got"
      diff "$want" "$scratch/test.got" >"$scratch/diff" 2>&1
      ok=$?
      result $ok "$label: make test runs the tests under RUNNER"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/diff" | head -n 20
    fi

    want=`meta "$name" expected-install`
    if test -n "$want" && test $mk = make; then
      d=$scratch/dest/$name
      (cd "$b" && make DESTDIR="$d" PREFIX=/usr install) >"$scratch/install.log" 2>&1
      windows_install "$want" "$b" >"$scratch/install.want"
      installed "$d" >"$scratch/install.got"
      diff "$scratch/install.want" "$scratch/install.got" >"$scratch/diff" 2>&1
      ok=$?
      result $ok "$label: install puts DLLs in bin, import and static libraries in lib"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/diff" "$scratch/install.log" | head -n 20
      # The installed programs find their DLLs in bin.
      run_programs "$expected" "$d/usr/bin" "$scratch/got"
      diff "$expected" "$scratch/got" >"$scratch/diff" 2>&1
      ok=$?
      result $ok "$label: the installed programs print expected-output from usr/bin"
      test $ok -eq 0 || sed 's/^/#   /' "$scratch/diff" | head -n 20
    fi
  done
done

finish
