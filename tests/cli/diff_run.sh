# escviz run with a fake `go` on PATH (no toolchain needed): -gcflags
# merging, stderr streamed through, the build ingested, the go command's
# exit status, --fresh-cache, and a diff of two runs.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
D=$SRC/testdata/diff/go1.22
db=$T/t.db
export TMPDIR=$T/tmp
mkdir -p "$T/bin" "$TMPDIR"

# The fake go: records its arguments (one a line) and GOCACHE, prints a
# real -m=2 log on stderr, a line on stdout, exits with $FAKE_STATUS.
cat >"$T/bin/go" <<'FAKE'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_DIR/args"
printf '%s\n' "${GOCACHE:-unset}" >"$FAKE_DIR/gocache"
[ -n "${GOCACHE:-}" ] && [ -d "$GOCACHE" ] && : >"$GOCACHE/entry"
[ -n "${FAKE_LOG:-}" ] && cat "$FAKE_LOG" >&2
echo "stdout of go"
exit "${FAKE_STATUS:-0}"
FAKE
chmod +x "$T/bin/go"
export PATH="$T/bin:$PATH" FAKE_DIR=$T FAKE_LOG=$D/before-m2.log FAKE_STATUS=0

args() { tr '\n' ' ' <"$T/args" | sed 's/ $//'; }

expect "run go build" 0 "note: packages the go command takes from its build cache" -- \
  "$E" run --db "$db" --label base --commit abc123 -- go build ./...
[ "$(args)" = "build -gcflags=-m=2 ./..." ] && ok "-gcflags=-m=2 added after the subcommand" || not_ok "-gcflags added" "$(args)"
grep -q '^\./main\.go:50:15: inlining call to newPoint$' "$T/err" && ok "go's stderr streamed through" || not_ok "stderr streamed"
grep -q '^stdout of go$' "$T/out" && ok "go's stdout passed through" || not_ok "stdout passed through"
grep -q 'stored build 1' "$T/err" && ok "says which build it stored" || not_ok "says which build"
r=$(sqlite3 "$db" "SELECT label, commit_rev, input_lines FROM builds")
[ "$r" = "base|abc123|79" ] && ok "build ingested with label and commit" || not_ok "build ingested" "$r"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM events WHERE kind = 'heap_escape'")
[ "$n" = 5 ] && ok "its events are stored" || not_ok "events stored" "$n"

expect "user -gcflags=-l" 0 "" -- "$E" run --db "$db" -- go build -gcflags=-l ./...
[ "$(args)" = "build -gcflags=-l -m=2 ./..." ] && ok "merged into -gcflags=VALUE" || not_ok "merged into -gcflags=VALUE" "$(args)"
expect "user -gcflags 'all=-N -l'" 0 "" -- "$E" run --db "$db" -- go build -v -gcflags 'all=-N -l' ./cmd/x
[ "$(args)" = "build -v -gcflags all=-N -l -m=2 ./cmd/x" ] && [ "$(sed -n 4p "$T/args")" = "all=-N -l -m=2" ] \
  && ok "merged into -gcflags PATTERN=VALUE (separate argument, pattern kept)" || not_ok "separate -gcflags" "$(args)"
expect "user --gcflags=all= and a second -gcflags" 0 "" -- "$E" run --db "$db" -- go build --gcflags=all= -gcflags=./p=-B .
[ "$(args)" = "build --gcflags=all=-m=2 -gcflags=./p=-B -m=2 ." ] && ok "every -gcflags merged" || not_ok "every -gcflags merged" "$(args)"
expect "go test with -args" 0 "" -- "$E" run --db "$db" -- go test -run X ./... -args -gcflags=zzz
[ "$(args)" = "test -gcflags=-m=2 -run X ./... -args -gcflags=zzz" ] && ok "flags after -args belong to the test binary" || not_ok "-args" "$(args)"

FAKE_STATUS=3 expect "go fails: its status" 3 "stored build" -- "$E" run --db "$db" -- go build ./...
FAKE_LOG= expect "no diagnostics: go's status, nothing stored" 0 "printed no -m diagnostics; nothing stored" -- "$E" run --db "$db" -- go build ./...
FAKE_LOG= FAKE_STATUS=2 expect "no diagnostics, go failed" 2 "nothing stored" -- "$E" run --db "$db" -- go build ./...
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM builds')" = 6 ] && ok "six builds stored" || not_ok "six builds"

expect "--fresh-cache" 0 "stored build" -- "$E" run --db "$db" --fresh-cache -- go build ./...
c=$(cat "$T/gocache")
case "$c" in "$TMPDIR"/escviz-gocache-*) ok "--fresh-cache sets a temporary GOCACHE";; *) not_ok "--fresh-cache GOCACHE" "$c";; esac
[ ! -e "$c" ] && ok "and removes it afterwards" || not_ok "GOCACHE removed"
! grep -q "note: packages" "$T/err" && ok "no cache note with --fresh-cache" || not_ok "no cache note with --fresh-cache"
[ -z "$(ls -A "$TMPDIR")" ] && ok "no temporary file left" || not_ok "temporary files left" "$(ls "$TMPDIR")"

"$E" run --db "$db" --label piped -- go build ./... 2>&1 | head -n 1 >/dev/null
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM builds WHERE label = 'piped'")" = 1 ] && [ -z "$(ls -A "$TMPDIR")" ] \
  && ok "stderr closed early (| head): still ingested, nothing left behind" || not_ok "stderr closed early"
expect "no go command" 2 "no go command given" -- "$E" run --db "$db"
expect "command not found" 127 "cannot run 'nosuchgo'" -- "$E" run --db "$db" -- nosuchgo build
expect "unknown option" 2 "unknown option '--bogus'" -- "$E" run --bogus -- go build

FAKE_LOG=$D/after-m2.log expect "run the head" 0 "" -- "$E" run --db "$db" --label head -- go build ./...
expect "diff the two runs" 1 "" -- "$E" diff --db "$db" base head --fail-on regression --format json -o "$T/d.json"
n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["regressions"])' "$T/d.json")
[ "$n" = 6 ] && ok "the diff of two runs finds the six regressions" || not_ok "diff of two runs" "$n"
finish
