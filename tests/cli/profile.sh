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
