# Hostile content: a log whose expressions, file names and package paths
# carry <script>, quotes, backslashes, braces, "..", Graphviz escapes (\N \l),
# an ANSI escape, a tab, a raw string literal spanning lines, and cells that
# spreadsheets would run as formulas (leading = + - @).  Every output of
# every command must stay well-formed and inert:
#   JSON (stats, builds, ls, funcs, why, diff) parses and carries the text;
#   CSV parses to rows of the header's width, and no cell starts with
#   = + - @ (escviz prefixes a "'"); TSV rows have the header's width;
#   text (ls, funcs, why, stats, diff) has no raw control characters;
#   Markdown has no raw HTML; SARIF validates against the 2.1.0 schema;
#   HTML (diff, report) holds only the tags escviz writes, no event
#   handlers, and no <script> carrying log text; SVG parses as XML with no
#   <script> and no on* attributes; DOT is parsed by Graphviz's dot, and its
#   labels read back as the log's text;
#   report -o DIR and graph/diff -o FILE write only inside the folder given:
#   the rest of the tree is unchanged, and no written name holds "..".
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/h.db
py() { python3 - "$@"; }

# The two logs (old and new) are written by Python so the bytes are exact.
py "$T" <<'PY'
import sys
T = sys.argv[1]
ESC = "\x1b"
common = [
 '# evil/"pkg<script>alert(1)</script>',
 './<script>x</script>.go:3:6: can inline Evil with cost 4 as: func() { return "<script>alert(1)</script>" }',
 './<script>x</script>.go:4:2: "\\"<b>\\\\{}` escapes to heap:',
 './<script>x</script>.go:4:2:   flow: {heap} = &{storage for "\\"<b>\\\\{}`}:',
 './<script>x</script>.go:4:2:     from "\\"<b>\\\\{}`" (spill) at ./<script>x</script>.go:4:2',
 './<script>x</script>.go:4:2:     from sink = "\\N\\l\\"{}\\\\" (assign) at ./<script>x</script>.go:4:4',
 './<script>x</script>.go:4:2: "\\"<b>\\\\{}` escapes to heap',
 './<script>x</script>.go:5:2: moved to heap: =cmd|\' /C calc\'!A0',
 './<script>x</script>.go:6:9: leaking param: @SUM(1+1)',
 './<script>x</script>.go:7:3: +HYPERLINK("http://x") escapes to heap',
 './<script>x</script>.go:9:3: ' + ESC + '[31mred' + ESC + '[0m escapes to heap',
 './<script>x</script>.go:10:3: inlining call to fmt.Sprintf("\'%s\'\\"{}\\\\N", x)',
 '../../etc/passwd.go:1:2: moved to heap: a',
 '../../etc/passwd.go:2:6: can inline =Bad with cost 2 as: func() {  }',
 '../../etc/passwd.go:3:2: &T{"<img src=x onerror=alert(2)>"} escapes to heap',
 '# ../../../tmp/pwn',
 '../x.go:1:6: cannot inline @Fn: function too complex: cost 100 exceeds budget 80',
 '../x.go:2:2: new(int) escapes to heap',
 './q\'uote"d\\back{brace}\t.go:7:6: can inline -Weird with cost 2 as: func() {  }',
 './q\'uote"d\\back{brace}\t.go:8:2: "a\\nb\\r\\x00" escapes to heap',
 '# =HYPERLINK("http://evil")',
 '=cmd.go:1:6: can inline +Plus with cost 3 as: func() {  }',
 '=cmd.go:2:2: @x escapes to heap',
 # a raw string literal printed verbatim over several lines (go1.19-1.21)
 './raw.go:3:6: can inline Raw with cost 2 as: func() {  }',
 './raw.go:4:2: `line1',
 '<script>alert(3)</script>',
 '=line3` escapes to heap',
]
old = common + ['./<script>x</script>.go:8:3: -2+3 escapes to heap']
new = common + [
 './<script>x</script>.go:8:3: -2+3 does not escape',
 './<script>x</script>.go:11:2: moved to heap: <svg/onload=alert(4)>',
 './<script>x</script>.go:12:2: "</script><script>alert(5)</script>" escapes to heap',
 '../x.go:3:2: leaking param: -p',
 '=cmd.go:3:2: {"json": "\\u0000"} escapes to heap',
]
for name, lines in (("old", old), ("new", new)):
    with open(f"{T}/{name}.log", "w", newline="") as f:
        f.write("\n".join(lines) + "\n")
PY
check "ingest the hostile log" "$E" ingest --db "$db" --label old "$T/old.log"
check "ingest the second hostile log" "$E" ingest --db "$db" --label new "$T/new.log"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM events e JOIN builds b ON b.id = e.build_id WHERE b.label = 'new'")
[ "${n:-0}" -ge 15 ] && ok "hostile events stored ($n)" || not_ok "hostile events stored" "got $n"

# ---- JSON: parses, and the payloads are there (so escaping was exercised) ----
json_ok() { # NAME NEEDLE CMD...: output parses as JSON and holds NEEDLE as a string value
  local name=$1 needle=$2
  shift 2
  if ! "$@" >"$T/j" 2>"$T/jerr"; then not_ok "$name" "exit $?: $(head -c 300 "$T/jerr")"; return; fi
  py "$T/j" "$needle" <<'PY' >"$T/jmsg" 2>&1 && ok "$name" || not_ok "$name" "$(head -c 300 "$T/jmsg")"
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
def strings(x):
    if isinstance(x, str): yield x
    elif isinstance(x, dict):
        for k, v in x.items(): yield k; yield from strings(v)
    elif isinstance(x, list):
        for v in x: yield from strings(v)
if not any(sys.argv[2] in s for s in strings(doc)):
    sys.exit("no string value holds %r" % sys.argv[2])
PY
}
json_ok "stats json" 'evil/"pkg<script>' "$E" stats --db "$db" --format json
json_ok "builds json" "new" "$E" builds --db "$db" --format json
json_ok "ls json" '"\"<b>\\{}`' "$E" ls --db "$db" --format json
json_ok "ls json: raw string with newlines" $'`line1\n<script>alert(3)</script>\n=line3`' "$E" ls --db "$db" --format json
json_ok "funcs json" "=Bad" "$E" funcs --db "$db" --format json
json_ok "why json" 'sink = "\N\l\"{}\\"' "$E" why --db "$db" --format json './<script>x</script>.go:4:2'
json_ok "diff json" "<svg/onload=alert(4)>" "$E" diff --db "$db" old new --format json

# ---- CSV and TSV -----------------------------------------------------------
table_ok() { # NAME FORMAT CMD...: csv/tsv rows have the header's width, cells are inert
  local name=$1 fmt=$2
  shift 2
  if ! "$@" >"$T/t" 2>"$T/terr"; then not_ok "$name" "exit $?: $(head -c 300 "$T/terr")"; return; fi
  py "$T/t" "$fmt" <<'PY' >"$T/tmsg" 2>&1 && ok "$name" || not_ok "$name" "$(head -c 400 "$T/tmsg")"
import csv, io, re, sys
path, fmt = sys.argv[1], sys.argv[2]
data = open(path, encoding="utf-8", errors="strict", newline="").read()
if fmt == "csv":
    rows = list(csv.reader(io.StringIO(data, newline="")))
else:
    # TSV: one record a line, no quoting: a tab or newline inside a field
    # must have been escaped.
    rows = [l.split("\t") for l in data.rstrip("\n").split("\n")]
width = len(rows[0])
for i, r in enumerate(rows):
    if len(r) != width:
        sys.exit("row %d has %d fields, header %d: %r" % (i, len(r), width, r))
    for c in r:
        if c[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"-?\d+(\.\d+)?|-", c):
            sys.exit("row %d: cell %r would be a formula" % (i, c))
        if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", c):
            sys.exit("row %d: raw control character in %r" % (i, c))
        if fmt == "tsv" and ("\r" in c or "\t" in c):
            sys.exit("row %d: raw tab or CR in %r" % (i, c))
if len(rows) < 5:
    sys.exit("only %d rows" % len(rows))
PY
}
table_ok "ls csv" csv "$E" ls --db "$db" --format csv
table_ok "funcs csv" csv "$E" funcs --db "$db" --format csv
table_ok "ls tsv" tsv "$E" ls --db "$db" --format tsv
table_ok "funcs tsv" tsv "$E" funcs --db "$db" --format tsv
"$E" ls --db "$db" --format csv >"$T/ls.csv"
grep -qF "\"'=cmd|' /C calc'!A0\"" "$T/ls.csv" && grep -qF "'@x" "$T/ls.csv" &&
  ok "csv: formula cells neutralised with a leading '" || not_ok "csv: formula cells neutralised" "$(grep -F 'calc' "$T/ls.csv")"

# ---- text: no raw control characters (the ANSI escape, the tab, CR) ---------
text_ok() { # NAME CMD...
  local name=$1
  shift
  if ! "$@" >"$T/x" 2>"$T/xerr"; then not_ok "$name" "exit $?: $(head -c 300 "$T/xerr")"; return; fi
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x0c\x0e-\x1f\x7f]' "$T/x" || LC_ALL=C grep -q $'\r' "$T/x"; then
    not_ok "$name" "raw control character: $(LC_ALL=C grep -n $'[\x01-\x08\x0b-\x1f\x7f]' "$T/x" | head -3 | cat -v)"
  elif [ ! -s "$T/x" ]; then
    not_ok "$name" "empty output"
  else
    ok "$name"
  fi
}
text_ok "ls text" "$E" ls --db "$db"
text_ok "funcs text" "$E" funcs --db "$db"
text_ok "stats text" "$E" stats --db "$db"
text_ok "builds text" "$E" builds --db "$db"
text_ok "why text" "$E" why --db "$db" './<script>x</script>.go:4:2'
text_ok "why text on the ANSI escape" "$E" why --db "$db" './<script>x</script>.go:9:3'
text_ok "diff text" "$E" diff --db "$db" old new
text_ok "parse text" "$E" parse "$T/new.log"
text_ok "ingest summary" sh -c "'$E' ingest --db '$T/x.db' '$T/new.log' 2>&1"
# The raw string's lines stay on one line of ls output.
[ "$("$E" ls --db "$db" --build new | grep -c 'alert(3)')" = 1 ] && ! "$E" ls --db "$db" | grep -q '^<script>alert(3)' &&
  ok "ls text: a multi-line subject stays on its row" || not_ok "ls text: a multi-line subject stays on its row"

# ---- Markdown, SARIF, HTML of diff -------------------------------------------
check "diff md" "$E" diff --db "$db" old new --format md -o "$T/d.md"
py "$T/d.md" <<'PY' >"$T/m" 2>&1 && ok "md: no raw HTML, payload escaped" || not_ok "md: no raw HTML" "$(head -c 300 "$T/m")"
import re, sys
md = open(sys.argv[1], encoding="utf-8").read()
# A "<" must be escaped ("\<" or "&lt;") so that no renderer sees a tag.
m = re.search(r".*(?<!\\)<(script|svg|img|b)\b.*", md, re.I)
if m:
    sys.exit("raw tag: " + m.group(0))
if "alert(4)" not in md:
    sys.exit("payload missing: the test proves nothing")
if "\x1b" in md:
    sys.exit("raw ESC")
PY
check "diff sarif" "$E" diff --db "$db" old new --format sarif -o "$T/d.sarif"
schema=$SHARED/schemas/sarif-schema-2.1.0.json
py "$T/d.sarif" "$schema" <<'PY' >"$T/s" 2>&1 && ok "sarif: valid 2.1.0, payload kept" || not_ok "sarif: valid" "$(head -c 400 "$T/s")"
import json, sys, jsonschema
doc = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.validate(doc, json.load(open(sys.argv[2])))
text = json.dumps(doc, ensure_ascii=False)
if "alert(4)" not in text:
    sys.exit("payload missing")
for run in doc["runs"]:
    for res in run.get("results", []):
        for loc in res.get("locations", []):
            uri = loc["physicalLocation"]["artifactLocation"]["uri"]
            if any(c in uri for c in ' <>"{}\\`') or "\t" in uri:
                sys.exit("unencoded character in uri %r" % uri)
PY
check "diff html" "$E" diff --db "$db" old new --format html -o "$T/d.html"

cat >"$T/htmlcheck.py" <<'PY'
# Usage: htmlcheck.py FILE...: every HTML page parses; no event handler
# attribute; no javascript: URL; every <script> element is escviz's own
# (holds no log text: no "alert("); the log's payload appears only as text.
import sys
from html.parser import HTMLParser
class Check(HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name, self.stack, self.text = name, [], []
    def handle_starttag(self, tag, attrs):
        if tag in ("img", "iframe", "object", "embed", "base", "form"):
            sys.exit("%s: unexpected <%s>" % (self.name, tag))
        for k, v in attrs:
            if k.lower().startswith("on"):
                sys.exit("%s: event handler %s on <%s>" % (self.name, k, tag))
            if v and v.strip().lower().startswith("javascript:"):
                sys.exit("%s: javascript: URL in %s" % (self.name, k))
        self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script" and "alert(" in data:
            sys.exit("%s: log text inside a <script> element" % self.name)
        self.text.append(data)
seen = False
for name in sys.argv[1:]:
    c = Check(name)
    c.feed(open(name, encoding="utf-8").read())
    c.close()
    if any("alert(" in t for t in c.text):
        seen = True
if not seen:
    sys.exit("no page shows the payload as text: the test proves nothing")
PY
check "diff html: parses, inert, payload as text" python3 "$T/htmlcheck.py" "$T/d.html"
! grep -qiE '<(script|svg)[^>]*alert|<img|<[^>]*\bon(error|load)=' "$T/d.html" && ok "diff html: no raw payload" ||
  not_ok "diff html: no raw payload" "$(grep -oiE '<[^>]*\bon(error|load)=.{20}' "$T/d.html" | head -2)"

# ---- graph: SVG and DOT -----------------------------------------------------
if ! "$E" --help | grep -q '^  graph '; then
  not_ok "graph" "graph not available in this escviz"
else
  for fn in Evil =Bad -Weird @Fn +Plus Raw; do
    expect "graph svg of '$fn'" 0 "" -- "$E" graph --db "$db" --build old -T svg -o "$T/g$fn.svg" -- "$fn"
    py "$T/g$fn.svg" <<'PY' >"$T/g" 2>&1 && ok "graph svg of '$fn': XML, inert" || not_ok "graph svg of '$fn': XML, inert" "$(head -c 300 "$T/g")"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for el in root.iter():
    tag = el.tag.split("}")[-1]
    if tag in ("script", "foreignObject", "iframe", "img"):
        sys.exit("element <%s>" % tag)
    for k, v in el.attrib.items():
        if k.split("}")[-1].lower().startswith("on") or v.strip().lower().startswith("javascript:"):
            sys.exit("attribute %s=%r on <%s>" % (k, v, tag))
PY
  done
  grep -qF '&lt;script&gt;' "$T/gEvil.svg" && ok "graph svg: payload shown escaped" || not_ok "graph svg: payload shown escaped"
  check "graph dot" "$E" graph --db "$db" --build old -T dot -o "$T/g.dot" Evil
  if command -v dot >/dev/null; then
    # Graphviz's own parser reads it back; -Tjson gives the labels it read.
    check "graph dot: Graphviz parses it" dot -Tjson -o "$T/g.json" "$T/g.dot"
    py "$T/g.json" <<'PY' >"$T/gj" 2>&1 && ok "graph dot: labels read back as the log's text" || not_ok "graph dot: labels read back" "$(head -c 400 "$T/gj")"
import json, sys
g = json.load(open(sys.argv[1]))
labels = [o.get("label", "") for o in g.get("objects", []) + g.get("edges", [])]
def decode(s):
    r"""Graphviz escString: \\ \" are the characters; \n \l \r break lines;
    \N \G \E \H \T \L would be replaced by names: log text must never
    produce one."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n in "nlr":
                out.append("\n")
            elif n in "NGEHTL":
                sys.exit("label %r holds the Graphviz escape \\%s" % (s, n))
            else:
                out.append(n)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
text = "\n".join(decode(l) for l in labels)
# The log's text, exactly: quotes, backslashes (\\N), braces, tags.
for want in ['storage for "\\"<b>\\\\{}`', 'fmt.Sprintf("\'%s\'\\"{}\\\\N", x)',
             "=cmd|' /C calc'!A0", '+HYPERLINK("http://x")']:
    if want not in text:
        sys.exit("no label reads back as %r; labels: %r" % (want, [decode(l) for l in labels]))
PY
  else
    not_ok "graph dot: Graphviz parses it" "the dot program is not installed (scripts/deps.sh --test installs graphviz)"
  fi
fi

# ---- report -o DIR and the other -o: nothing written outside ------------------
listing() { (cd "$T" && find . -path ./report -prune -o -path ./o -prune -o -print | LC_ALL=C sort); }
mkdir "$T/o" "$T/o/lists"
listing >"$T/o/lists/before"
if ! "$E" --help | grep -q '^  report '; then
  not_ok "report" "report not available in this escviz"
else
  check "report -o DIR" "$E" report --db "$db" --build new -o "$T/report"
  check "report -o DIR, old build" "$E" report --db "$db" --build old -o "$T/report/old"
  check "report: HTML parses, inert, payload as text" sh -c "find '$T/report' -name '*.html' -print0 | xargs -0 python3 '$T/htmlcheck.py'"
  bad=$(cd "$T/report" && find . | grep -E '(^|/)\.\.(/|$)|[<>"\\|:*?]|[[:cntrl:]]' | head -3)
  [ -z "$bad" ] && ok "report: every written name is plain" || not_ok "report: every written name is plain" "$bad"
  n=$(find "$T/report" -type l | wc -l)
  [ "$n" = 0 ] && ok "report: no symlinks" || not_ok "report: no symlinks" "$n"
  n=$(find "$T/report" -name '*.svg' | wc -l)
  if [ "$n" -gt 0 ]; then
    check "report: every SVG is XML" py "$T/report" <<'PY'
import os, sys, xml.etree.ElementTree as ET
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        if f.endswith(".svg"):
            ET.parse(os.path.join(d, f))
PY
  fi
fi
check "graph -o and diff -o into the folder" sh -c "'$E' graph --db '$db' -o '$T/o/g.svg' Evil && '$E' diff --db '$db' old new --format html -o '$T/o/d.html'"
listing >"$T/o/lists/after"
diff "$T/o/lists/before" "$T/o/lists/after" >"$T/o/lists/diff" && ok "nothing written outside the output folders" ||
  not_ok "nothing written outside the output folders" "$(head -5 "$T/o/lists/diff")"
[ ! -e "$T/../tmp/pwn" ] && [ ! -e /tmp/pwn ] && [ ! -e "$T/etc" ] && ok "no path from the log was created" || not_ok "no path from the log was created"
finish
