#!/usr/bin/env bash
# gen-testdata.sh - regenerate the golden Go compiler logs under testdata/.
#
# Usage:
#   GOROOT_1_15=/path/to/go1.15 GOROOT_1_19=/usr/lib/go-1.19 \
#   GOROOT_1_22=... GOROOT_1_24=... GOROOT_1_27=... \
#       tests/gen-testdata.sh
#
# Every GOROOT_1_<N> variable that is set and non-empty names the GOROOT of
# a Go 1.<N> toolchain ($GOROOT/bin/go must exist); its logs are written to
# testdata/go1.<N>/. Versions whose variable is unset or empty are skipped.
# The script never downloads anything (GOPROXY=off, GOTOOLCHAIN=local).
#
# Optional:
#   TEST_VERSIONS="1.15 1.27"  versions for which the `go test` log is also
#                              produced (default: "1.15 1.27").
#
# For each toolchain, with a fresh empty GOCACHE, it runs (inside
# testdata/src/escprobe and examples/shapes respectively):
#   go build -gcflags='-m' ./...                          > escprobe-m1.log
#   go build -gcflags='-m -m' ./...                       > escprobe-m2.log
#   go test -vet=off -gcflags='-m' -run XXX ./...         > escprobe-test-m1.log
#   go build -o /dev/null -gcflags='-m -m' .              > shapes-m2.log
# stdout and stderr are both captured (2>&1). The logs are not edited.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$here/tests/golog.bash"
probe="$here/testdata/src/escprobe"
shapes="$here/examples/shapes"
test_versions=${TEST_VERSIONS:-"1.15 1.27"}

one() { # one VERSION GOROOT
    local ver=$1 goroot=$2 outdir=$here/testdata/go$1
    mkdir -p "$outdir"
    golog_run "$goroot" "$probe" "$outdir/escprobe-m1.log" build -gcflags='-m' ./...
    golog_run "$goroot" "$probe" "$outdir/escprobe-m2.log" build -gcflags='-m -m' ./...
    case " $test_versions " in
    *" $ver "*)
        golog_run "$goroot" "$probe" "$outdir/escprobe-test-m1.log" \
            test -vet=off -gcflags='-m' -run XXX ./...
        ;;
    esac
    golog_run "$goroot" "$shapes" "$outdir/shapes-m2.log" build -o /dev/null -gcflags='-m -m' .
}
GOLOG_ANY_STATUS=1 golog_each_toolchain one
