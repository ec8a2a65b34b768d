#!/usr/bin/env bash
# bench/report.sh — time `escviz report` on whole-std builds and record the
# figures, as a ratio to `grep -cF` on the same log measured in the same run,
# in bench/results.md (appended, with the escviz commit).
#
# Usage:
#   bench/report.sh [LOG ...]
#
# LOG is a Go `-gcflags=-m -m` log, plain or .xz (decompressed to a temporary
# file first, so neither grep nor ingest times the decompression).  With no
# LOG: $SHARED/corpus/logs/std-all-mm-go1.15.log.xz, and $BIGLOG (default
# /tmp/std-all-mm-go1.27.log, ~232 MB, not in the corpus) when it exists.
#
# For each log, in one run: `LC_ALL=C grep -cF 'escapes to heap' LOG` (best
# of $RUNS; a floor for "read the log once", not a competitor), the log
# ingested once into a fresh database, then `escviz report --db DB -o SITE`
# $RUNS times into a fresh folder each time, stdout to a pipe: best wall
# time, user and system CPU of that run, peak RSS over the runs (GNU time
# %M: the largest of escviz and its --jobs workers), the site's HTML pages,
# function pages, functions folded, diagrams, files and bytes (du -sb), and
# "× grep" = report wall / grep wall.  The last column checks issue 13's
# goal: <= 10 s, <= 100 MB, <= 64 MB RSS.
#
# Environment:
#   ESCVIZ   escviz binary (default: build-rel/escviz, else build/escviz)
#   SHARED   shared directory (default: the ESCVIZ_SHARED the binary's build was
#            configured with, else ../shared relative to the repo root)
#   RUNS     report runs per log (default 3)
#   JOBS     passed as --jobs JOBS (default: escviz's own, the CPUs up to 4)
#   BIGLOG   the large default log (BIGLOG= to leave it out)
#   RESULTS  file to append to (default bench/results.md; /dev/null: none)
#   TMPDIR   where the logs, databases and sites go (default /tmp)
#   REV      the commit to record (default: the work tree's HEAD, -dirty when
#            changed); set it when ESCVIZ was built from another commit
#
# A benchmark, not a test: it never fails on a slow result, only when
# something could not be measured.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
RUNS=${RUNS:-3}
BIGLOG=${BIGLOG-/tmp/std-all-mm-go1.27.log}
RESULTS=${RESULTS:-$here/results.md}
JOBS=${JOBS:-}

die() { echo "bench/report.sh: $*" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
[[ -z $JOBS || $JOBS =~ ^[1-9][0-9]*$ ]] || die "JOBS must be a positive integer"
if [[ -z ${ESCVIZ:-} ]]; then
	for c in "$root/build-rel/escviz" "$root/build/escviz"; do
		[[ -x $c ]] && { ESCVIZ=$c; break; }
	done
fi
[[ -n ${ESCVIZ:-} && -x $ESCVIZ ]] || die "no escviz binary; build build-rel or set ESCVIZ"
# SHARED: the environment's, else the one the binary's build was configured
# with (-DESCVIZ_SHARED), else ../shared.
if [[ -z ${SHARED:-} ]]; then
	SHARED=$(sed -n 's/^ESCVIZ_SHARED:PATH=//p' "$(dirname "$ESCVIZ")/CMakeCache.txt" 2>/dev/null || true)
	SHARED=${SHARED:-../shared}
fi
case $SHARED in /*) ;; *) SHARED=$root/$SHARED ;; esac
[[ -x /usr/bin/time ]] || die "needs GNU time (/usr/bin/time; Debian package time)"
if (($# == 0)); then
	set -- "$SHARED/corpus/logs/std-all-mm-go1.15.log.xz"
	[[ -n $BIGLOG && -f $BIGLOG ]] && set -- "$@" "$BIGLOG"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [[ -n ${REV:-} ]]; then
	rev=$REV
else
	rev=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo '?')
	# dirty: changed but for the results file this script appends to
	git -C "$root" diff --quiet HEAD -- . ':(exclude)bench/results.md' 2>/dev/null ||
		rev+=-dirty
fi
jobs_arg=()
[[ -n $JOBS ]] && jobs_arg=(--jobs "$JOBS")
best() { sort -g | head -1; }
rows=""

for log in "$@"; do
	[[ -f $log ]] || die "$log: no such file"
	name=$(basename "$log" .xz)
	plain=$log
	if [[ $log == *.xz ]]; then
		plain=$tmp/$name
		xz -dc "$log" >"$plain"
	fi
	cat "$plain" >/dev/null # warm the page cache
	mb=$(awk -v b="$(stat -c %s "$plain")" 'BEGIN { printf "%.1f", b / 1e6 }')
	: >"$tmp/grep.t"
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -a -o "$tmp/grep.t" -f '%e' bash -c \
			'LC_ALL=C grep -cF "escapes to heap" "$1" | cat >/dev/null' _ "$plain"
	done
	grep_s=$(best <"$tmp/grep.t")
	rm -f "$tmp/b.db"
	"$ESCVIZ" ingest --db "$tmp/b.db" --label bench "$plain" 2>"$tmp/ingest.err" ||
		die "$name: ingest failed: $(tail -1 "$tmp/ingest.err")"
	functions=$(sqlite3 "$tmp/b.db" 'SELECT COUNT(*) FROM functions')
	best_s="" rss=0
	for i in $(seq "$RUNS"); do
		rm -rf "$tmp/site"
		/usr/bin/time -o "$tmp/report.t" -f '%e %M %U %S' \
			"$ESCVIZ" report --db "$tmp/b.db" "${jobs_arg[@]}" -o "$tmp/site" \
			2>"$tmp/report.err" | cat >/dev/null ||
			die "$name: report failed: $(tail -1 "$tmp/report.err")"
		read -r secs kb user sys <"$tmp/report.t"
		((kb > rss)) && rss=$kb
		echo "$name run $i: ${secs}s wall, ${user}s user, ${sys}s sys, $((kb / 1024)) MB RSS" >&2
		if [[ -z $best_s ]] || awk -v a="$secs" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
			best_s=$secs best_user=$user best_sys=$sys
			pages=$(find "$tmp/site" -name '*.html' | wc -l)
			fnpages=$(find "$tmp/site/fn" -name '*.html' | wc -l)
			files=$(find "$tmp/site" -type f | wc -l)
			bytes=$(du -sb "$tmp/site" | cut -f1)
			diagrams=$(sed -n 's/.* \([0-9]*\) diagrams.*/\1/p' "$tmp/report.err")
		fi
	done
	site_mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
	rss_mb=$((rss / 1024))
	ratio=$(awk -v a="$best_s" -v b="$grep_s" 'BEGIN { printf "%.0f", (b > 0) ? a / b : 0 }')
	goal=$(awk -v s="$best_s" -v m="$site_mb" -v r="$rss_mb" 'BEGIN {
		w = ""; if (s > 10) w = w " >10 s"; if (m > 100) w = w " >100 MB"; if (r > 64) w = w " >64 MB RSS"
		print w == "" ? "ok" : "**NO**:" w }')
	row="| $name | $mb | $functions | $grep_s | $best_s | $best_user | $best_sys | ${ratio}× | $rss_mb | $pages | $fnpages | $((functions - fnpages)) | $diagrams | $files | $site_mb | $goal |"
	echo "$row"
	rows+=$row$'\n'
done

{
	echo
	echo "## $(date -u '+%Y-%m-%d %H:%M:%S UTC') — escviz report $rev"
	echo
	echo "Machine: nproc $(nproc), $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)." \
	     "Binary: \`${ESCVIZ#"$root"/}\` ($("$ESCVIZ" --version))," \
	     "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$(dirname "$ESCVIZ")/CMakeCache.txt" 2>/dev/null || echo '?') build;" \
	     "Graphviz $(pkg-config --modversion libgvc 2>/dev/null || echo '?')."
	echo "\`bench/report.sh\`: \`escviz report --db DB ${jobs_arg[*]}${JOBS:+ }-o SITE | cat\`, best of $RUNS" \
	     "(user and sys of that run; RSS the peak over the runs); grep = \`grep -cF 'escapes to heap' LOG | cat\`, best of $RUNS."
	echo
	echo "| log | MB | functions | grep s | report s | user s | sys s | report vs grep | RSS MB | HTML pages | function pages | folded | diagrams | files | site MB | goal (10 s, 100 MB, 64 MB RSS) |"
	echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
	printf '%s' "$rows"
} >>"$RESULTS"
echo "bench/report.sh: results appended to $RESULTS" >&2
