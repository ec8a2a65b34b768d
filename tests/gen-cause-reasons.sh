#!/usr/bin/env bash
# gen-cause-reasons.sh - collect one real compiler line per reason of the
# cause table (docs/causes.md) into testdata/causes/reasons.txt, for
# unit::test_cause.  Searches this repository's testdata logs and the shared
# corpus (../shared/corpus: std and library logs of 8 releases, probe
# output, transcripts of Go 1.3-1.13), in that order, for the first line
# `... from EXPR (REASON) at POS`.  Each output line is
#   REASON <TAB> where it was found <TAB> the line, unedited
# and a reason found nowhere is listed as `REASON <TAB> - <TAB> -`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${SHARED:-$here/../shared}
python3 - "$here" "$shared" >"$here/testdata/causes/reasons.txt" <<'PY'
import glob, lzma, os, re, sys
here, shared = sys.argv[1], sys.argv[2]
doc = open(os.path.join(here, "docs/causes.md"), encoding="utf-8").read()
reasons = re.findall(r"^\| `([^`]+)` \| [a-z()]+ \|$", doc.split("## The reasons", 1)[1], re.M)
files = sorted(glob.glob(os.path.join(here, "testdata/**/*.log"), recursive=True))
files += sorted(glob.glob(os.path.join(shared, "corpus/probes/out*/*")))
files += sorted(glob.glob(os.path.join(shared, "corpus/legacy/*")))
files += sorted(glob.glob(os.path.join(shared, "corpus/logs/*.log.xz")))
want = {r: None for r in reasons}
for f in files:
    if all(want.values()):
        break
    op = lzma.open if f.endswith(".xz") else open
    with op(f, "rt", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if "from " not in line or ") at " not in line:
                continue
            m = re.search(r"\bfrom .*\(([^()]*)\) at \S+\s*$", line.rstrip("\n"))
            if m and m.group(1) in want and not want[m.group(1)]:
                rel = os.path.relpath(f, shared) if f.startswith(shared) else os.path.relpath(f, here)
                want[m.group(1)] = (rel, line.rstrip("\r\n"))
print("# One real line per reason of docs/causes.md (tests/gen-cause-reasons.sh).")
for r in reasons:
    if want[r]:
        print(f"{r}\t{want[r][0]}\t{want[r][1]}")
    else:
        print(f"{r}\t-\t-")
PY
