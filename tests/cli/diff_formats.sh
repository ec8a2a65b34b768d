# The five formats of escviz diff: SARIF validated against the OASIS SARIF
# 2.1.0 schema (errata01) by python3-jsonschema; the JSON shape; log text
# escaped for Markdown, HTML and the terminal; the Markdown summary kept
# under 1 MiB with an "N more" line.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diff
schema=$SHARED/schemas/sarif-schema-2.1.0.json

validate() {
  python3 - "$schema" "$1" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)
assert doc["version"] == "2.1.0" and doc["runs"][0]["results"], "no results"
PY
}

[ -r "$schema" ] && ok "SARIF schema present" || not_ok "SARIF schema present" "$schema"
"$E" diff "$D/go1.22/before-m2.log" "$D/go1.22/after-m2.log" --format sarif -o "$T/a.sarif"
check "SARIF of a real diff validates against sarif-schema-2.1.0.json" validate "$T/a.sarif"
"$E" diff "$D/go1.15/before-m2.log" "$D/go1.22/before-m2.log" --format sarif -o "$T/v.sarif"
check "SARIF across Go versions validates" validate "$T/v.sarif"
r=$(python3 -c 'import json,sys
run = json.load(open(sys.argv[1]))["runs"][0]
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
res = run["results"]
flows = [r for r in res if r.get("codeFlows")]
assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in res)
levels = sorted(set(r["level"] for r in res))
steps = [l["location"]["message"]["text"] for l in flows[0]["codeFlows"][0]["threadFlows"][0]["locations"]]
print(len(ids), len(res), len(flows), ",".join(levels), steps[0].split(" ")[0])' "$T/a.sarif")
[ "$r" = "10 11 5 note,warning flow:" ] && ok "SARIF: a rule per kind, explanation as codeFlows, levels" || not_ok "SARIF structure" "got $r"
grep -q '"uri": "main.go"' "$T/a.sarif" && ok "SARIF: ./main.go becomes the relative URI main.go" || not_ok "SARIF: relative URI"

"$E" diff "$D/go1.22/before-m2.log" "$D/go1.22/after-m2.log" --format json -o "$T/a.json"
r=$(python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
need = {"change","kind","package","function","subject","old_position","new_position","regression"}
assert all(need <= set(c) for c in d["changes"]), "missing keys"
assert all(c["change"] in ("added","removed","changed") for c in d["changes"])
assert all(isinstance(c["regression"], bool) for c in d["changes"])
a = [c for c in d["changes"] if c["change"] == "added"][0]
assert a["old_position"] is None and set(a["new_position"]) == {"file","line","column"}
s = d["summary"]
assert s["changes"] == len(d["changes"]) == s["added"] + s["removed"] + s["changed"]
assert sum(k["regressions"] for k in s["by_kind"].values()) == s["regressions"]
print("ok")' "$T/a.json" 2>&1)
[ "$r" = ok ] && ok "JSON: changes items and summary counts" || not_ok "JSON shape" "$r"

# The summary reconciles with the list: each package's new - old of every
# count is the added minus the removed changes of its kinds; inlinable
# functions decided by one build only are counted apart (inlinable_one_build).
# On the diff above and on go-toml built by go1.22 and go1.24 (shared corpus),
# where 8 generic instantiations of each of two packages are new.
reconciles() {
  python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
stat = {"heap_escape": "heap_allocations", "moved_to_heap": "heap_allocations",
        "leaking_param": "leaking_params", "leaking_param_content": "leaking_params",
        "leaking_param_result": "leaking_params", "inlinable": "inlinable_functions",
        "inlined_call": "inlined_calls", "devirtualization": "devirtualizations"}
bad, once = [], 0
for p in d["packages"]:
    for s in p["new"]:
        listed = sum({"added": 1, "removed": -1}.get(c["change"], 0) for c in d["changes"]
                     if c["package"] == p["package"] and stat.get(c["kind"]) == s)
        if p["new"][s] - p["old"][s] != listed:
            bad.append("%s %s: %d -> %d, listed %+d" % (p["package"], s, p["old"][s], p["new"][s], listed))
    once += sum(p["inlinable_one_build"]["new"].values()) + sum(p["inlinable_one_build"]["old"].values())
assert not bad, "; ".join(bad)
print(once)
PY
}
r=$(reconciles "$T/a.json" 2>&1)
[ "$r" = 0 ] && ok "JSON: package deltas = listed changes (before/after)" || not_ok "JSON: package deltas = listed changes" "$r"
if [ -r "$SHARED/corpus/logs/tp-toml-mm-go1.24.log.xz" ]; then
  xz -dc "$SHARED/corpus/logs/tp-toml-mm-go1.22.log.xz" >"$T/toml22.log"
  xz -dc "$SHARED/corpus/logs/tp-toml-mm-go1.24.log.xz" >"$T/toml24.log"
  "$E" diff "$T/toml22.log" "$T/toml24.log" --format json --show-respelled -o "$T/toml.json"
  r=$(reconciles "$T/toml.json" 2>&1)
  [ "$r" = 16 ] && ok "JSON: go-toml go1.22 -> go1.24 reconciles, 16 instantiations apart" \
    || not_ok "JSON: go-toml reconciles" "$r"
  "$E" diff "$T/toml22.log" "$T/toml24.log" >"$T/toml.txt"
  grep -qxF '  inlinable functions          77       79     +2.6%' "$T/toml.txt" \
    && grep -qxF '  not compared: 8 inlinable functions decided in the new build only: 8 generic instantiations' "$T/toml.txt" \
    && ok "text: inlinable functions counted over both builds, the rest named" \
    || not_ok "text: not compared line" "$(grep -A1 'inlinable functions' "$T/toml.txt" | head -4)"
else
  skip "go-toml reconciliation" "no shared corpus at $SHARED"
fi

# Log text full of Markdown and HTML syntax.
cat >"$T/old.log" <<'LOG'
# example.com/e|vil_pkg
./a b.go:3:6: can inline f|`x`<b> with cost 4 as: func() {  }
LOG
cat >"$T/new.log" <<'LOG'
# example.com/e|vil_pkg
./a b.go:3:6: can inline f|`x`<b> with cost 5 as: func() {  }
./a b.go:4:9: "<script>alert('x')</script> | `t` *b* _i_ [l](u) & \x1b[31m" escapes to heap
LOG
printf '\033[2Jx' >>"$T/new.log"
"$E" diff "$T/old.log" "$T/new.log" --format md -o "$T/e.md"
! grep -q '<script>\|<b>' "$T/e.md" && ok "md: no raw HTML" || not_ok "md: no raw HTML"
grep -qF 'e\|vil\_pkg' "$T/e.md" && grep -qF 'f\|\`x\`\<b\>' "$T/e.md" && grep -qF '\*b\* \_i\_ \[l\](u) \&' "$T/e.md" \
  && ok "md: | \` < > * _ [ ] & escaped" || not_ok "md escaping" "$(grep script "$T/e.md")"
[ "$(grep -c '^|' "$T/e.md")" = "$(grep -c '^| \|^|---' "$T/e.md")" ] && [ "$(grep -c '^| :x: | added' "$T/e.md")" = 1 ] && ok "md: table rows intact" || not_ok "md: table rows intact"
"$E" diff "$T/old.log" "$T/new.log" --format html -o "$T/e.html"
grep -qF '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;' "$T/e.html" && grep -qF 'f|`x`&lt;b&gt;' "$T/e.html" \
  && ! grep -q "<script>alert\|<b>" "$T/e.html" && ok "html: & < > \" ' escaped" || not_ok "html escaping"
"$E" diff "$T/old.log" "$T/new.log" --format text >"$T/e.txt"
! grep -q $'\033' "$T/e.txt" && ok "text: no control bytes reach the terminal" || not_ok "text: control bytes"
"$E" diff "$T/old.log" "$T/new.log" --format sarif -o "$T/e.sarif"
check "SARIF of hostile text validates" validate "$T/e.sarif"
grep -q '"uri": "a%20b.go"' "$T/e.sarif" && ok "SARIF: URI percent-encoded" || not_ok "SARIF: URI percent-encoded"
"$E" diff "$T/old.log" "$T/new.log" --format json | python3 -m json.tool >/dev/null && ok "JSON of hostile text parses" || not_ok "JSON of hostile text parses"

# 40000 new escapes with long subjects: the step summary stays under 1 MiB.
python3 - "$T/big.log" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("# example.com/big\n./big.go:1:6: can inline f with cost 1 as: func() {  }\n")
    for i in range(40000):
        f.write('./big.go:%d:2: "%s%d" escapes to heap\n' % (i + 2, "x" * 40, i))
PY
expect "big diff, md" 0 "" -- "$E" diff "$T/old.log" "$T/big.log" --format md -o "$T/big.md"
sz=$(stat -c %s "$T/big.md")
[ "$sz" -lt 1048576 ] && [ "$sz" -gt 900000 ] && ok "md under 1 MiB ($sz bytes)" || not_ok "md under 1 MiB" "$sz"
shown=$(grep -c '^| :x: | added | heap_escape' "$T/big.md")
more=$(sed -n 's/^… and \([0-9]*\) more changes.*/\1/p' "$T/big.md")
[ -n "$more" ] && [ $((shown + more)) = 40000 ] && ok "md: $shown shown + $more in the 'more' line" || not_ok "md: N more line" "shown=$shown more=$more"
n=$("$E" diff "$T/old.log" "$T/big.log" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["changes"]))')
[ "$n" = 40000 ] && ok "JSON keeps all 40000" || not_ok "JSON keeps all" "$n"
expect "html report" 0 "" -- "$E" diff "$D/go1.22/before-m2.log" "$D/go1.22/after-m2.log" --format html -o "$T/a.html"
grep -q '<tr class="item reg" data-k="heap_escape" data-c="added"' "$T/a.html" \
  && grep -q '<td class="mark">&#9650; regression</td>' "$T/a.html" \
  && grep -q '<details><summary>explanation' "$T/a.html" \
  && ok "html: an added escape is a regression row, in words; explanations" || not_ok "html rows"

# Whole outputs, as expected files (tests/cli/expected/diff_formats/).
for f in text json md html sarif; do
  expect_out "diff-go1.22-$f" -- "$E" diff "$D/go1.22/before-m2.log" "$D/go1.22/after-m2.log" --format $f
  expect_out "escaped-$f" -- "$E" diff "$T/old.log" "$T/new.log" --format $f
done

finish
