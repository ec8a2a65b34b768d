# Identity does not depend on lines: a real rebuild after inserting blank
# lines at the top of main.go gives zero changes, in every format; a
# log whose every line number is moved gives zero changes too, and the
# SARIF fingerprints of a real diff survive the move.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diff/go1.22

grep -q '^\./main\.go:25:2: moved to heap\|^\./main\.go:26:6: can inline newPoint\|^\./main\.go:25:6: can inline newPoint' "$D/shifted-m2.log" \
  && ok "the shifted build really moved (newPoint at line 25)" || not_ok "the shifted build really moved"
for f in text md json sarif html; do
  expect "blank lines at the top: --fail-on any, $f" 0 "" -- "$E" diff "$D/before-m2.log" "$D/shifted-m2.log" --fail-on any --format "$f"
done
"$E" diff "$D/before-m2.log" "$D/shifted-m2.log" --format json >"$T/s.json"
n=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["summary"]["changes"], len(s["changes"]))' "$T/s.json")
[ "$n" = "0 0" ] && ok "zero changes" || not_ok "zero changes" "got $n"
grep -q '^0 changes' <("$E" diff "$D/before-m2.log" "$D/shifted-m2.log") && ok "text says 0 changes" || not_ok "text says 0 changes"

# Move every line number of after-m2.log by 7 (positions and "at" positions).
python3 - "$D/after-m2.log" "$T/after-moved.log" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
open(sys.argv[2], "w").write(re.sub(r'(\./main\.go:)(\d+)', lambda m: m.group(1) + str(int(m.group(2)) + 7), s))
PY
expect "every line moved by 7: --fail-on any" 0 "" -- "$E" diff "$D/after-m2.log" "$T/after-moved.log" --fail-on any
expect "sarif before/after" 1 "" -- "$E" diff "$D/before-m2.log" "$D/after-m2.log" --format sarif -o "$T/a.sarif" --fail-on regression
expect "sarif before/after moved" 1 "" -- "$E" diff "$D/before-m2.log" "$T/after-moved.log" --format sarif -o "$T/b.sarif" --fail-on regression
fp() {
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["runs"][0]["results"]:
    print(r["partialFingerprints"]["primaryLocationLineHash"], r["locations"][0]["physicalLocation"]["region"]["startLine"])' "$1"
}
fp "$T/a.sarif" >"$T/a.fp"
fp "$T/b.sarif" >"$T/b.fp"
if cmp -s <(cut -d' ' -f1 "$T/a.fp" | sort) <(cut -d' ' -f1 "$T/b.fp" | sort); then
  ok "fingerprints survive the move"
else
  not_ok "fingerprints survive the move" "$(diff "$T/a.fp" "$T/b.fp" | head -5)"
fi
# Removed call sites stay at their old (unmoved) place; everything else moves.
n=$(paste -d' ' <(sort "$T/a.fp") <(sort "$T/b.fp") | awk '$4 - $2 == 7' | wc -l)
m=$(paste -d' ' <(sort "$T/a.fp") <(sort "$T/b.fp") | awk '$4 - $2 != 7 && $4 != $2' | wc -l)
[ "$m" = 0 ] && [ "$n" -ge 10 ] && ok "while the startLines moved by 7 ($n results)" || not_ok "while the startLines moved by 7" "$n moved, $m odd"
u=$(cut -d' ' -f1 "$T/a.fp" | sort -u | wc -l)
[ "$u" = "$(wc -l <"$T/a.fp")" ] && ok "fingerprints are unique" || not_ok "fingerprints are unique"

# Whole outputs, as expected files (tests/cli/expected/diff_shift/).
expect_out shifted-text -- "$E" diff "$D/before-m2.log" "$D/shifted-m2.log" --fail-on any
expect_out shifted-json -- "$E" diff "$D/before-m2.log" "$D/shifted-m2.log" --format json
expect_out moved-text -- "$E" diff "$D/after-m2.log" "$T/after-moved.log" --fail-on any

finish
