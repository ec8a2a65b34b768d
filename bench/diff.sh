#!/usr/bin/env bash
# bench/diff.sh — time and memory of `escviz diff` on pairs of logs.
#
# Usage:
#   bench/diff.sh [OLD NEW ...]
#
# OLD and NEW are Go `-gcflags=-m` logs, plain or .xz (decompressed to a temporary
# file first: decompression is never timed).  With no arguments each default log is
# paired with a copy of itself whose net/http/server.go lines moved by 3 (the pair of
# issue 13: a one-file edit of a whole-std build):
#   $SHARED/corpus/logs/std-all-mm-go1.15.log.xz
#   $BIGLOG, default /tmp/std-all-mm-go1.27.log, when it exists (~232 MB, not in the
#     corpus; bench/gen-std-log.sh makes such a log)
#
# For each pair, in the same run (best of $RUNS wall times, default 3; peak RSS = max
# over the runs, GNU time %M; both logs read once beforehand: a warm page cache):
#   - `LC_ALL=C grep -cF flow: OLD` then the same of NEW: the cost of reading both files
#     once, the yardstick every figure is a ratio to;
#   - `escviz diff OLD NEW`: wall, user + sys CPU, peak RSS (logs read without a database);
#   - `escviz ingest` of both into a fresh database (not timed), then
#     `escviz diff --db DB 1 2`: wall, CPU, peak RSS (the stored diff alone);
#   - "vs grep": escviz wall time / grep wall time of both logs.
# It prints a Markdown table and appends it, with the date, machine and escviz commit,
# to bench/results.md.
#
# Environment:
#   ESCVIZ   escviz binary (default: build-rel/escviz, else build-bench/escviz, else
#            build/escviz, in the repo; build Release: a Debug or sanitizer build
#            measures nothing useful)
#   SHARED   shared directory (default: ../shared relative to the repo root)
#   RUNS     runs per measurement (default 3)
#   BIGLOG   the large default log, used when it exists (BIGLOG= to leave it out)
#   DB=0     skip the stored diff (no ingest: much faster)
#   RESULTS  results file to append to (default bench/results.md; /dev/null: none)
#   TMPDIR   where decompressed logs, shifted copies and the database go (default /tmp)
#
# A benchmark, not a test: ctest does not run it; it exits non-zero only when
# something could not be measured.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$root/$SHARED ;; esac
RUNS=${RUNS:-3}
BIGLOG=${BIGLOG-/tmp/std-all-mm-go1.27.log}
RESULTS=${RESULTS:-$here/results.md}
DB=${DB:-1}

die() { echo "bench/diff.sh: $*" >&2; exit 2; }
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
[[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null ||
	die "needs GNU time (/usr/bin/time; apt-get install time)"

if [[ -z ${ESCVIZ:-} ]]; then
	for c in "$root/build-rel/escviz" "$root/build-bench/escviz" "$root/build/escviz"; do
		[[ -x $c ]] && { ESCVIZ=$c; break; }
	done
fi
[[ -n ${ESCVIZ:-} && -x $ESCVIZ ]] || die "no escviz binary; build one or set ESCVIZ"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/escviz-diffbench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

plain() { # plain LOG: a plain file of LOG (decompressed into $tmp when .xz)
	case $1 in
	*.xz) local out=$tmp/$(basename "${1%.xz}"); [[ -f $out ]] || xz -dc "$1" >"$out"; echo "$out" ;;
	*) echo "$1" ;;
	esac
}

pairs=()
if (($# == 0)); then
	logs=("$SHARED/corpus/logs/std-all-mm-go1.15.log.xz")
	[[ -n $BIGLOG && -f $BIGLOG ]] && logs+=("$BIGLOG")
	for l in "${logs[@]}"; do
		[[ -r $l ]] || die "$l: no such log"
		p=$(plain "$l")
		s=$tmp/$(basename "$p" .log)-shifted.log
		perl -pe 's{^(\S*/net/http/server\.go):(\d+):}{"$1:" . ($2 + 3) . ":"}e' "$p" >"$s"
		cmp -s "$p" "$s" && die "$l: no net/http/server.go line to shift"
		pairs+=("$p" "$s")
	done
else
	(($# % 2 == 0)) || die "want pairs: OLD NEW [OLD NEW ...]"
	for l in "$@"; do [[ -r $l ]] || die "$l: no such log"; pairs+=("$(plain "$l")"); done
fi

# measure OUT CMD...: best wall, its user+sys, max RSS (KiB) over RUNS into OUT ("wall cpu rss").
measure() {
	local out=$1 best= cpu= rss=0 e u s m
	shift
	for ((r = 0; r < RUNS; r++)); do
		/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" ||
			die "failed: $* ($(tail -c 300 "$tmp/err"))"
		read -r e u s m < <(tail -n 1 "$tmp/time")
		if [[ -z $best ]] || awk "BEGIN{exit !($e < $best)}"; then
			best=$e
			cpu=$(awk "BEGIN{printf \"%.2f\", $u + $s}")
		fi
		((m > rss)) && rss=$m
	done
	echo "$best $cpu $rss" >"$out"
}

rows=()
for ((i = 0; i < ${#pairs[@]}; i += 2)); do
	a=${pairs[i]} b=${pairs[i + 1]}
	cat "$a" "$b" >/dev/null # warm the page cache
	mb=$(awk -v x="$(stat -c %s "$a")" -v y="$(stat -c %s "$b")" 'BEGIN{printf "%.1f", (x + y) / 1e6}')
	# (to a file, not /dev/null: GNU grep stops at the first match for /dev/null)
	measure "$tmp/m.grep" bash -c 'LC_ALL=C grep -cF flow: "$1"; LC_ALL=C grep -cF flow: "$2"' _ "$a" "$b"
	measure "$tmp/m.nodb" "$ESCVIZ" diff "$a" "$b"
	read -r gw _ _ <"$tmp/m.grep"
	read -r nw nc nr <"$tmp/m.nodb"
	dbcols="| – | – | – | –"
	if [[ $DB != 0 ]]; then
		rm -f "$tmp/d.db"
		mkdir -p "$tmp/empty"
		(cd "$tmp/empty" && "$ESCVIZ" ingest --db "$tmp/d.db" "$a" 2>/dev/null &&
			"$ESCVIZ" ingest --db "$tmp/d.db" "$b" 2>/dev/null) || die "ingest of $a, $b failed"
		measure "$tmp/m.db" "$ESCVIZ" diff --db "$tmp/d.db" 1 2
		read -r dw dc dr <"$tmp/m.db"
		dbcols=$(awk -v w="$dw" -v c="$dc" -v r="$dr" -v g="$gw" \
			'BEGIN{printf "| %.2f | %.2f | %.1f | %.1f×", w, c, r / 1024, (g > 0 ? w / g : 0)}')
	fi
	rows+=("$(awk -v a="$(basename "$a")" -v b="$(basename "$b")" -v mb="$mb" -v g="$gw" \
		-v w="$nw" -v c="$nc" -v r="$nr" \
		'BEGIN{printf "| %s vs %s | %s | %.3f | %.2f | %.2f | %.1f | %.1f× ", a, b, mb, g, w, c, r / 1024, (g > 0 ? w / g : 0)}') $dbcols |")
done

rev=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null | head -1)
{
	echo
	echo "## $(date -u '+%Y-%m-%d %H:%M:%S UTC') — escviz diff, $rev${dirty:+ (uncommitted changes)}"
	echo
	echo "Machine: nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//').  Binary: \`$ESCVIZ\`.  Best of $RUNS wall times; CPU = user + sys of that run; peak RSS = max over the runs (GNU time %M)."
	echo
	echo "| pair | MB (both) | grep -cF flow: both s | diff LOGS s | CPU s | RSS MiB | vs grep | diff --db s | CPU s | RSS MiB | vs grep |"
	echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
	printf '%s\n' "${rows[@]}"
} | tee -a "$RESULTS"
