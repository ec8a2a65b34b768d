# Go-release drift on our own program (testdata/src/drift, logs of go1.19,
# go1.23 and go1.27 in testdata/drift, written by testdata/drift/gen.sh):
# the same source, so every difference is either a verdict that really
# changed or a respelling.  The expectation comes from the raw logs
# (tests/drift/truth.py counts the verdicts place by place), not from escviz.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/drift
truth=$SRC/tests/drift/truth.py

# The logs really spell one decision differently (old -> new release).
spelled() { # spelled NAME LOG FIXED-STRING
  grep -qF -- "$3" "$D/$2" && ok "$2 spells $1" || not_ok "$2 spells $1" "no '$3'"
}
spelled "error(...) conversion" go1.19-m2.log 'from error(&errors.errorString{...}) (interface-converted)'
spelled "no error(...) conversion" go1.23-m2.log 'from &errors.errorString{...} (interface-converted)'
spelled "hash.Hash(md5.d)" go1.19-m2.log 'from hash.Hash(md5.d) (interface-converted)'
spelled "md5.d" go1.23-m2.log 'from md5.d (interface-converted)'
spelled "(interface {})(...)" go1.19-m2.log '(interface {})(string("strings.NewReplacer: odd argument count")) escapes to heap'
spelled "the bare literal" go1.23-m2.log '"strings.NewReplacer: odd argument count" escapes to heap'
spelled "int(7)" go1.19-m2.log 'int(7) escapes to heap'
spelled "7" go1.23-m2.log ' 7 escapes to heap'
spelled "time.Second" go1.19-m2.log 'time.Second escapes to heap'
spelled "time.Duration(1000000000)" go1.23-m2.log 'time.Duration(1000000000) escapes to heap'
spelled "make(..., depth)" go1.19-m2.log 'make([]uintptr, depth) escapes to heap'
spelled "make(..., 25)" go1.23-m2.log 'make([]uintptr, 25) escapes to heap'
spelled "new(big.Int)" go1.19-m2.log 'new(big.Int) escapes to heap'
spelled "&big.Int{...}" go1.23-m2.log '&big.Int{...} escapes to heap'
spelled "a raw literal" go1.19-m2.log '`a raw string` escapes to heap'
spelled "a quoted literal" go1.23-m2.log '"a raw string" escapes to heap'
spelled "a named constant" go1.19-m2.log 'warning escapes to heap'
spelled "its value, cut" go1.23-m2.log '"this long constant is folded into its value by newer releases, which... escapes to heap'
spelled ".autotmp_5" go1.19-m2.log 'from .autotmp_5 = r (assign) at ./fold.go:74:12'
spelled ".autotmp_2" go1.23-m2.log 'flow: .autotmp_2 = r:'
spelled "assign" go1.19-m2.log 'from .autotmp_5 = m[k] (assign)'
spelled "assign-pair" go1.23-m2.log '(assign-pair) at ./fold.go:59:2'

# Same source, three releases: no respelling reported as added or removed,
# no spurious regression, every real change reported (truth.py --check).
# go1.27 names the function of each escape (" in F:"), also the defer
# wrapper Temps.deferwrap1 whose new(int) older logs leave in Temps: diff
# identities drop such wrappers (model/facts.c), so all three pairs are
# checked whole.
pairs="1.19:1.23:--check 1.23:1.27:--check 1.19:1.27:--check"
for p in $pairs; do
  o=${p%%:*} n=${p#*:} c=${p##*:}
  n=${n%%:*}
  expect "diff go$o go$n" 0 "" -- "$E" diff "$D/go$o-m2.log" "$D/go$n-m2.log" --format json --show-respelled -o "$T/$o-$n.json"
  if python3 "$truth" "$c" "$D/go$o-m2.log" "$D/go$n-m2.log" "$T/$o-$n.json" >"$T/t" 2>&1; then
    ok "go$o -> go$n: $(cat "$T/t")"
  else
    not_ok "go$o -> go$n" "$(cat "$T/t")"
  fi
done

# At -m=1 without source escviz places no event by a guess (only inlinable
# functions are declared), so the releases agree there too.
for p in 1.19:1.23 1.23:1.27 1.19:1.27; do
  o=${p%:*} n=${p#*:}
  "$E" diff "$D/go$o-m1.log" "$D/go$n-m1.log" --format json --show-respelled -o "$T/m1.json" 2>/dev/null
  if python3 "$truth" --check "$D/go$o-m1.log" "$D/go$n-m1.log" "$T/m1.json" >"$T/t" 2>&1; then
    ok "-m=1 go$o -> go$n: $(cat "$T/t")"
  else
    not_ok "-m=1 go$o -> go$n" "$(cat "$T/t")"
  fi
done

changes() {
  python3 -c 'import json,sys
for c in json.load(open(sys.argv[1]))["changes"]:
    if c["change"] == "respelled":
        print(c["kind"], c["function"] or "-", (c["old_subject"] or "-") + " => " + c["subject"])' "$1" | sort
}
changes "$T/1.19-1.23.json" >"$T/resp"
has() { # has NAME LINE: the go1.19 -> go1.23 respellings include LINE
  grep -qxF -- "$2" "$T/resp" && ok "respelled: $1" || not_ok "respelled: $1" "no '$2' in: $(cat "$T/resp")"
}
has "int(7)" 'heap_escape Ints int(7) => 7'
has "time.Second" 'heap_escape Durations time.Second => time.Duration(1000000000)'
has "3 * time.Millisecond" 'heap_escape Durations 3 * time.Millisecond => time.Duration(3000000)'
has "make(, depth)" 'heap_escape Callers make([]uintptr, depth) => make([]uintptr, 25)'
has "new(big.Int)" 'heap_escape NewBig new(big.Int) => &big.Int{...}'
has "raw literal" 'heap_escape Raw `a raw string` => "a raw string"'
has "(interface {})" 'heap_escape Replacer (interface {})(string("strings.NewReplacer: odd argument count")) => "strings.NewReplacer: odd argument count"'
has "a folded constant, cut" 'heap_escape Folded warning => "this long constant is folded into its value by newer releases, which...'
has "error(...) in the explanation" 'explanation NewErr - => &errors.errorString{...}'
has "hash.Hash(md5.d) in the explanation" 'explanation Hasher - => new(md5.digest)'
has ".autotmp_N in the explanation" 'explanation Temps - => &strings.Replacer{...}'
# Two respellings at one place (wrapBoth inlined: both at fold.go:28:17)
# pair with each other, not crosswise, and make two items, not three.
has "two at one place, first" 'heap_escape TwoAtOnce pre + s + suf => "<<" + s + ">>"'
has "two at one place, second" 'heap_escape TwoAtOnce pre + s + ": " + t => "<<" + s + ": " + t'
n=$(grep -c '^heap_escape TwoAtOnce ' "$T/resp")
[ "$n" = 2 ] && ok "two at one place: two respellings" || not_ok "two at one place" "$n items"
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
bad = [c for c in d["changes"] if c["function"] == "TwoAtOnce" and c["kind"] == "heap_escape" and c["change"] != "respelled"]
sys.exit(1 if bad else 0)' "$T/1.19-1.23.json" && ok "two at one place: nothing added or removed" || not_ok "two at one place: added/removed"

# Respellings are hidden by default, counted in the summary, never a
# regression and never trip --fail-on, not even "any".
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
r = [c for c in d["changes"] if c["change"] == "respelled"]
assert r and not any(c["regression"] for c in r), "regression"
assert d["summary"]["respelled"] == len(r)' "$T/1.19-1.23.json" && ok "respelled: never a regression" || not_ok "respelled regressions"
nresp=$(wc -l <"$T/resp")
expect "hidden by default" 0 "" -- "$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --format json -o "$T/h.json"
python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
assert not [c for c in d["changes"] if c["change"] == "respelled"]
assert d["summary"]["respelled"] == 0 and d["summary"]["respelled_hidden"] == int(sys.argv[2]), d["summary"]' "$T/h.json" "$nresp" \
  && ok "json: $nresp respellings hidden, counted" || not_ok "json: respellings hidden"
"$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" >"$T/text" 2>&1
grep -q "; $nresp respellings hidden (--show-respelled)" "$T/text" && ! grep -q '^  respelled ' "$T/text" \
  && ok "text: respellings hidden, counted" || not_ok "text: respellings hidden" "$(grep changes "$T/text")"
for f in md html; do
  "$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --format $f >"$T/o.$f" 2>&1
  grep -q "$nresp respellings hidden" "$T/o.$f" && ! grep -q '>respelled<\|| respelled |' "$T/o.$f" \
    && ok "$f: respellings hidden, counted" || not_ok "$f: respellings hidden"
done
"$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --format sarif >"$T/o.sarif" 2>&1
! grep -q '"change": "respelled"' "$T/o.sarif" && ok "sarif: respellings hidden" || not_ok "sarif: respellings hidden"
"$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --format sarif --show-respelled >"$T/o2.sarif" 2>&1
grep -q '"change": "respelled"' "$T/o2.sarif" && ok "sarif: respellings shown on request" || not_ok "sarif --show-respelled"
# go1.23 -> go1.27 of our program: the verdicts that change are real (a
# new append escape); with --fail-on any and only respellings, exit 0:
# go1.19 -> go1.23 restricted (--ignore) to what is not a respelling.
printf '* * * *\n' >"$T/ignore-all"
expect "--fail-on any: respellings alone pass" 0 "" -- "$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --ignore "$T/ignore-all" --show-respelled --fail-on any
expect "--fail-on any: real changes fail" 1 "" -- "$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --fail-on any

# Whole outputs, as expected files (tests/cli/expected/drift/).
expect_out go1.19-go1.23 -- "$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log"
expect_out go1.19-go1.23-respelled -- "$E" diff "$D/go1.19-m2.log" "$D/go1.23-m2.log" --show-respelled

finish
