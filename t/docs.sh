#!/bin/sh
# docs.sh: the manual held to the program, both ways. From kindler(1) (and
# kindler-bootstrap(8) for the environment) it takes the commands, the
# options, the environment variables, the exit statuses and the files an
# export writes, and from every page and the README the KIN codes, and
# proves each against the program: `kindler --help`, the code catalog
# (`kindler explain`), the variables the sources read, a real export's
# files. Then the other way round: nothing --help offers, no variable the
# sources read, no file an export writes is left undocumented. Last, every
# command line of kindler(1)'s EXAMPLES runs, in a copy of the examples,
# its make commands under a strict POSIX make (pdpmake) when there is one;
# kindler(5)'s example is examples/hello's file, and kindler-bootstrap(8)'s
# --hints example runs (its others need root or a vendor compiler).
# Usage: t/docs.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start docs "$1"

# section PAGE NAME: the roff source of section NAME (.SH) of PAGE
section() {
  awk -v name="$2" '/^\.SH / { on = ($0 == ".SH " name) ; next } on' "$1"
}

# items: the names each item head (the line after .TP) of the roff text
# on standard input gives, in plain text (\- as -, fonts dropped): the
# first word of a one-font line (.B cache list: cache), the joined words
# of an alternating-font one (.IB NAME .dir/x ", " NAME .dir/y: the two
# names NAME.dir/x and NAME.dir/y)
items() {
  awk 'prev == ".TP" { print } { prev = $0 }' | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' |
    awk '
      /^\.[BIR][BIR] / {
        text = substr($0, 5); out = ""; quoted = 0
        for (i = 1; i <= length(text); i++) {
          c = substr(text, i, 1)
          if (c == "\"") quoted = !quoted
          else if (c != " " || quoted) out = out c
        }
        n = split(out, names, ", *")
        for (i = 1; i <= n; i++) print names[i]
        next
      }
      { sub(/^\.[BIR] +/, ""); gsub(/"/, ""); print $1 }'
}

# same WHAT DOCUMENTED HAVE: the two sorted lists hold the same words
same() {
  LC_ALL=C sort -u "$2" >"$2.s"
  LC_ALL=C sort -u "$3" >"$3.s"
  comm -23 "$2.s" "$3.s" >"$scratch/only-doc"
  comm -13 "$2.s" "$3.s" >"$scratch/only-have"
  test -s "$2.s" && test ! -s "$scratch/only-doc"
  result $? "every $1 the manual names exists (`tr '\n' ' ' <"$2.s"`)"
  sed 's/^/#   documented, not found: /' "$scratch/only-doc"
  test -s "$3.s" && test ! -s "$scratch/only-have"
  result $? "every $1 there is is documented"
  sed 's/^/#   found, not documented: /' "$scratch/only-have"
}

"$kindler" --help >"$scratch/help" 2>&1

# Commands: kindler(1)'s COMMANDS, --help's command lines.
section man/kindler.1 COMMANDS | items | awk '{ print $1 }' >"$scratch/cmd.doc"
sed -n '/^commands:/,/^$/p' "$scratch/help" | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p' >"$scratch/cmd.have"
same command "$scratch/cmd.doc" "$scratch/cmd.have"

# Options: kindler(1)'s OPTIONS, every -x and --xx that --help names.
section man/kindler.1 OPTIONS | items | awk '/^-/ { print $1 }' >"$scratch/opt.doc"
tr ' [],|' '\n\n\n\n\n' <"$scratch/help" | grep '^--*[A-Za-z]' | sed 's/[^A-Za-z-]*$//' >"$scratch/opt.have"
same option "$scratch/opt.doc" "$scratch/opt.have"

# Exit statuses: kindler(1)'s EXIT STATUS, --help's "exit status:" line.
section man/kindler.1 'EXIT STATUS' | items >"$scratch/exit.doc"
sed -n 's/^exit status: //p' "$scratch/help" | tr ',' '\n' | awk '{ print $1 }' >"$scratch/exit.have"
same "exit status" "$scratch/exit.doc" "$scratch/exit.have"

# Environment: the ENVIRONMENT sections of kindler(1) and
# kindler-bootstrap(8), the variables the C++ and Lua sources read.
{ section man/kindler.1 ENVIRONMENT; section man/kindler-bootstrap.8 ENVIRONMENT; } |
  items >"$scratch/env.doc"
# PKG_CONFIG_PATH is read by pkg-config, which Kindler runs.
{ grep -ho 'getenv("[A-Z_]*")' src/*.cc src/*.h lua/kindler/*.lua lua/kindler/*/*.lua |
    sed 's/getenv("\(.*\)")/\1/'; echo PKG_CONFIG_PATH; } >"$scratch/env.have"
same "environment variable" "$scratch/env.doc" "$scratch/env.have"

# KIN codes: each one a page or the README names is in the catalog.
grep -ho 'KIN\\*-[0-9][0-9][0-9]' man/*.[1-9] README | sed 's/\\//' | LC_ALL=C sort -u >"$scratch/codes"
missing=
for code in `cat "$scratch/codes"`; do
  "$kindler" explain "$code" >/dev/null 2>&1 || missing="$missing $code"
done
test -s "$scratch/codes" && test -z "$missing"
result $? "every KIN code the pages and the README name is in the catalog (`wc -l <"$scratch/codes" | tr -d ' '` codes)${missing:+: not$missing}"

# Files: what an export writes, each named in kindler(1)'s list of what
# the build directory holds (a target's name as NAME, the project's as
# PROJECT, a config header's as HEADER).
if "$bootstrap" --cache-dir "$scratch/cache" --compiler gcc --compiler clang \
     >"$scratch/bootstrap.log" 2>&1 &&
   test -f "$scratch/cache/compiler_gcc.bin"; then
  KINDLER_CACHE_DIR=$scratch/cache
  export KINDLER_CACHE_DIR
  sed -n '/^The build directory holds:/,/^\.SS /p' man/kindler.1 | items >"$scratch/files.doc"
  for example in static-and-shared config-defaults; do
    "$kindler" export -v -C "$top/examples/$example" -B "$scratch/b-$example" 2>&1 |
      sed -n "s|^kindler: wrote $scratch/b-$example/\([^ ]*\)$|\1|p"
  done | sed -e 's|^[^/]*\.dir/include/.*|NAME.dir/include/HEADER|' \
             -e 's|^[^/]*\.dir/|NAME.dir/|' -e 's|^[^/]*\.pc\.in$|PROJECT.pc.in|' |
    LC_ALL=C sort -u >"$scratch/files.have"
  undocumented=
  for f in `cat "$scratch/files.have"`; do
    grep -x -F "$f" "$scratch/files.doc" >/dev/null || undocumented="$undocumented $f"
  done
  test -s "$scratch/files.have" && test -z "$undocumented"
  result $? "every file a make export writes is in kindler(1)'s list${undocumented:+: not$undocumented}"
  # The other exporters' files, each named in kindler(1).
  for e in gmake ninja compdb dot json; do
    "$kindler" export -v -C "$top/examples/static-and-shared" -B "$scratch/e-$e" -e $e 2>&1 |
      sed -n "s|^kindler: wrote $scratch/e-$e/\([^/ ]*\)$|\1|p"
  done | sed 's|^[^/]*\.pc\.in$|PROJECT.pc.in|' | LC_ALL=C sort -u >"$scratch/others"
  undocumented=
  for f in `cat "$scratch/others"`; do
    grep -x -F "$f" "$scratch/files.doc" >/dev/null ||
      sed 's/\\-/-/g' man/kindler.1 | grep -F "$f" >/dev/null || undocumented="$undocumented $f"
  done
  test -s "$scratch/others" && test -z "$undocumented"
  result $? "every file the other exporters write is named in kindler(1)${undocumented:+: not$undocumented}"
else
  skip "kindler-bootstrap cached no gcc: the files and examples checks need it"
  finish
  exit
fi

# EXAMPLES: every "$ command" of kindler(1), run in order in a scratch
# copy of the tree's examples with kindler on PATH. A make command runs
# under pdpmake (strict POSIX mode) when t/legacy.sh has it, else make;
# ccache is left out where it is not installed. `init`'s example gets a
# src/ of three C files, as its output says.
. "$top/t/legacy.sh"
posix_make=${legacy_pdpmake:-make}
mkdir -p "$scratch/ex/bin" "$scratch/ex/src" "$scratch/ex/stage" &&
  cp -R "$top/examples" "$scratch/ex/examples" &&
  ln -s "$kindler" "$scratch/ex/bin/kindler" || exit 1
for f in a b c; do echo "int $f(void) { return 0; }" >"$scratch/ex/src/$f.c"; done
# A block (.EX) starts at the top of the copy: "#" lines mark them.
section man/kindler.1 EXAMPLES | sed -n -e 's/^\.EX$/#/p' -e 's/^\$ //p' |
  sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" -e "s|/tmp/hello-build|$scratch/ex/hello-build|" \
      -e "s|/tmp/stage|$scratch/ex/stage|" >"$scratch/ex/commands"
grep -v '^#' "$scratch/ex/commands" >/dev/null
result $? "kindler(1) has example commands (`grep -c -v '^#' "$scratch/ex/commands"`)"
KINDLER_HOME=$top
export KINDLER_HOME
here=$scratch/ex
while IFS= read -r command; do
  if test "$command" = "#"; then here=$scratch/ex; continue; fi
  run=$command
  case $run in
    make*) run="$posix_make${run#make}"
           command -v ccache >/dev/null 2>&1 || run=`echo "$run" | sed 's/ccache //'` ;;
  esac
  (cd "$here" && PATH=$scratch/ex/bin:$PATH sh -c "$run") >"$scratch/ex/out" 2>&1 </dev/null
  status=$?
  result $status "kindler(1) example: $command (as: $run)"
  test $status -eq 0 || sed 's/^/#   /' "$scratch/ex/out"
  case $command in
    "cd "*) here=`cd "$here" && eval "${command}" && pwd` ;;
  esac
done <"$scratch/ex/commands"
for f in usr/bin/hello usr/lib/libgreet.a usr/include/greet.h; do
  test -f "$scratch/ex/stage/$f"
  result $? "the example's install puts /tmp/stage/$f, as kindler(1) says"
done

# kindler(5)'s example project file is examples/hello/hello.kindler.
section man/kindler.5 EXAMPLES | awk '/^\.EX$/ { n++; on = 1; next } /^\.EE$/ { on = 0; next } on && n == 1' |
  sed -e 's/\\e/\\/g' -e 's/\\-/-/g' >"$scratch/hello.kindler"
cmp -s "$scratch/hello.kindler" "$top/examples/hello/hello.kindler"
result $? "kindler(5)'s example is examples/hello/hello.kindler"
diff "$top/examples/hello/hello.kindler" "$scratch/hello.kindler" | sed 's/^/#   /' | head -n 10

# kindler-bootstrap(8)'s example that needs no root and no vendor
# compiler: a changed hint tried in a cache directory of its own.
mkdir -p "$scratch/bs" && cp -R "$top/hints" "$scratch/bs/hints" || exit 1
section man/kindler-bootstrap.8 EXAMPLES | sed 's/\\-/-/g' | grep '^\$ .*--hints' -A 1 |
  sed -e 's/^\$ //' -e "s|/tmp/c|$scratch/bs/c|" >"$scratch/bs/commands"
test `wc -l <"$scratch/bs/commands"` -eq 2
result $? "kindler-bootstrap(8) has the --hints example"
while IFS= read -r command; do
  (cd "$scratch/bs" && PATH=$scratch/ex/bin:`dirname "$bootstrap"`:$PATH sh -c "$command") \
    >"$scratch/bs/out" 2>&1 </dev/null
  result $? "kindler-bootstrap(8) example: $command"
done <"$scratch/bs/commands"

finish
