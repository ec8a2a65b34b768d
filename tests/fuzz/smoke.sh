#!/usr/bin/env bash
# ctest fuzz::<target>: a bounded libFuzzer run.
# Usage: smoke.sh FUZZER SECONDS SEEDS REGRESSIONS DICT
# Starts from the seed corpus and the regression inputs (read only; new
# inputs go to a scratch folder) and fails when libFuzzer finds a crash, a
# leak, a sanitizer report or a timeout; the failing input is printed
# (base64) so that it can be added to tests/fuzz/regressions/<target>/.
set -uo pipefail
fuzzer=$1 secs=$2 seeds=$3 regressions=$4 dict=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"
"$fuzzer" -max_total_time="$secs" -max_len=65536 -timeout=30 -rss_limit_mb=2048 \
  -dict="$dict" -print_final_stats=1 -artifact_prefix="$work/" \
  "$work/new" "$seeds" "$regressions" >"$work/log" 2>&1
rc=$?
grep -E '^(INFO: seed corpus|#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb)' "$work/log"
if [ $rc -ne 0 ]; then
  tail -n 60 "$work/log"
  for a in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
    [ -e "$a" ] || continue
    echo "artifact $(basename "$a") (base64):"
    base64 "$a" | head -c 20000
    echo
  done
  echo "fuzz: $(basename "$fuzzer") FAILED (exit $rc)"
  exit 1
fi
echo "fuzz: $(basename "$fuzzer") ok: no crash in ${secs}s"
