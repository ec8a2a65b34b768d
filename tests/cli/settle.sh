# A package printed in two blocks (two logs in one build) and a block cut
# early for memory are settled at commit by the SQL rules: the result must
# equal the in-memory one of a single, whole block.
. "$(dirname "$0")/lib.bash"
db=$T/s.db
log=$SRC/testdata/go1.19/escprobe-m2.log
"$ESCVIZ" ingest --db "$db" --label once "$log" 2>/dev/null
"$ESCVIZ" ingest --db "$db" --label twice "$log" "$log" 2>/dev/null
q="SELECT fl.path, e.line, e.col, e.kind, e.subject, IFNULL(f.name, '-'), IFNULL(e.attribution, '-'),
          (SELECT COUNT(*) FROM explanations x WHERE x.event_id = e.id)
   FROM events e JOIN builds b ON b.id = e.build_id JOIN files fl ON fl.id = e.file_id
   LEFT JOIN functions f ON f.id = e.function_id WHERE b.label = ?1 ORDER BY 1, 2, 3, 4, 5"
sqlite3 "$db" ".param set ?1 'once'" "$q" >"$T/once"
sqlite3 "$db" ".param set ?1 'twice'" "$q" | sed 's/|[0-9]*$//' >"$T/twice"
sed 's/|[0-9]*$//' "$T/once" >"$T/once.nolinks"
[ "$(wc -l <"$T/once")" -gt 100 ] && ok "the build has events" || not_ok "the build has events"
check "two blocks of a package: same events and functions" diff -u "$T/once.nolinks" "$T/twice"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM events e JOIN builds b ON b.id = e.build_id
                   WHERE b.label = 'twice' AND e.count % 2 = 1")
[ "$n" = 0 ] && ok "every event of the doubled log counted twice" || not_ok "every event of the doubled log counted twice" "$n odd counts"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM explanations x JOIN builds b ON b.id = x.build_id
                   WHERE b.label = 'twice' AND x.kind = 'escape' AND x.event_id IS NULL")
[ "$n" = 0 ] && ok "every escape explanation linked" || not_ok "every escape explanation linked" "$n unlinked"
finish
