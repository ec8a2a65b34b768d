#!/usr/bin/env bash
# gen.sh - regenerate the compiler logs of testdata/diffx/ (root causes,
# changed explanations, identical verdicts at one position).
#
# Usage:
#   GOROOT_1_19=/usr/lib/go-1.19 \
#   GOROOT_1_23=$(scripts/go-toolchain.sh 1.23) \
#   GOROOT_1_27=$(scripts/go-toolchain.sh 1.27) testdata/diffx/gen.sh
#
# The module is testdata/src/diffx (example.com/diffx).  Built as is, and
# with -tags variant (variant.go instead of point.go: newPoint is marked
# //go:noinline and bsink is a string rather than an interface{}).
#
# nested/ is a module of its own (example.com/nested): main calls wrap,
# which calls mk; with -tags variant wrap is //go:noinline.
#
# For every GOROOT_1_<N> that is set it writes
#   go1.<N>/diffx-m2.log           go build -o /dev/null -gcflags='-m=2' .
#   go1.<N>/diffx-variant-m2.log   the same with -tags variant
#   go1.<N>/nested-m2.log, nested-variant-m2.log   the same in nested/
# Each run has a fresh GOCACHE and downloads nothing (GOPROXY=off,
# GOTOOLCHAIN=local), like tests/gen-testdata.sh.  The logs are not edited.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../../tests/golog.bash"
src=$(cd "$here/../src/diffx" && pwd)

one() { # one VERSION GOROOT
    local out=$here/go$1 goroot=$2
    mkdir -p "$out"
    golog_run "$goroot" "$src" "$out/diffx-m2.log" build -o /dev/null -gcflags='-m=2' .
    golog_run "$goroot" "$src" "$out/diffx-variant-m2.log" build -o /dev/null -tags variant -gcflags='-m=2' .
    golog_run "$goroot" "$src/nested" "$out/nested-m2.log" build -o /dev/null -gcflags='-m=2' .
    golog_run "$goroot" "$src/nested" "$out/nested-variant-m2.log" build -o /dev/null -tags variant -gcflags='-m=2' .
}
golog_each_toolchain one
