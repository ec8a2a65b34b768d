#!/usr/bin/env bash
# Install what is missing, build escviz twice (plain, and with ASan+UBSan),
# and run the whole test suite under ctest in both builds.
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
status=0
(cd build && ctest --output-on-failure -j"$jobs") || status=1
(cd build-asan && ctest --output-on-failure -j"$jobs" -E '_slow$') || status=1
# Fuzzing smoke runs (tests/fuzz/README.md): clang + libFuzzer + ASan/UBSan,
# each target ESCVIZ_FUZZ_SECONDS (60 s) from the seed corpus, in parallel.
CC=clang cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DESCVIZ_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$jobs" --target fuzz_parser fuzz_diff >/dev/null
(cd build-fuzz && ctest --output-on-failure -j"$jobs" -R '^fuzz::') || status=1
# The suite once more with every escviz process under valgrind memcheck
# (plain build; tests/valgrind.sh says what it leaves out and why).
tests/valgrind.sh build-vg || status=1
exit $status
