# golog.bash - sourced by the scripts that regenerate real compiler logs
# (tests/gen-testdata.sh, testdata/*/gen.sh): one hermetic way to run a Go
# toolchain, so that every log in testdata/ is made the same way.
#
#   golog_go GOROOT DIR SCRATCH GO-ARGS...
#       run $GOROOT/bin/go in DIR with GOCACHE and GOPATH under the empty
#       folder SCRATCH (go replays cached -m diagnostics, so the cache must
#       be fresh), no download (GOPROXY=off, GOTOOLCHAIN=local), module mode
#       and none of the caller's GOOS/GOARCH/GOFLAGS/GOBIN.
#   golog_run GOROOT DIR OUT GO-ARGS...
#       golog_go with a scratch folder of its own; stdout and stderr go to
#       OUT (not edited).  Fails when OUT lacks the '# pkg' header, or when
#       go exits non-zero unless GOLOG_ANY_STATUS=1 (logs of compile errors).
#   golog_each_toolchain CALLBACK
#       CALLBACK VERSION GOROOT for every GOROOT_1_<N> variable that is set
#       and non-empty, lowest N first; a GOROOT without bin/go is an error.
#       Returns 2 (with a message) when no such variable is set.

golog_go() {
    local goroot=$1 dir=$2 scratch=$3
    shift 3
    mkdir -p "$scratch/cache" "$scratch/gopath"
    (
        cd "$dir"
        env -u GOOS -u GOARCH -u GOPATH -u GOBIN -u GOFLAGS \
            GOROOT="$goroot" PATH="$goroot/bin:$PATH" \
            GOCACHE="$scratch/cache" GOPATH="$scratch/gopath" GOENV=off \
            GOFLAGS=-mod=mod GO111MODULE=on GOPROXY=off \
            GOTOOLCHAIN=local GOTELEMETRY=off \
            "$goroot/bin/go" "$@"
    )
}

golog_run() {
    local goroot=$1 dir=$2 out=$3 scratch status=0
    shift 3
    scratch=$(mktemp -d)
    golog_go "$goroot" "$dir" "$scratch" "$@" >"$out" 2>&1 || status=$?
    chmod -R u+w "$scratch" 2>/dev/null || true
    rm -rf "$scratch"
    if [ "$(head -c 2 "$out")" != "# " ]; then
        echo "error: $out is empty or lacks a '# ' header (go exit $status)" >&2
        return 1
    fi
    if [ "$status" != 0 ] && [ "${GOLOG_ANY_STATUS:-0}" != 1 ]; then
        echo "error: $out: go exit $status" >&2
        return 1
    fi
    echo "wrote $out (go exit status $status)"
}

golog_each_toolchain() {
    local callback=$1 var goroot found=0
    for var in $(compgen -v GOROOT_1_ | sort -t_ -k3 -n); do
        goroot=${!var}
        [ -n "$goroot" ] || continue
        if [ ! -x "$goroot/bin/go" ]; then
            echo "error: $var=$goroot has no bin/go" >&2
            return 1
        fi
        found=1
        echo "== $(GOROOT="$goroot" GOTOOLCHAIN=local "$goroot/bin/go" version)"
        "$callback" "1.${var#GOROOT_1_}" "$goroot" || return 1
    done
    if [ "$found" = 0 ]; then
        echo "no GOROOT_1_<N> variables set; nothing to do (see the script's header)" >&2
        return 2
    fi
}
