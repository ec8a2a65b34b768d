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
. "$here/../../tests/golog.bash"
golog_run "$goroot" "$src" "$out" build -o /dev/null -gcflags='-m -m' ./...
