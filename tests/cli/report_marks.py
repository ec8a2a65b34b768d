#!/usr/bin/env python3
"""The report's source view against the raw compiler log, independently.

usage: report_marks.py LOG SRC_ROOT SITE [STRIP_PREFIX]

From LOG alone, every verdict line `FILE:LINE:COL: MESSAGE` (escapes to heap,
moved to heap, leaking param [content], does not escape, ignoring
self-assignment; not the explanation's header lines, which end in ':') gives a position.  COL is a
byte offset from 1 into line LINE of SRC_ROOT/FILE (STRIP_PREFIX, e.g.
"./", removed from FILE), so the token starting there is read from the raw
bytes here: a Go identifier, a string or rune literal, a number, or one
character, with a leading & or *.  Then, from the site's function pages
(parsed with html.parser):

  * every verdict whose line a page shows is underlined there: a
    <span class="v" data-col=COL> whose text starts with that token and
    whose title says "col COL: " and the verdict's words;
  * no underline is at a column where the log printed no verdict;
  * the code cell's text, marks removed, is the source line, byte for byte;
  * each line's diagnostics are listed in column order.

Prints one line per problem and a summary; exits 1 on any problem.
"""
import html.parser
import os
import re
import sys

VERDICT = re.compile(rb"^(?P<file>[^\s:][^:]*\.go):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
KINDS = [  # message pattern -> the words the report's title uses
    (re.compile(rb".* escapes to heap$"), "heap escape"),
    (re.compile(rb"^moved to heap: "), "moved to heap"),
    (re.compile(rb"^leaking param content: "), "leaking param content"),
    (re.compile(rb"^leaking param: .* to result "), "leaking param result"),
    (re.compile(rb"^leaking param: "), "leaking param"),
    (re.compile(rb".* does not escape$"), "does not escape"),
    (re.compile(rb".* ignoring self-assignment in "), "self assignment"),
]
IDENT = re.compile(rb"[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*")
NUMBER = re.compile(rb"[0-9][0-9A-Za-z_.]*")
STRING = re.compile(rb'"(?:[^"\\]|\\.)*"|`[^`]*`|\'(?:[^\'\\]|\\.)*\'')


def token_at(line, col):
    """The token that starts at byte col (from 1) of line (bytes)."""
    i = col - 1
    j = i
    while j < len(line) and line[j:j + 1] in (b"&", b"*"):
        j += 1
    for rx in (IDENT, NUMBER, STRING):
        m = rx.match(line, j)
        if m:
            return line[i:m.end()]
    if j > i:
        return line[i:j]
    end = i + 1
    while end < len(line) and 0x80 <= line[end] < 0xC0:
        end += 1
    return line[i:end]


class Page(html.parser.HTMLParser):
    """The source table of one function page: per line, its code text, its
    marks (col, text, title, classes) and its diagnostics' columns."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.path = None
        self.rows = {}
        self.in_note = self.in_src = False
        self.cell = None  # "ln", "code", "diag"
        self.ln = None
        self.marks = []   # open marks (stack), each a dict
        self.note_code = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "h2" and a.get("id") == "source":
            self.in_note = True
        elif tag == "table" and "src" in cls:
            self.in_src = True
        elif not self.in_src:
            if self.in_note and tag == "code":
                self.note_code = True
                self.path = ""
        elif tag == "td":
            if "ln" in cls:
                self.cell = "ln"
                self.ln = ""
            elif "code" in cls:
                self.cell = "code"
                self.rows[int(self.ln)] = {"code": "", "marks": [], "cols": []}
            else:
                self.cell = "diag"
        elif tag == "span" and self.cell == "code" and "v" in cls:
            m = {"col": int(a["data-col"]), "text": "", "title": a.get("title", ""),
                 "cls": cls}
            self.marks.append(m)
            self.rows[int(self.ln)]["marks"].append(m)
        elif tag == "span" and self.cell == "code":
            self.marks.append(None)
        elif tag == "span" and self.cell == "diag" and "col" in cls:
            self.rows[int(self.ln)]["cols"].append(None)

    def handle_endtag(self, tag):
        if tag == "code" and self.note_code:
            self.note_code = False
            self.in_note = False
        elif tag == "table" and self.in_src:
            self.in_src = False
        elif tag == "td":
            self.cell = None
        elif tag == "span" and self.cell == "code" and self.marks:
            self.marks.pop()

    def handle_data(self, data):
        if self.note_code:
            self.path += data
        elif self.cell == "ln":
            self.ln += data.strip()
        elif self.cell == "code":
            self.rows[int(self.ln)]["code"] += data
            for m in self.marks:
                if m is not None:
                    m["text"] += data
        elif self.cell == "diag":
            cols = self.rows[int(self.ln)]["cols"]
            if cols and cols[-1] is None:
                cols[-1] = int(data.lstrip(":"))


def main():
    log, root, site = sys.argv[1:4]
    strip = sys.argv[4] if len(sys.argv) > 4 else ""
    problems = []
    verdicts = {}  # (file, line, col) -> [words]
    with open(log, "rb") as f:
        for raw in f.read().split(b"\n"):
            m = VERDICT.match(raw)
            if not m or m.group("msg").endswith(b":"):
                continue
            for rx, words in KINDS:
                if rx.match(m.group("msg")):
                    name = m.group("file").decode("utf-8", "replace")
                    if strip and name.startswith(strip):
                        name = name[len(strip):]
                    key = (name, int(m.group("line")), int(m.group("col")))
                    verdicts.setdefault(key, []).append(words)
                    break
    sources = {}

    def source(name):
        if name not in sources:
            try:
                with open(os.path.join(root, name), "rb") as f:
                    sources[name] = f.read().split(b"\n")
            except OSError:
                sources[name] = None
        return sources[name]

    shown = {}  # (file, line) -> [row of each page showing it]
    pages = 0
    fn = os.path.join(site, "fn")
    for page in sorted(os.listdir(fn)):
        p = Page()
        with open(os.path.join(fn, page), encoding="utf-8") as f:
            p.feed(f.read())
        if not p.rows:
            continue
        pages += 1
        lines = source(p.path)
        if lines is None:
            problems.append("%s: source %s not under %s" % (page, p.path, root))
            continue
        for ln, row in p.rows.items():
            shown.setdefault((p.path, ln), []).append((page, row))
            if row["code"].encode("utf-8") != lines[ln - 1]:
                problems.append("%s: line %d: code cell differs from the source" % (page, ln))
            if row["cols"] != sorted(row["cols"]):
                problems.append("%s: line %d: diagnostics not in column order: %s"
                                % (page, ln, row["cols"]))
            for m in row["marks"]:
                if (p.path, ln, m["col"]) not in verdicts:
                    problems.append("%s: %s:%d:%d: underlined, but the log has no verdict there"
                                    % (page, p.path, ln, m["col"]))
    checked = 0
    for (name, ln, col), words in sorted(verdicts.items()):
        lines = source(name)
        if lines is None or (name, ln) not in shown or col > len(lines[ln - 1]):
            continue
        want = token_at(lines[ln - 1], col)
        found = [m for _, row in shown[(name, ln)] for m in row["marks"] if m["col"] == col]
        checked += 1
        if not found:
            problems.append("%s:%d:%d: %s of %r not underlined on %s" % (
                name, ln, col, words[0], want.decode("utf-8", "replace"),
                ", ".join(pg for pg, _ in shown[(name, ln)])))
            continue
        for m in found:
            if not m["text"].encode("utf-8").startswith(want):
                problems.append("%s:%d:%d: underlined %r, want it to start with %r" % (
                    name, ln, col, m["text"], want.decode("utf-8", "replace")))
            if "col %d: " % col not in m["title"] or not any(w in m["title"] for w in words):
                problems.append("%s:%d:%d: title %r does not name col %d and %s" % (
                    name, ln, col, m["title"], col, " or ".join(words)))
    for p in problems[:40]:
        print(p)
    print("report_marks: %d verdict positions of the log, %d on lines the site shows, "
          "%d pages with source, %d problems" % (len(verdicts), checked, pages, len(problems)))
    sys.exit(1 if problems or not checked else 0)


main()
