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
: "${BUILD:?set BUILD to the build folder}"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT="$BUILD/test-output"
DRIVER="$OUT/browser-driver-diff"
LOGS="$SHARED/corpus/logs"

if [ ! -x "$CHROMIUM" ]; then
  not_ok "chromium" "no chromium at $CHROMIUM: run scripts/deps.sh --test (Debian package 'chromium')"
  finish
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  not_ok "node" "node or npm missing: run scripts/deps.sh --test (Debian packages 'nodejs', 'npm')"
  finish
fi
if [ ! -r "$LOGS/tp-toml-mm-go1.22.log.xz" ] || [ ! -r "$LOGS/tp-toml-mm-go1.24.log.xz" ]; then
  not_ok "corpus" "no tp-toml logs under $LOGS (configure with -DESCVIZ_SHARED=...)"
  finish
fi
ok "browser-present"

# Its own driver folder (report_browser.sh has one too, so that the two can
# run at once): package.json and its lock file, installed once with npm ci
# (never 'playwright install': the browser is Debian's).
mkdir -p "$DRIVER"
cp "$SRC/tests/browser/package.json" "$SRC/tests/browser/package-lock.json" \
   "$SRC/tests/browser/diff.mjs" "$DRIVER/"
if [ ! -d "$DRIVER/node_modules/playwright-core" ]; then
  if ! (cd "$DRIVER" && npm ci --no-audit --no-fund --loglevel=error) >"$T/npm.log" 2>&1; then
    not_ok "npm-ci" "cannot install playwright-core: $(tail -c 300 "$T/npm.log")"
    finish
  fi
fi
ok "driver-installed"

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
