# Memory bounds (issue 13), checked with a limit on the address space
# (ulimit -v, i.e. RLIMIT_AS), not with a timer: each command runs on large
# real logs of the shared corpus under "baseline + bound" and must exit 0
# and write its output.  The baseline is the address space escviz needs to
# start at all (the smallest limit under which `escviz --version` exits 0,
# i.e. its VmPeak: the shared libraries it maps).  Then a much smaller limit
# must make ingest fail cleanly: non-zero exit, an error message, and no
# build (not half of one) left in the database.
#
# Logs: $SHARED/corpus/logs/std-all-mm-go1.15.log.xz (46 MB, -m -m) and
# std-all-m1-go1.22.log.xz (10 MB, -m), the two std-all logs.  The diffs
# compare the first with a copy of it in which net/http/server.go's lines
# moved down by 3 (the issue's pair: a build and the next commit's).
#
# Skipped, with the reason, where an address-space limit measures something
# else: under ASan (it reserves terabytes of shadow memory; detected from the
# binary, CMakeCache.txt or ESCVIZ_SANITIZE) and under valgrind (then
# $ESCVIZ is a wrapper script, not the executable).
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ

# The bounds, MB (2^20 bytes) above the baseline, one per command: the
# issue's figures.  Change one here, not in the checks.
bound_ingest=64     # escviz ingest LOG into a database
bound_diff_logs=150 # escviz diff LOG1 LOG2
bound_diff_db=64    # escviz diff --db DB OLD NEW (two stored builds)
bound_report=64     # escviz report of the large build
bound_tiny=16       # far below what ingest of the large log needs: must fail

logs=$SHARED/corpus/logs
big=$logs/std-all-mm-go1.15.log.xz
other=$logs/std-all-m1-go1.22.log.xz

skip_all() { skip "memory bounds" "$1"; finish; }

# An address-space limit is meaningless for a sanitized or wrapped binary.
if [ "$(head -c 4 "$E" 2>/dev/null | od -An -c | tr -d ' ')" != '177ELF' ]; then
  skip_all "$E is not an executable but a wrapper (valgrind?): the limit would bound the wrapper"
fi
if grep -aqE '__asan_init|__hwasan_init' "$E" 2>/dev/null ||
   grep -qs '^ESCVIZ_SANITIZE:BOOL=ON' "${BUILD:-/nonexistent}/CMakeCache.txt" ||
   case ${ESCVIZ_SANITIZE:-} in ON | on | 1 | yes | YES) true ;; *) false ;; esac; then
  skip_all "ASan build: it reserves huge virtual memory, so ulimit -v cannot bound escviz"
fi
for tool in xz sqlite3; do
  command -v "$tool" >/dev/null || skip_all "$tool is not installed"
done
for f in "$big" "$other"; do
  [ -r "$f" ] || skip_all "no $f (SHARED=$SHARED)"
done

xz -dc "$big" >"$T/big.log" && xz -dc "$other" >"$T/other.log" ||
  { not_ok "decompress the logs"; finish; }
big_lines=$(wc -l <"$T/big.log")
perl -pe 's{^(\S*/net/http/server\.go):(\d+):}{"$1:" . ($2 + 3) . ":"}e' "$T/big.log" >"$T/shifted.log"
cmp -s "$T/big.log" "$T/shifted.log" && not_ok "the shifted copy differs" "no net/http/server.go line in $big"
other_lines=$(wc -l <"$T/other.log")

# limited KB CMD...: run CMD with its address space limited to KB KiB;
# stdout to $T/out, stderr to $T/err; returns CMD's exit status.  TMPDIR
# is in $T, so what a killed diff leaves (its temporary database) goes too.
mkdir -p "$T/tmp"
limited() {
  local kb=$1
  shift
  # (the outer 2>/dev/null: bash's own "Aborted" note on a killed child)
  { (ulimit -v "$kb" && TMPDIR=$T/tmp exec "$@") >"$T/out" 2>"$T/err"; } 2>/dev/null
}

# need FROM_KB CMD...: the smallest limit above FROM_KB (4 MiB steps, up to
# 4 GiB) under which CMD exits 0, in KiB; empty when none.
need() {
  local lo=$1 hi=4194304 mid
  shift
  limited $hi "$@" || return 0
  while [ $((hi - lo)) -gt 4096 ]; do
    mid=$(((lo + hi) / 2))
    if limited $mid "$@"; then hi=$mid; else lo=$mid; fi
  done
  echo $hi
}

# Baseline: the smallest limit (1 MiB steps) under which --version works.
lo=0 hi=1048576
limited $hi "$E" --version || { not_ok "escviz --version runs under 1 GiB"; finish; }
while [ $((hi - lo)) -gt 1024 ]; do
  mid=$(((lo + hi) / 2))
  if limited $mid "$E" --version; then hi=$mid; else lo=$mid; fi
done
base=$hi
echo "# baseline: escviz --version needs $((base / 1024)) MiB of address space"

# bounded NAME BOUND_MB CMD...: CMD must exit 0 under baseline + BOUND_MB.
# With MEMORY_BOUNDS_MEASURE=1 a failure also says how much CMD needs
# (a few more runs of CMD).
bounded() {
  local name=$1 mb=$2 rc msg kb
  shift 2
  limited $((base + mb * 1024)) "$@"
  rc=$?
  if [ $rc -eq 0 ]; then
    ok "$name within baseline + $mb MiB"
    return 0
  fi
  msg="exit $rc: $(tail -c 300 "$T/err")"
  if [ "${MEMORY_BOUNDS_MEASURE:-}" = 1 ]; then
    kb=$(need $((base + mb * 1024)) "$@")
    msg="${kb:+needs baseline + $(((kb - base + 1023) / 1024)) MiB; }$msg"
  fi
  not_ok "$name within baseline + $mb MiB" "$msg"
  return $rc
}

db=$T/m.db
# 1. ingest, both logs (the second one is the other build of diff --db).
if bounded "ingest std-all-mm-go1.15" $bound_ingest "$E" ingest --db "$db" --label big "$T/big.log"; then
  n=$(sqlite3 "$db" "SELECT input_lines FROM builds WHERE label = 'big'")
  [ "$n" = "$big_lines" ] && ok "ingest stored the build ($n lines)" ||
    not_ok "ingest stored the build" "input_lines '$n', want $big_lines"
fi
if bounded "ingest std-all-m1-go1.22" $bound_ingest "$E" ingest --db "$db" --label other "$T/other.log"; then
  n=$(sqlite3 "$db" "SELECT input_lines FROM builds WHERE label = 'other'")
  [ "$n" = "$other_lines" ] && ok "second ingest stored the build ($n lines)" ||
    not_ok "second ingest stored the build" "input_lines '$n', want $other_lines"
fi

# 2. diff of the log and its shifted copy, as logs and as stored builds.
"$E" ingest --db "$db" --label shifted "$T/shifted.log" 2>"$T/err" || not_ok "ingest the shifted copy" "$(cat "$T/err")"
if bounded "diff LOG1 LOG2" $bound_diff_logs "$E" diff "$T/big.log" "$T/shifted.log"; then
  grep -q '^package: ' "$T/out" && ok "diff LOG1 LOG2 wrote the comparison ($(wc -c <"$T/out") bytes)" ||
    not_ok "diff LOG1 LOG2 wrote the comparison" "$(head -c 200 "$T/out")"
fi
if bounded "diff --db OLD NEW" $bound_diff_db "$E" diff --db "$db" big shifted; then
  grep -q '^package: ' "$T/out" && ok "diff --db wrote the comparison ($(wc -c <"$T/out") bytes)" ||
    not_ok "diff --db wrote the comparison" "$(head -c 200 "$T/out")"
fi

# 3. the report of the large build.
if bounded "report" $bound_report "$E" report --db "$db" --build big -o "$T/site"; then
  [ -s "$T/site/index.html" ] && ok "report wrote the site" || not_ok "report wrote the site" "no $T/site/index.html"
fi

# 4. The bound is real: far less memory makes ingest of the large log fail,
# cleanly, while a small log still ingests under the same limit (so the
# limit does not merely stop escviz from starting).
tiny=$((base + bound_tiny * 1024))
limited $tiny "$E" ingest --db "$db" --label tiny-small "$SRC/testdata/go1.15/shapes-m2.log" &&
  ok "a small log ingests under baseline + $bound_tiny MiB" ||
  not_ok "a small log ingests under baseline + $bound_tiny MiB" "$(tail -c 300 "$T/err")"
builds_before=$(builds "$db")
events_before=$(sqlite3 "$db" 'SELECT COUNT(*) FROM events')
limited $tiny "$E" ingest --db "$db" --label tiny "$T/big.log"
rc=$?
if [ $rc -eq 0 ]; then
  not_ok "ingest of the large log fails under baseline + $bound_tiny MiB" "it succeeded: the bound checks nothing"
elif [ $rc -eq 139 ] || [ $rc -eq 135 ]; then # SIGSEGV, SIGBUS
  not_ok "ingest under baseline + $bound_tiny MiB fails cleanly" "crashed (exit $rc): $(tail -c 300 "$T/err")"
elif ! grep -qi 'memory' "$T/err"; then
  not_ok "ingest under baseline + $bound_tiny MiB fails with a message" "exit $rc, stderr: $(tail -c 300 "$T/err")"
else
  ok "ingest under baseline + $bound_tiny MiB fails cleanly (exit $rc: $(grep -i -m1 memory "$T/err"))"
fi
# sqlite3 rolls back the journal a killed ingest may leave, as escviz would.
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] && ok "database intact after the failed ingest" ||
  not_ok "database intact after the failed ingest"
n=$(sqlite3 "$db" "SELECT COUNT(*) FROM builds WHERE label = 'tiny'")
if [ "$(builds "$db")" = "$builds_before" ] && [ "$n" = 0 ] &&
   [ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM events')" = "$events_before" ]; then
  ok "no half build left by the failed ingest"
else
  not_ok "no half build left by the failed ingest" "builds $(builds "$db") (was $builds_before), 'tiny' $n"
fi
"$E" builds --db "$db" >"$T/out" 2>"$T/err" && [ "$(grep -c 'big\|other\|tiny-small' "$T/out")" -ge 3 ] &&
  ok "escviz reads the database after the failed ingest" ||
  not_ok "escviz reads the database after the failed ingest" "$(head -c 300 "$T/err")"

finish
