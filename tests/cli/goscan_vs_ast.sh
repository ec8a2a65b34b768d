#!/usr/bin/env bash
# model/goscan.c (the C lexical scanner of function extents) against
# tests/goextent (the same extents and names computed from go/ast): every
# file must give identical lines.  Trees: testdata/src, examples, parts of
# the installed Go's std (fmt ... go/parser, the packages of the corpus
# logs, and go/types: over 300 files), and Debian-packaged libraries when installed
# (scripts/deps.sh --test installs them).
source "$(dirname "$0")/lib.bash"
dump=$BUILD/tests/test_goscan
GO=$(command -v go || true)

if [ -z "$GO" ]; then
  skip go "no go toolchain in PATH: cannot build tests/goextent"
  finish
fi
if [ ! -x "$dump" ]; then
  not_ok build "$dump is missing"
  finish
fi
if ! (cd "$SRC/tests/goextent" && GO111MODULE=off GOFLAGS= GOCACHE="$T/gocache" \
      "$GO" build -o "$T/goextent" . ) >"$T/build.log" 2>&1; then
  not_ok build "go build tests/goextent: $(head -c 300 "$T/build.log")"
  finish
fi
ok build

goroot=$("$GO" env GOROOT)
# compare NAME FILE...: goextent and test_goscan --dump agree on every file
# that go/parser accepts (files it rejects are counted and left out).
compare() {
  local name=$1
  shift
  if [ $# -eq 0 ]; then
    skip "$name" "no .go files"
    return
  fi
  printf '%s\n' "$@" >"$T/list"
  if ! xargs -d '\n' "$T/goextent" <"$T/list" >"$T/ast.all" 2>"$T/ast.err"; then
    not_ok "$name" "goextent failed: $(head -c 300 "$T/ast.err")"
    return
  fi
  grep -P '^# .*\tparse error$' "$T/ast.all" | sed 's/^# //; s/\tparse error$//' >"$T/bad"
  grep -vxF -f "$T/bad" "$T/list" >"$T/good" || true
  grep -vP '^# .*\tparse error$' "$T/ast.all" >"$T/ast"
  if ! xargs -d '\n' "$dump" --dump <"$T/good" >"$T/c" 2>"$T/c.err"; then
    not_ok "$name" "test_goscan --dump failed: $(head -c 300 "$T/c.err")"
    return
  fi
  local files funcs
  files=$(wc -l <"$T/good")
  funcs=$(grep -vc '^#' "$T/ast")
  if cmp -s "$T/ast" "$T/c"; then
    ok "$name ($files files, $funcs extents identical; $(wc -l <"$T/bad") files go/parser rejects left out)"
  else
    not_ok "$name" "$files files, $funcs extents; first differences (< go/ast, > goscan):
$(diff "$T/ast" "$T/c" | head -20)"
  fi
}

mapfile -t f < <(find "$SRC/testdata/src" -type f -name '*.go' | LC_ALL=C sort)
compare testdata "${f[@]}"
mapfile -t f < <(find "$SRC/examples" -type f -name '*.go' | LC_ALL=C sort)
compare examples "${f[@]}"
std=()
for d in fmt strings bytes sort encoding/json net/http go/parser regexp crypto/tls go/types strconv; do
  [ -d "$goroot/src/$d" ] && std+=("$goroot/src/$d")
done
# std's testdata/ folders hold programs the compiler rejects on purpose
# (methods with two receivers, receivers of non-local types): no -m output
# exists for them, so they are left out.
mapfile -t f < <(find -L "${std[@]}" -path '*/testdata' -prune -o -type f -name '*.go' -print | LC_ALL=C sort)
if [ "${#f[@]}" -lt 300 ]; then
  not_ok std "only ${#f[@]} std files under $goroot/src, want at least 300"
else
  compare std "${f[@]}"
fi
for p in github.com/pkg/errors github.com/spf13/pflag github.com/google/go-cmp; do
  d=/usr/share/gocode/src/$p
  if [ ! -d "$d" ]; then
    skip "$p" "$d missing (scripts/deps.sh --test installs it)"
    continue
  fi
  mapfile -t f < <(find -L "$d" -type f -name '*.go' | LC_ALL=C sort)
  compare "$p" "${f[@]}"
done

# The names against real compiler output: in the corpus logs of the same
# Debian libraries (tp-*-mm-go1.15 ... go1.27, built in GOPATH mode from
# /usr/share/gocode/src) and testdata/go1.*/escprobe-m[12].log, every `can inline NAME` / `cannot inline NAME:`
# at FILE:LINE:COL must be the innermost goscan extent holding that position,
# type arguments stripped (goscan_strip_typeargs); Go <= 1.21 spells init.funcN
# glob..funcN.  Compiler-made wrappers (-fm, .deferwrapN, .gowrapN) have no
# extent of their own and are counted apart, as are closures copied by
# inlining (named after the inlined-into function, positioned at the literal).
# names_check NAME DIR LOG...: LOGs (xz or plain) were compiled in DIR.
names_check() {
  local lib=$1 dir=$2
  shift 2
  local logs=("$@")
  if [ ! -d "$dir" ]; then skip "names:$lib" "$dir missing"; return; fi
  if [ ! -e "${logs[0]}" ]; then skip "names:$lib" "no corpus logs tp-$lib-*"; return; fi
  if ! command -v python3 >/dev/null; then skip "names:$lib" "no python3"; return; fi
  if python3 - "$dump" "$dir" "${logs[@]}" >"$T/names" 2>&1 <<'PY'
import glob, lzma, os, re, subprocess, sys
dump, root, logs = sys.argv[1], sys.argv[2], sys.argv[3:]
def strip(n):
    out, d = [], 0
    for ch in n:
        if ch == '[': d += 1
        elif ch == ']': d = max(d - 1, 0)
        elif d == 0: out.append(ch)
    return ''.join(out)
cache = {}
def extents(d):
    if d not in cache:
        files = sorted(f for f in glob.glob(d + '/*.go') if not f.endswith('_test.go'))
        ex, cur = {}, None
        if files:
            out = subprocess.run([dump, '--dump'] + files, capture_output=True, text=True, check=True).stdout
            for l in out.splitlines():
                if l.startswith('# '):
                    cur = os.path.basename(l[2:].split('\t')[0]); ex[cur] = []
                    continue
                n, s, e, _ = l.split('\t')
                ex[cur].append((n, tuple(map(int, s.split(':'))), tuple(map(int, e.split(':')))))
        cache[d] = ex
    return cache[d]
pat = re.compile(r'^([^/\s#]\S*\.go):(\d+):(\d+): (?:can inline (\S+)|cannot inline (\S+):)')
total = bad = wrappers = 0
for log in logs:
    old = int(re.search(r'go1\.(\d+)', log).group(1)) <= 21
    for line in (lzma.open if log.endswith('.xz') else open)(log, 'rt', errors='replace'):
        m = pat.match(line)
        if not m: continue
        name = strip(m.group(4) or m.group(5))
        full = os.path.normpath(os.path.join(root, m.group(1)))
        pos = (int(m.group(2)), int(m.group(3)))
        inner, known = None, set()
        for n, s, e in extents(os.path.dirname(full)).get(os.path.basename(full), []):
            known.add(strip(n))
            if s <= pos <= e: inner = strip(n)
        if inner and old: inner = re.sub(r'^init\.func', 'glob..func', inner)
        # Wrappers, and closures copied by inlining: a closure name the
        # source does not have (1.15-1.21 continue F's count: F.func5;
        # 1.22-1.24 F.F.func2.func5; 1.26+ F.func2.func1 for source F.func2.1).
        if re.search(r'(-fm|\.deferwrap\d+|\.gowrap\d+)$', name) or (
                re.search(r'\.func\d+$', name) and name not in known and
                re.sub(r'^glob\.\.', 'init.', name) not in known):
            wrappers += 1
            continue
        total += 1
        if inner != name:
            bad += 1
            if bad <= 5: print(os.path.basename(log), line.strip()[:100], '| goscan:', inner)
print(f'{len(logs)} logs, {total} names checked, {bad} differ, {wrappers} wrappers and inlined copies left out')
sys.exit(1 if bad or not total else 0)
PY
  then ok "names:$lib ($(tail -1 "$T/names"))"
  else not_ok "names:$lib" "$(head -c 600 "$T/names")"
  fi
}
for lib in pkgerrors:github.com/pkg/errors pflag:github.com/spf13/pflag gocmp:github.com/google/go-cmp; do
  names_check "${lib%%:*}" "/usr/share/gocode/src/${lib#*:}" "$SHARED"/corpus/logs/tp-"${lib%%:*}"-mm-go1.*.log.xz
done
names_check escprobe "$SRC/testdata/src/escprobe" "$SRC"/testdata/go1.*/escprobe-m[12].log
finish
