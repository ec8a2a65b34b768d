# kill -9 at random points while ingesting a large log: afterwards the
# database passes integrity_check and holds only whole builds.
. "$(dirname "$0")/lib.bash"
db=$T/k.db
log=$T/big.log
xz -dc "$SHARED/corpus/logs/std-all-mm-go1.15.log.xz" >"$log"
"$ESCVIZ" ingest --db "$db" --label whole "$log" 2>/dev/null
whole=$(sqlite3 "$db" "SELECT COUNT(*) FROM events")
runs=${KILL_RUNS:-12}
bad=0
for i in $(seq 1 "$runs"); do
  "$ESCVIZ" ingest --db "$db" --label "killed$i" "$log" 2>/dev/null &
  pid=$!
  sleep "$((RANDOM % 2)).$((RANDOM % 9 + 1))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ "$(sqlite3 "$db" 'PRAGMA integrity_check')" != ok ]; then
    bad=$((bad + 1))
  fi
done
[ "$bad" -eq 0 ] && ok "integrity_check ok after $runs kills" || not_ok "integrity_check ok after $runs kills" "$bad bad"
# Every build present is whole: same event count as the complete one.
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM (SELECT b.id, (SELECT COUNT(*) FROM events e WHERE e.build_id = b.id) n FROM builds b) WHERE n <> $whole")
[ "$n" = 0 ] && ok "no partial build" || not_ok "no partial build" "$n partial"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM events WHERE build_id NOT IN (SELECT id FROM builds)")
[ "$n" = 0 ] && ok "no orphan rows" || not_ok "no orphan rows" "$n"
check "a new ingest still works" "$ESCVIZ" ingest --db "$db" --label after "$log"
finish
