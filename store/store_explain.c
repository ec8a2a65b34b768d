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
#include "store/store_explain_internal.h"
#include "store/store_internal.h"

const char *const store_event_kinds[] = {
	"heap_escape",     "moved_to_heap",   "does_not_escape",       "leaking_param",
	"leaking_param_content", "leaking_param_result", "leaking_closure",
	"self_assignment", "uintptr",         "escaped_content",       NULL,
};

/* ---- small helpers ------------------------------------------------------- */

char *explain_strip_targs(const char *name)
{
	struct sbuf b = SBUF_INIT;
	int depth = 0;
	for (const char *p = name; *p; p++) {
		if (*p == '[')
			depth++;
		else if (*p == ']' && depth > 0)
			depth--;
		else if (!depth)
			sbuf_addch(&b, *p);
	}
	return sbuf_detach(&b, NULL);
}

/* q ends with spec, and spec starts right after a '.' or '/' in q. */
int explain_suffix_at(const char *q, const char *spec, const char *seps)
{
	size_t lq = strlen(q), ls = strlen(spec);
	if (ls == 0 || lq <= ls || strcmp(q + lq - ls, spec))
		return 0;
	return strchr(seps, q[lq - ls - 1]) != NULL;
}

/* Edit distance, case-insensitive; stops counting at cap. */
static size_t distance(const char *a, const char *b, size_t cap)
{
	size_t la = strlen(a), lb = strlen(b), *row, best = cap + 1;
	if ((la > lb ? la - lb : lb - la) > cap)
		return cap + 1;
	row = xcalloc(lb + 1, sizeof(*row));
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t sub = diag + (tolower((unsigned char)a[i - 1]) !=
					     tolower((unsigned char)b[j - 1]));
			size_t v = up + 1 < row[j - 1] + 1 ? up + 1 : row[j - 1] + 1;
			row[j] = sub < v ? sub : v;
			diag = up;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

static int contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return 1;
	return 0;
}

/* ---- candidates --------------------------------------------------------- */

struct cand {
	int64_t id;
	char *key;  /* what the user would type to pick it */
	char *name; /* the short name, for "did you mean" */
};

static void cands_free(struct cand *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].key);
		free(c[i].name);
	}
	free(c);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* qsort wants a valid pointer even for no elements. */
static void sort_strs(char **v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_str);
}

/* Append ", "-separated distinct keys of the n given candidates (at most 8). */
void explain_list_keys(struct sbuf *msg, char **keys, size_t n)
{
	size_t shown = 0;
	sort_strs(keys, n);
	for (size_t i = 0; i < n; i++) {
		if (i && !strcmp(keys[i], keys[i - 1]))
			continue;
		if (shown == 8) {
			sbuf_addstr(msg, ", ...");
			break;
		}
		sbuf_addf(msg, "%s'%s'", shown ? ", " : "", keys[i]);
		shown++;
	}
}

/* The "did you mean" part for an unknown name: close names by edit distance. */
void explain_suggest(struct sbuf *msg, const char *spec, char **names, size_t n)
{
	size_t cap = strlen(spec) / 3 > 2 ? strlen(spec) / 3 : 2, k = 0;
	char **close = xcalloc(n ? n : 1, sizeof(*close));
	for (size_t i = 0; i < n; i++)
		if (contains_nocase(names[i], spec) || distance(spec, names[i], cap) <= cap)
			close[k++] = names[i];
	if (k) {
		sbuf_addstr(msg, "; close candidates: ");
		explain_list_keys(msg, close, k);
	}
	free(close);
}

/* ---- functions ---------------------------------------------------------- */

static int load_funcs(struct store *s, int64_t build, struct cand **out, size_t *n)
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

/*
 * Does function c match spec at tier t?  *key receives the identity the
 * match stands for (package path and name; generic instantiations share
 * one at tier 3).
 */
static int func_match(const struct cand *c, const char *spec, int t, char **key)
{
	char *sq, *sn;
	int ok;
	*key = NULL;
	if (t < 3) {
		ok = t == 0 ? !strcmp(c->name, spec)
			    : t == 1 ? !strcmp(c->key, spec) : explain_suffix_at(c->key, spec, "./");
		if (ok)
			*key = xstrdup(c->key);
		return ok;
	}
	if (strchr(spec, '['))
		return 0;
	sq = explain_strip_targs(c->key);
	sn = explain_strip_targs(c->name);
	ok = !strcmp(sn, spec) || !strcmp(sq, spec) || explain_suffix_at(sq, spec, "./");
	if (ok)
		*key = sq;
	else
		free(sq);
	free(sn);
	return ok;
}

/* Pick the matches of one tier: 1 = unique (ids set), 0 = none, -1 = ambiguous. */
static int pick_tier(const struct cand *c, size_t n, const char *spec, int t, int64_t **ids,
		     size_t *nids, struct sbuf *amb)
{
	char **keys = NULL;
	size_t nk = 0, alloc = 0, distinct = 0;
	int rc;
	for (size_t i = 0; i < n; i++) {
		char *k;
		if (!func_match(&c[i], spec, t, &k))
			continue;
		VEC_GROW(keys, nk + 1, alloc);
		keys[nk++] = k;
	}
	sort_strs(keys, nk);
	for (size_t i = 0; i < nk; i++)
		distinct += !i || strcmp(keys[i], keys[i - 1]);
	rc = distinct == 0 ? 0 : distinct == 1 ? 1 : -1;
	if (rc == 1) {
		size_t ia = 0;
		for (size_t i = 0; i < n; i++) {
			char *k;
			if (func_match(&c[i], spec, t, &k)) {
				VEC_GROW(*ids, *nids + 1, ia);
				(*ids)[(*nids)++] = c[i].id;
			}
			free(k);
		}
	} else if (rc < 0) {
		explain_list_keys(amb, keys, nk);
	}
	for (size_t i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
	return rc;
}

int store_func_resolve(struct store *s, int64_t build, const char *spec, int64_t **ids,
		       size_t *n, struct sbuf *err)
{
	struct cand *c = NULL;
	struct sbuf amb = SBUF_INIT;
	size_t nc = 0;
	int rc = 0;
	char **names;

	*ids = NULL;
	*n = 0;
	if (load_funcs(s, build, &c, &nc) < 0)
		return store_db_error(s, err, "cannot read functions");
	for (int t = 0; t < 4 && rc == 0; t++)
		rc = pick_tier(c, nc, spec, t, ids, n, &amb);
	if (rc < 0) {
		error_set(err, ESCVIZ_EUSAGE, "'%s' is ambiguous in build %lld: %s",
			  spec, (long long)build, amb.buf);
		sbuf_addstr(err, "; give more of the name or the package path");
		rc = ESCVIZ_EUSAGE;
	} else if (rc == 0) {
		error_set(err, ESCVIZ_ENOTFOUND, "no function '%s' in build %lld", spec,
			  (long long)build);
		names = xcalloc(nc ? nc : 1, sizeof(*names));
		for (size_t i = 0; i < nc; i++)
			names[i] = c[i].name;
		explain_suggest(err, spec, names, nc);
		free(names);
		rc = ESCVIZ_ENOTFOUND;
	} else {
		rc = 0;
	}
	if (rc < 0) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	sbuf_release(&amb);
	cands_free(c, nc);
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
	sort_strs(keys, nk);
	for (size_t i = 0; i < nk; i++)
		distinct += !i || strcmp(keys[i], keys[i - 1]);
	if (distinct == 1)
		return 0;
	if (distinct > 1) {
		error_set(err, ESCVIZ_EUSAGE, "file '%s' is ambiguous in build %lld: ", spec,
			  (long long)build);
		explain_list_keys(err, keys, nk);
		return ESCVIZ_EUSAGE;
	}
	error_set(err, ESCVIZ_ENOTFOUND, "no file '%s' in build %lld", spec, (long long)build);
	explain_suggest(err, skip_dot(spec), all, na);
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
		if (strcmp(p, want) && !explain_suffix_at(p, want, "/\\"))
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
		explain_event_release(&v[i]);
	free(v);
}

void explain_event_release(struct event_row *e)
{
	free(e->package);
	free(e->variant);
	free(e->function);
	free(e->kind);
	free(e->subject);
	free(e->target);
	free(e->file);
	free(e->attribution);
	memset(e, 0, sizeof(*e));
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
		    " e.package_id, e.function_id, e.file_id"
		    " FROM events e JOIN packages p ON p.id = e.package_id"
		    " JOIN files fl ON fl.id = e.file_id"
		    " LEFT JOIN functions fn ON fn.id = e.function_id WHERE e.build_id = ?1");
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
	sbuf_addstr(sql, " ORDER BY p.path, p.variant, fl.path, e.line, e.col, e.kind, e.subject");
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
	for (size_t i = 0; i < n; i++) {
		free(v[i].package);
		free(v[i].variant);
		free(v[i].pkg_name);
		free(v[i].name);
		free(v[i].file);
		free(v[i].reason);
	}
	free(v);
}

/*
 * Inlined call sites are counted per callee once (GROUP BY) and joined,
 * instead of the function_inlining view's correlated subquery, which scans
 * every call site of the build for every function.
 */
#define FUNCS_SQL                                                               \
	"WITH ev AS (SELECT function_id AS fid, SUM(kind = 'heap_escape') AS h,"      \
	"  SUM(kind = 'moved_to_heap') AS m, SUM(kind LIKE 'leaking_param%') AS l,"  \
	"  SUM(kind = 'does_not_escape') AS d FROM events WHERE build_id = ?1"       \
	"  AND function_id IS NOT NULL GROUP BY function_id),"                       \
	" own AS (SELECT package_id, callee, COUNT(*) AS n FROM inline_calls"          \
	"  WHERE build_id = ?1 AND inlined = 1 GROUP BY package_id, callee),"          \
	" qual AS (SELECT callee, COUNT(*) AS n FROM inline_calls"                     \
	"  WHERE build_id = ?1 AND inlined = 1 GROUP BY callee)"                      \
	" SELECT f.id, p.path, p.variant, p.name, f.name, fl.path, f.reason,"         \
	"  COALESCE(f.line, 0), COALESCE(f.col, 0), COALESCE(f.inlinable, -1),"        \
	"  COALESCE(f.cost, -1), COALESCE(f.budget, -1), COALESCE(ev.h, 0),"           \
	"  COALESCE(ev.m, 0), COALESCE(ev.l, 0), COALESCE(ev.d, 0),"                   \
	"  COALESCE(own.n, 0) + COALESCE(qual.n, 0)"                                   \
	" FROM functions f JOIN packages p ON p.id = f.package_id"                     \
	" LEFT JOIN files fl ON fl.id = f.file_id LEFT JOIN ev ON ev.fid = f.id"        \
	" LEFT JOIN own ON own.package_id = f.package_id AND own.callee = f.name"      \
	" LEFT JOIN qual ON qual.callee = p.name || '.' || f.name"                     \
	" WHERE f.build_id = ?1 AND (?2 IS NULL OR p.path = ?2 OR"                     \
	"  (length(p.path) > length(?2) AND substr(p.path, -length(?2) - 1) = '/' || ?2))"

static const char *const func_order[] = {
	[FUNC_SORT_HEAP] = " ORDER BY COALESCE(ev.h, 0) DESC, COALESCE(ev.m, 0) DESC",
	[FUNC_SORT_MOVED] = " ORDER BY COALESCE(ev.m, 0) DESC, COALESCE(ev.h, 0) DESC",
	[FUNC_SORT_LEAKS] = " ORDER BY COALESCE(ev.l, 0) DESC",
	[FUNC_SORT_COST] = " ORDER BY f.cost IS NULL, f.cost DESC",
	[FUNC_SORT_NAME] = " ORDER BY p.path, f.name",
};

static void read_func(sqlite3_stmt *st, struct func_row *r)
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
	r->heap_escapes = sqlite3_column_int64(st, 12);
	r->moved_to_heap = sqlite3_column_int64(st, 13);
	r->leaking_params = sqlite3_column_int64(st, 14);
	r->does_not_escape = sqlite3_column_int64(st, 15);
	r->inlined_sites = sqlite3_column_int64(st, 16);
}

int store_funcs(struct store *s, int64_t build, const char *pkg, enum func_sort sort,
		size_t top, struct func_row **out, size_t *n, struct sbuf *err)
{
	struct sbuf sql = SBUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	sbuf_addf(&sql, "%s%s, p.path, p.variant, f.name, f.id", FUNCS_SQL, func_order[sort]);
	if (top)
		sbuf_addf(&sql, " LIMIT %zu", top);
	rc = sqlite3_prepare_v2(s->db, sql.buf, -1, &st, NULL);
	sbuf_release(&sql);
	if (rc != SQLITE_OK)
		return store_db_error(s, err, "cannot list functions");
	sqlite3_bind_int64(st, 1, build);
	if (pkg)
		sqlite3_bind_text(st, 2, pkg, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(*out, *n + 1, alloc);
		memset(&(*out)[*n], 0, sizeof(**out));
		read_func(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot list functions");
	return 0;
}
