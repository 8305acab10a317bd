#!/bin/sh
# t/bootstrap/run.sh: the kindler-bootstrap lane. Probes the fake vendor
# compilers (t/fakecc) and the real gcc, clang, tcc and pcc; checks fault
# isolation of broken hints, refusal of damaged caches (unit level is in
# t/unit/cache_codec_test.cc, here end to end through `kindler check`),
# atomic writes under concurrency and kill -9, and --system without
# permission. Prints "ok N - ..." / "not ok N - ..." lines, then
# "N passed, N failed"; exits 1 when anything failed.
# Usage: sh t/bootstrap/run.sh   (from anywhere; needs `make` done)

top=`dirname "$0"`/../..
top=`cd "$top" && pwd`
cd "$top" || exit 1
KB=$top/kindler-bootstrap
KINDLER=$top/kindler
tmp=${TMPDIR:-/tmp}/kindler-bootstrap-lane.$$
rm -rf "$tmp"
mkdir -p "$tmp/tmpdir" || exit 1
trap 'rm -rf "$tmp"' 0
trap 'exit 1' 1 2 15
# The bootstraps' own temporary directories go here, to check they vanish.
TMPDIR=$tmp/tmpdir
export TMPDIR
unset KINDLER_CACHE_DIR

n=0
passed=0
failed=0
ok() { n=`expr $n + 1`; passed=`expr $passed + 1`; echo "ok $n - $*"; }
not_ok() { n=`expr $n + 1`; failed=`expr $failed + 1`; echo "not ok $n - $*"; }
skip() { n=`expr $n + 1`; passed=`expr $passed + 1`; echo "ok $n - # SKIP $*"; }
# say_file FILE: a file's lines as diagnostics
say_file() { sed -e 's/^/#   /' "$1" | head -40; }
# check DESCRIPTION COMMAND...: ok when the command succeeds
check() {
  desc=$1
  shift
  if "$@" >"$tmp/check.out" 2>&1; then ok "$desc"; else not_ok "$desc"; say_file "$tmp/check.out"; fi
}

if test ! -x "$KB" || test ! -f core.dir/cache_codec.cc.o || test ! -f core.dir/crc32.cc.o; then
  not_ok "kindler-bootstrap and src/*.o are built (run make first)"
  echo "$passed passed, $failed failed"
  exit 1
fi

# cachetool: decodes caches through src/cache_codec (t/bootstrap/cachetool.cc).
CXX_FOR_TOOL=${CXX:-}
if test -z "$CXX_FOR_TOOL"; then
  for c in c++ g++ clang++; do
    if command -v $c >/dev/null 2>&1; then CXX_FOR_TOOL=$c; break; fi
  done
fi
TOOL=$tmp/cachetool
if $CXX_FOR_TOOL -Isrc -It/bootstrap -o "$TOOL" t/bootstrap/cachetool.cc \
    core.dir/cache_codec.cc.o core.dir/crc32.cc.o >"$tmp/tool.log" 2>&1; then
  ok "cachetool builds against src/cache_codec"
else
  not_ok "cachetool builds against src/cache_codec"
  say_file "$tmp/tool.log"
  echo "$passed passed, $failed failed"
  exit 1
fi

# key FILE KEY EXPECTED DESCRIPTION: the entry's value in facts form
key() {
  got=`"$TOOL" get "$1" "$2" 2>&1`
  if test "x$got" = "x$3"; then
    ok "$4: $2 = $3"
  else
    not_ok "$4: $2 = $3"
    echo "#   got: $got"
  fi
}

# decodes DIR: every *.bin in DIR decodes; no temporary file is left over
decodes() {
  dd=$1
  bad=
  for f in "$dd"/*.bin; do
    test -f "$f" || continue
    "$TOOL" show "$f" >/dev/null 2>&1 || bad="$bad `basename $f`"
  done
  test -z "$bad" || { echo "damaged:$bad"; return 1; }
}

# ---------------------------------------------------------------------------
# The real compilers: one full bootstrap, in the background meanwhile.
# ---------------------------------------------------------------------------
"$KB" --cache-dir "$tmp/real" -v >"$tmp/real.out" 2>"$tmp/real.err" &
real_pid=$!

# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------
"$KB" --cache-dir "$tmp/x" --compiler nosuch >"$tmp/o" 2>"$tmp/e"
st=$?
if test $st -eq 2 && grep "no compiler hint 'nosuch'" "$tmp/e" >/dev/null &&
    grep 'the hints are: .*gcc.*mipspro' "$tmp/e" >/dev/null; then
  ok "--compiler with no hint: exit 2, naming the hints available"
else
  not_ok "--compiler with no hint: exit 2, naming the hints available (exit $st)"
  say_file "$tmp/e"
fi
# usage_error MESSAGE ARGS...: kindler-bootstrap ARGS is a usage error
# (exit 2) that says MESSAGE, checked by the option table of
# src/bootstrap.cc before any hint is read
usage_error() {
  ue_message=$1
  shift
  "$KB" "$@" >"$tmp/o" 2>"$tmp/e"
  st=$?
  if test $st -eq 2 && test ! -s "$tmp/o" &&
      grep -F -x "kindler-bootstrap: $ue_message" "$tmp/e" >/dev/null; then
    ok "$*: usage error, $ue_message"
  else
    not_ok "$*: usage error, $ue_message (exit $st)"
    say_file "$tmp/e"
  fi
}
usage_error "give one of --system, --user and --cache-dir" --system --user
usage_error "give one of --system, --user and --cache-dir" --user --cache-dir "$tmp/x"
usage_error "give -v or -q, not both" -q -v
usage_error "--cache-dir needs a directory" --cache-dir=
usage_error "--hints needs a directory" --hints ""
usage_error "--compiler needs a hint name" --compiler gcc --compiler ""
usage_error "--target needs a target triple, such as x86_64-w64-mingw32" --target ../x
usage_error "--target needs a target triple, such as x86_64-w64-mingw32" --target -x

# ---------------------------------------------------------------------------
# The fake vendor compilers
# ---------------------------------------------------------------------------
# fake DIR HINT: bootstraps HINT with t/fakecc/DIR first on PATH
fake() {
  PATH=$top/t/fakecc/$1:$PATH "$KB" --cache-dir "$tmp/fake-$1" --compiler $2 -v \
    >"$tmp/fake-$1.out" 2>"$tmp/fake-$1.err"
  echo $? >"$tmp/fake-$1.status"
}
fake mipspro744 mipspro &
fake sunc510 sunpro
wait $!
fake sunc513 sunpro &
fake xlc111 xlc
wait $!
fake acc acc &
FAKECC_UNKNOWN=warn PATH=$top/t/fakecc/sunc510:$PATH "$KB" --cache-dir "$tmp/fake-warn" \
  --compiler sunpro >"$tmp/fake-warn.out" 2>&1
echo $? >"$tmp/fake-warn.status"
wait $!

# fake_ok DIR HINT VERSION: the run worked and identified the fake
fake_ok() {
  f=$tmp/fake-$1/compiler_$2.bin
  if test "`cat $tmp/fake-$1.status`" = 0 && test -f "$f" &&
      grep "^checking $2 (.*)\.\.\. $2 $3 at $top/t/fakecc/$1/" "$tmp/fake-$1.out" >/dev/null; then
    ok "fake $1: identified as $2 $3 and cached"
  else
    not_ok "fake $1: identified as $2 $3 and cached (exit `cat $tmp/fake-$1.status`)"
    say_file "$tmp/fake-$1.out"
    say_file "$tmp/fake-$1.err"
  fi
}

fake_ok mipspro744 mipspro 7.4.4
f=$tmp/fake-mipspro744/compiler_mipspro.bin
key "$f" compiler.version '"7.4.4"' mipspro744
key "$f" driver.c "\"cc\"" mipspro744
key "$f" driver.c.path "\"$top/t/fakecc/mipspro744/cc\"" mipspro744
key "$f" driver.c++.path "\"$top/t/fakecc/mipspro744/CC\"" mipspro744
key "$f" std.c89 '""' mipspro744
key "$f" std.ansi '"-ansi"' mipspro744
key "$f" std.c99 '"-c99"' mipspro744
key "$f" std.c11 false mipspro744
key "$f" std.c++98 '"-LANG:std"' mipspro744
key "$f" std.c++11 false mipspro744
key "$f" flag.pic '""' mipspro744
key "$f" flag.shared '"-shared -rdata_shared"' mipspro744
key "$f" flag.soname '"-soname {}"' mipspro744
key "$f" flag.rpath '"-rpath {}"' mipspro744
key "$f" flag.depfile '"-MDupdate {}"' mipspro744
key "$f" flag.threads '"-lpthread"' mipspro744
key "$f" flag.static '"-non_shared"' mipspro744
key "$f" flag.werror false mipspro744
key "$f" flag.abi.n32 '"-n32"' mipspro744

fake_ok sunc510 sunpro 5.10
f=$tmp/fake-sunc510/compiler_sunpro.bin
key "$f" driver.c++.version '"5.10"' sunc510
key "$f" std.c99 '"-xc99=all"' sunc510
key "$f" std.c89 '"-xc99=none"' sunc510
key "$f" std.ansi '"-Xc -xc99=none"' sunc510
key "$f" std.c11 false sunc510
key "$f" std.c++98 '""' sunc510
key "$f" std.c++11 false sunc510
key "$f" flag.pic '"-KPIC"' sunc510
key "$f" flag.shared '"-G"' sunc510
key "$f" flag.soname '"-h {}"' sunc510
key "$f" flag.rpath '"-R {}"' sunc510
key "$f" flag.rpath_join '":"' sunc510
key "$f" flag.depfile false sunc510
key "$f" flag.threads '"-mt"' sunc510
key "$f" flag.werror '"-errwarn=%all"' sunc510
key "$f" feature.c.threads true sunc510
key "$f" feature.c.atomics false sunc510

fake_ok sunc513 sunpro 5.13
f=$tmp/fake-sunc513/compiler_sunpro.bin
key "$f" std.c99 '"-std=c99"' sunc513
key "$f" std.c89 '"-std=c89"' sunc513
key "$f" std.ansi '"-std=c89 -pedantic"' sunc513
key "$f" std.c11 '"-std=c11"' sunc513
key "$f" std.c++11 '"-std=c++11"' sunc513
key "$f" std.c++14 false sunc513
key "$f" flag.depfile '"-xMMD -xMF {}"' sunc513
key "$f" feature.c.atomics true sunc513
key "$f" feature.c++.thread_local true sunc513

fake_ok xlc111 xlc 11.1.0
f=$tmp/fake-xlc111/compiler_xlc.bin
key "$f" std.c89 '"-qlanglvl=stdc89"' xlc111
key "$f" std.c99 '"-qlanglvl=stdc99"' xlc111
key "$f" std.c11 false xlc111
key "$f" flag.pic '""' xlc111
key "$f" flag.shared '"-qmkshrobj"' xlc111
key "$f" flag.soname false xlc111
key "$f" flag.rpath '"-blibpath:{}"' xlc111
key "$f" flag.rpath_tail '"/usr/lib /lib"' xlc111
key "$f" flag.depfile '"-qmakedep=gcc -MF {}"' xlc111
key "$f" flag.threads '"-qthreaded"' xlc111
key "$f" flag.werror '"-qhalt=w"' xlc111

fake_ok acc acc 6.25.0
f=$tmp/fake-acc/compiler_acc.bin
key "$f" driver.c++ '"aCC"' acc
key "$f" std.ansi '"-Aa"' acc
key "$f" std.c99 '"-AC99"' acc
key "$f" std.c++98 '"-AA"' acc
key "$f" flag.pic '"+Z"' acc
key "$f" flag.shared '"-b"' acc
key "$f" flag.soname '"-Wl,+h,{}"' acc
key "$f" flag.rpath '"-Wl,+b,{}"' acc
key "$f" flag.threads '"-mt"' acc
key "$f" flag.depfile false acc

# Like the real compilers, warning about unknown options and going on: the
# hint's unknown_flag_patterns must catch -std=c99 "passed to ld".
f=$tmp/fake-warn/compiler_sunpro.bin
if test "`cat $tmp/fake-warn.status`" = 0 && test -f "$f"; then
  ok "fake sunc510 warning on unknown options: cached"
else
  not_ok "fake sunc510 warning on unknown options: cached"
  say_file "$tmp/fake-warn.out"
fi
key "$f" std.c99 '"-xc99=all"' "sunc510, FAKECC_UNKNOWN=warn"
key "$f" std.c11 false "sunc510, FAKECC_UNKNOWN=warn"
key "$f" flag.depfile false "sunc510, FAKECC_UNKNOWN=warn"

# A driver that is another compiler is not recorded under the wrong hint;
# an old cache of that hint is removed.
if command -v cc >/dev/null 2>&1 && cc -E -dM - </dev/null 2>/dev/null | grep __GNUC__ >/dev/null; then
  mkdir -p "$tmp/wrong"
  cp "$tmp/fake-mipspro744/compiler_mipspro.bin" "$tmp/wrong/"
  "$KB" --cache-dir "$tmp/wrong" --compiler mipspro >"$tmp/wrong.out" 2>"$tmp/wrong.err"
  st=$?
  if test $st -eq 3 && grep "^checking mipspro (cc)\.\.\. .*/cc is [a-z_]* .*not mipspro" "$tmp/wrong.out" >/dev/null &&
      test ! -f "$tmp/wrong/compiler_mipspro.bin" && grep 'no compiler found' "$tmp/wrong.err" >/dev/null; then
    ok "cc that is another compiler is not recorded as mipspro; the old cache goes; no compiler: exit 3"
  else
    not_ok "cc that is another compiler is not recorded as mipspro; the old cache goes; no compiler: exit 3 (exit $st)"
    say_file "$tmp/wrong.out"
    say_file "$tmp/wrong.err"
  fi
else
  skip "cc that is another compiler is not recorded as mipspro: cc here is not GCC-like"
fi

# ---------------------------------------------------------------------------
# Broken hints: reported with path and line; the others still cached.
# ---------------------------------------------------------------------------
cp -r hints "$tmp/hints"
cat >"$tmp/hints/compiler/gcc.lua" <<'EOF'
-- a hint that throws on line 4
local nothing = nil
return {
  name = nothing.name,
}
EOF
cat >"$tmp/hints/compiler/clang.lua" <<'EOF'
return {
  name = "clang",
  drivers = { c = "clang"
  identify = {},
}
EOF
printf '\033LuaQ\000' >"$tmp/hints/compiler/kit.lua"
printf 'return "gcc"\n' >"$tmp/hints/compiler/mingw_gcc.lua"
printf 'return { name = "acc", big = ("x"):rep(2^30) }\n' >"$tmp/hints/compiler/acc.lua"
printf 'local t = {}\nfor i = 1, 60000 do t[i] = ("x"):rep(1000) .. i end\nreturn t\n' \
  >"$tmp/hints/compiler/xlc.lua"
"$KB" --hints "$tmp/hints" --cache-dir "$tmp/broken" --compiler gcc --compiler clang \
  --compiler tcc >"$tmp/broken.out" 2>"$tmp/broken.err"
st=$?
for want in "compiler/gcc.lua:4:.*KIN-704" "compiler/clang.lua:4:.*KIN-704.*'}' expected" \
    "compiler/kit.lua: .*KIN-704.*bytecode" "compiler/mingw_gcc.lua:1:.*KIN-704.*one table" \
    "compiler/acc.lua: .*KIN-704.*not enough memory" "compiler/xlc.lua:2:.*KIN-704.*runs too long"; do
  if grep "$want" "$tmp/broken.err" >/dev/null; then
    ok "broken hint reported with its path and line: $want"
  else
    not_ok "broken hint reported with its path and line: $want"
    say_file "$tmp/broken.err"
  fi
done
if command -v tcc >/dev/null 2>&1; then
  if test -f "$tmp/broken/compiler_tcc.bin" && test ! -f "$tmp/broken/compiler_gcc.bin" &&
      test -f "$tmp/broken/os_linux.bin" && test $st -eq 3; then
    ok "with broken hints, the other compilers are still cached (exit 3 for the errors)"
  else
    not_ok "with broken hints, the other compilers are still cached (exit $st)"
    say_file "$tmp/broken.out"
  fi
else
  skip "with broken hints, the others are still cached: tcc is not installed"
fi

# ---------------------------------------------------------------------------
# Hints that load but break the format (lua/kindler/hintschema.lua): a
# misspelt key, at the top or nested, a key of the wrong type, a template
# without its "{}". Each is KIN-704 at the hint's path and the key's line,
# a misspelling with the key meant; the other hints are still used.
# ---------------------------------------------------------------------------
cp -r hints "$tmp/schema-hints"
sh_hints=$tmp/schema-hints
sed 's/^\( *\)identify = {/\1identfy = {/' hints/compiler/pcc.lua >"$sh_hints/compiler/pcc.lua"
sed 's/^\( *\)soname = /\1sonme = /' hints/compiler/gcc.lua >"$sh_hints/compiler/gcc.lua"
sed 's/^\( *\)object_suffix = "[^"]*"/\1object_suffix = 7/' hints/os/freebsd.lua \
  >"$sh_hints/os/freebsd.lua"
sed 's/^\( *output = "-o\) {}"/\1"/' hints/compiler/clang.lua >"$sh_hints/compiler/clang.lua"
"$KB" --hints "$sh_hints" --cache-dir "$tmp/schema" --compiler tcc --compiler pcc \
  >"$tmp/schema.out" 2>"$tmp/schema.err"
st=$?
# line_of FILE KEY: the line of KEY = in the broken hint FILE
line_of() { grep -n "^ *$2 = " "$sh_hints/$1" | sed 's/:.*//'; }
for want in \
    "compiler/pcc.lua:`line_of compiler/pcc.lua identfy`:0: error KIN-704: identfy: unknown key (did you mean 'identify'?)" \
    "remedy: rename identfy to identify" \
    "compiler/gcc.lua:`line_of compiler/gcc.lua sonme`:0: error KIN-704: flags.sonme: unknown key (did you mean 'soname'?)" \
    "os/freebsd.lua:`line_of os/freebsd.lua object_suffix`:0: error KIN-704: object_suffix: expected a non-empty string, got number" \
    "compiler/clang.lua:`line_of compiler/clang.lua output`:0: error KIN-704: flags.output: takes an argument: must contain \"{}\" once"; do
  if grep -F "$want" "$tmp/schema.err" >/dev/null; then
    ok "hint against the format: $want"
  else
    not_ok "hint against the format: $want"
    say_file "$tmp/schema.err"
  fi
done
if test `grep -c KIN-704 "$tmp/schema.err"` -eq 4 && test -f "$tmp/schema/os_linux.bin" &&
    grep '^checking pcc\.\.\. skipped: its hint failed to load' "$tmp/schema.out" >/dev/null; then
  ok "hints against the format: one KIN-704 each, those hints skipped, the others used"
else
  not_ok "hints against the format: one KIN-704 each, those hints skipped, the others used (exit $st)"
  say_file "$tmp/schema.out"
  say_file "$tmp/schema.err"
fi

# ---------------------------------------------------------------------------
# --system without permission
# ---------------------------------------------------------------------------
as_nobody=
if test "`id -u`" = 0; then
  if command -v setpriv >/dev/null 2>&1; then
    as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
  elif command -v su >/dev/null 2>&1; then
    as_nobody=su
  fi
fi
if test "`id -u`" != 0 && test ! -w /etc/kindler/cache && test ! -w /etc; then
  HOME=$tmp "$KB" --system --compiler tcc >"$tmp/sys.out" 2>"$tmp/sys.err"
  st=$?
  sys_ran=yes
elif test -n "$as_nobody" && test -r "$KB"; then
  chmod 1777 "$tmp" "$tmp/tmpdir"   # sticky, as /tmp: caches below stay safe
  if test "$as_nobody" = su; then
    su nobody -s /bin/sh -c "HOME=/nonexistent TMPDIR=$tmp/tmpdir $KB --system --compiler tcc" \
      >"$tmp/sys.out" 2>"$tmp/sys.err"
  else
    HOME=/nonexistent $as_nobody "$KB" --system --compiler tcc >"$tmp/sys.out" 2>"$tmp/sys.err"
  fi
  st=$?
  sys_ran=yes
else
  sys_ran=no
fi
if test $sys_ran = no; then
  skip "--system without permission: cannot run as an unprivileged user here"
elif test $st -eq 3 && grep 'KIN-707.*/etc/kindler' "$tmp/sys.err" >/dev/null &&
    ! grep '^checking tcc' "$tmp/sys.out" >/dev/null; then
  ok "--system without permission: KIN-707 naming /etc/kindler, exit 3, before any probe"
else
  not_ok "--system without permission: KIN-707 naming /etc/kindler, exit 3 (exit $st)"
  say_file "$tmp/sys.out"
  say_file "$tmp/sys.err"
fi

# ---------------------------------------------------------------------------
# The real compilers
# ---------------------------------------------------------------------------
wait $real_pid
real_status=$?
if test $real_status -eq 0 && test -f "$tmp/real/os_linux.bin"; then
  ok "full bootstrap of this machine: exit 0"
else
  not_ok "full bootstrap of this machine: exit 0 (exit $real_status)"
  say_file "$tmp/real.out"
  say_file "$tmp/real.err"
fi
f=$tmp/real/os_linux.bin
key "$f" os.uname '"Linux"' os_linux
key "$f" os.machine "\"`uname -m`\"" os_linux
key "$f" rpath.origin '"$ORIGIN"' os_linux
key "$f" hint.path "\"$top/hints/os/linux.lua\"" os_linux
mode=`ls -l "$f" | cut -c1-10`
if test "$mode" = "-rw-r--r--"; then ok "caches are written 0644"; else not_ok "caches are written 0644 ($mode)"; fi
if ls "$tmp/tmpdir" | grep . >/dev/null; then
  not_ok "the probes' temporary directories are removed"
  ls "$tmp/tmpdir" | sed 's/^/#   /'
else
  ok "the probes' temporary directories are removed"
fi

# real NAME: the compiler's checking line and cache, or a skip
real() {
  if command -v $1 >/dev/null 2>&1; then
    if test -f "$tmp/real/compiler_$1.bin" &&
        grep "^checking $1 ($1)\.\.\. $1 [0-9][0-9.]* at /" "$tmp/real.out" >/dev/null; then
      ok "$1: identified and cached"
    else
      not_ok "$1: identified and cached"
      grep "$1" "$tmp/real.out" | say_file /dev/stdin
    fi
    return 0
  fi
  skip "$1 is not installed"
  return 1
}
if real gcc; then
  f=$tmp/real/compiler_gcc.bin
  key "$f" driver.c.path "\"`command -v gcc`\"" gcc
  key "$f" std.ansi '"-ansi"' gcc
  key "$f" std.c89 '"-std=c89"' gcc
  key "$f" std.c99 '"-std=c99"' gcc
  key "$f" std.c11 '"-std=c11"' gcc
  key "$f" flag.pic '"-fPIC"' gcc
  key "$f" flag.shared '"-shared"' gcc
  key "$f" flag.soname '"-Wl,-soname,{}"' gcc
  key "$f" flag.rpath '"-Wl,-rpath,{}"' gcc
  key "$f" flag.depfile '"-MMD -MF {}"' gcc
  key "$f" flag.depfile_system '"-MD -MF {}"' gcc
  key "$f" flag.threads '"-pthread"' gcc
  key "$f" flag.werror '"-Werror"' gcc
  key "$f" flag.response_file '"@{}"' gcc
  key "$f" feature.c.threads true gcc
  key "$f" feature.c.thread_local true gcc
  key "$f" feature.c.atomics true gcc
  if command -v g++ >/dev/null 2>&1; then
    key "$f" std.c++98 '"-std=c++98"' gcc
    key "$f" std.c++14 '"-std=c++14"' gcc
    key "$f" feature.c++.atomics true gcc
  fi
  if grep '^  c99: -std=c99 ok$' "$tmp/real.out" >/dev/null; then
    ok "-v shows each probe (  c99: -std=c99 ok)"
  else
    not_ok "-v shows each probe (  c99: -std=c99 ok)"
  fi
fi
if real clang; then
  f=$tmp/real/compiler_clang.bin
  key "$f" std.c11 '"-std=c11"' clang
  key "$f" flag.shared '"-shared"' clang
  if command -v clang++ >/dev/null 2>&1; then key "$f" std.c++14 '"-std=c++14"' clang; fi
fi
if real tcc; then
  f=$tmp/real/compiler_tcc.bin
  # tcc takes -std=c89 and -ansi and stays C99: behaviour, not exit status.
  key "$f" std.c89 false tcc
  key "$f" std.ansi false tcc
  key "$f" std.c99 '""' tcc
  key "$f" std.c11 '"-std=c11"' tcc
  key "$f" std.c++98 false tcc
  key "$f" flag.depfile '"-MD -MF {}"' tcc
  key "$f" flag.response_file '"@{}"' tcc
  key "$f" feature.c.atomics false tcc
fi
if real pcc; then
  f=$tmp/real/compiler_pcc.bin
  key "$f" std.c89 '"-std=c89"' pcc
  key "$f" std.c99 '"-std=c99"' pcc
  key "$f" flag.depfile '"-MD -MF {}"' pcc
  key "$f" flag.depfile_system '"-MD -MF {}"' pcc
  key "$f" flag.depfile_target '"-MT {}"' pcc
  key "$f" feature.c.thread_local false pcc
  key "$f" flag.response_file false pcc
fi
if grep '^summary (linux, ' "$tmp/real.out" >/dev/null &&
    grep '^  compiler  *version  *languages' "$tmp/real.out" >/dev/null; then
  ok "a summary table ends the output"
else
  not_ok "a summary table ends the output"
fi

# ---------------------------------------------------------------------------
# Damaged caches, end to end: kindler check exits 3 naming kindler-bootstrap
# ---------------------------------------------------------------------------
good=$tmp/real
KINDLER_CACHE_DIR=$good "$KINDLER" check -C examples/hello >"$tmp/o" 2>&1
st=$?
if test ! -x "$KINDLER"; then
  skip "damaged caches end to end: ./kindler is not built"
elif test $st -ne 0; then
  not_ok "kindler check accepts the fresh caches (exit $st)"
  say_file "$tmp/o"
else
  ok "kindler check accepts the fresh caches"
  mkdir -p "$tmp/damaged"
  size=`wc -c <"$good/os_linux.bin"`
  size=`expr $size + 0`
  last=`expr $size - 1`
  cases="cut:0 cut:1 cut:7 cut:8 cut:23 cut:24 cut:40 cut:$last"
  for at in 0 3 7 8 9 10 11 12 13 14 16 17 19 20 23 24 25 27 30 40 50; do
    cases="$cases flip:$at"
  done
  bad=
  for c in $cases; do
    for which in os_linux compiler_gcc; do
      test -f "$good/$which.bin" || continue
      rm -f "$tmp/damaged"/*
      cp "$good"/*.bin "$tmp/damaged/"
      case $c in
        cut:*) "$TOOL" cut "$tmp/damaged/$which.bin" `expr "$c" : 'cut:\(.*\)'` ;;
        flip:*) "$TOOL" flip "$tmp/damaged/$which.bin" `expr "$c" : 'flip:\(.*\)'` 2 ;;
      esac
      KINDLER_CACHE_DIR=$tmp/damaged "$KINDLER" check -C examples/hello >"$tmp/o" 2>&1
      st=$?
      if test $st -ne 3 || ! grep 'kindler-bootstrap' "$tmp/o" >/dev/null; then
        bad="$bad $which:$c(exit $st)"
      fi
    done
  done
  if test -z "$bad"; then
    ok "damaged caches (truncated, bits flipped in the header): kindler check exits 3 naming kindler-bootstrap"
  else
    not_ok "damaged caches: kindler check exits 3 naming kindler-bootstrap; wrong for:$bad"
  fi
  # Another format version, behind a valid checksum: a made-up facts file.
  rm -f "$tmp/damaged"/*
  cp "$good"/*.bin "$tmp/damaged/"
  "$TOOL" flip "$tmp/damaged/os_linux.bin" 9 1   # version 1 -> 3
  KINDLER_CACHE_DIR=$tmp/damaged "$KINDLER" check -C examples/hello >"$tmp/o" 2>&1
  st=$?
  if test $st -eq 3 && grep 'KIN-702' "$tmp/o" >/dev/null && grep 'kindler-bootstrap' "$tmp/o" >/dev/null; then
    ok "a cache of another format version: KIN-702, exit 3"
  else
    not_ok "a cache of another format version: KIN-702, exit 3 (exit $st)"
    say_file "$tmp/o"
  fi
  # A valid cache under another name: the OS cache copied to the name of a
  # compiler's, and one compiler's to another's.
  bad=
  for pair in os_linux:compiler_gcc compiler_gcc:compiler_clang; do
    from=${pair%%:*}
    to=${pair#*:}
    rm -f "$tmp/damaged"/*
    cp "$good"/*.bin "$tmp/damaged/"
    cp "$good/$from.bin" "$tmp/damaged/$to.bin"
    KINDLER_CACHE_DIR=$tmp/damaged "$KINDLER" cache show ${to#compiler_} >"$tmp/o" 2>&1
    st=$?
    if test $st -ne 3 || ! grep 'KIN-701' "$tmp/o" >/dev/null ||
       ! grep 'kindler-bootstrap' "$tmp/o" >/dev/null; then
      bad="$bad $from as $to (exit $st)"
    fi
  done
  if test -z "$bad"; then
    ok "a cache copied to another cache's name: KIN-701, exit 3, naming kindler-bootstrap"
  else
    not_ok "a cache copied to another cache's name: KIN-701, exit 3; wrong for:$bad"
    say_file "$tmp/o"
  fi
  # Valid checksums over values of the wrong type or characters (facts
  # edited, then encoded again): each is KIN-701 with exit 3, never an
  # internal error, and no value reaches a Makefile.
  bad=
  for edit in 'os_linux:os.uname = 5' 'compiler_gcc:flag.output = true' \
      'compiler_gcc:hint.path = true' 'compiler_gcc:compiler.name' \
      'compiler_gcc:driver.c = "$(shell touch '"$tmp"'/MARK)"' \
      'compiler_gcc:flag.pic = "-fPIC\n\tx"' 'os_linux:staticlib.suffix = "/../../a"' \
      'compiler_gcc:std.c99 = 99'; do
    which=${edit%%:*}
    line=${edit#*:}
    key=${line%% =*}
    rm -f "$tmp/damaged"/*
    cp "$good"/*.bin "$tmp/damaged/"
    "$TOOL" show "$good/$which.bin" | grep -v "^$key = " >"$tmp/facts"
    case $line in *=*) printf '%s\n' "$line" >>"$tmp/facts" ;; esac
    "$TOOL" encode "$tmp/facts" "$tmp/damaged/$which.bin" >/dev/null 2>&1
    (KINDLER_CACHE_DIR=$tmp/damaged "$KINDLER" export -C examples/hello -B "$tmp/wrongtype") >"$tmp/o" 2>&1
    st=$?
    if test $st -ne 3 || ! grep 'KIN-701' "$tmp/o" >/dev/null ||
       grep 'KIN-790' "$tmp/o" >/dev/null || test -f "$tmp/wrongtype/Makefile"; then
      bad="$bad [$line] (exit $st: `head -n 1 "$tmp/o"`)"
    fi
    rm -rf "$tmp/wrongtype"
  done
  if test -z "$bad"; then
    ok "caches with values of the wrong type or characters behind a valid checksum: KIN-701, exit 3, nothing exported"
  else
    not_ok "caches with values of the wrong type or characters: KIN-701, exit 3; wrong for:$bad"
  fi
fi

# ---------------------------------------------------------------------------
# The probes' directory: removed when a signal ends the run; after a
# kill -9, by the next run
# ---------------------------------------------------------------------------
if command -v tcc >/dev/null 2>&1; then quick_compiler=tcc; else quick_compiler=gcc; fi
probe_tmp=$tmp/probe-tmp
mkdir -p "$probe_tmp"
# (Not SIGINT: sh starts a command in the background with SIGINT ignored,
# as POSIX asks, and an ignored signal stays ignored; its handler is the
# one SIGTERM and SIGHUP run.)
for sig in TERM HUP; do
  # A signal ignored when this lane started (nohup ignores SIGHUP) stays
  # ignored in every program it runs: nothing to prove then.
  if test "`sh -c 'kill -s '$sig' $$; echo alive' 2>/dev/null`" = alive; then
    skip "SIG$sig during the probes: SIG$sig is ignored in this lane's environment (nohup?)"
    continue
  fi
  TMPDIR=$probe_tmp "$KB" --cache-dir "$tmp/signalled" -q >/dev/null 2>&1 &
  p=$!
  sleep 1
  kill -s $sig $p
  wait $p
  st=$?
  # Nothing at all: the compiler running then got the signal too and
  # removed its own temporary files (src/cleanup.h).
  left=`ls "$probe_tmp"`
  if test $st -gt 128 && test -z "$left"; then
    ok "SIG$sig during the probes: kindler-bootstrap dies of it (status $st) and leaves nothing in TMPDIR, its probe directory and the compiler's files"
  else
    not_ok "SIG$sig during the probes: status $st (want > 128), left: $left"
  fi
done
TMPDIR=$probe_tmp "$KB" --cache-dir "$tmp/signalled" -q >/dev/null 2>&1 &
p=$!
sleep 1
kill -s KILL $p
wait $p
left=`ls "$probe_tmp" | grep '^kindler-bootstrap\.'`
TMPDIR=$probe_tmp "$KB" --cache-dir "$tmp/signalled" --compiler $quick_compiler -q >/dev/null 2>&1
st=$?
after=`ls "$probe_tmp" | grep '^kindler-bootstrap\.'`
if test -n "$left" && test $st -eq 0 && test -z "$after"; then
  ok "a probe directory a kill -9 left ($left) is removed by the next run"
else
  not_ok "after a kill -9: left '$left'; the next run (exit $st) left '$after'"
fi

# ---------------------------------------------------------------------------
# Atomic writes
# ---------------------------------------------------------------------------
if command -v tcc >/dev/null 2>&1; then quick=tcc; else quick=gcc; fi
atom=$tmp/atomic
bad=
round=1
while test $round -le 3; do
  "$KB" --cache-dir "$atom" --compiler $quick -q >/dev/null 2>&1 &
  p1=$!
  "$KB" --cache-dir "$atom" --compiler $quick -q >/dev/null 2>&1 &
  p2=$!
  wait $p1
  s1=$?
  wait $p2
  s2=$?
  test $s1 -eq 0 && test $s2 -eq 0 || bad="$bad round $round: exit $s1 $s2;"
  decodes "$atom" >"$tmp/o" || bad="$bad round $round: `cat $tmp/o`;"
  round=`expr $round + 1`
done
leftover=`ls "$atom" | grep -v '\.bin$'`
if test -z "$bad" && test -f "$atom/compiler_$quick.bin" && test -z "$leftover"; then
  ok "two bootstraps at once into one directory: every cache decodes, no temporary file left"
else
  not_ok "two bootstraps at once into one directory:$bad $leftover"
fi

# kill -9 at many moments of a run: the previous caches still decode.
cp "$atom/compiler_$quick.bin" "$tmp/before.bin"
bad=
kills=0
for delay in 0.02 0.05 0.08 0.11 0.14 0.17 0.2 0.23 0.26 0.29 0.32 0.35 0.4 0.5; do
  "$KB" --cache-dir "$atom" --compiler $quick -q >/dev/null 2>&1 &
  p=$!
  sleep $delay 2>/dev/null || sleep 1
  kill -9 $p 2>/dev/null && kills=`expr $kills + 1`
  wait $p 2>/dev/null
  decodes "$atom" >"$tmp/o" || bad="$bad after $delay s: `cat $tmp/o`;"
  test -f "$atom/compiler_$quick.bin" || bad="$bad after $delay s: compiler_$quick.bin is gone;"
done
if test -z "$bad"; then
  ok "kill -9 during a bootstrap ($kills of 14 runs killed): the previous caches still decode"
else
  not_ok "kill -9 during a bootstrap:$bad"
fi

# ---------------------------------------------------------------------------
# Output modes, and the format document against the samples
# ---------------------------------------------------------------------------
"$KB" --cache-dir "$tmp/quiet" --compiler $quick -q >"$tmp/o" 2>&1
first=`sed -n 1p "$tmp/o"`
case $first in
  summary*) ok "-q prints only the summary" ;;
  *) not_ok "-q prints only the summary"; say_file "$tmp/o" ;;
esac
if command -v lua5.1 >/dev/null 2>&1; then
  lua5.1 t/bootstrap/format.lua cache/samples compiler_gcc os_linux >"$tmp/o" 2>&1
  while read line; do
    case $line in
      "ok "*) ok "format: `expr "$line" : 'ok [0-9]* - \(.*\)'`" ;;
      "not ok "*) not_ok "format: `expr "$line" : 'not ok [0-9]* - \(.*\)'`" ;;
      *) echo "$line" ;;
    esac
  done <"$tmp/o"
else
  skip "cache/FORMAT against the samples: lua5.1 is not installed"
fi

echo "$passed passed, $failed failed"
test $failed -eq 0
