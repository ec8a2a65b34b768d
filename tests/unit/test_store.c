/*
 * store:: -- ingest real logs from testdata/ into a temporary database and
 * check what was stored, with plain SQL through the sqlite3 API.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "common/strmap.h"
#include "common/util.h"
#include "feed/feed.h"
#include "parser/parser.h"
#include "store/store.h"

#define TESTDATA ESCVIZ_SOURCE_DIR "/testdata/"

struct fix {
	char dir[64];
	char db[128];
	struct store *s; /* closed by teardown when a test fails */
	sqlite3 *sql;
};

static int setup(void **state)
{
	struct fix *f = calloc(1, sizeof(*f));
	strcpy(f->dir, "/tmp/escviz-store-XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->db, sizeof(f->db), "%s/escviz.db", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fix *f = *state;
	store_close(f->s);
	sqlite3_close(f->sql);
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal", ".other" };
	char path[160];
	for (size_t i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		snprintf(path, sizeof(path), "%s%s", f->db, suffix[i]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/junk", f->dir);
	unlink(path);
	rmdir(f->dir);
	free(f);
	return 0;
}

/* The feed sink that writes into ing (as escviz ingest wires it). */
static struct feed_sink store_sink(struct store_ingest *ing)
{
	struct feed_sink sink = { ing, store_ingest_input, store_ingest_msg,
				  store_ingest_input_done, store_ingest_error };
	return sink;
}

/* Ingest one file as one build; returns its id. */
static int64_t ingest(struct store *s, const char *label, const char *path)
{
	struct build_meta meta = { label, NULL, NULL };
	struct store_ingest *ing = NULL;
	struct sbuf err = SBUF_INIT;
	struct feed_sink sink;
	struct feed *f;
	int64_t id = 0;
	int fd, rc;

	rc = store_ingest_begin(s, &meta, &ing, &err);
	if (rc)
		print_error("begin: %s\n", err.buf);
	assert_int_equal(rc, 0);
	sink = store_sink(ing);
	f = feed_new(&sink, NULL);
	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	rc = feed_fd(f, fd, path, &err);
	close(fd);
	if (rc)
		print_error("feed: %s\n", err.buf);
	assert_int_equal(rc, 0);
	rc = store_ingest_commit(ing, feed_parser(f), &id, &err);
	if (rc)
		print_error("commit: %s\n", err.buf);
	assert_int_equal(rc, 0);
	assert_true(id > 0);
	feed_free(f);
	sbuf_release(&err);
	return id;
}

static struct store *open_rw(struct fix *f)
{
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	int rc = store_open(&s, f->db, 0, &err);
	if (rc)
		print_error("open: %s\n", err.buf);
	assert_int_equal(rc, 0);
	assert_non_null(s);
	assert_string_equal(store_path(s), f->db);
	sbuf_release(&err);
	f->s = s;
	return s;
}

static void close_rw(struct fix *f)
{
	store_close(f->s);
	f->s = NULL;
}

static sqlite3 *open_sql(struct fix *f)
{
	assert_null(f->sql);
	assert_int_equal(sqlite3_open_v2(f->db, &f->sql, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	return f->sql;
}

static void close_sql(struct fix *f)
{
	sqlite3_close(f->sql);
	f->sql = NULL;
}

/* One integer from sql with text parameters ?1..?N (NULL ends them). */
static int64_t q_int(sqlite3 *db, const char *sql, ...)
{
	sqlite3_stmt *st = NULL;
	va_list ap;
	const char *arg;
	int i = 1, rc;
	int64_t v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		print_error("prepare: %s: %s\n", sqlite3_errmsg(db), sql);
		fail();
	}
	va_start(ap, sql);
	while ((arg = va_arg(ap, const char *)))
		sqlite3_bind_text(st, i++, arg, -1, SQLITE_TRANSIENT);
	va_end(ap);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* One text value (malloc'd, "" for none) from sql. */
static char *q_text(sqlite3 *db, const char *sql, ...)
{
	sqlite3_stmt *st = NULL;
	va_list ap;
	const char *arg;
	char *r;
	int i = 1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		print_error("prepare: %s: %s\n", sqlite3_errmsg(db), sql);
		fail();
	}
	va_start(ap, sql);
	while ((arg = va_arg(ap, const char *)))
		sqlite3_bind_text(st, i++, arg, -1, SQLITE_TRANSIENT);
	va_end(ap);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		r = strdup((const char *)sqlite3_column_text(st, 0));
	else
		r = strdup("");
	sqlite3_finalize(st);
	return r;
}

static void assert_text(sqlite3 *db, const char *want, const char *sql, const char *a1,
			const char *a2, const char *a3)
{
	char *got = q_text(db, sql, a1, a2, a3, NULL);
	if (strcmp(got, want)) {
		print_error("%s [%s %s %s]: got \"%s\", want \"%s\"\n", sql, a1 ? a1 : "",
			    a2 ? a2 : "", a3 ? a3 : "", got, want);
		free(got);
		fail();
	}
	free(got);
}

/* ---- independent counts from the raw file ------------------------------ */

struct file_counts {
	uint64_t lines, bytes, headers, moved, moved_distinct, verdicts, verdicts_distinct;
	uint64_t can_inline, leak_lines;
};

static int ends_with(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && !memcmp(s + n - k, lit, k);
}

/* Counts for a log without multi-line messages (checked: no backquote). */
static void count_file(const char *path, struct file_counts *c)
{
	FILE *f = fopen(path, "r");
	struct strmap moved = STRMAP_INIT, verdicts = STRMAP_INIT;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	memset(c, 0, sizeof(*c));
	assert_non_null(f);
	while ((n = getline(&line, &cap, f)) > 0) {
		c->bytes += (uint64_t)n;
		assert_int_equal(line[n - 1], '\n');
		line[--n] = 0;
		c->lines++;
		assert_null(strchr(line, '`'));
		if (!strncmp(line, "# ", 2))
			c->headers++;
		if (strstr(line, ": moved to heap: ")) {
			c->moved++;
			strmap_put(&moved, line, (size_t)n, 1);
		}
		if (ends_with(line, (size_t)n, " escapes to heap")) {
			c->verdicts++;
			strmap_put(&verdicts, line, (size_t)n, 1);
		}
		if (strstr(line, ": can inline "))
			c->can_inline++;
		if (strstr(line, ": leaking param"))
			c->leak_lines++;
	}
	c->moved_distinct = moved.count;
	c->verdicts_distinct = verdicts.count;
	free(line);
	fclose(f);
	strmap_release(&moved);
	strmap_release(&verdicts);
}

/* ---- tests ----------------------------------------------------------------- */

static void ingest_stats(void **state)
{
	struct fix *f = *state;
	const char *path = TESTDATA "go1.27/escprobe-m2.log";
	struct store *s = open_rw(f);
	struct build_stats st;
	struct file_counts fc;
	struct sbuf err = SBUF_INIT;
	int64_t id, sum = 0;

	count_file(path, &fc);
	id = ingest(s, "base", path);
	assert_int_equal(id, 1);
	assert_int_equal(store_stats(s, id, 5, STATS_RANK_HEAP, &st, &err), 0);
	assert_int_equal(st.info.id, id);
	assert_string_equal(st.info.label, "base");
	assert_null(st.info.commit);
	assert_string_equal(st.info.inputs, path);
	assert_int_equal(st.info.input_lines, fc.lines);
	assert_int_equal(st.info.input_bytes, fc.bytes);
	assert_int_equal(st.info.m_level, 2);
	assert_string_equal(st.info.go_version_detected, "1.25+");
	assert_string_equal(st.info.go_version, "1.25+");
	for (int c = 0; c < LC__COUNT; c++)
		sum += st.lines[c];
	assert_int_equal(sum, fc.lines);
	assert_int_equal(st.lines[LC_UNRECOGNIZED], 0);
	assert_int_equal(st.lines[LC_CONTINUATION], 0);
	assert_int_equal(st.lines[LC_PACKAGE_HEADER], fc.headers);
	assert_int_equal(st.lines[LC_MOVED_TO_HEAP], fc.moved);
	assert_int_equal(st.lines[LC_ESCAPE_VERDICT], fc.verdicts);
	assert_int_equal(st.lines[LC_CAN_INLINE], fc.can_inline);
	assert_int_equal(st.lines[LC_LEAKING_PARAM], fc.leak_lines);
	/* Repeated lines fold into one event row with a count, and the
	 * totals count verdicts as the compiler printed them. */
	assert_int_equal(st.moved_to_heap, fc.moved);
	assert_int_equal(st.heap_escapes, fc.verdicts);
	assert_int_equal(st.packages, 2);
	assert_int_equal(st.inlinable, fc.can_inline);
	assert_int_equal(st.flows, st.lines[LC_FLOW]);
	assert_int_equal(st.steps, st.lines[LC_STEP]);
	assert_int_equal(st.explanations,
			 st.lines[LC_ESCAPE_EXPLANATION] + st.lines[LC_PARAM_LEAK_EXPLANATION]);
	assert_int_equal(st.attributed_events, st.events); /* every event has a function */
	assert_true(st.n_top_packages >= 1 && st.n_top_packages <= 5);
	assert_string_equal(st.top_packages[0].name, "example.com/escprobe");
	build_stats_release(&st);

	/* The stats of a build that does not exist. */
	assert_int_equal(store_stats(s, 42, 5, STATS_RANK_HEAP, &st, &err), ESCVIZ_ENOTFOUND);
	assert_non_null(strstr(err.buf, f->db));
	build_stats_release(&st);
	sbuf_release(&err);
	close_rw(f);
}

static void resolve_builds(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	struct sbuf err = SBUF_INIT;
	struct build_info *b = NULL;
	size_t n = 0;
	int64_t id = 0;

	/* Nothing yet. */
	assert_int_equal(store_resolve_build(s, NULL, &id, &err), ESCVIZ_ENOTFOUND);
	assert_non_null(strstr(err.buf, f->db));
	assert_int_equal(ingest(s, "main", TESTDATA "go1.19/shapes-m2.log"), 1);
	assert_int_equal(ingest(s, "main", TESTDATA "go1.22/shapes-m2.log"), 2);
	assert_int_equal(ingest(s, "pr-7", TESTDATA "go1.24/shapes-m2.log"), 3);

	assert_int_equal(store_resolve_build(s, NULL, &id, &err), 0);
	assert_int_equal(id, 3);
	assert_int_equal(store_resolve_build(s, "1", &id, &err), 0);
	assert_int_equal(id, 1);
	assert_int_equal(store_resolve_build(s, "main", &id, &err), 0);
	assert_int_equal(id, 2); /* the latest build with that label */
	assert_int_equal(store_resolve_build(s, "pr-7", &id, &err), 0);
	assert_int_equal(id, 3);

	id = -1;
	assert_int_equal(store_resolve_build(s, "nope", &id, &err), ESCVIZ_ENOTFOUND);
	assert_non_null(strstr(err.buf, f->db));
	assert_non_null(strstr(err.buf, "'nope'"));
	assert_non_null(strstr(err.buf, "known labels"));
	assert_non_null(strstr(err.buf, "'main'"));
	assert_non_null(strstr(err.buf, "'pr-7'"));
	assert_int_equal(store_resolve_build(s, "99", &id, &err), ESCVIZ_ENOTFOUND);
	assert_non_null(strstr(err.buf, "'99'"));
	/* A label that is a prefix of one that exists is not that one. */
	assert_int_equal(store_resolve_build(s, "pr", &id, &err), ESCVIZ_ENOTFOUND);
	assert_int_equal(store_resolve_build(s, "", &id, &err), ESCVIZ_ENOTFOUND);

	assert_int_equal(store_builds(s, &b, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(b[0].id, 1);
	assert_int_equal(b[2].id, 3);
	assert_string_equal(b[0].label, "main");
	assert_string_equal(b[2].label, "pr-7");
	assert_non_null(b[0].go_version_detected);
	assert_string_not_equal(b[0].go_version_detected, "unknown");
	assert_string_equal(b[0].go_version, b[0].go_version_detected);
	assert_non_null(b[0].created);
	store_builds_free(b, n);
	sbuf_release(&err);
	close_rw(f);

	/* A read-only open sees the same builds. */
	assert_int_equal(store_open(&f->s, f->db, STORE_READONLY, &err), 0);
	s = f->s;
	assert_int_equal(store_resolve_build(s, "main", &id, &err), 0);
	assert_int_equal(id, 2);
	close_rw(f);
	sbuf_release(&err);
}

static void explanation_links(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	sqlite3 *db;
	int64_t id = ingest(s, NULL, TESTDATA "go1.27/escprobe-m2.log");
	char bid[32];

	snprintf(bid, sizeof(bid), "%lld", (long long)id);
	close_rw(f);
	db = open_sql(f);
	/* "./main.go:40:2: p escapes to heap in newPoint:" explains
	 * "./main.go:40:2: moved to heap: p". */
	assert_text(db, "moved_to_heap|p|newPoint|newPoint",
		    "SELECT e.kind || '|' || e.subject || '|' || fx.name || '|' || fe.name"
		    " FROM explanations x JOIN files fl ON fl.id = x.file_id"
		    " JOIN events e ON e.id = x.event_id"
		    " JOIN functions fx ON fx.id = x.function_id"
		    " JOIN functions fe ON fe.id = e.function_id"
		    " WHERE x.build_id = ?1 AND x.kind = 'escape' AND x.subject = 'p'"
		    " AND fl.path = ?2 AND x.line = 40 AND x.col = 2",
		    bid, "./main.go", NULL);
	/* Its flow and steps, in order. */
	assert_text(db, "~r0|&|p|1;&p|address-of|41:9;return &p|return|41:2",
		    "SELECT (SELECT group_concat(dst || '|' || ops || '|' || src || '|' || seq, ';')"
		    "  FROM flows WHERE explanation_id = x.id) || ';' ||"
		    " (SELECT group_concat(expr || '|' || reason || '|' || line || ':' || col, ';')"
		    "  FROM (SELECT * FROM steps WHERE explanation_id = x.id ORDER BY seq))"
		    " FROM explanations x JOIN files fl ON fl.id = x.file_id"
		    " WHERE x.build_id = ?1 AND x.kind = 'escape' AND x.subject = 'p'"
		    " AND fl.path = ?2 AND x.line = 40",
		    bid, "./main.go", NULL);
	/* "./main.go:48:11: parameter p leaks to ~r0 for pass with derefs=0:"
	 * explains "leaking param: p to result ~r0 level=0". */
	assert_text(db, "leaking_param_result|p|~r0|0|~r0|0|pass",
		    "SELECT e.kind || '|' || e.subject || '|' || e.target || '|' || e.level"
		    " || '|' || x.dest || '|' || x.derefs || '|' || fx.name"
		    " FROM explanations x JOIN files fl ON fl.id = x.file_id"
		    " JOIN events e ON e.id = x.event_id"
		    " JOIN functions fx ON fx.id = x.function_id"
		    " WHERE x.build_id = ?1 AND x.kind = 'param_leak' AND x.subject = 'p'"
		    " AND fl.path = ?2 AND x.line = 48 AND x.col = 11",
		    bid, "./main.go", NULL);
	/* "store/store.go:45:7: parameter s leaks to ~r0 ... derefs=1:" explains
	 * "leaking param: s to result ~r0 level=1". */
	assert_text(db, "leaking_param_result|1",
		    "SELECT e.kind || '|' || e.level FROM explanations x"
		    " JOIN files fl ON fl.id = x.file_id JOIN events e ON e.id = x.event_id"
		    " WHERE x.build_id = ?1 AND x.kind = 'param_leak' AND x.subject = 's'"
		    " AND x.dest = '~r0' AND fl.path = ?2 AND x.line = 45",
		    bid, "store/store.go", NULL);
	/* Every escape header of this log has a verdict at its position. */
	assert_int_equal(q_int(db, "SELECT COUNT(*) FROM explanations WHERE build_id = ?1"
			       " AND kind = 'escape' AND event_id IS NULL", bid, NULL), 0);
	/* A leak header stays unlinked only when no leak verdict exists at its
	 * position (the generic (*Box[...]).Add wrappers print none). */
	assert_int_equal(q_int(db, "SELECT COUNT(*) FROM explanations x WHERE build_id = ?1"
			       " AND kind = 'param_leak' AND event_id IS NULL AND EXISTS (SELECT 1"
			       " FROM events e WHERE e.build_id = x.build_id AND e.file_id = x.file_id"
			       " AND e.line = x.line AND e.col = x.col AND e.subject = x.subject"
			       " AND e.kind LIKE 'leaking_param%')", bid, NULL), 0);
	assert_int_equal(q_int(db, "SELECT COUNT(*) FROM explanations WHERE build_id = ?1"
			       " AND kind = 'param_leak' AND event_id IS NOT NULL", bid, NULL), 10);
	close_sql(f);
}

/* The function that declares a named variable owns its moved_to_heap event. */
static void check_moved_owner(sqlite3 *db, const char *bid, const char *file, const char *line,
			      const char *subject, const char *want)
{
	char *got = q_text(db, "SELECT f.name FROM events e JOIN files fl ON fl.id = e.file_id"
			       " LEFT JOIN functions f ON f.id = e.function_id"
			       " WHERE e.build_id = ?1 AND e.kind = 'moved_to_heap'"
			       " AND fl.path = ?2 AND e.line = ?3 AND e.subject = ?4",
			   bid, file, line, subject, NULL);
	if (strcmp(got, want)) {
		print_error("moved to heap: %s at %s:%s is attributed to \"%s\", want \"%s\"\n",
			    subject, file, line, got, want);
		free(got);
		fail();
	}
	free(got);
}

/* Go 1.27: the " in F" of the explanation names the function. */
static void attribution_go127(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	int64_t id = ingest(s, NULL, TESTDATA "go1.27/escprobe-m2.log");
	char bid[32];
	sqlite3 *db;

	snprintf(bid, sizeof(bid), "%lld", (long long)id);
	close_rw(f);
	db = open_sql(f);
	check_moved_owner(db, bid, "./closures.go", "8", "byRef", "closures");
	check_moved_owner(db, bid, "./closures.go", "26", "i", "closures");
	check_moved_owner(db, bid, "./closures.go", "16", "count", "closures.func2");
	check_moved_owner(db, bid, "./main.go", "40", "p", "newPoint");
	check_moved_owner(db, bid, "./main.go", "144", "big", "main");
	check_moved_owner(db, bid, "./generics.go", "45", "p", "init.0");
	close_sql(f);
}

/*
 * Go 1.19 has no " in F": attribution falls back to declarations.  The
 * variables are the same as in attribution_go127 (testdata/src/escprobe):
 * i is declared in closures() (closures.go:26), big is moved to the heap in
 * main (main.go:144, bigArrays inlined), p in init (generics.go:45).
 */
static void attribution_go119(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	int64_t id = ingest(s, NULL, TESTDATA "go1.19/escprobe-m2.log");
	char bid[32];
	sqlite3 *db;

	snprintf(bid, sizeof(bid), "%lld", (long long)id);
	close_rw(f);
	db = open_sql(f);
	check_moved_owner(db, bid, "./closures.go", "8", "byRef", "closures");
	/* go1.19 names no function for count (declared inside closures.func2):
	 * without the closure's end, the enclosing function owns it. */
	check_moved_owner(db, bid, "./closures.go", "16", "count", "closures");
	check_moved_owner(db, bid, "./main.go", "40", "p", "newPoint");
	check_moved_owner(db, bid, "./closures.go", "26", "i", "closures");
	check_moved_owner(db, bid, "./main.go", "144", "big", "main");
	close_sql(f);
}

/* go1.15 shapes (no closures): declaration attribution is exact. */
static void attribution_shapes_go115(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	int64_t id = ingest(s, NULL, TESTDATA "go1.15/shapes-m2.log");
	char bid[32];
	sqlite3 *db;

	snprintf(bid, sizeof(bid), "%lld", (long long)id);
	close_rw(f);
	db = open_sql(f);
	/* Every event has a function declared above it in the same file, but
	 * the wrapper line "<autogenerated>:1: .this does not escape". */
	assert_int_equal(q_int(db, "SELECT COUNT(*) FROM events e JOIN files fl"
			       " ON fl.id = e.file_id WHERE e.build_id = ?1 AND"
			       " (e.function_id IS NULL) <> (fl.path = '<autogenerated>')", bid, NULL), 0);
	assert_int_equal(q_int(db, "SELECT COUNT(*) FROM events e JOIN functions f"
			       " ON f.id = e.function_id WHERE e.build_id = ?1"
			       " AND (f.file_id <> e.file_id OR f.line > e.line)", bid, NULL), 0);
	close_sql(f);
}

static void old_chain_steps(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	const char *path = ESCVIZ_SHARED_DIR "/corpus/legacy/015_go1.7dev_go10526_escape_because_mm_proto2.txt";
	int64_t id;
	char bid[32];
	sqlite3 *db;

	if (access(path, R_OK) != 0) {
		print_message("no shared corpus at %s\n", path);
		skip();
	}
	id = ingest(s, NULL, path);
	snprintf(bid, sizeof(bid), "%lld", (long long)id);
	close_rw(f);
	db = open_sql(f);
	/* "leaking param: q" followed by 7 TAB-indented steps. */
	assert_text(db, "leaking_param|q|7|s,pair literal,t,u,&u,&u,sink",
		    "SELECT e.kind || '|' || e.subject || '|' || (SELECT COUNT(*) FROM steps"
		    " WHERE explanation_id = x.id) || '|' || (SELECT group_concat(expr, ',')"
		    " FROM (SELECT expr FROM steps WHERE explanation_id = x.id ORDER BY seq))"
		    " FROM explanations x JOIN events e ON e.id = x.event_id"
		    " WHERE x.build_id = ?1 AND x.kind = 'chain'", bid, NULL, NULL);
	assert_int_equal(q_int(db, "SELECT COUNT(*) FROM steps st JOIN explanations x"
			       " ON x.id = st.explanation_id WHERE x.build_id = ?1"
			       " AND st.flow_seq IS NOT NULL", bid, NULL), 0);
	close_sql(f);
}

static void abort_leaves_nothing(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	struct build_meta meta = { "aborted", NULL, NULL };
	struct store_ingest *ing = NULL;
	struct sbuf err = SBUF_INIT;
	struct build_info *b = NULL;
	size_t n = 0;
	struct feed_sink sink;
	struct feed *fe;
	sqlite3 *db;
	int fd;

	assert_int_equal(ingest(s, "kept", TESTDATA "go1.22/shapes-m2.log"), 1);
	assert_int_equal(store_ingest_begin(s, &meta, &ing, &err), 0);
	sink = store_sink(ing);
	fe = feed_new(&sink, NULL);
	fd = open(TESTDATA "go1.22/escprobe-m2.log", O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(feed_fd(fe, fd, "x", &err), 0);
	close(fd);
	store_ingest_abort(ing);
	feed_free(fe);

	assert_int_equal(store_builds(s, &b, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_string_equal(b[0].label, "kept");
	store_builds_free(b, n);
	close_rw(f);

	db = open_sql(f);
	static const char *const tables[] = { "inputs", "line_counts", "packages", "files",
					      "functions", "events", "explanations", "flows", "steps",
					      "inline_calls", "captures", "diagnostics" };
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		char sql[128];
		snprintf(sql, sizeof(sql), "SELECT COUNT(*) FROM %s WHERE build_id <> 1", tables[i]);
		assert_int_equal(q_int(db, sql, NULL), 0);
	}
	close_sql(f);

	/* The database is still writable: the next build is id 2 (or later). */
	s = open_rw(f);
	assert_true(ingest(s, "after", TESTDATA "go1.22/shapes-m2.log") >= 2);
	close_rw(f);
	sbuf_release(&err);
}

static void newer_schema_refused(void **state)
{
	struct fix *f = *state;
	struct store *s = open_rw(f);
	struct sbuf err = SBUF_INIT;
	sqlite3 *db;
	char sql[64];

	close_rw(f);
	db = open_sql(f);
	assert_int_equal(q_int(db, "PRAGMA user_version", NULL), STORE_SCHEMA_VERSION);
	snprintf(sql, sizeof(sql), "PRAGMA user_version = %d", STORE_SCHEMA_VERSION + 1);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	close_sql(f);

	s = (struct store *)1;
	assert_int_equal(store_open(&s, f->db, 0, &err), ESCVIZ_EDB);
	assert_null(s);
	assert_non_null(strstr(err.buf, f->db));
	assert_non_null(strstr(err.buf, "newer"));
	assert_int_equal(store_open(&s, f->db, STORE_READONLY, &err), ESCVIZ_EDB);
	assert_non_null(strstr(err.buf, f->db));
	/* Nothing was changed by the refused opens. */
	db = open_sql(f);
	assert_int_equal(q_int(db, "PRAGMA user_version", NULL), STORE_SCHEMA_VERSION + 1);
	close_sql(f);
	sbuf_release(&err);
}

static void non_database_refused(void **state)
{
	struct fix *f = *state;
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	char path[160];
	FILE *out;

	/* A text file (a log given as --db by mistake). */
	snprintf(path, sizeof(path), "%s/junk", f->dir);
	out = fopen(path, "w");
	assert_non_null(out);
	for (int i = 0; i < 200; i++)
		fputs("./main.go:21:2: moved to heap: x\n", out);
	fclose(out);
	assert_int_equal(store_open(&s, path, 0, &err), ESCVIZ_EDB);
	assert_null(s);
	assert_non_null(strstr(err.buf, path));
	assert_int_equal(store_open(&s, path, STORE_READONLY, &err), ESCVIZ_EDB);
	assert_non_null(strstr(err.buf, path));
	/* Still the same file. */
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_size, 200 * 33);

	/* Another application's SQLite database. */
	snprintf(path, sizeof(path), "%s.other", f->db);
	assert_int_equal(sqlite3_open(path, &f->sql), SQLITE_OK);
	assert_int_equal(sqlite3_exec(f->sql, "CREATE TABLE t(x); INSERT INTO t VALUES(1);", NULL,
				      NULL, NULL), SQLITE_OK);
	close_sql(f);
	assert_int_equal(store_open(&s, path, 0, &err), ESCVIZ_EDB);
	assert_non_null(strstr(err.buf, path));
	assert_non_null(strstr(err.buf, "not an escviz database"));

	/* Read-only open of a missing file. */
	snprintf(path, sizeof(path), "%s/missing.db", f->dir);
	assert_int_equal(store_open(&s, path, STORE_READONLY, &err), ESCVIZ_ENOTFOUND);
	assert_non_null(strstr(err.buf, path));
	assert_int_equal(access(path, F_OK), -1); /* not created */
	sbuf_release(&err);
}

#define T(name, fn) { "store::" name, fn, setup, teardown, NULL }

int main(void)
{
	static const struct CMUnitTest tests[] = {
		T("ingest_stats", ingest_stats),
		T("resolve_builds", resolve_builds),
		T("explanation_links", explanation_links),
		T("attribution_go127", attribution_go127),
		T("attribution_go119", attribution_go119),
		T("attribution_shapes_go115", attribution_shapes_go115),
		T("old_chain_steps", old_chain_steps),
		T("abort_leaves_nothing", abort_leaves_nothing),
		T("newer_schema_refused", newer_schema_refused),
		T("non_database_refused", non_database_refused),
	};
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
