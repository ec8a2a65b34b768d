/*
 * store_why: the verdicts a TARGET names and the paths that explain them.
 *
 * An explanation is stored as the compiler printed it: Go 1.14+ as flows
 * (`flow: D = OPS S`) each followed by its `from EXPR (REASON) at POS`
 * steps, Go <= 1.12 as one TAB-indented chain of steps right after the
 * verdict.  Both come back in printed order, the new ones as flows, the old
 * ones as a chain that starts at the verdict's own expression.
 *
 * Old Go puts the chain of `moved to heap: x` on the verdict
 * `&x escapes to heap` (a separate line at the `&x`), so a moved variable
 * without an explanation borrows that chain.
 *
 * Location names become plain words.  `~rN` needs care: Go <= 1.16
 * numbered results after the parameters (`~r2` is result 0 of
 * `newPoint(x, y int)`), Go 1.17+ from 0; and after inlining `~r0` is the
 * result of the inlined callee, not of the function being explained.  We
 * number from the signature printed in `can inline F as: SIG`, find the
 * callee from the inlined call at the step's position, and when neither is
 * known say so instead of guessing.
 */
#include "store/store_explain.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "store/store_explain_internal.h"
#include "store/store_internal.h"

/* ---- target ------------------------------------------------------------- */

static int all_digits(const char *p, size_t n)
{
	if (!n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

/* If s ends with ":DIGITS", return the position of that ':' (else NULL). */
static const char *num_tail(const char *s, size_t len)
{
	const char *c = NULL;
	for (size_t i = len; i-- > 0;)
		if (s[i] == ':') {
			c = s + i;
			break;
		}
	return c && all_digits(c + 1, len - (size_t)(c + 1 - s)) ? c : NULL;
}

int why_target_parse(struct why_target *out, const char *spec, struct sbuf *err)
{
	size_t len = strlen(spec);
	const char *c1 = num_tail(spec, len), *c2 = NULL;

	memset(out, 0, sizeof(*out));
	if (!len)
		return error_set(err, ESCVIZ_EUSAGE, "empty target");
	if (c1 && c1 > spec) {
		c2 = num_tail(spec, (size_t)(c1 - spec));
		out->kind = WHY_POSITION;
		if (c2 && c2 > spec) {
			out->line = util_parse_long(c2 + 1, (size_t)(c1 - c2 - 1));
			out->col = util_parse_long(c1 + 1, len - (size_t)(c1 + 1 - spec));
			out->file = xmemdupz(spec, (size_t)(c2 - spec));
		} else {
			out->line = util_parse_long(c1 + 1, len - (size_t)(c1 + 1 - spec));
			out->file = xmemdupz(spec, (size_t)(c1 - spec));
		}
		if (out->line <= 0 || out->col < 0)
			return error_set(err, ESCVIZ_EUSAGE, "bad position '%s'", spec);
		return 0;
	}
	if ((c1 = strchr(spec, ':')) != NULL) {
		if (c1 == spec || !c1[1])
			return error_set(err, ESCVIZ_EUSAGE,
					 "target '%s': want FUNC:NAME with both parts", spec);
		out->kind = WHY_VARIABLE;
		out->func = xmemdupz(spec, (size_t)(c1 - spec));
		out->name = xstrdup(c1 + 1);
		return 0;
	}
	out->kind = WHY_FUNCTION;
	out->func = xstrdup(spec);
	return 0;
}

void why_target_release(struct why_target *t)
{
	free(t->file);
	free(t->func);
	free(t->name);
	memset(t, 0, sizeof(*t));
}

/* ---- naming ------------------------------------------------------------- */

static int prefix_num(const char *name, const char *prefix, long *num)
{
	size_t n = strlen(prefix);
	if (strncmp(name, prefix, n))
		return 0;
	*num = util_parse_long(name + n, strlen(name + n));
	return *num >= 0;
}

char *why_plain_name(const char *name)
{
	struct sbuf b = SBUF_INIT;
	size_t n = strlen(name);
	long k;
	if (!strcmp(name, "{heap}"))
		return xstrdup("the heap");
	if (!strcmp(name, "{temp}"))
		return xstrdup("a temporary");
	if (n > 14 && !strncmp(name, "{storage for ", 13) && name[n - 1] == '}') {
		sbuf_addstr(&b, "storage for ");
		sbuf_add(&b, name + 13, n - 14);
		return sbuf_detach(&b, NULL);
	}
	if (prefix_num(name, "~R", &k)) {
		sbuf_addf(&b, "result %ld of an inlined call", k);
		return sbuf_detach(&b, NULL);
	}
	if (prefix_num(name, "~arg", &k)) {
		sbuf_addf(&b, "argument %ld of an inlined call", k);
		return sbuf_detach(&b, NULL);
	}
	if (strstr(name, ".autotmp_"))
		return xstrdup("a compiler temporary");
	return NULL;
}

/* Count comma-separated items at depth 1 of the parenthesised list at *p. */
static int count_list(const char **pp)
{
	const char *p = *pp;
	int depth = 0, items = 0, any = 0;
	for (; *p; p++) {
		if (*p == '(' || *p == '[' || *p == '{') {
			if (depth++ == 0)
				continue;
		} else if (*p == ')' || *p == ']' || *p == '}') {
			if (--depth == 0) {
				*pp = p + 1;
				return any ? items + 1 : 0;
			}
		} else if (*p == ',' && depth == 1) {
			items++;
		}
		if (depth >= 1 && *p != ' ')
			any = 1;
	}
	return -1;
}

int why_sig_count(const char *sig, int *params, int *results)
{
	const char *p;
	if (!sig)
		return -1;
	if (!strncmp(sig, "method(", 7)) {
		p = sig + 6;
		if (count_list(&p) < 0 || strncmp(p, " func(", 6))
			return -1;
		sig = p + 1;
	}
	if (strncmp(sig, "func(", 5))
		return -1;
	p = sig + 4;
	if ((*params = count_list(&p)) < 0)
		return -1;
	if (!strncmp(p, " (", 2)) {
		p++;
		*results = count_list(&p);
	} else {
		*results = (*p == ' ' && p[1] && p[1] != '{') ? 1 : 0;
	}
	return *results < 0 ? -1 : 0;
}

/* What we know about the function whose explanation is being named. */
struct namer {
	struct store *s;
	int64_t build, package_id, fid;
	const char *fname;         /* NULL: not attributed */
	int scheme;                /* 1: Go <= 1.16 numbering, 2: 1.17+, 0: unknown */
	char **params;             /* parameter names seen in leak/verdict lines */
	size_t n_params;
};

/* 1 = Go <= 1.16 (results numbered after params), 2 = 1.17+, 0 = unknown. */
static int result_scheme(const char *v)
{
	long lo = -1, hi = -1;
	const char *p = v, *dash;
	if (!v)
		return 0;
	if (!strncmp(p, "go", 2))
		p += 2;
	if (!strncmp(p, "<=", 2))
		lo = 0, p += 2;
	if (strncmp(p, "1.", 2))
		return 0;
	dash = strchr(p, '-');
	hi = strtol(p + 2, NULL, 10);
	if (lo < 0)
		lo = hi;
	if (strchr(p, '+'))
		hi = 999;
	else if (dash && !strncmp(dash + 1, "1.", 2))
		hi = strtol(dash + 3, NULL, 10);
	return hi <= 16 ? 1 : lo >= 17 ? 2 : 0;
}

static char *col_text(struct store *s, const char *sql, int64_t a, int64_t b, const char *t)
{
	sqlite3_stmt *st = NULL;
	char *r = NULL;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, a);
	sqlite3_bind_int64(st, 2, b);
	if (t)
		sqlite3_bind_text(st, 3, t, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		r = store_column_dup(st, 0);
	sqlite3_finalize(st);
	return r;
}

/* Parameters and results of a function (callee: by name in pkg). -1 unknown. */
static void func_sig(const struct namer *nm, int64_t fid, const char *callee, int *np, int *nr)
{
	char *body = callee
		? col_text(nm->s, "SELECT f.body FROM functions f JOIN packages p"
			   " ON p.id = f.package_id WHERE f.build_id = ?1 AND f.body IS NOT NULL"
			   " AND ((f.package_id = ?2 AND f.name = ?3) OR p.name || '.' || f.name = ?3)"
			   " LIMIT 1", nm->build, nm->package_id, callee)
		: col_text(nm->s, "SELECT body FROM functions WHERE id = ?1 AND ?2 = ?2",
			   fid, 0, NULL);
	*np = *nr = -1;
	if (body && why_sig_count(body, np, nr) < 0)
		*np = *nr = -1;
	free(body);
}

/* The index of result ~rN, or -1 when the numbering cannot be settled. */
static long result_index(int scheme, long num, int np, int nr)
{
	int old_ok = np >= 0 && num >= np && (nr < 0 || num - np < nr);
	int new_ok = nr < 0 || num < nr;
	if (np == 0 || num == 0)
		return num;
	if (scheme == 2)
		return num;
	if (scheme == 1)
		return np >= 0 && num >= np ? num - np : -1;
	if (old_ok && !new_ok)
		return num - np;
	if (new_ok && !old_ok && nr >= 0)
		return num;
	return -1;
}

/* The one function inlined at a step's position, or NULL. */
static char *callee_at(const struct namer *nm, const struct why_step *st)
{
	sqlite3_stmt *q = NULL;
	char *r = NULL;
	int rows = 0;
	if (!st->file || sqlite3_prepare_v2(nm->s->db,
			"SELECT DISTINCT c.callee FROM inline_calls c JOIN files fl ON fl.id = c.file_id"
			" WHERE c.build_id = ?1 AND c.package_id = ?2 AND c.inlined = 1"
			" AND fl.path = ?3 AND c.line = ?4 AND (?5 = 0 OR c.col = ?5)",
			-1, &q, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(q, 1, nm->build);
	sqlite3_bind_int64(q, 2, nm->package_id);
	sqlite3_bind_text(q, 3, st->file, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 4, st->line);
	sqlite3_bind_int64(q, 5, st->col);
	while (sqlite3_step(q) == SQLITE_ROW && rows++ == 0)
		r = store_column_dup(q, 0);
	sqlite3_finalize(q);
	if (rows != 1) {
		free(r);
		r = NULL;
	}
	return r;
}

/*
 * Is raw the explained function's own result?  It is when a `return`
 * step leads into it; when an assignment does, it is the result of an
 * inlined call, and *site is the step to look the callee up at.
 */
static int own_result(const struct why_expl *x, const char *raw, const struct why_step **site)
{
	*site = NULL;
	for (size_t i = 0; i < x->n_flows; i++) {
		const struct why_flow *f = &x->flows[i];
		if (strcmp(f->dst, raw))
			continue;
		for (size_t j = 0; j < f->n_steps; j++)
			if (f->steps[j].reason && !strcmp(f->steps[j].reason, "return"))
				return 1;
		if (f->n_steps)
			*site = &f->steps[f->n_steps - 1];
	}
	for (size_t j = 0; j < x->n_chain; j++)
		if (x->chain[j].expr && !strcmp(x->chain[j].expr, raw)) {
			if (x->chain[j].reason && !strcmp(x->chain[j].reason, "return"))
				return 1;
			*site = &x->chain[j];
		}
	return *site == NULL;
}

static char *result_name(const struct namer *nm, const struct why_expl *x, const char *raw,
			 long num)
{
	struct sbuf b = SBUF_INIT;
	const struct why_step *site = NULL;
	char *callee = NULL;
	int np, nr;
	long idx;

	if (x && !own_result(x, raw, &site)) {
		callee = site ? callee_at(nm, site) : NULL;
		func_sig(nm, 0, callee, &np, &nr);
		if (!callee)
			np = nr = -1;
	} else {
		func_sig(nm, nm->fid, NULL, &np, &nr);
	}
	idx = result_index(nm->scheme, num, np, nr);
	if (idx >= 0)
		sbuf_addf(&b, "result %ld", idx);
	else
		sbuf_addf(&b, "result %s", raw);
	if (x && site)
		sbuf_addf(&b, " of %s%s", callee ? callee : "an inlined call",
			  callee ? " (inlined)" : "");
	else if (nm->fname)
		sbuf_addf(&b, " of %s", nm->fname);
	if (idx < 0)
		sbuf_addstr(&b, " (Go <= 1.16 numbers results after the parameters,"
			    " and the signature is not in the log)");
	free(callee);
	return sbuf_detach(&b, NULL);
}

static int is_param(const struct namer *nm, const char *name)
{
	for (size_t i = 0; i < nm->n_params; i++)
		if (!strcmp(nm->params[i], name))
			return 1;
	return 0;
}

/* Plain words for name in explanation x (x may be NULL), or NULL. */
static char *name_in(const struct namer *nm, const struct why_expl *x, const char *name)
{
	struct sbuf b = SBUF_INIT;
	const char *of = nm->fname ? nm->fname : "the function";
	char *plain = why_plain_name(name);
	long k;
	if (plain)
		return plain;
	if (prefix_num(name, "~r", &k))
		return result_name(nm, x, name, k);
	if (prefix_num(name, "~b", &k))
		sbuf_addf(&b, "a blank result of %s", of);
	else if (prefix_num(name, "~p", &k))
		sbuf_addf(&b, "parameter %ld of %s", k, of);
	else if (prefix_num(name, ".anon", &k))
		sbuf_addf(&b, "unnamed parameter %ld of %s", k, of);
	else if (!strcmp(name, ".this"))
		sbuf_addf(&b, "the receiver of %s", of);
	else if (nm->fname && is_param(nm, name))
		sbuf_addf(&b, "parameter %s of %s", name, of);
	else
		return NULL;
	return sbuf_detach(&b, NULL);
}

static void load_params(struct namer *nm)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	if (!nm->fid || sqlite3_prepare_v2(nm->s->db,
			"SELECT subject FROM events WHERE function_id = ?1 AND kind LIKE 'leaking_param%'"
			" UNION SELECT subject FROM explanations WHERE function_id = ?1"
			" AND kind = 'param_leak' UNION SELECT e.subject FROM events e"
			" JOIN functions f ON f.id = e.function_id WHERE e.function_id = ?1"
			" AND e.kind = 'does_not_escape' AND e.file_id = f.file_id AND e.line = f.line",
			-1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_int64(st, 1, nm->fid);
	while (sqlite3_step(st) == SQLITE_ROW) {
		VEC_GROW(nm->params, nm->n_params + 1, alloc);
		nm->params[nm->n_params++] = store_column_dup(st, 0);
	}
	sqlite3_finalize(st);
}

static void namer_release(struct namer *nm)
{
	for (size_t i = 0; i < nm->n_params; i++)
		free(nm->params[i]);
	free(nm->params);
	nm->params = NULL;
	nm->n_params = 0;
}

/* ---- loading explanations ---------------------------------------------- */

static void step_release(struct why_step *s)
{
	free(s->expr);
	free(s->expr_name);
	free(s->reason);
	free(s->file);
}

static void expl_release(struct why_expl *x)
{
	for (size_t i = 0; i < x->n_flows; i++) {
		struct why_flow *f = &x->flows[i];
		for (size_t j = 0; j < f->n_steps; j++)
			step_release(&f->steps[j]);
		free(f->steps);
		free(f->dst);
		free(f->dst_name);
		free(f->src);
		free(f->src_name);
		free(f->ops);
	}
	for (size_t j = 0; j < x->n_chain; j++)
		step_release(&x->chain[j]);
	free(x->flows);
	free(x->chain);
	free(x->kind);
	free(x->subject);
	free(x->function);
	free(x->dest);
	free(x->dest_name);
	free(x->via_verdict);
	free(x->via_file);
}

void why_result_release(struct why_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->ev[i].n_expl; j++)
			expl_release(&r->ev[i].expl[j]);
		free(r->ev[i].expl);
		explain_event_release(&r->ev[i].ev);
	}
	free(r->ev);
	free(r->go_version);
	free(r->matched);
	free(r->near);
	memset(r, 0, sizeof(*r));
}

static int load_flows(struct store *s, struct why_expl *x, int64_t **ids)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0, ia = 0;
	int rc;
	if (sqlite3_prepare_v2(s->db, "SELECT id, seq, dst, ops, derefs, src FROM flows"
			       " WHERE explanation_id = ?1 ORDER BY seq", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, x->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct why_flow *f;
		VEC_GROW(x->flows, x->n_flows + 1, alloc);
		VEC_GROW(*ids, x->n_flows + 1, ia);
		(*ids)[x->n_flows] = sqlite3_column_int64(st, 0);
		f = &x->flows[x->n_flows++];
		memset(f, 0, sizeof(*f));
		f->seq = sqlite3_column_int64(st, 1);
		f->dst = store_column_dup(st, 2);
		f->ops = store_column_dup(st, 3);
		f->derefs = sqlite3_column_int64(st, 4);
		f->src = store_column_dup(st, 5);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void read_step(sqlite3_stmt *st, struct why_step *p)
{
	memset(p, 0, sizeof(*p));
	p->expr = store_column_dup(st, 1);
	p->reason = store_column_dup(st, 2);
	p->file = store_column_dup(st, 3);
	p->line = sqlite3_column_int64(st, 4);
	p->col = sqlite3_column_int64(st, 5);
}

/* Steps in printed order, each to its flow (or to the chain). */
static int load_steps(struct store *s, struct why_expl *x, const int64_t *flow_ids)
{
	sqlite3_stmt *st = NULL;
	size_t chain_alloc = x->n_chain, *fa = xcalloc(x->n_flows + 1, sizeof(*fa));
	int rc;
	if (sqlite3_prepare_v2(s->db, "SELECT s.flow_id, s.expr, s.reason, fl.path,"
			       " COALESCE(s.line, 0), COALESCE(s.col, 0) FROM steps s"
			       " LEFT JOIN files fl ON fl.id = s.file_id WHERE s.explanation_id = ?1"
			       " ORDER BY s.line_no, s.id", -1, &st, NULL) != SQLITE_OK) {
		free(fa);
		return -1;
	}
	sqlite3_bind_int64(st, 1, x->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t fid = sqlite3_column_int64(st, 0);
		size_t k = x->n_flows;
		for (size_t i = 0; fid && i < x->n_flows; i++)
			if (flow_ids[i] == fid)
				k = i;
		if (k < x->n_flows) {
			struct why_flow *f = &x->flows[k];
			VEC_GROW(f->steps, f->n_steps + 1, fa[k]);
			read_step(st, &f->steps[f->n_steps++]);
		} else {
			VEC_GROW(x->chain, x->n_chain + 1, chain_alloc);
			read_step(st, &x->chain[x->n_chain++]);
		}
	}
	sqlite3_finalize(st);
	free(fa);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* An old chain starts at the verdict's own expression (`&x` is an address-of). */
static void chain_start(struct why_expl *x, const struct event_row *from)
{
	struct why_step *p;
	size_t alloc = x->n_chain;
	VEC_GROW(x->chain, x->n_chain + 1, alloc);
	memmove(x->chain + 1, x->chain, x->n_chain * sizeof(*x->chain));
	x->n_chain++;
	p = &x->chain[0];
	memset(p, 0, sizeof(*p));
	p->expr = xstrdup(from->subject ? from->subject : "");
	p->reason = from->subject && from->subject[0] == '&' ? xstrdup("address-of") : NULL;
	p->file = xstrdup(from->file ? from->file : "");
	p->line = from->line;
	p->col = from->col;
	p->from_verdict = 1;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* Where the path ends, in raw and plain words. */
static void name_dest(const struct namer *nm, struct why_expl *x, const struct event_row *ev)
{
	const struct why_step *last = x->n_chain ? &x->chain[x->n_chain - 1] : NULL;
	char *raw = NULL;
	if (x->n_flows) {
		const struct why_flow *f = &x->flows[x->n_flows - 1];
		free(x->dest);
		x->dest = xstrdup(f->dst);
		x->dest_name = dup_or_null(f->dst_name);
		return;
	}
	if (x->dest) {
		x->dest_name = name_in(nm, NULL, x->dest);
		return;
	}
	if (ev->target && !strcmp(ev->kind, "leaking_param_result"))
		raw = xstrdup(ev->target);
	else if (last && !last->from_verdict && last->expr_name)
		raw = xstrdup(last->expr);
	else
		raw = xstrdup("{heap}");
	x->dest = raw;
	x->dest_name = name_in(nm, x, raw);
}

static void name_expl(const struct namer *nm, struct why_expl *x, const struct event_row *ev)
{
	for (size_t i = 0; i < x->n_flows; i++) {
		x->flows[i].dst_name = name_in(nm, x, x->flows[i].dst);
		x->flows[i].src_name = name_in(nm, x, x->flows[i].src);
	}
	for (size_t j = 0; j < x->n_chain; j++)
		if (x->chain[j].expr)
			x->chain[j].expr_name = name_in(nm, x, x->chain[j].expr);
	name_dest(nm, x, ev);
}

/* Fill x (id, kind, ... read) with its flows, steps and names. */
static int fill_expl(struct namer *nm, struct why_expl *x, const struct event_row *ev)
{
	int64_t *flow_ids = NULL;
	int rc = load_flows(nm->s, x, &flow_ids);
	if (rc == 0)
		rc = load_steps(nm->s, x, flow_ids);
	free(flow_ids);
	if (rc < 0)
		return rc;
	if (!strcmp(x->kind, "chain"))
		chain_start(x, ev);
	load_params(nm);
	name_expl(nm, x, ev);
	namer_release(nm);
	return 0;
}

static int load_expls(const struct namer *base, const struct event_row *ev,
		      struct why_expl **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;
	if (sqlite3_prepare_v2(base->s->db, "SELECT x.id, x.kind, x.subject, fn.name, x.truncated,"
			       " x.dest, COALESCE(x.function_id, 0) FROM explanations x"
			       " LEFT JOIN functions fn ON fn.id = x.function_id"
			       " WHERE x.event_id = ?1 ORDER BY x.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, ev->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct why_expl *x;
		struct namer nm = *base;
		VEC_GROW(*out, *n + 1, alloc);
		x = &(*out)[(*n)++];
		memset(x, 0, sizeof(*x));
		x->id = sqlite3_column_int64(st, 0);
		x->kind = store_column_dup(st, 1);
		x->subject = store_column_dup(st, 2);
		x->function = store_column_dup(st, 3);
		x->truncated = sqlite3_column_int(st, 4);
		x->dest = store_column_dup(st, 5);
		nm.fid = sqlite3_column_int64(st, 6) ? sqlite3_column_int64(st, 6) : ev->function_id;
		nm.fname = x->function ? x->function : ev->function;
		nm.package_id = ev->package_id;
		if (fill_expl(&nm, x, ev) < 0)
			break;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/*
 * Old Go: `moved to heap: x` has no chain; `&x escapes to heap` in the same
 * function (else the same file) has it.
 */
static int borrow_chain(const struct namer *base, struct why_event *we)
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
	rc = store_events(base->s, base->build, &f, &rows, &n, NULL);
	for (size_t i = 0; rc == 0 && i < n && !we->n_expl; i++) {
		if (!rows[i].explanations || rows[i].package_id != ev->package_id)
			continue;
		rc = load_expls(base, &rows[i], &we->expl, &we->n_expl);
		for (size_t j = 0; j < we->n_expl; j++) {
			struct why_expl *x = &we->expl[j];
			sbuf_reset(&subj);
			sbuf_addf(&subj, "%s escapes to heap", rows[i].subject);
			x->via_verdict = xstrdup(subj.buf);
			x->via_file = dup_or_null(rows[i].file);
			x->via_line = rows[i].line;
			x->via_col = rows[i].col;
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
	explain_list_keys(&b, keys, nr);
	free(keys);
	store_events_free(rows, nr);
	return sbuf_detach(&b, NULL);
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
	struct namer base = { 0 };
	size_t n = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	out->build = build;
	if ((rc = build_facts(s, build, out, err)) < 0 ||
	    (rc = target_events(s, build, t, &rows, &n, out, err)) < 0)
		goto out;
	base.s = s;
	base.build = build;
	base.scheme = result_scheme(out->go_version);
	out->ev = xcalloc(n ? n : 1, sizeof(*out->ev));
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct why_event *we = &out->ev[out->n++];
		we->ev = rows[i];
		memset(&rows[i], 0, sizeof(rows[i]));
		rc = load_expls(&base, &we->ev, &we->expl, &we->n_expl);
		if (rc == 0 && !we->n_expl && !strcmp(we->ev.kind, "moved_to_heap"))
			rc = borrow_chain(&base, we);
	}
	if (rc < 0)
		rc = store_db_error(s, err, "cannot read explanations");
out:
	store_events_free(rows, n);
	return rc;
}
