#!/usr/bin/env bash
# bench/report.sh — time `escviz report` on a whole-std build and record the
# site's size in bench/report-results.md (append-only).
#
# Usage: bench/report.sh [LOG]   (default: $SHARED/corpus/logs/std-all-mm-go1.15.log.xz)
# Env:   ESCVIZ (binary; default build-render-rel/escviz, else build/escviz),
#        RUNS (default 3), RESULTS (default bench/report-results.md), TMPDIR.
# The log is ingested once into a temporary database; each run writes the
# site into a fresh temporary folder, removed afterwards.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$here/../shared}
log=${1:-$SHARED/corpus/logs/std-all-mm-go1.15.log.xz}
ESCVIZ=${ESCVIZ:-$here/build-render-rel/escviz}
[ -x "$ESCVIZ" ] || ESCVIZ=$here/build/escviz
RUNS=${RUNS:-3}
RESULTS=${RESULTS:-$here/bench/report-results.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

case $log in *.xz) cat_log=(xz -dc "$log") ;; *) cat_log=(cat "$log") ;; esac
"${cat_log[@]}" | "$ESCVIZ" ingest --db "$tmp/b.db" --label bench 2>"$tmp/ingest.err"
functions=$(sqlite3 "$tmp/b.db" 'SELECT COUNT(*) FROM functions')
packages=$(sqlite3 "$tmp/b.db" 'SELECT COUNT(*) FROM packages')

rows=""
for i in $(seq "$RUNS"); do
  rm -rf "$tmp/site"
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$ESCVIZ" report --db "$tmp/b.db" -o "$tmp/site" 2>"$tmp/report.err"
  read -r secs rss <"$tmp/time"
  pages=$(find "$tmp/site" -name '*.html' | wc -l)
  files=$(find "$tmp/site" -type f | wc -l)
  bytes=$(du -sb "$tmp/site" | cut -f1)
  diagrams=$(sed -n 's/.* \([0-9]*\) diagrams.*/\1/p' "$tmp/report.err")
  rows+="| $i | $secs | $((rss / 1024)) | $pages | $diagrams | $files | $((bytes / 1000000)) |"$'\n'
  echo "run $i: ${secs}s, $pages pages, $diagrams diagrams, $bytes bytes, ${rss} KB max RSS" >&2
done

{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) $(basename "$log")"
  echo
  echo "Machine: $(nproc) CPUs, $(uname -sr); escviz $("$ESCVIZ" --version | cut -d' ' -f2)," \
       "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$(dirname "$ESCVIZ")/CMakeCache.txt" 2>/dev/null || echo '?') build;" \
       "Graphviz $(pkg-config --modversion libgvc 2>/dev/null || echo '?')."
  echo "Build: $packages packages, $functions functions ($(tail -1 "$tmp/ingest.err" | sed 's/^escviz: //'))."
  echo
  echo "Command: \`escviz report --db DB -o SITE\` (default --max-nodes 40), after"
  echo "\`${cat_log[*]} | escviz ingest --db DB\`."
  echo
  echo "| run | wall s | max RSS MB | HTML pages | diagrams | files | size MB |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} >>"$RESULTS"
echo "results appended to $RESULTS" >&2
