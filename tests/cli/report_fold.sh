#!/usr/bin/env bash
# escviz report folds the functions with nothing to show into their package
# page's table (docs/report.md, "Folded functions"), on real logs (go-cmp
# built by Go 1.19 with -m=2, the escprobe example of Go 1.22 and 1.15):
#   - exactly the functions with a heap escape, a variable moved to the
#     heap or a leaking parameter (the database's verdict rows), a notable
#     "cannot inline" reason (read from the log: neither "no function body"
#     nor "function too complex: cost C exceeds budget B"), or a cost within
#     10 of the budget (read from the log's cost lines, as near_budget.sh
#     does) get a page;
#   - every other function is one row of its package page's table, with no
#     link, and each package page and the index say how many;
#   - no link of the site (href, src, the search index's pages) leads to a
#     page that was not written or to a row that is not there;
#   - --jobs 1 and --jobs 3 write the same site.
# The expected sets come from the log and from sqlite3, never from escviz's
# report.
. "$(dirname "$0")/lib.bash"

check_site() { # NAME LOG DB SITE
  local name=$1 log=$2 db=$3 site=$4
  check "$name: pages are the functions with something to show" python3 - "$log" "$db" "$site" <<'PY'
import collections, html, os, re, sqlite3, subprocess, sys
log, db, site = sys.argv[1:4]
text = subprocess.run(["xz", "-dc", log] if log.endswith(".xz") else ["cat", log],
                      capture_output=True, text=True, errors="replace").stdout

# From the log: per package (the "# pkg" header), the functions that cannot
# be inlined for a notable reason, and the cost lines near the budget.
notable, over, can = set(), [], []
pkg = None
budgets = collections.Counter()
for line in text.splitlines():
    m = re.match(r"^# (\S+)( \[.*\])?$", line)
    if m:
        pkg = (m.group(1), (m.group(2) or "").strip(" []"))
        continue
    m = re.search(r": cannot inline (\S+?): (.*)$", line)
    if m:
        name, reason = m.group(1), m.group(2)
        c = re.match(r"function too complex: cost (\d+) exceeds budget (\d+)$", reason)
        if c:
            budgets[int(c.group(2))] += 1
            if 0 < int(c.group(1)) - int(c.group(2)) <= 10:
                over.append((pkg, name))
        elif reason != "no function body":
            notable.add((pkg, name))
        continue
    m = re.search(r": can inline (\S+?) with cost (\d+)", line)
    if m:
        can.append((pkg, m.group(1), int(m.group(2))))
budget = budgets.most_common(1)[0][0] if budgets else 80
near = set(over) | {(p, n) for p, n, c in can if 0 <= budget - c <= 10}

con = sqlite3.connect(db)
rows = con.execute("""
  SELECT p.path, p.variant, f.name,
         EXISTS (SELECT 1 FROM events e WHERE e.function_id = f.id AND
                 (e.kind IN ('heap_escape', 'moved_to_heap') OR e.kind LIKE 'leaking_param%'))
  FROM functions f JOIN packages p ON p.id = f.package_id""").fetchall()
shown = lambda n: "package init" if n == "init" else n
want, fold = set(), collections.Counter()
for path, variant, name, esc in rows:
    key = ((path, variant), name)
    if esc or key in notable or key in near:
        want.add((path, variant, shown(name)))
    else:
        fold[(path, variant)] += 1
if not want or not sum(fold.values()):
    sys.exit("the log should have functions of both kinds: %d pages, %d folded"
             % (len(want), sum(fold.values())))

# The function pages written: their title names the function and package.
got = set()
for f in os.listdir(os.path.join(site, "fn")):
    t = open(os.path.join(site, "fn", f), encoding="utf-8").read()
    m = re.search(r"<title>(.*) \((.*?)\) - escviz report</title>", t)
    h1 = re.search(r"<h1>Function <code>(.*?)</code></h1>", t)
    pk = re.search(r"<dt>Package</dt><dd><a [^>]*><code>.*?</code></a>( \[(.*?)\])?</dd>", t)
    got.add((html.unescape(m.group(2)), html.unescape(pk.group(2) or "") if pk else "",
             html.unescape(h1.group(1))))
if got != want:
    sys.exit("pages: %d written, %d expected; missing %s; extra %s" % (
        len(got), len(want), sorted(want - got)[:5], sorted(got - want)[:5]))

# Each package page: one unlinked row per folded function, and the note.
seen = 0
for f in os.listdir(os.path.join(site, "pkg")):
    t = open(os.path.join(site, "pkg", f), encoding="utf-8").read()
    h = re.search(r"<h1>Package <code>(.*?)</code>( \[(.*?)\])?</h1>", t)
    key = (html.unescape(h.group(1)), html.unescape(h.group(3) or ""))
    if key[0] == "(no package header)":
        key = ("", key[1])
    rows = re.findall(r'<tr id="fn-[^"]*" class="folded"><td>(.*?)</td>', t)
    if any("<a " in r for r in rows):
        sys.exit("%s: a folded row links somewhere" % f)
    if len(rows) != fold[key]:
        sys.exit("%s: %d folded rows, %d expected" % (f, len(rows), fold[key]))
    n = fold[key]
    if n and not re.search(r'<p class="note" id="folded">%d functions? with nothing to show ' % n, t):
        sys.exit("%s: the note does not say %d functions were folded" % (f, n))
    if not n and 'id="folded"' in t:
        sys.exit("%s: a folding note with nothing folded" % f)
    seen += len(rows)
index = open(os.path.join(site, "index.html"), encoding="utf-8").read()
m = re.search(r"<dt>Function pages</dt><dd>(\d+); (\d+) functions with nothing to show", index)
if not m or (int(m.group(1)), int(m.group(2))) != (len(want), sum(fold.values())):
    sys.exit("index: %s, expected %d pages and %d folded" % (
        m and m.groups(), len(want), sum(fold.values())))
print("%d function pages, %d folded" % (len(want), seen))
PY

  check "$name: no dangling link" python3 - "$site" <<'PY'
import json, os, re, sys, urllib.parse
site = sys.argv[1]
ids = {}
def has(path, frag):
    if path not in ids:
        ids[path] = set(re.findall(r' id="([^"]*)"', open(path, encoding="utf-8").read()))
    return frag in ids[path]
def resolve(base, ref, what):
    path, _, frag = ref.partition("#")
    path = urllib.parse.unquote(path)
    full = os.path.normpath(os.path.join(base, path)) if path else what
    if not os.path.isfile(full):
        sys.exit("%s: link to %s: no such file" % (what, ref))
    if frag and not has(full, urllib.parse.unquote(frag)):
        sys.exit("%s: link to %s: no id %s there" % (what, ref, frag))
n = 0
for d, _, files in os.walk(site):
    for f in files:
        if f.endswith(".html"):
            p = os.path.join(d, f)
            for ref in re.findall(r'(?:href|src)="([^"]+)"', open(p, encoding="utf-8").read()):
                if not ref.startswith("data:"):
                    resolve(d, ref.replace("&amp;", "&"), p)
                    n += 1
js = open(os.path.join(site, "escviz-funcs.js"), encoding="utf-8").read()
rows = json.loads(re.fullmatch(r"/\*[^*]*\*/\nescvizFunctions\((.*)\);\n", js, re.S).group(1))
for name, pkg, page in rows:
    resolve(site, page, "escviz-funcs.js: " + name)
print("%d links and %d search entries resolve" % (n, len(rows)))
PY
}

LOG1="$SRC/testdata/attrib/go1.19/gocmp-m2.log.xz"
xz -dc "$LOG1" | "$ESCVIZ" ingest --db "$T/g.db" --label gocmp 2>/dev/null
expect "gocmp: report" 0 "[0-9]+ function pages \([0-9]+ with no flow to draw\), [0-9]+ functions folded into their package's table" -- \
  "$ESCVIZ" report --db "$T/g.db" --jobs 2 -o "$T/g"
cp "$T/err" "$T/g.err"
check_site gocmp "$LOG1" "$T/g.db" "$T/g"
# The summary line counts what the database says.
pages=$(ls "$T/g/fn" | wc -l)
total=$(sqlite3 "$T/g.db" 'SELECT COUNT(*) FROM functions')
check "gocmp: summary line counts the pages and the folded" \
  grep -q "; $pages function pages ([0-9]* with no flow to draw), $((total - pages)) functions folded" "$T/g.err"
check "gocmp: --jobs 1 writes the same site" bash -c \
  "'$ESCVIZ' report --db '$T/g.db' --jobs 1 -o '$T/g1' 2>/dev/null && diff -r '$T/g' '$T/g1'"
check "gocmp: --jobs 3 writes the same site" bash -c \
  "'$ESCVIZ' report --db '$T/g.db' --jobs 3 -o '$T/g3' 2>/dev/null && diff -r '$T/g' '$T/g3'"
check "gocmp: --pages all: a page for every function" bash -c \
  "'$ESCVIZ' report --db '$T/g.db' --pages all -o '$T/gall' 2>/dev/null && test \$(ls '$T/gall/fn' | wc -l) -eq $total && ! grep -q 'class=\"folded\"' '$T'/gall/pkg/*.html"

for v in 1.22 1.15; do
  LOG="$SRC/testdata/go$v/escprobe-m2.log"
  "$ESCVIZ" ingest --db "$T/e$v.db" "$LOG" 2>/dev/null
  check "go$v: report" "$ESCVIZ" report --db "$T/e$v.db" -o "$T/e$v"
  check_site "go$v" "$LOG" "$T/e$v.db" "$T/e$v"
done

expect "bad jobs" 2 "--jobs takes a number from 1 to 64, not '0'" -- \
  "$ESCVIZ" report --db "$T/g.db" --jobs 0 -o "$T/x"
finish
