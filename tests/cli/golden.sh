#!/usr/bin/env bash
# golden.sh - recompute the golden outputs of every testdata/go1.*/*.log
# (`escviz parse` and the ingest dump of tests/golden.sql) and compare them
# with the committed NAME.parsed / NAME.expected files (made by
# tests/regen.sh).  Prints "golden: N passed, M failed"; exits non-zero on
# any difference.
#
# Environment (set by ctest): ESCVIZ (binary), SRC (source folder).
set -u

: "${ESCVIZ:?set ESCVIZ to the escviz binary}"
: "${SRC:?set SRC to the source folder}"
command -v sqlite3 >/dev/null || { echo "golden: sqlite3 is required" >&2; echo "golden: 0 passed, 1 failed"; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/escviz-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# compare NAME GOT WANT: diff -u, counted.
compare() {
    if [ ! -f "$3" ]; then
        echo "FAIL $1: $3 is missing (run tests/regen.sh)" >&2
        failed=$((failed + 1))
    elif diff -u --label "$3" --label "$1 (now)" "$3" "$2" >"$tmp/diff"; then
        passed=$((passed + 1))
    else
        echo "FAIL $1: output differs from $3 (if the change is intended, run tests/regen.sh and review the diff):" >&2
        head -n 80 "$tmp/diff" >&2
        failed=$((failed + 1))
    fi
}

cd "$SRC"
. tests/golden_src.bash
found=0
for log in testdata/go1.*/*.log; do
    [ -e "$log" ] || continue
    found=1
    base=${log%.log}
    if "$ESCVIZ" parse "$log" >"$tmp/parsed" 2>"$tmp/err"; then
        compare "parse $log" "$tmp/parsed" "$base.parsed"
    else
        echo "FAIL parse $log: $(tail -n 3 "$tmp/err")" >&2
        failed=$((failed + 1))
    fi
    rm -f "$tmp/db" "$tmp"/db-*
    if "$ESCVIZ" ingest --db "$tmp/db" --src "$(golden_src "$log")" "$log" 2>"$tmp/err" &&
        sqlite3 -batch "$tmp/db" <tests/golden.sql >"$tmp/expected" 2>"$tmp/err"; then
        compare "ingest $log" "$tmp/expected" "$base.expected"
    else
        echo "FAIL ingest $log: $(tail -n 3 "$tmp/err")" >&2
        failed=$((failed + 1))
    fi
done
if [ "$found" = 0 ]; then
    echo "FAIL no testdata/go1.*/*.log under $SRC" >&2
    failed=$((failed + 1))
fi

echo "golden: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
