# Binary input is not compiler output: `escviz ingest /usr/bin/go` stored a
# 57,000-line build of the executable's strings.  Now an input whose first
# block is binary data (an executable, a compressed log) exits 2 with
# "NAME: not compiler output: binary data", from a file or from stdin, and
# stores nothing, not even the good inputs before it; stdin and logs with a
# stray NUL byte still ingest.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/b.db
good=$SRC/testdata/go1.19/shapes-m2.log
dump() { sqlite3 "$1" .dump | sha256sum; }

gobin=$(readlink -f "$(command -v go)")
# What the file is, independently of escviz: an ELF executable.
[ "$(head -c 4 "$gobin" | od -An -c | tr -d ' ')" = '177ELF' ] && ok "the go on PATH is an ELF executable" \
  || not_ok "ELF magic" "$gobin"
gzip -9c "$good" >"$T/log.gz"

"$E" ingest --db "$db" --label base "$good" 2>/dev/null || not_ok "base ingest"
before=$(dump "$db")

expect "go executable" 2 "^escviz: $gobin: not compiler output: binary data\$" -- "$E" ingest --db "$db" "$gobin"
expect "go executable on stdin" 2 "^escviz: <stdin>: not compiler output: binary data\$" -- \
  sh -c '"$1" ingest --db "$2" <"$3"' sh "$E" "$db" "$gobin"
expect "go executable through a pipe" 2 "^escviz: <stdin>: not compiler output: binary data\$" -- \
  sh -c 'cat "$3" | "$1" ingest --db "$2"' sh "$E" "$db" "$gobin"
# escviz's own executable ($BUILD/escviz: under valgrind $E is a wrapper script).
self="${BUILD:?set BUILD to the build folder}/escviz"
[ -f "$self" ] && head -c 4 "$self" | od -An -c | grep -q 'E   L   F' &&
  ok "escviz's executable is ELF" || not_ok "escviz's executable is ELF" "$self"
expect "escviz itself" 2 "^escviz: $self: not compiler output: binary data\$" -- "$E" ingest --db "$db" "$self"
expect "gzip-compressed log" 2 "^escviz: $T/log.gz: not compiler output: binary data\$" -- "$E" ingest --db "$db" "$T/log.gz"
expect "a good log, then the executable" 2 "^escviz: $gobin: not compiler output: binary data\$" -- \
  "$E" ingest --db "$db" "$good" "$gobin"
expect "parse of the executable" 2 "not compiler output: binary data" -- "$E" parse "$gobin"
expect "dry run of the executable" 2 "not compiler output: binary data" -- "$E" ingest --db "$db" --dry-run "$gobin"
[ "$(dump "$db")" = "$before" ] && ok "nothing stored by the binary inputs" || not_ok "nothing stored"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM builds')" = 1 ] && ok "one build: the base" \
  || not_ok "one build" "$(sqlite3 "$db" 'SELECT id, label FROM builds')"

# Text still goes in: a log on stdin, through a pipe, and a log with a stray NUL.
expect "a log on stdin" 0 "build 2:" -- sh -c '"$1" ingest --db "$2" <"$3"' sh "$E" "$db" "$good"
expect "a log through a pipe" 0 "build 3:" -- sh -c 'cat "$3" | "$1" ingest --db "$2"' sh "$E" "$db" "$good"
printf '# p\n./a.go:1:2: x\0y escapes to heap\n' >"$T/nul.log"
expect "a log with a NUL byte" 0 "1 escape" -- "$E" ingest --db "$db" "$T/nul.log"
lines=$(sqlite3 "$db" "SELECT input_lines FROM builds WHERE id = 2")
[ "$lines" = "$(wc -l <"$good")" ] && ok "the stdin build has every line of the log ($lines)" \
  || not_ok "stdin lines" "$lines of $(wc -l <"$good")"
finish
