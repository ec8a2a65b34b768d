# Schema migration 3 -> 4 (flows and steps become one chain per
# explanation): a database written by the escviz before the change
# (testdata/migrate/v3.sql, made by testdata/migrate/gen.sh with it) is
# upgraded by the first ingest into it.  Afterwards the flows and steps
# views list exactly the rows SQLite listed from the old tables, and why,
# graph and diff print what that escviz printed (testdata/migrate/expected).
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/migrate
cd "$T"
sqlite3 -batch v3.db <"$D/v3.sql"
v=$(sqlite3 -batch v3.db 'PRAGMA user_version')
[ "$v" = 3 ] && ok "the fixture is schema 3" || not_ok "the fixture is schema 3" "user_version $v"

# Readers never migrate: the old schema is left as it is.
"$E" builds --db v3.db >/dev/null 2>&1 || true
v=$(sqlite3 -batch v3.db 'PRAGMA user_version')
[ "$v" = 3 ] && ok "a reader leaves schema 3 alone" || not_ok "a reader leaves schema 3 alone" "user_version $v"

if "$E" ingest --db v3.db --label extra "$SRC/testdata/go1.19/escprobe-m2.log" 2>err; then
  ok "ingest upgrades the database"
else
  not_ok "ingest upgrades the database" "$(cat err)"
fi
v=$(sqlite3 -batch v3.db 'PRAGMA user_version')
[ "$v" = 4 ] && ok "schema 4 after the ingest" || not_ok "schema 4 after the ingest" "user_version $v"
kinds=$(sqlite3 -batch v3.db "SELECT group_concat(name || ':' || type, ' ') FROM (SELECT name, type
  FROM sqlite_schema WHERE name IN ('flows', 'steps') ORDER BY name)")
[ "$kinds" = "flows:view steps:view" ] && ok "flows and steps are views" || not_ok "flows and steps are views" "$kinds"

# The rows of the five old builds, as the old tables held them.
sqlite3 -batch v3.db "SELECT explanation_id, seq, dst, ops, derefs, src, line_no FROM flows
  WHERE build_id <= 5 ORDER BY explanation_id, seq" >flows.txt
sqlite3 -batch v3.db "SELECT explanation_id, flow_seq, seq, expr, reason, file_id, line, col, line_no
  FROM steps WHERE build_id <= 5 ORDER BY 1, 2, 3" >steps.txt
for t in flows steps; do
  n=$(wc -l <"$D/rows-$t.txt")
  if cmp -s "$D/rows-$t.txt" $t.txt; then
    ok "the $t view lists the $n rows of the old $t table"
  else
    not_ok "the $t view lists the old $t rows" "$(diff "$D/rows-$t.txt" $t.txt | head -5)"
  fi
done

# Graphviz's coordinates and sizes come from the fonts this machine has,
# not from the database: DOT is compared without them (nodes, edges, labels
# and every other attribute stay).
layout_free() {
  perl -0pe 's/\b(?:bb|pos|lp)="[^"]*"//g; s/\b(?:lwidth|lheight|width|height)=[0-9.]+//g;
    s/[\s,]+/ /g' "$1"
}

# The same logs ingested by this escviz into a fresh database, in the same
# order (so the build ids agree), plus the build ingested above.
ing() { "$E" ingest --db fresh.db --label "$1" "$2" 2>/dev/null; }
ing go1.10 "$SHARED/corpus/legacy/061_go1.10_gotraining_2018-06_example4_mm_columns.txt"
ing go1.15 "$SRC/testdata/go1.15/escprobe-m2.log"
ing go1.27 "$SRC/testdata/go1.27/escprobe-m2.log"
ing before "$SRC/testdata/diff/go1.22/before-m2.log"
ing after "$SRC/testdata/diff/go1.22/after-m2.log"
ing extra "$SRC/testdata/go1.19/escprobe-m2.log"

# The answers: after the upgrade, exactly this escviz's answers from the
# fresh database; and the answers the old escviz recorded before the
# upgrade (expected/), wherever this escviz still prints them so (a later
# change of the output, e.g. a new JSON field, is not the migration's).
while IFS='|' read -r name args; do
  # shellcheck disable=SC2086 # args are words
  NO_COLOR=1 "$E" $args --db v3.db >out 2>&1 || true
  # shellcheck disable=SC2086
  NO_COLOR=1 "$E" $args --db fresh.db 2>&1 | sed 's/fresh\.db/v3.db/g' >fresh || true
  if cmp -s fresh out; then
    ok "escviz $args: the upgraded database answers as a fresh one"
  else
    not_ok "escviz $args: the upgraded database answers as a fresh one" "$(diff fresh out | head -8)"
  fi
  case $name in
  *.dot) layout_free "$D/expected/$name" >want && layout_free out >got && layout_free fresh >gotf ;;
  *) cp "$D/expected/$name" want && cp out got && cp fresh gotf ;;
  esac
  if cmp -s want got; then
    ok "escviz $args: as before the upgrade"
  elif ! cmp -s want gotf; then
    skip "escviz $args: as before the upgrade" "this escviz prints it differently from a fresh database too: $(diff want gotf | head -3 | tr '\n' ' ')"
  else
    not_ok "escviz $args: as before the upgrade" "$(diff want got | head -8)"
  fi
done <"$D/commands.txt"

# A new build in the upgraded database reads back as a fresh database's.
"$E" ingest --db fresh2.db --label extra "$SRC/testdata/go1.19/escprobe-m2.log" 2>/dev/null
for db in v3.db fresh2.db; do
  NO_COLOR=1 "$E" why --db $db --build extra newPoint:p >"why-$db" 2>&1
done
cmp -s why-v3.db why-fresh2.db && ok "the new build answers as in a fresh database" \
  || not_ok "the new build answers as in a fresh database" "$(diff why-v3.db why-fresh2.db | head -5)"
finish
