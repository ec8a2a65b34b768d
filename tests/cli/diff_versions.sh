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
expect_out go1.15-go1.22 -- "$E" diff "$D/go1.15/before-m2.log" "$D/go1.22/before-m2.log" --fail-on regression
expect_out go1.19-go1.22-json -- "$E" diff "$D/go1.19/before-m2.log" "$D/go1.22/before-m2.log" --format json
expect_out closures-go1.24-go1.27 -- "$E" diff "$D/go1.24/closures-m2.log" "$D/go1.27/closures-m2.log" --fail-on any

finish
