/*
 * bench/sqlstep-prof.c — where does ingest spend its SQLite time, per statement?
 *
 * An LD_PRELOAD shim (not part of the CMake build, not a test) that wraps
 * sqlite3_step(), sums the wall time of every call per SQL text and prints the
 * top 20 statements at exit.  ESCVIZ_SQL_PROFILE=1 only reports single
 * statements slower than 20 ms, so it misses the per-row INSERTs, which are
 * most of the cost on large logs; this totals them.
 *
 *   cc -O2 -shared -fPIC -o /tmp/sqlstep-prof.so bench/sqlstep-prof.c -ldl
 *   LD_PRELOAD=/tmp/sqlstep-prof.so build-bench/escviz ingest --db /tmp/x.db LOG
 *
 * Works because escviz links libsqlite3 dynamically.  The overhead is two
 * clock_gettime() calls per step (a few percent).  Single-threaded use only.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_STMTS 256

struct entry {
	const char *sql;
	double ns;
	unsigned long n;
};

static struct entry tab[MAX_STMTS];
static int ntab;
static int (*real_step)(sqlite3_stmt *);

static double now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

int sqlite3_step(sqlite3_stmt *st)
{
	double t0, d;
	const char *sql;
	int rc, i;

	if (!real_step)
		*(void **)&real_step = dlsym(RTLD_NEXT, "sqlite3_step");
	t0 = now_ns();
	rc = real_step(st);
	d = now_ns() - t0;
	sql = sqlite3_sql(st);
	if (!sql)
		sql = "?";
	for (i = 0; i < ntab; i++)
		if (!strcmp(tab[i].sql, sql))
			break;
	if (i == ntab && ntab < MAX_STMTS)
		tab[ntab++].sql = strdup(sql);
	if (i < MAX_STMTS) {
		tab[i].ns += d;
		tab[i].n++;
	}
	return rc;
}

static int by_time(const void *a, const void *b)
{
	double x = ((const struct entry *)a)->ns, y = ((const struct entry *)b)->ns;
	return (x < y) - (x > y);
}

__attribute__((destructor)) static void report(void)
{
	double total = 0;
	if (!ntab)
		return;
	qsort(tab, (size_t)ntab, sizeof(tab[0]), by_time);
	for (int i = 0; i < ntab; i++)
		total += tab[i].ns;
	fprintf(stderr, "sqlstep-prof: sqlite3_step total %.3f s\n", total / 1e9);
	for (int i = 0; i < ntab && i < 20; i++)
		fprintf(stderr, "%8.3f s %9lu x  %.120s\n", tab[i].ns / 1e9, tab[i].n, tab[i].sql);
}
