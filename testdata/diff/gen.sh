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
# shifted-m2.log.  Each run uses a fresh GOCACHE and downloads nothing
# (GOPROXY=off, GOTOOLCHAIN=local), exactly like tests/gen-testdata.sh:
#   go build -o /dev/null -gcflags='-m=2' .   2>&1 > go1.N/STATE-m2.log
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
diff_version=${DIFF_VERSION:-1.22}

run() { # run GOROOT STATE OUT
    local goroot=$1 dir=$here/src/$2 out=$3 tmp status=0
    tmp=$(mktemp -d)
    (
        cd "$dir"
        env -u GOOS -u GOARCH -u GOPATH -u GOBIN -u GOFLAGS \
            GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
            GOCACHE="$tmp/cache" GOPATH="$tmp/gopath" GOENV=off \
            GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
            GOTOOLCHAIN=local GOTELEMETRY=off \
            "$goroot/bin/go" build -o /dev/null -gcflags='-m=2' .
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
    run "$goroot" before "$here/go$ver/before-m2.log"
    run "$goroot" closures "$here/go$ver/closures-m2.log"
    if [ "$ver" = "$diff_version" ]; then
        run "$goroot" after "$here/go$ver/after-m2.log"
        run "$goroot" shifted "$here/go$ver/shifted-m2.log"
    fi
done
[ "$found" = 1 ] || { echo "no GOROOT_1_<N> variables set; nothing to do" >&2; exit 2; }
