#!/bin/sh
# fuzz/run.sh: runs each libFuzzer target `make fuzz` built for SECONDS
# seconds, from the committed corpus (t/fuzz/corpus/NAME, and the examples,
# the cache samples and the shipped hints as seeds). What a run adds to the corpus is kept in
# t/out/fuzz/NAME.found for the next run; a finding (crash, leak,
# timeout, sanitizer report) is saved as t/out/fuzz/finding-NAME-KIND-*
# and fails the run. Prints one ok / not ok line per target, with its runs.
# Targets run FUZZ_JOBS at a time (default: one per processor, at most
# two): each is one process, so each still has a processor for its
# SECONDS.
# Usage: t/fuzz/run.sh SECONDS   (from the top of the tree)
. t/lib.sh
seconds=${1:-60}
out=t/out/fuzz
targets="parser cache hint escape"
jobs=${FUZZ_JOBS:-`getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1`}
case $jobs in ''|*[!0-9]*|0) jobs=1 ;; esac
test $jobs -gt 2 && test -z "$FUZZ_JOBS" && jobs=2

# fuzz NAME: runs one target; its exit status goes to $out/NAME.status
fuzz() {
  name=$1
  rss=1024
  case $name in
    parser) seeds="t/fuzz/corpus/parser examples" ;;
    cache) seeds="cache/samples" ;;
    hint)  # the shipped compiler hints, named fz as the target loads them
      seeds=$out/hint.seeds
      rss=2048  # (a hint may hold 64 MiB)
      rm -rf "$seeds"
      mkdir -p "$seeds"
      for f in hints/compiler/*.lua; do
        b=`basename "$f" .lua`
        sed "s/^\( *name *= *\)\"$b\"/\1\"fz\"/" "$f" >"$seeds/$b.lua"
      done ;;
    escape) seeds="t/fuzz/corpus/escape" ;;
  esac
  mkdir -p "$out/$name.found"
  "$out/$name-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=$rss \
    -print_final_stats=1 -artifact_prefix="$out/finding-$name-" \
    "$out/$name.found" $seeds >"$out/$name.log" 2>&1
  echo $? >"$out/$name.status"
}

running=0
for name in $targets; do
  rm -f "$out/$name.status"
  fuzz $name &
  running=`expr $running + 1`
  if test $running -ge $jobs; then wait; running=0; fi
done
wait

for name in $targets; do
  status=`cat "$out/$name.status" 2>/dev/null`
  test -n "$status" || status=1
  runs=`sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name.log"`
  if test $status = 0; then found="without a finding"
  else found="with a finding: `ls "$out/finding-$name-"* 2>/dev/null | head -n 1`"; fi
  result $status "$name: ${runs:-no} runs in $seconds s $found"
  test $status = 0 || tail -n 30 "$out/$name.log" | sed 's/^/#   /'
done
finish
