#!/usr/bin/env bash
# bench/gen-std-log.sh — produce the big "whole standard library, -m -m" log
# that bench/ingest.sh uses as its large input.
#
# Usage:
#   bench/gen-std-log.sh [OUT]        (default OUT: /tmp/std-all-mm-go1.19.log)
#
# What it runs:
#   go build -gcflags='all=-m -m' std 2>&1 > OUT
# with the Debian system toolchain (/usr/lib/go-1.19/bin/go, GOROOT=/usr/lib/go-1.19),
# GOTOOLCHAIN=local (no toolchain download/switch), a fresh GOCACHE from mktemp -d
# (otherwise cached packages print no diagnostics and the log comes out short), from
# a scratch directory outside GOROOT and outside any module.  Note the redirection
# order: the compiler writes its -m diagnostics to stderr, so "2>&1 > OUT" is written
# here as "> OUT 2>&1" — both streams land in OUT.
#
# Takes ~40 s on 2 cores here (a few minutes on slower machines); the result is
# ~220 MB / 1.9 M lines (219,656,565 bytes, 1,892,615 lines, 227 packages with output;
# a second run gave 582 bytes fewer, same line count: a little of -m -m is not
# deterministic).
# Environment overrides: GO (go binary), GOROOT_SYS (its GOROOT).
# Exit status: that of `go build` (std builds cleanly, so 0 is expected); the log
# is left in OUT either way.
set -euo pipefail

out=${1:-/tmp/std-all-mm-go1.19.log}
GO=${GO:-/usr/lib/go-1.19/bin/go}
GOROOT_SYS=${GOROOT_SYS:-/usr/lib/go-1.19}

[[ -x $GO ]] || { echo "gen-std-log: $GO not found (apt-get install golang-1.19-go)" >&2; exit 2; }
case $out in /*) ;; *) out=$PWD/$out ;; esac
mkdir -p "$(dirname "$out")"

cache=$(mktemp -d "${TMPDIR:-/tmp}/escviz-gocache.XXXXXX")
work=$(mktemp -d "${TMPDIR:-/tmp}/escviz-genlog.XXXXXX")
cleanup() { chmod -R u+w "$cache" 2>/dev/null || true; rm -rf "$cache" "$work"; }
trap cleanup EXIT

echo "gen-std-log: $("$GO" version) -> $out" >&2
start=$(date +%s)
rc=0
(
	cd "$work"
	env -u GOFLAGS -u GO111MODULE \
		GOROOT="$GOROOT_SYS" GOTOOLCHAIN=local GOCACHE="$cache" \
		GOPATH="$work/gopath" GOMODCACHE="$work/gopath/pkg/mod" GOWORK=off \
		"$GO" build -gcflags='all=-m -m' std > "$out" 2>&1
) || rc=$?
end=$(date +%s)
printf 'gen-std-log: %s bytes, %s lines in %ss (go build exit %d)\n' \
	"$(stat -c %s "$out")" "$(wc -l < "$out")" "$((end - start))" "$rc" >&2
exit "$rc"
