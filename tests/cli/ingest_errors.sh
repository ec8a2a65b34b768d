# Bad input: each case has its expected exit code and message, and the
# database is left as it was.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/t.db
good=$SRC/testdata/go1.15/shapes-m2.log

: >"$T/empty.log"
printf 'hello world\nthis is not compiler output\n' >"$T/noise.log"
head -c 65536 /dev/urandom >"$T/garbage.bin"
printf '# p\r\n./a.go:1:2: x escapes to heap\r\n./a.go:3:4: moved to heap: y\r\n' >"$T/crlf.log"
printf '# p\n./a.go:1:2: x\0y escapes to heap\n./a.go:1:3: \377\376 does not escape\n' >"$T/nul.log"
printf '# p\n./a.go:1:2: x escapes to heap\n./a.go:3:4: moved to heap: y' >"$T/noeol.log"
mkdir "$T/dir"

check "good log ingests" "$E" ingest --db "$db" "$good"
before=$(builds "$db")
expect "empty file" 2 "no -m diagnostics found in .*empty.log" -- "$E" ingest --db "$db" "$T/empty.log"
expect "no diagnostics" 2 "no -m diagnostics found in .*noise.log .was it built with -gcflags=-m" -- "$E" ingest --db "$db" "$T/noise.log"
expect "binary garbage" 2 "garbage.bin: not compiler output: binary data" -- "$E" ingest --db "$db" "$T/garbage.bin"
expect "empty stdin" 2 "no -m diagnostics found in <stdin>" -- "$E" ingest --db "$db" </dev/null
expect "missing file" 2 "missing.log: No such file or directory" -- "$E" ingest --db "$db" "$T/missing.log"
expect "directory as file" 2 "is a directory" -- "$E" ingest --db "$db" "$T/dir"
expect "missing file among good ones" 2 "nope.log" -- "$E" ingest --db "$db" "$good" "$T/nope.log"
[ "$(builds "$db")" = "$before" ] && ok "failed ingests stored nothing" || not_ok "failed ingests stored nothing"

expect "CRLF line ends" 0 "moved to heap" -- "$E" ingest --db "$db" --label crlf "$T/crlf.log"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM events e JOIN builds b ON b.id = e.build_id WHERE b.label = 'crlf' AND subject IN ('x', 'y')")
[ "$n" = 2 ] && ok "CRLF subjects have no CR" || not_ok "CRLF subjects have no CR" "got $n"
expect "NUL bytes and invalid UTF-8" 0 "build" -- "$E" ingest --db "$db" --label nul "$T/nul.log"
check "stats JSON of invalid UTF-8 is valid JSON" sh -c "'$E' stats --db '$db' --build nul --format json | python3 -m json.tool"
expect "truncated last line" 0 "build" -- "$E" ingest --db "$db" --label noeol "$T/noeol.log"
n=$(sqlite3 "$db" "SELECT input_lines FROM builds WHERE label = 'noeol'")
[ "$n" = 3 ] && ok "last line without newline counted" || not_ok "last line without newline counted" "got $n"

python3 -c "import sys; sys.stdout.write('# p\n./a.go:1:2: ' + 'A' * 50_000_000 + ' escapes to heap\n./a.go:3:4: moved to heap: y\n')" >"$T/long.log"
expect "50 MB line" 0 "1 unrecognized" -- /usr/bin/env time -f "maxrss=%M" "$E" ingest --db "$db" --label long "$T/long.log"
rss=$(sed -n 's/^maxrss=//p' "$T/err")
[ -n "$rss" ] && [ "$rss" -lt 131072 ] && ok "50 MB line: memory bounded ($rss KB)" || not_ok "50 MB line: memory bounded" "rss=$rss"
n=$(sqlite3 "$db" "SELECT truncated || ':' || length(message) FROM diagnostics d JOIN builds b ON b.id = d.build_id WHERE b.label = 'long'")
[ "$n" = "1:1048576" ] && ok "50 MB line stored cut and flagged" || not_ok "50 MB line stored cut and flagged" "got $n"

echo "not a database" >"$T/corrupt.db"
cp "$T/corrupt.db" "$T/corrupt.orig"
expect "corrupt database" 3 "corrupt.db: not an escviz database, or it is corrupt" -- "$E" ingest --db "$T/corrupt.db" "$good"
cmp -s "$T/corrupt.db" "$T/corrupt.orig" && ok "corrupt database untouched" || not_ok "corrupt database untouched"

cp "$db" "$T/newer.db"
sqlite3 "$T/newer.db" 'PRAGMA user_version = 99'
expect "database from a newer escviz" 3 "newer.db: database schema version 99 is newer than this escviz supports" -- "$E" ingest --db "$T/newer.db" "$good"
expect "stats on a newer database" 3 "schema version 99" -- "$E" stats --db "$T/newer.db"

sqlite3 "$T/other.db" 'CREATE TABLE t(x)'
expect "someone else's database" 3 "other.db: not an escviz database" -- "$E" ingest --db "$T/other.db" "$good"

cp "$db" "$T/ro.db"
chmod 444 "$T/ro.db"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  chmod 777 "$T"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
else
  as_user=()
fi
cp "$good" "$T/good.log" && chmod 644 "$T/good.log"
# As root, only another user sees a read-only file as read-only; that user
# must be able to reach the escviz under test (a checkout below a 0700
# folder, or a wrapper script there, is out of its reach).
if [ ${#as_user[@]} -gt 0 ] && ! "${as_user[@]}" "$E" --version >/dev/null 2>&1; then
  skip "read-only database" "$E is not runnable by an unprivileged user here"
else
  expect "read-only database" 3 "ro.db: database is not writable" -- "${as_user[@]}" "$E" ingest --db "$T/ro.db" "$T/good.log"
fi
expect "stats on a missing database" 2 "nope.db: no such database" -- "$E" stats --db "$T/nope.db"
expect "unknown build" 2 "no build with id or label 'nosuch'" -- "$E" stats --db "$db" --build nosuch
expect "unknown option" 2 "unknown option '--bogus'" -- "$E" ingest --bogus
expect "unknown command" 2 "'frobnicate' is not an escviz command" -- "$E" frobnicate
expect "bad format" 2 "unknown format 'xml'" -- "$E" stats --db "$db" --format xml

# Whole outputs, as expected files (tests/cli/expected/ingest_errors/).
expect_out empty -- "$E" ingest --db "$T/x.db" "$T/empty.log"
expect_out noise -- "$E" ingest --db "$T/x.db" "$T/noise.log"
expect_out missing -- "$E" ingest --db "$T/x.db" "$T/missing.log"
expect_out directory -- "$E" ingest --db "$T/x.db" "$T/dir"
expect_out crlf -- "$E" ingest --db "$T/x.db" --label crlf "$T/crlf.log"
expect_out nul -- "$E" ingest --db "$T/x.db" --label nul "$T/nul.log"
expect_out noeol -- "$E" ingest --db "$T/x.db" --label noeol "$T/noeol.log"

finish
