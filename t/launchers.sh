#!/bin/sh
# launchers.sh: compiles through ccache and distcc, with the make and the
# ninja exports of examples/static-and-shared (8 objects, its tests' among
# them).
#   ccache  make CC="ccache gcc", then after make clean a second build:
#           every compile is a cache hit (ccache --print-stats); the ninja
#           export with --launcher ccache likewise
#   distcc  a distccd of this lane only, on 127.0.0.1 and a port of its
#           own, stopped at the end: make CC="distcc gcc" -j4 and the ninja
#           export with --launcher distcc build, and distccd's log shows
#           every compile done there (DISTCC_FALLBACK=0: no quiet local
#           compile)
# Skips, saying why, when ccache, distcc or ninja is not installed.
# Usage: t/launchers.sh
. t/lib.sh
top=`pwd`
. "$top/t/buildlane.sh"
KINDLER=$top/kindler
tmp=${TMPDIR:-/tmp}/kindler-launchers.$$
daemon=
trap 'test -n "$daemon" && kill $daemon 2>/dev/null; rm -rf "$tmp"' 0
trap 'exit 1' HUP INT TERM
mkdir -p "$tmp" || exit 1
"$top/kindler-bootstrap" --cache-dir "$tmp/cache" --compiler gcc -q >"$tmp/bootstrap.log" 2>&1
KINDLER_CACHE_DIR=$tmp/cache
export KINDLER_CACHE_DIR
example=static-and-shared
objects=8
have_ninja=no
command -v ninja >/dev/null 2>&1 && have_ninja=yes

# export_to DIR OPTION...: exports the example into $tmp/DIR
export_to() {
  d=$1
  shift
  (cd "examples/$example" && "$KINDLER" export -B "$tmp/$d" --toolchain gcc "$@") \
    >"$tmp/$d.export" 2>&1
}

# ccache_hits: cache hits since the last ccache -z
ccache_hits() {
  ccache --print-stats | awk '$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { n += $2 }
    END { print n + 0 }'
}

if command -v ccache >/dev/null 2>&1; then
  CCACHE_DIR=$tmp/ccache
  export CCACHE_DIR
  export_to make-ccache
  (cd "$tmp/make-ccache" && make -j2 CC="ccache gcc" && make clean) >"$tmp/cc1.log" 2>&1
  ccache -z >/dev/null
  (cd "$tmp/make-ccache" && make -j2 CC="ccache gcc" && ./use_static) >"$tmp/cc2.log" 2>&1
  status=$?
  hits=`ccache_hits`
  test $status -eq 0 && test "$hits" -eq $objects
  result $? "ccache: make CC=\"ccache gcc\" after make clean: $hits of $objects compiles are cache hits"
  if test $have_ninja = yes; then
    export_to ninja-ccache -e ninja --launcher ccache
    grep 'command = ccache gcc .* -c ' "$tmp/ninja-ccache/build.ninja" >/dev/null
    result $? "ccache: --launcher ccache puts ccache before every compile of the build.ninja"
    (cd "$tmp/ninja-ccache" && ninja && ninja -t clean) >"$tmp/cc3.log" 2>&1
    ccache -z >/dev/null
    (cd "$tmp/ninja-ccache" && ninja && ./use_shared) >"$tmp/cc4.log" 2>&1
    status=$?
    hits=`ccache_hits`
    test $status -eq 0 && test "$hits" -eq $objects
    result $? "ccache: ninja after ninja -t clean: $hits of $objects compiles are cache hits"
  else
    skip "ccache with ninja: ninja is not installed"
  fi
  unset CCACHE_DIR
else
  skip "ccache: not installed (Debian: ccache)"
fi

if command -v distcc >/dev/null 2>&1 && command -v distccd >/dev/null 2>&1; then
  # A port of this run's own, on the loopback address only.
  port=`expr 20000 + $$ % 20000`
  distccd --daemon --no-detach --listen 127.0.0.1 --allow 127.0.0.1 --port $port \
    --jobs 2 --log-stderr --log-level info 2>"$tmp/distccd.log" &
  daemon=$!
  sleep 1
  DISTCC_HOSTS=127.0.0.1:$port/2
  DISTCC_FALLBACK=0
  DISTCC_DIR=$tmp/distcc
  export DISTCC_HOSTS DISTCC_FALLBACK DISTCC_DIR
  mkdir -p "$DISTCC_DIR"
  export_to make-distcc
  (cd "$tmp/make-distcc" && timeout 300 make -j4 CC="distcc gcc" && ./use_static) >"$tmp/d1.log" 2>&1
  status=$?
  sleep 1
  done_there=`grep -c 'COMPILE_OK' "$tmp/distccd.log"`
  test $status -eq 0 && test "$done_there" -eq $objects
  result $? "distcc: make CC=\"distcc gcc\" -j4: $done_there of $objects compiles done by distccd"
  test $status -eq 0 || sed 's/^/#   /' "$tmp/d1.log" | tail -n 10
  if test $have_ninja = yes; then
    export_to ninja-distcc -e ninja --launcher distcc
    (cd "$tmp/ninja-distcc" && timeout 300 ninja -j4 && ./use_shared) >"$tmp/d2.log" 2>&1
    status=$?
    sleep 1
    done_there=`grep -c 'COMPILE_OK' "$tmp/distccd.log"`
    test $status -eq 0 && test "$done_there" -eq `expr 2 \* $objects`
    result $? "distcc: ninja with --launcher distcc: `expr $done_there - $objects` of $objects compiles done by distccd"
  else
    skip "distcc with ninja: ninja is not installed"
  fi
  kill $daemon 2>/dev/null
  wait $daemon 2>/dev/null
  daemon=
  sleep 1
  ! pgrep -f "distccd.*--port $port" >/dev/null
  result $? "distcc: the lane's distccd is stopped"
else
  skip "distcc: not installed (Debian: distcc)"
fi
finish
