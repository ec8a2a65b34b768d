# Root causes, changed explanations and identical verdicts at one position,
# on real -m=2 output of testdata/src/diffx (testdata/diffx/README.md).
# Expected numbers are counted in the raw logs here, never taken from escviz.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diffx
schema=$SHARED/schemas/sarif-schema-2.1.0.json
L19=$D/go1.19/diffx-m2.log
L19V=$D/go1.19/diffx-variant-m2.log
L23=$D/go1.23/diffx-m2.log

# verdicts LOG POS SUBJECT-REGEX: summary verdict lines (not the "...:" explanation headers) at POS.
verdicts() { grep -cE "^\./main\.go:$2: $3 escapes to heap( in [^ ]+)?\$" "$1"; }
inlines() { grep -c "^\./main\.go:$2: inlining call to $3\$" "$1"; }

# ---- what the compiler printed (the premises of the checks below) --------
[ "$(inlines "$L19" 15:28 strconv.FormatFloat)" = 0 ] && [ "$(inlines "$L23" 15:28 strconv.FormatFloat)" = 1 ] \
  && ok "logs: go1.23 inlines strconv.FormatFloat into Ftoa at 15:28, go1.19 does not" || not_ok "logs: FormatFloat inlining"
n23=$(grep -cE '^\./main\.go:15:28: [^ ].* escapes to heap$' "$L23")
n19=$(grep -cE '^\./main\.go:15:28: ' "$L19")
[ "$n23" = 2 ] && [ "$n19" = 0 ] && ok "logs: go1.23 prints $n23 escapes at the call's position 15:28 (the outermost position)" \
  || not_ok "logs: escapes at 15:28" "go1.23 $n23, go1.19 $n19"
[ "$(inlines "$L19" 20:15 newPoint)" = 1 ] && [ "$(inlines "$L19V" 20:15 newPoint)" = 0 ] \
  && grep -q 'cannot inline newPoint: marked go:noinline' "$L19V" \
  && ok "logs: -tags variant stops inlining newPoint into Use" || not_ok "logs: newPoint inlining"
e20=$(grep -cE '^\./main\.go:20:15: &point\{\.\.\.\} escapes to heap$' "$L19")
[ "$e20" = 1 ] && [ "$(grep -c '^\./main\.go:20:15: ' "$L19V")" = 0 ] \
  && ok "logs: newPoint's &point{...} is printed at Use's call 20:15 only while inlined" || not_ok "logs: 20:15"
c19=$(verdicts "$L19" 39:7 'string\(src\)'); c19v=$(verdicts "$L19V" 39:7 'string\(src\)')
[ "$c19" = 2 ] && [ "$c19v" = 1 ] && ok "logs: string(src) escapes $c19 times at 39:7, $c19v time in the variant" \
  || not_ok "logs: string(src) at 39:7" "$c19 / $c19v"
b19=$(grep -oE '^\./main\.go:27:[0-9]+: string\(src\) escapes to heap$' "$L19" | cut -d: -f3 | tr '\n' ' ')
b23=$(grep -oE '^\./main\.go:27:[0-9]+: string\(src\) escapes to heap$' "$L23" | cut -d: -f3 | tr '\n' ' ')
[ "$b19" = "2 16 " ] && [ "$b23" = "16 17 " ] && ok "logs: Bytes' two string(src) verdicts move from columns ${b19}to $b23" \
  || not_ok "logs: Bytes columns" "$b19 / $b23"

# ---- root causes: go1.19 -> go1.23 ------------------------------------------
expect "go1.19 vs go1.23 json" 0 "" -- "$E" diff "$L19" "$L23" --format json -o "$T/up.json"
python3 - "$T/up.json" "$n23" >"$T/r" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); n = int(sys.argv[2])
ch = d["changes"]; fp = {c["fingerprint"]: c for c in ch}
for fn, line, col in (("Ftoa", 15, 28), ("Use", 22, 13)):
    cause = [c for c in ch if c["kind"] == "inlined_call" and c["change"] == "added"
             and c["function"] == fn and c["subject"] == "strconv.FormatFloat"]
    assert len(cause) == 1, (fn, cause)
    c = cause[0]
    assert c["new_position"]["line"] == line and c["new_position"]["column"] == col, c
    assert c["message"] == "strconv.FormatFloat is now inlined into %s: %d new escapes" % (fn, n), c["message"]
    kids = [fp[k] for k in c["caused"]]
    assert len(kids) == n, kids
    for k in kids:
        assert k["cause"] == c["fingerprint"] and k["change"] == "added" and k["kind"] == "heap_escape", k
        assert k["function"] == fn and k["new_position"] == c["new_position"], k
# nothing else is grouped, and Bytes' moved verdicts are no added/removed change
assert sum(1 for c in ch if c["cause"]) == 2 * n, [c for c in ch if c["cause"]]
assert not [c for c in ch if c["function"] == "Bytes" and c["change"] != "changed"], ch
print("ok")
PY
[ "$(cat "$T/r")" = ok ] && ok "go1.19 -> go1.23: strconv.FormatFloat is now inlined into Ftoa and Use, $n23 new escapes each, grouped" \
  || not_ok "go1.19 -> go1.23 root causes" "$(cat "$T/r")"
"$E" diff "$L19" "$L23" >"$T/up.txt"
grep -A2 'strconv.FormatFloat is now inlined into Ftoa: 2 new escapes' "$T/up.txt" | tail -2 | grep -c '^!   added   heap_escape  *Ftoa  *\./main\.go:15:28' >"$T/n" || true
[ "$(cat "$T/n")" = 2 ] && ok "text: the two escapes are indented right under their inlining change" || not_ok "text grouping" "$(cat "$T/up.txt")"

# Per-package totals count every printed verdict (string(src) twice at 39:7).
h19=$(grep -cE '^\./[a-z_]+\.go:[0-9]+:[0-9]+: (.* escapes to heap|moved to heap: .*)$' "$L19")
h23=$(grep -cE '^\./[a-z_]+\.go:[0-9]+:[0-9]+: (.* escapes to heap|moved to heap: .*)$' "$L23")
python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["packages"][0]; print(p["old"]["heap_allocations"], p["new"]["heap_allocations"])' "$T/up.json" >"$T/n"
[ "$(cat "$T/n")" = "$h19 $h23" ] && ok "packages: heap allocations $h19 -> $h23, as many as the logs print" || not_ok "heap totals" "$(cat "$T/n") want $h19 $h23"

# ---- root causes the other way, and identical verdicts: default -> variant ---
expect "variant json" 0 "" -- "$E" diff "$L19" "$L19V" --format json -o "$T/v.json"
python3 - "$T/v.json" "$e20" "$c19" "$c19v" >"$T/r" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); e20, was, now = map(int, sys.argv[2:5])
ch = d["changes"]; fp = {c["fingerprint"]: c for c in ch}
c = [c for c in ch if c["kind"] == "inlined_call"]
assert len(c) == 1 and c[0]["change"] == "removed" and c[0]["function"] == "Use" and c[0]["subject"] == "newPoint", c
c = c[0]
assert c["message"] == "newPoint is no longer inlined into Use: %d escape of its inlined body gone" % e20, c["message"]
assert [fp[k]["subject"] for k in c["caused"]] == ["&point{...}"] and fp[c["caused"][0]]["change"] == "removed"
# 2 -> 1 at 39:7 in main: exactly was-now removed occurrences, no added one
m = [x for x in ch if x["function"] == "main" and x["kind"] == "heap_escape"]
assert len(m) == was - now and all(x["change"] == "removed" for x in m), m
assert m[0]["message"] == "string(src) escapes to heap one time fewer at this position (%d -> %d)" % (was, now), m[0]["message"]
print("ok")
PY
[ "$(cat "$T/r")" = ok ] && ok "variant: newPoint no longer inlined into Use groups its escape; string(src) at 39:7 is one occurrence fewer" \
  || not_ok "variant" "$(cat "$T/r")"

# ---- changed explanation: both paths, compared with the raw log's blocks ----
python3 - "$T/v.json" "$L19" "$L19V" >"$T/r" 2>&1 <<'PY'
import json, re, sys
d = json.load(open(sys.argv[1]))
def block(log, pos, subj):
    """The explanation lines printed under 'POS: SUBJ escapes to heap:'."""
    out, on = [], False
    for line in open(log):
        line = line.rstrip("\n")
        if line == "./main.go:%s: %s escapes to heap:" % (pos, subj):
            on = True; continue
        if on:
            m = re.match(r"^\./main\.go:%s:   +(.*?):?$" % re.escape(pos), line)
            if not m: break
            out.append(m.group(1))
    return out
x = [c for c in d["changes"] if c["kind"] == "explanation"]
assert len(x) == 1 and x[0]["function"] == "Bytes", x
x = x[0]
pos = "%d:%d" % (x["new_position"]["line"], x["new_position"]["column"])
def steps(v):
    return [s["text"] + ("" if not s["position"] else " at %s:%d:%d" % (s["position"]["file"], s["position"]["line"], s["position"]["column"])) for s in v]
old, new = block(sys.argv[2], pos, "string(src)"), block(sys.argv[3], pos, "string(src)")
assert old and new and old != new, (old, new)
assert steps(x["old_steps"]) == old, (steps(x["old_steps"]), old)
assert steps(x["new_steps"]) == new, (steps(x["new_steps"]), new)
print("ok")
PY
[ "$(cat "$T/r")" = ok ] && ok "changed explanation: old_steps and new_steps are the blocks each log printed" || not_ok "explanation steps" "$(cat "$T/r")"
"$E" diff "$L19" "$L19V" >"$T/v.txt"
grep -A20 'why string(src) escapes changed' "$T/v.txt" | grep -E '^      (was|now):$' | tr '\n' ' ' >"$T/n"
[ "$(cat "$T/n")" = "      was:       now: " ] && ok "text: was: and now: blocks" || not_ok "text was/now" "$(cat "$T/v.txt")"

# ---- every format ----------------------------------------------------------
"$E" diff "$L19" "$L23" --format md >"$T/up.md"
grep -qF '| ↳ make(\[\]byte, 0, max(strconv.prec + 4, 24)) escapes to heap (cause: size) |' "$T/up.md" \
  && grep -q 'strconv.FormatFloat is now inlined into Ftoa: 2 new escapes' "$T/up.md" \
  && ok "md: grouped rows under the inlining change" || not_ok "md grouping" "$(cat "$T/up.md")"
"$E" diff "$L19" "$L19V" --format md >"$T/v.md"
grep -q 'why string(src) escapes changed<br>\*\*was:\*\*<br>.*<br>\*\*now:\*\*<br>' "$T/v.md" && ok "md: was/now paths" || not_ok "md was/now" "$(cat "$T/v.md")"
"$E" diff "$L19" "$L23" --format html >"$T/up.html"
grep -q 'class="item reg caused"' "$T/up.html" && ok "html: caused rows" || not_ok "html caused"
"$E" diff "$L19" "$L19V" --format html >"$T/v.html"
grep -q '<summary>was: old explanation</summary>' "$T/v.html" && grep -q '<summary>now: new explanation</summary>' "$T/v.html" \
  && ok "html: both explanations" || not_ok "html explanations"
for pair in "up:$L19:$L23" "v:$L19:$L19V"; do
  IFS=: read -r n a b <<<"$pair"
  "$E" diff "$a" "$b" --format sarif -o "$T/$n.sarif"
  if python3 - "$schema" "$T/$n.sarif" 2>"$T/e" <<'PY'
import json, sys, jsonschema
jsonschema.Draft4Validator(json.load(open(sys.argv[1])), format_checker=jsonschema.FormatChecker()).validate(json.load(open(sys.argv[2])))
PY
  then ok "SARIF ($n) validates against sarif-schema-2.1.0.json"; else not_ok "SARIF ($n) validates" "$(tail -3 "$T/e")"; fi
done
python3 - "$T/up.sarif" "$T/v.sarif" >"$T/r" 2>&1 <<'PY'
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
causes = [r for r in res if r["ruleId"] == "escviz/inlined_call" and r.get("relatedLocations")]
assert len(causes) == 2, causes
for c in causes:
    assert len(c["relatedLocations"]) == 2 and c["properties"]["caused"] == 2
    for l in c["relatedLocations"]:
        assert l["physicalLocation"]["region"] == c["locations"][0]["physicalLocation"]["region"]
kids = [r for r in res if r["properties"].get("cause")]
assert len(kids) == 4 and all(k["relatedLocations"][0]["message"]["text"].startswith("strconv.FormatFloat is now inlined into ") for k in kids)
x = [r for r in json.load(open(sys.argv[2]))["runs"][0]["results"] if r["ruleId"] == "escviz/explanation"]
assert len(x) == 1 and [f["message"]["text"] for f in x[0]["codeFlows"]] == ["was: old explanation", "now: new explanation"]
assert "\nwas:\n" in x[0]["message"]["text"] and "\nnow:\n" in x[0]["message"]["text"]
print("ok")
PY
[ "$(cat "$T/r")" = ok ] && ok "SARIF: relatedLocations both ways; two codeFlows for a changed explanation" || not_ok "SARIF content" "$(cat "$T/r")"
"$E" diff "$L19" "$L23" --format csv >"$T/up.csv"
"$E" diff "$L19" "$L19V" --format csv >"$T/v.csv"
python3 - "$T/up.csv" "$T/v.csv" "$T/up.json" >"$T/r" 2>&1 <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
j = json.load(open(sys.argv[3]))["changes"]
assert [r["fingerprint"] for r in rows] == [c["fingerprint"] for c in j]
assert [r["cause"] for r in rows] == [c["cause"] or "" for c in j]
assert sum(1 for r in rows if r["cause"]) == 4
x = [r for r in csv.DictReader(open(sys.argv[2], newline="")) if r["kind"] == "explanation"]
assert len(x) == 1 and x[0]["old_steps"] and x[0]["new_steps"] and x[0]["old_steps"] != x[0]["new_steps"]
assert open(sys.argv[1], "rb").read().count(b"\r\n") >= len(rows) + 1
print("ok")
PY
[ "$(cat "$T/r")" = ok ] && ok "CSV: same changes and causes as JSON; both explanations as cells" || not_ok "CSV" "$(cat "$T/r")"

# ---- --ignore the cause: its escapes stand alone -----------------------------
printf 'inlined_call * * strconv.FormatFloat\n' >"$T/ig"
"$E" diff "$L19" "$L23" --format json --ignore "$T/ig" -o "$T/ig.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["summary"]["ignored"]==2; assert not [c for c in d["changes"] if c["cause"] or c["caused"]]; print("ok")' "$T/ig.json" >"$T/r" 2>&1
[ "$(cat "$T/r")" = ok ] && ok "--ignore of the inlining change: its escapes have no cause" || not_ok "--ignore cause" "$(cat "$T/r")"

# ---- two levels of inlining at one call site: the first printed is the cause
for v in 1.19 1.23 1.27; do
  N=$D/go$v/nested-m2.log NV=$D/go$v/nested-variant-m2.log
  first=$(grep -m1 '^\./main\.go:11:26: inlining call to ' "$N" | sed 's/.*inlining call to //')
  second=$(grep '^\./main\.go:11:26: inlining call to ' "$N" | sed -n 2p | sed 's/.*inlining call to //')
  esc=$(grep -cE '^\./main\.go:11:26: .* escapes to heap$' "$N")
  esc_v=$(grep -c '^\./main\.go:[0-9]*:26: ' "$NV")
  "$E" diff "$NV" "$N" --format json -o "$T/n.json"
  got=$(python3 -c 'import json,sys
ch=json.load(open(sys.argv[1]))["changes"]; fp={c["fingerprint"]:c for c in ch}
for c in ch:
    if c["kind"]=="inlined_call" and c["function"]=="main":
        print(c["subject"], len(c["caused"]), c["message"])' "$T/n.json" | sort)
  want=$(printf '%s 0 call to %s is inlined\n%s %s %s is now inlined into main: %s new escape\n' "$second" "$second" "$first" "$esc" "$first" "$esc" | sort)
  [ "$first" = wrap ] && [ "$esc" = 1 ] && [ "$esc_v" = 0 ] && [ "$got" = "$want" ] \
    && ok "go$v nested: $first (printed first at 11:26) is the cause of main's $esc new escape, not $second" \
    || not_ok "go$v nested cause" "first=$first esc=$esc/$esc_v got: $got"
done

# ---- same source and release: nothing --------------------------------------
expect "go1.19 vs itself: nothing" 0 "" -- "$E" diff "$L19" "$L19" --fail-on any

# Whole outputs, as expected files (tests/cli/expected/diffx/).
expect_out go1.19-go1.23 -- "$E" diff "$L19" "$L23"
expect_out go1.19-variant -- "$E" diff "$L19" "$L19V"
expect_out go1.23-go1.27 -- "$E" diff "$L23" "$D/go1.27/diffx-m2.log"
finish
