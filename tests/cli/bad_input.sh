# Bad input, table-driven: the rows cli::ingest_errors does not have.  Each
# row is an input (or database) made here, the expected exit code and
# stderr; a failing ingest must leave the database exactly as it was
# (its .dump hashes the same), a succeeding one must store one build whose
# JSON, CSV and text outputs stay valid.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/b.db
good=$SRC/testdata/go1.15/shapes-m2.log
"$E" ingest --db "$db" --label base "$good" 2>/dev/null

# Inputs.
printf '# p\n./a.go:1:2: \377\376\303( escapes to heap\n./a.go:1:3: moved to heap: \355\240\200\n' >"$T/utf8.log"
printf '# p\n./a.go:1:2: x\0\0y escapes to heap\n\0\0\0\n' >"$T/nul.log"
printf '\357\273\277# p\n./a.go:1:2: x escapes to heap\n' >"$T/bom.log"
python3 -c "import sys; open(sys.argv[1], 'wb').write('# p\n./a.go:1:2: x escapes to heap\n'.encode('utf-16'))" "$T/u16.log"
printf '# p\r./a.go:1:2: x escapes to heap\r./a.go:3:4: moved to heap: y\r' >"$T/cr.log"
printf '# p\n\r\n\r\r\n./a.go:1:2: x escapes to heap\n' >"$T/lonecr.log"
printf '\n\n\n\n' >"$T/blank.log"
printf '# p\n./a.go:1:2: leaking param\n./a.go:1:3: leaking param:\n./a.go:1:4: leaking paramX\n./a.go:2:2: moved to heap:\n./a.go:3:2: cannot inline\n./a.go:4:2: inlining call to\n./a.go:5:2: can inline \n' >"$T/cut.log"
gzip -9c "$good" >"$T/log.gz"
printf '# p\n./a.go:99999999999999999999:99999999999999999999: x escapes to heap\n./a.go:-1:-2: y escapes to heap\n./a.go:0:0: z escapes to heap\n' >"$T/bignum.log"
python3 -c "import sys; sys.stdout.write('# p\n' + ''.join('./a.go:%d:2: x%d escapes to heap\n' % (i, i) for i in range(1, 50001)))" >"$T/many.log"
python3 -c "import sys; sys.stdout.write('# p\n./a.go:1:1: x escapes to heap\n./a.go:1:2: ' + 'B' * 9_000_000 + ' escapes to heap')" >"$T/longnoeol.log"
cp "$good" "$T/$(printf 'name\377\nwith newline.log')"
mkfifo "$T/fifo"

# NAME | EXIT | STDERR-REGEX | ARGS (eval'd; $T and $db available)
rows=(
  "invalid UTF-8 only|0|1 escape, 1 moved to heap|\"\$T/utf8.log\""
  "NUL bytes only|0|1 escape|\"\$T/nul.log\""
  "UTF-8 byte-order mark|0|1 escape|--label bom \"\$T/bom.log\""
  "UTF-16 text|2|no -m diagnostics found in .*u16.log.*UTF-16 text: convert it with 'iconv|\"\$T/u16.log\""
  "CR-only line ends (one line)|2|no -m diagnostics found in .*cr.log|\"\$T/cr.log\""
  "lone CRs|0|1 escape|\"\$T/lonecr.log\""
  "blank lines only|2|no -m diagnostics found in .*blank.log|\"\$T/blank.log\""
  "messages cut short after their keyword|0|3 leaking param|--label cut \"\$T/cut.log\""
  "compressed log|2|log.gz: not compiler output: binary data|\"\$T/log.gz\""
  "positions out of range|0|3 escape|\"\$T/bignum.log\""
  "50000 lines|0|50000 escape|\"\$T/many.log\""
  "9 MB last line (over the 8 MiB cap) without newline|0|1 unrecognized|\"\$T/longnoeol.log\""
  "file name with invalid UTF-8 and a newline|0|build|\"\$T/\$(printf 'name\\377\\nwith newline.log')\""
  "/dev/null|2|no -m diagnostics found in /dev/null|/dev/null"
  "unreadable file|2|Permission denied|\"\${as_user[@]}\" \"\$E\" ingest --db \"\$T/rw.db\" \"\$T/secret.log\""
  "the database is a directory|3|dbdir: cannot open database|--db \"\$T/dbdir\" \"\$good\""
  "the database's folder is missing|3|nodir/x.db: cannot open database|--db \"\$T/nodir/x.db\" \"\$good\""
  "the database is half a database|3|half.db: not an escviz database, or it is corrupt|--db \"\$T/half.db\" \"\$good\""
  "the database is a log file|3|notdb.db: not an escviz database|--db \"\$T/notdb.db\" \"\$good\""
  "a label with a newline and invalid UTF-8|0|build|--label \"\$(printf 'l\\nx\\377')\" \"\$good\""
)
mkdir "$T/dbdir"
cp "$db" "$T/half.db"
truncate -s $(($(stat -c %s "$db") / 2)) "$T/half.db"
cp "$good" "$T/notdb.db"
cp "$good" "$T/secret.log"
chmod 000 "$T/secret.log"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  chmod 777 "$T"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
else
  as_user=()
fi
dump() { sqlite3 "$1" .dump 2>/dev/null | sha256sum; }
for row in "${rows[@]}"; do
  IFS='|' read -r name want re args <<<"$row"
  target=$db
  case $args in --db*) target=$(eval "set -- $args; echo \"\$2\"") ;; esac
  before=$(dump "$target")
  nb=$(builds "$target")
  if [[ $args == \"\$\{as_user* ]]; then
    [ ${#as_user[@]} -eq 0 ] && [ "$(id -u)" -eq 0 ] && { echo "skip $suite::$name: skipped: root without setpriv reads every file"; continue; }
    eval "expect \"\$name\" \"\$want\" \"\$re\" -- $args"
  else
    eval "expect \"\$name\" \"\$want\" \"\$re\" -- \"\$E\" ingest --db \"\$db\" $args"
  fi
  if [ "$want" != 0 ] && [ -e "$target" ] && [ ! -d "$target" ]; then
    [ "$(dump "$target")" = "$before" ] && ok "$name: database as it was" || not_ok "$name: database as it was"
  elif [ "$want" = 0 ]; then
    [ "$(builds "$db")" = $((nb + 1)) ] && ok "$name: one build stored" || not_ok "$name: one build stored" "$nb -> $(builds "$db")"
  fi
done
# FIFO (a pipe with a name): read like a file.
{ cat "$good" >"$T/fifo"; } &
expect "a named pipe" 0 "build" -- "$E" ingest --db "$db" --label fifo "$T/fifo"
wait

# Everything stored above reads back as valid JSON, CSV and clean text.
check "stats json of every build" sh -c "for b in \$(sqlite3 '$db' 'SELECT id FROM builds'); do '$E' stats --db '$db' --build \$b --format json | python3 -m json.tool >/dev/null || exit 1; done"
check "ls json of every build" sh -c "for b in \$(sqlite3 '$db' 'SELECT id FROM builds'); do '$E' ls --db '$db' --build \$b --format json | python3 -m json.tool >/dev/null || exit 1; done"
check "builds json (labels and file names with bad bytes)" sh -c "'$E' builds --db '$db' --format json | python3 -m json.tool >/dev/null"
check "ls csv is UTF-8 with rows of equal width" sh -c "for b in \$(sqlite3 '$db' 'SELECT id FROM builds'); do '$E' ls --db '$db' --build \$b --format csv | python3 -c 'import csv,sys; r=list(csv.reader(open(0, encoding=\"utf-8\", newline=\"\"))); sys.exit(len({len(x) for x in r}) != 1)' || exit 1; done"
check "builds text has no raw control characters" sh -c "'$E' builds --db '$db' | LC_ALL=C grep -q '[[:cntrl:]]' && exit 1 || exit 0"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM events e JOIN builds b ON b.id = e.build_id WHERE b.label = 'cut' AND e.kind = 'leaking_param'")
[ "$n" = 3 ] && ok "cut-short leaking param lines are stored as events" || not_ok "cut-short leaking param lines are stored as events" "got $n"
n=$(sqlite3 "$db" "SELECT l.n FROM line_counts l JOIN builds b ON b.id = l.build_id WHERE b.label = 'bom' AND l.class = 'package_header'")
[ "$n" = 1 ] && ok "a byte-order mark does not hide the first package header" || not_ok "a byte-order mark does not hide the first package header" "got $n"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] && ok "integrity_check ok" || not_ok "integrity_check ok"
finish
