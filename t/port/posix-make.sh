#!/bin/sh
# t/port/posix-make.sh: every Makefile of the project passes the strict
# POSIX make checker, t/posix-make/check.sh: the project's own Makefile
# and the mk/tree.mk it includes, the config.mk configure.sh writes (checked as an included fragment), and
# every Makefile the tests export -- each example (examples/*, as the e2e
# lane exports them) with each toolchain the host kindler-bootstrap cached
# (tcc and pcc only for examples without C++), and each export case of
# t/cases (as t/cases.sh exports it).
# Prints TAP lines and "N passed, N failed, N skipped"; exits 1 on failure.
# Usage: sh t/port/posix-make.sh

here=`dirname "$0"`
here=`cd "$here" && pwd`
. "$here/lib.sh"
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES GNUMAKEFLAGS KINDLER_CACHE_DIR

check=$top/t/posix-make/check.sh
if test ! -f "$check"; then
  not_ok "t/posix-make/check.sh does not exist, so no Makefile can be checked (the checker is another lane's work)"
  finish
fi
log=$work/posix-make.log
: >"$log"

# checked FILE DESCRIPTION [-i]
checked() {
  if sh "$check" $3 "$1" >"$log" 2>&1; then
    ok "$2"
  else
    not_ok "$2: check.sh exits $?" "$log"
  fi
}

checked "$top/Makefile" "Makefile (the project's own)"
checked "$top/mk/tree.mk" "mk/tree.mk (the project's own, included by its Makefile)" -i
if host_build; then
  checked "$work/host/config.mk" "config.mk written by ./configure.sh (an included fragment)" -i
else
  not_ok "./configure.sh && make for this machine (needed to export)" "$work/host.log"
  finish
fi
if le_caches; then :; else
  not_ok "kindler-bootstrap writes the caches the exports read" "$work/caches-le.log"
  finish
fi
KINDLER_CACHE_DIR=$work/caches-le
export KINDLER_CACHE_DIR
kindler=$work/host/kindler
echo "# toolchains cached:" `toolchains "$KINDLER_CACHE_DIR"`

# one LABEL KIND DIR KFILE TOOLCHAIN: export, then check the Makefile
one() {
  export_to "$kindler" "$2" "$3" "$4" "$5" "$work/posix-export" || exit 1
  if test -n "$made"; then
    checked "$made" "$1: the exported Makefile"
  elif test $2 = case && sed 1q "$3/Makefile.expected" | grep '^(no Makefile)$' >/dev/null; then
    : # the case expects the export to refuse: no Makefile to check
  else
    not_ok "$1: kindler export writes a Makefile" "$work/posix-export.out"
  fi
}
for_each_export one
finish
