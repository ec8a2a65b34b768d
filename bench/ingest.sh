#!/usr/bin/env bash
# bench/ingest.sh — throughput and memory benchmark for `escviz ingest`.
#
# Usage:
#   bench/ingest.sh [LOG ...]
#
# LOG is a Go `-gcflags=-m` log, plain or .xz.  An .xz file is decompressed to a
# temporary file first, so decompression is never part of a timing.  With no LOG the
# defaults are, relative to the repository root:
#   $SHARED/corpus/logs/std-all-mm-go1.15.log.xz
#   $SHARED/corpus/logs/std-med-m3-go1.27.log.xz
#   $BIGLOG, default /tmp/std-all-mm-go1.27.log, when it exists (`go build
#     -gcflags='all=-m -m' std` with go1.27, ~232 MB; not in the corpus)
# where SHARED defaults to ../shared.
#
# For each log, in the same run, it measures (wall time = best of $RUNS, default 3;
# MB = 10^6 bytes; the file is read once beforehand so every run sees a warm page cache):
#   - size in bytes and lines;
#   - `LC_ALL=C grep -cF 'escapes to heap' LOG`: time and MB/s (a floor for "read the
#     file once", not a competitor: grep does no parsing and stores nothing);
#   - `escviz ingest --dry-run LOG`: time, MB/s, peak RSS;
#   - `escviz ingest --db TMP.db LOG` into a fresh database each run: time, MB/s,
#     peak RSS, final database size (main file plus any -wal/-journal left behind);
#   - "N× slower than grep -c" = escviz time / grep time, for dry-run and ingest.
# Peak RSS is the maximum over the runs, from `/usr/bin/time -f %M` (GNU time; the
# script installs package `time` with apt-get when it is missing and it can), else from
# polling VmHWM in /proc/PID/status (less exact: a spike shorter than the poll interval
# can be missed on very short runs).
#
# It prints one Markdown table row per log and appends a section (date, nproc, CPU
# model, escviz git revision, binary) with the same table to bench/results.md.  The
# last column ("target") checks issue 13's: ingest into SQLite within 16x the time of
# grep -cF on the same file (150 MB/s where grep reads 2.3 GB/s) and peak RSS <= 64 MB
# (both modes).
#
# Environment:
#   ESCVIZ   escviz binary (default: build-bench/escviz, else build/escviz, in the repo)
#   SHARED   shared directory (default: ../shared relative to the repo root)
#   RUNS     runs per measurement (default 3)
#   BIGLOG   the large default log, used when it exists (default /tmp/std-all-mm-go1.27.log;
#            BIGLOG= to leave it out)
#   RESULTS  results file to append to (default bench/results.md); RESULTS=/dev/null
#            to not record anything
#   TMPDIR   where decompressed logs and the databases go (default /tmp)
#
# This is a benchmark, not a test: ctest does not run it and it never fails on a slow
# result; it exits non-zero only when something could not be measured (escviz failed,
# a log is missing, ...).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$root/$SHARED ;; esac
RUNS=${RUNS:-3}
BIGLOG=${BIGLOG-/tmp/std-all-mm-go1.27.log}
RESULTS=${RESULTS:-$here/results.md}
# Issue 13's target: ingest within 16x grep -cF's time on the same file
# (150 MB/s where grep reads 2.3 GB/s) and peak RSS <= 64 MB.
FLOOR_RATIO=16
FLOOR_RSS_MB=64

die() { echo "bench/ingest.sh: $*" >&2; exit 2; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"

if [[ -z ${ESCVIZ:-} ]]; then
	for c in "$root/build-bench/escviz" "$root/build/escviz"; do
		[[ -x $c ]] && { ESCVIZ=$c; break; }
	done
fi
[[ -n ${ESCVIZ:-} && -x $ESCVIZ ]] ||
	die "no escviz binary; build one (cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench) or set ESCVIZ"

if (($# == 0)); then
	set -- "$SHARED/corpus/logs/std-all-mm-go1.15.log.xz" \
		"$SHARED/corpus/logs/std-med-m3-go1.27.log.xz"
	if [[ -n $BIGLOG && -f $BIGLOG ]]; then
		set -- "$@" "$BIGLOG"
	elif [[ -n $BIGLOG ]]; then
		echo "bench/ingest.sh: no $BIGLOG; leaving it out of the defaults" >&2
	fi
fi
for f in "$@"; do
	[[ -r $f && -f $f ]] || die "$f: no such log file"
done

# --- peak RSS: GNU time if available (install it if we can), else /proc polling ---
gnutime=
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
	gnutime=/usr/bin/time
elif command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
	echo "bench/ingest.sh: installing package 'time' for peak RSS" >&2
	if apt-get install -y -qq time >/dev/null 2>&1 ||
		{ apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }; then
		/usr/bin/time -f %M -o /dev/null true 2>/dev/null && gnutime=/usr/bin/time
	fi
fi
[[ -n $gnutime ]] || echo "bench/ingest.sh: GNU time unavailable; peak RSS from /proc polling" >&2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/escviz-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

now_ns() { date +%s%N; }

# run_measured RSSFILE CMD...: run CMD (stdout/stderr to $tmp/cmd.log), write its peak
# RSS in KiB to RSSFILE; fail if CMD fails.
run_measured() {
	local rssf=$1 rc=0
	shift
	if [[ -n $gnutime ]]; then
		"$gnutime" -f %M -o "$rssf" "$@" >"$tmp/cmd.log" 2>&1 || rc=$?
		# GNU time prefixes "Command exited with non-zero status N" on failure.
		tail -n 1 "$rssf" >"$rssf.x" && mv "$rssf.x" "$rssf"
	else
		local pid hwm=0 k v
		"$@" >"$tmp/cmd.log" 2>&1 &
		pid=$!
		while kill -0 "$pid" 2>/dev/null; do
			# Builtins only: no fork per poll competing with the measured process.
			while read -r k v _; do
				[[ $k == VmHWM: ]] && { ((v > hwm)) && hwm=$v; break; }
			done <"/proc/$pid/status" 2>/dev/null || true
			sleep 0.01
		done
		wait "$pid" || rc=$?
		echo "$hwm" >"$rssf"
	fi
	if ((rc != 0)); then
		echo "bench/ingest.sh: command failed (exit $rc): $*" >&2
		sed 's/^/  | /' "$tmp/cmd.log" | tail -n 20 >&2
		exit 3
	fi
}

# Output variables of the bench_* functions (bash has no multiple return values).
best_ns=0 peak_kb=0

bench_grep() {
	local f=$1 i t0 t1 d
	best_ns=0
	for ((i = 0; i < RUNS; i++)); do
		t0=$(now_ns)
		# Not >/dev/null: GNU grep notices that and stops at the first match.
		LC_ALL=C grep -cF 'escapes to heap' "$f" >"$tmp/grep.out" || true # 0 matches: exit 1
		t1=$(now_ns)
		d=$((t1 - t0))
		((best_ns == 0 || d < best_ns)) && best_ns=$d
	done
	return 0
}

# bench_escviz FILE DB|"": dry run when DB is empty, else a fresh database every run.
bench_escviz() {
	local f=$1 db=$2 i t0 t1 d k
	best_ns=0 peak_kb=0
	for ((i = 0; i < RUNS; i++)); do
		if [[ -n $db ]]; then
			rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
			t0=$(now_ns)
			run_measured "$tmp/rss" "$ESCVIZ" ingest --db "$db" "$f"
			t1=$(now_ns)
		else
			t0=$(now_ns)
			run_measured "$tmp/rss" "$ESCVIZ" ingest --dry-run "$f"
			t1=$(now_ns)
		fi
		d=$((t1 - t0))
		k=$(<"$tmp/rss")
		[[ $k =~ ^[0-9]+$ ]] || k=0
		((best_ns == 0 || d < best_ns)) && best_ns=$d
		((k > peak_kb)) && peak_kb=$k
	done
	return 0
}

# Formatting helpers (awk does the floating point).
secs() { awk -v n="$1" 'BEGIN { printf "%.3f", n / 1e9 }'; }
mbs() { awk -v b="$1" -v n="$2" 'BEGIN { printf "%.1f", (b / 1e6) / (n / 1e9) }'; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
kib_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

header='| log | size MB | lines | grep -c s | grep MB/s | dry-run s | dry-run MB/s | dry-run RSS MB | ingest s | ingest MB/s | ingest RSS MB | db MB | dry-run vs grep -c | ingest vs grep -c | target |'
rule='|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|'

rev=$(git -C "$root" describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
cpu=${cpu:-unknown}
machine="nproc $(nproc), $cpu"
stamp=$(date -u '+%Y-%m-%d %H:%M:%S UTC')
ver=$("$ESCVIZ" --version 2>/dev/null || echo '?')
ver="$ver, built $(date -u -r "$ESCVIZ" '+%Y-%m-%d %H:%M UTC')"

echo "escviz $rev ($ver, $ESCVIZ); $machine; best of $RUNS" >&2
echo "$header"
echo "$rule"

rows=()
for f in "$@"; do
	name=$(basename "$f")
	if [[ $f == *.xz ]]; then
		name=${name%.xz}
		echo "bench/ingest.sh: decompressing $f" >&2
		plain="$tmp/$name"
		xz -dc -- "$f" >"$plain"
	else
		plain=$f
	fi
	bytes=$(stat -c %s "$plain")
	lines=$(wc -l <"$plain")
	cat "$plain" >/dev/null # warm the page cache: every timing below sees it warm

	echo "bench/ingest.sh: $name: grep" >&2
	bench_grep "$plain"
	grep_ns=$best_ns

	echo "bench/ingest.sh: $name: escviz ingest --dry-run" >&2
	bench_escviz "$plain" ""
	dry_ns=$best_ns dry_kb=$peak_kb

	echo "bench/ingest.sh: $name: escviz ingest --db" >&2
	db="$tmp/bench.db"
	bench_escviz "$plain" "$db"
	ing_ns=$best_ns ing_kb=$peak_kb
	dbbytes=0
	for x in "$db" "$db-wal" "$db-journal"; do
		[[ -f $x ]] && dbbytes=$((dbbytes + $(stat -c %s "$x")))
	done
	rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
	[[ $plain == "$tmp"/* ]] && rm -f "$plain"

	ing_mbs=$(mbs "$bytes" "$ing_ns")
	floor=ok
	awk -v a="$ing_ns" -v b="$grep_ns" -v f=$FLOOR_RATIO 'BEGIN { exit !(a > f * b) }' &&
		floor="**NO**: > ${FLOOR_RATIO}× grep"
	for k in "$dry_kb" "$ing_kb"; do
		if ((k == 0)); then
			floor="$floor (RSS unknown)"
			break
		elif ((k * 1024 > FLOOR_RSS_MB * 1000000)); then
			[[ $floor == ok ]] && floor="**NO**:" || floor="$floor,"
			floor="$floor RSS > $FLOOR_RSS_MB MB"
			break
		fi
	done

	row="| $name | $(mb "$bytes") | $lines | $(secs "$grep_ns") | $(mbs "$bytes" "$grep_ns")"
	row+=" | $(secs "$dry_ns") | $(mbs "$bytes" "$dry_ns") | $(kib_mb "$dry_kb")"
	row+=" | $(secs "$ing_ns") | $ing_mbs | $(kib_mb "$ing_kb") | $(mb "$dbbytes")"
	row+=" | $(ratio "$dry_ns" "$grep_ns")× slower | $(ratio "$ing_ns" "$grep_ns")× slower | $floor |"
	echo "$row"
	rows+=("$row")
done

{
	if [[ -s $RESULTS ]]; then
		echo
	else
		echo '# escviz ingest benchmark results'
		echo
		echo 'Appended by `bench/ingest.sh` (see bench/README.md).  "vs grep -c" = escviz wall time /'
		echo '`grep -cF` wall time on the same file, i.e. "escviz is N× slower than grep -c".'
		echo
	fi
	echo "## $stamp — escviz $rev"
	echo
	echo "Machine: $machine.  Binary: \`${ESCVIZ#"$root/"}\` ($ver).  Best of $RUNS;" \
		"peak RSS = max over runs ($([[ -n $gnutime ]] && echo 'GNU time %M' || echo '/proc VmHWM polling'))."
	echo
	echo "$header"
	echo "$rule"
	printf '%s\n' "${rows[@]}"
} >>"$RESULTS"
echo "bench/ingest.sh: appended to $RESULTS" >&2
