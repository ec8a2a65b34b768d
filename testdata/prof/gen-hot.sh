#!/usr/bin/env bash
# gen-hot.sh - regenerate testdata/prof/go1.19/hot-m2.log: the -m=2 log of
# testdata/src/prof-hot, the "next commit" of testdata/src/prof, for
# tests/cli/profile.sh's diff --fail-on hot checks (the old build's
# profiles are go1.19/mem.pprof and cpu.pprof, made by gen.sh).
# Usage: testdata/prof/gen-hot.sh   (GOROOT_1_19 overrides /usr/bin/go's)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${GOROOT_1_19:=$(/usr/bin/go env GOROOT)}"
. "$root/tests/golog.bash"
golog_run "$GOROOT_1_19" "$root/testdata/src/prof-hot" "$here/go1.19/hot-m2.log" \
  test -c -o /dev/null -gcflags=-m=2 .
"$GOROOT_1_19/bin/go" version
