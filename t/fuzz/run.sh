#!/bin/sh
# fuzz/run.sh: runs each libFuzzer target `make fuzz` built for SECONDS
# seconds, from the committed corpus (t/fuzz/corpus/NAME, and the examples
# and cache samples as seeds). What a run adds to the corpus is kept in
# t/out/fuzz/NAME.found for the next run; a finding (crash, leak,
# timeout, sanitizer report) is saved as t/out/fuzz/crash-* and the like,
# and fails the run. Prints one ok / not ok line per target, with its runs.
# Usage: t/fuzz/run.sh SECONDS   (from the top of the tree)
. t/lib.sh
seconds=${1:-60}
out=t/out/fuzz
for name in parser cache escape; do
  case $name in
    parser) seeds="t/fuzz/corpus/parser examples" ;;
    cache) seeds="cache/samples" ;;
    escape) seeds="t/fuzz/corpus/escape" ;;
  esac
  mkdir -p "$out/$name.found"
  "$out/$name-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 \
    -print_final_stats=1 -artifact_prefix="$out/$name-" \
    "$out/$name.found" $seeds >"$out/$name.log" 2>&1
  status=$?
  runs=`sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name.log"`
  result $status "$name: ${runs:-no} runs in $seconds s without a finding"
  test $status = 0 || tail -n 30 "$out/$name.log" | sed 's/^/#   /'
done
finish
