#!/usr/bin/env bash
# Make the real profiles of testdata/pprof/ with the Debian go1.19 (/usr/bin/go):
#   allocs.pb.gz  heap profile (runtime/pprof "allocs", MemProfileRate=1)
#   cpu.pb.gz     CPU profile (runtime/pprof.StartCPUProfile), ~1 s of work
# from prog/main.go, which allocates in three known places (2:3:5 by bytes)
# and calls an inlined helper that allocates.  The bytes differ run to
# run (CPU samples most), so tests compare escviz with `go tool pprof` on
# the committed file, not with fixed numbers.
# Usage: testdata/pprof/gen.sh   (from anywhere; writes next to itself)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GO=${GO:-/usr/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/cache GOPATH=$tmp/gopath GO111MODULE=off GOPROXY=off GOTOOLCHAIN=local GOENV=off GOFLAGS=
mkdir -p "$tmp/src/pprofprog"
cp "$here/prog/main.go" "$tmp/src/pprofprog/"
(cd "$tmp/src/pprofprog" && "$GO" build -o "$tmp/prog" .)
"$tmp/prog" "$here/allocs.pb.gz" "$here/cpu.pb.gz"
"$GO" version >"$here/go-version.txt"
