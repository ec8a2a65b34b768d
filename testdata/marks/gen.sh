#!/usr/bin/env bash
# gen.sh - regenerate testdata/marks/go1.19/marks-m2.log, the compiler's
# -m=2 output for testdata/src/marks (verdicts after tabs and UTF-8 on
# their line, several to a line, a very long line), read by
# tests/cli/report_marks.sh.
#
# Usage: [GOROOT_1_19=/usr/lib/go-1.19] testdata/marks/gen.sh
#
# A fresh GOCACHE, nothing downloaded (GOPROXY=off, GOTOOLCHAIN=local), as
# tests/gen-testdata.sh; the log is not edited.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../src/marks" && pwd)
goroot=${GOROOT_1_19:-/usr/lib/go-1.19}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$here/go1.19"
status=0
(
    cd "$src"
    env -u GOOS -u GOARCH -u GOPATH -u GOBIN -u GOFLAGS \
        GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
        GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off \
        GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
        GOTOOLCHAIN=local GOTELEMETRY=off \
        "$goroot/bin/go" build -o /dev/null -gcflags='-m=2' .
) >"$here/go1.19/marks-m2.log" 2>&1 || status=$?
echo "marks-m2.log	(cd testdata/src/marks && go build -o /dev/null -gcflags=-m=2 .) rc=$status" \
    >"$here/go1.19/COMMANDS"
"$goroot/bin/go" version >>"$here/go1.19/COMMANDS"
