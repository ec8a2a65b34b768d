# escviz profile on real profiles of our own benchmark (testdata/src/prof,
# testdata/prof/gen.sh): go test -bench -memprofile -memprofilerate=1
# -cpuprofile with go1.19 and go1.27.  Expected values come from the
# source (three sites: a 4096-byte buffer once, a 512-byte block four
# times and an inlined 64-byte node sixteen times per iteration; cold
# error paths never run) and from `go tool pprof -top` on the same files:
# its committed output, and a live run when go is installed.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
P=$SRC/testdata/prof
srcdir=$SRC/testdata/src/prof
GO=$(command -v go || true)

# bytes_at TOPFILE FILE:LINE: the flat bytes go tool pprof -top -lines gives a line.
bytes_at() {
  awk -v at="$2" '$0 ~ at"( |$)" { v = $1; sub(/B$/, "", v); print v; exit }' "$1"
}

for v in go1.19 go1.27; do
  d=$P/$v
  db=$T/$v.db
  "$E" ingest --db "$db" --src "$srcdir" "$d/m2.log" 2>/dev/null || { not_ok "$v: ingest"; continue; }
  if "$E" profile --db "$db" "$d/mem.pprof" "$d/cpu.pprof" 2>"$T/err"; then
    ok "$v: profile mem.pprof cpu.pprof"
  else
    not_ok "$v: profile" "$(cat "$T/err")"
    continue
  fi
  grep -q 'heap): .* of the bytes joined to 3 escape verdicts' "$T/err" \
    && ok "$v: the summary says the matched share" || not_ok "$v: summary" "$(cat "$T/err")"
  "$E" ls --db "$db" --kind heap --sort bytes --format json >"$T/ls.json"
  check "$v: ranking by bytes: A, B, then C inlined into Iterate; cold escapes 0 bytes" \
    python3 - "$T/ls.json" "$d/pprof-mem-top-lines-alloc_space.txt" <<'EOF'
import json, re, sys
rows = json.load(open(sys.argv[1]))
top = open(sys.argv[2]).read()
def pprof_bytes(line):
    m = re.search(r'^\s*(\d+)B .*prof\.go:%d(?: |$)' % line, top, re.M)
    return int(m.group(1)) if m else None
by = [(r["function"], r["subject"], r["line"], r["alloc_bytes"]) for r in rows if r["alloc_bytes"]]
assert [b[0] for b in by[:3]] == ["siteA", "siteB", "Iterate"], by
# shares within 1 % of go tool pprof -top -lines on the same file; the
# inlined node is pprof's newNode line (prof.go:63), joined at its call site
for (fn, subj, line, got), at in zip(by[:3], (47, 56, 63)):
    want = pprof_bytes(at)
    assert want and abs(got - want) <= 0.01 * want, (fn, got, want)
# proportions from the source: 4096 x1 : 512 x4 : 64 x16 per iteration
a, b, c = (x[3] for x in by[:3])
assert abs(a / b - 2.0) < 0.02 and abs(b / c - 2.0) < 0.02, (a, b, c)
cold = [r for r in rows if r["function"] == "checkSize"]
assert cold and all(r["alloc_bytes"] == 0 for r in cold), cold
EOF
  "$E" funcs --db "$db" --sort cpu --format json >"$T/f.json"
  check "$v: CPU flat and cumulative time of hotMix within 1 % of go tool pprof -top" \
    python3 - "$T/f.json" "$d/pprof-cpu-top.txt" <<'EOF'
import json, re, sys
rows = json.load(open(sys.argv[1]))
top = open(sys.argv[2]).read()
def secs(s):
    return float(s[:-2]) / 1000 if s.endswith('ms') else float(s[:-1])
m = re.search(r'^\s*(\S+)\s+\S+\s+\S+\s+(\S+)\s+\S+\s+example\.com/prof\.hotMix\s*$', top, re.M)
flat, cum = secs(m.group(1)) * 1e9, secs(m.group(2)) * 1e9
hot = [r for r in rows if r["function"] == "hotMix"][0]
assert abs(hot["cpu_flat"] - flat) <= 0.01 * flat and abs(hot["cpu_cum"] - cum) <= 0.01 * cum, (hot, flat, cum)
assert max((r for r in rows if r["cpu_flat"]), key=lambda r: r["cpu_flat"])["function"] == "hotMix"
EOF
  "$E" stats --db "$db" --sort bytes --format json >"$T/sb.json"
  check "$v: stats --sort bytes: siteA, siteB, Iterate within 1 % of pprof; the profile's total" \
    python3 - "$T/sb.json" "$d/pprof-mem-top-lines-alloc_space.txt" <<'EOF'
import json, re, sys
st = json.load(open(sys.argv[1]))
top = open(sys.argv[2]).read()
assert st["rank"] == "bytes"
fns = [(f["function"], f["alloc_bytes"]) for f in st["top_functions"]]
assert [f for f, _ in fns[:3]] == ["example.com/prof.siteA", "example.com/prof.siteB",
                                   "example.com/prof.Iterate"], fns
for (fn, got), line in zip(fns[:3], (47, 56, 63)):
    want = int(re.search(r'^\s*(\d+)B .*prof\.go:%d(?: |$)' % line, top, re.M).group(1))
    assert abs(got - want) <= 0.01 * want, (fn, got, want)
total = int(re.search(r'of (\d+)B total', top).group(1))
heap = [p for p in st["profiles"] if p["kind"] == "heap"]
assert len(heap) == 1 and abs(heap[0]["total_bytes"] - total) <= 0.01 * total, (heap, total)
assert 0 < heap[0]["matched_bytes"] < heap[0]["total_bytes"]
EOF
  "$E" stats --db "$db" --sort cpu --format json >"$T/sc.json"
  "$E" stats --db "$db" --sort cpu --hot-threshold 50 --format json >"$T/sc50.json"
  check "$v: hot calls not inlined: hotMix and warmMix from Iterate (go:noinline), not the inlined newNode" \
    python3 - "$T/sc.json" "$T/sc50.json" "$d/pprof-cpu-top.txt" <<'EOF'
import json, re, sys
st, st50 = (json.load(open(f)) for f in sys.argv[1:3])
top = open(sys.argv[3]).read()
def cum(fn):
    m = re.search(r'^\s*\S+\s+\S+\s+\S+\s+(\S+)\s+(\S+)%\s+example\.com/prof\.' + fn + r'\s*$', top, re.M)
    s = m.group(1)
    return (float(s[:-2]) / 1000 if s.endswith('ms') else float(s[:-1])) * 1e9, float(m.group(2))
calls = {(c["callee"], c["line"]): c for c in st["hot_calls"]["calls"]}
for fn, line in (("hotMix", 124), ("warmMix", 125)):
    c = calls[("example.com/prof." + fn, line)]
    want, _ = cum(fn)  # each is called from that one site only
    assert c["caller"] == "example.com/prof.Iterate" and c["file"].endswith("prof.go"), c
    assert abs(c["cpu_cum"] - want) <= 0.01 * want, (c, want)
    assert c["reason"] == "marked go:noinline" and c["message"].endswith("not inlined: marked go:noinline"), c
assert not any(c["callee"].endswith(".newNode") for c in st["hot_calls"]["calls"])
assert st["hot_calls"]["threshold"].startswith("auto")
# --hot-threshold 50: only the calls with at least half the CPU time
names = {c["callee"] for c in st50["hot_calls"]["calls"]}
assert cum("hotMix")[1] >= 50 and cum("warmMix")[1] < 50
assert "example.com/prof.hotMix" in names and "example.com/prof.warmMix" not in names, names
fns = [f["function"] for f in st["top_functions"]]
assert fns.index("example.com/prof.hotMix") < fns.index("example.com/prof.warmMix"), fns
EOF
  "$E" stats --db "$db" --sort cpu >"$T/sc.txt"
  grep -q 'prof.go:124: hot call to example.com/prof.hotMix not inlined: marked go:noinline' "$T/sc.txt" \
    && ok "$v: stats text lists the hot call" || not_ok "$v: stats text lists the hot call" "$(cat "$T/sc.txt")"
  "$E" why --db "$db" siteA >"$T/why" 2>&1
  grep -q "allocated: $(bytes_at "$d/pprof-mem-top-lines-alloc_space.txt" 'prof.go:47') bytes" "$T/why" \
    && ok "$v: why shows the site's bytes" || not_ok "$v: why shows the site's bytes" "$(cat "$T/why")"
  # The live check: go tool pprof on the same file, when go is here.
  if [ -n "$GO" ]; then
    "$GO" tool pprof -top -lines -unit=B -nodecount=1000000 -sample_index=alloc_space "$d/mem.pprof" \
      >"$T/live.txt" 2>/dev/null
    want=$(bytes_at "$T/live.txt" 'prof.go:47')
    got=$(python3 -c "import json; print([r['alloc_bytes'] for r in json.load(open('$T/ls.json')) if r['function'] == 'siteA'][0])")
    [ -n "$want" ] && [ "$got" = "$want" ] && ok "$v: siteA's bytes = live go tool pprof ($want)" \
      || not_ok "$v: live go tool pprof" "escviz $got, pprof $want"
  else
    skip "$v: live go tool pprof" "no go in PATH"
  fi
done

# diff --fail-on hot: the next commit of the go1.19 benchmark (testdata/src/
# prof-hot, gen-hot.sh) adds a moved-to-heap in warmMix, which the old
# build's CPU profile saw (pprof -top: its cum%), and an escape in
# checkSize, which no profile sample ever ran.
db=$T/hot.db
d=$P/go1.19
"$E" ingest --db "$db" --label old --src "$srcdir" "$d/m2.log" 2>/dev/null
"$E" profile --db "$db" --build old "$d/mem.pprof" "$d/cpu.pprof" 2>/dev/null
"$E" ingest --db "$db" --label new --src "$SRC/testdata/src/prof-hot" "$d/hot-m2.log" 2>/dev/null
warm=$(awk '$NF == "example.com/prof.warmMix" { v = $5; sub(/%$/, "", v); print v }' "$d/pprof-cpu-top.txt")
expect "diff --fail-on hot: a regression in hot code (exit 1)" 1 "" -- \
  "$E" diff --db "$db" old new --fail-on hot
grep -Eq "moved_to_heap +warmMix .*h is moved to heap( \(cause: [a-z]+\))? \[hot: [0-9]+ ms CPU\]" "$T/out" &&
  grep -q "2 regressions in hot code\|1 regression in hot code" "$T/out" &&
  ! grep -q "checkSize.*\[hot" "$T/out" && ok "diff text marks warmMix's regression hot, not checkSize's" \
  || not_ok "diff text marks the hot regression" "$(cat "$T/out")"
"$E" diff --db "$db" old new --format json >"$T/hot.json"
check "diff JSON: warmMix hot with pprof's cumulative time, checkSize's new escape cold" \
  python3 - "$T/hot.json" "$d/pprof-cpu-top.txt" <<'EOF'
import json, re, sys
d = json.load(open(sys.argv[1]))
top = open(sys.argv[2]).read()
m = re.search(r'^\s*\S+\s+\S+\s+\S+\s+(\S+)\s+\S+\s+example\.com/prof\.warmMix\s*$', top, re.M)
s = m.group(1)
want = (float(s[:-2]) / 1000 if s.endswith('ms') else float(s[:-1])) * 1e9
items = {(i["function"], i["subject"]): i for i in d["changes"]}
w = items[("warmMix", "h")]
assert w["regression"] and w["hot"] is True and abs(w["old_cpu_cum"] - want) <= 0.01 * want, w
assert w["new_cpu_cum"] is None  # the new build has no profile
c = items[("checkSize", "&sizeError{...}")]
assert "checkSize" not in top and c["regression"] and c["hot"] is False and c["old_cpu_cum"] == 0, c
EOF
if awk -v w="$warm" 'BEGIN { exit !(w < 50 && w >= 10) }'; then
  expect "--hot-threshold 50: warmMix (${warm}% of CPU) is not hot (exit 0)" 0 "" -- \
    "$E" diff --db "$db" old new --fail-on hot --hot-threshold 50
  expect "--hot-threshold 10: warmMix (${warm}% of CPU) is hot (exit 1)" 1 "" -- \
    "$E" diff --db "$db" old new --fail-on hot --hot-threshold 10
else
  not_ok "warmMix's share of CPU" "pprof says ${warm}%, the test wants 10 to 50"
fi
expect "diff --fail-on hot without profiles: exit 2" 2 "neither build has a profile" -- \
  "$E" diff "$d/m2.log" "$d/hot-m2.log" --fail-on hot
expect "diff --hot-threshold 200: exit 2" 2 "hot-threshold takes auto or a percentage" -- \
  "$E" diff --db "$db" old new --hot-threshold 200

# Sorting by a profile the build lacks: exit 2, saying how to attach one.
"$E" ingest --db "$T/none.db" "$P/go1.27/m2.log" 2>/dev/null
for cmd in "stats --sort bytes" "stats --sort cpu" "ls --sort objects" "ls --sort cpu" "funcs --sort bytes"; do
  expect "$cmd without a profile" 2 "has no (heap|cpu) profile to sort by .*escviz profile" -- \
    "$E" $cmd --db "$T/none.db"
done
expect "stats --hot-threshold 0" 2 "hot-threshold takes auto or a percentage" -- \
  "$E" stats --db "$T/none.db" --hot-threshold 0
"$E" stats --db "$T/none.db" --format json >"$T/none.json"
check "stats JSON without profiles: profiles [] and hot_calls null" python3 -c "
import json; s = json.load(open('$T/none.json')); assert s['profiles'] == [] and s['hot_calls'] is None, s"

# Bad profiles: exit 2, the file and the reason named, nothing stored.
db=$T/go1.19.db
before=$(sqlite3 "$db" 'SELECT COUNT(*) FROM profiles')
expect "legacy text heap profile" 2 "legacy-heap-go1.19.txt: .*legacy text profile" -- \
  "$E" profile --db "$db" "$P/bad/legacy-heap-go1.19.txt"
head -c 3000 "$P/go1.19/mem.pprof" >"$T/cut.pprof"
expect "truncated profile" 2 "cut.pprof: .*truncated" -- "$E" profile --db "$db" "$T/cut.pprof"
printf 'hello, not a profile\n' >"$T/hello.txt"
expect "not a profile" 2 "hello.txt: .*not a pprof profile|hello.txt: .*legacy text" -- "$E" profile --db "$db" "$T/hello.txt"
expect "missing file" 2 "nosuch.pprof" -- "$E" profile --db "$db" "$T/nosuch.pprof"
expect "gzip cut in the middle" 2 "mem-truncated.pprof: .*truncated" -- \
  "$E" profile --db "$db" "$P/bad/mem-truncated.pprof"
expect "gzip of garbage" 2 "garbage.pprof.gz: .*not a pprof profile|garbage.pprof.gz: .*(malformed|truncated)" -- \
  "$E" profile --db "$db" "$P/bad/garbage.pprof.gz"
expect "empty file" 2 "empty.pprof: " -- "$E" profile --db "$db" "$P/bad/empty.pprof"

[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM profiles')" = "$before" ] && ok "bad profiles stored nothing" \
  || not_ok "bad profiles stored nothing"
# A raw (not gzipped) protobuf is a profile too, as for go tool pprof.
"$E" profile --db "$db" "$P/bad/mem-uncompressed.pb" 2>"$T/err" \
  && ok "uncompressed protobuf accepted" || not_ok "uncompressed protobuf accepted" "$(cat "$T/err")"
finish
