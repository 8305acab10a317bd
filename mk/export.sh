#!/bin/sh
# mk/export.sh: exports kindler.kindler into the Makefile at the top of the
# tree (doc/selfhost.md): the one command that writes it, run by hand after
# a change of kindler.kindler and by the selfhost lane, which checks that
# the checked-in Makefile is what it writes.
# Usage: sh mk/export.sh KINDLER [DIR]   (DIR: a copy of the tree to export
# into, the tree itself by default; the caches are KINDLER_CACHE_DIR's, or
# the user's or the system's as kindler(1) finds them)
kindler=$1
dir=${2:-`dirname "$0"`/..}
case $kindler in
  */*) kindler=`cd "\`dirname "$kindler"\`" && pwd`/`basename "$kindler"` ;;
esac
cd "$dir" || exit 1
# --standalone: the Makefile never runs Kindler (a fresh clone builds
# without it); --config plain: the optimisation is configure.sh's CXXFLAGS.
exec "$kindler" export --standalone --config plain -f kindler.kindler -B .
