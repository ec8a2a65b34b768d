#!/usr/bin/env bash
# Open the HTML report in a real browser: Debian's chromium, headless, driven
# by Playwright's playwright-core (tests/browser/report.mjs) with a fresh
# profile.  Checks the summary table, the filter box, sorting, a function
# page's inline SVG diagram, no console error and no network request, and
# saves screenshots as $BUILD/test-output/report.png and function.png.
# Then, on the report of go-cmp (testdata/attrib/go1.19/gocmp-m2.log.xz,
# real go1.19 output, with Debian's golang-github-google-go-cmp-dev as the
# source), at 1366x768 and 1920x1080: the index, a package page and
# formatOptions.FormatDiffSlice (43 diagram nodes, lines of 144 bytes) with
# no sideways scrolling, chart bar links, the search box from the keyboard,
# underlined verdict columns, zoom and pan; screenshots
# {index,package,function,source}-WxH.png and search-1366x768.png.
# Missing chromium or node is a failure, not a skip: CI installs them with
# scripts/deps.sh --test.
. "$(dirname "$0")/lib.bash"
. "$(dirname "$0")/browser.bash"
OUT="$BUILD/test-output"
browser_driver browser-driver report.mjs

"$ESCVIZ" ingest --db "$T/b.db" --label go1.22 "$SRC/testdata/go1.22/escprobe-m2.log" 2>/dev/null
rm -rf "$OUT/report"
check "report" "$ESCVIZ" report --db "$T/b.db" --src "$SRC/testdata/src" -o "$OUT/report"

# The layout report: the source must be the one the log was built from.
GOCMP=/usr/share/gocode/src/github.com/google/go-cmp
if ! (cd /usr/share/gocode/src && grep ' github.com/google/go-cmp/cmp/report_slices.go$' \
        "$SRC/testdata/attrib/SOURCES" | sha256sum -c --quiet) >/dev/null 2>&1; then
  not_ok "gocmp-source" "$GOCMP/cmp/report_slices.go missing or not the source of gocmp-m2.log: install golang-github-google-go-cmp-dev 0.5.9 (scripts/deps.sh --test)"
  finish
fi
xz -dc "$SRC/testdata/attrib/go1.19/gocmp-m2.log.xz" >"$T/gocmp-m2.log"
"$ESCVIZ" ingest --db "$T/g.db" --label gocmp "$T/gocmp-m2.log" 2>/dev/null
rm -rf "$OUT/report-gocmp"
check "report-gocmp" "$ESCVIZ" report --db "$T/g.db" --src "$GOCMP" -o "$OUT/report-gocmp"

rm -f "$OUT"/report.png "$OUT"/{index,package,function,source,search}*.png  # its own, not diff_browser's
if CHROMIUM="$CHROMIUM" timeout 180 node "$DRIVER/report.mjs" "$OUT/report" "$OUT" \
     "$OUT/report-gocmp" formatOptions.FormatDiffSlice >"$T/node.log" 2>&1; then
  ok "headless-checks"
else
  not_ok "headless-checks" "$(grep -E 'FAIL|Error' "$T/node.log" | head -c 600)"
fi
sed 's/^/  /' "$T/node.log"
check "screenshot" test -s "$OUT/report.png"
check "screenshot-png" bash -c "head -c 8 '$OUT/report.png' | od -An -c | grep -q 'P   N   G'"
for size in 1366x768 1920x1080; do
  for shot in index package function source; do
    check "screenshot-$shot-$size" test -s "$OUT/$shot-$size.png"
  done
done
finish
