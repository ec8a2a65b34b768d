#!/usr/bin/env bash
# Make the real profiles of testdata/pprof/ with the Debian go1.19 (/usr/bin/go):
#   allocs.pb.gz  heap profile (runtime/pprof "allocs", MemProfileRate=1)
#   cpu.pb.gz     CPU profile (runtime/pprof.StartCPUProfile), ~1 s of work
# from prog/main.go, which allocates in three known places (2:3:5 by bytes)
# and calls an inlined helper that allocates.  The bytes differ run to
# run (CPU samples most), so tests compare escviz with `go tool pprof` on
# the committed file, not with fixed numbers.
# Usage: testdata/pprof/gen.sh            go1.19 (/usr/bin/go): testdata/pprof/*
#        GOROOT=DIR testdata/pprof/gen.sh OUT   another toolchain
#          (GOROOT=$(scripts/go-toolchain.sh 1.27) ... testdata/pprof/go1.27)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prog=$here/prog/main.go
out=${1:-$here}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -n "${GOROOT:-}" ]; then GO=$GOROOT/bin/go; export GOROOT; else GO=/usr/bin/go; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/cache GOPATH=$tmp/gopath GO111MODULE=off GOPROXY=off GOTOOLCHAIN=local GOENV=off GOFLAGS=
mkdir -p "$tmp/src/pprofprog"
cp "$prog" "$tmp/src/pprofprog/"
(cd "$tmp/src/pprofprog" && "$GO" build -o "$tmp/prog" .)
"$tmp/prog" "$out/allocs.pb.gz" "$out/cpu.pb.gz"
"$GO" version >"$out/go-version.txt"
