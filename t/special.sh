#!/bin/sh
# special.sh: what is not a regular file, or is too large, given where
# Kindler reads one (kindler(1), LIMITS): the project file, a cache, a
# hint. Each is refused at once with its KIN code and exit status; none
# hangs (every command runs under a 20 s timeout) or aborts.
# Usage: t/special.sh KINDLER
. "`dirname "$0"`/lib.sh"
lane_start special "$1"

if ! command -v timeout >/dev/null 2>&1 || ! command -v mkfifo >/dev/null 2>&1; then
  skip "special files: timeout(1) or mkfifo(1) is missing"
  finish
  exit
fi

# refused WHAT STATUS CODE COMMAND...: COMMAND ends with STATUS within
# 20 s and says CODE.
refused() {
  what=$1 want=$2 code=$3
  shift 3
  timeout 20 "$@" >"$scratch/out" 2>&1
  got=$?
  test $got -eq "$want" && grep "$code" "$scratch/out" >/dev/null
  result $? "$what: $code, exit $want (got $got)"
  test $got -eq "$want" || sed 's/^/#   /' "$scratch/out"
}

mkfifo "$scratch/fifo.kindler"
refused "a FIFO as the project file" 1 KIN-117 "$kindler" check -f "$scratch/fifo.kindler"
refused "/dev/zero as the project file" 1 KIN-117 "$kindler" check -f /dev/zero
refused "a directory as the project file" 1 KIN-117 "$kindler" check -f "$scratch"
# 65 MiB of blanks, made sparse where the system can
if dd if=/dev/zero of="$scratch/big.kindler" bs=1 count=0 seek=68157440 2>/dev/null; then
  refused "a project file over 64 MiB" 1 KIN-117 "$kindler" check -f "$scratch/big.kindler"
else
  skip "a project file over 64 MiB: dd cannot make a sparse file here"
fi

"$bootstrap" --cache-dir "$scratch/cache" --compiler gcc -q >"$scratch/log" 2>&1
result $? "kindler-bootstrap writes the caches"
rm -f "$scratch/cache/compiler_gcc.bin"
mkfifo "$scratch/cache/compiler_gcc.bin"
KINDLER_CACHE_DIR=$scratch/cache
export KINDLER_CACHE_DIR
refused "a FIFO as a compiler cache" 3 KIN-701 "$kindler" check -C "$top/examples/hello"
unset KINDLER_CACHE_DIR

# A hint that is a FIFO: that hint is skipped with KIN-704, the others
# are probed.
mkdir -p "$scratch/hints"
cp -R "$top/hints/os" "$top/hints/compiler" "$scratch/hints/"
rm -f "$scratch/hints/compiler/pcc.lua"
mkfifo "$scratch/hints/compiler/pcc.lua"
timeout 60 "$bootstrap" --hints "$scratch/hints" --cache-dir "$scratch/cache2" \
  --compiler gcc -q >"$scratch/out" 2>&1
got=$?
grep 'KIN-704.*pcc' "$scratch/out" >/dev/null && test -f "$scratch/cache2/compiler_gcc.bin"
result $? "a FIFO as a hint: KIN-704 for it, the other hints probed (exit $got)"
finish
