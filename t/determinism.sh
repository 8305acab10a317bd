#!/bin/sh
# determinism.sh: the same project and caches give byte-identical output:
# every example exported (with every exporter) twice, and again under
# another locale, time zone, umask, working directory and environment,
# with every file of the build directories compared; and `kindler dump`
# of both stages likewise.
# Usage: t/determinism.sh KINDLER
. "`dirname "$0"`/lib.sh"
kindler=$1
case $kindler in /*) ;; *) kindler=`pwd`/$kindler ;; esac
top=`pwd`
scratch=${TMPDIR:-/tmp}/kindler-determinism.$$
trap 'rm -rf "$scratch"' 0 HUP INT TERM
mkdir -p "$scratch/cache" "$scratch/elsewhere"

"`dirname "$kindler"`/kindler-bootstrap" --cache-dir "$scratch/cache" \
  --compiler gcc -q >"$scratch/bootstrap.log" 2>&1
result $? "kindler-bootstrap wrote the caches"
KINDLER_CACHE_DIR=$scratch/cache
export KINDLER_CACHE_DIR

# Another locale: the first UTF-8 one installed besides C, else C.UTF-8.
other=`locale -a 2>/dev/null | grep -i 'utf-\{0,1\}8' | grep -v '^C' | head -n 1`
other=${other:-C.UTF-8}

# A second environment: locale, time zone, umask, a scrambled environment
# and a different working directory (the project is named with -C).
odd() {
  (cd "$scratch/elsewhere" && umask 077 &&
   env LC_ALL=$other LANG=$other TZ=Pacific/Chatham HOME=/nonexistent \
       KINDLER_NOISE="x y" PWD=/ "$@")
}

# Every exporter at once.
every="-e make -e gmake -e ninja -e compdb -e dot -e json"

for example in examples/*/; do
  test -f "$example"/*.kindler 2>/dev/null || continue
  name=`basename "$example"`
  src=$top/$example
  mkdir -p "$scratch/$name"
  # Each export goes to the same build directory (its path is in the
  # Makefile's re-export rule), which is then moved aside.
  for run in 1 2; do
    (cd "$scratch/$name" && LC_ALL=C "$kindler" export -C "$src" \
      -B "$scratch/$name/build" $every) >/dev/null 2>&1
    mv "$scratch/$name/build" "$scratch/$name/build$run"
  done
  odd "$kindler" export -C "$src" -B "$scratch/$name/build" $every >/dev/null 2>&1
  mv "$scratch/$name/build" "$scratch/$name/build3"
  diff -r "$scratch/$name/build1" "$scratch/$name/build2" >/dev/null 2>&1 &&
    test -f "$scratch/$name/build1/Makefile" && test -f "$scratch/$name/build1/build.ninja"
  result $? "$name: two exports are byte-identical"
  diff -r "$scratch/$name/build1" "$scratch/$name/build3" >"$scratch/diff" 2>&1
  result $? "$name: an export under LC_ALL=$other, another TZ, umask, cwd and environment is byte-identical"
  for stage in parsed normalized; do
    LC_ALL=C "$kindler" dump --stage $stage -C "$src" >"$scratch/a.json" 2>/dev/null
    odd "$kindler" dump --stage $stage -C "$src" >"$scratch/b.json" 2>/dev/null
    cmp -s "$scratch/a.json" "$scratch/b.json" && test -s "$scratch/a.json"
    result $? "$name: dump --stage $stage is byte-identical across environments"
  done
done

finish
