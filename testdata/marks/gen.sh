#!/usr/bin/env bash
# gen.sh - regenerate testdata/marks/go1.19/marks-m2.log, the compiler's
# -m=2 output for testdata/src/marks (verdicts after tabs and UTF-8 on
# their line, several to a line, a very long line), read by
# tests/cli/report_marks.sh.
#
# Usage: [GOROOT_1_19=/usr/lib/go-1.19] testdata/marks/gen.sh
#
# A fresh GOCACHE, nothing downloaded (GOPROXY=off, GOTOOLCHAIN=local), as
# tests/gen-testdata.sh; the log is not edited.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../src/marks" && pwd)
goroot=${GOROOT_1_19:-/usr/lib/go-1.19}
mkdir -p "$here/go1.19"
. "$here/../../tests/golog.bash"
golog_run "$goroot" "$src" "$here/go1.19/marks-m2.log" build -o /dev/null -gcflags='-m=2' .
echo "marks-m2.log	(cd testdata/src/marks && go build -o /dev/null -gcflags=-m=2 .) rc=0" \
    >"$here/go1.19/COMMANDS"
"$goroot/bin/go" version >>"$here/go1.19/COMMANDS"
