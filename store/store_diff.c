/*
 * escviz diff, the reading side: load the comparable facts of a build
 * (store_diff_match.c pairs them).
 *
 * A build is read with four queries (events, functions, inlined calls,
 * devirtualisations) plus one for the explanations of its events.  The
 * identity key of each fact is built here, from normalised text, so the
 * matcher only compares strings.
 */
#include "store/store_internal.h"
#include "store/store_diff.h"
#include "model/drift.h"
#include "model/factrows.h"

#include <stdlib.h>
#include <string.h>

#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"

#define PKG_COL "p.path || CASE WHEN p.variant <> '' THEN ' [' || p.variant || ']' ELSE '' END"
/* Columns 13 and 14 of every query: what the build's profiles measured,
 * -1 when it has no such profile (diff --fail-on hot). */
#define HAS_PROFILE(kind) "EXISTS (SELECT 1 FROM profiles WHERE build_id = ?1 AND kind = '" kind "')"
#define BYTES_COL(event)                                                        \
	" CASE WHEN " HAS_PROFILE("heap") " THEN COALESCE((SELECT a.alloc_bytes"   \
	" FROM event_allocs a WHERE a.event_id = " event "), 0) ELSE -1 END"
#define CPU_COL(function)                                                       \
	" CASE WHEN " HAS_PROFILE("cpu") " THEN COALESCE((SELECT c.cpu_cum"        \
	" FROM function_cpu c WHERE c.function_id = " function "), 0) ELSE -1 END"

static const char *const events_sql =
	"SELECT e.id, " PKG_COL ", COALESCE(f.name, ''), e.kind, e.subject,"
	" CASE WHEN e.kind = 'leaking_param_result' THEN COALESCE(e.target, '') ||"
	" COALESCE(' level=' || e.level, '') END, fl.path, e.line, e.col, f.line, ff.path,"
	" e.count, e.attribution," BYTES_COL("e.id") "," CPU_COL("e.function_id")
	" FROM events e JOIN packages p ON p.id = e.package_id"
	" JOIN files fl ON fl.id = e.file_id"
	" LEFT JOIN functions f ON f.id = e.function_id"
	" LEFT JOIN files ff ON ff.id = f.file_id"
	" WHERE e.build_id = ?1 AND e.package_id = ?2 AND e.kind IN ('heap_escape', 'moved_to_heap',"
	" 'leaking_param', 'leaking_param_content', 'leaking_param_result')"
	" ORDER BY 2, 3, e.kind, fl.path, e.line, e.col, e.subject";

static const char *const functions_sql =
	"SELECT 0, " PKG_COL ", f.name, f.inlinable, f.name, f.reason, fl.path, f.line, f.col,"
	" f.line, fl.path, f.cost, f.budget, -1," CPU_COL("f.id")
	" FROM functions f JOIN packages p ON p.id = f.package_id"
	" LEFT JOIN files fl ON fl.id = f.file_id"
	" WHERE f.build_id = ?1 AND f.package_id = ?2 AND f.inlinable IS NOT NULL ORDER BY 2, 3";

/*
 * Inlined call sites and devirtualisations share the column layout (an
 * inlined call printed count times is count facts, as events).  Calls
 * at one position come in printed order (the outermost inlined call first):
 * diff_causes() takes the first as the root cause.
 */
static const char *const calls_sql =
	"SELECT 0, " PKG_COL ", COALESCE(f.name, ''), 'inlined_call', c.callee, NULL,"
	" fl.path, c.line, c.col, f.line, ff.path, c.count, c.attribution, -1,"
	CPU_COL("c.function_id")
	" FROM inline_calls c JOIN packages p ON p.id = c.package_id"
	" JOIN files fl ON fl.id = c.file_id"
	" LEFT JOIN functions f ON f.id = c.function_id"
	" LEFT JOIN files ff ON ff.id = f.file_id"
	" WHERE c.build_id = ?1 AND c.package_id = ?2 AND c.inlined = 1 ORDER BY 2, 3, fl.path, c.line, c.col, c.id";

static const char *const devirt_sql =
	"SELECT 0, " PKG_COL ", COALESCE(f.name, ''), 'devirtualization', d.call, d.target,"
	" fl.path, d.line, d.col, f.line, ff.path, 1, d.attribution, -1,"
	CPU_COL("d.function_id")
	" FROM devirtualizations d JOIN packages p ON p.id = d.package_id"
	" JOIN files fl ON fl.id = d.file_id"
	" LEFT JOIN functions f ON f.id = d.function_id"
	" LEFT JOIN files ff ON ff.id = f.file_id"
	" WHERE d.build_id = ?1 AND d.package_id = ?2 ORDER BY 2, 3, fl.path, d.line, d.col, 5";

/* The explanations of a package's events, in printed order, with their chains. */
static const char *const chain_sql =
	"SELECT x.event_id, x.id, x.chain FROM events e JOIN explanations x ON x.event_id = e.id"
	" WHERE e.build_id = ?1 AND e.package_id = ?2 ORDER BY x.event_id, x.id";

/* One build read a package at a time (store_diff.h). */
enum { Q_ALIASES, Q_EVENTS, Q_CHAINS, Q_FUNCTIONS, Q_CALLS, Q_DEVIRTS, Q__COUNT };

struct store_diff_pkgs {
	struct store *s;
	int64_t build;
	long budget;
	int m_level;
	char **names; /* "path [variant]", sorted */
	int64_t *ids;
	size_t n, at;
	sqlite3_stmt *q[Q__COUNT];
	struct chain_files files;
};

static sqlite3_stmt *bound(struct store_diff_pkgs *r, int q)
{
	sqlite3_stmt *st = r->q[q];
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, r->build);
	sqlite3_bind_int64(st, 2, r->ids[r->at]);
	return st;
}

static char *col_text(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	return xstrdup(t ? t : "");
}

static enum diff_kind kind_of(const char *k, int inlinable_col)
{
	return inlinable_col ? DK_INLINABLE : fact_kind_of(k);
}

/*
 * Closures inlined into another function are compiled again as copies
 * whose names drift between releases: the closure of adder re-inlined into
 * main is main.func2 (1.19), main.adder.func2 (1.22) or adder.func1 (1.27).
 * A copy is declared at its closure's position, so every closure declared
 * at a position already declared in the package is matched under the name
 * first declared there.
 */
static const char *const alias_sql =
	"SELECT " PKG_COL ", f.name, (SELECT g.name FROM functions g"
	" WHERE g.build_id = f.build_id AND g.package_id = f.package_id"
	" AND g.file_id = f.file_id AND g.line = f.line AND g.col = f.col"
	" ORDER BY g.id LIMIT 1)"
	" FROM functions f JOIN packages p ON p.id = f.package_id"
	" WHERE f.build_id = ?1 AND f.package_id = ?2 AND f.line > 0 AND f.col > 0 AND f.name LIKE '%.func%'";

static int load_aliases(struct store_diff_pkgs *r, struct factset *fs, struct sbuf *err)
{
	sqlite3_stmt *st = bound(r, Q_ALIASES);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 1);
		const char *first = (const char *)sqlite3_column_text(st, 2);
		if (!name || !first || !strcmp(name, first))
			continue;
		factset_alias(fs, (const char *)sqlite3_column_text(st, 0), name, first);
	}
	if (rc != SQLITE_DONE)
		return store_db_error(r->s, err, "cannot read functions");
	return 0;
}

/*
 * One row of any of the fact queries.  Columns: 0 event id, 1 package,
 * 2 function, 3 kind (or inlinable for functions), 4 subject, 5 detail,
 * 6 file, 7 line, 8 col, 9 declaration line, 10 declaration file, and for
 * functions 11 cost, 12 budget; for the others 11 count, 12 attribution.
 */
static void read_fact(sqlite3_stmt *st, struct fact *f, int is_func, const struct factset *fs)
{
	const char *decl_file = (const char *)sqlite3_column_text(st, 10);
	memset(f, 0, sizeof(*f));
	f->package = col_text(st, 1);
	f->function = col_text(st, 2);
	f->kind = kind_of((const char *)sqlite3_column_text(st, 3), is_func);
	f->inlinable = is_func ? sqlite3_column_int(st, 3) : 0;
	f->subject = col_text(st, 4);
	f->detail = sqlite3_column_type(st, 5) == SQLITE_NULL ? NULL : col_text(st, 5);
	f->pos.file = sqlite3_column_type(st, 6) == SQLITE_NULL ? NULL : col_text(st, 6);
	f->pos.line = sqlite3_column_int64(st, 7);
	f->pos.col = sqlite3_column_int64(st, 8);
	f->rel = f->pos.line;
	if (sqlite3_column_type(st, 9) != SQLITE_NULL && decl_file && f->pos.file &&
	    !strcmp(decl_file, f->pos.file))
		f->rel = f->pos.line - sqlite3_column_int64(st, 9);
	f->cost = f->budget = -1;
	f->count = 1;
	f->bytes = sqlite3_column_int64(st, 13);
	f->cpu = sqlite3_column_int64(st, 14);
	if (!is_func && sqlite3_column_count(st) > 12) {
		const char *how = (const char *)sqlite3_column_text(st, 12);
		if (sqlite3_column_int64(st, 11) > 1)
			f->count = sqlite3_column_int64(st, 11);
		f->guessed = how && !strcmp(how, "declaration");
	}
	if (is_func) {
		f->rel = 0;
		if (sqlite3_column_type(st, 11) != SQLITE_NULL)
			f->cost = sqlite3_column_int64(st, 11);
		if (sqlite3_column_type(st, 12) != SQLITE_NULL)
			f->budget = sqlite3_column_int64(st, 12);
	}
	fact_make_keys(f, fs);
}

/*
 * One fact per row, except that an event printed count times at one
 * position (`string(src)` escapes twice at one column: the conversion and
 * the boxing) is count facts, so that the matcher pairs occurrences and a
 * count that changes is an added or removed occurrence.  by_event maps an
 * event id to its first occurrence; the others follow it.
 */
static int load_query(struct store_diff_pkgs *r, int q, int is_func, struct factset *fs,
		      struct strmap *by_event, struct sbuf *err)
{
	sqlite3_stmt *st = bound(r, q);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t ev = sqlite3_column_int64(st, 0);
		size_t first = fs->n;
		VEC_GROW(fs->v, fs->n + 1, fs->alloc);
		read_fact(st, &fs->v[fs->n], is_func, fs);
		fs->n++;
		factset_add_occurrences(fs, first);
		if (ev)
			strmap_put(by_event, (const char *)&ev, sizeof(ev), (int64_t)first);
	}
	if (rc != SQLITE_DONE)
		return store_db_error(r->s, err, "cannot read the build");
	return 0;
}

/* One explanation's chain into its fact: each flow's line, then its steps'. */
struct chain_text {
	struct fact *f;
	struct chain_files *files;
	struct sbuf t;
};

static int text_flow(void *ctx, const struct chain_flow *fl)
{
	struct chain_text *c = ctx;
	fact_chain_flow(c->f, &c->t, fl->dst, fl->ops, fl->src);
	return 0;
}

static int text_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *s)
{
	struct chain_text *c = ctx;
	const char *file = s->file_id ? chain_file_path(c->files, s->file_id) : NULL;
	(void)flow, (void)seq;
	fact_chain_step(c->f, &c->t, s->expr, s->reason, s->has_reason, file, s->line, s->col);
	return 0;
}

/*
 * The explanations of an event, in printed order, go one to each of its
 * occurrences; when there are more explanations than occurrences the last
 * occurrence takes the rest.
 */
static int load_chains(struct store_diff_pkgs *r, struct factset *fs,
		       const struct strmap *by_event, struct sbuf *err)
{
	sqlite3_stmt *st = bound(r, Q_CHAINS);
	struct chain_text c = { NULL, &r->files, SBUF_INIT };
	struct chain_visitor v = { text_flow, text_step, &c };
	struct fact_expl_cursor cur = { 0, 0, 0 };
	int64_t bad = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t ev = sqlite3_column_int64(st, 0), x = sqlite3_column_int64(st, 1), idx;
		if (!strmap_get(by_event, (const char *)&ev, sizeof(ev), &idx))
			continue;
		c.f = &fs->v[idx + fact_expl_occurrence(&cur, ev, x, fs->v[idx].count)];
		fact_chain_begin(c.f);
		if (chain_decode((const char *)sqlite3_column_text(st, 2),
				 (size_t)sqlite3_column_bytes(st, 2), 0, &v) < 0) {
			rc = SQLITE_CORRUPT;
			bad = x;
			break;
		}
	}
	sbuf_release(&c.t);
	if (rc == SQLITE_CORRUPT)
		return error_set(err, ESCVIZ_EDB, "%s: explanation %lld: malformed chain", r->s->path,
				 (long long)bad);
	if (rc != SQLITE_DONE)
		return store_db_error(r->s, err, "cannot read explanations");
	return 0;
}

static int load_build(struct store_diff_pkgs *r, struct diff_build *b, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(r->s->db,
			       "SELECT label, commit_rev, go_version, m_level,"
			       " COALESCE((SELECT MAX(budget) FROM functions f"
			       " WHERE f.build_id = builds.id), 80) FROM builds WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return store_db_error(r->s, err, "cannot read builds");
	sqlite3_bind_int64(st, 1, r->build);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		b->id = r->build;
		b->label = store_column_dup(st, 0);
		b->commit = store_column_dup(st, 1);
		b->go_version = store_column_dup(st, 2);
		b->m_level = r->m_level = sqlite3_column_int(st, 3);
		r->budget = sqlite3_column_int64(st, 4);
		b->source = xstrdup(r->s->path);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return error_set(err, ESCVIZ_ENOTFOUND, "%s: no build %lld", r->s->path,
				 (long long)r->build);
	return store_db_error(r->s, err, "cannot read builds");
}

/* The build's packages, sorted by name (strcmp: the order both builds are walked in). */
static int load_packages(struct store_diff_pkgs *r, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0, ialloc = 0;
	int rc;
	if (sqlite3_prepare_v2(r->s->db, "SELECT p.id, " PKG_COL " FROM packages p"
			       " WHERE p.build_id = ?1 ORDER BY 2", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(r->s, err, "cannot read packages");
	sqlite3_bind_int64(st, 1, r->build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(r->names, r->n + 1, alloc);
		VEC_GROW(r->ids, r->n + 1, ialloc);
		r->ids[r->n] = sqlite3_column_int64(st, 0);
		r->names[r->n++] = store_column_dup(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(r->s, err, "cannot read packages");
	/* ORDER BY compares text as memcmp does; say so if a name breaks it. */
	for (size_t i = 1; i < r->n; i++)
		if (strcmp(r->names[i - 1], r->names[i]) >= 0)
			return error_set(err, ESCVIZ_EDB, "%s: build %lld: package %s is listed twice",
					 r->s->path, (long long)r->build, r->names[i]);
	return 0;
}

int store_diff_open(struct store *s, int64_t id, struct diff_build *b,
		    struct store_diff_pkgs **out, struct sbuf *err)
{
	static const char *const sql[Q__COUNT] = {
		[Q_ALIASES] = alias_sql, [Q_EVENTS] = events_sql, [Q_CHAINS] = chain_sql,
		[Q_FUNCTIONS] = functions_sql, [Q_CALLS] = calls_sql, [Q_DEVIRTS] = devirt_sql,
	};
	struct store_diff_pkgs *r = xcalloc(1, sizeof(*r));
	int rc = 0;
	r->s = s;
	r->build = id;
	chain_files_init(&r->files, s);
	*out = NULL;
	if ((rc = load_build(r, b, err)) < 0 || (rc = load_packages(r, err)) < 0)
		goto fail;
	for (int i = 0; i < Q__COUNT; i++)
		if (sqlite3_prepare_v2(s->db, sql[i], -1, &r->q[i], NULL) != SQLITE_OK) {
			rc = store_db_error(s, err, "cannot read the build");
			goto fail;
		}
	*out = r;
	return 0;
fail:
	store_diff_close(r);
	return rc;
}

const char *store_diff_peek(const struct store_diff_pkgs *r)
{
	return r->at < r->n ? r->names[r->at] : NULL;
}

int store_diff_package(struct store_diff_pkgs *r, const char *package, struct factset *fs,
		       struct sbuf *err)
{
	struct strmap by_event = STRMAP_INIT;
	int rc = 0;
	memset(fs, 0, sizeof(*fs));
	fs->budget = r->budget;
	fs->m_level = r->m_level;
	if (r->at >= r->n || strcmp(r->names[r->at], package) != 0)
		return 0; /* not in this build: no facts */
	if ((rc = load_aliases(r, fs, err)) < 0 ||
	    (rc = load_query(r, Q_EVENTS, 0, fs, &by_event, err)) < 0 ||
	    (rc = load_chains(r, fs, &by_event, err)) < 0 ||
	    (rc = load_query(r, Q_FUNCTIONS, 1, fs, &by_event, err)) < 0 ||
	    (rc = load_query(r, Q_CALLS, 0, fs, &by_event, err)) < 0 ||
	    (rc = load_query(r, Q_DEVIRTS, 0, fs, &by_event, err)) < 0)
		goto out;
	r->at++;
out:
	strmap_release(&by_event);
	return rc;
}

void store_diff_close(struct store_diff_pkgs *r)
{
	if (!r)
		return;
	for (int i = 0; i < Q__COUNT; i++)
		sqlite3_finalize(r->q[i]);
	for (size_t i = 0; i < r->n; i++)
		free(r->names[i]);
	free(r->names);
	free(r->ids);
	chain_files_release(&r->files);
	free(r);
}

static const char *source_peek(void *ctx)
{
	return store_diff_peek(ctx);
}

static int source_package(void *ctx, const char *package, struct factset *fs, struct sbuf *err)
{
	return store_diff_package(ctx, package, fs, err);
}

struct diff_source store_diff_source(struct store_diff_pkgs *r)
{
	return (struct diff_source){ source_peek, source_package, r };
}
