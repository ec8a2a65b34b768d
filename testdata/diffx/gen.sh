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
src=$(cd "$here/../src/diffx" && pwd)

run() { # run GOROOT DIR OUT GO-BUILD-ARGS...
    local goroot=$1 dir=$2 out=$3 tmp status=0
    shift 3
    tmp=$(mktemp -d)
    (
        cd "$dir"
        env -u GOOS -u GOARCH -u GOPATH -u GOBIN -u GOFLAGS \
            GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
            GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off \
            GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
            GOTOOLCHAIN=local GOTELEMETRY=off \
            "$goroot/bin/go" build -o /dev/null "$@" -gcflags='-m=2' .
    ) >"$out" 2>&1 || status=$?
    chmod -R u+w "$tmp" 2>/dev/null || true
    rm -rf "$tmp"
    if [ "$status" != 0 ] || [ "$(head -c 2 "$out")" != "# " ]; then
        echo "error: $out: go exit $status or no '# ' header" >&2
        exit 1
    fi
    echo "wrote $out"
}

found=0
for var in $(compgen -v GOROOT_1_ | sort -t_ -k3 -n); do
    goroot=${!var}
    [ -n "$goroot" ] || continue
    ver="1.${var#GOROOT_1_}"
    [ -x "$goroot/bin/go" ] || { echo "error: $var=$goroot has no bin/go" >&2; exit 1; }
    found=1
    mkdir -p "$here/go$ver"
    run "$goroot" "$src" "$here/go$ver/diffx-m2.log"
    run "$goroot" "$src" "$here/go$ver/diffx-variant-m2.log" -tags variant
    run "$goroot" "$src/nested" "$here/go$ver/nested-m2.log"
    run "$goroot" "$src/nested" "$here/go$ver/nested-variant-m2.log" -tags variant
done
[ "$found" = 1 ] || { echo "no GOROOT_1_<N> variables set; nothing to do" >&2; exit 2; }
