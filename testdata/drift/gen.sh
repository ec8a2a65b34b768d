#!/usr/bin/env bash
# gen.sh - regenerate the Go-release drift logs (testdata/drift/).
#
# Usage:
#   GOROOT_1_19=/usr/lib/go-1.19 GOROOT_1_23=$(scripts/go-toolchain.sh 1.23) \
#   GOROOT_1_27=$(scripts/go-toolchain.sh 1.27) testdata/drift/gen.sh
#
# testdata/src/drift (module example.com/drift) spells one decision in
# several ways depending on the release: implicit interface conversions,
# constants retyped or folded, raw or quoted literals, .autotmp_N,
# assign/assign-pair, long literals cut with "...".  For every GOROOT_1_<N>
# that is set it writes go1.<N>-m2.log and go1.<N>-m1.log, each with a fresh
# GOCACHE and without downloading anything (GOPROXY=off, GOTOOLCHAIN=local),
# with the environment of tests/gen-testdata.sh:
#   go build -o /dev/null -gcflags=-m=2 .   > go1.N-m2.log 2>&1
#   go build -o /dev/null -gcflags=-m   .   > go1.N-m1.log 2>&1
# The logs are not edited.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../../tests/golog.bash"
src=$here/../src/drift

one() { # one VERSION GOROOT
    golog_run "$2" "$src" "$here/go$1-m2.log" build -o /dev/null -gcflags=-m=2 .
    golog_run "$2" "$src" "$here/go$1-m1.log" build -o /dev/null -gcflags=-m .
}
golog_each_toolchain one
