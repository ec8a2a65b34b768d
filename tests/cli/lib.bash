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

# expect_out NAME -- CMD...: run CMD and compare its stdout, stderr and exit
# status with tests/cli/expected/SUITE/NAME.{out,err,rc}, after normalising
# what varies between runs: the temporary folder becomes $TMP, the source,
# shared and build folders $SRC, $SHARED and $BUILD, the escviz binary
# $ESCVIZ.  With ESCVIZ_REGEN=1 (tests/regen.sh) it writes those files
# instead; review them with `git diff tests/cli/expected`.  The raw output
# stays in $T/out and $T/err for further checks.  NAME: [A-Za-z0-9_.-].
expected_dir=$SRC/tests/cli/expected/$suite
normalise() {
  # the longest path first, so one inside another (BUILD in SRC) or named
  # through another (SRC=$BUILD/..) is replaced whole
  local f args=() pair
  while read -r _ pair; do
    args+=(-e "s|${pair#*=}|\$${pair%%=*}|g")
  done < <(for pair in "ESCVIZ=$ESCVIZ" "TMP=$T" ${BUILD:+"BUILD=$BUILD"} "SHARED=$SHARED" "SRC=$SRC"; do
    echo "${#pair} $pair"; done | sort -rn)
  for f in "$@"; do sed -i "${args[@]}" "$f"; done
}
expect_out() {
  local name=$1 rc f bad=""
  shift
  [ "${1:-}" = -- ] && shift
  "$@" >"$T/out" 2>"$T/err"
  rc=$?
  mkdir -p "$T/expect"
  cp "$T/out" "$T/expect/$name.out"
  cp "$T/err" "$T/expect/$name.err"
  echo "$rc" >"$T/expect/$name.rc"
  normalise "$T/expect/$name.out" "$T/expect/$name.err"
  if [ "${ESCVIZ_REGEN:-}" = 1 ]; then
    mkdir -p "$expected_dir"
    for f in out err rc; do cp "$T/expect/$name.$f" "$expected_dir/$name.$f"; done
    ok "$name (expected files written)"
    return
  fi
  for f in out err rc; do
    if [ ! -f "$expected_dir/$name.$f" ]; then
      bad="$bad no $expected_dir/$name.$f (run tests/regen.sh);"
    elif ! cmp -s "$expected_dir/$name.$f" "$T/expect/$name.$f"; then
      bad="$bad $f differs:
$(diff -u "$expected_dir/$name.$f" "$T/expect/$name.$f" | head -30)
"
    fi
  done
  if [ -z "$bad" ]; then ok "$name (as expected/$suite/$name)"; else not_ok "$name" "$bad"; fi
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
