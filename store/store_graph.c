/*
 * Queries for the diagrams and the HTML report (store/store_graph.h).
 *
 * A report over a whole std build loads some 10^4 functions, so nothing
 * may scan a table once per function.  events, inline_calls and captures
 * have no index on function_id (schema version 1): the loader reads each
 * of them once per build, sorted by function, and serves functions from
 * memory.  A function's explanations are reached through its verdicts
 * (explanations.event_id is indexed), not through the unindexed
 * explanations.function_id.
 */
#include "store/store_graph.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "store/store_internal.h"

enum {
	Q_FUNC,
	Q_EXPLS,
	Q_EXPLS_UNLINKED,
	Q__COUNT
};

static const char *const loader_sql[Q__COUNT] = {
	[Q_FUNC] = "SELECT p.path, p.variant, f.name, fl.path, COALESCE(f.line, 0),"
		   " COALESCE(f.col, 0), COALESCE(f.inlinable, -1), COALESCE(f.cost, -1), f.reason,"
		   " f.package_id, p.name, f.body"
		   " FROM functions f JOIN packages p ON p.id = f.package_id"
		   " LEFT JOIN files fl ON fl.id = f.file_id WHERE f.id = ?1 AND f.build_id = ?2",
	[Q_EXPLS] = "SELECT x.id, COALESCE(x.event_id, 0), x.kind, x.subject, x.dest,"
		    " COALESCE(x.derefs, 0), x.truncated, COALESCE(x.function_id, 0), x.chain"
		    " FROM explanations x"
		    " WHERE x.event_id = ?1 ORDER BY x.id",
	[Q_EXPLS_UNLINKED] = "SELECT x.id, 0, x.kind, x.subject, x.dest, COALESCE(x.derefs, 0),"
			     " x.truncated, x.function_id, x.chain FROM explanations x WHERE x.function_id = ?1"
			     " AND x.event_id IS NULL ORDER BY x.id",
};

/* What the build's inline_calls and captures rows are keyed by. */
struct keyed_inline {
	int64_t func;
	struct minline v;
};

struct keyed_capture {
	int64_t func;
	struct mcapture v;
};

struct keyed_event {
	int64_t func;
	struct mevent v;
};

struct graph_loader {
	struct store *s;
	int64_t build;
	sqlite3_stmt *q[Q__COUNT];
	struct keyed_inline *inl; /* sorted by func, then position */
	size_t n_inl, a_inl;
	struct keyed_capture *caps;
	size_t n_caps, a_caps;
	struct keyed_event *events; /* sorted by func, then position */
	size_t n_events, a_events;
	struct chain_files files; /* the paths of the steps' positions */
	struct strmap strs;       /* the preloaded rows' paths, kinds and callees, once each */
	char **strv;
	size_t n_strs, a_strs;
	int few;                  /* no preload: read each function's rows when loaded */
	int64_t func;             /* few: the function ?2 of the preload queries */
};

static char *col_str(sqlite3_stmt *st, int i)
{
	char *v = store_column_dup(st, i);
	return v ? v : xstrdup("");
}

/* A position from (file, line, col) columns; a NULL file is no position. */
static void read_pos(sqlite3_stmt *st, int i, struct mpos *p)
{
	p->file = store_column_dup(st, i);
	p->line = sqlite3_column_int64(st, i + 1);
	p->col = sqlite3_column_int64(st, i + 2);
}

/*
 * Column i as a string shared by every preloaded row (a whole std build's
 * events and inlined calls name a few thousand files, kinds and callees a
 * hundred thousand times); NULL stays NULL.  Freed with the loader.
 */
static char *shared_str(struct graph_loader *ld, sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	size_t n = (size_t)sqlite3_column_bytes(st, i);
	int64_t at;

	if (!t)
		return NULL;
	if (strmap_get(&ld->strs, t, n, &at))
		return ld->strv[at];
	VEC_GROW(ld->strv, ld->n_strs + 1, ld->a_strs);
	ld->strv[ld->n_strs] = xmemdupz(t, n);
	strmap_put(&ld->strs, t, n, (int64_t)ld->n_strs);
	return ld->strv[ld->n_strs++];
}

static void shared_pos(struct graph_loader *ld, sqlite3_stmt *st, int i, struct mpos *p)
{
	p->file = shared_str(ld, st, i);
	p->line = sqlite3_column_int64(st, i + 1);
	p->col = sqlite3_column_int64(st, i + 2);
}

/*
 * Run sql (?1 = the loader's build) and hand each row to row().  The three
 * preloads below differ only in their query and in how a row is kept.
 */
static int for_each_row(struct graph_loader *ld, const char *sql,
			void (*row)(struct graph_loader *, sqlite3_stmt *))
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(ld->s->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, ld->build);
	if (ld->few)
		sqlite3_bind_int64(st, 2, ld->func);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		row(ld, st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void inline_row(struct graph_loader *ld, sqlite3_stmt *st)
{
	struct keyed_inline *k;
	VEC_GROW(ld->inl, ld->n_inl + 1, ld->a_inl);
	k = &ld->inl[ld->n_inl++];
	k->func = sqlite3_column_int64(st, 0);
	k->v.callee = shared_str(ld, st, 1);
	if (!k->v.callee) {
		static char none[1]; /* "" as col_str() gives */
		k->v.callee = none;
	}
	k->v.reason = shared_str(ld, st, 2);
	k->v.inlined = sqlite3_column_int(st, 3);
	k->v.count = sqlite3_column_int64(st, 4);
	shared_pos(ld, st, 5, &k->v.pos);
}

static void capture_row(struct graph_loader *ld, sqlite3_stmt *st)
{
	struct keyed_capture *k;
	VEC_GROW(ld->caps, ld->n_caps + 1, ld->a_caps);
	k = &ld->caps[ld->n_caps++];
	k->func = sqlite3_column_int64(st, 0);
	k->v.variable = col_str(st, 1);
	k->v.by_ref = sqlite3_column_int(st, 2);
	shared_pos(ld, st, 3, &k->v.pos);
}

static void event_row(struct graph_loader *ld, sqlite3_stmt *st)
{
	struct keyed_event *k;
	VEC_GROW(ld->events, ld->n_events + 1, ld->a_events);
	k = &ld->events[ld->n_events++];
	k->func = sqlite3_column_int64(st, 0);
	k->v.id = sqlite3_column_int64(st, 1);
	k->v.kind = shared_str(ld, st, 2); /* NOT NULL in the schema */
	k->v.subject = col_str(st, 3);
	k->v.target = store_column_dup(st, 4);
	k->v.level = sqlite3_column_int64(st, 5);
	k->v.count = sqlite3_column_int64(st, 6);
	k->v.function_id = k->func;
	shared_pos(ld, st, 7, &k->v.pos);
}

static const char preload_inline_sql[] =
	"SELECT c.function_id, c.callee, c.reason, c.inlined, c.count, fl.path, c.line, c.col"
	" FROM inline_calls c JOIN files fl ON fl.id = c.file_id"
	" WHERE c.build_id = ?1 AND c.function_id IS NOT NULL"
	" AND (?2 IS NULL OR c.function_id = ?2)"
	" ORDER BY c.function_id, c.line, c.col, c.id";
static const char preload_captures_sql[] =
	"SELECT c.function_id, c.variable, c.by_ref, fl.path, c.line, c.col"
	" FROM captures c JOIN files fl ON fl.id = c.file_id"
	" WHERE c.build_id = ?1 AND c.function_id IS NOT NULL"
	" AND (?2 IS NULL OR c.function_id = ?2)"
	" ORDER BY c.function_id, c.line, c.col, c.id";
static const char preload_events_sql[] =
	"SELECT e.function_id, e.id, e.kind, e.subject, e.target, COALESCE(e.level, -1),"
	" e.count, fl.path, e.line, e.col FROM events e JOIN files fl ON fl.id = e.file_id"
	" WHERE e.build_id = ?1 AND e.function_id IS NOT NULL"
	" AND (?2 IS NULL OR e.function_id = ?2)"
	" ORDER BY e.function_id, e.line, e.col, e.id";

/* Read the inlined calls, captures and events of the build (few: of ld->func). */
static int preload(struct graph_loader *ld)
{
	int rc = for_each_row(ld, preload_inline_sql, inline_row);
	if (!rc)
		rc = for_each_row(ld, preload_captures_sql, capture_row);
	if (!rc)
		rc = for_each_row(ld, preload_events_sql, event_row);
	return rc;
}

static int loader_new(struct store *s, int64_t build, int few, struct graph_loader **out,
		      struct sbuf *err)
{
	struct graph_loader *ld = xcalloc(1, sizeof(*ld));
	int rc = 0;

	ld->s = s;
	ld->build = build;
	ld->few = few;
	chain_files_init(&ld->files, s);
	for (int i = 0; i < Q__COUNT && !rc; i++)
		if (sqlite3_prepare_v2(s->db, loader_sql[i], -1, &ld->q[i], NULL) != SQLITE_OK)
			rc = -1;
	if (!rc && !few)
		rc = preload(ld);
	if (rc) {
		rc = store_db_error(s, err, "cannot read the build's functions");
		store_graph_loader_free(ld);
		ld = NULL;
	}
	*out = ld;
	return rc;
}

int store_graph_loader_new(struct store *s, int64_t build, struct graph_loader **out,
			   struct sbuf *err)
{
	return loader_new(s, build, 0, out, err);
}

int store_graph_loader_few(struct store *s, int64_t build, struct graph_loader **out,
			   struct sbuf *err)
{
	return loader_new(s, build, 1, out, err);
}

int store_graph_loader_reopen(struct graph_loader *ld, struct sbuf *err)
{
	struct store *s = NULL;
	int rc = store_open(&s, ld->s->path, STORE_READONLY, err);

	if (rc < 0)
		return rc;
	/* The parent's statements and store are forgotten, not finalized. */
	ld->s = s;
	ld->files.s = s;
	ld->files.st = NULL;
	for (int i = 0; i < Q__COUNT; i++) {
		ld->q[i] = NULL;
		if (sqlite3_prepare_v2(s->db, loader_sql[i], -1, &ld->q[i], NULL) != SQLITE_OK)
			return store_db_error(s, err, "cannot read the build's functions");
	}
	return 0;
}

static void loader_clear(struct graph_loader *ld)
{
	/* callees, reasons, kinds and paths are shared_str()'s */
	for (size_t i = 0; i < ld->n_caps; i++)
		free(ld->caps[i].v.variable);
	for (size_t i = 0; i < ld->n_events; i++) {
		free(ld->events[i].v.subject);
		free(ld->events[i].v.target);
	}
	ld->n_inl = ld->n_caps = ld->n_events = 0;
}

void store_graph_loader_free(struct graph_loader *ld)
{
	if (!ld)
		return;
	for (int i = 0; i < Q__COUNT; i++)
		sqlite3_finalize(ld->q[i]);
	loader_clear(ld);
	for (size_t i = 0; i < ld->n_strs; i++)
		free(ld->strv[i]);
	free(ld->strv);
	strmap_release(&ld->strs);
	chain_files_release(&ld->files);
	free(ld->inl);
	free(ld->caps);
	free(ld->events);
	free(ld);
}

static sqlite3_stmt *bound(struct graph_loader *ld, int q, int64_t id)
{
	sqlite3_stmt *st = ld->q[q];
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, id);
	return st;
}

static int load_func(struct graph_loader *ld, int64_t id, struct mfunc *g)
{
	sqlite3_stmt *st = bound(ld, Q_FUNC, id);
	int rc;
	sqlite3_bind_int64(st, 2, ld->build);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW)
		return rc == SQLITE_DONE ? ESCVIZ_ENOTFOUND : -1;
	g->id = id;
	g->package = col_str(st, 0);
	g->variant = col_str(st, 1);
	g->name = col_str(st, 2);
	read_pos(st, 3, &g->pos);
	g->inlinable = sqlite3_column_int(st, 6);
	g->cost = sqlite3_column_int64(st, 7);
	g->reason = store_column_dup(st, 8);
	g->package_id = sqlite3_column_int64(st, 9);
	g->pkg_name = col_str(st, 10);
	g->body = store_column_dup(st, 11);
	return 0;
}

/* Append the explanations query q finds for id (an event or a function). */
static int load_expls(struct graph_loader *ld, int q, int64_t id, struct mfunc *g,
		      size_t *alloc)
{
	sqlite3_stmt *st = bound(ld, q, id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct mexpl *x;
		VEC_GROW(g->expls, g->n_expls + 1, *alloc);
		x = &g->expls[g->n_expls++];
		memset(x, 0, sizeof(*x));
		x->id = sqlite3_column_int64(st, 0);
		x->event_id = sqlite3_column_int64(st, 1);
		x->kind = col_str(st, 2);
		x->subject = col_str(st, 3);
		x->dest = store_column_dup(st, 4);
		x->derefs = sqlite3_column_int64(st, 5);
		x->truncated = sqlite3_column_int(st, 6);
		x->function_id = sqlite3_column_int64(st, 7);
		if (chain_to_expl((const char *)sqlite3_column_text(st, 8),
				  (size_t)sqlite3_column_bytes(st, 8), x, &ld->files) < 0)
			return -1;
	}
	return rc == SQLITE_DONE ? 0 : -1;
}

static size_t first_of(int64_t func, const void *base, size_t n, size_t size)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (*(const int64_t *)((const char *)base + mid * size) < func)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void dup_pos(struct mpos *to, const struct mpos *from)
{
	*to = mpos_dup(from);
}

static void copy_events(const struct graph_loader *ld, struct mfunc *g)
{
	size_t i = first_of(g->id, ld->events, ld->n_events, sizeof(*ld->events)), alloc = 0;
	for (; i < ld->n_events && ld->events[i].func == g->id; i++) {
		struct mevent *e;
		VEC_GROW(g->events, g->n_events + 1, alloc);
		e = &g->events[g->n_events++];
		*e = ld->events[i].v;
		e->kind = xstrdup(e->kind);
		e->subject = xstrdup(e->subject);
		e->target = e->target ? xstrdup(e->target) : NULL;
		dup_pos(&e->pos, &ld->events[i].v.pos);
	}
}

static void copy_extras(const struct graph_loader *ld, struct mfunc *g)
{
	size_t i = first_of(g->id, ld->inl, ld->n_inl, sizeof(*ld->inl)), alloc = 0;
	for (; i < ld->n_inl && ld->inl[i].func == g->id; i++) {
		struct minline *c;
		VEC_GROW(g->inl, g->n_inl + 1, alloc);
		c = &g->inl[g->n_inl++];
		*c = ld->inl[i].v;
		c->callee = xstrdup(c->callee);
		c->reason = c->reason ? xstrdup(c->reason) : NULL;
		dup_pos(&c->pos, &ld->inl[i].v.pos);
	}
	alloc = 0;
	i = first_of(g->id, ld->caps, ld->n_caps, sizeof(*ld->caps));
	for (; i < ld->n_caps && ld->caps[i].func == g->id; i++) {
		struct mcapture *c;
		VEC_GROW(g->caps, g->n_caps + 1, alloc);
		c = &g->caps[g->n_caps++];
		*c = ld->caps[i].v;
		c->variable = xstrdup(c->variable);
		dup_pos(&c->pos, &ld->caps[i].v.pos);
	}
}

int store_graph_load(struct graph_loader *ld, int64_t func_id, int flags,
		     struct mfunc *out, struct sbuf *err)
{
	size_t alloc = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = load_func(ld, func_id, out);
	if (rc == 0 && ld->few) {
		loader_clear(ld);
		ld->func = func_id;
		rc = preload(ld);
	}
	if (rc == ESCVIZ_ENOTFOUND)
		return error_set(err, rc, "%s: no function with id %lld in build %lld",
				 store_path(ld->s), (long long)func_id, (long long)ld->build);
	if (rc == 0) {
		copy_events(ld, out);
		copy_extras(ld, out);
	}
	for (size_t i = 0; rc == 0 && i < out->n_events; i++)
		rc = load_expls(ld, Q_EXPLS, out->events[i].id, out, &alloc);
	if (rc == 0 && (flags & GRAPH_LOAD_UNLINKED))
		rc = load_expls(ld, Q_EXPLS_UNLINKED, out->id, out, &alloc);
	if (rc < 0) {
		mfunc_release(out);
		return store_db_error(ld->s, err, "cannot read a function");
	}
	return 0;
}

int store_graph_event_expls(struct graph_loader *ld, int64_t event_id, struct mexpl **out,
			    size_t *n, struct sbuf *err)
{
	struct mfunc tmp = { 0 };
	size_t alloc = 0;
	int rc = load_expls(ld, Q_EXPLS, event_id, &tmp, &alloc);
	*out = tmp.expls;
	*n = tmp.n_expls;
	tmp.expls = NULL;
	tmp.n_expls = 0;
	if (rc < 0) {
		for (size_t i = 0; i < *n; i++)
			mexpl_release(&(*out)[i]);
		free(*out);
		*out = NULL;
		*n = 0;
		return store_db_error(ld->s, err, "cannot read explanations");
	}
	return 0;
}

int store_sig_table(struct store *s, int64_t build, struct sig_table *t, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(s->db, "SELECT f.package_id, p.name, f.name, f.body FROM functions f"
			       " JOIN packages p ON p.id = f.package_id WHERE f.build_id = ?1"
			       " AND f.body IS NOT NULL ORDER BY f.id", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read signatures");
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		sig_table_add(t, sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
			      (const char *)sqlite3_column_text(st, 2),
			      (const char *)sqlite3_column_text(st, 3));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_db_error(s, err, "cannot read signatures");
}

#define EVENT_SUMS                                                             \
	"SUM((kind = 'heap_escape') * count) he, SUM((kind = 'moved_to_heap') * count) mh," \
	" SUM((kind LIKE 'leaking_param%') * count) lp,"                          \
	" SUM((kind = 'does_not_escape') * count) dne, SUM(count) n"

static void read_counts(sqlite3_stmt *st, int i, struct report_counts *c)
{
	c->heap_escapes = sqlite3_column_int64(st, i);
	c->moved_to_heap = sqlite3_column_int64(st, i + 1);
	c->leaking_params = sqlite3_column_int64(st, i + 2);
	c->does_not_escape = sqlite3_column_int64(st, i + 3);
	c->events = sqlite3_column_int64(st, i + 4);
}

static const char packages_sql[] =
	"SELECT p.id, p.path, p.variant, COALESCE(e.he, 0), COALESCE(e.mh, 0),"
	" COALESCE(e.lp, 0), COALESCE(e.dne, 0), COALESCE(e.n, 0), COALESCE(f.n, 0),"
	" COALESCE(f.inl, 0), COALESCE(f.dec, 0), COALESCE(e.un, 0) FROM packages p"
	" LEFT JOIN (SELECT package_id, " EVENT_SUMS ", SUM((function_id IS NULL) * count) un"
	" FROM events WHERE build_id = ?1 GROUP BY package_id) e ON e.package_id = p.id"
	" LEFT JOIN (SELECT package_id, COUNT(*) n, SUM(inlinable = 1) inl,"
	" SUM(inlinable IS NOT NULL) dec FROM functions WHERE build_id = ?1"
	" GROUP BY package_id) f ON f.package_id = p.id"
	" WHERE p.build_id = ?1 ORDER BY p.path, p.variant";

int store_report_packages(struct store *s, int64_t build, struct report_package **out,
			  size_t *n, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, packages_sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot list packages");
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct report_package *p;
		VEC_GROW(*out, *n + 1, alloc);
		p = &(*out)[(*n)++];
		p->id = sqlite3_column_int64(st, 0);
		p->path = col_str(st, 1);
		p->variant = col_str(st, 2);
		read_counts(st, 3, &p->c);
		p->c.functions = sqlite3_column_int64(st, 8);
		p->c.inlinable = sqlite3_column_int64(st, 9);
		p->c.decided = sqlite3_column_int64(st, 10);
		p->unattributed = sqlite3_column_int64(st, 11);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_db_error(s, err, "cannot list packages");
}

void store_report_packages_free(struct report_package *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].path);
		free(v[i].variant);
	}
	free(v);
}

static const char functions_sql[] =
	"SELECT f.id, f.package_id, f.name, COALESCE(fl.path, ''), COALESCE(f.line, 0),"
	" COALESCE(f.col, 0), COALESCE(f.inlinable, -1), COALESCE(f.cost, -1), f.reason,"
	" COALESCE(e.he, 0), COALESCE(e.mh, 0), COALESCE(e.lp, 0), COALESCE(e.dne, 0),"
	" COALESCE(e.n, 0), COALESCE(x.n, 0) FROM functions f"
	" LEFT JOIN files fl ON fl.id = f.file_id"
	" LEFT JOIN (SELECT function_id, " EVENT_SUMS " FROM events WHERE build_id = ?1"
	" AND function_id IS NOT NULL GROUP BY function_id) e ON e.function_id = f.id"
	" LEFT JOIN (SELECT ev.function_id, COUNT(*) n FROM explanations x"
	" JOIN events ev ON ev.id = x.event_id WHERE x.build_id = ?1"
	" GROUP BY ev.function_id) x ON x.function_id = f.id"
	" WHERE f.build_id = ?1 ORDER BY f.package_id, f.name";

/* Column i, shared with the rows before that had the same text (see _free). */
static char *row_shared(struct strmap *seen, char ***v, size_t *n, size_t *a, sqlite3_stmt *st,
			int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	size_t len = (size_t)sqlite3_column_bytes(st, i);
	int64_t at;
	if (!t)
		return NULL;
	if (strmap_get(seen, t, len, &at))
		return (*v)[at];
	VEC_GROW(*v, *n + 1, *a);
	(*v)[*n] = xmemdupz(t, len);
	strmap_put(seen, t, len, (int64_t)*n);
	return (*v)[(*n)++];
}

int store_report_functions(struct store *s, int64_t build, struct report_function **out,
			   size_t *n, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	struct strmap seen = STRMAP_INIT; /* a build's 40,000 functions name 3,000 files */
	char **strs = NULL;
	size_t alloc = 0, n_strs = 0, a_strs = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, functions_sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot list functions");
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct report_function *f;
		VEC_GROW(*out, *n + 1, alloc);
		f = &(*out)[(*n)++];
		memset(f, 0, sizeof(*f));
		f->id = sqlite3_column_int64(st, 0);
		f->package_id = sqlite3_column_int64(st, 1);
		f->name = col_str(st, 2);
		f->pos.file = row_shared(&seen, &strs, &n_strs, &a_strs, st, 3);
		f->pos.line = sqlite3_column_int64(st, 4);
		f->pos.col = sqlite3_column_int64(st, 5);
		f->inlinable = sqlite3_column_int(st, 6);
		f->cost = sqlite3_column_int64(st, 7);
		f->reason = row_shared(&seen, &strs, &n_strs, &a_strs, st, 8);
		read_counts(st, 9, &f->c);
		f->explanations = sqlite3_column_int64(st, 14);
	}
	sqlite3_finalize(st);
	strmap_release(&seen);
	free(strs); /* the strings are the rows' now */
	return rc == SQLITE_DONE ? 0 : store_db_error(s, err, "cannot list functions");
}

/* The rows share their file and reason strings: each is freed once. */
void store_report_functions_free(struct report_function *v, size_t n)
{
	struct strmap freed = STRMAP_INIT;
	int64_t x;

	for (size_t i = 0; i < n; i++) {
		char *shared[2] = { v[i].pos.file, v[i].reason };
		free(v[i].name);
		for (int k = 0; k < 2; k++) {
			if (!shared[k] || strmap_get(&freed, (const char *)&shared[k], sizeof(char *), &x))
				continue;
			strmap_put(&freed, (const char *)&shared[k], sizeof(char *), 1);
			free(shared[k]);
		}
	}
	strmap_release(&freed);
	free(v);
}
