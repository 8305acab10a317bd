# legacy.sh: the legacy makes of ../shared/legacy-tools (Sun's make, its
# System V mode, the strict POSIX pdpmake), for the lanes that build with
# them, sourced with `. t/legacy.sh` after the lane has set $top (the
# repository's root).
#
# They are built once from source, by ../shared/legacy-tools/build.sh, into
# $KINDLER_LEGACY_DIR (default ${HOME}/.cache/kindler-legacy), and reused
# while DIR/bin/pdpmake, sunmake and svr4make are there. Concurrent lanes
# take turns through a lock directory (DIR.lock); the build's output is in
# DIR/build.log.
#
# Sets legacy_pdpmake, legacy_sunmake and legacy_svr4make to the programs'
# paths, or leaves them empty and sets legacy_skip to the reason (no
# ../shared/legacy-tools, or the build failed). Exports
# PDPMAKE_POSIXLY_CORRECT=1: pdpmake is the strictness oracle, and only in
# its strict mode (no other make reads the variable).

legacy_pdpmake=
legacy_sunmake=
legacy_svr4make=
legacy_skip=
legacy_dir=${KINDLER_LEGACY_DIR:-${HOME:-/nonexistent}/.cache/kindler-legacy}
legacy_src=${top:-`pwd`}/../shared/legacy-tools
PDPMAKE_POSIXLY_CORRECT=1
export PDPMAKE_POSIXLY_CORRECT

# legacy_have: the three makes are built in $legacy_dir
legacy_have() {
  test -x "$legacy_dir/bin/pdpmake" && test -x "$legacy_dir/bin/sunmake" &&
    test -x "$legacy_dir/bin/svr4make"
}

if legacy_have; then :
elif test ! -f "$legacy_src/build.sh" || test ! -f "$legacy_src/legacy-tools.tar.gz"; then
  legacy_skip="no legacy makes in $legacy_dir, and no ../shared/legacy-tools to build them from"
elif ! mkdir -p "`dirname "$legacy_dir"`" 2>/dev/null; then
  legacy_skip="cannot create `dirname "$legacy_dir"` to build the legacy makes in"
else
  # One build at a time: mkdir is atomic, and the lock holds its owner's
  # process id; the lock of a process that is gone (a killed build) is
  # taken over.
  legacy_wait=0
  legacy_locked=no
  while test $legacy_wait -le 600; do
    if mkdir "$legacy_dir.lock" 2>/dev/null; then
      echo $$ >"$legacy_dir.lock/pid"
      legacy_locked=yes
      break
    fi
    legacy_owner=`cat "$legacy_dir.lock/pid" 2>/dev/null`
    if test -n "$legacy_owner" && ! kill -s 0 "$legacy_owner" 2>/dev/null; then
      rm -rf "$legacy_dir.lock"
      continue
    fi
    if legacy_have; then break; fi
    legacy_wait=`expr $legacy_wait + 1`
    sleep 1
  done
  if legacy_have; then :               # built while we waited
  elif test $legacy_locked = no; then
    legacy_skip="another build of the legacy makes holds $legacy_dir.lock"
  else
    mkdir -p "$legacy_dir"
    echo "# building the legacy makes into $legacy_dir (once; about a minute)" >&2
    if sh "$legacy_src/build.sh" "$legacy_dir" >"$legacy_dir/build.log" 2>&1 &&
       legacy_have; then :
    else
      legacy_skip="building the legacy makes failed (`tail -n 1 "$legacy_dir/build.log"`; see $legacy_dir/build.log; Sun make needs libtirpc-dev)"
    fi
  fi
  if test $legacy_locked = yes; then rm -rf "$legacy_dir.lock"; fi
  unset legacy_wait legacy_locked legacy_owner
fi

# Sun make reads each line through mbstowcs(), and glibc's C locale is
# 7-bit: a definition holding UTF-8 is "Invalid byte sequence" here, where
# Solaris's C locale takes every byte. Sun make runs under C.UTF-8 (a
# wrapper of this lane's own, beside the build), so that it reads bytes as
# Solaris would.
legacy_utf8() {
  mkdir -p "$legacy_dir/utf8" &&
  { echo '#!/bin/sh'; echo 'LC_ALL=C.UTF-8; export LC_ALL'
    echo "exec \"$legacy_dir/bin/$1\" \"\$@\""; } >"$legacy_dir/utf8/$1.$$" &&
  chmod 755 "$legacy_dir/utf8/$1.$$" &&
  mv -f "$legacy_dir/utf8/$1.$$" "$legacy_dir/utf8/$1" &&
  echo "$legacy_dir/utf8/$1"
}

if test -z "$legacy_skip"; then
  legacy_pdpmake=$legacy_dir/bin/pdpmake
  legacy_sunmake=`legacy_utf8 sunmake`
  legacy_svr4make=`legacy_utf8 svr4make`
  test -n "$legacy_sunmake" && test -n "$legacy_svr4make" ||
    legacy_skip="cannot write the C.UTF-8 wrappers in $legacy_dir/utf8"
fi
unset legacy_src
