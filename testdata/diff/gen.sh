#!/usr/bin/env bash
# gen.sh - regenerate the compiler logs of the diff tests (testdata/diff/).
#
# Usage:
#   GOROOT_1_15=/path/go1.15 GOROOT_1_19=/usr/lib/go-1.19 GOROOT_1_22=... \
#   GOROOT_1_24=... GOROOT_1_27=... testdata/diff/gen.sh
#
# src/before, src/after and src/shifted are three states of one module,
# example.com/diffprobe: after/ makes three edits (a pointer to a local is
# returned, fmt.Println of a local, a parameter becomes interface{});
# shifted/ only inserts three blank lines at the top of main.go.
# closures/ is a separate module whose closure copies are named
# differently by each release (go1.N/closures-m2.log for every version).
#
# For every GOROOT_1_<N> that is set, it writes go1.<N>/before-m2.log; for
# DIFF_VERSION (default 1.22) it also writes after-m2.log and
# shifted-m2.log, and for AFTER_VERSIONS (default "1.19 1.27") after-m2.log
# (tests/cli/sarif.sh: the same changes under three releases).  Each run uses a fresh GOCACHE and downloads nothing
# (GOPROXY=off, GOTOOLCHAIN=local), exactly like tests/gen-testdata.sh:
#   go build -o /dev/null -gcflags='-m=2' .   2>&1 > go1.N/STATE-m2.log
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/../../tests/golog.bash"
diff_version=${DIFF_VERSION:-1.22}
after_versions=" ${AFTER_VERSIONS:-1.19 1.27} "

one() { # one VERSION GOROOT
    local ver=$1 goroot=$2 out=$here/go$1
    mkdir -p "$out"
    golog_run "$goroot" "$here/src/before" "$out/before-m2.log" build -o /dev/null -gcflags='-m=2' .
    golog_run "$goroot" "$here/src/closures" "$out/closures-m2.log" build -o /dev/null -gcflags='-m=2' .
    if [ "$ver" = "$diff_version" ]; then
        golog_run "$goroot" "$here/src/after" "$out/after-m2.log" build -o /dev/null -gcflags='-m=2' .
        golog_run "$goroot" "$here/src/shifted" "$out/shifted-m2.log" build -o /dev/null -gcflags='-m=2' .
    elif [[ $after_versions == *" $ver "* ]]; then
        golog_run "$goroot" "$here/src/after" "$out/after-m2.log" build -o /dev/null -gcflags='-m=2' .
    fi
    if [ "$ver" = 1.19 ]; then # tests/cli/sarif.sh: UTF-16 columns
        golog_run "$goroot" "$here/src/utf16" "$out/utf16-m2.log" build -o /dev/null -gcflags='-m=2' .
    fi
}
golog_each_toolchain one
