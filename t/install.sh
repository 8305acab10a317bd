#!/bin/sh
# install.sh: `make install DESTDIR=... PREFIX=...` and `make uninstall`
# under GNU make and bmake: every file lands, the installed kindler finds
# its Lua modules and hints beside itself (moved prefix included), and
# uninstall leaves no file behind.
. "`dirname "$0"`/lib.sh"
top=`pwd`
scratch=${TMPDIR:-/tmp}/kindler-install.$$
trap 'rm -rf "$scratch"' 0 HUP INT TERM

for mk in make bmake; do
  if command -v $mk >/dev/null 2>&1; then :; else
    skip "$mk is not installed"
    continue
  fi
  dest=$scratch/$mk
  mkdir -p "$dest"
  $mk install DESTDIR="$dest" PREFIX=/usr >"$scratch/log" 2>&1
  result $? "$mk install DESTDIR=... PREFIX=/usr"
  missing=
  for f in usr/bin/kindler usr/bin/kindler-bootstrap \
      usr/share/kindler/lua/kindler/command/kindler/main.lua \
      usr/share/kindler/lua/kindler/validate/structure.lua \
      usr/share/kindler/lua/kindler/export/make.lua \
      usr/share/kindler/hints/os/linux.lua \
      usr/share/kindler/hints/compiler/mipspro.lua \
      usr/share/man/man1/kindler.1 usr/share/man/man5/kindler.5 \
      usr/share/man/man5/kindler-hints.5 usr/share/man/man7/kindler-codes.7 \
      usr/share/man/man7/kindler-modules.7 usr/share/kindler/lua/modules/asm.lua \
      usr/share/man/man8/kindler-bootstrap.8; do
    test -f "$dest/$f" || missing="$missing $f"
  done
  test -z "$missing"
  result $? "$mk install put every file in place${missing:+ (missing:$missing)}"
  # Every Lua module of the tree is installed.
  count_tree=`find lua -name '*.lua' | wc -l`
  count_inst=`find "$dest/usr/share/kindler/lua" -name '*.lua' | wc -l`
  test "$count_tree" -eq "$count_inst"
  result $? "$mk install copies all $count_tree Lua modules ($count_inst)"
  # The installed program runs from its prefix, even moved elsewhere.
  mv "$dest/usr" "$dest/moved"
  (unset KINDLER_HOME; "$dest/moved/bin/kindler" dump -C "$top/examples/hello") \
    >"$scratch/dump" 2>&1
  grep '"name": "hello"' "$scratch/dump" >/dev/null
  result $? "$mk: the installed kindler, moved to another prefix, finds its modules"
  KINDLER_HOME=/nonexistent "$dest/moved/bin/kindler" dump -C "$top/examples/hello" \
    >/dev/null 2>"$scratch/err"
  status=$?
  test $status -eq 3 && grep KIN-706 "$scratch/err" >/dev/null
  result $? "$mk: KINDLER_HOME overrides the prefix (a wrong one: KIN-706, exit 3)"
  mv "$dest/moved" "$dest/usr"
  $mk uninstall DESTDIR="$dest" PREFIX=/usr >"$scratch/log" 2>&1
  result $? "$mk uninstall"
  left=`find "$dest" -type f | wc -l`
  test "$left" -eq 0
  result $? "$mk uninstall leaves no file ($left left)"
done

finish
