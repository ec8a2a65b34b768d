#!/usr/bin/env bash
# Open the diff page (escviz diff --format html) of a real diff with 60+
# changes in a real browser: Debian's chromium, headless, driven by
# playwright-core (tests/browser/diff.mjs) at 1366x768 and 1920x1080.
# Checks no sideways scrolling, regression rows red (fixed green, neutral
# grey) by computed style with the effect in words, grouping with counts,
# regressions first, the filters and sorting from the keyboard, no console
# error and no network request; saves screenshots as
# $BUILD/test-output/diff-1366x768.png, diff-1920x1080.png (the top),
# diff-1366x768-changes.png, diff-1920x1080-changes.png (the list) and
# diff-filtered.png.  The diff: go-toml's tp-toml logs of go1.22 and go1.24
# from the shared corpus (the same source, 155 changes in three packages).
# Missing chromium or node is a failure, not a skip: CI installs them with
# scripts/deps.sh --test.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/browser.bash"
OUT="$BUILD/test-output"
LOGS="$SHARED/corpus/logs"
if [ ! -r "$LOGS/tp-toml-mm-go1.22.log.xz" ] || [ ! -r "$LOGS/tp-toml-mm-go1.24.log.xz" ]; then
  not_ok "corpus" "no tp-toml logs under $LOGS (configure with -DESCVIZ_SHARED=...)"
  finish
fi
browser_driver browser-driver-diff diff.mjs

xz -dc "$LOGS/tp-toml-mm-go1.22.log.xz" >"$T/old.log"
xz -dc "$LOGS/tp-toml-mm-go1.24.log.xz" >"$T/new.log"
check "diff-html" "$ESCVIZ" diff "$T/old.log" "$T/new.log" --format html -o "$OUT/diff.html"
n=$(grep -c '<tr class="item ' "$OUT/diff.html")
[ "$n" -ge 60 ] && ok "60+ changes ($n)" || not_ok "60+ changes" "$n"
rm -f "$OUT"/diff-*.png
if CHROMIUM="$CHROMIUM" timeout 180 node "$DRIVER/diff.mjs" "$OUT/diff.html" "$OUT" >"$T/node.log" 2>&1; then
  ok "headless-checks"
else
  not_ok "headless-checks" "$(grep -E 'FAIL|Error' "$T/node.log" | head -c 600)"
fi
sed 's/^/  /' "$T/node.log"
for s in diff-1366x768 diff-1920x1080 diff-1366x768-changes diff-1920x1080-changes diff-filtered; do
  check "screenshot-$s" bash -c "head -c 8 '$OUT/$s.png' | od -An -c | grep -q 'P   N   G'"
done
finish
