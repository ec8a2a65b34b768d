#!/usr/bin/env bash
# gen.sh - regenerate testdata/defects/go1.19/defects-m2.log, the real
# go1.19 `-m -m` output of testdata/src/defects (module example.com/defects).
#
# Usage:
#   GOROOT_1_19=/usr/lib/go-1.19 testdata/defects/gen.sh
#
# Runs, in testdata/src/defects, with a fresh GOCACHE and downloading
# nothing (GOPROXY=off, GOTOOLCHAIN=local), like tests/gen-testdata.sh:
#   go build -o /dev/null -gcflags='-m -m' ./...   > go1.19/defects-m2.log
# stdout and stderr merged.  The log is not edited.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../src/defects" && pwd)
goroot=${GOROOT_1_19:-$(go env GOROOT)}
out="$here/go1.19/defects-m2.log"

case "$("$goroot/bin/go" version)" in
*go1.19*) ;;
*) echo "error: $goroot/bin/go is not go1.19" >&2; exit 1 ;;
esac
mkdir -p "$here/go1.19"
tmp=$(mktemp -d)
status=0
(
    cd "$src"
    env -u GOOS -u GOARCH -u GOPATH -u GOBIN -u GOFLAGS \
        GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
        GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off \
        GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
        GOTOOLCHAIN=local GOTELEMETRY=off \
        "$goroot/bin/go" build -o /dev/null -gcflags='-m -m' ./...
) >"$out" 2>&1 || status=$?
chmod -R u+w "$tmp" 2>/dev/null || true
rm -rf "$tmp"
if [ "$status" != 0 ] || [ "$(head -c 2 "$out")" != "# " ]; then
    echo "error: $out: go exit $status or no '# ' header" >&2
    exit 1
fi
echo "wrote $out"
