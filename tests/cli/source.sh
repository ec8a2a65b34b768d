# escviz ingest with the Go source (--src, the current directory): rows are
# placed by function extents, the files read are recorded with their size
# and sha256 (compared with wc -c and sha256sum), a stale file is reported
# and falls back to the compiler's naming, a -m=1 log without source places
# nothing, and a bad --src is the user's mistake.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
probe=$SRC/testdata/src/escprobe
log1=$SRC/testdata/go1.27/escprobe-m1.log
log2=$SRC/testdata/go1.22/escprobe-m2.log
q() { sqlite3 -batch "$@"; }

# With --src: every event of the package's own files is placed by the source.
db=$T/src.db
"$E" ingest --db "$db" --src "$probe" "$log1" 2>"$T/err" && ok "ingest --src" || not_ok "ingest --src" "$(cat "$T/err")"
n_own=$(grep -cE '^\./[a-z_]+\.go:[0-9]+:[0-9]+: .*(escapes to heap|does not escape|moved to heap|leaking param|ignoring self-assignment)' "$log1")
n_src=$(q "$db" "SELECT COALESCE(SUM(e.count), 0) FROM events e JOIN files f ON f.id = e.file_id WHERE f.path LIKE './%.go' AND e.attribution = 'source'")
[ "$n_src" = "$n_own" ] && ok "every verdict of ./*.go placed by the source ($n_src)" \
  || not_ok "every verdict of ./*.go placed by the source" "$n_src of $n_own"

# The files read: size and sha256 as wc and sha256sum say.
bad=0
while IFS='|' read -r path size sha; do
  [ "$size" = "$(wc -c <"$path")" ] && [ "$sha" = "$(sha256sum "$path" | cut -d' ' -f1)" ] || bad=$((bad + 1))
done < <(q "$db" "SELECT path, size, sha256 FROM source_files")
nfiles=$(q "$db" "SELECT COUNT(*) FROM source_files")
[ "$bad" = 0 ] && [ "$nfiles" -ge 4 ] && ok "source_files: size and sha256 of $nfiles files" \
  || not_ok "source_files" "$bad of $nfiles differ"

# Without source, a -m=1 log places no event by a guess (only inlinable
# functions are declared there): only where the line names its function
# ("F ignoring self-assignment ..."), and it says so.
db=$T/nosrc.db
(cd "$T" && "$E" ingest --db "$db" "$log1") 2>"$T/err"
placed=$(q "$db" "SELECT COUNT(*) FROM events WHERE (function_id IS NOT NULL OR attribution IS NOT NULL) AND attribution IS NOT 'compiler'")
named=$(q "$db" "SELECT COALESCE(SUM(e.count), 0) FROM events e JOIN functions f ON f.id = e.function_id WHERE e.attribution = 'compiler'")
n_named=$(grep -cE '^[^ ]+: [^ ]+ (ignoring self-assignment|assuming|marking)' "$log1")
[ "$placed" = 0 ] && [ "$named" = "$n_named" ] && ok "-m=1 without source: no event placed by a guess ($named named by the compiler)" \
  || not_ok "-m=1 without source" "$placed placed by a guess; $named named of $n_named"
grep -q 'note: .* events are in no known function .*--src DIR' "$T/err" \
  && ok "-m=1 without source: the note says what places them" || not_ok "-m=1 note" "$(cat "$T/err")"

# The current directory is the default source.
db=$T/cwd.db
(cd "$probe" && "$E" ingest --db "$db" "$log1") 2>/dev/null
[ "$(q "$db" "SELECT COUNT(*) FROM events WHERE attribution = 'source'")" -gt 0 ] \
  && ok "the current directory is the default source" || not_ok "the current directory is the default source"

# Stale source: a file cut short no longer fits; it is named, and its rows
# fall back to the compiler's naming (here -m=2: declarations).
cp -r "$probe" "$T/stale"
head -n 20 "$probe/main.go" >"$T/stale/main.go"
db=$T/stale.db
"$E" ingest --db "$db" --src "$T/stale" "$log2" 2>"$T/err"
grep -q "warning: ./main.go:[0-9]*:[0-9]*: does not fit $T/stale/main.go (20 lines): stale source" "$T/err" \
  && ok "stale source is reported with the position that does not fit" || not_ok "stale source report" "$(cat "$T/err")"
src_rows=$(q "$db" "SELECT COUNT(*) FROM events e JOIN files f ON f.id = e.file_id WHERE f.path = './main.go' AND e.attribution = 'source'")
decl_rows=$(q "$db" "SELECT COUNT(*) FROM events e JOIN files f ON f.id = e.file_id WHERE f.path = './main.go' AND e.attribution IN ('declaration', 'compiler')")
[ "$src_rows" = 0 ] && [ "$decl_rows" -gt 0 ] && ok "a stale file's rows fall back to the compiler's naming ($decl_rows)" \
  || not_ok "stale fallback" "source $src_rows, fallback $decl_rows"
[ "$(q "$db" "SELECT stale FROM source_files s JOIN files f ON f.id = s.file_id WHERE f.path = './main.go'")" = 1 ] \
  && ok "source_files.stale" || not_ok "source_files.stale"
[ "$(q "$db" "SELECT COUNT(*) FROM events e JOIN files f ON f.id = e.file_id WHERE f.path = './closures.go' AND e.attribution = 'source'")" -gt 0 ] \
  && ok "the other files still place by the source" || not_ok "the other files still place by the source"

# Functions without a body (assembly): the compiler prints their
# parameters' verdicts on their declaration, which is their extent.  The
# expectation is the log's own: "cannot inline F: no function body" at the
# same file and line names the function (sync/atomic of the go in PATH,
# built live: 30 such functions).
GO=$(command -v go || true)
if [ -z "$GO" ]; then
  skip "body-less functions" "no go toolchain in PATH"
else
  GOCACHE=$T/gocache GOFLAGS= GO111MODULE=off "$GO" build -a -gcflags='-m -m' sync/atomic >"$T/atomic.log" 2>&1
  db=$T/atomic.db
  "$E" ingest --db "$db" "$T/atomic.log" 2>"$T/err" || not_ok "ingest sync/atomic" "$(cat "$T/err")"
  python3 - "$T/atomic.log" >"$T/atomic.want" <<'PY'
import re, sys
decl, verdicts = {}, []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^(\S+\.go):(\d+):(\d+): (.*)$", line.rstrip("\n"))
    if not m:
        continue
    path, ln, col, msg = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    d = re.match(r"cannot inline (\S+): no function body$", msg)
    if d:
        decl[(path, ln)] = d.group(1)
    elif re.match(r"(leaking param( content)?: |\S+ does not escape$)", msg):
        verdicts.append((path, ln, col))
for path, ln, col in verdicts:
    if (path, ln) in decl:
        print("%s|%d|%d|%s" % (path, ln, col, decl[(path, ln)]))
PY
  q "$db" "SELECT f.path, e.line, e.col, COALESCE(fn.name, '?') FROM events e JOIN files f ON f.id = e.file_id
           LEFT JOIN functions fn ON fn.id = e.function_id WHERE e.attribution = 'source'" | sort -u >"$T/atomic.got"
  sort -u "$T/atomic.want" -o "$T/atomic.want"
  n=$(wc -l <"$T/atomic.want")
  missing=$(comm -23 "$T/atomic.want" "$T/atomic.got" | head -3)
  [ "$n" -ge 20 ] && [ -z "$missing" ] \
    && ok "a body-less function's verdicts are placed in it by its declaration ($n)" \
    || not_ok "body-less functions" "$n expected; not placed so: $missing"
fi

# A cgo file: the compiler reads cgo's rewrite of it, whose columns are
# not the file's (C.twice(...) becomes a longer call), so a position past
# its line's end is no sign of stale source.  testdata/src/cgoprobe built
# live (go and a C compiler): no stale-source warning, a note instead, and
# each event of main.go in the function whose lines hold it, as the source
# text says (the last `func NAME(` at or above the line).
if [ -z "$GO" ] || ! command -v cc >/dev/null; then
  skip "cgo source" "no go toolchain or no C compiler"
else
  cp -r "$SRC/testdata/src/cgoprobe" "$T/cgo"
  (cd "$T/cgo" && GOCACHE=$T/gocache GOFLAGS= CGO_ENABLED=1 "$GO" build -gcflags='-m -m' -o /dev/null . >"$T/cgo.log" 2>&1)
  db=$T/cgo.db
  (cd "$T/cgo" && "$E" ingest --db "$db" "$T/cgo.log") 2>"$T/err"
  if grep -q "stale source" "$T/err" || ! grep -q "note: [1-9][0-9]* positions\? in 1 cgo file (./main.go:[0-9]*:[0-9]* first) lie past the end of their line" "$T/err"; then
    not_ok "cgo source: a note, not stale" "$(cat "$T/err")"
  else
    ok "cgo source: columns past a line's end are noted as cgo's, not stale"
  fi
  awk '/^func [A-Za-z_]+\(/ { f = $2; sub(/\(.*/, "", f) } { print NR "|" f }' "$T/cgo/main.go" >"$T/cgo.fn"
  q "$db" "SELECT e.line, COALESCE(fn.name, '?'), e.attribution FROM events e JOIN files f ON f.id = e.file_id
           LEFT JOIN functions fn ON fn.id = e.function_id WHERE f.path = './main.go'" >"$T/cgo.rows"
  bad=$(awk -F'|' 'NR == FNR { fn[$1] = $2; next } $2 != fn[$1] || $3 != "source"' "$T/cgo.fn" "$T/cgo.rows")
  n=$(wc -l <"$T/cgo.rows")
  [ "$n" -ge 4 ] && [ -z "$bad" ] && ok "cgo source: each of main.go's $n events in its function, by the source" \
    || not_ok "cgo source placement" "$n rows; wrong: $bad"
fi

# A --src that is not a folder: exit 2, nothing stored.
db=$T/bad.db
expect "--src that is not a folder" 2 "nosuch: No such file or directory \(--src\)" -- "$E" ingest --db "$db" --src "$T/nosuch" "$log1"
[ "$(builds "$db")" = "" ] || [ "$(builds "$db")" = 0 ] && ok "bad --src stored nothing" || not_ok "bad --src stored nothing"

finish
