#!/usr/bin/env bash
# escviz graph: diagrams of real functions from Go 1.15, 1.22 and 1.27 logs
# (-m=2 flows), a -m=1 build (verdicts only), and old (Go 1.8 and 1.9) chains
# from the shared legacy corpus; every SVG must be well-formed XML and hold the
# places of the flow or chain.  Also: the output formats, --max-nodes, and
# the usage and lookup errors.
. "$(dirname "$0")/lib.bash"
DB="$T/g.db"

# svg_ok FILE TEXT...: FILE is well-formed XML whose <text> elements
# include each TEXT (as drawn, after XML unescaping).
svg_ok() {
  python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
path, want = sys.argv[1], sys.argv[2:]
root = ET.parse(path).getroot()
ns = "{http://www.w3.org/2000/svg}"
texts = [t.text or "" for t in root.iter(ns + "text")]
missing = [w for w in want if w not in texts]
if missing:
    sys.exit("missing %r in %r" % (missing, texts[:40]))
PY
}

for v in 1.15 1.22 1.27; do
  "$ESCVIZ" ingest --db "$DB" --label "go$v" "$SRC/testdata/go$v/escprobe-m2.log" 2>/dev/null
done
"$ESCVIZ" ingest --db "$DB" --label m1 --src "$SRC/testdata/src/escprobe" "$SRC/testdata/go1.22/escprobe-m1.log" 2>/dev/null
"$ESCVIZ" ingest --db "$DB" --label chain8 \
  "$SHARED/corpus/legacy/025_go1.8_gotraining_2017-02_example4_mm.txt" 2>/dev/null
"$ESCVIZ" ingest --db "$DB" --label chain9 \
  "$SHARED/corpus/legacy/039_go1.9_gotraining_2018-01_flaws3_gotest.txt" 2>/dev/null

# main: p is returned by the inlined newPoint ("result 0 of newPoint (inlined)",
# the words of escviz why) and stored in a
# global, so it moves to the heap (docs/schema.md, example 3).
for v in 1.15 1.22 1.27; do
  check "go$v-main-svg" "$ESCVIZ" graph --db "$DB" --build "go$v" main -o "$T/main$v.svg"
  check "go$v-main-wellformed" svg_ok "$T/main$v.svg" heap p "(moved to heap)" "result 0 of newPoint (inlined)"
  check "go$v-step-tooltips" grep -q 'xlink:title="&amp;p (address&#45;of) at ./main.go:134' "$T/main$v.svg"
  check "go$v-inlined-marked" grep -q 'inlined newPoint at line 134' "$T/main$v.svg"
done
check "go1.22-qualified-name" "$ESCVIZ" graph --db "$DB" --build go1.22 example.com/escprobe.newPoint -o "$T/np.svg"
check "go1.22-param-leak" svg_ok "$T/np.svg"

# Old chains: "&u escapes to heap / from ~r0 (return)" is &u -> result 0 -> heap.
check "chain-go1.8-svg" "$ESCVIZ" graph --db "$DB" --build chain8 escapeToHeap -o "$T/chain8.svg"
check "chain-go1.8-nodes" svg_ok "$T/chain8.svg" "&u" "(escapes to heap)" "result 0" return heap "u" "(moved to heap)"
check "chain-go1.9-svg" "$ESCVIZ" graph --db "$DB" --build chain9 BenchmarkAssignmentSlicesMaps -o "$T/chain9.svg"
check "chain-go1.9-nodes" svg_ok "$T/chain9.svg" "&x1" "m[0]" "value of map put" "&x2" "s[0]" \
  "slice-element-equals" heap "does not escape:" "make(map[int]*X)"

# -m=1: verdicts only, drawn as dashed edges to the heap.
check "m1-svg" "$ESCVIZ" graph --db "$DB" --build m1 bigArrays -o "$T/m1.svg"
check "m1-verdict-edges" svg_ok "$T/m1.svg" heap big "(moved to heap)" "moved to heap" "escapes to heap"
check "m1-dashed" grep -q 'stroke-dasharray' "$T/m1.svg"

# Formats: by -T, or from the suffix of -o.
"$ESCVIZ" graph --db "$DB" --build go1.22 main -T dot >"$T/main.dot" 2>"$T/err"
check "dot-format" grep -q '^digraph G {' "$T/main.dot"
check "dot-ids-generated" bash -c "sed -nE 's/^[[:space:]]+([^[:space:]]+)[[:space:]]+\\[.*/\\1/p' '$T/main.dot' |
  grep -Evx 'graph|node|edge|n[0-9]+|inlined|omitted|safe|empty' | grep -q . && exit 1 || exit 0"
check "png-by-suffix" "$ESCVIZ" graph --db "$DB" --build go1.22 main -o "$T/main.png"
check "png-magic" bash -c "head -c 8 '$T/main.png' | od -An -c | grep -q 'P   N   G'"
check "pdf" "$ESCVIZ" graph --db "$DB" --build go1.22 main -T pdf -o "$T/main.pdf"
check "pdf-magic" bash -c "head -c 5 '$T/main.pdf' | grep -q '%PDF-'"

# Large functions: --max-nodes keeps the heap and says what it left out.
check "max-nodes" "$ESCVIZ" graph --db "$DB" --build go1.22 main --max-nodes 5 -o "$T/small.svg"
check "max-nodes-note" svg_ok "$T/small.svg" heap "left out:"
check "max-nodes-0-all" "$ESCVIZ" graph --db "$DB" --build go1.22 main --max-nodes 0 -o "$T/all.svg"
check "max-nodes-0-no-note" bash -c "! grep -q 'left out:' '$T/all.svg'"

expect "unknown-function" 2 "no function 'noSuchFunc'" -- "$ESCVIZ" graph --db "$DB" noSuchFunc
expect "no-function" 2 "which function" -- "$ESCVIZ" graph --db "$DB"
expect "bad-format" 2 "unknown format 'gif'" -- "$ESCVIZ" graph --db "$DB" -T gif main
expect "bad-max-nodes" 2 "whole number" -- "$ESCVIZ" graph --db "$DB" --max-nodes x main
expect "unknown-build" 2 "no build with id or label 'nope'" -- "$ESCVIZ" graph --db "$DB" --build nope main
expect "no-database" 2 "" -- "$ESCVIZ" graph --db "$T/none.db" main
expect "unwritable-output" 3 "cannot create" -- "$ESCVIZ" graph --db "$DB" --build go1.22 main -o "$T/no/such/dir/x.svg"
check "help-usage" bash -c "'$ESCVIZ' graph --help | grep -q '^usage: escviz graph '"

# Whole outputs, as expected files (tests/cli/expected/graph_versions/):
# the graph as DOT without the layout Graphviz adds (positions and sizes
# depend on its version and the fonts installed), and the errors.
dot_of() {
  "$ESCVIZ" graph "$@" -T dot | sed -E -e ':a' -e '/\\$/{N;s/\\\n//;ba}' \
    -e 's/[[:space:]]*\<(bb|pos|lp|xlp|head_lp|tail_lp|height|width|lheight|lwidth)="[^"]*",?//g' \
    -e 's/[[:space:]]*\<(height|width|lheight|lwidth)=[0-9.]+,?//g' -e 's/,([]])/\1/g' -e '/^[[:space:]]*$/d'
  return "${PIPESTATUS[0]}"
}
expect_out go1.22-main-dot -- dot_of --db "$DB" --build go1.22 main
expect_out go1.27-newPoint-dot -- dot_of --db "$DB" --build go1.27 newPoint
expect_out chain8-dot -- dot_of --db "$DB" --build chain8 escapeToHeap
expect_out max-nodes-5-dot -- dot_of --db "$DB" --build go1.22 main --max-nodes 5
expect_out unknown-function -- "$ESCVIZ" graph --db "$DB" noSuchFunc
expect_out bad-format -- "$ESCVIZ" graph --db "$DB" -T gif main
expect_out unknown-build -- "$ESCVIZ" graph --db "$DB" --build nope main

finish
