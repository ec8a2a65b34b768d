# Helpers for tests/cli/*.sh (sourced; not a test itself, hence .bash).
# Each test script: source lib.bash; run checks with `check NAME CMD...`;
# end with `finish`, which prints "NAME: N passed, M failed" and exits.
set -u
: "${ESCVIZ:?set ESCVIZ to the escviz binary}" "${SRC:?}" "${SHARED:=$SRC/../shared}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
passed=0
failed=0
skipped=0
suite=$(basename "$0" .sh)

ok() { passed=$((passed + 1)); echo "ok   $suite::$1"; }
not_ok() { failed=$((failed + 1)); echo "FAIL $suite::$1${2:+: $2}"; }
# skip NAME REASON: the environment cannot run this check; say why, count it.
skip() { skipped=$((skipped + 1)); echo "skip $suite::$1: $2"; }

# expect NAME WANT_EXIT STDERR_REGEX -- CMD...: run CMD, check exit and stderr.
expect() {
  local name=$1 want=$2 re=$3 got
  shift 4
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" != "$want" ]; then
    not_ok "$name" "exit $got, want $want; stderr: $(head -c 300 "$T/err")"
  elif [ -n "$re" ] && ! grep -Eq -- "$re" "$T/err"; then
    not_ok "$name" "stderr does not match /$re/: $(head -c 300 "$T/err")"
  else
    ok "$name"
  fi
}

# check NAME CMD...: passes when CMD exits 0.
check() {
  local name=$1
  shift
  if "$@" >"$T/out" 2>"$T/err"; then ok "$name"; else not_ok "$name" "$(head -c 300 "$T/err")"; fi
}

# builds DB: number of builds in DB (empty when unreadable).
builds() { sqlite3 "$1" 'SELECT COUNT(*) FROM builds' 2>/dev/null; }

finish() {
  local extra=""
  [ "$skipped" -eq 0 ] || extra=", $skipped skipped"
  echo "$suite: $passed passed, $failed failed$extra"
  [ "$failed" -eq 0 ]
  exit
}
