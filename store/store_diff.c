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

/* Columns 13 and 14 of every query: what the build's profiles measured,
 * -1 when it has no such profile (diff --fail-on hot). */
#define HAS_PROFILE(kind) "EXISTS (SELECT 1 FROM profiles WHERE build_id = ?1 AND kind = '" kind "')"
#define BYTES_COL(event)                                                        \
	" CASE WHEN " HAS_PROFILE("heap") " THEN COALESCE((SELECT a.alloc_bytes"   \
	" FROM event_allocs a WHERE a.event_id = " event "), 0) ELSE -1 END"
#define CPU_COL(function)                                                       \
	" CASE WHEN " HAS_PROFILE("cpu") " THEN COALESCE((SELECT c.cpu_cum"        \
	" FROM function_cpu c WHERE c.function_id = " function "), 0) ELSE -1 END"

/*
 * The verdicts, inlined call sites and devirtualisations of a package share
 * one column layout (struct row): 0 id, 1 function id, 2 kind, 3 subject,
 * 4 detail, 5 file id, 6 line, 7 col, 8 count, 9 attribution, 10 bytes; and for
 * events 11 target and 12 function id, the tie-breakers of events_key.
 * They name functions and files by id: the package's functions are read
 * once (funcs_sql) and files through chain_files, and the rows are sorted
 * here (sort_rows), so SQLite joins and sorts nothing per row.
 */
static const char *const events_sql =
	"SELECT e.id, e.function_id, e.kind, e.subject,"
	" CASE WHEN e.kind = 'leaking_param_result' THEN COALESCE(e.target, '') ||"
	" COALESCE(' level=' || e.level, '') END, e.file_id, e.line, e.col, e.count,"
	" e.attribution," BYTES_COL("e.id") ", IFNULL(e.target, ''), IFNULL(e.function_id, 0)"
	" FROM events e WHERE e.build_id = ?1 AND e.package_id = ?2 AND e.kind IN ('heap_escape',"
	" 'moved_to_heap', 'leaking_param', 'leaking_param_content', 'leaking_param_result')";

/*
 * A package's functions by id: 4 CPU time, and the inlining decision
 * (6 inlinable, NULL when none was printed, 7 reason, 8 cost, 9 budget).
 */
static const char *const funcs_sql =
	"SELECT f.id, f.name, f.line, f.file_id," CPU_COL("f.id") ", f.col, f.inlinable,"
	" f.reason, f.cost, f.budget"
	" FROM functions f WHERE f.build_id = ?1 AND f.package_id = ?2 ORDER BY f.id";

/*
 * An inlined call printed count times is count facts, as events.  Calls
 * at one position come in printed order (the outermost inlined call first,
 * by id): diff_causes() takes the first as the root cause.
 */
static const char *const calls_sql =
	"SELECT c.id, c.function_id, 'inlined_call', c.callee, NULL, c.file_id, c.line, c.col,"
	" c.count, c.attribution, -1 FROM inline_calls c"
	" WHERE c.build_id = ?1 AND c.package_id = ?2 AND c.inlined = 1";

static const char *const devirt_sql =
	"SELECT d.id, d.function_id, 'devirtualization', d.call, d.target, d.file_id, d.line,"
	" d.col, 1, d.attribution, -1 FROM devirtualizations d"
	" WHERE d.build_id = ?1 AND d.package_id = ?2";

/* The explanations of a package's events, in printed order, with their chains. */
static const char *const chain_sql =
	"SELECT x.event_id, x.id, x.chain FROM explanations x WHERE x.event_id IN"
	" (SELECT e.id FROM events e WHERE e.build_id = ?1 AND e.package_id = ?2)"
	" ORDER BY x.event_id, x.id"; /* in explanations_event's order: no sort of the chains */

/* One explanation's chain, when a diff needs its lines (fact_loader). */
static const char *const chain_one_sql = "SELECT chain FROM explanations WHERE id = ?1";

/* A function of the package being read, as its facts' rows need it. */
struct func_info {
	int64_t id;
	char *name;
	long line, col; /* 0: none */
	int64_t file_id;
	int64_t cpu;
	int inlinable;  /* -1: no inlining decision printed */
	char *reason;
	long cost, budget; /* -1: none */
};

/* One build read a package at a time (store_diff.h). */
enum { Q_FUNCS, Q_EVENTS, Q_CHAINS, Q_CALLS, Q_DEVIRTS, Q_CHAIN_ONE, Q__COUNT };

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
	struct fact_loader loader; /* explanation lines on demand, by explanation id */
	int has_cpu;               /* the build has a CPU profile */
	struct func_info *funcs;   /* the package's functions, by id */
	size_t nfuncs, funcs_alloc;
	struct sbuf load_err;      /* the first failure to load them (diff_source.check) */
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

/*
 * Closures inlined into another function are compiled again as copies
 * whose names drift between releases: the closure of adder re-inlined into
 * main is main.func2 (1.19), main.adder.func2 (1.22) or adder.func1 (1.27).
 * A copy is declared at its closure's position, so every closure declared
 * at a position already declared in the package is matched under the name
 * first declared there (the function of lowest id at that position).
 */
static int cmp_place(const void *pa, const void *pb)
{
	const struct func_info *a = *(const struct func_info *const *)pa;
	const struct func_info *b = *(const struct func_info *const *)pb;
	if (a->file_id != b->file_id)
		return a->file_id < b->file_id ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void load_aliases(struct store_diff_pkgs *r, struct factset *fs)
{
	const struct func_info **v = xcalloc(r->nfuncs ? r->nfuncs : 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].line > 0 && r->funcs[i].col > 0)
			v[n++] = &r->funcs[i];
	qsort(v, n, sizeof(*v), cmp_place);
	for (size_t i = 0, first = 0; i < n; i++) {
		if (v[i]->file_id != v[first]->file_id || v[i]->line != v[first]->line ||
		    v[i]->col != v[first]->col)
			first = i;
		/* (SQL's LIKE '%.func%': ASCII case-insensitive) */
		if (strcasestr(v[i]->name, ".func") && strcmp(v[i]->name, v[first]->name))
			factset_alias(fs, r->names[r->at], v[i]->name, v[first]->name);
	}
	free(v);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* The package's functions (struct func_info), in id order. */
static int load_funcs(struct store_diff_pkgs *r, struct sbuf *err)
{
	sqlite3_stmt *st = bound(r, Q_FUNCS);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct func_info *fi;
		VEC_GROW(r->funcs, r->nfuncs + 1, r->funcs_alloc);
		fi = &r->funcs[r->nfuncs++];
		fi->id = sqlite3_column_int64(st, 0);
		fi->name = col_text(st, 1);
		fi->line = sqlite3_column_type(st, 2) == SQLITE_NULL ? 0 : (long)sqlite3_column_int64(st, 2);
		fi->file_id = sqlite3_column_int64(st, 3);
		fi->cpu = sqlite3_column_int64(st, 4);
		fi->col = (long)sqlite3_column_int64(st, 5);
		fi->inlinable = sqlite3_column_type(st, 6) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 6);
		fi->reason = sqlite3_column_type(st, 7) == SQLITE_NULL ? NULL : col_text(st, 7);
		fi->cost = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : (long)sqlite3_column_int64(st, 8);
		fi->budget = sqlite3_column_type(st, 9) == SQLITE_NULL ? -1 : (long)sqlite3_column_int64(st, 9);
	}
	if (rc != SQLITE_DONE)
		return store_db_error(r->s, err, "cannot read functions");
	return 0;
}

static void free_funcs(struct store_diff_pkgs *r)
{
	for (size_t i = 0; i < r->nfuncs; i++) {
		free(r->funcs[i].name);
		free(r->funcs[i].reason);
	}
	r->nfuncs = 0;
}

static const struct func_info *func_by_id(const struct store_diff_pkgs *r, int64_t id)
{
	size_t lo = 0, hi = r->nfuncs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->funcs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->nfuncs && r->funcs[lo].id == id ? &r->funcs[lo] : NULL;
}

/* One row of the events, calls or devirtualisations query (see events_sql). */
struct row {
	int64_t id, file_id, count, bytes, func_id;
	char *target; /* events: '' when none; others NULL */
	long line, col;
	char *kind, *subject, *detail, *attribution;
	const struct func_info *fn;
	const char *path; /* borrowed from chain_files */
	int by_subject;   /* ties at one position go by subject, else by id */
};

/* The order the facts of a package are listed in: function, kind, place. */
static int cmp_row(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	int c;
	if ((c = strcmp(a->fn ? a->fn->name : "", b->fn ? b->fn->name : "")) ||
	    (c = strcmp(a->kind, b->kind)) || (c = strcmp(a->path, b->path)))
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	if (a->by_subject && (c = strcmp(a->subject, b->subject)))
		return c;
	/* equal verdicts of events come as events_key lists them: target, function */
	if (a->target && b->target && (c = strcmp(a->target, b->target)))
		return c;
	if (a->func_id != b->func_id)
		return a->func_id < b->func_id ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static void row_fact(struct store_diff_pkgs *r, const struct row *w, struct fact *f,
		     struct factset *fs)
{
	memset(f, 0, sizeof(*f));
	f->package = xstrdup(r->names[r->at]);
	f->function = xstrdup(w->fn ? w->fn->name : "");
	f->kind = fact_kind_of(w->kind);
	f->subject = w->subject;
	f->detail = w->detail;
	f->pos.file = xstrdup(w->path);
	f->pos.line = w->line;
	f->pos.col = w->col;
	f->rel = f->pos.line;
	if (w->fn && w->fn->line) {
		const char *decl = chain_file_path(&r->files, w->fn->file_id);
		if (decl && !strcmp(decl, w->path))
			f->rel = f->pos.line - w->fn->line;
	}
	f->cost = f->budget = -1;
	f->count = w->count > 1 ? w->count : 1;
	f->guessed = w->attribution && !strcmp(w->attribution, "declaration");
	f->bytes = w->bytes;
	f->cpu = w->fn ? w->fn->cpu : r->has_cpu ? 0 : -1;
	fact_make_keys(f, fs);
}

/*
 * The rows of query q as facts, sorted (cmp_row).  One fact per row, except
 * that an event printed count times at one position (`string(src)` escapes
 * twice at one column: the conversion and the boxing) is count facts, so
 * that the matcher pairs occurrences and a count that changes is an added
 * or removed occurrence.  by_event maps an event id to its first
 * occurrence; the others follow it.
 */
static int load_rows(struct store_diff_pkgs *r, int q, int by_subject, struct factset *fs,
		     struct strmap *by_event, struct sbuf *err)
{
	sqlite3_stmt *st = bound(r, q);
	struct row *v = NULL;
	size_t n = 0, alloc = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct row w;
		w.file_id = sqlite3_column_int64(st, 5);
		/* (a row whose file is gone is no fact, as the join used to drop it) */
		if (!(w.path = chain_file_path(&r->files, w.file_id)))
			continue;
		w.id = sqlite3_column_int64(st, 0);
		w.fn = sqlite3_column_type(st, 1) == SQLITE_NULL ? NULL
			: func_by_id(r, sqlite3_column_int64(st, 1));
		w.kind = col_text(st, 2);
		w.subject = col_text(st, 3);
		w.detail = sqlite3_column_type(st, 4) == SQLITE_NULL ? NULL : col_text(st, 4);
		w.line = (long)sqlite3_column_int64(st, 6);
		w.col = (long)sqlite3_column_int64(st, 7);
		w.count = sqlite3_column_int64(st, 8);
		w.attribution = sqlite3_column_type(st, 9) == SQLITE_NULL ? NULL : col_text(st, 9);
		w.bytes = sqlite3_column_int64(st, 10);
		w.target = q == Q_EVENTS ? col_text(st, 11) : NULL;
		w.func_id = q == Q_EVENTS ? sqlite3_column_int64(st, 12) : 0;
		w.by_subject = by_subject;
		VEC_GROW(v, n + 1, alloc);
		v[n++] = w;
	}
	if (rc != SQLITE_DONE) {
		for (size_t i = 0; i < n; i++) {
			free(v[i].kind);
			free(v[i].subject);
			free(v[i].detail);
			free(v[i].attribution);
			free(v[i].target);
		}
		free(v);
		return store_db_error(r->s, err, "cannot read the build");
	}
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_row);
	for (size_t i = 0; i < n; i++) {
		size_t first = fs->n;
		VEC_GROW(fs->v, fs->n + 1, fs->alloc);
		row_fact(r, &v[i], &fs->v[fs->n++], fs); /* takes subject and detail */
		factset_add_occurrences(fs, first);
		if (q == Q_EVENTS)
			strmap_put(by_event, (const char *)&v[i].id, sizeof(v[i].id), (int64_t)first);
		free(v[i].kind);
		free(v[i].attribution);
		free(v[i].target);
	}
	free(v);
	return 0;
}

static int cmp_func_name(const void *pa, const void *pb)
{
	const struct func_info *a = *(const struct func_info *const *)pa;
	const struct func_info *b = *(const struct func_info *const *)pb;
	int c = strcmp(a->name, b->name);
	return c ? c : a->id < b->id ? -1 : a->id > b->id;
}

/* The package's inlining decisions, one fact per function, by name. */
static void function_facts(struct store_diff_pkgs *r, struct factset *fs)
{
	const struct func_info **v = xcalloc(r->nfuncs ? r->nfuncs : 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < r->nfuncs; i++)
		if (r->funcs[i].inlinable >= 0)
			v[n++] = &r->funcs[i];
	qsort(v, n, sizeof(*v), cmp_func_name);
	for (size_t i = 0; i < n; i++) {
		const struct func_info *fi = v[i];
		const char *path = chain_file_path(&r->files, fi->file_id);
		struct fact *f;
		VEC_GROW(fs->v, fs->n + 1, fs->alloc);
		f = &fs->v[fs->n++];
		memset(f, 0, sizeof(*f));
		f->package = xstrdup(r->names[r->at]);
		f->function = xstrdup(fi->name);
		f->kind = DK_INLINABLE;
		f->inlinable = fi->inlinable;
		f->subject = xstrdup(fi->name);
		f->detail = dup_or_null(fi->reason);
		f->pos.file = dup_or_null(path);
		f->pos.line = fi->line;
		f->pos.col = fi->col;
		f->cost = fi->cost;
		f->budget = fi->budget;
		f->count = 1;
		f->bytes = -1;
		f->cpu = fi->cpu;
		fact_make_keys(f, fs);
	}
	free(v);
}

/* One explanation's chain into its fact: each flow's line, then its steps'. */
struct chain_text {
	struct fact *f;
	struct chain_files *files;
	struct sbuf t;
	int count_only; /* hash the lines (fact_chain_count), keep nothing */
};

static int text_flow(void *ctx, const struct chain_flow *fl)
{
	struct chain_text *c = ctx;
	if (c->count_only)
		fact_count_flow(c->f, fl->dst, fl->ops, fl->src);
	else
		fact_chain_flow(c->f, &c->t, fl->dst, fl->ops, fl->src);
	return 0;
}

static int text_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *s)
{
	struct chain_text *c = ctx;
	const char *file;
	(void)flow, (void)seq;
	if (c->count_only) {
		fact_count_step(c->f, s->expr, s->reason, s->has_reason);
		return 0;
	}
	file = s->file_id ? chain_file_path(c->files, s->file_id) : NULL;
	fact_chain_step(c->f, &c->t, s->expr, s->reason, s->has_reason, file, s->line, s->col);
	return 0;
}

/* fact_loader: f's explanations, read again by id and decoded. */
static void load_lines(void *ctx, struct fact *f)
{
	struct store_diff_pkgs *r = ctx;
	struct chain_text c = { f, &r->files, SBUF_INIT, 0 };
	struct chain_visitor v = { text_flow, text_step, &c };
	sqlite3_stmt *st = r->q[Q_CHAIN_ONE];
	for (size_t i = 0; i < f->nrefs && !r->load_err.len; i++) {
		int rc;
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, f->refs[i]);
		if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
			sbuf_addf(&r->load_err, "%s: cannot read explanation %lld: %s", r->s->path,
				  (long long)f->refs[i],
				  rc == SQLITE_DONE ? "gone" : sqlite3_errmsg(r->s->db));
			break;
		}
		fact_chain_begin(f);
		if (chain_decode((const char *)sqlite3_column_text(st, 0),
				 (size_t)sqlite3_column_bytes(st, 0), 0, &v) < 0)
			sbuf_addf(&r->load_err, "%s: explanation %lld: malformed chain", r->s->path,
				  (long long)f->refs[i]);
	}
	sqlite3_reset(st);
	sbuf_release(&c.t);
}

/*
 * The explanations of an event, in printed order, go one to each of its
 * occurrences; when there are more explanations than occurrences the last
 * occurrence takes the rest.  Their lines are counted and hashed here, and
 * read again only where the diff shows or compares them (fact_loader).
 */
static int load_chains(struct store_diff_pkgs *r, struct factset *fs,
		       const struct strmap *by_event, struct sbuf *err)
{
	sqlite3_stmt *st = bound(r, Q_CHAINS);
	struct chain_text c = { NULL, &r->files, SBUF_INIT, 1 };
	struct chain_visitor v = { text_flow, text_step, &c };
	struct fact_expl_cursor cur = { 0, 0, 0 };
	int64_t bad = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t ev = sqlite3_column_int64(st, 0), x = sqlite3_column_int64(st, 1), idx;
		if (!strmap_get(by_event, (const char *)&ev, sizeof(ev), &idx))
			continue;
		c.f = &fs->v[idx + fact_expl_occurrence(&cur, ev, x, fs->v[idx].count)];
		c.f->loader = &r->loader;
		VEC_GROW(c.f->refs, c.f->nrefs + 1, c.f->refs_alloc);
		c.f->refs[c.f->nrefs++] = x;
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
			       " COALESCE(" STORE_SQL_BUILD_BUDGET ", " STORE_SQL_NUM(FACT_DEFAULT_BUDGET) "), " HAS_PROFILE("cpu") ","
			       " EXISTS (SELECT 1 FROM events WHERE build_id = ?1 AND subject = 'append'"
			       " AND kind IN ('heap_escape', 'does_not_escape'))"
			       " FROM builds WHERE id = ?1",
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
		r->has_cpu = sqlite3_column_int(st, 5);
		b->prints_append = diff_prints_append(b->go_version, sqlite3_column_int(st, 6));
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
	if (sqlite3_prepare_v2(r->s->db, "SELECT p.id, " STORE_SQL_PKG_NAME " FROM packages p"
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
		[Q_FUNCS] = funcs_sql, [Q_EVENTS] = events_sql, [Q_CHAINS] = chain_sql,
		[Q_CALLS] = calls_sql, [Q_DEVIRTS] = devirt_sql,
		[Q_CHAIN_ONE] = chain_one_sql,
	};
	struct store_diff_pkgs *r = xcalloc(1, sizeof(*r));
	int rc = 0;
	r->s = s;
	r->build = id;
	r->loader = (struct fact_loader){ load_lines, r };
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
	if ((rc = load_funcs(r, err)) < 0)
		goto out;
	load_aliases(r, fs);
	if ((rc = load_rows(r, Q_EVENTS, 1, fs, &by_event, err)) < 0 ||
	    (rc = load_chains(r, fs, &by_event, err)) < 0)
		goto out;
	function_facts(r, fs);
	if ((rc = load_rows(r, Q_CALLS, 0, fs, &by_event, err)) < 0 ||
	    (rc = load_rows(r, Q_DEVIRTS, 1, fs, &by_event, err)) < 0)
		goto out;
	r->at++;
out:
	free_funcs(r);
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
	sbuf_release(&r->load_err);
	free_funcs(r);
	free(r->funcs);
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

static int source_check(void *ctx, struct sbuf *err)
{
	struct store_diff_pkgs *r = ctx;
	if (!r->load_err.len)
		return 0;
	return error_set(err, ESCVIZ_EDB, "%s", r->load_err.buf);
}

struct diff_source store_diff_source(struct store_diff_pkgs *r)
{
	return (struct diff_source){ source_peek, source_package, source_check, r, r->s };
}
