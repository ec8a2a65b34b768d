#!/usr/bin/env bash
# regen.sh - regenerate the golden expectation files next to every
# testdata/go1.*/*.log:
#   NAME.parsed    `escviz parse NAME.log` (the classification of every line)
#   NAME.expected  the structured result of `escviz ingest`, dumped by
#                  tests/golden.sql
# These files are generated, never edited by hand: review the diff
# (git diff testdata/) before committing it.  tests/cli/golden.sh checks them.
#
# Usage: tests/regen.sh [ESCVIZ_BINARY]   (default: $ESCVIZ, else build/escviz)
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
n=0
for log in testdata/go1.*/*.log; do
    base=${log%.log}
    "$escviz" parse "$log" >"$base.parsed"
    rm -f "$tmp/db" "$tmp"/db-*
    "$escviz" ingest --db "$tmp/db" "$log" 2>/dev/null
    sqlite3 -batch "$tmp/db" <tests/golden.sql >"$base.expected"
    n=$((n + 1))
done
echo "regen: wrote $n .parsed and $n .expected files under testdata/"
