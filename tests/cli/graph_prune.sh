#!/usr/bin/env bash
# escviz graph --max-nodes keeps whole paths, on real functions of the
# corpus whose diagrams have 30+ nodes: net/http's (*Transport).dialConn
# and go/parser's (*parser).parseBinaryExpr (Go 1.27 std, -m=2).  The DOT
# output is read back with Graphviz's own `dot -Tjson0` and checked against
# the whole diagram (--max-nodes 0) by searches written here:
#   - at most N places are drawn, and every flow drawn is one of the whole
#     diagram's (node ids n0, n1, ... are the same in both);
#   - every escaping place drawn that reaches the heap in the whole diagram
#     still reaches it, and by as many hops: drawn flows count 1, a dashed
#     "K hops" edge counts K;
#   - each "K hops" edge stands for K hops through places left out: the
#     shortest path between its ends through left-out places only is K
#     long, and its tooltip names K - 1 places;
#   - the "left out:" note counts exactly the places and flows not drawn,
#     and the "K hops" edges.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
log=$SHARED/corpus/logs/std-med-mm-go1.27.log.xz
if [ ! -f "$log" ]; then
  skip "all" "no $log"
  finish
fi
if ! command -v dot >/dev/null; then
  skip "all" "no Graphviz dot program to read the DOT back"
  finish
fi
xz -dc "$log" >"$T/std.log"
"$E" ingest --db "$T/g.db" "$T/std.log" 2>/dev/null

check_pruned() {
  python3 - "$@" <<'PY'
import collections, json, re, sys
full_path, pruned_path, max_nodes = sys.argv[1], sys.argv[2], int(sys.argv[3])
VERDICT = re.compile(r"(?:\n|\\n)\((escapes to heap|moved to heap|leaks|content leaks|content escapes|"
                     r"closure reference leaks|leaks to result)\)$")
HOPS = re.compile(r"^(\d+) hops$")

# Labels come back as DOT wrote them: a line break is the two characters \n.
def load(path):
    d = json.load(open(path))
    objs = d.get("objects", [])
    ids = {o["_gvid"]: o["name"] for o in objs}
    nodes = {o["name"]: o for o in objs if re.fullmatch(r"n\d+", o["name"])}
    notes = {o["name"]: o for o in objs if o["name"] not in nodes}
    flows, hops = [], []
    for e in d.get("edges", []):
        a, b = ids[e["tail"]], ids[e["head"]]
        m = HOPS.match(e.get("label", ""))
        if m:
            assert e.get("style") == "dashed", e
            hops.append((a, b, int(m.group(1)), e.get("tooltip", "")))
        else:
            flows.append((a, b))
    return nodes, notes, flows, hops

def bfs(adj, src, allowed=None):
    dist, q = {src: 0}, collections.deque([src])
    while q:
        v = q.popleft()
        for w, _ in adj.get(v, ()):
            if w not in dist and (allowed is None or w in allowed):
                dist[w] = dist[v] + 1
                q.append(w)
    return dist

def weighted(adj, src):  # Dijkstra without a heap: small graphs
    dist, done = {src: 0}, set()
    while True:
        todo = [v for v in dist if v not in done]
        if not todo:
            return dist
        v = min(todo, key=dist.get)
        done.add(v)
        for w, c in adj.get(v, ()):
            if dist[v] + c < dist.get(w, 1 << 60):
                dist[w] = dist[v] + c

fn, fnotes, fflows, fhops = load(full_path)
pn, pnotes, pflows, phops = load(pruned_path)
assert len(fn) >= 30, "the whole diagram has only %d places" % len(fn)
assert not fhops, "the whole diagram has no summaries"
assert len(pn) <= max_nodes, (len(pn), max_nodes)
assert set(pn) <= set(fn) and set(pflows) <= set(fflows), "drawn places and flows are the whole one's"
for a, b in fflows:  # a flow between two drawn places is drawn
    assert (a in pn and b in pn) == ((a, b) in pflows), (a, b)
heap = [k for k, o in fn.items() if o.get("label") == "heap"]
assert len(heap) == 1 and heap[0] in pn, heap
heap = heap[0]
fadj = collections.defaultdict(list)
for a, b in fflows:
    fadj[a].append((b, 1))
padj = collections.defaultdict(list)
for a, b in pflows:
    padj[a].append((b, 1))
for a, b, k, tip in phops:
    assert a in pn and b in pn and k >= 2, (a, b, k)
    padj[a].append((b, k))
    left_out = set(fn) - set(pn)
    assert bfs(fadj, a, left_out | {b}).get(b) == k, ("summary", a, b, k)
    assert tip.startswith("%d hops through %d place" % (k, k - 1)), tip
    assert len(tip.split("\\n")) - 1 == k - 1, tip
escaping = [k for k, o in pn.items() if VERDICT.search(o.get("label", ""))]
reached = 0
for v in escaping:
    whole = bfs(fadj, v).get(heap)
    if whole is None:
        continue
    drawn = weighted(padj, v).get(heap)
    assert drawn == whole, ("escaping %s: %s hops to the heap drawn, %s in the whole diagram"
                            % (pn[v]["label"], drawn, whole))
    reached += 1
assert reached >= 5, "only %d escaping places reach the heap" % reached
note = pnotes["omitted"]["label"]
m = re.search(r"(\d+) more nodes and (\d+) edges not shown", note)
assert m and int(m.group(1)) == len(fn) - len(pn) and int(m.group(2)) == len(fflows) - len(pflows), \
    (note, len(fn) - len(pn), len(fflows) - len(pflows))
if phops:
    assert re.search(r'%d dashed "N hops" edges? stands? for paths through them' % len(phops), note), note
print("%d places of %d, %d flows of %d, %d summaries, %d escaping places reach the heap"
      % (len(pn), len(fn), len(pflows), len(fflows), len(phops), reached))
PY
}

for fn in '(*Transport).dialConn' '(*parser).parseBinaryExpr'; do
  "$E" graph --db "$T/g.db" "$fn" -T dot --max-nodes 0 >"$T/full.dot" 2>"$T/err"
  dot -Tjson0 "$T/full.dot" >"$T/full.json"
  for max in 10 20; do
    "$E" graph --db "$T/g.db" "$fn" -T dot --max-nodes $max >"$T/p.dot" 2>"$T/err"
    dot -Tjson0 "$T/p.dot" >"$T/p.json"
    check "$fn --max-nodes $max keeps whole paths" check_pruned "$T/full.json" "$T/p.json" $max
    echo "     $(cat "$T/out")"
  done
done

# The SVG draws the summaries as dashed edges with their label and tooltip.
"$E" graph --db "$T/g.db" '(*Transport).dialConn' --max-nodes 10 -o "$T/p.svg" 2>"$T/err"
check "svg: a dashed \"N hops\" edge with its tooltip" python3 - "$T/p.svg" <<'PY'
import re, sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg", "x": "http://www.w3.org/1999/xlink"}
root = ET.parse(sys.argv[1]).getroot()
found = 0
for g in root.iter("{http://www.w3.org/2000/svg}g"):
    if g.get("class") != "edge":
        continue
    texts = [t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text")]
    if any(re.fullmatch(r"\d+ hops", t) for t in texts):
        path = g.find(".//s:path", ns)
        assert path is not None and path.get("stroke-dasharray"), "not dashed"
        a = g.find(".//s:a", ns)
        assert a is not None and "left out:" in (a.get("{http://www.w3.org/1999/xlink}title") or ""), "no tooltip"
        found += 1
assert found >= 3, found
PY
finish
