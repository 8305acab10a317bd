#!/bin/sh
# t/port/lua.sh TRIPLET: Lua 5.1 for another CPU, built with TRIPLET-gcc
# from Debian's lua5.1 source package (the version this machine's
# liblua5.1-0-dev was built from, so both sides run the same Lua).
# Prints, as its last line, a directory holding include/ (lua.h lauxlib.h
# lualib.h luaconf.h lua.hpp) and lib/liblua5.1.a; the rest of its output
# says what it did. Exits 1 when Lua cannot be had.
#
# The result is cached, keyed by source version and triplet, under
# $KINDLER_PORT_CACHE, else $XDG_CACHE_HOME/kindler-port, else
# $HOME/.cache/kindler-port, else /var/tmp/kindler-port-UID: a second run
# takes no time and no network.
#
# The sources come as doc/portability.md says: `apt-get source --download-only`
# through a private copy of the apt source lists (deb-src lines made from
# the system's deb lines), with private state and cache directories: the
# system's apt configuration is not touched. Unpacked with dpkg-source
# (Debian's patches applied, as in the host's liblua5.1); Debian's build
# generates lua5.1-deb-multiarch.h, so this script writes it too. The 28
# core files (all but lua.c, luac.c and print.c) are compiled with
# -O2 -DLUA_USE_POSIX and archived with ar rcs.
# Usage: sh t/port/lua.sh s390x-linux-gnu

triplet=$1
case $triplet in
  ''|*[!A-Za-z0-9_.-]*) echo "usage: lua.sh TRIPLET" >&2; exit 2 ;;
esac
cc=$triplet-gcc
ar=$triplet-ar
command -v $cc >/dev/null 2>&1 || { echo "$cc is not installed"; exit 1; }
command -v $ar >/dev/null 2>&1 || { echo "$ar is not installed"; exit 1; }

cache=$KINDLER_PORT_CACHE
if test -z "$cache"; then
  if test -n "$XDG_CACHE_HOME"; then cache=$XDG_CACHE_HOME/kindler-port
  elif test -n "$HOME" && test -d "$HOME" && test -w "$HOME"; then cache=$HOME/.cache/kindler-port
  else cache=/var/tmp/kindler-port-`id -u`
  fi
fi
want=`dpkg-query -W -f='${source:Version}' liblua5.1-0-dev 2>/dev/null`
case $want in ''|*[!A-Za-z0-9.+:~-]*) want= ;; esac
key=`echo "${want:-any}" | tr ':~' '__'`
dir=$cache/lua5.1-$key-$triplet
if test -f "$dir/lib/liblua5.1.a" && test -f "$dir/include/lua.h"; then
  echo "cached: `cat "$dir/SOURCE" 2>/dev/null`"
  echo "$dir"
  exit 0
fi

mkdir -p "$cache" || exit 1
tmp=$cache/tmp.$$
rm -rf "$tmp"
mkdir -p "$tmp/parts" "$tmp/lists/partial" "$tmp/cache/archives/partial" "$tmp/get" || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 1' HUP INT TERM

# deb-src lines for the system's deb lines, in private files
for f in /etc/apt/sources.list.d/*.sources; do
  test -f "$f" || continue
  sed 's/^Types:.*/Types: deb-src/' "$f" >"$tmp/parts/`basename "$f"`"
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  test -f "$f" || continue
  sed -n 's/^deb[ 	]/deb-src /p' "$f" >"$tmp/parts/`basename "$f"`"
done
O="-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$tmp/parts
 -o Dir::State::Lists=$tmp/lists -o Dir::Cache=$tmp/cache -o Dir::Cache::pkgcache=
 -o Dir::Cache::srcpkgcache= -o Acquire::Retries=2 -o Acquire::http::Timeout=60"
echo "fetching Debian's lua5.1 source package ${want:-(any version)} into $tmp"
command -v apt-get >/dev/null 2>&1 || { echo "apt-get is not installed: no way to fetch the sources"; exit 1; }
command -v dpkg-source >/dev/null 2>&1 || { echo "dpkg-source is not installed (Debian: dpkg-dev)"; exit 1; }
apt-get $O update >"$tmp/update.log" 2>&1 || { cat "$tmp/update.log"; echo "apt-get update (deb-src) failed"; exit 1; }
if test -n "$want" && (cd "$tmp/get" && apt-get $O source --download-only "lua5.1=$want") >"$tmp/get.log" 2>&1; then :
elif (cd "$tmp/get" && apt-get $O source --download-only lua5.1) >>"$tmp/get.log" 2>&1; then :
else
  cat "$tmp/get.log"
  echo "apt-get source --download-only lua5.1 failed"
  exit 1
fi
dsc=`ls "$tmp/get"/lua5.1_*.dsc 2>/dev/null | sed 1q`
test -n "$dsc" || { cat "$tmp/get.log"; echo "no lua5.1 .dsc was downloaded"; exit 1; }
version=`basename "$dsc" .dsc | sed 's/^lua5\.1_//'`
(cd "$tmp/get" && dpkg-source --no-check -x "$dsc" src) >"$tmp/unpack.log" 2>&1 ||
  { cat "$tmp/unpack.log"; echo "dpkg-source -x failed"; exit 1; }

src=$tmp/get/src/src
out=$tmp/out
mkdir -p "$out/include" "$out/lib" "$tmp/obj" || exit 1
printf '#ifndef _LUA_DEB_MULTIARCH_\n#define _LUA_DEB_MULTIARCH_\n#define DEB_HOST_MULTIARCH "%s"\n#endif\n' \
  "$triplet" >"$src/lua5.1-deb-multiarch.h"
for f in lapi lcode ldebug ldo ldump lfunc lgc llex lmem lobject lopcodes lparser \
    lstate lstring ltable ltm lundump lvm lzio lauxlib lbaselib ldblib liolib \
    lmathlib loslib ltablib lstrlib loadlib linit; do
  $cc -O2 -DLUA_USE_POSIX -c -o "$tmp/obj/$f.o" "$src/$f.c" || { echo "$cc failed on $f.c"; exit 1; }
done
$ar rcs "$out/lib/liblua5.1.a" "$tmp/obj"/*.o || exit 1
cp "$src/lua.h" "$src/luaconf.h" "$src/lualib.h" "$src/lauxlib.h" \
  "$src/lua5.1-deb-multiarch.h" "$tmp/get/src/etc/lua.hpp" "$out/include/" || exit 1
echo "Debian lua5.1 $version, $cc -O2 -DLUA_USE_POSIX, `date`" >"$out/SOURCE"
# Atomic for other runs: a directory appears whole or not at all.
test -d "$dir" || mv "$out" "$dir" || { echo "cannot create $dir"; exit 1; }
echo "built: `cat "$dir/SOURCE"`"
echo "$dir"
