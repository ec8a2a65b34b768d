# SARIF for GitHub code scanning (issue 14): the fingerprint GitHub reads
# (partialFingerprints.primaryLocationLineHash) is the change's identity,
# kept by a line shift and by a Go-release respelling, different for
# different changes; rules carry what GitHub requires; --category; a run of
# over 5,000 changes keeps GitHub's limits with the regressions first.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diff
schema=$SHARED/schemas/sarif-schema-2.1.0.json

# KIND FUNCTION SUBJECT HASH of each regression (level warning), sorted.
regressions() {
  python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["runs"][0]["results"]:
    if r["level"] == "warning":
        p = r["properties"]
        print(r["ruleId"], p["function"], p["subject"], r["partialFingerprints"]["primaryLocationLineHash"])' "$1" | sort
}

# 1. The same edits (src/before -> src/after) built by three releases whose
# spellings differ (~R0, ~r0; 1.27's " in F:" headers): the same
# regressions, with the same fingerprints.
for v in 1.19 1.22 1.27; do
  "$E" diff "$D/go$v/before-m2.log" "$D/go$v/after-m2.log" --format sarif -o "$T/$v.sarif" 2>/dev/null
  regressions "$T/$v.sarif" >"$T/$v.reg"
done
n=$(wc -l <"$T/1.22.reg")
[ "$n" -ge 5 ] && ok "go1.22 before -> after: $n regressions" || not_ok "go1.22 before -> after has regressions" "$n"
for v in 1.19 1.27; do
  cmp -s "$T/1.22.reg" "$T/$v.reg" && ok "go$v: the same regressions with the same primaryLocationLineHash" ||
    not_ok "go$v: the same regressions and fingerprints as go1.22" "$(diff "$T/1.22.reg" "$T/$v.reg" | head -6)"
done
grep -q '~R0' "$D/go1.19/before-m2.log" && grep -q ' escapes to heap in ' "$D/go1.27/after-m2.log" &&
  ok "the logs really spell things differently (~R0 in 1.19, ' in F:' in 1.27)" || not_ok "the logs differ in spelling"
# Different changes, different fingerprints.
u=$(cut -d' ' -f4 "$T/1.22.reg" | sort -u | wc -l)
[ "$u" = "$n" ] && ok "each regression has its own fingerprint" || not_ok "each regression has its own fingerprint" "$u of $n"
# A real change of one verdict (p.X escapes in after/; before/ has no such
# escape) is not the identity of anything before/ -> shifted/ reports.
"$E" diff "$D/go1.22/before-m2.log" "$D/go1.22/shifted-m2.log" --format sarif -o "$T/shift.sarif" 2>/dev/null
[ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$T/shift.sarif")" = 0 ] &&
  ok "a line shift alone: no result" || not_ok "a line shift alone: no result"

# 2. What GitHub requires of rules and runs; --category.
"$E" diff "$D/go1.22/before-m2.log" "$D/go1.22/after-m2.log" --format sarif --category 'go1.22/linux-amd64' -o "$T/c.sarif" 2>/dev/null
python3 - "$T/c.sarif" <<'PY' >"$T/rules" 2>&1 && ok "rules have fullDescription and help; results have primaryLocationLineHash; category" || not_ok "rules, fingerprints, category" "$(cat "$T/rules")"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
for r in run["tool"]["driver"]["rules"]:
    assert r["fullDescription"]["text"] and r["help"]["text"] and r["help"]["markdown"], r["id"]
for r in run["results"]:
    assert r["partialFingerprints"]["primaryLocationLineHash"], r
assert run["automationDetails"]["id"] == "go1.22/linux-amd64/", run.get("automationDetails")
PY

# 3. Over 5,000 changes: the go1.21 and go1.24 builds of part of std
# (shared corpus): at most 5,000 results, every regression among them, the
# rest counted, valid, under 10 MB gzipped.
a=$SHARED/corpus/logs/std-med-mm-go1.21.log.xz b=$SHARED/corpus/logs/std-med-mm-go1.24.log.xz
if [ "${ESCVIZ_SARIF_BIG:-1}" = 0 ]; then
  skip "a 6,000-change diff as SARIF and Markdown" "ESCVIZ_SARIF_BIG=0 (the valgrind run: the plain and ASan runs check it)"
elif [ -r "$a" ] && [ -r "$b" ]; then
  xz -dc "$a" >"$T/a.log" && xz -dc "$b" >"$T/b.log"
  "$E" diff "$T/a.log" "$T/b.log" --format json -o "$T/big.json" 2>/dev/null
  "$E" diff "$T/a.log" "$T/b.log" --format sarif -o "$T/big.sarif" 2>/dev/null
  gz=$(gzip -c "$T/big.sarif" | wc -c)
  python3 - "$T/big.json" "$T/big.sarif" "$schema" "$gz" <<'PY' >"$T/big" 2>&1 && ok "$(cat "$T/big")" || not_ok "a 6,000-change diff as SARIF" "$(tail -3 "$T/big")"
import json, sys, jsonschema
changes = json.load(open(sys.argv[1]))["changes"]
doc = json.load(open(sys.argv[2]))
run = doc["runs"][0]
res = run["results"]
regs = sum(c["regression"] for c in changes)
assert len(changes) > 5000, len(changes)
assert len(res) == 5000, len(res)
assert sum(r["level"] == "warning" for r in res) == regs, "regressions kept"
assert run["properties"]["escvizLeftOut"] == len(changes) - 5000
assert int(sys.argv[4]) < 10 * 1000 * 1000
jsonschema.Draft4Validator(json.load(open(sys.argv[3]))).validate(doc)
print(f"{len(changes)} changes ({regs} regressions): 5000 results, all {regs} regressions kept, "
      f"{len(changes) - 5000} counted as left out, valid, {int(sys.argv[4]) // 1000} kB gzipped")
PY
  # The Markdown summary of the same diff ($GITHUB_STEP_SUMMARY takes at
  # most 1 MiB): under the limit, regressions first, the rest counted.
  "$E" diff "$T/a.log" "$T/b.log" --format md -o "$T/big.md" 2>/dev/null
  python3 - "$T/big.json" "$T/big.md" <<'PY' >"$T/md" 2>&1 && ok "$(cat "$T/md")" || not_ok "the Markdown summary of a 6,000-change diff" "$(tail -3 "$T/md")"
import json, re, sys
changes = json.load(open(sys.argv[1]))["changes"]
md = open(sys.argv[2], "rb").read()
assert len(md) <= 1 << 20, len(md)
rows = [l for l in md.decode().split("\n") if l.startswith("| :x: |") or l.startswith("|  |")]
flags = [l.startswith("| :x: |") for l in rows]
# A change and those it caused (rows "| ↳ ...") are one group: groups with
# a regression come first.
groups = []
for l, f in zip(rows, flags):
    if " | ↳ " in l and groups:
        groups[-1] = groups[-1] or f
    else:
        groups.append(f)
assert groups == sorted(groups, reverse=True), "a regression after a group without one"
m = re.search(r"… and (\d+) more changes, (\d+) of them regressions", md.decode())
more = int(m.group(1)) if m else 0
assert len(rows) + more == len(changes), (len(rows), more, len(changes))
regs = sum(c["regression"] for c in changes)
assert sum(flags) + (int(m.group(2)) if m else 0) == regs
print(f"Markdown: {len(md)} bytes, {len(rows)} rows ({sum(flags)} regressions first), {more} more counted")
PY
else
  skip "a 6,000-change diff as SARIF" "no $a or $b (SHARED=$SHARED)"
fi

# 4. Columns: the compiler counts bytes, SARIF UTF-16 code units.  Lines
# of testdata/diff/src/utf16 hold "€ und ü" and "𝄞" before an escape; run
# where the build ran (its files at hand), each new result's column is the
# UTF-16 one of its byte column (python3 counts them from the file); where
# the file is not at hand the byte column stays.
U=$SRC/testdata/diff/src/utf16
(cd "$U" && "$E" diff "$D/go1.19/before-m2.log" "$D/go1.19/utf16-m2.log" --format sarif -o "$T/u.sarif" 2>/dev/null)
(cd "$T" && "$E" diff "$D/go1.19/before-m2.log" "$D/go1.19/utf16-m2.log" --format sarif -o "$T/u-away.sarif" 2>/dev/null)
python3 - "$T/u.sarif" "$T/u-away.sarif" "$D/go1.19/utf16-m2.log" "$U/main.go" <<'PY' >"$T/u" 2>&1 && ok "$(cat "$T/u")" || not_ok "UTF-16 columns" "$(tail -3 "$T/u")"
import json, re, sys
src = open(sys.argv[4], "rb").read().split(b"\n")
def cols(path):
    run = json.load(open(path))["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    out = {}
    for r in run["results"]:
        ph = r["locations"][0]["physicalLocation"]
        if ph["artifactLocation"]["uri"] == "main.go" and r["properties"]["change"] == "added":
            out[(ph["region"]["startLine"], r["message"]["text"])] = ph["region"]["startColumn"]
    return out
here, away = cols(sys.argv[1]), cols(sys.argv[2])
byte = {}
for l in open(sys.argv[3], encoding="utf-8"):
    m = re.match(r"\./main\.go:(\d+):(\d+): (.* escapes to heap)$", l.rstrip("\n"))
    if m:
        byte[(int(m[1]), m[3])] = int(m[2])
n = differ = 0
for k, b in byte.items():
    want = 1 + len(src[k[0] - 1][:b - 1].decode("utf-8").encode("utf-16-le")) // 2
    assert here[k] == want, (k, here[k], want)
    assert away[k] == b, (k, away[k], b)
    n += 1
    differ += want != b
assert n >= 6 and differ >= 2, (n, differ)
print(f"{n} escapes: UTF-16 columns from the source ({differ} differ from the byte column), byte columns without it")
PY

# 5. Files outside the repository: pflag built by go1.27 prints GOROOT's
# sync/atomic code by absolute path.  Without its first inlined call there, the
# change is located by %GOROOT%, whose directory originalUriBaseIds gives;
# the package's own files by %SRCROOT%.
pf=$SHARED/corpus/logs/tp-pflag-mm-go1.27.log.xz
if [ -r "$pf" ]; then
  xz -dc "$pf" >"$T/pf.log"
  awk '!done && /^\/[^ ]*\/go1\.27\.3\/src\/.*: inlining call to / { done = 1; next } 1' "$T/pf.log" >"$T/pf-less.log"
  root=$(grep -m1 -o '^/[^ ]*/go1\.27\.3/' "$T/pf.log")
  "$E" diff "$T/pf.log" "$T/pf-less.log" --format sarif -o "$T/pf.sarif" 2>/dev/null
  python3 - "$T/pf.sarif" "$root" <<'PY' >"$T/pfo" 2>&1 && ok "$(cat "$T/pfo")" || not_ok "GOROOT files by %GOROOT%" "$(tail -3 "$T/pfo")"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
arts = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
g = [a for a in arts if a.get("uriBaseId") == "%GOROOT%"]
assert len(g) == 1 and g[0]["uri"].startswith("src/sync/atomic/"), arts
assert run["originalUriBaseIds"]["%GOROOT%"]["uri"] == "file://" + sys.argv[2], run.get("originalUriBaseIds")
print(f"a GOROOT file is {g[0]['uri']} under %GOROOT% = {run['originalUriBaseIds']['%GOROOT%']['uri']}")
PY
fi
finish
