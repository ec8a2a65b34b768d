# escviz ls and escviz funcs: filters, the four formats, hostile log text
# (control characters, formula cells, quotes, invalid UTF-8), colour only
# on a terminal and never with NO_COLOR, and the stats summary.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/ls.db
"$E" ingest --db "$db" --label go1.27 "$SRC/testdata/go1.27/escprobe-m2.log" 2>/dev/null
"$E" ingest --db "$db" --label go1.15 "$SRC/testdata/go1.15/escprobe-m2.log" 2>/dev/null
printf '# p\n./a.go:1:6: can inline f\n./a.go:1:2: =HYPERLINK("x") escapes to heap\n./a.go:2:3: x\033[31mred escapes to heap\n./a.go:3:4: moved to heap: -y\n./a.go:4:5: "a,b\\"c" escapes to heap\n./a.go:5:6: \377\376 does not escape\n./a.go:6:1: @x\tz escapes to heap\n' >"$T/hostile.log"
"$E" ingest --db "$db" --label hostile "$T/hostile.log" 2>/dev/null
export NO_COLOR=

same() {
  local name=$1 want=$2
  shift 2
  if ! "$@" >"$T/out" 2>"$T/err"; then
    not_ok "$name" "exit $?: $(head -c 300 "$T/err")"
  elif [ "$(cat "$T/out")" = "$want" ]; then
    ok "$name"
  else
    not_ok "$name" "$(diff <(echo "$want") "$T/out" | head -20)"
  fi
}

same "ls --func: file:line:col, kind, cause, function, subject" "POSITION        KIND           CAUSE    FUNCTION  SUBJECT
./main.go:40:2  moved_to_heap  address  newPoint  p" "$E" ls --db "$db" --build go1.27 --func newPoint
"$E" ls --db "$db" --build go1.27 --kind leaks --pkg store --format tsv >"$T/o"
[ "$(wc -l <"$T/o")" -ge 4 ] && ! cut -f2 "$T/o" | tail -n +2 | grep -qv '^leaking_param' \
  && ok "ls --kind leaks --pkg store: only leaking kinds" || not_ok "ls --kind leaks --pkg store: only leaking kinds" "$(cat "$T/o")"
n=$("$E" ls --db "$db" --build go1.27 --kind heap --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
m=$(sqlite3 "$db" "SELECT COUNT(*) FROM events WHERE build_id = 1 AND kind IN ('heap_escape', 'moved_to_heap')")
[ "$n" = "$m" ] && ok "ls --kind heap counts heap_escape + moved_to_heap ($n)" || not_ok "ls --kind heap" "$n vs $m"
"$E" ls --db "$db" --build go1.27 --file main.go --format json >"$T/j.json"
check "ls JSON fields" python3 - "$T/j.json" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1]))
assert rows and all(r["file"] == "./main.go" for r in rows)
r = [r for r in rows if r["kind"] == "moved_to_heap" and r["subject"] == "p" and r["line"] == 40][0]
assert list(r) == ["position", "kind", "cause", "function", "subject", "package", "variant", "file",
                   "line", "col", "target", "level", "count", "attribution", "explanations",
                   "causes", "cause_inferred", "callee", "alloc_bytes", "alloc_objects",
                   "function_cpu_cum"]
# newPoint returns &p: the address of a local outlives the function
assert r == {"position": "./main.go:40:2", "kind": "moved_to_heap", "cause": "address",
             "function": "newPoint", "subject": "p",
             "package": "example.com/escprobe", "variant": "", "file": "./main.go", "line": 40, "col": 2,
             "target": None, "level": None, "count": 1, "attribution": "compiler", "explanations": 1,
             "causes": "address", "cause_inferred": False, "callee": None,
             "alloc_bytes": None, "alloc_objects": None,
             "function_cpu_cum": None}  # no profile attached
EOF
same "ls: nothing matched is exit 0" "no events matched in build 1" "$E" ls --db "$db" --build go1.27 --file nosuch.go
expect "ls: unknown kind" 2 "unknown kind 'heapy'" -- "$E" ls --db "$db" --kind heapy
expect "ls: unknown function" 2 "no function 'nwePoint' in build 1; close candidates: 'newPoint'" -- "$E" ls --db "$db" --build go1.27 --func nwePoint
expect "ls: ambiguous function" 2 "'func1' is ambiguous in build 1" -- "$E" ls --db "$db" --build go1.27 --func func1
expect "ls: unknown build" 2 "no build with id or label 'nope'" -- "$E" ls --db "$db" --build nope
expect "ls: bad format" 2 "unknown format 'xml'" -- "$E" ls --db "$db" --format xml

# Hostile log text.
"$E" ls --db "$db" --build hostile >"$T/o"
! grep -q $'\033' "$T/o" && grep -q 'x?\[31mred' "$T/o" && ok "text: control characters shown as ?" \
  || not_ok "text: control characters shown as ?" "$(cat -v "$T/o")"
"$E" ls --db "$db" --build hostile --format csv >"$T/o.csv"
check "CSV: RFC 4180 and formula cells neutralised" python3 - "$T/o.csv" <<'EOF'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert b"\x1b" not in raw and raw.endswith(b"\r\n") and raw.count(b"\r\n") == 7
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0][:5] == ["position", "kind", "cause", "function", "subject"]
subj = {r[0]: r[4] for r in rows[1:]}
assert subj["./a.go:1:2"] == "'=HYPERLINK(\"x\")", subj
assert subj["./a.go:3:4"] == "'-y"
assert subj["./a.go:4:5"] == '"a,b\\"c"'
assert subj["./a.go:6:1"] == "'@x\tz"
assert subj["./a.go:5:6"] == "\ufffd\ufffd"
assert subj["./a.go:2:3"] == "x?[31mred"
EOF
"$E" ls --db "$db" --build hostile --format tsv >"$T/o.tsv"
check "TSV: one line per row, TAB escaped, formulas neutralised" python3 - "$T/o.tsv" <<'EOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "" and len(lines) == 8
rows = [l.split("\t") for l in lines[1:-1]]
assert all(len(r) == 21 for r in rows)
subj = {r[0]: r[4] for r in rows}
assert subj["./a.go:6:1"] == "'@x\\tz" and subj["./a.go:1:2"] == "'=HYPERLINK(\"x\")"
EOF
check "JSON of hostile text is valid" sh -c "'$E' ls --db '$db' --build hostile --format json | python3 -m json.tool"
check "why JSON of hostile text is valid" sh -c "'$E' why --db '$db' --build hostile --format json a.go:2 | python3 -m json.tool"
"$E" why --db "$db" --build hostile a.go:2 >"$T/o"
! grep -q $'\033' "$T/o" && ok "why text: no escape sequence reaches the terminal" || not_ok "why text: no escape sequence" "$(cat -v "$T/o")"

# Colour: on a terminal unless NO_COLOR; never in a pipe.
if command -v script >/dev/null; then
  script -qc "'$E' ls --db '$db' --build go1.27 --func newPoint" /dev/null >"$T/tty" </dev/null
  grep -q $'\033\\[31mmoved_to_heap' "$T/tty" && ok "colour on a terminal" || not_ok "colour on a terminal" "$(cat -v "$T/tty")"
  NO_COLOR=1 script -qc "'$E' ls --db '$db' --build go1.27 --func newPoint" /dev/null >"$T/tty" </dev/null
  ! grep -q $'\033' "$T/tty" && ok "NO_COLOR on a terminal" || not_ok "NO_COLOR on a terminal" "$(cat -v "$T/tty")"
  script -qc "stty cols 100; '$E' funcs --db '$db' --build go1.27 --top 2" /dev/null >"$T/tty" </dev/null
  sed 's/\x1b\[[0-9;]*m//g; s/\r//' "$T/tty" >"$T/plain"
  python3 -c "import sys; l = open('$T/plain', encoding='utf-8').read().splitlines(); assert l and max(map(len, l)) <= 100 and '\u2026' in l[1], l" \
    && ok "funcs fits a 100-column terminal (reason cut with ...)" || not_ok "funcs fits a 100-column terminal" "$(cat -v "$T/tty")"
fi
"$E" ls --db "$db" --build go1.27 | grep -q $'\033' && not_ok "no colour in a pipe" || ok "no colour in a pipe"

# funcs
"$E" funcs --db "$db" --build go1.27 --sort cost --top 3 --format tsv | cut -f6,9,11 >"$T/o"
same "funcs --sort cost --top 3" "cost	function	reason
1118	main	function too complex: cost 1118 exceeds budget 80
340	closures	function too complex: cost 340 exceeds budget 80
279	complexFn	function too complex: cost 279 exceeds budget 80" cat "$T/o"
"$E" funcs --db "$db" --build go1.27 --sort cost --top 1 >"$T/o"
head -1 "$T/o" | grep -q '^HEAP  MOVED  LEAKS  NOESC  INLINE  COST  BUDGET  SITES  FUNCTION  DECLARED  *REASON$' \
  && grep -q '^ *[0-9]* *[0-9]* *[0-9]* *[0-9]* *no  1118      80      0  main      ./main.go:133:6 *function too complex' "$T/o" \
  && ok "funcs text columns aligned" || not_ok "funcs text columns aligned" "$(cat "$T/o")"
"$E" funcs --db "$db" --build go1.27 --format json >"$T/f.json"
check "funcs JSON fields" python3 - "$T/f.json" "$db" <<'EOF'
import json, sqlite3, sys
rows = json.load(open(sys.argv[1]))
assert list(rows[0]) == ["heap_escapes", "moved_to_heap", "leaking_params", "does_not_escape", "inlinable",
                         "cost", "budget", "inlined_sites", "function", "position", "reason", "package",
                         "variant", "file", "line", "col", "alloc_bytes", "alloc_objects",
                         "cpu_flat", "cpu_cum"]
by = {(r["package"], r["function"]): r for r in rows}
fact = by[("example.com/escprobe", "fact")]
assert fact["inlinable"] is True and fact["cost"] == 71 and fact["budget"] is None and fact["reason"] is None
assert fact["inlined_sites"] == 2 and fact["position"] == "./main.go:61:6"
main = by[("example.com/escprobe", "main")]
assert main["inlinable"] is False and main["reason"] == "function too complex: cost 1118 exceeds budget 80"
# 26 verdict lines: the log prints "./main.go:144:58: &Point{...} escapes to heap" twice.
assert (main["heap_escapes"], main["moved_to_heap"]) == (26, 2)
db = sqlite3.connect(sys.argv[2])
for (pkg, fn, sites) in db.execute("SELECT package, function, inlined_sites FROM function_inlining WHERE build_id = 1"):
    assert by[(pkg, fn)]["inlined_sites"] == sites, (fn, sites)
for (pkg, fn, h, m, l, d) in db.execute("SELECT package, function, heap_escapes, moved_to_heap, leaking_params,"
                                        " does_not_escape FROM function_escapes WHERE build_id = 1 AND function IS NOT NULL"):
    r = by[(pkg, fn)]
    assert (r["heap_escapes"], r["moved_to_heap"], r["leaking_params"], r["does_not_escape"]) == (h, m, l, d), fn
heap = [r["heap_escapes"] for r in rows]
assert heap == sorted(heap, reverse=True)
EOF
"$E" funcs --db "$db" --build go1.27 --sort name --format csv >"$T/f.csv"
check "funcs --sort name (CSV)" python3 -c "
import csv; rows = list(csv.DictReader(open('$T/f.csv', newline='')))
keys = [(r['package'], r['function']) for r in rows]
assert keys == sorted(keys) and len(rows) == 45, len(rows)"
same "funcs --pkg nosuch: nothing matched" "no functions matched in build 1" "$E" funcs --db "$db" --build go1.27 --pkg nosuch
expect "funcs: unknown sort key" 2 "unknown sort key 'size'" -- "$E" funcs --db "$db" --sort size
expect "funcs: bad --top" 2 "--top takes a whole number" -- "$E" funcs --db "$db" --top x

# stats: the readable summary.
"$E" stats --db "$db" --build go1.27 --top 3 >"$T/o"
grep -q 'inlining ratio 84.4% of 45 with a decision' "$T/o" && grep -q '28   31.1%  example.com/escprobe.main' "$T/o" \
  && ok "stats text: inlining ratio and shares" || not_ok "stats text: inlining ratio and shares" "$(cat "$T/o")"

# Whole outputs, as expected files (tests/cli/expected/explain_ls/).
expect_out ls-newPoint -- "$E" ls --db "$db" --build go1.27 --func newPoint
expect_out ls-leaks-store-tsv -- "$E" ls --db "$db" --build go1.27 --kind leaks --pkg store --format tsv
expect_out ls-heap-json -- "$E" ls --db "$db" --build go1.27 --kind heap --format json
expect_out ls-main-go-json -- "$E" ls --db "$db" --build go1.27 --file main.go --format json
expect_out ls-go1.15 -- "$E" ls --db "$db" --build go1.15
expect_out ls-nosuch-file -- "$E" ls --db "$db" --build go1.27 --file nosuch.go
expect_out ls-bad-kind -- "$E" ls --db "$db" --kind heapy
expect_out ls-misspelt-func -- "$E" ls --db "$db" --build go1.27 --func nwePoint
expect_out ls-unknown-build -- "$E" ls --db "$db" --build nope

finish
