#!/usr/bin/env bash
# Open the HTML report in a real browser: Debian's chromium, headless, driven
# by Playwright's playwright-core (tests/browser/report.mjs) with a fresh
# profile.  Checks the summary table, the filter box, sorting, a function
# page's inline SVG diagram, no console error and no network request, and
# saves screenshots as $BUILD/test-output/report.png and function.png.
# Missing chromium or node is a failure, not a skip: CI installs them with
# scripts/deps.sh --test.
. "$(dirname "$0")/lib.bash"
: "${BUILD:?set BUILD to the build folder}"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT="$BUILD/test-output"
DRIVER="$OUT/browser-driver"

if [ ! -x "$CHROMIUM" ]; then
  not_ok "chromium" "no chromium at $CHROMIUM: run scripts/deps.sh --test (Debian package 'chromium')"
  finish
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  not_ok "node" "node or npm missing: run scripts/deps.sh --test (Debian packages 'nodejs', 'npm')"
  finish
fi
ok "browser-present"

# The driver lives in the build folder: package.json and its lock file are
# copied there and installed once with npm ci (never 'playwright install':
# the browser is Debian's).
mkdir -p "$DRIVER"
cp "$SRC/tests/browser/package.json" "$SRC/tests/browser/package-lock.json" \
   "$SRC/tests/browser/report.mjs" "$DRIVER/"
if [ ! -d "$DRIVER/node_modules/playwright-core" ]; then
  if ! (cd "$DRIVER" && npm ci --no-audit --no-fund --loglevel=error) >"$T/npm.log" 2>&1; then
    not_ok "npm-ci" "cannot install playwright-core: $(tail -c 300 "$T/npm.log")"
    finish
  fi
fi
ok "driver-installed"

"$ESCVIZ" ingest --db "$T/b.db" --label go1.22 "$SRC/testdata/go1.22/escprobe-m2.log" 2>/dev/null
rm -rf "$OUT/report"
check "report" "$ESCVIZ" report --db "$T/b.db" --src "$SRC/testdata/src" -o "$OUT/report"
rm -f "$OUT/report.png" "$OUT/function.png"
if CHROMIUM="$CHROMIUM" timeout 180 node "$DRIVER/report.mjs" "$OUT/report" "$OUT" >"$T/node.log" 2>&1; then
  ok "headless-checks"
else
  not_ok "headless-checks" "$(grep -E 'FAIL|Error' "$T/node.log" | head -c 600)"
fi
sed 's/^/  /' "$T/node.log"
check "screenshot" test -s "$OUT/report.png"
check "screenshot-png" bash -c "head -c 8 '$OUT/report.png' | od -An -c | grep -q 'P   N   G'"
finish
