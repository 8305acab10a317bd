#!/bin/sh
# cacheperm.sh: a cache that someone other than its owner and root could
# change is refused with a warning (KIN-705, SPEC.md section 3): writable by
# the group or by others, in a directory others may write, or owned by
# another user. A refused cache counts as missing: exit 3.
# Usage: t/cacheperm.sh KINDLER
. "`dirname "$0"`/lib.sh"
kindler=$1
case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
top=`pwd`
scratch=${TMPDIR:-/tmp}/kindler-cacheperm.$$
trap 'rm -rf "$scratch"' 0 HUP INT TERM
mkdir -p "$scratch"

cache=$scratch/cache
"`dirname "$kindler"`/kindler-bootstrap" --cache-dir "$cache" --compiler gcc -q \
  >"$scratch/log" 2>&1
result $? "kindler-bootstrap wrote the caches"
chmod 755 "$cache"

# check_refused WHAT: kindler check must warn KIN-705 and exit 3.
check_refused() {
  KINDLER_CACHE_DIR=$cache "$kindler" check -C "$top/examples/hello" \
    >/dev/null 2>"$scratch/err"
  status=$?
  test $status -eq 3 && grep KIN-705 "$scratch/err" >/dev/null
  result $? "$1: KIN-705 and exit 3 (got $status)"
}

KINDLER_CACHE_DIR=$cache "$kindler" check -C "$top/examples/hello" >/dev/null 2>&1
result $? "caches of mode 0644 in a 0755 directory are used"

chmod 664 "$cache/compiler_gcc.bin"
check_refused "a cache writable by its group"
chmod 646 "$cache/compiler_gcc.bin"
check_refused "a cache writable by others"
chmod 644 "$cache/compiler_gcc.bin"
chmod 777 "$cache"
check_refused "a cache in a directory anyone may write"
chmod 1777 "$cache"
KINDLER_CACHE_DIR=$cache "$kindler" check -C "$top/examples/hello" >/dev/null 2>&1
result $? "a sticky world-writable directory (like /tmp) is accepted"
chmod 755 "$cache"

if test "`id -u`" = 0 && id nobody >/dev/null 2>&1; then
  chown nobody "$cache/os_linux.bin"
  check_refused "a cache owned by another user"
  chown 0 "$cache/os_linux.bin"
else
  skip "a cache owned by another user: needs root to chown"
fi

finish
