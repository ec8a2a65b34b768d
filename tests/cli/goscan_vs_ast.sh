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
finish
