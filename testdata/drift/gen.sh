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
src=$here/../src/drift

run() { # run GOROOT FLAGS OUT
    local goroot=$1 flags=$2 out=$3 tmp status=0
    tmp=$(mktemp -d)
    (
        cd "$src"
        env -u GOOS -u GOARCH -u GOPATH -u GOBIN -u GOFLAGS \
            GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
            GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off \
            GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
            GOTOOLCHAIN=local GOTELEMETRY=off \
            "$goroot/bin/go" build -o /dev/null -gcflags="$flags" .
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
    echo "== $(GOROOT="$goroot" GOTOOLCHAIN=local "$goroot/bin/go" version)"
    run "$goroot" -m=2 "$here/go$ver-m2.log"
    run "$goroot" -m "$here/go$ver-m1.log"
done
[ "$found" = 1 ] || { echo "no GOROOT_1_<N> variables set; nothing to do" >&2; exit 2; }
