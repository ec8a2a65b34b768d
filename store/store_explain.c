/*
 * Name resolution and the listings behind `escviz ls` and `escviz funcs`.
 *
 * Function names are resolved in C rather than SQL because the rules
 * (exact name, then the qualified name, then a suffix at a `.` or `/`,
 * then the name without generic type arguments) need tiers and a
 * "did you mean" list, which is clearer as code than as one query.
 */
#include "store/store_explain.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "model/resolve.h"
#include "store/store_explain_internal.h"
#include "store/store_internal.h"


/* ---- functions ---------------------------------------------------------- */

static int load_funcs(struct store *s, int64_t build, struct func_cand **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT f.id, p.path, f.name FROM functions f"
			       " JOIN packages p ON p.id = f.package_id WHERE f.build_id = ?1"
			       " ORDER BY p.path, f.name, f.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(st, 1);
		const char *name = (const char *)sqlite3_column_text(st, 2);
		struct sbuf q = SBUF_INIT;
		VEC_GROW(*out, *n + 1, alloc);
		if (path && *path)
			sbuf_addf(&q, "%s.", path);
		sbuf_addstr(&q, name ? name : "");
		(*out)[*n].id = sqlite3_column_int64(st, 0);
		(*out)[*n].key = sbuf_detach(&q, NULL);
		(*out)[*n].name = xstrdup(name ? name : "");
		(*n)++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_func_resolve(struct store *s, int64_t build, const char *spec, int64_t **ids,
		       size_t *n, struct sbuf *err)
{
	struct func_cand *c = NULL;
	size_t nc = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	if (load_funcs(s, build, &c, &nc) < 0)
		return store_db_error(s, err, "cannot read functions");
	rc = func_resolve(c, nc, spec, build, ids, n, err);
	func_cands_free(c, nc);
	return rc;
}

/* ---- files -------------------------------------------------------------- */

static const char *skip_dot(const char *p)
{
	return (p[0] == '.' && (p[1] == '/' || p[1] == '\\')) ? p + 2 : p;
}

static void free_strs(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* One distinct file (however often printed) is a match; more is ambiguous. */
static int file_verdict(struct sbuf *err, const char *spec, int64_t build, char **keys,
			size_t nk, char **all, size_t na)
{
	size_t distinct = 0;
	model_sort_strs(keys, nk);
	for (size_t i = 0; i < nk; i++)
		distinct += !i || strcmp(keys[i], keys[i - 1]);
	if (distinct == 1)
		return 0;
	if (distinct > 1) {
		error_set(err, ESCVIZ_EUSAGE, "file '%s' is ambiguous in build %lld: ", spec,
			  (long long)build);
		model_list_keys(err, keys, nk);
		return ESCVIZ_EUSAGE;
	}
	error_set(err, ESCVIZ_ENOTFOUND, "no file '%s' in build %lld", spec, (long long)build);
	model_suggest(err, skip_dot(spec), all, na);
	return ESCVIZ_ENOTFOUND;
}

int explain_file_resolve(struct store *s, int64_t build, const char *spec, int64_t **ids,
			 size_t *n, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	char **keys = NULL, **all = NULL;
	size_t nk = 0, na = 0, ak = 0, aa = 0, ai = 0;
	const char *want = skip_dot(spec);
	int rc = 0;

	*ids = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT id, path FROM files WHERE build_id = ?1"
			       " AND path <> '' ORDER BY path", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read files");
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *p = skip_dot((const char *)sqlite3_column_text(st, 1));
		VEC_GROW(all, na + 1, aa);
		all[na++] = xstrdup(p);
		if (strcmp(p, want) && !model_suffix_at(p, want, "/\\"))
			continue;
		VEC_GROW(keys, nk + 1, ak);
		keys[nk++] = xstrdup(p);
		VEC_GROW(*ids, *n + 1, ai);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	rc = rc != SQLITE_DONE ? store_db_error(s, err, "cannot read files")
			       : file_verdict(err, spec, build, keys, nk, all, na);
	free_strs(keys, nk);
	free_strs(all, na);
	if (rc < 0) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return rc;
}

/* ---- events ------------------------------------------------------------- */

void store_events_free(struct event_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		event_row_release(&v[i]);
	free(v);
}


/* " AND col IN (?n, ?n+1, ...)" for k values starting at parameter *next. */
static void add_in(struct sbuf *sql, const char *col, size_t k, int *next)
{
	sbuf_addf(sql, " AND %s IN (", col);
	for (size_t i = 0; i < k; i++)
		sbuf_addf(sql, "%s?%d", i ? ", " : "", (*next)++);
	sbuf_addch(sql, ')');
}

static void events_sql(struct sbuf *sql, const struct event_filter *f, size_t nkinds)
{
	int next = 5;
	sbuf_addstr(sql,
		    "SELECT e.id, p.path, p.variant, fn.name, e.kind, e.subject, e.target,"
		    " fl.path, e.attribution, e.line, e.col, e.count, COALESCE(e.level, -1),"
		    " (SELECT COUNT(*) FROM explanations x WHERE x.event_id = e.id),"
		    " e.package_id, e.function_id, e.file_id,"
		    /* bytes and objects the build's heap profiles give it; -1: none */
		    " CASE WHEN EXISTS (SELECT 1 FROM profiles WHERE build_id = ?1 AND kind = 'heap')"
		    " THEN COALESCE(a.alloc_bytes, 0) ELSE -1 END,"
		    " CASE WHEN EXISTS (SELECT 1 FROM profiles WHERE build_id = ?1 AND kind = 'heap')"
		    " THEN COALESCE(a.alloc_objects, 0) ELSE -1 END,"
		    /* its function's CPU time the build's CPU profiles give; -1: none */
		    " CASE WHEN EXISTS (SELECT 1 FROM profiles WHERE build_id = ?1 AND kind = 'cpu')"
		    " THEN COALESCE((SELECT c.cpu_cum FROM function_cpu c"
		    " WHERE c.function_id = e.function_id), 0) ELSE -1 END"
		    " FROM events e JOIN packages p ON p.id = e.package_id"
		    " JOIN files fl ON fl.id = e.file_id"
		    " LEFT JOIN functions fn ON fn.id = e.function_id"
		    " LEFT JOIN event_allocs a ON a.event_id = e.id WHERE e.build_id = ?1");
	if (f->pkg)
		sbuf_addstr(sql, " AND (p.path = ?2 OR (length(p.path) > length(?2)"
			    " AND substr(p.path, -length(?2) - 1) = '/' || ?2))");
	if (f->file)
		sbuf_addstr(sql, " AND (fl.path = ?3 OR fl.path = './' || ?3 OR"
			    " (length(fl.path) > length(?3) AND substr(fl.path, -length(?3) - 1)"
			    " IN ('/' || ?3, '\\' || ?3)))");
	if (f->subject)
		sbuf_addstr(sql, " AND e.subject = ?4");
	if (f->line > 0)
		sbuf_addf(sql, " AND e.line = %lld", (long long)f->line);
	if (f->col > 0)
		sbuf_addf(sql, " AND e.col = %lld", (long long)f->col);
	if (f->funcs)
		add_in(sql, "e.function_id", f->n_funcs, &next);
	if (f->file_ids)
		add_in(sql, "e.file_id", f->n_file_ids, &next);
	if (f->kinds)
		add_in(sql, "e.kind", nkinds, &next);
	if (f->sort == EVENT_SORT_BYTES)
		sbuf_addstr(sql, " ORDER BY 18 DESC, 19 DESC,");
	else if (f->sort == EVENT_SORT_OBJECTS)
		sbuf_addstr(sql, " ORDER BY 19 DESC, 18 DESC,");
	else if (f->sort == EVENT_SORT_CPU)
		sbuf_addstr(sql, " ORDER BY 20 DESC, 18 DESC,");
	else
		sbuf_addstr(sql, " ORDER BY");
	sbuf_addstr(sql, " p.path, p.variant, fl.path, e.line, e.col, e.kind, e.subject");
}

static void read_event(sqlite3_stmt *st, struct event_row *e)
{
	e->id = sqlite3_column_int64(st, 0);
	e->package = store_column_dup(st, 1);
	e->variant = store_column_dup(st, 2);
	e->function = store_column_dup(st, 3);
	e->kind = store_column_dup(st, 4);
	e->subject = store_column_dup(st, 5);
	e->target = store_column_dup(st, 6);
	e->file = store_column_dup(st, 7);
	e->attribution = store_column_dup(st, 8);
	e->line = sqlite3_column_int64(st, 9);
	e->col = sqlite3_column_int64(st, 10);
	e->count = sqlite3_column_int64(st, 11);
	e->level = sqlite3_column_int64(st, 12);
	e->explanations = sqlite3_column_int64(st, 13);
	e->package_id = sqlite3_column_int64(st, 14);
	e->function_id = sqlite3_column_int64(st, 15);
	e->file_id = sqlite3_column_int64(st, 16);
	e->alloc_bytes = sqlite3_column_int64(st, 17);
	e->alloc_objects = sqlite3_column_int64(st, 18);
	e->function_cpu_cum = sqlite3_column_int64(st, 19);
}

static void bind_events(sqlite3_stmt *st, int64_t build, const struct event_filter *f,
			size_t nkinds)
{
	int next = 5;
	sqlite3_bind_int64(st, 1, build);
	if (f->pkg)
		sqlite3_bind_text(st, 2, f->pkg, -1, SQLITE_STATIC);
	if (f->file)
		sqlite3_bind_text(st, 3, skip_dot(f->file), -1, SQLITE_STATIC);
	if (f->subject)
		sqlite3_bind_text(st, 4, f->subject, -1, SQLITE_STATIC);
	for (size_t i = 0; f->funcs && i < f->n_funcs; i++)
		sqlite3_bind_int64(st, next++, f->funcs[i]);
	for (size_t i = 0; f->file_ids && i < f->n_file_ids; i++)
		sqlite3_bind_int64(st, next++, f->file_ids[i]);
	for (size_t i = 0; i < nkinds; i++)
		sqlite3_bind_text(st, next++, f->kinds[i], -1, SQLITE_STATIC);
}

int store_events(struct store *s, int64_t build, const struct event_filter *f,
		 struct event_row **out, size_t *n, struct sbuf *err)
{
	struct sbuf sql = SBUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t alloc = 0, nkinds = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while (f->kinds && f->kinds[nkinds])
		nkinds++;
	events_sql(&sql, f, nkinds);
	rc = sqlite3_prepare_v2(s->db, sql.buf, -1, &st, NULL);
	sbuf_release(&sql);
	if (rc != SQLITE_OK)
		return store_db_error(s, err, "cannot list events");
	bind_events(st, build, f, nkinds);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(*out, *n + 1, alloc);
		memset(&(*out)[*n], 0, sizeof(**out));
		read_event(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot list events");
	return 0;
}

/* ---- functions (escviz funcs) ------------------------------------------- */

void store_funcs_free(struct func_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		func_row_release(&v[i]);
	free(v);
}

/*
 * Inlined call sites are counted per callee once (GROUP BY) and joined,
 * instead of the function_inlining view's correlated subquery, which scans
 * every call site of the build for every function.
 */
#define FUNCS_SQL                                                               \
	"WITH ev AS (SELECT function_id AS fid, SUM((kind = 'heap_escape') * count) AS h," \
	"  SUM((kind = 'moved_to_heap') * count) AS m,"                                \
	"  SUM((kind LIKE 'leaking_param%') * count) AS l,"                            \
	"  SUM((kind = 'does_not_escape') * count) AS d FROM events WHERE build_id = ?1" \
	"  AND function_id IS NOT NULL GROUP BY function_id),"                       \
	" al AS (SELECT e.function_id AS fid, SUM(a.alloc_bytes) AS b,"              \
	"  SUM(a.alloc_objects) AS o FROM events e JOIN event_allocs a"              \
	"  ON a.event_id = e.id WHERE e.build_id = ?1 GROUP BY e.function_id),"      \
	" hp AS (SELECT EXISTS (SELECT 1 FROM profiles WHERE build_id = ?1"          \
	"  AND kind = 'heap') AS heap, EXISTS (SELECT 1 FROM profiles"               \
	"  WHERE build_id = ?1 AND kind = 'cpu') AS cpu),"                           \
	" own AS (SELECT package_id, callee, COUNT(*) AS n FROM inline_calls"          \
	"  WHERE build_id = ?1 AND inlined = 1 GROUP BY package_id, callee),"          \
	" qual AS (SELECT callee, COUNT(*) AS n FROM inline_calls"                     \
	"  WHERE build_id = ?1 AND inlined = 1 GROUP BY callee)"                      \
	" SELECT * FROM (SELECT f.id, p.path, p.variant, p.name, f.name, fl.path, f.reason," \
	"  COALESCE(f.line, 0), COALESCE(f.col, 0), COALESCE(f.inlinable, -1),"        \
	"  COALESCE(f.cost, -1), COALESCE(f.budget, -1), COALESCE(ev.h, 0),"           \
	"  COALESCE(ev.m, 0), COALESCE(ev.l, 0), COALESCE(ev.d, 0),"                   \
	"  COALESCE(own.n, 0) + COALESCE(qual.n, 0),"                                  \
	"  CASE WHEN hp.heap THEN COALESCE(al.b, 0) ELSE -1 END,"                      \
	"  CASE WHEN hp.heap THEN COALESCE(al.o, 0) ELSE -1 END,"                      \
	"  CASE WHEN hp.cpu THEN COALESCE(c.cpu_flat, 0) ELSE -1 END,"                 \
	"  CASE WHEN hp.cpu THEN COALESCE(c.cpu_cum, 0) ELSE -1 END"                   \
	" FROM functions f JOIN packages p ON p.id = f.package_id CROSS JOIN hp"        \
	" LEFT JOIN files fl ON fl.id = f.file_id LEFT JOIN ev ON ev.fid = f.id"        \
	" LEFT JOIN al ON al.fid = f.id LEFT JOIN function_cpu c ON c.function_id = f.id" \
	" LEFT JOIN own ON own.package_id = f.package_id AND own.callee = f.name"      \
	" LEFT JOIN qual ON qual.callee = p.name || '.' || f.name"                     \
	" WHERE f.build_id = ?1 AND " PKG_MATCH                                        \
	/* The events of a package that are in no known function: one row. */        \
	" UNION ALL SELECT 0, p.path, p.variant, p.name, NULL, NULL, NULL, 0, 0, -1,"  \
	"  -1, -1, SUM((e.kind = 'heap_escape') * e.count),"                           \
	"  SUM((e.kind = 'moved_to_heap') * e.count),"                                 \
	"  SUM((e.kind LIKE 'leaking_param%') * e.count),"                             \
	"  SUM((e.kind = 'does_not_escape') * e.count), 0,"                            \
	"  CASE WHEN hp.heap THEN COALESCE(SUM(a.alloc_bytes), 0) ELSE -1 END,"        \
	"  CASE WHEN hp.heap THEN COALESCE(SUM(a.alloc_objects), 0) ELSE -1 END,"      \
	"  CASE WHEN hp.cpu THEN 0 ELSE -1 END, CASE WHEN hp.cpu THEN 0 ELSE -1 END"    \
	" FROM events e JOIN packages p ON p.id = e.package_id CROSS JOIN hp"           \
	" LEFT JOIN event_allocs a ON a.event_id = e.id"                               \
	" WHERE e.build_id = ?1 AND e.function_id IS NULL AND " PKG_MATCH              \
	" GROUP BY e.package_id)"
#define PKG_MATCH                                                               \
	"(?2 IS NULL OR p.path = ?2 OR"                                                \
	"  (length(p.path) > length(?2) AND substr(p.path, -length(?2) - 1) = '/' || ?2))"

/* Result columns: 2 path, 3 variant, 5 name, 11 cost, 13 heap, 14 moved, 15 leaks,
 * 18 bytes, 19 objects, 20 cpu flat, 21 cpu cum. */
static const char *const func_order[] = {
	[FUNC_SORT_HEAP] = " ORDER BY 13 DESC, 14 DESC",
	[FUNC_SORT_MOVED] = " ORDER BY 14 DESC, 13 DESC",
	[FUNC_SORT_LEAKS] = " ORDER BY 15 DESC",
	[FUNC_SORT_COST] = " ORDER BY 11 < 0, 11 DESC",
	[FUNC_SORT_NAME] = " ORDER BY 2, 5 IS NULL, 5",
	[FUNC_SORT_BYTES] = " ORDER BY 18 DESC, 19 DESC",
	[FUNC_SORT_OBJECTS] = " ORDER BY 19 DESC, 18 DESC",
	[FUNC_SORT_CPU] = " ORDER BY 21 DESC, 20 DESC",
};

/* Columns 0-11, the same in FUNCS_SQL and COSTS_SQL: the function and its decision. */
static void read_func_decl(sqlite3_stmt *st, struct func_row *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->package = store_column_dup(st, 1);
	r->variant = store_column_dup(st, 2);
	r->pkg_name = store_column_dup(st, 3);
	r->name = store_column_dup(st, 4);
	r->file = store_column_dup(st, 5);
	r->reason = store_column_dup(st, 6);
	r->line = sqlite3_column_int64(st, 7);
	r->col = sqlite3_column_int64(st, 8);
	r->inlinable = sqlite3_column_int(st, 9);
	r->cost = sqlite3_column_int64(st, 10);
	r->budget = sqlite3_column_int64(st, 11);
}

static void read_func(sqlite3_stmt *st, struct func_row *r)
{
	read_func_decl(st, r);
	r->heap_escapes = sqlite3_column_int64(st, 12);
	r->moved_to_heap = sqlite3_column_int64(st, 13);
	r->leaking_params = sqlite3_column_int64(st, 14);
	r->does_not_escape = sqlite3_column_int64(st, 15);
	r->inlined_sites = sqlite3_column_int64(st, 16);
	r->alloc_bytes = sqlite3_column_int64(st, 17);
	r->alloc_objects = sqlite3_column_int64(st, 18);
	r->cpu_flat = sqlite3_column_int64(st, 19);
	r->cpu_cum = sqlite3_column_int64(st, 20);
}

/* Run st (?1 the build, ?2 the package or NULL) into rows read by read; st is finalized. */
static int read_rows(struct store *s, sqlite3_stmt *st, int64_t build, const char *pkg,
		     void (*read)(sqlite3_stmt *, struct func_row *), struct func_row **out,
		     size_t *n, const char *what, struct sbuf *err)
{
	size_t alloc = 0;
	int rc;
	sqlite3_bind_int64(st, 1, build);
	if (pkg)
		sqlite3_bind_text(st, 2, pkg, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(*out, *n + 1, alloc);
		memset(&(*out)[*n], 0, sizeof(**out));
		read(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, what);
	return 0;
}

int store_funcs(struct store *s, int64_t build, const char *pkg, enum func_sort sort,
		size_t top, struct func_row **out, size_t *n, struct sbuf *err)
{
	struct sbuf sql = SBUF_INIT;
	sqlite3_stmt *st = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	sbuf_addf(&sql, "%s%s, 2, 3, 5 IS NULL, 5, 1", FUNCS_SQL, func_order[sort]);
	if (top)
		sbuf_addf(&sql, " LIMIT %zu", top);
	rc = sqlite3_prepare_v2(s->db, sql.buf, -1, &st, NULL);
	sbuf_release(&sql);
	if (rc != SQLITE_OK)
		return store_db_error(s, err, "cannot list functions");
	return read_rows(s, st, build, pkg, read_func, out, n, "cannot list functions", err);
}

/* ---- inlining costs (escviz funcs --near-budget) -------------------------- */

#define COSTS_SQL                                                               \
	"SELECT f.id, p.path, p.variant, p.name, f.name, fl.path, f.reason,"          \
	"  COALESCE(f.line, 0), COALESCE(f.col, 0), COALESCE(f.inlinable, -1),"        \
	"  f.cost, COALESCE(f.budget, -1)"                                            \
	" FROM functions f JOIN packages p ON p.id = f.package_id"                     \
	" LEFT JOIN files fl ON fl.id = f.file_id"                                    \
	" WHERE f.build_id = ?1 AND f.cost IS NOT NULL AND " PKG_MATCH                 \
	" ORDER BY p.path, p.variant, f.name, f.id"
#define BUDGET_SQL "SELECT " STORE_SQL_BUILD_BUDGET

static void read_cost(sqlite3_stmt *st, struct func_row *r)
{
	read_func_decl(st, r);
	r->alloc_bytes = r->alloc_objects = r->cpu_flat = r->cpu_cum = -1;
}

int store_func_costs(struct store *s, int64_t build, const char *pkg, struct func_row **out,
		     size_t *n, int64_t *budget, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	*out = NULL;
	*n = 0;
	*budget = -1;
	if (sqlite3_prepare_v2(s->db, BUDGET_SQL, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the inlining budgets");
	sqlite3_bind_int64(st, 1, build);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		*budget = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot read the inlining budgets");
	if (sqlite3_prepare_v2(s->db, COSTS_SQL, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot list the inlining costs");
	return read_rows(s, st, build, pkg, read_cost, out, n, "cannot list the inlining costs", err);
}
