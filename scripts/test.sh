#!/usr/bin/env bash
# Install what is missing, then run the whole test suite four ways:
#   build       plain build, ctest
#   build-asan  ASan + UBSan (LeakSanitizer on), ctest
#   build-fuzz  clang + libFuzzer: each fuzz target for 30 s (ESCVIZ_FUZZ_SECONDS)
#   build-vg    every escviz process under valgrind memcheck (tests/valgrind.sh)
# The last line counts the stages: "stages: N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
jobs="$(nproc)"
for variant in build build-asan; do
  extra=()
  [ "$variant" = build-asan ] && extra=(-DESCVIZ_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  cmake -S . -B "$variant" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >/dev/null
  cmake --build "$variant" -j"$jobs" >/dev/null
done
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
passed=0
failed=0
stage() {
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
# A test that hangs fails after --timeout seconds (the slowest passes in
# a few minutes), so the run names it and goes on instead of running out
# of CI's time.
stage sh -c "cd build && ctest --output-on-failure --timeout 600 -j$jobs"
# Under ASan cli::attrib checks go1.27's 10 logs, not all 30, cli::agree
# the oldest and newest release, not all five, and cli::faults/cli::kill
# half their interrupted runs: attribution, agreement and atomicity are
# checked in full by the plain build; ASan is for memory errors, and
# those runs take every code path (as in valgrind's run).  The browser
# tests (cli::*_browser) check the pages in Chromium, not escviz: they run
# in the plain build only, and ASan still writes the same reports and diff
# pages in cli::report_site, cli::report_marks and cli::diff_formats.
# cli::memory_bounds skips itself there: ASan reserves far more address
# space than its ulimit -v allows; it runs in the plain build.
stage sh -c "cd build-asan && ESCVIZ_ATTRIB_LOGS='go1.27/*' AGREE_VERSIONS='1.15 1.27' FAULT_RUNS=12 KILL_RUNS=6 ctest --output-on-failure --timeout 900 -j$jobs -E '_browser\$'"
# Fuzzing smoke runs (tests/fuzz/README.md): clang + libFuzzer + ASan/UBSan,
# each target from the seed corpus for 30 s, in parallel (the long runs
# are done by hand: tests/fuzz/README.md).
CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DESCVIZ_FUZZ=ON -DESCVIZ_FUZZ_SECONDS=30 >/dev/null
cmake --build build-fuzz -j"$jobs" --target fuzz_parser fuzz_diff fuzz_pprof >/dev/null
stage sh -c "cd build-fuzz && ctest --output-on-failure -j$jobs -R '^fuzz::'"
# The suite once more with every escviz process under valgrind memcheck
# (plain build; tests/valgrind.sh says what it leaves out and why).
stage tests/valgrind.sh build-vg
echo "stages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
