#!/usr/bin/env bash
# escviz report on real logs (Go 1.22 -m=2 with --src, Go 1.15, a -m=1
# build, an old Go 1.8 chain): the site's shape (a page per package and per
# function), inline diagrams, source lines beside the diagnostics, links
# that all resolve inside the site, nothing fetched from the network, and
# the usage and I/O errors.
. "$(dirname "$0")/lib.bash"
DB="$T/r.db"
"$ESCVIZ" ingest --db "$DB" --label go1.22 "$SRC/testdata/go1.22/escprobe-m2.log" 2>/dev/null
"$ESCVIZ" ingest --db "$DB" --label go1.15 "$SRC/testdata/go1.15/escprobe-m2.log" 2>/dev/null
"$ESCVIZ" ingest --db "$DB" --label m1 --src "$SRC/testdata/src/escprobe" "$SRC/testdata/go1.27/escprobe-m1.log" 2>/dev/null
"$ESCVIZ" ingest --db "$DB" --label chain \
  "$SHARED/corpus/legacy/025_go1.8_gotraining_2017-02_example4_mm.txt" 2>/dev/null
count() { sqlite3 "$DB" "SELECT COUNT(*) FROM $1 WHERE build_id = (SELECT id FROM builds WHERE label = '$2')"; }

expect "report" 0 "report of build 1 in .*: [0-9]+ pages, [0-9]+ diagrams, [1-9][0-9]* with source" -- \
  "$ESCVIZ" report --db "$DB" --build go1.22 --src "$SRC/testdata/src" -o "$T/site"
check "assets" test -s "$T/site/index.html" -a -s "$T/site/escviz.css" -a -s "$T/site/escviz.js"
check "page-per-package" test "$(ls "$T/site/pkg" | wc -l)" -eq "$(count packages go1.22)"
check "page-per-function-with-pages-all" bash -c "'$ESCVIZ' report --db '$DB' --build go1.22 --pages all -o '$T/site-all' 2>/dev/null &&
  test \$(ls '$T/site-all/fn' | wc -l) -eq $(count functions go1.22)"
check "fewer-pages-by-default" test "$(ls "$T/site/fn" | wc -l)" -lt "$(count functions go1.22)"
main_page=$(grep -l '<h1>Function <code>main</code></h1>' "$T"/site/fn/*.html | head -1)
check "main-page" test -n "$main_page"
check "main-inline-svg" grep -q '<svg role="img" aria-label="Flow diagram of main: ' "$main_page"
check "main-events" grep -q 'class="tag k-moved_to_heap"' "$main_page"
check "main-flows" grep -qF 'flow: <code>~r0 = &amp;p</code>' "$main_page"
check "main-source" grep -q '<h2 id="source">Source</h2>' "$main_page"
check "main-source-line" grep -q '<td class="ln">134</td>' "$main_page"
check "index-summary" grep -q '<dt>Heap escapes</dt><dd>' "$T/site/index.html"
check "index-charts" grep -q '<figure class="chart"><svg' "$T/site/index.html"
check "index-filter" grep -q 'class="filter" data-table="packages-table"' "$T/site/index.html"
check "index-sortable" grep -q '<table class="sortable" id="packages-table">' "$T/site/index.html"

# Self-contained: no URL but the SVG/XLink namespace names; every link
# and script/style reference resolves to a file of the site.
check "no-network-urls" bash -c "! grep -rhoE '(https?:)?//[A-Za-z0-9.-]+\\.[a-z]{2,}' '$T/site' | grep -v '//www.w3.org'"
check "links-resolve" python3 - "$T/site" <<'PY'
import os, re, sys
root = sys.argv[1]
for d, _, files in os.walk(root):
    for f in files:
        if not f.endswith(".html"):
            continue
        text = open(os.path.join(d, f), encoding="utf-8").read()
        for ref in re.findall(r'(?:href|src)="([^"#]+)', text):
            if ref.startswith("data:"):
                continue
            if not os.path.isfile(os.path.normpath(os.path.join(d, ref))):
                sys.exit("%s: broken link %s" % (f, ref))
PY

expect "go1.15" 0 "" -- "$ESCVIZ" report --db "$DB" --build go1.15 -o "$T/s15"
expect "m1-verdicts-only" 0 "" -- "$ESCVIZ" report --db "$DB" --build m1 -o "$T/sm1"
check "m1-diagrams" bash -c "grep -l '<figure class=\"diagram\">' '$T'/sm1/fn/*.html | grep -q ."
expect "old-chain" 0 "" -- "$ESCVIZ" report --db "$DB" --build chain -o "$T/sch"
check "old-chain-steps" bash -c "grep -q 'from <code>~r0</code> (return)' '$T'/sch/fn/*.html"
check "rerun-same-names" bash -c "'$ESCVIZ' report --db '$DB' --build chain --pages all -o '$T/sch' 2>/dev/null &&
  test \$(ls '$T/sch/fn' | wc -l) -eq $(count functions chain)"

expect "bad-pages" 2 "--pages takes notable or all, not 'some'" -- "$ESCVIZ" report --db "$DB" --pages some -o "$T/x"
expect "no-output" 2 "give the output folder with -o DIR" -- "$ESCVIZ" report --db "$DB"
expect "operand" 2 "unexpected argument 'x'" -- "$ESCVIZ" report --db "$DB" -o "$T/x" x
expect "unknown-build" 2 "no build with id or label 'nope'" -- "$ESCVIZ" report --db "$DB" --build nope -o "$T/x"
expect "src-not-a-folder" 2 "not a folder" -- "$ESCVIZ" report --db "$DB" --src "$T/none" -o "$T/x"
touch "$T/file"
expect "output-is-a-file" 3 "cannot create" -- "$ESCVIZ" report --db "$DB" -o "$T/file/site"
check "help-usage" bash -c "'$ESCVIZ' report --help | grep -q '^usage: escviz report '"

# Whole outputs, as expected files (tests/cli/expected/report_site/): the
# summary line, and the site's list of files.
expect_out report-go1.15 -- "$ESCVIZ" report --db "$DB" --build go1.15 -o "$T/site15"
expect_out report-go1.15-files -- bash -c 'cd "$1" && find . -type f | LC_ALL=C sort' _ "$T/site15"

finish
