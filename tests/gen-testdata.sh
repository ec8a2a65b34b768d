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
probe="$here/testdata/src/escprobe"
shapes="$here/examples/shapes"
test_versions=${TEST_VERSIONS:-"1.15 1.27"}

# run <goroot> <dir> <outfile> <go args...>: run go in dir, capture output.
run() {
    local goroot=$1 dir=$2 out=$3
    shift 3
    local tmp status
    tmp=$(mktemp -d)
    status=0
    (
        cd "$dir"
        env -u GOOS -u GOARCH -u GOPATH -u GOBIN \
            GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
            GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off \
            GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
            GOTOOLCHAIN=local GOTELEMETRY=off \
            "$goroot/bin/go" "$@"
    ) >"$out" 2>&1 || status=$?
    chmod -R u+w "$tmp" 2>/dev/null || true
    rm -rf "$tmp"
    if [ ! -s "$out" ] || [ "$(head -c 2 "$out")" != "# " ]; then
        echo "error: $out is empty or lacks a '# ' header (go exit $status)" >&2
        exit 1
    fi
    echo "wrote $out (go exit status $status)"
}

found=0
for var in $(compgen -v GOROOT_1_ | sort -t_ -k3 -n); do
    goroot=${!var}
    [ -n "$goroot" ] || continue
    minor=${var#GOROOT_1_}
    ver="1.$minor"
    if [ ! -x "$goroot/bin/go" ]; then
        echo "error: $var=$goroot has no bin/go" >&2
        exit 1
    fi
    found=1
    outdir="$here/testdata/go$ver"
    mkdir -p "$outdir"
    echo "== $(GOROOT="$goroot" GOTOOLCHAIN=local "$goroot/bin/go" version)"

    run "$goroot" "$probe" "$outdir/escprobe-m1.log" build -gcflags='-m' ./...
    run "$goroot" "$probe" "$outdir/escprobe-m2.log" build -gcflags='-m -m' ./...
    case " $test_versions " in
    *" $ver "*)
        run "$goroot" "$probe" "$outdir/escprobe-test-m1.log" \
            test -vet=off -gcflags='-m' -run XXX ./...
        ;;
    esac
    run "$goroot" "$shapes" "$outdir/shapes-m2.log" build -o /dev/null -gcflags='-m -m' .
done

if [ "$found" = 0 ]; then
    echo "no GOROOT_1_<N> variables set; nothing to do (see header)" >&2
    exit 2
fi
