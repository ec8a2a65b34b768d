#!/usr/bin/env bash
# Build the seed corpora of the fuzz targets from the repository's testdata
# and the shared corpus.
# Usage: make-seeds.sh DEST SRC SHARED [small|big]
#   DEST/parser/  single logs: testdata/*.log, legacy/*.txt, probes/out/*.txt
#                 and slices of the large logs/*.xz, cut at line ends
#   DEST/diff/    pairs "OLD\fNEW" (fuzz_diff.c splits at the form feed),
#                 each side at most 4000 bytes:
#                 testdata/diff before/after logs, and the same slice of two
#                 Go versions' logs of one project
# small (ctest fuzz:: smoke runs): slices of at most 16 KiB, a few per log,
# so libFuzzer spends its minute fuzzing rather than loading seeds.
# big (the long runs): slices of at most 32 KiB, more of them (about 8 MB).
set -euo pipefail
dest=$1 src=$2 shared=$3 mode=${4:-small}
rm -rf "$dest"
mkdir -p "$dest/parser" "$dest/diff" "$dest/pprof"
python3 - "$dest" "$src" "$shared" "$mode" <<'PY'
import glob, hashlib, lzma, os, sys

dest, src, shared, mode = sys.argv[1:5]
cut = 16384 if mode == "small" else 32768
pair_cut = 4000  # each side of a diff pair: ingest+diff+render is ~10 ms/KB under ASan
per_log = 2 if mode == "small" else 8
probes = 40 if mode == "small" else 10000


def slices(data, n, size=None):
    """Up to n pieces of at most size bytes, each ending at a line end."""
    size = size or cut
    out, off = [], 0
    while off < len(data) and len(out) < n:
        piece = data[off:off + size]
        nl = piece.rfind(b"\n")
        if nl > 0 and off + size < len(data):
            piece = piece[:nl + 1]
        out.append(piece)
        off += len(piece)
    return out


def put(kind, data):
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(dest, kind, name), "wb") as f:
        f.write(data)


def read(path):
    if path.endswith(".xz"):
        with lzma.open(path) as f:
            return f.read()
    with open(path, "rb") as f:
        return f.read()


singles = sorted(glob.glob(f"{src}/testdata/go1.*/*.log"))
singles += sorted(glob.glob(f"{src}/testdata/diff/go1.*/*.log"))
singles += sorted(glob.glob(f"{shared}/corpus/legacy/*.txt"))
singles += sorted(glob.glob(f"{shared}/corpus/probes/out/*.txt"))[:probes]
for p in singles:
    for s in slices(read(p), 2 if mode == "small" else 4):
        put("parser", s)
logs = sorted(glob.glob(f"{shared}/corpus/logs/*.xz"))
for p in logs:
    for s in slices(read(p), per_log):
        put("parser", s)

# Pairs for the diff target.
for d in sorted(glob.glob(f"{src}/testdata/diff/go1.*")):
    before = f"{d}/before-m2.log"
    for after in sorted(glob.glob(f"{d}/*-m2.log")):
        if after != before and os.path.exists(before):
            put("diff", slices(read(before), 1, pair_cut)[0] + b"\f" + slices(read(after), 1, pair_cut)[0])
for v1, v2 in [("1.15", "1.19"), ("1.22", "1.27"), ("1.15", "1.27")]:
    for d in sorted(glob.glob(f"{src}/testdata/go{v1}/*.log")):
        other = d.replace(f"go{v1}", f"go{v2}")
        if os.path.exists(other):
            put("diff", slices(read(d), 1, pair_cut)[0] + b"\f" + slices(read(other), 1, pair_cut)[0])
projects = {}
for p in logs:
    base = os.path.basename(p)
    projects.setdefault(base.rsplit("-go", 1)[0], []).append(p)
for name, ps in sorted(projects.items()):
    for a, b in zip(ps, ps[1:]):
        sa, sb = slices(read(a), per_log // 2 or 1, pair_cut), slices(read(b), per_log // 2 or 1, pair_cut)
        for x, y in zip(sa, sb):
            put("diff", x + b"\f" + y)
            if mode == "small":
                break
# Profiles for the pprof target: the real ones as written (gzip) and
# gunzipped (the decoder's own input), from testdata/pprof and testdata/prof.
import gzip
for p in sorted(glob.glob(f"{src}/testdata/pprof/**/*.pb.gz", recursive=True) +
                glob.glob(f"{src}/testdata/prof/**/*.pprof", recursive=True) +
                glob.glob(f"{src}/testdata/prof/**/*.pb", recursive=True)):
    raw = read(p)
    put("pprof", raw)
    if raw[:2] == b"\x1f\x8b":
        try:
            put("pprof", gzip.decompress(raw))
        except (OSError, EOFError):
            pass  # testdata/prof/bad: a cut gzip stream
for kind in ("parser", "diff", "pprof"):
    n = len(os.listdir(os.path.join(dest, kind)))
    print(f"make-seeds: {kind}: {n} seeds", file=sys.stderr)
PY
touch "$dest/.stamp"
