#!/usr/bin/env bash
# Function attribution against go/ast (issue 10, "Must show").  For every
# committed log under testdata/attrib/go1.N/ (tests/gen-attrib.sh: real
# go1.19, go1.23 and go1.27 output at -m=1 and -m=2 of testdata/src/attrib,
# its code-motion twin attrib-moved, and the Debian-packaged
# github.com/pkg/errors, spf13/pflag and google/go-cmp), and for logs of
# testdata/src/attrib built live with the go in PATH:
#   - the expectation comes from go/ast alone: tests/goextent prints the
#     extents of the compiled files, tests/goextent/attrib.py places each
#     positioned line (events, inlined calls, decisions) in the innermost
#     one and cross-checks that against the compiler's own naming;
#   - the log is ingested twice, from an empty folder: with --src SOURCE and
#     without (no source at hand); tests/cli/attrib.py compares each stored
#     row's function with the expectation and prints exact / wrong /
#     unknown figures (criteria: its header).  An ingest that fails, --src
#     unknown included, is a failure, never a skip.
#   - code motion: escviz diff of attrib and attrib-moved (same release,
#     same level, both with --src) reports no change.
# Figures go to $BUILD/attrib-figures.tsv too (the closing note's
# misattribution rates).  ESCVIZ_ATTRIB_LOGS=GLOB narrows the committed logs
# (e.g. 'go1.27/attrib-*'); ESCVIZ_ATTRIB_KEEP=DIR keeps the work files (per
# log: extents, expect, {src,nosrc}.{db,rows,cmp}).
source "$(dirname "$0")/lib.bash"
GO=$(command -v go || true)
data=$SRC/testdata/attrib
gocode=/usr/share/gocode/src
if [ -z "$GO" ]; then
  skip go "no go toolchain in PATH: cannot build tests/goextent (the expectation)"
  finish
fi
if ! command -v python3 >/dev/null; then
  skip python3 "no python3: the expectation script needs it"
  finish
fi
if ! (cd "$SRC/tests/goextent" && GO111MODULE=off GOFLAGS= GOCACHE="$T/gocache" \
      "$GO" build -o "$T/goextent" .) >"$T/build.log" 2>&1; then
  not_ok build "go build tests/goextent: $(head -c 300 "$T/build.log")"
  finish
fi
ok build
mkdir -p "$T/empty" "$T/logs"
figures=${BUILD:-$T}/attrib-figures.tsv
printf 'log\tmode\tn\texact\twrong\tunknown\tmissing\tby_compiler\tunknown_expected\twrong_declared\tcompiler_named\tcompiler_named_bad\tinit\tinit_bad\n' >"$figures"

# The library sources must be the ones the logs came from.
libs_ok=1
if [ ! -d "$gocode/github.com/pkg/errors" ] || [ ! -d "$gocode/github.com/spf13/pflag" ] ||
   [ ! -d "$gocode/github.com/google/go-cmp" ]; then
  libs_ok=0
  skip libraries "Debian Go library sources missing under $gocode (scripts/deps.sh --test installs them)"
elif (cd "$gocode" && sha256sum --quiet -c "$data/SOURCES") >"$T/sha" 2>&1; then
  ok "library sources ($(wc -l <"$data/SOURCES") files) are the ones the logs were made from"
else
  libs_ok=0
  not_ok "library sources" "differ from testdata/attrib/SOURCES (rerun tests/gen-attrib.sh): $(head -c 300 "$T/sha")"
fi

# source_of SET: the source folder and import path of a log set.
source_of() {
  case $1 in
    attrib) echo "$SRC/testdata/src/attrib example.com/attrib" ;;
    attrib-moved) echo "$SRC/testdata/src/attrib-moved example.com/attrib" ;;
    pkgerrors) echo "$gocode/github.com/pkg/errors github.com/pkg/errors" ;;
    pflag) echo "$gocode/github.com/spf13/pflag github.com/spf13/pflag" ;;
    gocmp) echo "$gocode/github.com/google/go-cmp github.com/google/go-cmp" ;;
  esac
}

# rows DB OUT: the stored events, inlined calls and explanations with their functions.
rows() {
  local attr_e=NULL attr_i=NULL attr_x=NULL
  sqlite3 "$1" 'PRAGMA table_info(events)' | grep -q '|attribution|' && attr_e=e.attribution
  sqlite3 "$1" 'PRAGMA table_info(inline_calls)' | grep -q '|attribution|' && attr_i=c.attribution
  sqlite3 "$1" 'PRAGMA table_info(explanations)' | grep -q '|attribution|' && attr_x=x.attribution
  sqlite3 -separator $'\t' "$1" "
    SELECT 'E', p.path, fi.path, e.line, e.col, e.kind, IFNULL(e.line_no, ''), IFNULL(fn.name, '?'), IFNULL($attr_e, '-')
      FROM events e JOIN packages p ON p.id = e.package_id JOIN files fi ON fi.id = e.file_id
      LEFT JOIN functions fn ON fn.id = e.function_id
    UNION ALL
    SELECT 'I', p.path, fi.path, c.line, c.col, 'inline_call', IFNULL(c.line_no, ''), IFNULL(fn.name, '?'), IFNULL($attr_i, '-')
      FROM inline_calls c JOIN packages p ON p.id = c.package_id JOIN files fi ON fi.id = c.file_id
      LEFT JOIN functions fn ON fn.id = c.function_id WHERE c.inlined = 1
    UNION ALL
    SELECT 'X', p.path, fi.path, x.line, x.col, 'explanation', IFNULL(x.line_no, ''), IFNULL(fn.name, '?'), IFNULL($attr_x, '-')
      FROM explanations x JOIN packages p ON p.id = x.package_id JOIN files fi ON fi.id = x.file_id
      LEFT JOIN functions fn ON fn.id = x.function_id" >"$2"
}

# check_log NAME LOG FILES SET LEVEL: expectation, two ingests, comparisons.
check_log() {
  local name=$1 log=$2 files=$3 set=$4 level=$5 dir root w mode rc
  read -r dir root < <(source_of "$set")
  w=$T/w/$name
  mkdir -p "$w"
  case $log in
    *.xz) xz -dc "$log" >"$w/log" ;;
    *) cp "$log" "$w/log" ;;
  esac
  # the expectation: go/ast over the compiled files, paths as the build saw them
  if ! (cd "$dir" && xargs -d '\n' "$T/goextent" <"$files") >"$w/extents" 2>"$w/err" ||
     ! python3 "$SRC/tests/goextent/attrib.py" --root "$root" "$w/extents" "$w/log" >"$w/expect" 2>>"$w/err"; then
    not_ok "$name:expect" "$(head -c 300 "$w/err")"
    return
  fi
  local dis
  dis=$(grep -c '^# DISAGREE\|^# capture: DISAGREE' "$w/expect" || true)
  if [ "$dis" = 0 ]; then
    ok "$name:oracle ($(grep -vc '^#' "$w/expect") lines; $(sed -n 's/^# cross-check: //p' "$w/expect"))"
  else
    not_ok "$name:oracle" "go/ast and the compiler's naming disagree on $dis lines:
$(grep 'DISAGREE' "$w/expect" | head -5)"
  fi
  # the comparison itself: a placement that follows the expectation passes
  # with source, one that puts every row in one named function fails
  awk -F'\t' -v OFS='\t' '!/^#/ && $2 != "can_inline" && $2 != "cannot_inline" {
      t = $2 == "inline_call" ? "I" : $2 == "explanation" ? "X" : "E"
      f = $7 == "?" ? ($8 != "-" ? $8 : "?") : $7
      print t, $3, $4, $5, $6, $2, $1, f, "source" }' "$w/expect" >"$w/perfect.rows"
  awk -F'\t' -v OFS='\t' '{ $8 = "no.such.function"; print }' "$w/perfect.rows" >"$w/blame.rows"
  if ! python3 "$SRC/tests/cli/attrib.py" "$w/expect" "$w/perfect.rows" src "$level" "$dir" >"$w/perfect.cmp" 2>&1; then
    not_ok "$name:selftest" "a placement equal to the expectation fails: $(head -c 300 "$w/perfect.cmp")"
  elif python3 "$SRC/tests/cli/attrib.py" "$w/expect" "$w/blame.rows" nosrc 1 "$dir" >"$w/blame.cmp" 2>&1; then
    not_ok "$name:selftest" "a placement in one wrong function passes"
  else
    ok "$name:selftest (the comparison passes the expectation itself, fails a wrong placement)"
  fi
  for mode in nosrc src; do
    rm -f "$w/$mode.db"
    if [ $mode = src ]; then
      (cd "$T/empty" && "$ESCVIZ" ingest --db "$w/$mode.db" --src "$dir" "$w/log") >"$w/$mode.out" 2>&1
    else
      (cd "$T/empty" && "$ESCVIZ" ingest --db "$w/$mode.db" "$w/log") >"$w/$mode.out" 2>&1
    fi
    rc=$?
    if [ $rc != 0 ]; then
      not_ok "$name:$mode" "escviz ingest${mode/nosrc/} exit $rc: $(head -c 200 "$w/$mode.out")"
      printf '%s\t%s\tingest failed\n' "$name" "$mode" >>"$figures"
      continue
    fi
    rows "$w/$mode.db" "$w/$mode.rows"
    python3 "$SRC/tests/cli/attrib.py" "$w/expect" "$w/$mode.rows" $mode "$level" "$dir" >"$w/$mode.cmp" 2>&1
    rc=$?
    sed -n 's/^FIGURES //p' "$w/$mode.cmp" |
      awk -v l="$name" -v m="$mode" '{ printf "%s\t%s", l, m; for (i = 1; i <= NF; i++) { sub(/^[a-z_]+=/, "", $i); printf "\t%s", $i } print "" }' >>"$figures"
    local fig
    fig=$(sed -n 's/^FIGURES //p' "$w/$mode.cmp" | awk '{print $1, $2, $3, $4, $5}')
    if [ $rc = 0 ]; then
      ok "$name:$mode ($fig)"
    else
      not_ok "$name:$mode" "$fig: $(sed -n '2,$p' "$w/$mode.cmp")"
    fi
  done
}

# motion NAME DB_OLD_LOG DB_NEW_LOG: diff attrib vs attrib-moved reports nothing.
motion() {
  local name=$1 a=$2 b=$3 w=$T/w/motion-$1 m n
  mkdir -p "$w"
  for m in src nosrc; do
    rm -f "$w/$m.db"
    local opt_a=() opt_b=()
    [ $m = src ] && opt_a=(--src "$SRC/testdata/src/attrib") opt_b=(--src "$SRC/testdata/src/attrib-moved")
    if ! (cd "$T/empty" && "$ESCVIZ" ingest --db "$w/$m.db" -l old "${opt_a[@]}" "$a" &&
          "$ESCVIZ" ingest --db "$w/$m.db" -l new "${opt_b[@]}" "$b") >"$w/$m.out" 2>&1; then
      if [ $m = src ]; then
        not_ok "motion:$name" "escviz ingest --src failed: $(head -c 200 "$w/$m.out")"
      fi
      continue
    fi
    (cd "$T/empty" && "$ESCVIZ" diff --db "$w/$m.db" old new) >"$w/$m.diff" 2>&1
    n=$(cd "$T/empty" && "$ESCVIZ" diff --db "$w/$m.db" old new --format json |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["changes"])' 2>/dev/null)
    if [ $m = nosrc ]; then
      echo "info $suite::motion:$name without source: ${n:-?} changes"
      printf '%s\tmotion-nosrc\t%s\n' "motion:$name" "${n:-?}" >>"$figures"
    elif [ "$n" = 0 ]; then
      ok "motion:$name (diff with --src: no change)"
      printf '%s\tmotion-src\t0\n' "motion:$name" >>"$figures"
    else
      not_ok "motion:$name" "diff of a pure code motion reports ${n:-?} changes:
$(grep -E '^[ !] +(added|removed|changed)' "$w/$m.diff" | head -6)"
      printf '%s\tmotion-src\t%s\n' "motion:$name" "${n:-?}" >>"$figures"
    fi
  done
}

shopt -s nullglob
pattern=${ESCVIZ_ATTRIB_LOGS:-go1.*/*}
for log in "$data"/$pattern-m[12].log.xz; do
  v=$(basename "$(dirname "$log")")
  b=$(basename "$log" .log.xz)
  set=${b%-m[12]}
  level=${b##*-m}
  case $set in
    pkgerrors|pflag|gocmp) [ $libs_ok = 1 ] || continue ;;
  esac
  check_log "$v/$b" "$log" "$data/$v/$set.files" "$set" "$level"
done
for d in "$data"/go1.*; do
  v=$(basename "$d")
  for l in 1 2; do
    [ -e "$d/attrib-m$l.log.xz" ] && [ -e "$d/attrib-moved-m$l.log.xz" ] || continue
    case "$v/attrib-m$l" in $pattern*) ;; *) continue ;; esac
    xz -dc "$d/attrib-m$l.log.xz" >"$T/logs/$v-a-m$l.log"
    xz -dc "$d/attrib-moved-m$l.log.xz" >"$T/logs/$v-b-m$l.log"
    motion "$v-m$l" "$T/logs/$v-a-m$l.log" "$T/logs/$v-b-m$l.log"
  done
done

# Live: testdata/src/attrib and attrib-moved built now by the go in PATH,
# module mode, no network (like tests/gen-attrib.sh), one fresh GOCACHE: the
# packages given -m differ in flags or source, so none replays another.
live=$("$GO" env GOVERSION 2>/dev/null)
for set in attrib attrib-moved; do
  for l in 1 2; do
    (cd "$SRC/testdata/src/$set" && env -u GOFLAGS GOCACHE="$T/live-cache" GOPATH="$T/gopath" \
        GO111MODULE=on GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local GOTELEMETRY=off GOENV=off \
        "$GO" build -gcflags=-m=$l ./...) >"$T/logs/live-$set-m$l.log" 2>&1
  done
  (cd "$SRC/testdata/src/$set" && env -u GOFLAGS GOCACHE="$T/live-cache" GOPATH="$T/gopath" \
      GO111MODULE=on GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local GOENV=off \
      "$GO" list -f '{{range .GoFiles}}{{$.Dir}}/{{.}}
{{end}}' ./...) | sed "s|^$(cd "$SRC/testdata/src/$set" && pwd -P)/||" | grep . >"$T/logs/live-$set.files"
done
chmod -R u+w "$T" 2>/dev/null
if [ "$(head -c 2 "$T/logs/live-attrib-m1.log")" != "# " ]; then
  not_ok live "$GO ($live) did not build testdata/src/attrib: $(head -c 300 "$T/logs/live-attrib-m1.log")"
else
  for set in attrib attrib-moved; do
    for l in 1 2; do
      check_log "live-$live/$set-m$l" "$T/logs/live-$set-m$l.log" "$T/logs/live-$set.files" $set $l
    done
  done
  for l in 1 2; do motion "live-$live-m$l" "$T/logs/live-attrib-m$l.log" "$T/logs/live-attrib-moved-m$l.log"; done
fi
echo "figures: $figures"
if [ -n "${ESCVIZ_ATTRIB_KEEP:-}" ]; then
  mkdir -p "$ESCVIZ_ATTRIB_KEEP" && cp -r "$T/w/." "$ESCVIZ_ATTRIB_KEEP/"
  echo "work files (expectations, databases, comparisons) kept in $ESCVIZ_ATTRIB_KEEP"
fi
finish
