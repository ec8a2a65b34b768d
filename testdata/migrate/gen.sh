#!/usr/bin/env bash
# testdata/migrate/gen.sh OLD_ESCVIZ: the schema-3 database of the migration
# test (tests/cli/migrate.sh) and what the escviz that wrote it answered.
#
# OLD_ESCVIZ is an escviz of schema version 3 (commit 10ebc16, the last
# before chains were stored compactly).  It ingests real logs (a Go 1.10
# transcript with a TAB chain, go1.15 / go1.27 escprobe, the go1.22
# before/after pair of testdata/diff) into v3.db, which is kept as an SQL
# dump (v3.sql); the flows and steps rows as SQLite itself lists them
# (rows-*.txt); and what that escviz printed for why, graph and diff
# (expected/).  Run from anywhere; SHARED defaults to ../shared.
set -euo pipefail
old=${1:?usage: gen.sh OLD_ESCVIZ}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
SHARED=${SHARED:-$root/../shared}
case $old in /*) ;; *) old=$PWD/$old ;; esac
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
cd "$w"
ing() { "$old" ingest --db v3.db --label "$1" "$2" 2>/dev/null; }
ing go1.10 "$SHARED/corpus/legacy/061_go1.10_gotraining_2018-06_example4_mm_columns.txt"
ing go1.15 "$root/testdata/go1.15/escprobe-m2.log"
ing go1.27 "$root/testdata/go1.27/escprobe-m2.log"
ing before "$root/testdata/diff/go1.22/before-m2.log"
ing after "$root/testdata/diff/go1.22/after-m2.log"
[ "$(sqlite3 v3.db 'PRAGMA user_version')" = 3 ] || { echo "gen.sh: $old does not write schema 3" >&2; exit 2; }
{ # .dump keeps neither pragma
  echo "PRAGMA application_id = $(sqlite3 v3.db 'PRAGMA application_id');"
  echo "PRAGMA user_version = $(sqlite3 v3.db 'PRAGMA user_version');"
  sqlite3 v3.db .dump
} >"$here/v3.sql"
sqlite3 v3.db "SELECT explanation_id, seq, dst, ops, derefs, src, line_no FROM flows
  ORDER BY explanation_id, seq" >"$here/rows-flows.txt"
sqlite3 v3.db "SELECT s.explanation_id, (SELECT seq FROM flows f WHERE f.id = s.flow_id), s.seq,
  s.expr, s.reason, s.file_id, s.line, s.col, s.line_no FROM steps s ORDER BY 1, 2, 3" >"$here/rows-steps.txt"
mkdir -p "$here/expected"
while IFS='|' read -r name args; do
  # shellcheck disable=SC2086 # args are words
  NO_COLOR=1 "$old" $args --db v3.db >"$here/expected/$name" 2>&1 || true
done <"$here/commands.txt"
echo "gen.sh: $(wc -l <"$here/v3.sql") lines of SQL, $(ls "$here/expected" | wc -l) answers"
