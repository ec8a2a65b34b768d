/*
 * store_why: the verdicts a TARGET names, the explanations linked to them
 * and the functions they belong to, as model values (model/why.h).  The
 * explanations come from the one loader (store_graph.c), in its order;
 * naming their locations is analysis/why.c's.
 *
 * Old Go puts the chain of `moved to heap: x` on the verdict
 * `&x escapes to heap` (a separate line at the `&x`), so a moved variable
 * without an explanation borrows that chain.
 */
#include "store/store_explain.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "model/resolve.h"
#include "store/store_explain_internal.h"
#include "store/store_graph.h"
#include "store/store_internal.h"

/* The loaded function with id fid (loading it the first time), or NULL. */
static const struct mfunc *func_of(struct graph_loader *ld, struct why_result *r, int64_t fid,
				   size_t *alloc)
{
	struct sbuf err = SBUF_INIT;
	if (!fid)
		return NULL;
	for (size_t i = 0; i < r->n_funcs; i++)
		if (r->funcs[i].id == fid)
			return &r->funcs[i];
	VEC_GROW(r->funcs, r->n_funcs + 1, *alloc);
	if (store_graph_load(ld, fid, GRAPH_LOAD_UNLINKED, &r->funcs[r->n_funcs], &err) < 0) {
		sbuf_release(&err);
		return NULL;
	}
	sbuf_release(&err);
	return &r->funcs[r->n_funcs++];
}

/* Append the explanations linked to event ev to we. */
static int add_expls(struct graph_loader *ld, struct why_result *r, struct why_event *we,
		     const struct event_row *ev, size_t *falloc)
{
	const struct mfunc *g = func_of(ld, r, ev->function_id, falloc);
	struct mexpl *v = NULL;
	size_t n = 0, v_alloc = 0, alloc = we->n_expl;
	int rc = 0;

	if (g) {
		for (size_t i = 0; i < g->n_expls; i++)
			if (g->expls[i].event_id == ev->id) {
				VEC_GROW(v, n + 1, v_alloc);
				v[n++] = mexpl_dup(&g->expls[i]);
			}
	} else if ((rc = store_graph_event_expls(ld, ev->id, &v, &n, NULL)) < 0) {
		return rc;
	}
	for (size_t i = 0; i < n; i++) {
		struct why_expl *x;
		const struct mfunc *xf;
		VEC_GROW(we->expl, we->n_expl + 1, alloc);
		x = &we->expl[we->n_expl++];
		memset(x, 0, sizeof(*x));
		x->x = v[i];
		x->function_id = x->x.function_id ? x->x.function_id : ev->function_id;
		xf = func_of(ld, r, x->function_id, falloc); /* may move r->funcs: g is stale */
		if (xf)
			x->function = xstrdup(xf->name);
		else if (x->function_id == ev->function_id && ev->function)
			x->function = xstrdup(ev->function);
	}
	free(v);
	return 0;
}

/*
 * Old Go: `moved to heap: x` has no chain; `&x escapes to heap` in the same
 * function (else the same file) has it.
 */
static int borrow_chain(struct store *s, struct graph_loader *ld, struct why_result *r,
			struct why_event *we, size_t *falloc)
{
	const struct event_row *ev = &we->ev;
	const char *kinds[] = { "heap_escape", NULL };
	struct event_filter f = { 0 };
	struct event_row *rows = NULL;
	struct sbuf subj = SBUF_INIT;
	size_t n = 0;
	int rc;

	sbuf_addf(&subj, "&%s", ev->subject);
	f.subject = subj.buf;
	f.kinds = kinds;
	f.funcs = ev->function_id ? &ev->function_id : NULL;
	f.n_funcs = ev->function_id ? 1 : 0;
	f.file_ids = ev->function_id ? NULL : &ev->file_id;
	f.n_file_ids = ev->function_id ? 0 : 1;
	rc = store_events(s, r->build, &f, &rows, &n, NULL);
	for (size_t i = 0; rc == 0 && i < n && !we->n_expl; i++) {
		if (!rows[i].explanations || rows[i].package_id != ev->package_id)
			continue;
		rc = add_expls(ld, r, we, &rows[i], falloc);
		for (size_t j = 0; j < we->n_expl; j++) {
			struct why_expl *x = &we->expl[j];
			sbuf_reset(&subj);
			sbuf_addf(&subj, "%s escapes to heap", rows[i].subject);
			x->via_verdict = xstrdup(subj.buf);
			x->via_subject = xstrdup(rows[i].subject ? rows[i].subject : "");
			x->via.file = rows[i].file ? xstrdup(rows[i].file) : NULL;
			x->via.line = rows[i].line;
			x->via.col = rows[i].col;
		}
	}
	store_events_free(rows, n);
	sbuf_release(&subj);
	return rc;
}

static int build_facts(struct store *s, int64_t build, struct why_result *out, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(s->db, "SELECT go_version, m_level, (SELECT COUNT(*) FROM"
			       " explanations WHERE build_id = ?1) FROM builds WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read build");
	sqlite3_bind_int64(st, 1, build);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->go_version = store_column_dup(st, 0);
		out->m_level = sqlite3_column_int(st, 1);
		out->build_explanations = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return error_set(err, ESCVIZ_ENOTFOUND, "%s: no build %lld", store_path(s),
				 (long long)build);
	return 0;
}

/* The distinct subjects of the function's events, for "nothing matched". */
static char *subjects_of(struct store *s, int64_t build, const int64_t *ids, size_t n)
{
	struct event_filter f = { 0 };
	struct event_row *rows = NULL;
	struct sbuf b = SBUF_INIT;
	char **keys;
	size_t nr = 0;
	f.funcs = ids;
	f.n_funcs = n;
	if (store_events(s, build, &f, &rows, &nr, NULL) < 0 || !nr) {
		store_events_free(rows, nr);
		return NULL;
	}
	keys = xcalloc(nr, sizeof(*keys));
	for (size_t i = 0; i < nr; i++)
		keys[i] = rows[i].subject ? rows[i].subject : (char *)"";
	model_list_keys(&b, keys, nr);
	free(keys);
	store_events_free(rows, nr);
	return sbuf_detach(&b, NULL);
}

/* How far an explanation's chain reaches in the log, and how much it holds. */
struct chain_extent {
	int64_t flows, steps, last_flow, last_step;
};

static int extent_flow(void *ctx, const struct chain_flow *f)
{
	struct chain_extent *e = ctx;
	e->flows++;
	if (f->line_no > e->last_flow)
		e->last_flow = f->line_no;
	return 0;
}

static int extent_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *s)
{
	struct chain_extent *e = ctx;
	(void)flow, (void)seq;
	e->steps++;
	if (s->line_no > e->last_step)
		e->last_step = s->line_no;
	return 0;
}

/*
 * The explanations at a position with no verdict, kept when the log was
 * cut off in them (why_cut_at_end()), for "nothing matched".
 */
static int cut_explanations(struct store *s, int64_t build, const int64_t *ids, size_t nids,
			    const struct why_target *t, struct why_result *out, struct sbuf *err)
{
	static const char sql[] =
		"SELECT x.kind, x.subject, x.dest, f.path, i.name, x.line, x.col,"
		" COALESCE(x.line_no, 0), COALESCE(i.lines, 0), x.chain"
		" FROM explanations x JOIN files f ON f.id = x.file_id"
		" LEFT JOIN inputs i ON i.id = x.input_id"
		" WHERE x.build_id = ?1 AND x.file_id = ?2 AND x.line = ?3 AND (?4 = 0 OR x.col = ?4)"
		" AND x.event_id IS NULL ORDER BY x.id";
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc = SQLITE_DONE;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read explanations");
	for (size_t k = 0; k < nids && rc == SQLITE_DONE; k++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, build);
		sqlite3_bind_int64(st, 2, ids[k]);
		sqlite3_bind_int64(st, 3, t->line);
		sqlite3_bind_int64(st, 4, t->col);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct chain_extent ce = { 0, 0, 0, 0 };
			struct chain_visitor v = { extent_flow, extent_step, &ce };
			struct why_cut c = {
				store_column_dup(st, 0), store_column_dup(st, 1), store_column_dup(st, 2),
				store_column_dup(st, 3), store_column_dup(st, 4),
				sqlite3_column_int64(st, 5), sqlite3_column_int64(st, 6),
				sqlite3_column_int64(st, 7), 0, 0, 0, 0,
				sqlite3_column_int64(st, 8),
			};
			/* A malformed chain counts as none: the header is what is reported. */
			chain_decode((const char *)sqlite3_column_text(st, 9),
				     (size_t)sqlite3_column_bytes(st, 9), c.line_no, &v);
			c.last_flow_line = ce.last_flow;
			c.n_flows = ce.flows;
			c.n_steps = ce.steps;
			c.last_line = c.line_no;
			if (ce.last_flow > c.last_line)
				c.last_line = ce.last_flow;
			if (ce.last_step > c.last_line)
				c.last_line = ce.last_step;
			if (!why_cut_at_end(&c)) {
				free(c.kind), free(c.subject), free(c.dest), free(c.file), free(c.input);
				continue;
			}
			VEC_GROW(out->cut, out->n_cut + 1, alloc);
			out->cut[out->n_cut++] = c;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : store_db_error(s, err, "cannot read explanations");
}

/* What a function target lists: the verdicts that have a "why". */
static const char *const escape_kinds[] = {
	"heap_escape", "moved_to_heap", "leaking_param", "leaking_param_content",
	"leaking_param_result", "leaking_closure", NULL,
};

/* The events TARGET names. */
static int target_events(struct store *s, int64_t build, const struct why_target *t,
			 struct event_row **rows, size_t *n, struct why_result *out,
			 struct sbuf *err)
{
	struct event_filter f = { 0 };
	int64_t *ids = NULL;
	size_t nids = 0;
	struct sbuf amp = SBUF_INIT;
	int rc = t->kind == WHY_POSITION
		? explain_file_resolve(s, build, t->file, &ids, &nids, err)
		: store_func_resolve(s, build, t->func, &ids, &nids, err);
	if (rc < 0)
		return rc;
	if (t->kind == WHY_POSITION) {
		f.file_ids = ids, f.n_file_ids = nids, f.line = t->line, f.col = t->col;
	} else {
		f.funcs = ids, f.n_funcs = nids;
		f.kinds = t->kind == WHY_FUNCTION ? escape_kinds : NULL;
		f.subject = t->name;
	}
	rc = store_events(s, build, &f, rows, n, err);
	if (rc == 0 && t->kind == WHY_POSITION && !*n)
		rc = cut_explanations(s, build, ids, nids, t, out, err);
	if (rc == 0 && t->kind == WHY_VARIABLE && !*n) {
		sbuf_addf(&amp, "&%s", t->name);
		f.subject = amp.buf;
		rc = store_events(s, build, &f, rows, n, err);
		if (rc == 0 && !*n)
			out->near = subjects_of(s, build, ids, nids);
	}
	sbuf_release(&amp);
	free(ids);
	return rc;
}

int store_why(struct store *s, int64_t build, const struct why_target *t,
	      struct why_result *out, struct sbuf *err)
{
	struct event_row *rows = NULL;
	struct graph_loader *ld = NULL;
	size_t n = 0, falloc = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	out->build = build;
	sig_table_init(&out->sigs);
	if ((rc = build_facts(s, build, out, err)) < 0 ||
	    (rc = target_events(s, build, t, &rows, &n, out, err)) < 0 ||
	    (rc = store_graph_loader_few(s, build, &ld, err)) < 0)
		goto out;
	out->ev = xcalloc(n ? n : 1, sizeof(*out->ev));
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct why_event *we = &out->ev[out->n++];
		we->ev = rows[i];
		memset(&rows[i], 0, sizeof(rows[i]));
		rc = add_expls(ld, out, we, &we->ev, &falloc);
		if (rc == 0 && !we->n_expl && !strcmp(we->ev.kind, "moved_to_heap"))
			rc = borrow_chain(s, ld, out, we, &falloc);
	}
	if (rc == 0 && n)
		rc = store_sig_table(s, build, &out->sigs, err);
	else if (rc < 0)
		rc = store_db_error(s, err, "cannot read explanations");
out:
	store_graph_loader_free(ld);
	store_events_free(rows, n);
	return rc;
}
