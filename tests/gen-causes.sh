#!/usr/bin/env bash
# gen-causes.sh - regenerate the compiler logs that tests/cli/causes.sh
# checks escviz's cause classifier against (testdata/causes/).
#
# Usage: tests/gen-causes.sh [1.N ...]        (default: 1.15 1.19 1.27)
#
# Builds testdata/src/causes (module example.com/causes) with each release
# at -m=1 and -m=2, in module mode, never downloading anything
# (GOPROXY=off, GOTOOLCHAIN=local), each build with a fresh GOCACHE (go
# replays cached diagnostics otherwise).  Writes testdata/causes/go1.N-mL.log
# (stdout and stderr of the build, merged, unedited).  The expected causes,
# testdata/causes/expected.tsv, are written by hand from the program.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$here/testdata/causes
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(1.15 1.19 1.27)

goroot_for() {
  if [ "$1" = 1.19 ] && [ -x /usr/bin/go ] && /usr/bin/go version | grep -q 'go1\.19'; then
    /usr/bin/go env GOROOT
  else
    "$here/scripts/go-toolchain.sh" "$1"
  fi
}

mkdir -p "$out"
for v in "${versions[@]}"; do
  goroot=$(goroot_for "$v")
  for l in 1 2; do
    tmp=$(mktemp -d)
    (cd "$here/testdata/src/causes" &&
      env -u GOOS -u GOARCH -u GOBIN -u GOFLAGS GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
        GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off GOPROXY=off GOTOOLCHAIN=local \
        GOTELEMETRY=off GO111MODULE=on GOFLAGS=-mod=mod \
        "$goroot/bin/go" build -gcflags="-m=$l" .) >"$out/go$v-m$l.log" 2>&1 ||
      echo "gen-causes.sh: go$v -m=$l failed (kept: $out/go$v-m$l.log)" >&2
    chmod -R u+w "$tmp" 2>/dev/null || true
    rm -rf "$tmp"
  done
done
