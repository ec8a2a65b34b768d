# Causes (docs/causes.md) on our own program, testdata/src/causes: one
# function per cause and mixed cases, built with go1.15, go1.19 and go1.27
# at -m=1 and -m=2 (tests/gen-causes.sh).  The expected causes are written
# by hand from the program (testdata/causes/expected.tsv), not from escviz.
# Also: stats counts what ls lists, --cause filters, and a bad --cause
# value is a usage error.  (unit::test_cause checks the reason table.)
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/causes

for log in "$D"/go1.*-m[12].log; do
  b=$(basename "$log" .log)
  v=${b%-m?}
  v=${v#go}
  level=${b##*-m}
  db=$T/$b.db
  if ! "$E" ingest --db "$db" "$log" >/dev/null 2>"$T/err"; then
    not_ok "$b ingest" "$(head -c 300 "$T/err")"
    continue
  fi
  "$E" ls --db "$db" --kind heap,leaks --format json >"$T/$b.json" || not_ok "$b ls"
  # every expected row is found with its cause; every classified verdict
  # of causes.go is expected (nothing classified that the table misses)
  python3 - "$D/expected.tsv" "$T/$b.json" "$v" "$level" >"$T/$b.check" 2>&1 <<'PY'
import json, sys
tsv, js, ver, level = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def rel(v): return tuple(int(x) for x in v.split('.'))
want = {}
for l in open(tsv):
    if l.startswith('#') or l.startswith('line\t') or not l.strip():
        continue
    line, kind, m2, also, m1, since, until, what = l.rstrip('\n').split('\t')
    if since != '-' and rel(ver) < rel(since): continue
    if until != '-' and rel(ver) > rel(until): continue
    want[(int(line), kind)] = (m2, also, m1, what)
got = {}
for r in json.load(open(js)):
    if r.get('file') != './causes.go': continue
    got.setdefault((r['line'], r['kind']), []).append(r)
bad = 0
for k, (m2, also, m1, what) in sorted(want.items()):
    rows = got.get(k)
    if not rows:
        print(f"MISSING line {k[0]} {k[1]} ({what})"); bad += 1; continue
    for r in rows:
        exp = m2 if level == 2 else m1
        causes = (r.get('causes') or '').split(',')
        msg = []
        if r.get('cause') != exp: msg.append(f"cause {r.get('cause')}, want {exp}")
        if bool(r.get('cause_inferred')) != (level == 1): msg.append(f"inferred {r.get('cause_inferred')}")
        if causes[0] != r.get('cause'): msg.append(f"causes {causes} do not start with the primary")
        if level == 2 and also != '-':
            for a in also.split(','):
                if a not in causes: msg.append(f"{a} not among {causes}")
        if msg:
            print(f"WRONG line {k[0]} {k[1]} {r['subject']!r} ({what}): " + '; '.join(msg)); bad += 1
for k in sorted(set(got) - set(want)):
    print(f"UNEXPECTED line {k[0]} {k[1]} {[r['subject'] for r in got[k]]}"); bad += 1
print(f"{len(want)} expected, {bad} wrong")
sys.exit(1 if bad else 0)
PY
  if [ $? -eq 0 ]; then ok "$b: $(tail -1 "$T/$b.check")"; else not_ok "$b" "$(grep -v expected "$T/$b.check" | head -5 | tr '\n' '|')"; fi
done

db=$T/go1.27-m2.db
# The callee is named where the cause is a callee (PassToKeep: keep).
"$E" ls --db "$db" --cause callee --format json >"$T/callee.json"
python3 -c '
import json,sys
r=[x for x in json.load(open(sys.argv[1])) if x["line"]==122]
sys.exit(0 if r and r[0]["callee"]=="keep" and r[0]["cause"]=="callee" else 1)' "$T/callee.json" &&
  ok "ls --cause callee names keep as the callee" || not_ok "ls --cause callee names keep as the callee"

# --cause C lists exactly the rows of ls whose cause is C, for every cause;
# stats counts the same numbers.
"$E" stats --db "$db" --format json >"$T/stats.json" || not_ok "stats --format json"
for c in address closure goroutine interface composite size callee other; do
  n=$("$E" ls --db "$db" --cause "$c" --format tsv | tail -n +2 | wc -l)
  all=$(python3 -c 'import json,sys; print(sum(1 for r in json.load(open(sys.argv[1])) if r.get("cause")==sys.argv[2]))' "$T/go1.27-m2.json" "$c")
  st=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["causes"]["by_cause"][sys.argv[2]])' "$T/stats.json" "$c")
  [ "$n" = "$all" ] && [ "$n" = "$st" ] && ok "--cause $c: $n rows, as ls and stats count" ||
    not_ok "--cause $c" "ls --cause $n, ls $all, stats $st"
done
"$E" stats --db "$db" >"$T/stats.txt" && grep -q '^causes (of ' "$T/stats.txt" &&
  grep -qE '^ +[0-9]+ +[0-9.]+% +composite$' "$T/stats.txt" && ok "stats text shows the causes" ||
  not_ok "stats text shows the causes"

# funcs --cause callee: the functions that pass a value to a leaking
# callee (by hand: PassToKeep calls keep(&w), WriteString calls w.Write(b)).
got=$("$E" funcs --db "$db" --cause callee --sort name --format tsv | tail -n +2 | cut -f9 | tr '\n' ' ')
[ "$got" = "PassToKeep WriteString " ] && ok "funcs --cause callee: PassToKeep, WriteString" ||
  not_ok "funcs --cause callee" "got '$got'"
expect "funcs --cause with --near-budget" 2 "does not apply" -- "$E" funcs --db "$db" --cause size --near-budget 5

# A build with nothing to classify (inlining lines only): stats says 0.
printf '# p\n./a.go:1:6: can inline f\n' >"$T/inl.log"
"$E" ingest --db "$T/inl.db" "$T/inl.log" 2>/dev/null
t=$("$E" stats --db "$T/inl.db" --format json | python3 -c 'import json,sys; c=json.load(sys.stdin)["causes"]; print(c["total"], len(c["top_packages"]))')
[ "$t" = "0 0" ] && ok "stats of a build with no escapes: 0 causes" || not_ok "stats of a build with no escapes" "$t"

expect "ls --cause with an unknown cause" 2 "unknown cause 'heap'.*address, closure" -- \
  "$E" ls --db "$db" --cause heap

finish
