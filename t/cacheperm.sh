#!/bin/sh
# cacheperm.sh: a cache that someone other than its owner and root could
# change is refused with a warning (KIN-705, kindler(1) SECURITY): writable by
# the group or by others, below a directory others may write (up to the
# root, through symbolic links too), or owned by another user. A refused
# cache counts as missing: exit 3; kindler-bootstrap will not write there.
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

# Parents up to the root count too, as written and as resolved.
chmod 777 "$scratch"
check_refused "a cache whose directory's parent anyone may write"
chmod 755 "$scratch"
mkdir -p "$scratch/open/real" "$scratch/safe"
chmod 777 "$scratch/open"
cp "$cache"/*.bin "$scratch/open/real/"
ln -s "$scratch/open/real" "$scratch/safe/link"
KINDLER_CACHE_DIR=$scratch/safe/link "$kindler" check -C "$top/examples/hello" \
  >/dev/null 2>"$scratch/err"
status=$?
test $status -eq 3 && grep KIN-705 "$scratch/err" >/dev/null
result $? "a cache directory that is a link into a directory anyone may write: KIN-705 and exit 3 (got $status)"

# kindler-bootstrap will not write where export would refuse to read.
bootstrap=`dirname "$kindler"`/kindler-bootstrap
for d in "$scratch/open/new" "$scratch/safe/link/new"; do
  "$bootstrap" --cache-dir "$d" --compiler gcc -q >/dev/null 2>"$scratch/err"
  status=$?
  test $status -eq 3 && grep KIN-707 "$scratch/err" >/dev/null && test ! -d "$d"
  result $? "kindler-bootstrap refuses, creating nothing, to write caches in $d (below a directory anyone may write): KIN-707 and exit 3 (got $status)"
done

if test "`id -u`" = 0 && id nobody >/dev/null 2>&1; then
  chown nobody "$cache/os_linux.bin"
  check_refused "a cache owned by another user"
  chown 0 "$cache/os_linux.bin"
else
  skip "a cache owned by another user: needs root to chown"
fi

finish
