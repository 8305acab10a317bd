#!/bin/sh
# modules.sh: user modules (kindler-modules(7)) proven end to end, on the
# project t/modules/demo:
#   list        `kindler module list` names each module found, in search
#               order (the project's modules/, ~/.config/kindler/modules/,
#               the data directory's lua/modules/), a shadowed one marked
#   build       demo.kindler loads a module from each place: the installed
#               asm (a language: .S through the C driver), the project's
#               defaults (a normalizer) and prefer (a toolchain resolver),
#               the user's filelist (an exporter) and ./tools/stamp (a
#               generator running a script of the source tree); its export
#               builds and runs under every make here, printing what each
#               module made, and the exporter's file lists the sources
#   generator   after VERSION changes, make runs the generator again and
#               the program prints the new version; make clean removes
#               what the generator wrote
#   hooks       checks.kindler's validators (one per stage) and hooks (one
#               per lifecycle point) report, at the project file's places
#               (one reads a file of the source tree)
#   refused     a module others may write is refused (KIN-705), and then
#               not found (KIN-708, exit 3)
#   atomic      an export whose module fails leaves the build directory as
#               it was
#   manual      the example of kindler-modules(7) runs as the page says
# Usage: t/modules.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start modules "$1"

. "$top/t/legacy.sh"

lane_caches "$bootstrap" "$scratch/cache" --compiler gcc --compiler clang || { finish; exit; }
# The user's module directory is the scratch home's (the legacy makes keep
# the real home's cache: t/legacy.sh read it above).
HOME=$scratch/home
export HOME
mkdir -p "$HOME/.config/kindler/modules" || exit 1
cp "$top/t/modules/user/filelist.lua" "$HOME/.config/kindler/modules/" || exit 1
# A user module of the same name as a project one: the project's wins.
cp "$top/t/modules/demo/modules/prefer.lua" "$HOME/.config/kindler/modules/" || exit 1
cp -R "$top/t/modules/demo" "$scratch/demo" || exit 1
cd "$scratch/demo" || exit 1

# same WHAT WANT-FILE GOT-FILE: the files are equal, else the diff.
same() {
  cmp -s "$2" "$3"
  result $? "$1"
  if ! cmp -s "$2" "$3"; then diff "$2" "$3" | sed 's/^/#   /'; fi
}

# list
"$kindler" module list -f demo.kindler >"$scratch/list" 2>&1
cat >"$scratch/want" <<EOF
checks           project   modules/checks.lua
defaults         project   modules/defaults.lua
prefer           project   modules/prefer.lua
filelist         user      $HOME/.config/kindler/modules/filelist.lua
prefer           user      $HOME/.config/kindler/modules/prefer.lua (shadowed)
asm              installed $top/lua/modules/asm.lua
EOF
same "module list: each module found, in search order, the shadowed one marked" \
  "$scratch/want" "$scratch/list"

# build
"$kindler" export -f demo.kindler -B build -e make -e filelist >"$scratch/export.log" 2>&1
result $? "export with modules from the project, the user, the data directory and a path"
sed 's/^/#   /' "$scratch/export.log"
printf 'demo: src/main.c\ndemo: src/answer.S\ndemo: version.c\n' >"$scratch/want"
if test -f build/files.txt; then
  grep -v '^demo: .*version\.c$' "$scratch/want" >"$scratch/want.src"
  grep -v 'version\.c$' build/files.txt >"$scratch/got.src"
  same "the user's exporter wrote files.txt, listing the sources" \
    "$scratch/want.src" "$scratch/got.src"
else
  result 1 "the user's exporter wrote files.txt"
fi
if test -f "$KINDLER_CACHE_DIR/compiler_clang.bin"; then
  grep '^CC = clang' build/Makefile >/dev/null
  result $? "the resolver prefer-clang chose clang for the C compiles"
else
  skip "no clang cache: the resolver's choice of clang is not proven here"
fi

echo 'answer 42, version 1.2.3, normalized yes' >"$scratch/want"
makes="make"
for mk in bmake $legacy_pdpmake $legacy_sunmake $legacy_svr4make; do
  if command -v "$mk" >/dev/null 2>&1; then makes="$makes $mk"; fi
done
test -n "$legacy_skip" && skip "legacy makes: $legacy_skip"
for mk in $makes; do
  name=`basename "$mk"`
  rm -rf "../b-$name"
  "$kindler" export -q -f demo.kindler -B "../b-$name" || exit 1
  (cd "../b-$name" && "$mk" >"$scratch/make.log" 2>&1)
  result $? "$name builds the demo"
  sed 's/^/#   /' "$scratch/make.log" | tail -n 20
  (cd "../b-$name" && ./demo) >"$scratch/got" 2>&1
  same "$name: the program prints what the modules made" "$scratch/want" "$scratch/got"
  # generator
  sleep 1  # the legacy makes compare whole seconds
  echo 2.0.0 >VERSION
  (cd "../b-$name" && "$mk" >"$scratch/make.log" 2>&1 && ./demo) >"$scratch/got" 2>&1
  echo 'answer 42, version 2.0.0, normalized yes' >"$scratch/want2"
  same "$name: after VERSION changes, the generator runs again" "$scratch/want2" "$scratch/got"
  echo 1.2.3 >VERSION
  (cd "../b-$name" && "$mk" clean >/dev/null 2>&1)
  test ! -f "../b-$name/demo.dir/gen/version.c" && test ! -f "../b-$name/demo"
  result $? "$name: make clean removes the generated source and the program"
done

# hooks
"$kindler" check -f checks.kindler >/dev/null 2>"$scratch/got"
cat >"$scratch/want" <<'EOF'
checks.kindler: warning KIN-910: module 'checks': after_parse: project checks, src/main.c begins /* main.c: prints what the modules of demo.kindler made: a value from
    remedy: follow the module's advice, or see its documentation
checks.kindler: warning KIN-910: module 'checks': before_export: 1 target(s) planned
    remedy: follow the module's advice, or see its documentation
checks.kindler: warning KIN-910: module 'checks': after_export: Makefile kindler-test.sh tool.dir/compile.flags tool.dir/link.flags
    remedy: follow the module's advice, or see its documentation
checks.kindler:8:15: warning KIN-910: module 'checks': structure: target tool has type executable
    remedy: follow the module's advice, or see its documentation
checks.kindler:8:15: warning KIN-910: module 'checks': after_normalize: artifact tool
    remedy: follow the module's advice, or see its documentation
checks.kindler:10:5: warning KIN-910: module 'checks': environment: built by a C compiler
    remedy: follow the module's advice, or see its documentation
checks.kindler:11:5: warning KIN-910: module 'checks': semantic: 1 source(s), the first src/main.c
    remedy: follow the module's advice, or see its documentation
EOF
same "a validator per stage and a hook per lifecycle point report at the project's places" \
  "$scratch/want" "$scratch/got"

# refused
chmod o+w modules/defaults.lua
"$kindler" check -f demo.kindler >/dev/null 2>"$scratch/err"
status=$?
chmod o-w modules/defaults.lua
test $status -eq 3 && grep 'warning KIN-705: .*modules/defaults.lua could be changed' "$scratch/err" >/dev/null &&
  grep "error KIN-708: module 'defaults' is not found" "$scratch/err" >/dev/null
ok=$?
result $ok "a module others may write is refused (KIN-705, then KIN-708, exit 3)"
test $ok -eq 0 || sed 's/^/#   /' "$scratch/err"

# atomic
"$kindler" export -q -f demo.kindler -B atomic -e make -e filelist || exit 1
cp -R atomic "$scratch/atomic.before"
cat >modules/defaults.lua <<'EOF'
kindler.register_normalizer("demo-flags", function(ir, add_default)
  while true do end
end)
EOF
"$kindler" export -q -f demo.kindler -B atomic -e make -e filelist >/dev/null 2>"$scratch/err"
status=$?
test $status -eq 1 && grep 'KIN-803' "$scratch/err" >/dev/null && diff -r "$scratch/atomic.before" atomic >/dev/null
result $? "an export whose module fails (KIN-803) leaves the build directory as it was"
cp "$top/t/modules/demo/modules/defaults.lua" modules/defaults.lua

# manual: the page's example project and module, as the page gives them.
# example NAME: the lines of kindler-modules(7) between the comments
# `.\" example: NAME` and `.\" end`, without the .EX/.EE requests and with
# the escapes \- and \e read.
example() {
  sed -n "/^\\.\\\\\" example: $1\$/,/^\\.\\\\\" end\$/p" "$top/man/kindler-modules.7" |
    sed -e '1d' -e '$d' -e '/^\.EX$/d' -e '/^\.EE$/d' -e 's/\\-/-/g' -e 's/\\e/\\/g'
}
mkdir -p "$scratch/manual/modules" && cd "$scratch/manual" || exit 1
example project >hello.kindler
example module >modules/sources.lua
example output >"$scratch/want"
mkdir -p src && printf 'int main(void) { return 0; }\n' >src/hello.c
rm -f "$scratch/got"
"$kindler" export -q -e sources >"$scratch/got" 2>&1 && cat build/sources.txt >"$scratch/got"
test -s "$scratch/want" && test -s hello.kindler && test -s modules/sources.lua
result $? "kindler-modules(7) has an example project, module and output"
same "kindler-modules(7)'s example module writes what the page shows" \
  "$scratch/want" "$scratch/got"

finish
