#!/usr/bin/env bash
# agree: why, graph, ls, funcs, report and diff resolve function names the
# same way and name every location with the same words, on real logs of
# Go 1.15 to 1.27 (testdata/go1.*/escprobe-m2.log).
#
# - Resolution: for every function `funcs` lists, by its full name and by
#   its last element (`Put` for `(*Store).Put`), `why`, `graph` and
#   `ls --func` all succeed or all fail, and when they succeed they name
#   the same one function.
# - Location names: every result and parameter `why` names in a function's
#   paths is a node of that function's diagram, labelled with why's words
#   (without " of F", which the diagram's title says).
# - report writes a page for each function that has an escape, under the
#   name funcs lists; diff of a build with itself reports nothing, and
#   every function a cross-version diff names is one funcs lists.
# The expected sets come from `funcs` (the compiler's declarations), not
# from the command under test.
source "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/agree.db
export NO_COLOR=1

# AGREE_VERSIONS and AGREE_MAX_NAMES narrow the run (tests/valgrind.sh):
# the releases to check, and at most that many functions of each, spread
# over the list.
versions=${AGREE_VERSIONS:-1.15 1.19 1.22 1.24 1.27}
max_names=${AGREE_MAX_NAMES:-0}
for v in $versions; do
  log=$SRC/testdata/go$v/escprobe-m2.log
  "$E" ingest --db "$db" --label "go$v" "$log" 2>/dev/null || { not_ok "ingest go$v"; continue; }
  "$E" funcs --db "$db" --build "go$v" --format json >"$T/funcs$v.json"
  out=$(python3 - "$E" "$db" "go$v" "$T/funcs$v.json" "$max_names" <<'EOF'
import json, re, subprocess, sys
E, db, build, funcs_path, max_names = sys.argv[1:6]
funcs = json.load(open(funcs_path))
names = sorted({f["function"] for f in funcs if f["function"] is not None})  # None: events in no known function
if int(max_names) and len(names) > int(max_names):
    step = len(names) / int(max_names)
    names = [names[int(i * step)] for i in range(int(max_names))]
problems, checked = [], 0

def run(*args):
    p = subprocess.run([E, *args, "--db", db, "--build", build], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr

def dot_labels(dot):
    # label=... attributes of cgraph's DOT writer: quoted or bare words.
    labs = []
    for m in re.finditer(r'\blabel=("(?:[^"\\]|\\.)*"|[^,\]\s]+)', dot):
        s = m.group(1)
        if s.startswith('"'):
            s = s[1:-1].replace('\\"', '"').replace('\\\n', '')
        labs.append(s)
    return labs

for name in names:
    specs = {name}
    last = re.split(r'[.)]', name)[-1]
    if last:
        specs.add(last)
    for spec in sorted(specs):
        rw, ow, _ = run("why", "--format", "json", spec)
        rg, og, _ = run("graph", "-T", "dot", spec)
        rl, ol, _ = run("ls", "--format", "json", "--func", spec)
        checked += 1
        if len({rw, rg, rl}) != 1:
            problems.append(f"{spec}: exit why={rw} graph={rg} ls={rl}")
            continue
        if rw != 0:
            continue
        wf = {e["function"] for e in json.loads(ow)["events"]}
        lf = {e["function"] for e in json.loads(ol)}
        title = dot_labels(og)[0].split("\\n")[0] if dot_labels(og) else None
        # why lists only verdicts with a "why": it may find none
        if (wf and wf != lf) or len(lf) > 1 or (lf and title not in lf):
            problems.append(f"{spec}: why={sorted(wf)} ls={sorted(lf)} graph={title}")
            continue
        if spec != name or not lf:
            continue
        # Location names: why's words for results and parameters are nodes.
        labels = set(dot_labels(og))
        suffix = " of " + name
        for ev in json.loads(ow)["events"]:
            for x in ev["explanations"]:
                pairs = [(f["dst"], f["dst_name"]) for f in x["flows"]]
                pairs += [(f["src"], f["src_name"]) for f in x["flows"]]
                pairs += [(s["expr"], s["expr_name"]) for s in x["chain"]]
                for raw, words in pairs:
                    if not re.match(r'^(~[rR]\d+|~p\d+|\.this)$', raw) and " of " not in words:
                        continue
                    if not re.match(r'^~[rR]\d+$', raw):
                        continue  # parameters: the diagram says the name itself
                    short = words[:-len(suffix)] if words.endswith(suffix) else words
                    if short not in labels:
                        problems.append(f"{name}: why says '{words}' for {raw}, graph has no node '{short}'")
print(f"checked {checked}")
for p in problems:
    print("PROBLEM " + p)
EOF
)
  n=$(echo "$out" | sed -n 's/^checked //p')
  if echo "$out" | grep -q '^PROBLEM'; then
    not_ok "go$v resolution and names ($n specs)" "$(echo "$out" | grep '^PROBLEM' | head -5)"
  elif [ "${n:-0}" -lt "$(( max_names ? max_names : 20 ))" ]; then
    not_ok "go$v resolution and names" "only ${n:-0} specs checked"
  else
    ok "go$v resolution and names ($n specs)"
  fi

  # report: one page per function with an escape, named as funcs names it.
  rm -rf "$T/site"
  if "$E" report --db "$db" --build "go$v" -o "$T/site" >/dev/null 2>&1; then
    miss=$(python3 - "$T/funcs$v.json" "$T/site" <<'EOF'
import html, json, os, sys
funcs = json.load(open(sys.argv[1]))
titles = set()
for root, _, files in os.walk(sys.argv[2]):
    for f in files:
        if f.endswith(".html"):
            t = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
            i, j = t.find("<title>"), t.find("</title>")
            if i >= 0:
                titles.add(html.unescape(t[i + 7:j]))
want = [f["function"] for f in funcs if f["heap_escapes"] + f["moved_to_heap"] > 0]
print("\n".join(w for w in want if not any(w in t for t in titles)))
EOF
)
    [ -z "$miss" ] && ok "go$v report pages" || not_ok "go$v report pages" "no page for: $(echo "$miss" | head -3 | tr '\n' ' ')"
  else
    not_ok "go$v report"
  fi

  # diff with itself: nothing.
  "$E" diff --db "$db" --format json "go$v" "go$v" >"$T/self.json" 2>/dev/null
  n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["changes"]))' "$T/self.json" 2>/dev/null)
  [ "$n" = 0 ] && ok "go$v diff with itself" || not_ok "go$v diff with itself" "${n:-unreadable} changes"
done

# A cross-version diff names only functions that funcs lists on its side.
set -- $versions
first=$1
last=${!#}
"$E" diff --db "$db" --format json "go$first" "go$last" >"$T/x.json" 2>/dev/null
bad=$(python3 - "$T/x.json" "$T/funcs$first.json" "$T/funcs$last.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
old = {f["function"] for f in json.load(open(sys.argv[2]))}
new = {f["function"] for f in json.load(open(sys.argv[3]))}
for c in d["changes"]:
    fn = c.get("function") or ""
    side = old if c.get("change") == "removed" else new
    if fn and fn not in side and fn not in old | new:
        print(fn)
EOF
)
[ -z "$bad" ] && ok "diff go$first go$last names functions funcs lists" || not_ok "diff names" "$(echo "$bad" | head -3 | tr '\n' ' ')"

finish
