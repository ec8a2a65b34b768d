#!/usr/bin/env bash
# parser/pprof.c against go tool pprof on real profiles: for every
# profile of testdata/pprof (*.pb.gz, go1.N/*.pb.gz) and testdata/prof (go1.N/*.pprof), the
# sample types, the period and, per sample type, each function's flat total
# (samples whose leaf frame, the innermost inlined line of the first
# location, is in the function) and cum total (samples with the function
# anywhere in the stack, counted once), and the grand totals, must be
# identical in test_pprof --dump and in `go tool pprof -raw`.
# Skipped, and said so, without go.
source "$(dirname "$0")/lib.bash"
dump=$BUILD/tests/test_pprof
GO=$(command -v go || true)

if [ -z "$GO" ]; then
  skip go "no go toolchain in PATH: cannot run go tool pprof"
  finish
fi
if [ ! -x "$dump" ]; then
  not_ok build "$dump is missing"
  finish
fi

# totals KIND FILE: normalised "type/unit", "period" and per-function
# "flat|cum TYPE FUNC VALUE" lines, from escviz (dump) or pprof (raw).
totals() {
  python3 - "$1" "$2" <<'PY'
import collections, re, sys
kind, path = sys.argv[1:3]
types, period, samples = [], None, []  # samples: (values, [[funcs of loc], ...])
if kind == "dump":
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if f[0] == "sample_type":
            types.append(f"{f[2]}/{f[3]}")
        elif f[0] == "period":
            period = int(f[1])
        elif f[0] == "sample":
            samples.append(([int(v) for v in f[2].split()] if f[2] else [], []))
        elif f[0] == "frame":
            locs = samples[-1][1]
            if f[2] == "0":
                locs.append([])
            if f[3] != "?":
                locs[-1].append(f[3])
else:
    section, locations, raw = None, {}, []
    cur = None
    for line in open(path):
        line = line.rstrip("\n")
        if line in ("Samples:", "Locations", "Mappings"):
            section = line
            continue
        if section is None:
            if line.startswith("Period: "):
                period = int(line.split()[1])
        elif section == "Samples:":
            if not types:
                types = [t.replace("[dflt]", "") for t in line.split()]
                continue
            m = re.match(r"^\s*(-?\d+(?:\s+-?\d+)*):((?:\s+\d+)*)\s*$", line)
            if m:
                raw.append(([int(v) for v in m.group(1).split()], m.group(2).split()))
        elif section == "Locations":
            # Function names may hold spaces (generic shapes:
            # "F[go.shape.interface {}]"); file names do not.
            m = re.match(r"^\s*(\d+): 0x[0-9a-f]+ M=\d+(?: (.+) \S+ s=\d+)?$", line)
            if m:
                cur = m.group(1)
                locations[cur] = [m.group(2)] if m.group(2) else []
                continue
            m = re.match(r"^\s+(.+) \S+ s=\d+$", line)
            if m and cur:
                locations[cur].append(m.group(1))
    samples = [(v, [locations[i] for i in ids]) for v, ids in raw]
print("types", " ".join(types))
print("period", period)
flat, cum, total = collections.Counter(), collections.Counter(), collections.Counter()
for values, locs in samples:
    seen = {fn for loc in locs for fn in loc}
    for t, v in zip(types, values):
        total[t] += v
        if locs and locs[0]:
            flat[(t, locs[0][0])] += v
        for fn in seen:
            cum[(t, fn)] += v
print("samples", len(samples))
for t in types:
    print("total", t, total[t])
for (t, fn), v in sorted(flat.items()):
    if v:
        print("flat", t, fn, v)
for (t, fn), v in sorted(cum.items()):
    if v:
        print("cum", t, fn, v)
PY
}

n=0
for f in "$SRC"/testdata/pprof/*.pb.gz "$SRC"/testdata/pprof/go1.*/*.pb.gz \
         "$SRC"/testdata/prof/go1.*/*.pprof; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  name=${f#"$SRC"/testdata/}
  if ! "$dump" --dump "$f" >"$T/dump" 2>"$T/dump.err"; then
    not_ok "$name" "test_pprof --dump: $(head -c 300 "$T/dump.err")"
    continue
  fi
  if ! (cd "$T" && HOME=$T "$GO" tool pprof -raw "$f") >"$T/raw" 2>"$T/raw.err"; then
    not_ok "$name" "go tool pprof -raw: $(head -c 300 "$T/raw.err")"
    continue
  fi
  totals dump "$T/dump" >"$T/a"
  totals raw "$T/raw" >"$T/b"
  # pprof -raw drops the samples whose values are all 0: compare the rest.
  grep -v '^samples ' "$T/a" >"$T/a2"
  grep -v '^samples ' "$T/b" >"$T/b2"
  if ! grep -q '^flat ' "$T/a2"; then
    not_ok "$name" "no function totals decoded"
  elif diff -u "$T/b2" "$T/a2" >"$T/diff"; then
    ok "$name ($(grep -c '^flat ' "$T/a2") flat, $(grep -c '^cum ' "$T/a2") cum totals agree with go tool pprof -raw)"
  else
    not_ok "$name" "differs from go tool pprof -raw (- pprof, + escviz): $(head -c 1500 "$T/diff")"
  fi
done
[ "$n" -gt 0 ] || not_ok profiles "no profile under testdata/pprof or testdata/prof"
finish
