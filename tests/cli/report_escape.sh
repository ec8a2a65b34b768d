#!/usr/bin/env bash
# escviz report and graph on a log whose package path, file names and
# expressions carry <script>, quotes, backslashes (\N, \l: Graphviz escapes)
# and braces, with a --src tree whose source lines carry them too (--src is
# the package folder: ./evil.go is its evil.go; the package path ends in
# "</script>", not "evil").  No output file may contain them unescaped:
# every HTML page parses to the tags escviz writes only, every SVG is
# well-formed, page names are safe, and two runs give identical sites.
. "$(dirname "$0")/lib.bash"
DB="$T/e.db"
mkdir -p "$T/src/evil"
cat >"$T/evil.log" <<'LOG'
# example.com/evil<script>alert("pkg")</script>
./evil.go:5:6: can inline Evil with cost 4 as: func() { x := "<script>alert(1)</script>" }
./evil.go:9:6: cannot inline Bad: function too complex: cost 100 exceeds budget 80
./evil.go:11:2: "<script>alert(1)</script>" escapes to heap:
./evil.go:11:2:   flow: {heap} = &{storage for "<script>alert(1)</script>"}:
./evil.go:11:2:     from "<script>alert(1)</script>" (spill) at ./evil.go:11:2
./evil.go:11:2:     from sink = "\N\l\"{}\\" (assign) at ./evil.go:11:4
./evil.go:11:2: "<script>alert(1)</script>" escapes to heap
./evil.go:9:10: leaking param: p
./evil.go:12:2: moved to heap: a
./evil.go:13:9: map[string]string{"</script><b>x</b>": "\\"} escapes to heap
./evil.go:14:3: inlining call to fmt.Sprintf("'%s'\"{}\\N", x)
./we"ird\N<i>.go:3:6: can inline Weird with cost 2 as: func() {  }
./we"ird\N<i>.go:4:2: &T{"<img src=x onerror=alert(2)>"} escapes to heap
LOG
cat >"$T/src/evil/evil.go" <<'GO'
package evil

import "fmt"

func Evil() {
}

var sink any
func Bad(p *int) {
	// <script>alert("src")</script> & "\N" {braces}
	x := "<script>alert(1)</script>"; sink = x
	a := 1
	_ = map[string]string{"</script><b>x</b>": "\\"}
	_ = fmt.Sprintf("'%s'\"{}\\N", x, &a)
}
GO
"$ESCVIZ" ingest --db "$DB" "$T/evil.log" 2>/dev/null

check "report" "$ESCVIZ" report --db "$DB" --src "$T/src/evil" -o "$T/site"
check "report-again" "$ESCVIZ" report --db "$DB" --src "$T/src/evil" -o "$T/site2"
check "stable-across-runs" diff -r "$T/site" "$T/site2"
check "graph-svg" "$ESCVIZ" graph --db "$DB" Bad -o "$T/site/bad.svg"
check "graph-weird-svg" "$ESCVIZ" graph --db "$DB" Weird -o "$T/site/weird.svg"
check "graph-dot" "$ESCVIZ" graph --db "$DB" Bad -T dot -o "$T/site/bad.dot"

# The payloads must be on the pages (escaped), or the test proves nothing.
check "payload-shown-escaped" grep -rqF '&lt;script&gt;alert(1)&lt;/script&gt;' "$T/site/fn"
check "source-shown-escaped" grep -rqF '// &lt;script&gt;alert(&quot;src&quot;)&lt;/script&gt; &amp; &quot;\N&quot; {braces}' "$T/site/fn"
# (DOT is not markup: there <script> is plain text inside a quoted string.)
check "no-raw-payload" bash -c "! grep -rlE --exclude='*.dot' '<script>alert|<b>x|<img src=x|<i>\\.go' '$T/site'"
# In DOT, the log's \N and \l stay literal (\\N, \\l) and its quotes are
# escaped by cgraph's writer.
check "dot-escstring-neutralised" grep -qF 'sink = \"\\N\\l\\\"{}\\\\\"' "$T/site/bad.dot"

check "markup-and-svg" python3 - "$T/site" <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
root = sys.argv[1]
allowed = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main",
           "h1", "h2", "p", "dl", "dt", "dd", "code", "table", "caption", "thead", "tbody",
           "tr", "th", "td", "span", "label", "input", "figure", "figcaption", "ol", "li",
           "div", "br", "script", "svg", "g", "title", "polygon", "path", "ellipse", "text",
           "defs", "pattern", "rect", "line", "desc", "polyline", "ul", "colgroup", "col"}
class Check(HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name = name
    def handle_starttag(self, tag, attrs):
        if tag not in allowed:
            sys.exit("%s: unexpected <%s>" % (self.name, tag))
        for k, v in attrs:
            if k.startswith("on"):
                sys.exit("%s: event handler %s on <%s>" % (self.name, k, tag))
        if tag == "script" and dict(attrs).get("src") not in ("escviz.js", "../escviz.js"):
            sys.exit("%s: foreign script %r" % (self.name, attrs))
pages = 0
for d, _, files in os.walk(root):
    for f in files:
        path = os.path.join(d, f)
        text = open(path, encoding="utf-8").read()
        if f.endswith(".html"):
            pages += 1
            Check(path).feed(text)
            for svg in re.findall(r"<svg.*?</svg>", text, re.S):
                ET.fromstring(svg.replace("&nbsp;", "&#160;"))
        elif f.endswith(".svg"):
            ET.fromstring(text.encode())
        if f.endswith(".html") and not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.html", f):
            sys.exit("unsafe page name %r" % f)
        if ".." in f:
            sys.exit("'..' in %r" % f)
if pages < 5:
    sys.exit("only %d pages" % pages)
PY
# The search box's index is a script: the log's names in it are JavaScript
# strings with nothing that could end them or the script (it parses as
# JSON too), and they read back as the log wrote them.
check "function-index-inert" python3 - "$T/site" <<'PY'
import json, os, re, sys
site = sys.argv[1]
text = open(os.path.join(site, "escviz-funcs.js"), encoding="utf-8").read()
m = re.fullmatch(r"/\*[^*]*\*/\nescvizFunctions\((.*)\);\n", text, re.S)
if not m:
    sys.exit("escviz-funcs.js: not one escvizFunctions([...]) call")
if re.search(r"[<>&']", m.group(1)):
    sys.exit("escviz-funcs.js: raw < > & or ' in the data")
rows = json.loads(m.group(1))
pkgs = {r[1] for r in rows}
if 'example.com/evil<script>alert("pkg")</script>' not in pkgs:
    sys.exit("escviz-funcs.js: the package path does not read back: %r" % pkgs)
for name, pkg, page in rows:
    path, _, frag = page.partition("#")
    if not os.path.isfile(os.path.join(site, path)):
        sys.exit("escviz-funcs.js: %s has no page %s" % (name, page))
    # A function without a page (Evil: nothing escapes) is its row in the
    # package's table.
    if frag and ('<tr id="%s"' % frag) not in open(os.path.join(site, path), encoding="utf-8").read():
        sys.exit("escviz-funcs.js: %s: no row %s in %s" % (name, frag, path))
PY
# Bad and Weird have escapes: a page each; Evil is a row of the package page.
want=$(sqlite3 "$DB" "SELECT COUNT(DISTINCT function_id) FROM events WHERE kind IN
  ('heap_escape','moved_to_heap') OR kind LIKE 'leaking_param%'")
check "page-per-function-with-escapes" test "$(ls "$T/site/fn" | wc -l)" -eq "$want"
check "folded-row-escaped" grep -qF '<tr id="fn-Evil_' "$T/site/pkg/"*.html
check "all-pages" "$ESCVIZ" report --db "$DB" --src "$T/src/evil" --pages all -o "$T/site-all"
check "all-pages-per-function" test "$(ls "$T/site-all/fn" | wc -l)" -eq "$(sqlite3 "$DB" 'SELECT COUNT(*) FROM functions')"
check "all-pages-no-raw-payload" bash -c "! grep -rlE '<script>alert|<b>x|<img src=x|<i>\\.go' '$T/site-all'"
finish
