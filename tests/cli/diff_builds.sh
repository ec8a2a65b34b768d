# escviz diff on two real builds of testdata/diff/src (go1.22): before and
# after three edits.  Exactly the expected changes, regressions flagged;
# the same result from log files and from builds in a database; exit codes
# and --fail-on/--ignore.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diff/go1.22
db=$T/t.db
export TMPDIR=$T/tmp
mkdir "$TMPDIR"

# changes FILE.json: one "change kind function subject regression" line each.
changes() {
  python3 -c 'import json,sys
for c in json.load(open(sys.argv[1]))["changes"]:
    print(c["change"], c["kind"], c["function"] or "-", c["subject"], "R" if c["regression"] else "-")' "$1" | sort
}

cat >"$T/want" <<'WANT'
added heap_escape main p.X R
added heap_escape sum t R
added inlined_call sum fmt.Println -
added leaking_param remember v R
added moved_to_heap newPoint p R
changed heap_escape main sum([]int{...}) -
changed inline_cost main main -
changed inline_cost newPoint newPoint -
changed inline_cost sum sum -
removed inlinable sum sum R
removed inlined_call main sum R
WANT

expect "diff two logs" 0 "" -- "$E" diff "$D/before-m2.log" "$D/after-m2.log" --format json -o "$T/logs.json"
changes "$T/logs.json" >"$T/got"
if diff -u "$T/want" "$T/got" >"$T/d"; then ok "exactly the expected changes"; else not_ok "exactly the expected changes" "$(cat "$T/d")"; fi
n=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(s["changes"], s["regressions"], s["added"], s["removed"], s["changed"])' "$T/logs.json")
[ "$n" = "11 6 5 2 4" ] && ok "summary counts" || not_ok "summary counts" "got $n"

# The respelled escape keeps both spellings and both positions.
r=$(python3 -c 'import json,sys
c=[c for c in json.load(open(sys.argv[1]))["changes"] if c["kind"]=="heap_escape" and c["change"]=="changed"][0]
print(c["old_subject"], c["old_position"]["line"], c["new_position"]["line"], c["new_position"]["column"])' "$T/logs.json")
[ "$r" = "~r0 55 56 53" ] && ok "respelled escape: old and new spelling and position" || not_ok "respelled escape" "got $r"

check "ingest before" "$E" ingest --db "$db" --label before "$D/before-m2.log"
check "ingest after" "$E" ingest --db "$db" --label after "$D/after-m2.log"
expect "diff two builds by label" 0 "" -- "$E" diff --db "$db" before after --format json -o "$T/db.json"
changes "$T/db.json" >"$T/got2"
cmp -s "$T/got" "$T/got2" && ok "builds and logs give the same changes" || not_ok "builds and logs give the same changes"
expect "diff by id" 0 "" -- "$E" diff --db "$db" 1 2 --format json -o "$T/id.json"
changes "$T/id.json" | cmp -s - "$T/got" && ok "by id too" || not_ok "by id too"
expect "a build and a log" 0 "" -- "$E" diff --db "$db" before "$D/after-m2.log" --format json -o "$T/mix.json"
changes "$T/mix.json" | cmp -s - "$T/got" && ok "a build against a log" || not_ok "a build against a log"
expect "reverse direction" 0 "" -- "$E" diff --db "$db" after before --format json -o "$T/rev.json"
n=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(s["added"], s["removed"], s["regressions"])' "$T/rev.json")
[ "$n" = "2 5 1" ] && ok "reverse: added and removed swap" || not_ok "reverse: added and removed swap" "got $n"

# Exit codes are the same for every format.
for f in text md json sarif html; do
  expect "--fail-on regression, $f" 1 "" -- "$E" diff --db "$db" before after --format "$f" --fail-on regression
  expect "no --fail-on, $f" 0 "" -- "$E" diff --db "$db" before after --format "$f"
done
expect "--fail-on heap_escape" 1 "" -- "$E" diff --db "$db" before after --fail-on heap_escape
expect "--fail-on inlinable,inlined_call" 1 "" -- "$E" diff --db "$db" before after --fail-on inlinable,inlined_call
expect "--fail-on devirtualization (none)" 0 "" -- "$E" diff --db "$db" before after --fail-on devirtualization
expect "--fail-on inline_cost (informational: any change)" 1 "" -- "$E" diff --db "$db" before after --fail-on inline_cost
expect "--fail-on heap_escape the other way (only removals)" 0 "" -- "$E" diff --db "$db" after before --fail-on heap_escape,moved_to_heap
expect "--fail-on any" 1 "" -- "$E" diff --db "$db" before after --fail-on any
expect "--fail-on unknown kind" 2 "unknown --fail-on kind 'heap'" -- "$E" diff --db "$db" before after --fail-on heap

cat >"$T/ignore" <<'IGN'
# accepted in review
heap_escape   example.com/diffprobe  main      p.X
heap_escape   example.com/*          sum       *
moved_to_heap *                      newPoint  p
leaking_param *                      remember  v
inlinable     *                      sum
inlined_call  *                      main      sum
IGN
expect "--ignore accepts every regression" 0 "" -- "$E" diff --db "$db" before after --fail-on regression --ignore "$T/ignore" --format json -o "$T/ign.json"
n=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(s["changes"], s["ignored"], s["regressions"])' "$T/ign.json")
[ "$n" = "5 6 0" ] && ok "--ignore: counted, not listed" || not_ok "--ignore: counted, not listed" "got $n"
head -n 3 "$T/ignore" >"$T/ignore2"
expect "--ignore some: still fails" 1 "" -- "$E" diff --db "$db" before after --fail-on regression --ignore "$T/ignore2"
printf 'heapescape * * *\n' >"$T/badignore"
expect "--ignore with an unknown kind" 2 "badignore:1: unknown change kind 'heapescape'" -- "$E" diff --db "$db" before after --ignore "$T/badignore"
expect "--ignore file missing" 2 "nope: No such file" -- "$E" diff --db "$db" before after --ignore "$T/nope"

expect "one operand" 2 "want two builds" -- "$E" diff --db "$db" before
expect "unknown build" 2 "no build with id or label 'nosuch'" -- "$E" diff --db "$db" before nosuch
expect "a label with a slash is a label" 2 "no build with id or label 'feature/x'" -- "$E" diff --db "$db" before feature/x
expect "missing log file" 2 "missing.log" -- "$E" diff "$T/missing.log" "$D/after-m2.log"
printf 'hello\n' >"$T/noise.log"
expect "log without diagnostics" 2 "no -m diagnostics" -- "$E" diff "$T/noise.log" "$D/after-m2.log"
expect "-m=2 against -m=1 warns" 0 "warning: comparing a -m=2 build with a -m=1 build" -- "$E" diff "$D/before-m2.log" "$SRC/testdata/go1.22/escprobe-m1.log"
expect "unknown format" 2 "unknown format 'xml'" -- "$E" diff --db "$db" before after --format xml
expect "missing database" 2 "nope.db" -- "$E" diff --db "$T/nope.db" before after
expect "unwritable -o" 2 "write|No such file" -- "$E" diff --db "$db" before after -o "$T/no/such/dir/x"
expect "text report" 0 "" -- "$E" diff --db "$db" before after
grep -q '^! added   heap_escape  *sum  *\./main\.go:42:14  *t escapes to heap (cause: interface)$' "$T/out" && ok "text: a regression line" || not_ok "text: a regression line" "$(head -c 300 "$T/out")"
grep -q 'heap allocations  *5  *8  *+60.0%' "$T/out" && ok "text: benchstat-like package table" || not_ok "text: benchstat-like package table"
[ -n "$(ls -A "$TMPDIR")" ] && not_ok "temporary databases removed" || ok "temporary databases removed"

# Whole outputs, as expected files (tests/cli/expected/diff_builds/).
expect_out db-text -- "$E" diff --db "$db" before after
expect_out db-json -- "$E" diff --db "$db" before after --format json
expect_out db-reverse-text -- "$E" diff --db "$db" after before
expect_out db-fail-on-regression -- "$E" diff --db "$db" before after --fail-on regression
expect_out db-mixed-text -- "$E" diff --db "$db" before "$D/after-m2.log"

finish
