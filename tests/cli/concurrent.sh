# Eight ingests into one database at once: all eight builds are stored,
# whole, and the database is consistent.
. "$(dirname "$0")/lib.bash"
db=$T/c.db
log=$SRC/testdata/go1.27/escprobe-m2.log
pids=()
for i in 1 2 3 4 5 6 7 8; do
  "$ESCVIZ" ingest --db "$db" --label "run$i" "$log" 2>"$T/err$i" &
  pids+=($!)
done
rcs=0
for p in "${pids[@]}"; do wait "$p" || rcs=$((rcs + 1)); done
[ "$rcs" -eq 0 ] && ok "all eight ingests exit 0" || not_ok "all eight ingests exit 0" "$rcs failed: $(cat "$T"/err*)"
[ "$(builds "$db")" = 8 ] && ok "eight builds stored" || not_ok "eight builds stored" "got $(builds "$db")"
n=$(sqlite3 "$db" "SELECT COUNT(DISTINCT n) FROM (SELECT build_id, COUNT(*) n FROM events GROUP BY build_id)")
[ "$n" = 1 ] && ok "every build has the same events" || not_ok "every build has the same events" "$n distinct counts"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] && ok "integrity_check ok" || not_ok "integrity_check ok"
finish
