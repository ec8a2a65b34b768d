#!/usr/bin/env bash
# escviz funcs --near-budget N on real logs of the shared corpus: the
# functions that missed the inlining budget by at most N, and the inlinable
# ones within N of it.  The expected lists are computed here from the raw
# log, by a Python reading of the compiler's lines, never from escviz:
#   `cannot inline F: function too complex: cost C exceeds budget B`
#       over by C - B, the budget as printed;
#   `can inline F with cost C` (-m=2)
#       headroom B - C, B being the budget the log's `exceeds budget` lines
#       print most often (80 when none), when 0 <= B - C.
# A function is one per package block (`# path` header) and name; when a
# name is declared twice in one block the later line wins, as
# docs/schema.md says of the functions table.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
export NO_COLOR=
corpus=$SHARED/corpus/logs

# expected LOG N: the expected lists as JSON, {"over": [...], "headroom": [...]},
# each entry [package, function, cost, budget, margin].
expected() {
  python3 - "$1" "$2" <<'PY'
import collections, json, re, sys
path, n = sys.argv[1], int(sys.argv[2])
over_re = re.compile(r"^(?:.*?:\d+(?::\d+)?: )?cannot inline (.+): function too complex: "
                     r"cost (\d+) exceeds budget (\d+)$")
can_re = re.compile(r"^(?:.*?:\d+(?::\d+)?: )?can inline (.+?) with cost (\d+)(?: as: .*)?$")
cannot_re = re.compile(r"^(?:.*?:\d+(?::\d+)?: )?cannot inline ([^:]+?): ")
pkg, last, budgets = "", {}, collections.Counter()
for line in open(path, encoding="utf-8", errors="surrogateescape"):
    line = line.rstrip("\n")
    if line.startswith("# "):
        pkg = line[2:].split(" [")[0]
        continue
    m = over_re.match(line)
    if m:
        fn, c, b = m.group(1), int(m.group(2)), int(m.group(3))
        budgets[b] += 1
        last[(pkg, fn)] = ("no", c, b)
        continue
    m = can_re.match(line)
    if m:
        last[(pkg, m.group(1))] = ("yes", int(m.group(2)), None)
        continue
    m = cannot_re.match(line)
    if m and " into " not in m.group(1):
        k = (pkg, m.group(1))
        if k in last:  # another reason: no longer inlinable, cost kept
            last[k] = ("no", last[k][1], last[k][2])
common = sorted(budgets.items(), key=lambda kv: (-kv[1], kv[0]))
budget = common[0][0] if common else 80
over, room = [], []
for (p, fn), (dec, c, b) in last.items():
    if dec == "no" and b is not None and 0 < c - b <= n:
        over.append([p, fn, c, b, c - b])
    elif dec == "yes" and 0 <= budget - c <= n:
        room.append([p, fn, c, budget, budget - c])
print(json.dumps({"over": sorted(over), "headroom": sorted(room), "budget": budget}))
PY
}

# got DB N: escviz's lists in the same shape, from --format json.
got() {
  "$E" funcs --db "$1" --near-budget "$2" --format json | python3 -c '
import json, sys
rows = json.load(sys.stdin)
out = {"over": [], "headroom": []}
for r in rows:
    out[r["list"]].append([r["package"], r["function"], r["cost"], r["budget"], r["margin"]])
print(json.dumps({k: sorted(v) for k, v in out.items()}))'
}

# same_lists EXPECTED GOT: the two JSON documents list the same functions.
same_lists() {
  python3 - "$1" "$2" <<'PY'
import json, sys
want, got = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = []
for k in ("over", "headroom"):
    w, g = set(map(tuple, want[k])), set(map(tuple, got[k]))
    if w != g:
        bad.append("%s: missing %s, extra %s" % (k, sorted(w - g)[:5], sorted(g - w)[:5]))
if bad:
    sys.exit("; ".join(bad))
PY
}

for spec in tp-pflag-mm-go1.22:10 std-med-mm-go1.27:10 std-med-mm-go1.27:50 tp-yamlv3-mm-go1.15:10 \
  tp-gocmp-mm-go1.24:5; do
  log=${spec%:*} n=${spec#*:}
  if [ ! -f "$corpus/$log.log.xz" ]; then
    skip "$log" "no $corpus/$log.log.xz"
    continue
  fi
  xz -dc "$corpus/$log.log.xz" >"$T/$log.log"
  [ -f "$T/$log.db" ] || "$E" ingest --db "$T/$log.db" "$T/$log.log" 2>/dev/null
  expected "$T/$log.log" "$n" >"$T/want.json"
  got "$T/$log.db" "$n" >"$T/got.json"
  check "$log: --near-budget $n lists what the log's lines say" same_lists "$T/want.json" "$T/got.json"
  nonempty=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["over"]) > 0 and len(d["headroom"]) > 0)' "$T/want.json")
  [ "$nonempty" = True ] && ok "$log: both lists are non-empty at N=$n" || not_ok "$log: both lists are non-empty at N=$n" "$(head -c 300 "$T/want.json")"
done

# The 800 budget of closures called once (Go 1.22+) is taken as printed.
if [ -f "$T/std-med-mm-go1.27.db" ]; then
  "$E" funcs --db "$T/std-med-mm-go1.27.db" --near-budget 50 --format json >"$T/j.json"
  check "budget 800 as printed: (*encryptedExtensionsMsg).marshal.func1.1 over by 44" python3 - "$T/j.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
r = [r for r in rows if r["function"] == "(*encryptedExtensionsMsg).marshal.func1.1"]
assert len(r) == 1 and r[0]["list"] == "over" and r[0]["budget"] == 800 and r[0]["margin"] == 44, r
assert r[0]["budget_source"] == "printed" and r[0]["reason"].endswith("cost 844 exceeds budget 800")
# an inlinable closure that cost more than 80 had a budget the log does not print: not listed
assert not [r for r in rows if r["function"] == "Lines.func1"], "Lines.func1 costs 129"
assert all(r["budget_source"] == "build" for r in rows if r["list"] == "headroom")
assert list(rows[0]) == ["list", "margin", "cost", "budget", "budget_source", "function", "position",
                         "package", "reason", "variant", "file", "line", "col"], list(rows[0])
PY
fi

# escviz diff shows an inlinable function's cost change against the same
# build budget: the one the new log prints most often (Python, above), not
# the largest (800, a closure called once).  As logs and as stored builds.
old=tp-gocmp-mm-go1.24 new=tp-gocmp-mm-go1.27
if [ -f "$corpus/$old.log.xz" ] && [ -f "$corpus/$new.log.xz" ]; then
  for l in $old $new; do
    [ -f "$T/$l.log" ] || xz -dc "$corpus/$l.log.xz" >"$T/$l.log"
  done
  expected "$T/$new.log" 0 >"$T/want.json"
  "$E" diff --format json "$T/$old.log" "$T/$new.log" >"$T/d-logs.json" 2>/dev/null
  "$E" ingest --db "$T/pair.db" --label old "$T/$old.log" 2>/dev/null
  "$E" ingest --db "$T/pair.db" --label new "$T/$new.log" 2>/dev/null
  "$E" diff --db "$T/pair.db" --format json old new >"$T/d-db.json" 2>/dev/null
  for side in logs db; do
    check "diff ($side): an inlinable function's cost change is shown against the build's budget" \
      python3 - "$T/want.json" "$T/d-$side.json" "$T/$new.log" <<'PY'
import json, re, sys
budget = json.load(open(sys.argv[1]))["budget"]
printed = {int(b) for b in re.findall(r"exceeds budget (\d+)$", open(sys.argv[3]).read(), re.M)}
assert max(printed) > budget, ("the log must print a larger budget too", printed, budget)
items = [i for i in json.load(open(sys.argv[2]))["changes"]
         if i["kind"] == "inline_cost" and i["new_cost"] is not None and i["new_cost"] <= budget]
assert items, "no cost change of an inlinable function"
bad = [(i["function"], i["budget"]) for i in items if i["budget"] != budget]
assert not bad, ("want budget %d" % budget, bad)
PY
  done
fi
# An inlinable function that costs more than that budget had one the log
# does not print: its cost change says so and has no budget (JSON null).
old=std-med-mm-go1.24 new=std-med-mm-go1.27
if [ -f "$corpus/$old.log.xz" ] && [ -f "$T/$new.log" ]; then
  xz -dc "$corpus/$old.log.xz" >"$T/$old.log"
  expected "$T/$new.log" 0 >"$T/want.json"
  "$E" diff --format json "$T/$old.log" "$T/$new.log" >"$T/d-med.json" 2>/dev/null
  check "diff: an inlinable function over the build's budget has no budget shown" \
    python3 - "$T/want.json" "$T/d-med.json" "$T/$new.log" <<'PY'
import json, re, sys
budget = json.load(open(sys.argv[1]))["budget"]
can, pkg = set(), ""
for line in open(sys.argv[3], encoding="utf-8", errors="surrogateescape"):
    if line.startswith("# "):
        pkg = line[2:].split(" [")[0].strip()
    m = re.match(r"^\S+: can inline (.+?) with cost \d+", line)
    if m:
        can.add((pkg, m.group(1)))
items = [i for i in json.load(open(sys.argv[2]))["changes"] if i["kind"] == "inline_cost"
         and (i["package"], i["function"]) in can and i["new_cost"] > budget]
assert items, "no cost change of an inlinable function over the budget"
bad = [(i["function"], i["budget"], i["message"]) for i in items
       if i["budget"] is not None or not i["message"].endswith("(inlinable: a budget the log does not print)")]
assert not bad, bad
PY
fi

# Text: the two headings with their counts, closest first; --top cuts each list.
db=$T/tp-pflag-mm-go1.22.db
if [ -f "$db" ]; then
  "$E" funcs --db "$db" --near-budget 10 >"$T/text" 2>"$T/err"
  expected "$T/tp-pflag-mm-go1.22.log" 10 >"$T/want.json"
  no=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["over"]))' "$T/want.json")
  nr=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["headroom"]))' "$T/want.json")
  check "text: over heading" grep -qx "Missed the inlining budget by at most 10: $no functions" "$T/text"
  check "text: headroom heading" grep -qx "Inlinable within 10 of the budget (80, the budget this build prints): $nr functions" "$T/text"
  check "text: over table, closest first" bash -c "sed -n 2p '$T/text' | grep -q '^OVER  COST  BUDGET  FUNCTION' &&
    sed -n 3p '$T/text' | grep -Eq '^ +1 +81 +80  '"
  check "text: headroom margins ascend" bash -c "awk '/^ROOM/{on=1; next} on && NF {print \$1}' '$T/text' | sort -nc"
  "$E" funcs --db "$db" --near-budget 10 --top 2 --format json >"$T/top.json"
  check "--top 2: two of each list" python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
assert [r["list"] for r in rows] == ["over", "over", "headroom", "headroom"], rows
assert rows[0]["margin"] <= rows[1]["margin"] and rows[2]["margin"] <= rows[3]["margin"]' "$T/top.json"
  "$E" funcs --db "$db" --near-budget 0 --format csv >"$T/zero.csv"
  check "--near-budget 0: only cost = budget, CSV" bash -c "
    head -1 '$T/zero.csv' | grep -q '^list,margin,cost,budget,budget_source,function,' &&
    tail -n +2 '$T/zero.csv' | cut -d, -f1-4 | sort -u | grep -qx 'headroom,0,80,80' &&
    [ \$(tail -n +2 '$T/zero.csv' | cut -d, -f1-4 | sort -u | wc -l) = 1 ]"
fi

# A -m=1 log prints no costs: said so, not an empty table.
if [ -f "$corpus/std-med-m1-go1.27.log.xz" ]; then
  xz -dc "$corpus/std-med-m1-go1.27.log.xz" | "$E" ingest --db "$T/m1.db" - 2>/dev/null
  "$E" funcs --db "$T/m1.db" --near-budget 10 >"$T/m1" 2>&1
  check "-m=1: no costs, says -m=2" grep -q "no inlining costs in build 1: they are printed at -m=2" "$T/m1"
fi

# The report: near.html holds the same two lists, each function linked to
# its own page; the index has the section and links to near.html.
if [ -f "$db" ]; then
  expect "report --near-budget 10" 0 "" -- "$E" report --db "$db" --near-budget 10 -o "$T/site"
  "$E" funcs --db "$db" --near-budget 10 --format json >"$T/cli.json"
  check "report: near.html lists what funcs --near-budget lists, linked to the function pages" \
    python3 - "$T/site" "$T/cli.json" <<'PY'
import html.parser, json, os, sys
site, cli = sys.argv[1], json.load(open(sys.argv[2]))

class Tables(html.parser.HTMLParser):
    """Rows of the tables with an id: [(href, [cell texts])]; and h1 texts."""
    def __init__(self):
        super().__init__()
        self.tables, self.cur, self.row, self.cell, self.href, self.h1 = {}, None, None, None, None, None
        self.heads = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and a.get("id"):
            self.cur = self.tables.setdefault(a["id"], [])
        elif tag == "tr" and self.cur is not None:
            self.row, self.href = [], None
        elif tag == "td" and self.row is not None:
            self.cell = ""
        elif tag == "a" and self.cell is not None and self.href is None:
            self.href = a.get("href")
        elif tag == "h1":
            self.h1 = ""
    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row:
            self.cur.append((self.href, self.row))
            self.row = None
        elif tag == "table":
            self.cur = None
        elif tag == "h1" and self.h1 is not None:
            self.heads.append(self.h1)
            self.h1 = None
    def handle_data(self, d):
        if self.cell is not None:
            self.cell += d
        if self.h1 is not None:
            self.h1 += d

def parse(path):
    p = Tables()
    p.feed(open(path, encoding="utf-8").read())
    return p

page = parse(os.path.join(site, "near.html"))
for list_name, table in (("over", "over-table"), ("headroom", "headroom-table")):
    want = [(r["function"], r["margin"], r["cost"], r["budget"], r["position"])
            for r in cli if r["list"] == list_name]
    rows = page.tables.get(table, [])
    got = [(c[0], int(c[1]), int(c[2]), int(c[3]), c[5]) for _, c in rows]
    assert got == want, (list_name, got[:3], want[:3], len(got), len(want))
    for href, cells in rows:
        assert href and href.startswith("fn/"), (cells, href)
        heads = parse(os.path.join(site, href)).heads
        assert heads == ["Function " + cells[0]], (href, heads)
assert len(page.tables["over-table"]) > 0 and len(page.tables["headroom-table"]) > 0
index = open(os.path.join(site, "index.html"), encoding="utf-8").read()
assert '<h2 id="near">Near the inlining budget</h2>' in index
n_over = sum(r["list"] == "over" for r in cli)
assert ("%d functions missed the inlining budget by at most 10" % n_over) in index
assert 'href="near.html"' in index
PY
fi
if [ -f "$T/m1.db" ]; then
  expect "report of a -m=1 build" 0 "" -- "$E" report --db "$T/m1.db" -o "$T/site1"
  check "report -m=1: the section says no costs, no near.html" bash -c "
    grep -q 'The build printed no inlining cost' '$T/site1/index.html' && [ ! -e '$T/site1/near.html' ]"
fi

expect "bad N" 2 "--near-budget takes a whole number, not 'x'" -- "$E" funcs --db "$db" --near-budget x
expect "report: bad N" 2 "--near-budget takes a whole number, not '-1'" -- \
  "$E" report --db "$db" --near-budget -1 -o "$T/x"
expect "--sort with --near-budget" 2 "--sort does not apply to --near-budget" -- \
  "$E" funcs --db "$db" --near-budget 5 --sort cost
finish
