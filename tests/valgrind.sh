#!/usr/bin/env bash
# The test suite once more, every escviz process under valgrind memcheck.
# Usage: tests/valgrind.sh [BUILD_DIR]   (default build-vg; a plain build,
# without ASan, which cannot run under valgrind; configured and built here)
#
# What runs under valgrind (--error-exitcode=99 --leak-check=full
# --errors-for-leak-kinds=definite; a report fails the run):
#   - every unit test binary (tests/unit/test_*);
#   - the fuzz regression replays (fuzz_*_replay on tests/fuzz/regressions
#     and the seed logs ctest uses);
#   - every CLI test script (tests/cli/*.sh) with ESCVIZ pointing at a
#     wrapper that runs escviz under valgrind, so each escviz the script
#     starts is checked, except:
#       cli::corpus: 51 real logs (hundreds of MB of -m output) would take
#         over an hour under valgrind; it runs in the plain and ASan builds
#         only.  That is the one bypass.
#     In cli::kill and cli::faults the killed processes are valgrind itself
#     (kill -9 leaves no report), and KILL_RUNS and FAULT_RUNS are 4 here
#     instead of 12 and 24: the kills test SQLite's atomicity, not escviz's
#     memory use, and they run in full in the plain and ASan builds.
#     cli::agree checks 12 functions of 2 Go releases here (AGREE_VERSIONS,
#     AGREE_MAX_NAMES) instead of every function of 5: its ~1,000 escviz
#     runs are about agreement, which the plain and ASan builds check in
#     full; here they exercise why, graph, ls and report under memcheck.
#     cli::attrib ingests go1.27's attrib logs and the live build here
#     (ESCVIZ_ATTRIB_LOGS) instead of all 30 committed logs: the libraries'
#     -m=2 logs take up to 15 s each under valgrind, and attribution is
#     checked in full in the plain and ASan builds.  For the same reason
#     cli::drift_corpus and cli::upgrade_src diff only pkg/errors here
#     (ESCVIZ_DRIFT_LIBS) instead of pkg/errors, pflag and go-cmp, and
#     cli::diff_nodb compares its testdata pairs, no corpus pair
#     (ESCVIZ_NODB_CORPUS) instead of every corpus pair: the log diff
#     against the stored one is checked in full in the plain and ASan builds;
#     cli::sarif leaves out its 6,381-change diff (ESCVIZ_SARIF_BIG=0).
#     cli::memory_bounds skips itself (it sees that $ESCVIZ is the wrapper,
#       not the executable): its ulimit -v would bound valgrind, not
#       escviz.  It runs in the plain build; ASan builds skip it too.
# tests/valgrind.supp suppresses third-party leaks (Graphviz and the
# libraries under it) and the reads of PCRE2's JIT code past a subject's
# end, each with its reason; nothing in escviz's own code.
# Valgrind writes its reports to one file per process under
# BUILD_DIR/valgrind/logs; any non-empty one fails the run and is printed.
# A check that measures time or memory of the process would measure
# valgrind instead; such a check may be listed in EXPECTED_VG below with the
# reason, and only a failure of exactly that check is then tolerated.
set -uo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${1:-build-vg}
shared=${ESCVIZ_SHARED:-$src/../shared}
jobs=$(nproc)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DESCVIZ_SANITIZE=OFF >/dev/null || exit 1
cmake --build "$build" -j"$jobs" >/dev/null || exit 1
build=$(cd "$build" && pwd)
vgdir=$build/valgrind
rm -rf "$vgdir"
mkdir -p "$vgdir/logs" "$vgdir/out"
chmod 1777 "$vgdir/logs" # some CLI tests run escviz as another user (setpriv)
vg=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
    --show-leak-kinds=definite --num-callers=30 --suppressions="$src/tests/valgrind.supp"
    --log-file="$vgdir/logs/%p.log")
# The wrapper the CLI tests see as $ESCVIZ.
cat >"$vgdir/escviz" <<SH
#!/bin/sh
exec ${vg[*]} "$build/escviz" "\$@"
SH
chmod +x "$vgdir/escviz"

# Checks that cannot hold under valgrind, with the reason (suite::name).
# (None today: cli::ingest_errors' RSS bound on the 50 MB line holds even
# with valgrind's overhead.)
EXPECTED_VG=()

# An item that hangs is stopped after this many seconds (the slowest take
# several minutes) and fails: exit 124, or no summary line.
item_timeout=1200

# Each item runs in the background, $jobs at a time, and leaves its verdict
# in $vgdir/status/NAME (0 = passed); the verdicts are read at the end.
mkdir -p "$vgdir/status"
launched=0
throttle() {
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  launched=$((launched + 1))
}
run() { # NAME CMD...: run one item, log to out/NAME.log
  local name=$1 rc
  shift
  timeout -k 10 "$item_timeout" "$@" >"$vgdir/out/$name.log" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then
    echo "ok   valgrind::$name"
  else
    echo "FAIL valgrind::$name (exit $rc; see $vgdir/out/$name.log)"
    tail -n 20 "$vgdir/out/$name.log"
  fi
  echo $rc >"$vgdir/status/$name"
}

cli_one() { # SCRIPT: one CLI test with the wrapper; tolerates EXPECTED_VG only
  local script=$1 name out bad
  name=$(basename "$script" .sh)
  out="$vgdir/out/cli-$name.log"
  ESCVIZ="$vgdir/escviz" SRC="$src" SHARED="$shared" BUILD="$build" KILL_RUNS=4 FAULT_RUNS=4 AGREE_VERSIONS="1.15 1.27" AGREE_MAX_NAMES=12 ESCVIZ_ATTRIB_LOGS='go1.27/attrib*' ESCVIZ_DRIFT_LIBS=pkgerrors ESCVIZ_NODB_CORPUS=none ESCVIZ_SARIF_BIG=0 \
    timeout -k 10 "$item_timeout" bash "$script" >"$out" 2>&1
  bad=$(grep '^FAIL ' "$out" | while IFS= read -r f; do
    skip=0
    for e in "${EXPECTED_VG[@]}"; do
      case $f in "FAIL $e" | "FAIL $e: "*) skip=1 ;; esac
    done
    [ $skip = 1 ] || echo "${f#FAIL }"
  done)
  if [ -n "$bad" ] || ! grep -qE "^$name: [0-9]+ passed" "$out"; then
    echo "FAIL valgrind::cli-$name: ${bad:-no summary line}"
    tail -n 20 "$out"
    echo 1 >"$vgdir/status/cli-$name"
  else
    echo "ok   valgrind::cli-$name ($(grep -E "^$name: " "$out" | tail -1))"
    echo 0 >"$vgdir/status/cli-$name"
  fi
}

# The slow ones first, so the queue ends with short items.
for script in "$src"/tests/cli/faults.sh "$src"/tests/cli/kill.sh "$src"/tests/cli/bad_input.sh \
              "$src"/tests/cli/diff_nodb.sh \
              "$src"/tests/cli/*.sh; do
  name=$(basename "$script" .sh)
  [ -e "$vgdir/status/cli-$name.queued" ] && continue
  : >"$vgdir/status/cli-$name.queued"
  case $name in
    corpus) echo "skip valgrind::cli-corpus (bypassed: too slow under valgrind; runs in build and build-asan)"; continue ;;
    *_browser) echo "skip valgrind::cli-$name (Chromium's view of pages that report_site, report_marks, diff_formats and hostile write under valgrind; runs in build)"; continue ;;
  esac
  throttle
  cli_one "$script" &
done
for t in "$build"/tests/test_*; do
  [ -x "$t" ] && [ -f "$t" ] || continue
  throttle
  run "unit-$(basename "$t")" "${vg[@]}" "$t" &
done
for t in parser diff; do
  throttle
  run "fuzz_replay-$t" "${vg[@]}" "$build/tests/fuzz/fuzz_${t}_replay" \
    "$src/tests/fuzz/regressions/$t" "$src/testdata/go1.15/shapes-m2.log" \
    "$src/testdata/go1.27/escprobe-m2.log" &
done
wait
rm -f "$vgdir"/status/*.queued
fail=0
items=0
for st in "$vgdir"/status/*; do
  items=$((items + 1))
  [ "$(cat "$st")" = 0 ] || fail=1
done
[ "$items" = "$launched" ] || { echo "FAIL valgrind: $launched items started, $items finished"; fail=1; }

reports=0
for l in "$vgdir"/logs/*.log; do
  [ -s "$l" ] || continue
  reports=$((reports + 1))
  echo "valgrind report: $l"
  head -n 60 "$l"
done
n=$(find "$vgdir/logs" -name '*.log' | wc -l)
echo "valgrind: $items items, $n escviz and test processes checked, $reports with reports"
[ "$reports" -eq 0 ] || fail=1
exit $fail
