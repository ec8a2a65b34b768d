#!/usr/bin/env bash
# escviz report of a build with real profiles (testdata/prof, the benchmark
# of testdata/src/prof profiled with go1.19 and go1.27): the index ranks
# the escape verdicts by allocated bytes with the matched share and a hot
# badge, lists the hot calls not inlined, and function pages show each
# verdict's bytes; --hot-threshold; a build without profiles shows none of
# it.  Expected values come from the committed `go tool pprof -top` outputs
# of the same files and from the source (line numbers, //go:noinline),
# never from escviz; the pages are read with html.parser.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
P=$SRC/testdata/prof
srcdir=$SRC/testdata/src/prof

# site.py SITE: index.html and every function page as JSON (stdout).
cat >"$T/site.py" <<'PY'
import json, os, sys
from html.parser import HTMLParser

class Page(HTMLParser):
    """Each table (by id) as rows of cells: text, data-v, title, links,
    whether it holds a hot badge; the h1, the h2 ids, every paragraph."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.h2, self.paras, self.h1 = {}, [], [], ""
        self.table = self.row = self.cell = None
        self.in_h1 = self.in_p = False
        self.p = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.table = self.tables.setdefault(a.get("id", "?%d" % len(self.tables)), [])
            self.head = False
        elif tag == "thead":
            self.head = True
        elif tag == "tbody":
            self.head = False
        elif tag == "tr" and self.table is not None and not self.head:
            self.row = []
            self.table.append(self.row)
        elif tag == "td" and self.row is not None:
            self.cell = {"text": "", "v": a.get("data-v"), "title": a.get("title"),
                         "links": [], "hot": None}
            self.row.append(self.cell)
        elif tag == "a" and self.cell is not None:
            self.cell["links"].append(a.get("href"))
        elif tag == "span" and "hot" in (a.get("class") or "").split():
            if self.cell is not None:
                self.cell["hot"] = a.get("title")
        elif tag == "h2":
            self.h2.append(a.get("id"))
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "p":
            self.in_p, self.p = True, []
    def handle_endtag(self, tag):
        if tag == "table":
            self.table = self.row = self.cell = None
        elif tag == "tr":
            self.row = self.cell = None
        elif tag == "td":
            self.cell = None
        elif tag == "h1":
            self.in_h1 = False
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(" ".join("".join(self.p).split()))
    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data
        if self.in_h1:
            self.h1 += data
        if self.in_p:
            self.p.append(data)

def read(path):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    return {"tables": p.tables, "h2": p.h2, "paras": p.paras, "h1": p.h1}

root = sys.argv[1]
out = {"index": read(os.path.join(root, "index.html")), "fn": {}}
for f in sorted(os.listdir(os.path.join(root, "fn"))):
    out["fn"]["fn/" + f] = read(os.path.join(root, "fn", f))
json.dump(out, sys.stdout)
PY

# The checks of one release's report (argv: site.json, its pprof folder, prof.go).
cat >"$T/check.py" <<'PY'
import json, re, sys
site = json.load(open(sys.argv[1]))
d, src = sys.argv[2], open(sys.argv[3]).read().split("\n")
idx = site["index"]
mem = open(d + "/pprof-mem-top-lines-alloc_space.txt").read()
objs = open(d + "/pprof-mem-top-lines-alloc_objects.txt").read()
cpu = open(d + "/pprof-cpu-top.txt").read()

def flat_at(text, line):  # pprof -top -lines: flat value and flat% of prof.go:LINE
    m = re.search(r"^\s*(\d+)B? +([\d.]+)%% .*/prof\.go:%d(?: |$)" % line, text, re.M)
    return int(m.group(1)), float(m.group(2))
def total(text):
    return int(re.search(r"of (\d+)B? total", text).group(1))
def line_of(code):  # the source line holding code (1-based)
    return [i + 1 for i, l in enumerate(src) if code in l][0]
def secs(s):
    return float(s[:-2]) / 1000 if s.endswith("ms") else float(s[:-1])
def cum_of(fn):  # go tool pprof -top: cumulative seconds of fn
    m = re.search(r"^\s*\S+\s+\S+\s+\S+\s+(\S+)\s+(\S+)%%\s+example\.com/prof\.%s\s*$" % fn, cpu, re.M)
    return secs(m.group(1)) * 1e9, float(m.group(2))
fail = []
def want(cond, what):
    if not cond:
        fail.append(what)

assert "allocations" in idx["h2"] and "hot-calls" in idx["h2"], idx["h2"]
assert idx["h2"].index("allocations") < idx["h2"].index("charts"), idx["h2"]

# The matched share: pprof's total bytes and objects; the three sites' bytes
# of the total joined, the rest to none.
tb, to = total(mem), total(objs)
sites = {"siteA": 47, "siteB": 56, "Iterate": 63}  # newNode's line: inlined into Iterate
joined = sum(flat_at(mem, l)[0] for l in sites.values())
sentence = [p for p in idx["paras"] if p.startswith("The heap profiles saw")][0]
expect = "The heap profiles saw %.1f MB in %s objects; %.1f %% of the bytes joined to 3 escape verdicts, %.1f %% to none" % (
    tb / 1e6, format(to, ","), 100.0 * joined / tb, 100.0 - 100.0 * joined / tb)
want(sentence.startswith(expect), "sentence %r, want %r" % (sentence, expect))

# The ranking: A, B, then C at its call site in Iterate; bytes and objects
# as pprof's; share as pprof's flat%; every one hot, with the cutoff in its title.
rows = idx["tables"]["allocations-table"]
got = [r[5]["text"] for r in rows]
want(got == ["siteA", "siteB", "Iterate"], "order %r" % got)
at = {"siteA": line_of("buf := make([]byte, 4096)"), "siteB": line_of("\tvar blk Block"),
      "Iterate": line_of("state.nodes[j] = newNode(")}
for r in rows:
    fn = r[5]["text"]
    b, pct = flat_at(mem, sites[fn])
    o = flat_at(objs, sites[fn])[0]
    want(int(r[1]["v"]) == b, "%s bytes %s, pprof %d" % (fn, r[1]["v"], b))
    want(r[1]["title"] == format(b, ",") + " bytes", "%s bytes title %r" % (fn, r[1]["title"]))
    want(r[1]["text"] == "%.1f MB" % (b / 1e6), "%s bytes shown %r" % (fn, r[1]["text"]))
    want(abs(float(r[2]["v"]) * 100 - pct) < 0.06, "%s share %s, pprof %.2f%%" % (fn, r[2]["v"], pct))
    want(int(r[3]["v"]) == o and r[3]["text"] == format(o, ","), "%s objects %r, pprof %d" % (fn, r[3], o))
    want(r[4]["hot"] and "--hot-threshold auto" in r[4]["hot"], "%s not hot: %r" % (fn, r[4]))
    want(re.match(r"\./prof\.go:%d:\d+$" % at[fn], r[6]["text"]), "%s at %r, want line %d" % (fn, r[6]["text"], at[fn]))
    page = site["fn"].get(r[5]["links"][0] if r[5]["links"] else "")
    want(page and page["h1"] == "Function " + fn, "%s links to %r" % (fn, r[5]["links"]))
want(not any("checkSize" in r[5]["text"] for r in rows), "a cold checkSize escape is ranked")

# Function pages: each verdict's bytes; checkSize's cold escapes none, not hot.
def events(fn):
    page = [p for p in site["fn"].values() if p["h1"] == "Function " + fn][0]
    return page["tables"]["events-table"]
cold = [e for e in events("checkSize") if e[1]["text"] in ("heap escape", "moved to heap")]
# (columns: position, verdict, subject, cause, allocated, explanation)
want(cold and all(e[4]["text"] == "none measured" and not e[4]["hot"] for e in cold), "checkSize %r" % cold)
a = events("siteA")[0][4]
want(a["hot"] and a["v"] == str(flat_at(mem, 47)[0]), "siteA's page %r" % a)

# Hot calls not inlined: Iterate's calls to hotMix and warmMix (both
# //go:noinline in the source), CPU time as pprof's cumulative time of the
# callee (one call site each), never the inlined newNode.
calls = idx["tables"]["hot-calls-table"]
for fn, code in (("hotMix", "state.sum += hotMix("), ("warmMix", "state.sum += warmMix(")):
    want("//go:noinline" in src[line_of("func %s(" % fn) - 2], "%s is not //go:noinline in the source" % fn)
    r = [r for r in calls if "call to example.com/prof.%s not inlined" % fn in r[0]["text"]]
    want(r, "no hot call to %s: %r" % (fn, [c[0]["text"] for c in calls]))
    if not r:
        continue
    r = r[0]
    want(r[0]["text"].endswith("marked go:noinline"), "%s: %r" % (fn, r[0]["text"]))
    want(r[1]["text"] == "Iterate" and site["fn"].get(r[1]["links"][0], {}).get("h1") == "Function Iterate",
         "%s's caller %r" % (fn, r[1]))
    want(r[2]["text"] == "prof.go:%d" % line_of(code), "%s at %r, want prof.go:%d" % (fn, r[2]["text"], line_of(code)))
    cum, cum_pct = cum_of(fn)
    want(abs(int(r[3]["v"]) - cum) <= 0.01 * cum, "%s CPU %s, pprof %.0f" % (fn, r[3]["v"], cum))
    want(abs(float(r[4]["v"]) * 100 - cum_pct) < 0.06, "%s share %s, pprof %.2f%%" % (fn, r[4]["v"], cum_pct))
want(not any("newNode" in r[0]["text"] for r in calls), "the inlined newNode listed")
if fail:
    sys.exit("\n".join(fail))
PY

# --hot-threshold 20: hot means 20 % of pprof's total; the sites' pprof
# shares say which (argv: site.json, pprof folder).
cat >"$T/check20.py" <<'PY'
import json, re, sys
idx = json.load(open(sys.argv[1]))["index"]
mem = open(sys.argv[2] + "/pprof-mem-top-lines-alloc_space.txt").read()
cpu = open(sys.argv[2] + "/pprof-cpu-top.txt").read()
pct = lambda line: float(re.search(r"^\s*\d+B +([\d.]+)%% .*/prof\.go:%d(?: |$)" % line, mem, re.M).group(1))
hot = {r[5]["text"]: bool(r[4]["hot"]) for r in idx["tables"]["allocations-table"]}
want = {"siteA": pct(47) >= 20, "siteB": pct(56) >= 20, "Iterate": pct(63) >= 20}
assert hot == want and want == {"siteA": True, "siteB": True, "Iterate": False}, (hot, want)
cum = lambda fn: float(re.search(r"\s(\S+)%%\s+example\.com/prof\.%s\s*$" % fn, cpu, re.M).group(1))
calls = " ".join(r[0]["text"] for r in idx["tables"].get("hot-calls-table", []))
for fn in ("hotMix", "warmMix"):
    assert (("prof.%s not inlined" % fn) in calls) == (cum(fn) >= 20), (fn, cum(fn), calls)
PY

for v in go1.19 go1.27; do
  d=$P/$v
  db=$T/$v.db
  "$E" ingest --db "$db" --src "$srcdir" "$d/m2.log" 2>/dev/null &&
    "$E" profile --db "$db" "$d/mem.pprof" "$d/cpu.pprof" 2>/dev/null ||
    { not_ok "$v: ingest and profile"; continue; }
  expect "$v: report" 0 "" -- "$E" report --db "$db" -o "$T/$v"
  python3 "$T/site.py" "$T/$v" >"$T/$v.json" || { not_ok "$v: pages parse"; continue; }
  check "$v: ranking by bytes, matched share, hot badge, hot calls, function pages" \
    python3 "$T/check.py" "$T/$v.json" "$d" "$srcdir/prof.go"
  expect "$v: --hot-threshold 20" 0 "" -- "$E" report --db "$db" --hot-threshold 20 -o "$T/$v-20"
  python3 "$T/site.py" "$T/$v-20" >"$T/$v-20.json" &&
    check "$v: --hot-threshold 20: hot as pprof's shares say" python3 "$T/check20.py" "$T/$v-20.json" "$d"
done

# A bad threshold is a usage error; a build without profiles shows no trace
# of them (same log, no escviz profile).
db=$T/go1.27.db
for bad in 0 101 abc -5 5%%; do
  expect "--hot-threshold $bad: exit 2" 2 "--hot-threshold takes auto or a percentage" -- \
    "$E" report --db "$db" --hot-threshold "$bad" -o "$T/bad"
done
"$E" ingest --db "$T/plain.db" --src "$srcdir" "$P/go1.27/m2.log" 2>/dev/null
expect "no profile: report" 0 "" -- "$E" report --db "$T/plain.db" -o "$T/plain"
python3 "$T/site.py" "$T/plain" >"$T/plain.json"
check "no profile: no profile section, column or badge" python3 - "$T/plain.json" <<'PY'
import json, sys
site = json.load(open(sys.argv[1]))
idx = site["index"]
assert "allocations" not in idx["h2"] and "hot-calls" not in idx["h2"], idx["h2"]
assert not any(t in idx["tables"] for t in ("allocations-table", "hot-calls-table")), list(idx["tables"])
for name, page in site["fn"].items():
    for row in page["tables"].get("events-table", []):
        assert len(row) == 5 and not any(c["hot"] for c in row), (name, row)
PY
check "no profile: --hot-threshold accepted" "$E" report --db "$T/plain.db" --hot-threshold 5 -o "$T/plain5"
finish
