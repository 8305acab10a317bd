#!/bin/sh
# kit.sh: kit, a multi-call toolchain (one program, its tools as
# subcommands: kit cc, kit ar, kit ranlib), on this host through its fake
# (t/fakecc/kit, which compiles with gcc):
#   bootstrap   kindler-bootstrap --compiler gcc --compiler kit identifies
#               kit by its banner (its hint has no macro) and caches it:
#               driver "kit cc", archiver "kit ar" and "kit ranlib", no C++
#   export      every example exports with --toolchain kit; the Makefile's
#               CC, AR and RANLIB are kit's subcommands (C++ is gcc's: kit
#               is a C toolchain)
#   build, run  make builds it (the makes are proven by the other lanes:
#               what kit changes is the commands), and each program prints
#               the example's expected-output
#   override    the macros are overridable as usual: make -n CC='kit cc
#               -DKIT_OVERRIDDEN' compiles with that
# kit for Windows (kit cc --target=x86_64-windows, run under wine) is proven
# by t/windows.sh.
# Usage: t/kit.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start kit "$1"
mkdir -p "$scratch/src" && cp -R "$top"/examples/* "$scratch/src/" || exit 1
PATH=$top/t/fakecc/kit:$PATH
export PATH

lane_caches "$bootstrap" "$scratch/caches" --compiler gcc --compiler kit -v || { finish; exit; }
grep "^checking kit (kit cc)\.\.\. kit 0\.4\.2 at $top/t/fakecc/kit/kit (by its banner)$" \
  "$scratch/caches.log" >/dev/null
result $? "kindler-bootstrap identifies kit 0.4.2 by its banner"
"$kindler" cache show kit >"$scratch/kit.cache" 2>&1
missing=
for entry in 'driver.c = "kit cc"' 'archiver.command = "kit ar"' \
    'archiver.ranlib = "kit ranlib"' 'std.c++98 = false' 'std.c99 = "-std=c99"'; do
  grep "^  $entry\$" "$scratch/kit.cache" >/dev/null || missing="$missing; $entry"
done
test -z "$missing"
result $? "kit's cache: driver kit cc, archiver kit ar and kit ranlib, C standards, no C++$missing"
grep '^  driver\.c++' "$scratch/kit.cache" >/dev/null
test $? -ne 0
result $? "kit's cache has no C++ driver"

for dir in "$scratch"/src/*/; do
  name=`basename "$dir"`
  test -f "$dir/$name.kindler" || continue
  expected=`example_file "$name" expected-output`
  b=$scratch/b/$name
  label=$name
  (cd "$dir" && "$kindler" export -q --toolchain kit -B "$b") >"$scratch/err" 2>&1
  result $? "$label: export --toolchain kit"
  sed 's/^/#   /' "$scratch/err"
  grep '^CC = kit cc$' "$b/Makefile" >/dev/null &&
    grep '^AR = kit ar$' "$b/Makefile" >/dev/null &&
    grep '^RANLIB = kit ranlib$' "$b/Makefile" >/dev/null
  result $? "$label: the Makefile's CC, AR and RANLIB are kit cc, kit ar, kit ranlib"
  (cd "$b" && make) >"$scratch/build.log" 2>&1
  ok=$?
  result $ok "$label: builds"
  if test $ok -ne 0; then sed 's/^/#   /' "$scratch/build.log" | tail -n 10; continue; fi
  expect_output "$label: the programs print expected-output" "$expected" "$b"
done

# override: the hello example, cleaned, compiled with CC from the command line
b=$scratch/b/hello
(cd "$b" && make clean && make -n CC='kit cc -DKIT_OVERRIDDEN') >"$scratch/n.log" 2>&1
grep '^kit cc -DKIT_OVERRIDDEN .* -c ' "$scratch/n.log" >/dev/null
ok=$?
result $ok "make -n CC='kit cc -DKIT_OVERRIDDEN' compiles with the macro given"
test $ok -eq 0 || sed 's/^/#   /' "$scratch/n.log" | head -n 10

finish
