#!/bin/sh
# environment.sh: environment validation (kindler(5), VALIDATION, step 5)
# against real caches: each warning kindler-codes(7) gives for what the
# machine cannot give a target comes out, and names the compiler: KIN-201
# standard, KIN-202 compiler changed since the bootstrap, KIN-203 preferred
# toolchain without a cache, KIN-300 feature, KIN-400 pkg-config package,
# KIN-500 ABI, KIN-600 run paths. Warnings keep exit status 0; -Werror
# makes them fatal.
# Usage: t/environment.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start environment "$1"
mkdir -p "$scratch/bin" "$scratch/p"

# A private copy of the fake Sun C 5.13, so its time can be changed.
cp "$top"/t/fakecc/sunc513/* "$scratch/bin/"
cp "$top"/t/fakecc/*.sh "$scratch/" 2>/dev/null
PATH=$scratch/bin:$PATH "$bootstrap" --cache-dir "$scratch/c" \
  --compiler gcc --compiler tcc --compiler sunpro -q >"$scratch/log" 2>&1
result $? "kindler-bootstrap cached gcc, tcc and the fake Sun C"
KINDLER_CACHE_DIR=$scratch/c
export KINDLER_CACHE_DIR

# project FIELDS: a one-program project whose target has FIELDS.
project() {
  printf '#include <stdio.h>\nint main(void) { puts("x"); return 0; }\n' \
    >"$scratch/p/main.c"
  cat >"$scratch/p/p.kindler" <<EOK
project { name = "p"; }
target "app" {
    type = executable;
    sources = [ "main.c" ];
    $1
}
EOK
}

# expect CODE WORD DESCRIPTION [KINDLER ARGS...]: check warns CODE, the
# message names WORD, and the exit status stays 0.
expect() {
  code=$1
  word=$2
  what=$3
  shift 3
  (cd "$scratch/p" && "$kindler" check "$@") >/dev/null 2>"$scratch/err"
  status=$?
  test $status -eq 0 && grep "warning $code: .*$word" "$scratch/err" >/dev/null
  result $? "$what: $code naming $word, exit 0 (got $status)"
  if test $status -ne 0 || grep "$code" "$scratch/err" >/dev/null; then :; else
    sed 's/^/#   /' "$scratch/err"
  fi
}

project 'language = c99;'
(cd "$scratch/p" && "$kindler" check) >/dev/null 2>"$scratch/err"
test $? -eq 0 && test ! -s "$scratch/err"
result $? "a project the machine can build: no diagnostic, exit 0"

if grep '^  tcc .*cached' "$scratch/log" >/dev/null ||
   KINDLER_CACHE_DIR=$scratch/c "$kindler" cache show tcc >/dev/null 2>&1; then
  project 'language = c89;'
  expect KIN-201 tcc "c89 with tcc (no C89 mode)" --toolchain tcc
  (cd "$scratch/p" && "$kindler" check -Werror --toolchain tcc) >/dev/null 2>&1
  test $? -eq 1
  result $? "-Werror makes KIN-201 fatal: exit 1"
  project 'language = c11; features = { thread_local = true; };'
  expect KIN-300 thread_local "thread_local with tcc" --toolchain tcc
else
  skip "tcc was not cached (not installed?): KIN-201 and KIN-300 need it"
fi

project 'language = c99;'
expect KIN-203 nonesuch "--toolchain with no cache" --toolchain nonesuch

project 'language = c99; pkg_config = [ "kindler-no-such-package" ];'
expect KIN-400 kindler-no-such-package "a pkg-config package that is not installed"

project 'language = c99; abi = "n32";'
expect KIN-500 n32 "an ABI Linux does not have"

# The compiler changes after the bootstrap: its time moves.
project 'language = c99;'
touch -t 202001010000 "$scratch/bin/cc"
PATH=$scratch/bin:$PATH expect KIN-202 "$scratch/bin/cc" \
  "the fake Sun C changed since the bootstrap" --toolchain sunpro

# A compiler whose hint says it has no run path flag.
mkdir -p "$scratch/hints"
cp -R "$top/hints/os" "$top/hints/compiler" "$scratch/hints/"
sed 's/^\( *rpath = \)"-Wl,-rpath,{}",/\1false,/' "$top/hints/compiler/gcc.lua" \
  >"$scratch/hints/compiler/gcc.lua"
if grep 'rpath = false' "$scratch/hints/compiler/gcc.lua" >/dev/null; then
  "$bootstrap" --hints "$scratch/hints" --cache-dir "$scratch/c2" --compiler gcc -q \
    >/dev/null 2>&1
  project 'language = c99; runtime_paths = [ "/opt/lib" ];'
  KINDLER_CACHE_DIR=$scratch/c2 expect KIN-600 gcc "runtime_paths with a compiler that has no run path flag"
else
  result 1 "the gcc hint's rpath line was found to turn it off"
fi

finish
