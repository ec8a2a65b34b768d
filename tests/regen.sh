#!/usr/bin/env bash
# regen.sh - regenerate the golden expectation files next to every
# testdata/go1.*/*.log:
#   NAME.parsed    `escviz parse NAME.log` (the classification of every line)
#   NAME.expected  the structured result of `escviz ingest`, dumped by
#                  tests/golden.sql
# and, for every tests/cli/*.sh that calls expect_out (tests/cli/lib.bash),
#   tests/cli/expected/SCRIPT/NAME.{out,err,rc}  the normalised stdout,
#                  stderr and exit status of each captured escviz command,
#                  written by running the script with ESCVIZ_REGEN=1.
# These files are generated, never edited by hand: review the diff
# (git diff testdata/ tests/cli/expected/) before committing it.
# tests/cli/golden.sh and the CLI scripts check them.
#
# Usage: tests/regen.sh [ESCVIZ_BINARY]   (default: $ESCVIZ, else build/escviz)
# Env: SHARED (the shared corpus; default ../shared beside the tree).
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
escviz=${1:-${ESCVIZ:-$src/build/escviz}}
if [ ! -x "$escviz" ]; then
    echo "regen: no escviz binary at $escviz (build first, or pass its path)" >&2
    exit 2
fi
command -v sqlite3 >/dev/null || { echo "regen: sqlite3 is required" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/escviz-regen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Relative paths keep the outputs independent of where the tree lives.
cd "$src"
. tests/golden_src.bash
n=0
for log in testdata/go1.*/*.log; do
    base=${log%.log}
    "$escviz" parse "$log" >"$base.parsed"
    rm -f "$tmp/db" "$tmp"/db-*
    "$escviz" ingest --db "$tmp/db" --src "$(golden_src "$log")" "$log" 2>/dev/null
    sqlite3 -batch "$tmp/db" <tests/golden.sql >"$base.expected"
    n=$((n + 1))
done
echo "regen: wrote $n .parsed and $n .expected files under testdata/"

# The CLI expected files: each script's folder is rewritten whole, so a
# capture that is gone disappears too.
escviz=$(cd "$(dirname "$escviz")" && pwd)/$(basename "$escviz")
shared=$(cd "${SHARED:-$src/../shared}" && pwd)
scripts=0
failed=0
for script in tests/cli/*.sh; do
    grep -q '^[[:space:]]*expect_out ' "$script" || continue
    name=$(basename "$script" .sh)
    rm -rf "tests/cli/expected/$name"
    if ! ESCVIZ_REGEN=1 ESCVIZ="$escviz" SRC="$src" SHARED="$shared" BUILD="$(dirname "$escviz")" \
        bash "$script" >"$tmp/cli.log" 2>&1; then
        echo "regen: $script failed (its other checks); its expected files may be incomplete:" >&2
        grep '^FAIL' "$tmp/cli.log" >&2
        failed=$((failed + 1))
    fi
    scripts=$((scripts + 1))
done
echo "regen: wrote the expected files of $scripts CLI scripts under tests/cli/expected/"
[ "$failed" -eq 0 ]
