# escviz diff LOG1 LOG2 reads the logs without a database (feed/logsource.h):
# on real log pairs (Go releases, -m levels, a shifted copy, compile errors,
# a package in pieces, packages in another order) its report, in every
# format, is the stored diff's: both logs ingested with `escviz ingest`,
# then `escviz diff --db` (the path the other diff tests hold to their
# expected files).  The diff writes no file: TMPDIR and the current folder
# stay empty.  The order of the packages in a log does not matter.
. "$(dirname "$0")/lib.bash"
E=$ESCVIZ
L=$SHARED/corpus/logs
formats="text md json sarif html csv"
mkdir -p "$T/empty" "$T/tmp" "$T/logs"

# ESCVIZ_NODB_CORPUS=GLOB: only the corpus logs whose names match (the
# valgrind run: tests/valgrind.sh), the others said so and left out.
unxz_log() { # unxz_log NAME: the corpus log NAME.log.xz, decompressed into $T/logs
  # shellcheck disable=SC2254 # the glob is the point
  case $1 in ${ESCVIZ_NODB_CORPUS:-*}) ;; *) echo "# $1 left out (ESCVIZ_NODB_CORPUS=$ESCVIZ_NODB_CORPUS)"; return 1 ;; esac
  [ -r "$L/$1.log.xz" ] && xz -dc "$L/$1.log.xz" >"$T/logs/$1.log"
}

# The stored diff's report, with each build's "source" (the database) named
# as the log it came from, as escviz diff LOG1 LOG2 names it.
stored() { # stored A B FORMAT OUT
  local db=$T/stored.db
  python3 - "$db" "$1" "$2" "$3" "$4" "$E" <<'PY'
import json, subprocess, sys
db, a, b, fmt, out, e = sys.argv[1:]
r = subprocess.run([e, "diff", "--db", db, "1", "2", "--format", fmt], capture_output=True)
s = r.stdout.decode("utf-8", "surrogateescape")
if fmt == "json":
    j = json.loads(s)
    for side, log in (("old", a), ("new", b)):
        s = s.replace('"source": %s' % json.dumps(j[side]["source"]), '"source": %s' % json.dumps(log), 1)
open(out, "w", encoding="utf-8", errors="surrogateescape").write(s)
sys.exit(r.returncode)
PY
}

# same NAME A B: diff A B in every format equals the stored diff of A and B.
same() {
  local name=$1 a=$2 b=$3 f bad="" rc_n rc_s
  rm -f "$T/stored.db"
  # From an empty folder: ingest places rows by the source it finds in the
  # current folder, and a diff of logs never reads source.
  if ! (cd "$T/empty" && "$E" ingest --db "$T/stored.db" --label "$a" "$a" 2>"$T/ingest.err" &&
        "$E" ingest --db "$T/stored.db" --label "$b" "$b" 2>>"$T/ingest.err"); then
    not_ok "$name: ingest" "$(head -c 300 "$T/ingest.err")"
    return
  fi
  for f in $formats; do
    (cd "$T/empty" && TMPDIR=$T/tmp "$E" diff "$a" "$b" --format "$f" >"$T/nodb.$f" 2>"$T/nodb.err")
    rc_n=$?
    stored "$a" "$b" "$f" "$T/stored.$f"
    rc_s=$?
    if [ "$rc_n" != "$rc_s" ]; then
      bad="$bad $f: exit $rc_n, stored $rc_s ($(head -c 200 "$T/nodb.err"));"
    elif ! cmp -s "$T/nodb.$f" "$T/stored.$f"; then
      bad="$bad $f differs: $(diff "$T/stored.$f" "$T/nodb.$f" | head -6 | cut -c1-200);"
    fi
  done
  if [ -n "$(written)" ]; then
    bad="$bad files were written: $(written | head -5 | tr '\n' ' ');"
    rm -rf "$T/tmp"/* "$T/empty"/*
  fi
  if [ -z "$bad" ]; then
    ok "$name: every format equals the stored diff ($(grep -c . "$T/nodb.text") lines of text), no file written"
  else
    not_ok "$name" "$bad"
  fi
}

written() { find "$T/tmp" "$T/empty" -mindepth 1; }

shift_file() { # shift_file IN OUT FILE N: FILE's positions moved by N lines
  perl -pe 's{^(\S*'"$3"'):(\d+):}{"$1:" . ($2 + '"$4"') . ":"}e' "$1" >"$2"
}

# The package blocks of IN ("# path" headers) in reverse order into OUT.
reverse_packages() {
  # what comes before the first header stays first
  awk 'BEGIN { n = 0 } /^# / { n++ } { print (n ? n : 999999) "\t" $0 }' "$1" |
    sort -t"$(printf '\t')" -k1,1nr -s | cut -f2- >"$2"
}

D=$SRC/testdata/diff/go1.22
same "go1.22 before/after (-m=2)" "$D/before-m2.log" "$D/after-m2.log"
same "go1.22 closures/after" "$D/closures-m2.log" "$D/after-m2.log"
same "go1.22 before/shifted" "$D/before-m2.log" "$D/shifted-m2.log"

if unxz_log tp-gocmp-mm-go1.15 && unxz_log tp-gocmp-mm-go1.27; then
  same "go-cmp go1.15/go1.27" "$T/logs/tp-gocmp-mm-go1.15.log" "$T/logs/tp-gocmp-mm-go1.27.log"
else
  skip "go-cmp go1.15/go1.27" "no $L/tp-gocmp-mm-go1.*.log.xz"
fi
if unxz_log tp-pflag-mm-go1.21 && unxz_log tp-pflag-mm-go1.26; then
  same "pflag go1.21/go1.26" "$T/logs/tp-pflag-mm-go1.21.log" "$T/logs/tp-pflag-mm-go1.26.log"
else
  skip "pflag go1.21/go1.26" "no $L/tp-pflag-mm-go1.*.log.xz"
fi
if unxz_log std-med-m1-go1.27 && unxz_log std-med-mm-go1.27; then
  same "std-med go1.27 -m=1/-m=2" "$T/logs/std-med-m1-go1.27.log" "$T/logs/std-med-mm-go1.27.log"
else
  skip "std-med go1.27 -m=1/-m=2" "no $L/std-med-m*-go1.27.log.xz"
fi
if unxz_log std-med-m1-go1.15; then
  shift_file "$T/logs/std-med-m1-go1.15.log" "$T/logs/m1-shifted.log" 'strings/strings\.go' 3
  same "std-med go1.15 -m=1 / strings.go +3" "$T/logs/std-med-m1-go1.15.log" "$T/logs/m1-shifted.log"
else
  skip "std-med go1.15 -m=1" "no $L/std-med-m1-go1.15.log.xz"
fi
if unxz_log std-med-mm-go1.24; then
  m=$T/logs/std-med-mm-go1.24.log
  shift_file "$m" "$T/logs/mm-shifted.log" 'strings/strings\.go' 3
  cmp -s "$m" "$T/logs/mm-shifted.log" && not_ok "the shifted copy differs from std-med-mm-go1.24"
  same "std-med go1.24 / strings.go +3" "$m" "$T/logs/mm-shifted.log"
  # A package in pieces: the second half of the fmt block after the block
  # that follows it (the ingest then settles the build at commit).
  python3 - "$m" "$T/logs/pieces.log" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read().split("\n")
heads = [i for i, l in enumerate(lines) if l.startswith("# ")]
# the largest block is cut in two around the block after it
sizes = sorted(((heads[k + 1] - heads[k], k) for k in range(len(heads) - 2)), reverse=True)
k = sizes[0][1]
a, b, c = heads[k], heads[k + 1], heads[k + 2]
mid = a + (b - a) // 2
while lines[mid].startswith(" ") or ": flow:" in lines[mid] or ":     from " in lines[mid]:
    mid += 1 # not inside an explanation
out = lines[:mid] + lines[b:c] + [lines[a]] + lines[mid:b] + lines[c:]
open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape").write("\n".join(out))
PY
  [ "$(grep -c '^# ' "$T/logs/pieces.log")" -gt "$(grep -c '^# ' "$m")" ] &&
    ok "a package of the pieces log comes in two blocks" || not_ok "a package of the pieces log comes in two blocks"
  same "std-med go1.24 / a package in pieces" "$m" "$T/logs/pieces.log"
  same "a package in pieces / strings.go +3" "$T/logs/pieces.log" "$T/logs/mm-shifted.log"
  if unxz_log std-med-mm-go1.21; then # many changes: every fact's function and place shows
    same "go1.21 / a go1.24 package in pieces" "$T/logs/std-med-mm-go1.21.log" "$T/logs/pieces.log"
  else
    skip "go1.21 / a go1.24 package in pieces" "no $L/std-med-mm-go1.21.log.xz"
  fi
  # Package order: the blocks reversed give the same facts.
  reverse_packages "$m" "$T/logs/reversed.log"
  reverse_packages "$T/logs/mm-shifted.log" "$T/logs/reversed-shifted.log"
  [ "$(head -1 "$T/logs/reversed.log")" != "$(head -1 "$m")" ] &&
    ok "the reversed log starts with another package" || not_ok "the reversed log starts with another package"
  "$E" diff "$m" "$T/logs/mm-shifted.log" --format json >"$T/fwd.json" 2>/dev/null
  "$E" diff "$T/logs/reversed.log" "$T/logs/reversed-shifted.log" --format json >"$T/rev.json" 2>/dev/null
  if python3 - "$T/fwd.json" "$T/rev.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for j in (a, b):
    for side in ("old", "new"):
        j[side].pop("label"); j[side].pop("source")
sys.exit(a != b)
PY
  then ok "packages in reverse order: the same report"; else not_ok "packages in reverse order: the same report"; fi
  expect "a log against its reversed copy: no change" 0 "" -- "$E" diff "$m" "$T/logs/reversed.log" --fail-on any
  same "reversed / reversed and shifted" "$T/logs/reversed.log" "$T/logs/reversed-shifted.log"
  [ -r "$T/logs/std-med-mm-go1.21.log" ] &&
    same "go1.21 / go1.24 reversed" "$T/logs/std-med-mm-go1.21.log" "$T/logs/reversed.log"
else
  skip "std-med go1.24" "no $L/std-med-mm-go1.24.log.xz"
fi
if unxz_log tp-xtext-mm-go1.15; then
  x=$T/logs/tp-xtext-mm-go1.15.log
  grep -q 'undefined: io.ReadAll' "$x" && ok "the x/text log has compile errors" || not_ok "the x/text log has compile errors"
  grep -v 'undefined: io.ReadAll' "$x" | sed 's/^\(encoding\/internal\/enctest\/enctest\.go\):108:/\1:109:/' >"$T/logs/xtext-fixed.log"
  same "x/text go1.15 with compile errors / one fixed" "$x" "$T/logs/xtext-fixed.log"
else
  skip "x/text go1.15" "no $L/tp-xtext-mm-go1.15.log.xz"
fi
if unxz_log std-med-m3-go1.27 && [ -r "$T/logs/std-med-mm-go1.27.log" ]; then
  same "std-med go1.27 -m=3/-m=2" "$T/logs/std-med-m3-go1.27.log" "$T/logs/std-med-mm-go1.27.log"
else
  skip "std-med go1.27 -m=3/-m=2" "no $L/std-med-m3-go1.27.log.xz"
fi

# A log and a stored build: the log is read without a database too.
rm -f "$T/mixed.db"
(cd "$T/empty" && "$E" ingest --db "$T/mixed.db" --label "$D/before-m2.log" "$D/before-m2.log" 2>/dev/null &&
  "$E" ingest --db "$T/mixed.db" --label "$D/after-m2.log" "$D/after-m2.log" 2>/dev/null)
for f in text json; do
  (cd "$T/empty" && TMPDIR=$T/tmp "$E" diff --db "$T/mixed.db" "$D/before-m2.log" 2 --format "$f" >"$T/mixed.$f" 2>/dev/null)
  "$E" diff --db "$T/mixed.db" 1 2 --format "$f" >"$T/both.$f" 2>/dev/null
done
sed -i "s|\"source\": \"$D/before-m2.log\"|\"source\": \"$T/mixed.db\"|" "$T/mixed.json"
cmp -s "$T/mixed.text" "$T/both.text" && cmp -s "$T/mixed.json" "$T/both.json" &&
  [ -z "$(written)" ] && ok "a log against a stored build (--db): the stored diff, no file written" ||
  not_ok "a log against a stored build (--db)" "$(diff "$T/both.text" "$T/mixed.text" | head -5)"

# Standard input ("-") goes through the temporary database, with the same changes.
"$E" diff - "$D/after-m2.log" <"$D/before-m2.log" >"$T/stdin.text" 2>"$T/stdin.err"
"$E" diff "$D/before-m2.log" "$D/after-m2.log" >"$T/file.text" 2>/dev/null
[ -s "$T/stdin.text" ] && [ "$(tail -n +2 "$T/stdin.text")" = "$(tail -n +2 "$T/file.text")" ] &&
  ok "stdin: the same changes" || not_ok "stdin: the same changes" "$(head -c 200 "$T/stdin.err")$(diff "$T/file.text" "$T/stdin.text" | head -5)"
# A log cut off inside an explanation: the ingest's warning, with the line in the
# whole file (the cut block is not the first), and the stored diff's report.
if [ -r "$T/logs/tp-gocmp-mm-go1.27.log" ]; then
  n=$(grep -n ': *flow:' "$T/logs/tp-gocmp-mm-go1.27.log" | tail -1 | cut -d: -f1)
  head -n "$n" "$T/logs/tp-gocmp-mm-go1.27.log" >"$T/logs/cut.log"
  same "go-cmp go1.15 / go1.27 cut off in an explanation" "$T/logs/tp-gocmp-mm-go1.15.log" "$T/logs/cut.log"
  "$E" diff "$T/logs/tp-gocmp-mm-go1.15.log" "$T/logs/cut.log" >/dev/null 2>"$T/cut.nodb"
  "$E" ingest --db "$T/cut.db" "$T/logs/cut.log" >/dev/null 2>"$T/cut.ingest"
  w=$(grep 'ends in the middle of an explanation' "$T/cut.ingest")
  [ -n "$w" ] && grep -qF -- "$w" "$T/cut.nodb" && grep -q "cut.log:$n:" "$T/cut.nodb" &&
    ok "a cut log: the ingest's warning, at line $n" || not_ok "a cut log: the ingest's warning" "$(cat "$T/cut.nodb" "$T/cut.ingest")"
fi
"$E" diff --help | grep -q 'without a database' && ok "--help says how logs are read" || not_ok "--help says how logs are read"

finish
