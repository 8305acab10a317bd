#!/bin/sh
# pkgconfig.sh: pkg-config out and in, end to end. examples/static-and-shared
# is exported, built and installed into a staging directory with make
# install DESTDIR=... PREFIX=/usr: its foo.pc lands in usr/lib/pkgconfig
# and pkg-config reads it (version, Cflags, Libs), with
# PKG_CONFIG_SYSROOT_DIR naming the staging directory.
# Then t/pkgconfig/consumer, which names foo (with a version constraint),
# Debian's zlib and Lua 5.1 only in pkg_config, is exported with
# PKG_CONFIG_PATH naming foo installed under a prefix of its own, built
# with make and ninja, and run against that foo. A constraint the
# installed foo does not meet is KIN-400. uninstall removes foo.pc too.
. t/lib.sh
. t/buildlane.sh
top=`pwd`
tmp=${TMPDIR:-/tmp}/kindler-pkgconfig.$$
trap 'rm -rf "$tmp"' 0 HUP INT TERM
mkdir -p "$tmp" || exit 1

if ! command -v pkg-config >/dev/null 2>&1; then
  skip "pkg-config is not installed (Debian: apt-get install pkg-config)"
  finish
  exit $?
fi
for pc in zlib lua5.1; do
  if ! pkg-config --exists $pc; then
    skip "pkg-config has no $pc (Debian: zlib1g-dev, liblua5.1-0-dev)"
    finish
    exit $?
  fi
done
"$top/kindler-bootstrap" --cache-dir "$tmp/cache" --compiler gcc -q >"$tmp/bootstrap.log" 2>&1
KINDLER_CACHE_DIR=$tmp/cache
export KINDLER_CACHE_DIR
dest=$tmp/dest

# pkg-config out: the library's project installs foo.pc.
cp -R examples/static-and-shared "$tmp/foo"
(cd "$tmp/foo" && "$top/kindler" export -B build && cd build && make &&
 make install DESTDIR="$dest" PREFIX=/usr) >"$tmp/foo.log" 2>&1
result $? "static-and-shared: export, build, make install DESTDIR=... PREFIX=/usr"
test -f "$dest/usr/lib/pkgconfig/foo.pc"
result $? "make install puts foo.pc in \$(LIBDIR)/pkgconfig"

PKG_CONFIG_PATH=$dest/usr/lib/pkgconfig
PKG_CONFIG_SYSROOT_DIR=$dest
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
got=`pkg-config --modversion foo 2>&1`
test "$got" = 2.0.0
result $? "pkg-config reads the installed foo.pc: version 2.0.0 (got: $got)"
got=`pkg-config --cflags --libs foo 2>&1 | sed "s/ *$//"`
test "$got" = "-I$dest/usr/include -L$dest/usr/lib -lfoo"
result $? "pkg-config --cflags --libs foo names the installed include and library directories (got: $got)"

# pkg-config in: the consumer builds from what pkg-config says, foo
# installed for it under a prefix of its own (a sysroot would move
# Debian's own packages too).
unset PKG_CONFIG_SYSROOT_DIR
(cd "$tmp/foo/build" && make install PREFIX="$tmp/prefix") >"$tmp/prefix.log" 2>&1
result $? "static-and-shared: make install PREFIX=..."
PKG_CONFIG_PATH=$tmp/prefix/lib/pkgconfig
for tool in make ninja; do
  if ! command -v $tool >/dev/null 2>&1; then
    skip "consumer with $tool: $tool is not installed"
    continue
  fi
  rm -rf "$tmp/consumer"
  cp -R t/pkgconfig/consumer "$tmp/consumer"
  (cd "$tmp/consumer" && "$top/kindler" export -B build -e $tool -Werror &&
   cd build && $tool) >"$tmp/consumer.log" 2>&1
  result $? "consumer: export -e $tool (no warning) and build with foo, zlib and lua5.1 from pkg-config"
  test -s "$tmp/consumer/build/consumer" || sed "s/^/#   /" "$tmp/consumer.log" | tail -n 20
  out=`cd "$tmp/consumer/build" && LD_LIBRARY_PATH=$tmp/prefix/lib ./consumer 2>&1`
  test "$out" = "lua: 42
zlib crc32: 4e2c8d3d
foo_sum(4) = 10
shared foo: 10"
  result $? "consumer ($tool) runs against the installed shared foo, zlib and Lua (got: `echo $out`)"
done

# A version the installed foo does not have.
rm -rf "$tmp/consumer"
cp -R t/pkgconfig/consumer "$tmp/consumer"
sed 's/foo >= 2.0/foo >= 3/' "$tmp/consumer/consumer.kindler" >"$tmp/consumer/c.kindler" &&
  rm "$tmp/consumer/consumer.kindler"
(cd "$tmp/consumer" && "$top/kindler" check) >"$tmp/check.log" 2>&1
grep "warning KIN-400: target 'consumer': pkg-config package 'foo >= 3': .*2.0.0" \
  "$tmp/check.log" >/dev/null
result $? "an unmet version constraint is KIN-400 naming the version found"

(cd "$tmp/foo/build" && make uninstall DESTDIR="$dest" PREFIX=/usr) >"$tmp/uninstall.log" 2>&1
test ! -f "$dest/usr/lib/pkgconfig/foo.pc"
result $? "make uninstall removes foo.pc"

finish
