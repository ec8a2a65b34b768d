#!/usr/bin/env bash
# corpus.sh - ingest every log of the shared corpus and check the line
# classes against the ground truth in $SHARED/corpus/manifest.tsv; then
# ingest every legacy transcript and check that old-style "from ... at"
# chains are stored and linked to their verdicts.
#
# Environment (set by ctest): ESCVIZ (binary), SHARED (../shared).
# Prints "corpus: N passed, M failed" and exits non-zero on any failure.
set -u

: "${ESCVIZ:?set ESCVIZ to the escviz binary}"
: "${SHARED:?set SHARED to the shared/ folder}"
corpus="$SHARED/corpus"
manifest="$corpus/manifest.tsv"

for tool in xz sqlite3 python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "corpus: $tool is required" >&2
        echo "corpus: 0 passed, 1 failed"
        exit 1
    fi
done
if [ ! -r "$manifest" ]; then
    echo "corpus: no manifest at $manifest" >&2
    echo "corpus: 0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/escviz-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

fail() {
    echo "FAIL $*" >&2
    failed=$((failed + 1))
}

# Compare "escviz stats --format json" (file $1) with one manifest row
# (JSON object, file $2).  Prints one line per mismatch; exit 1 if any.
check_stats() {
    python3 - "$1" "$2" <<'EOF'
import json, sys
st = json.load(open(sys.argv[1]))
row = json.load(open(sys.argv[2]))
L = st["lines"]
def n(col):
    return int(row[col])
checks = [
    ("input_lines", st["input_lines"], n("lines")),
    ("lines.package_header", L["package_header"], n("pkg_headers")),
    ("escape_explanation+escape_verdict", L["escape_explanation"] + L["escape_verdict"], n("K_escapes")),
    ("moved_to_heap", L["moved_to_heap"], n("K_moved")),
    ("does_not_escape", L["does_not_escape"], n("K_does_not_escape")),
    ("leaking_param", L["leaking_param"], n("K_leaking_param")),
    ("param_leak_explanation", L["param_leak_explanation"], n("K_param_leaks_to")),
    ("flow", L["flow"], n("K_flow")),
    ("step", L["step"], n("K_from_at")),
    # stored: every flow and step line is in a chain (read back by escviz's decoder)
    ("stored flows", st["events"]["flows"], n("K_flow")),
    ("stored steps", st["events"]["steps"], n("K_from_at")),
    ("can_inline", L["can_inline"], n("K_can_inline")),
    ("cannot_inline", L["cannot_inline"], n("K_cannot_inline")),
    ("inlining_call", L["inlining_call"], n("K_inlining_call")),
    ("devirtualizing", L["devirtualizing"], n("K_devirtualizing")),
    ("capturing", L["capturing"], n("K_capturing")),
    ("unrecognized", L["unrecognized"], 0),
    ("sum(lines)", sum(L.values()), st["input_lines"]),
]
bad = [(name, got, want) for name, got, want in checks if got != want]
for name, got, want in bad:
    print("  %s: got %d, want %d" % (name, got, want))
sys.exit(1 if bad else 0)
EOF
}

# One JSON object per manifest row, one per line.
python3 - "$manifest" >"$tmp/rows.jsonl" <<'EOF' || { echo "corpus: cannot read the manifest" >&2; echo "corpus: 0 passed, 1 failed"; exit 1; }
import csv, json, sys
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        print(json.dumps(row))
EOF

rows=0
while IFS= read -r row <&3; do
    rows=$((rows + 1))
    printf '%s\n' "$row" >"$tmp/row.json"
    log=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["shipped_as"])' "$tmp/row.json")
    name=$(basename "$log" .log.xz)
    db="$tmp/$name.db"
    if [ ! -r "$corpus/$log" ]; then
        fail "$name: $corpus/$log is missing"
        continue
    fi
    if ! xz -dc "$corpus/$log" | "$ESCVIZ" ingest --db "$db" --label "$name" 2>"$tmp/err"; then
        fail "$name: ingest failed: $(tail -n 3 "$tmp/err")"
        rm -f "$db" "$db"-*
        continue
    fi
    if ! "$ESCVIZ" stats --db "$db" --format json >"$tmp/stats.json" 2>"$tmp/err"; then
        fail "$name: stats failed: $(tail -n 3 "$tmp/err")"
    elif check_stats "$tmp/stats.json" "$tmp/row.json" >"$tmp/diff"; then
        passed=$((passed + 1))
    else
        fail "$name: counts differ from the manifest:"
        cat "$tmp/diff" >&2
    fi
    rm -f "$db" "$db"-*
done 3<"$tmp/rows.jsonl"
if [ "$rows" -eq 0 ]; then
    fail "manifest: no rows"
fi

# Legacy transcripts (Go 1.3-1.14): every one ingests; where "from ... at"
# lines follow a verdict (esc.go chains, TAB- or space-indented), every such
# line is a step of a 'chain' explanation linked to an event.
for txt in "$corpus"/legacy/*.txt; do
    name=$(basename "$txt" .txt)
    db="$tmp/legacy.db"
    rm -f "$db" "$db"-*
    if ! "$ESCVIZ" ingest --db "$db" "$txt" 2>"$tmp/err"; then
        fail "legacy/$name: ingest failed: $(tail -n 3 "$tmp/err")"
        continue
    fi
    want=$(grep -cE '^[^ ]*:[0-9]+(:[0-9]+)?: ?[[:space:]]+from .* at ' "$txt")
    if grep -qE 'flow: |escapes to heap:$| with derefs=[0-9]+:$' "$txt"; then
        want=0 # 1.14+ explanation blocks: not chains
    fi
    got=$(sqlite3 -batch "$db" "SELECT COUNT(*) FROM steps s JOIN explanations x
        ON x.id = s.explanation_id JOIN events e ON e.id = x.event_id
        WHERE x.kind = 'chain' AND s.flow_seq IS NULL")
    unlinked=$(sqlite3 -batch "$db" "SELECT COUNT(*) FROM explanations
        WHERE kind = 'chain' AND event_id IS NULL")
    if [ "$got" != "$want" ] || [ "$unlinked" != 0 ]; then
        fail "legacy/$name: $want 'from' lines after verdicts, $got stored as linked chain steps, $unlinked unlinked chains"
        continue
    fi
    passed=$((passed + 1))
done

echo "corpus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
