# The same code built by two Go releases: the known spelling drift
# (~r1/~r0, ~R0, &T literal/&T{...}, .this/~p0) is normalised away and
# what remains is small and explained (see docs/ci.md "Comparing two Go
# releases").
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diff

changes() {
  python3 -c 'import json,sys
for c in json.load(open(sys.argv[1]))["changes"]:
    print(c["change"], c["kind"], c["function"] or "-", c["subject"], c["old_subject"] or "-", "R" if c["regression"] else "-")' "$1" | sort
}

# go1.15 -> go1.22: what the newer compiler really does better.
cat >"$T/want" <<'WANT'
added devirtualization main s.Area - -
added inlinable sum sum - -
added inlined_call main Rect.Area - -
added inlined_call main sum - -
changed heap_escape main ~r0 sum([]int literal) -
changed heap_escape main ~r0 total(Rect literal) -
changed inline_cost main main - -
removed heap_escape main Rect literal - -
removed leaking_param - .this - -
WANT
expect "go1.15 vs go1.22" 0 "" -- "$E" diff "$D/go1.15/before-m2.log" "$D/go1.22/before-m2.log" --format json -o "$T/v.json" --fail-on regression
changes "$T/v.json" >"$T/got"
if diff -u "$T/want" "$T/got" >"$T/d"; then ok "go1.15 vs go1.22: nine explained changes, no regression"; else not_ok "go1.15 vs go1.22" "$(cat "$T/d")"; fi
for s in '~r1' 'literal escapes' 'leaking param: p to result'; do
  grep -q -- "$s" "$D/go1.15/before-m2.log" && ok "go1.15 log really spells '$s'" || not_ok "go1.15 log spells '$s'"
done
! grep -q 'leaking_param_result' "$T/got" && ok "leak to ~r1 (1.15) matches leak to ~r0 (1.22)" || not_ok "leak to ~r1 matches ~r0"
! grep -q 'moved_to_heap\|&Point{...} - -$' "$T/got" && ok "&Point literal matches &Point{...}" || not_ok "&Point literal matches &Point{...}"

# The respellings, hidden above: &Point literal (its explanation's
# "p = <N>" is 1.15's "p := q" too), the leak to ~r1 that is ~r0.
cat >"$T/want_r" <<'WANT'
respelled heap_escape main &Point{...} &Point literal -
respelled leaking_param_result keep p - -
WANT
expect "go1.15 vs go1.22 --show-respelled" 0 "" -- "$E" diff "$D/go1.15/before-m2.log" "$D/go1.22/before-m2.log" --format json -o "$T/r.json" --fail-on regression --show-respelled
changes "$T/r.json" | grep '^respelled ' >"$T/got_r"
if diff -u "$T/want_r" "$T/got_r" >"$T/d"; then ok "go1.15 vs go1.22: two respellings, shown on request"; else not_ok "go1.15 vs go1.22 respellings" "$(cat "$T/d")"; fi
grep -q 'from p = <N> (assign-pair)' "$D/go1.15/before-m2.log" && ok "go1.15 log really spells p = <N>" || not_ok "go1.15 log spells p = <N>"

# go1.19 -> go1.22: ~R0 (the 1.19 inliner's result) is ~r0.
cat >"$T/want2" <<'WANT'
added inlined_call main Rect.Area - -
changed inline_cost main main - -
WANT
expect "go1.19 vs go1.22" 0 "" -- "$E" diff "$D/go1.19/before-m2.log" "$D/go1.22/before-m2.log" --format json -o "$T/v2.json" --fail-on regression
changes "$T/v2.json" >"$T/got2"
if diff -u "$T/want2" "$T/got2" >"$T/d"; then ok "go1.19 vs go1.22: two changes"; else not_ok "go1.19 vs go1.22" "$(cat "$T/d")"; fi
grep -q '~R0 escapes to heap' "$D/go1.19/before-m2.log" && ok "go1.19 log really spells ~R0" || not_ok "go1.19 spells ~R0"
# Closure copies: the closure of adder inlined into main is compiled again
# as main.func2 (1.19), main.adder.func2 (1.22) and adder.func1 (1.27);
# all are matched with adder.func1, declared at the same position.
grep -q 'inlining call to main.func2$' "$D/go1.19/closures-m2.log" && grep -q 'inlining call to main.adder.func2$' "$D/go1.22/closures-m2.log" \
  && ok "the logs really name the copy main.func2 and main.adder.func2" || not_ok "closure copy names in the logs"
for old in 1.19 1.22; do
  expect "closures go$old vs go1.27" 0 "" -- "$E" diff "$D/go$old/closures-m2.log" "$D/go1.27/closures-m2.log" --format json -o "$T/c.json" --fail-on regression
  n=$(changes "$T/c.json" | grep -v '^changed \(inline_cost\|explanation\) ' | wc -l)
  [ "$n" = 0 ] && ok "closures go$old vs go1.27: only costs and explanations change" || not_ok "closures go$old vs go1.27" "$(changes "$T/c.json")"
done
expect "closures go1.24 vs go1.27: nothing" 0 "" -- "$E" diff "$D/go1.24/closures-m2.log" "$D/go1.27/closures-m2.log" --fail-on any

# Whole outputs, as expected files (tests/cli/expected/diff_versions/).
# Go 1.25 is the first release to print a verdict for append ("append
# escapes to heap"); older ones allocate the same without a word.  Across
# that boundary the verdicts are not compared (no change, no regression) but
# counted, per package, as many as the log prints; within 1.25+ they are.
DR=$SRC/testdata/drift
napp=$(grep -c ': append escapes to heap$' "$DR/go1.27-m2.log")
[ "$(grep -c ': append escapes to heap$' "$DR/go1.23-m2.log")" = 0 ] && [ "$napp" -gt 0 ] &&
  ok "the go1.27 log prints $napp append verdicts, the go1.23 log none" ||
  not_ok "append verdicts in the drift logs" "go1.27: $napp"
appends() { # FILE SIDE: append changes, then the side's unprinted count
  python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
print(sum(1 for c in d["changes"] if c["kind"] == "heap_escape" and c["subject"] == "append"),
      sum(p["append_unprinted"][sys.argv[2]] for p in d["packages"]))' "$1" "$2"
}
for dir in up down; do
  if [ $dir = up ]; then a=go1.23 b=go1.27 side=new; else a=go1.27 b=go1.23 side=old; fi
  "$E" diff "$DR/$a-m2.log" "$DR/$b-m2.log" --format json -o "$T/app-$dir.json" --fail-on regression \
    2>"$T/err" && ok "$a vs $b: no regression" || not_ok "$a vs $b: no regression" "$(cat "$T/err")"
  got=$(appends "$T/app-$dir.json" $side)
  [ "$got" = "0 $napp" ] && ok "$a vs $b: the $napp append verdicts are counted, not changes" ||
    not_ok "$a vs $b: append verdicts counted, not changes" "changes, counted: $got"
done
"$E" diff "$DR/go1.23-m2.log" "$DR/go1.27-m2.log" >"$T/app.txt" 2>&1
grep -q "not compared: $napp append escapes of the new build" "$T/app.txt" &&
  ok "the text says the append verdicts were not compared" ||
  not_ok "the text says the append verdicts were not compared" "$(grep 'not compared' "$T/app.txt")"
# Between two 1.25+ builds a vanished append verdict is a change.
awk '!done && /: append escapes to heap$/ { done = 1; next } 1' "$DR/go1.27-m1.log" >"$T/fewer-m1.log"
"$E" diff "$DR/go1.27-m1.log" "$T/fewer-m1.log" --format json -o "$T/app-same.json" 2>/dev/null || true
[ "$(appends "$T/app-same.json" old)" = "1 0" ] && ok "go1.27 vs go1.27: a removed append verdict is a change" ||
  not_ok "go1.27 vs go1.27: a removed append verdict is a change" "$(appends "$T/app-same.json" old)"

expect_out go1.15-go1.22 -- "$E" diff "$D/go1.15/before-m2.log" "$D/go1.22/before-m2.log" --fail-on regression
expect_out go1.19-go1.22-json -- "$E" diff "$D/go1.19/before-m2.log" "$D/go1.22/before-m2.log" --format json
expect_out closures-go1.24-go1.27 -- "$E" diff "$D/go1.24/closures-m2.log" "$D/go1.27/closures-m2.log" --fail-on any

finish
