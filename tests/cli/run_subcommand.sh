# escviz run refuses a go subcommand that does not compile: `escviz run --
# go version` passed -gcflags to `go version`, which fails.  build, install,
# run, test and vet compile and take -gcflags; anything else (version, env,
# mod, no subcommand at all) exits 2 with a message naming it, before the
# go command runs or a database is made.  A fake go on PATH records whether
# it ran; the real go says which subcommands take -gcflags.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
db=$T/r.db
export TMPDIR=$T/tmp
mkdir -p "$T/bin" "$TMPDIR"

# What the real go says (the independent source): version takes no -gcflags,
# build does (go help build lists it).
realgo=$(command -v go)
if [ -n "$realgo" ]; then
  "$realgo" version -gcflags=-m=2 >/dev/null 2>"$T/goerr"; st=$?
  [ $st != 0 ] && grep -q 'flag provided but not defined: -gcflags' "$T/goerr" \
    && ok "the real go version refuses -gcflags" || not_ok "real go version" "exit $st: $(cat "$T/goerr")"
  "$realgo" help build | grep -q -- '-gcflags' && ok "go help build lists -gcflags" || not_ok "go help build"
else
  skip "real go" "no go on PATH"
fi

cat >"$T/bin/go" <<'FAKE'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_DIR/args"
cat "$FAKE_LOG" >&2
exit 0
FAKE
chmod +x "$T/bin/go"
export PATH="$T/bin:$PATH" FAKE_DIR=$T FAKE_LOG=$SRC/testdata/go1.19/shapes-m2.log

refused() { # NAME REGEX -- ARGS...: exit 2, REGEX on stderr, go not run, no database
  local name=$1 re=$2
  shift 3
  rm -f "$T/args"
  expect "$name" 2 "$re" -- "$E" run --db "$db" -- "$@"
  [ ! -e "$T/args" ] && [ ! -e "$db" ] && ok "$name: go not run, nothing stored" \
    || not_ok "$name: go not run" "$(cat "$T/args" 2>/dev/null)"
}
refused "go version" "^escviz: run: 'go version' does not compile anything, so it takes no -gcflags: run a go subcommand that compiles \(build, install, run, test or vet\)" -- go version
refused "go env" "'go env' does not compile anything" -- go env GOPATH
refused "go mod tidy" "'go mod' does not compile anything" -- go mod tidy
refused "go -C DIR version" "'go version' does not compile anything" -- go -C "$T" version
refused "go alone" "'go' has no go subcommand" -- go
refused "go with flags only" "'go' has no go subcommand" -- go -x

args() { tr '\n' ' ' <"$T/args" | sed 's/ $//'; }
for sub in build install run test vet; do
  rm -f "$T/args"
  expect "go $sub" 0 "stored build" -- "$E" run --db "$db" -- go $sub ./...
  [ "$(args)" = "$sub -gcflags=-m=2 ./..." ] && ok "go $sub: -gcflags=-m=2 passed" || not_ok "go $sub args" "$(args)"
done
# -C DIR comes before the subcommand; -gcflags goes after the subcommand, not after DIR.
expect "go -C DIR build" 0 "stored build" -- "$E" run --db "$db" -- go -C "$T" build .
[ "$(args)" = "-C $T build -gcflags=-m=2 ." ] && ok "go -C DIR build: -gcflags after build" || not_ok "-C args" "$(args)"
finish
