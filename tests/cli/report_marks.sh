#!/usr/bin/env bash
# The report's source view against the raw compiler log
# (tests/cli/report_marks.py computes, from the log and the source file
# alone, which token starts at each verdict's byte column): each verdict of
# a shown line is underlined from that token with its verdict in the title,
# nothing else is underlined, the code reads as the source byte for byte,
# and a line's diagnostics come in column order.  On testdata/src/marks
# (go1.19: verdicts after tabs and UTF-8, several to a line, a line of
# 189 bytes) and on go-cmp (testdata/attrib/go1.19/gocmp-m2.log.xz with
# Debian's source, when installed).
. "$(dirname "$0")/lib.bash"
LOG="$SRC/testdata/marks/go1.19/marks-m2.log"
"$ESCVIZ" ingest --db "$T/m.db" --label marks "$LOG" 2>/dev/null
# --pages all: every function's page, so every verdict of the log has its mark.
check "report" "$ESCVIZ" report --db "$T/m.db" --src "$SRC/testdata/src/marks" --pages all -o "$T/site"
check "marks-vs-log" python3 "$SRC/tests/cli/report_marks.py" "$LOG" "$SRC/testdata/src/marks" "$T/site" ./

# The same facts by hand, for the reader: "ß" starts at byte 48 of line 20
# (after "→ ä", 8 bytes for 5 characters), é at byte 2 after a tab.
many=$(grep -l '<h1>Function <code>Many</code>' "$T"/site/fn/*.html)
naive=$(grep -l '<h1>Function <code>Naïve</code>' "$T"/site/fn/*.html)
check "utf8-column" grep -qF '<span class="v v-heap_escape" data-col="48" title="col 48: heap escape: &quot;ß&quot;' "$many"
check "tab-column" grep -qF '<td class="code">	<span class="v v-moved_to_heap" data-col="2" title="col 2: moved to heap: é">é</span>' "$naive"
check "column-order" grep -qF '<li><span class="col" title="column 2">:2</span><span class="tag k-moved_to_heap">moved to heap</span> <code>é</code></li><li><span class="col" title="column 6">:6</span>' "$naive"
check "long-line-marks" test "$(grep '<td class="ln">25</td>' "$T"/site/fn/Long_*.html | grep -o 'class="v ' | wc -l)" -eq 5

GOCMP=/usr/share/gocode/src/github.com/google/go-cmp
if (cd /usr/share/gocode/src && grep ' github.com/google/go-cmp/cmp/' "$SRC/testdata/attrib/SOURCES" |
      grep -v '_test.go$' | sha256sum -c --quiet) >/dev/null 2>&1; then
  xz -dc "$SRC/testdata/attrib/go1.19/gocmp-m2.log.xz" >"$T/gocmp.log"
  "$ESCVIZ" ingest --db "$T/g.db" --label gocmp "$T/gocmp.log" 2>/dev/null
  check "report-gocmp" "$ESCVIZ" report --db "$T/g.db" --src "$GOCMP" --pages all -o "$T/gocmp"
  check "gocmp-marks-vs-log" python3 "$SRC/tests/cli/report_marks.py" "$T/gocmp.log" "$GOCMP" "$T/gocmp"
else
  skip "gocmp-marks-vs-log" "Debian's golang-github-google-go-cmp-dev 0.5.9 is not installed (scripts/deps.sh --test)"
fi
finish
