/* Writers for `escviz ls`, `escviz funcs` and `escviz why`. */
#include "render/render_explain.h"

#include "analysis/cause.h"

#include <jansson.h>
#include <string.h>

#include "common/pos.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

#define C_RED "\033[31m"
#define C_YELLOW "\033[33m"
#define C_GREEN "\033[32m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_RESET "\033[0m"

/* Log text for the terminal (nothing for NULL). */
static void term(struct sbuf *b, const char *s)
{
	if (s)
		sbuf_add_term(b, s, strlen(s));
}

static const char *kind_color(const char *kind)
{
	if (!strcmp(kind, "heap_escape") || !strcmp(kind, "moved_to_heap"))
		return C_RED;
	if (!strncmp(kind, "leaking_", 8))
		return C_YELLOW;
	if (!strcmp(kind, "does_not_escape"))
		return C_GREEN;
	return NULL;
}

void render_verdict(struct sbuf *out, const struct event_row *e)
{
	const char *k = e->kind, *s = e->subject ? e->subject : "";
	if (!strcmp(k, "heap_escape"))
		sbuf_addf(out, "%s escapes to heap", s);
	else if (!strcmp(k, "moved_to_heap"))
		sbuf_addf(out, "moved to heap: %s", s);
	else if (!strcmp(k, "does_not_escape"))
		sbuf_addf(out, "%s does not escape", s);
	else if (!strcmp(k, "leaking_param"))
		sbuf_addf(out, "leaking param: %s", s);
	else if (!strcmp(k, "leaking_param_content"))
		sbuf_addf(out, "leaking param content: %s", s);
	else if (!strcmp(k, "leaking_param_result")) {
		sbuf_addf(out, "leaking param: %s to result %s", s, e->target ? e->target : "?");
		if (e->level >= 0)
			sbuf_addf(out, " level=%lld", (long long)e->level);
	} else if (!strcmp(k, "leaking_closure"))
		sbuf_addf(out, "leaking closure reference %s", s);
	else if (!strcmp(k, "self_assignment"))
		sbuf_addf(out, "ignoring self-assignment in %s", s);
	else if (!strcmp(k, "escaped_content"))
		sbuf_addf(out, "mark escaped content: %s", s);
	else
		sbuf_addf(out, "%s: %s", k, s);
}

/* ---- escviz ls ---------------------------------------------------------- */

static const struct tcol event_cols[] = {
	{ "position", "POSITION", COL_STR, 1, 0, 0 },
	{ "kind", "KIND", COL_STR, 1, 0, 1 },
	{ "cause", "CAUSE", COL_STR, 1, 0, 0 },
	{ "function", "FUNCTION", COL_STR, 1, 0, 0 },
	{ "subject", "SUBJECT", COL_STR, 1, 1, 0 },
	{ "package", "PACKAGE", COL_STR, 0, 0, 0 },
	{ "variant", "VARIANT", COL_STR, 0, 0, 0 },
	{ "file", "FILE", COL_STR, 0, 0, 0 },
	{ "line", "LINE", COL_INT, 0, 0, 0 },
	{ "col", "COL", COL_INT, 0, 0, 0 },
	{ "target", "TARGET", COL_STR, 0, 0, 0 },
	{ "level", "LEVEL", COL_INT, 0, 0, 0 },
	{ "count", "COUNT", COL_INT, 0, 0, 0 },
	{ "attribution", "ATTRIBUTION", COL_STR, 0, 0, 0 },
	{ "explanations", "EXPLANATIONS", COL_INT, 0, 0, 0 },
	{ "causes", "CAUSES", COL_STR, 0, 0, 0 },
	{ "cause_inferred", "CAUSE_INFERRED", COL_BOOL, 0, 0, 0 },
	{ "callee", "CALLEE", COL_STR, 0, 0, 0 },
	{ "alloc_bytes", "BYTES", COL_INT, 0, 0, 0 },     /* shown when profiled */
	{ "alloc_objects", "OBJECTS", COL_INT, 0, 0, 0 },
	{ "function_cpu_cum", "FUNC_CPU_CUM", COL_INT, 0, 0, 0 },
};
#define N_EVENT_COLS (sizeof(event_cols) / sizeof(event_cols[0]))
#define EVENT_COL_BYTES 18

/* cols, with the profile columns from `first` on shown in text when any row has them. */
static struct tcol *profiled_cols(const struct tcol *cols, size_t n, size_t first, int any)
{
	struct tcol *c = xcalloc(n, sizeof(*c));
	memcpy(c, cols, n * sizeof(*c));
	for (size_t i = first; any && i < n; i++)
		c[i].text = 1;
	return c;
}

static struct tcell str_cell(const char *s)
{
	struct tcell c = { s, 0, s == NULL };
	return c;
}

static struct tcell int_cell(int64_t i, int null)
{
	struct tcell c = { NULL, i, null };
	return c;
}

int render_events(FILE *out, const struct event_row *v, size_t n, enum render_format fmt,
		  const struct render_table_opts *o)
{
	struct table t = { NULL, N_EVENT_COLS, n, NULL, NULL };
	char **pos = xcalloc(n + 1, sizeof(*pos));
	struct tcol *cols;
	int rc, any = 0;
	for (size_t r = 0; r < n; r++)
		any |= v[r].alloc_bytes >= 0 || v[r].function_cpu_cum >= 0;
	t.cols = cols = profiled_cols(event_cols, N_EVENT_COLS, EVENT_COL_BYTES, any);
	t.cells = xcalloc((n + 1) * N_EVENT_COLS, sizeof(*t.cells));
	t.row_color = xcalloc(n + 1, sizeof(*t.row_color));
	for (size_t r = 0; r < n; r++) {
		struct tcell *c = &t.cells[r * N_EVENT_COLS];
		struct sbuf p = SBUF_INIT;
		pos_format(&p, v[r].file, v[r].line, v[r].col, "-");
		pos[r] = sbuf_detach(&p, NULL);
		t.row_color[r] = kind_color(v[r].kind);
		c[0] = str_cell(pos[r]);
		c[1] = str_cell(v[r].kind);
		c[2] = str_cell(v[r].cause);
		c[3] = str_cell(v[r].function);
		c[3].shown = model_func_shown(v[r].function);
		c[4] = str_cell(v[r].subject);
		c[5] = str_cell(v[r].package);
		c[6] = str_cell(v[r].variant);
		c[7] = str_cell(v[r].file);
		c[8] = int_cell(v[r].line, 0);
		c[9] = int_cell(v[r].col, 0);
		c[10] = str_cell(v[r].target);
		c[11] = int_cell(v[r].level, v[r].level < 0);
		c[12] = int_cell(v[r].count, 0);
		c[13] = str_cell(v[r].attribution);
		c[14] = int_cell(v[r].explanations, 0);
		c[15] = str_cell(v[r].causes);
		c[16] = int_cell(v[r].cause_inferred, !v[r].cause);
		c[17] = str_cell(v[r].callee);
		c[18] = int_cell(v[r].alloc_bytes, v[r].alloc_bytes < 0);
		c[19] = int_cell(v[r].alloc_objects, v[r].alloc_objects < 0);
		c[20] = int_cell(v[r].function_cpu_cum, v[r].function_cpu_cum < 0);
	}
	rc = render_table(out, &t, fmt, o);
	for (size_t r = 0; r < n; r++)
		free(pos[r]);
	free(pos);
	free(t.cells);
	free(t.row_color);
	free(cols);
	return rc;
}

/* ---- escviz funcs ------------------------------------------------------- */

static const struct tcol func_cols[] = {
	{ "heap_escapes", "HEAP", COL_INT, 1, 0, 0 },
	{ "moved_to_heap", "MOVED", COL_INT, 1, 0, 0 },
	{ "leaking_params", "LEAKS", COL_INT, 1, 0, 0 },
	{ "does_not_escape", "NOESC", COL_INT, 1, 0, 0 },
	{ "inlinable", "INLINE", COL_BOOL, 1, 0, 0 },
	{ "cost", "COST", COL_INT, 1, 0, 0 },
	{ "budget", "BUDGET", COL_INT, 1, 0, 0 },
	{ "inlined_sites", "SITES", COL_INT, 1, 0, 0 },
	{ "function", "FUNCTION", COL_STR, 1, 0, 0 },
	{ "position", "DECLARED", COL_STR, 1, 0, 0 },
	{ "reason", "REASON", COL_STR, 1, 1, 0 },
	{ "package", "PACKAGE", COL_STR, 0, 0, 0 },
	{ "variant", "VARIANT", COL_STR, 0, 0, 0 },
	{ "file", "FILE", COL_STR, 0, 0, 0 },
	{ "line", "LINE", COL_INT, 0, 0, 0 },
	{ "col", "COL", COL_INT, 0, 0, 0 },
	{ "alloc_bytes", "BYTES", COL_INT, 0, 0, 0 },     /* shown when profiled */
	{ "alloc_objects", "OBJECTS", COL_INT, 0, 0, 0 },
	{ "cpu_flat", "CPU_FLAT", COL_INT, 0, 0, 0 },
	{ "cpu_cum", "CPU_CUM", COL_INT, 0, 0, 0 },
};
#define N_FUNC_COLS (sizeof(func_cols) / sizeof(func_cols[0]))
#define FUNC_COL_BYTES 16

static void func_cells(struct tcell *c, const struct func_row *f, const char *pos)
{
	c[0] = int_cell(f->heap_escapes, 0);
	c[1] = int_cell(f->moved_to_heap, 0);
	c[2] = int_cell(f->leaking_params, 0);
	c[3] = int_cell(f->does_not_escape, 0);
	c[4] = int_cell(f->inlinable == 1, f->inlinable < 0);
	c[5] = int_cell(f->cost, f->cost < 0);
	c[6] = int_cell(f->budget, f->budget < 0);
	c[7] = int_cell(f->inlined_sites, 0);
	c[8] = str_cell(f->name);
	c[8].null = f->name == NULL;
	c[8].shown = model_func_shown(f->name);
	c[9] = str_cell(pos);
	c[10] = str_cell(f->reason);
	c[11] = str_cell(f->package);
	c[12] = str_cell(f->variant);
	c[13] = str_cell(f->file);
	c[14] = int_cell(f->line, f->file == NULL);
	c[15] = int_cell(f->col, f->file == NULL);
	c[16] = int_cell(f->alloc_bytes, f->alloc_bytes < 0);
	c[17] = int_cell(f->alloc_objects, f->alloc_objects < 0);
	c[18] = int_cell(f->cpu_flat, f->cpu_flat < 0);
	c[19] = int_cell(f->cpu_cum, f->cpu_cum < 0);
}

int render_funcs(FILE *out, const struct func_row *v, size_t n, enum render_format fmt,
		 const struct render_table_opts *o)
{
	struct table t = { NULL, N_FUNC_COLS, n, NULL, NULL };
	char **pos = xcalloc(n + 1, sizeof(*pos));
	struct tcol *cols;
	int rc, any = 0;
	for (size_t r = 0; r < n; r++)
		any |= v[r].alloc_bytes >= 0 || v[r].cpu_cum >= 0;
	t.cols = cols = profiled_cols(func_cols, N_FUNC_COLS, FUNC_COL_BYTES, any);
	t.cells = xcalloc((n + 1) * N_FUNC_COLS, sizeof(*t.cells));
	for (size_t r = 0; r < n; r++) {
		struct sbuf p = SBUF_INIT;
		if (v[r].file)
			pos_format(&p, v[r].file, v[r].line, v[r].col, "-");
		pos[r] = v[r].file ? sbuf_detach(&p, NULL) : NULL;
		sbuf_release(&p);
		func_cells(&t.cells[r * N_FUNC_COLS], &v[r], pos[r]);
	}
	rc = render_table(out, &t, fmt, o);
	for (size_t r = 0; r < n; r++)
		free(pos[r]);
	free(pos);
	free(t.cells);
	free(cols);
	return rc;
}

/* ---- escviz why: text --------------------------------------------------- */

/* "plain words (raw)" or just raw, terminal-safe. */
static void add_named(struct sbuf *b, const char *name, const char *raw)
{
	term(b, name ? name : raw);
	if (name && raw && strcmp(name, raw) && !strstr(name, raw) && raw[0] != '{') {
		sbuf_addstr(b, " (");
		term(b, raw);
		sbuf_addch(b, ')');
	}
}

static void add_source(struct sbuf *b, const struct mflow *f, const struct why_flow_names *nm)
{
	const char *src_name = nm->src;
	const char *s = src_name ? src_name : f->src;
	if (f->derefs < 0)
		sbuf_addstr(b, "the address of ");
	else if (f->derefs == 1)
		sbuf_addstr(b, "what ");
	term(b, s);
	if (f->derefs == 1)
		sbuf_addstr(b, " points to");
	else if (f->derefs > 1)
		sbuf_addf(b, " dereferenced %lld times", (long long)f->derefs);
	if ((f->ops && *f->ops) ||
	    (src_name && !strstr(src_name, f->src) && f->src[0] != '{')) {
		sbuf_addstr(b, " (");
		term(b, f->ops);
		term(b, f->src);
		sbuf_addch(b, ')');
	}
}

struct step_widths {
	size_t expr, reason;
};

static char *step_expr(const struct mstep *s, const char *name)
{
	struct sbuf b = SBUF_INIT;
	add_named(&b, name, s->expr ? s->expr : "");
	return sbuf_detach(&b, NULL);
}

/* names: the plain words of each step, or NULL for none. */
static void widen(struct step_widths *w, const struct mstep *s, char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *e = step_expr(&s[i], names ? names[i] : NULL);
		size_t we = render_width(e, strlen(e));
		size_t wr = s[i].reason ? render_width(s[i].reason, strlen(s[i].reason)) : 1;
		w->expr = we > w->expr ? (we > 48 ? w->expr : we) : w->expr;
		w->reason = wr > w->reason ? wr : w->reason;
		free(e);
	}
}

static void step_text(struct sbuf *b, const struct mstep *s, const char *name,
		      const struct step_widths *w)
{
	char *e = step_expr(s, name);
	size_t we = render_width(e, strlen(e)), wr;
	struct sbuf r = SBUF_INIT;
	size_t rlen;
	term(&r, s->reason ? s->reason : s->from_verdict ? "(verdict)" : "-");
	wr = render_width(r.buf, r.len);
	rlen = r.len;
	sbuf_addf(b, "    %s%*s  %s%*s  ", e, (int)(we < w->expr ? w->expr - we : 0), "", r.buf,
		  (int)(wr < w->reason ? w->reason - wr : 0), "");
	pos_format(&r, s->pos.file, s->pos.line, s->pos.col, "-");
	term(b, r.buf + rlen);
	while (b->len && b->buf[b->len - 1] == ' ')
		sbuf_setlen(b, b->len - 1);
	sbuf_addch(b, '\n');
	sbuf_release(&r);
	free(e);
}

static void expl_head(struct sbuf *b, const struct why_expl *x, size_t i, size_t n)
{
	sbuf_addf(b, "  path %zu of %zu", i + 1, n);
	if (x->via_verdict) {
		struct sbuf p = SBUF_INIT;
		pos_format(&p, x->via.file, x->via.line, x->via.col, "-");
		sbuf_addstr(b, ", from the chain of '");
		term(b, x->via_verdict);
		sbuf_addstr(b, "' at ");
		term(b, p.buf);
		sbuf_release(&p);
	}
	sbuf_addstr(b, ":\n");
}

static void expl_text(struct sbuf *b, const struct why_expl *w_, size_t i, size_t n)
{
	const struct mexpl *x = &w_->x;
	struct step_widths w = { 1, 1 };
	widen(&w, x->steps, w_->step_names, x->n_steps);
	for (size_t k = 0; k < x->n_flows; k++)
		widen(&w, x->flows[k].steps, NULL, x->flows[k].n_steps);
	expl_head(b, w_, i, n);
	for (size_t k = 0; k < x->n_flows; k++) {
		const struct mflow *f = &x->flows[k];
		for (size_t j = 0; j < f->n_steps; j++)
			step_text(b, &f->steps[j], NULL, &w);
		sbuf_addstr(b, "    -> ");
		add_named(b, w_->flow_names[k].dst, f->dst);
		sbuf_addstr(b, " gets ");
		add_source(b, f, &w_->flow_names[k]);
		sbuf_addch(b, '\n');
	}
	for (size_t j = 0; j < x->n_steps; j++)
		step_text(b, &x->steps[j], w_->step_names[j], &w);
	if (!x->n_flows && w_->dest) {
		sbuf_addstr(b, "    -> ");
		add_named(b, w_->dest_name, w_->dest);
		sbuf_addch(b, '\n');
	}
	if (x->truncated)
		sbuf_addstr(b, "    (the compiler cut this explanation short:"
			    " an assignment cycle, golang.org/issue/35518)\n");
}

/* Kinds the compiler explains at -m=2 (the others never have a path). */
static int has_why(const char *kind)
{
	return !strcmp(kind, "heap_escape") || !strcmp(kind, "moved_to_heap") ||
	       !strncmp(kind, "leaking_param", 13);
}

/* "  cause: callee (passed to keep): ...; also address" and the advice. */
static void cause_text(struct sbuf *b, const struct why_event *we)
{
	const struct cause_result *c = &we->cause;
	enum cause all[CAUSE__COUNT];
	size_t n = cause_order(c->primary, c->causes, all);
	sbuf_addf(b, "  cause%s: %s", c->inferred ? " (inferred from the verdict alone)" : "",
		  cause_name(c->primary));
	if (c->primary == CAUSE_CALLEE && c->callee[0]) {
		sbuf_addstr(b, ", passed to ");
		term(b, c->callee);
		sbuf_addstr(b, ", whose parameter leaks");
	} else {
		sbuf_addstr(b, ": ");
		sbuf_addstr(b, cause_meaning(c->primary));
	}
	for (size_t i = 1; i < n; i++) {
		sbuf_addstr(b, i > 1 ? ", " : "; also ");
		sbuf_addstr(b, cause_name(all[i]));
		if (all[i] == CAUSE_CALLEE && c->callee[0]) {
			sbuf_addstr(b, " (");
			term(b, c->callee);
			sbuf_addch(b, ')');
		}
	}
	sbuf_addstr(b, "\n  what usually helps: ");
	sbuf_addstr(b, cause_advice(c->primary));
	sbuf_addch(b, '\n');
}

static void event_text(struct sbuf *b, const struct why_event *we, int explained,
		       const struct render_table_opts *o)
{
	const struct event_row *e = &we->ev;
	const char *col = o->color ? kind_color(e->kind) : NULL;
	struct sbuf v = SBUF_INIT;
	pos_format(&v, e->file, e->line, e->col, "-");
	term(b, v.buf);
	sbuf_addstr(b, ": ");
	sbuf_reset(&v);
	render_verdict(&v, e);
	sbuf_addf(b, "%s%s", col ? col : "", o->color ? C_BOLD : "");
	term(b, v.buf);
	sbuf_addstr(b, o->color ? C_RESET : "");
	sbuf_addstr(b, "   in ");
	term(b, model_func_shown(e->function));
	sbuf_addch(b, '\n');
	if (e->alloc_bytes >= 0)
		sbuf_addf(b, "  allocated: %lld bytes in %lld objects (the build's heap profiles)\n",
			  (long long)e->alloc_bytes, (long long)e->alloc_objects);
	if (we->has_cause)
		cause_text(b, we);
	for (size_t i = 0; i < we->n_expl; i++)
		expl_text(b, &we->expl[i], i, we->n_expl);
	if (!we->n_expl && explained && has_why(e->kind))
		sbuf_addstr(b, "  (no explanation in the log)\n");
	sbuf_release(&v);
}

int render_why_text(FILE *out, const struct why_result *r, const char *target,
		    const struct render_table_opts *o)
{
	struct sbuf b = SBUF_INIT;
	for (size_t i = 0; i < r->n; i++) {
		if (i)
			sbuf_addch(&b, '\n');
		event_text(&b, &r->ev[i], r->build_explanations > 0, o);
	}
	for (size_t i = 0; !r->n && i < r->n_cut; i++) {
		const struct why_cut *c = &r->cut[i];
		struct sbuf p = SBUF_INIT;
		pos_format(&p, c->file, c->line, c->col, "-");
		term(&b, p.buf);
		sbuf_addstr(&b, ": the explanation of ");
		if (!strcmp(c->kind, "param_leak")) {
			sbuf_addstr(&b, "parameter ");
			term(&b, c->subject);
			sbuf_addstr(&b, " leaking to ");
			term(&b, c->dest ? c->dest : "?");
		} else {
			term(&b, c->subject);
			sbuf_addstr(&b, " escaping to the heap");
		}
		sbuf_addstr(&b, " was cut off: ");
		term(&b, c->input ? c->input : "the input");
		sbuf_addf(&b, " ends at its line %lld, %s, so the verdict and the rest of the"
			  " path are not in build %lld\n", (long long)c->last_line,
			  c->n_flows ? "after a flow with no 'from' step" : "right after the header",
			  (long long)r->build);
		sbuf_release(&p);
	}
	if (!r->n && !r->n_cut) {
		sbuf_addstr(&b, "nothing matched '");
		term(&b, target);
		sbuf_addf(&b, "' in build %lld\n", (long long)r->build);
		if (r->near) {
			sbuf_addstr(&b, "the function's events are about: ");
			term(&b, r->near);
			sbuf_addch(&b, '\n');
		}
	}
	if (r->n && !r->build_explanations)
		sbuf_addf(&b, "\nnote: build %lld has no explanations (%s); rebuild with"
			  " go build -gcflags=-m=2 and ingest that to see why\n", (long long)r->build,
			  r->m_level < 2 ? "its log is -m output, without -m=2"
					 : "its Go release printed none (Go 1.13 prints none at -m=2)");
	fwrite(b.buf, 1, b.len, out);
	sbuf_release(&b);
	return fflush(out) == EOF || ferror(out) ? ESCVIZ_EIO : 0;
}

/* ---- escviz why: JSON --------------------------------------------------- */

static json_t *jpos(const char *file, int64_t line, int64_t col)
{
	struct sbuf p = SBUF_INIT;
	json_t *j;
	if (!file)
		return json_null();
	pos_format(&p, file, line, col, "-");
	j = render_jstr(p.buf);
	sbuf_release(&p);
	return j;
}

static json_t *step_json(const struct mstep *s, const char *name)
{
	json_t *o = json_object();
	const struct mpos *p = &s->pos;
	json_object_set_new(o, "expr", render_jstr(s->expr));
	json_object_set_new(o, "expr_name", render_jstr(name ? name : s->expr));
	json_object_set_new(o, "reason", render_jstr(s->reason));
	json_object_set_new(o, "file", render_jstr(p->file));
	json_object_set_new(o, "line", p->file ? json_integer(p->line) : json_null());
	json_object_set_new(o, "col", p->file ? json_integer(p->col) : json_null());
	json_object_set_new(o, "position", jpos(p->file, p->line, p->col));
	json_object_set_new(o, "from_verdict", json_boolean(s->from_verdict));
	return o;
}

static json_t *steps_json(const struct mstep *s, char *const *names, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, step_json(&s[i], names ? names[i] : NULL));
	return a;
}

static json_t *flow_json(const struct mflow *f, const struct why_flow_names *nm)
{
	json_t *o = json_object();
	json_object_set_new(o, "seq", json_integer(f->seq));
	json_object_set_new(o, "src", render_jstr(f->src));
	json_object_set_new(o, "src_name", render_jstr(nm->src ? nm->src : f->src));
	json_object_set_new(o, "ops", render_jstr(f->ops ? f->ops : ""));
	json_object_set_new(o, "derefs", json_integer(f->derefs));
	json_object_set_new(o, "dst", render_jstr(f->dst));
	json_object_set_new(o, "dst_name", render_jstr(nm->dst ? nm->dst : f->dst));
	json_object_set_new(o, "steps", steps_json(f->steps, NULL, f->n_steps));
	return o;
}

static json_t *via_json(const struct why_expl *x)
{
	json_t *o;
	if (!x->via_verdict)
		return json_null();
	o = json_object();
	json_object_set_new(o, "verdict", render_jstr(x->via_verdict));
	json_object_set_new(o, "file", render_jstr(x->via.file));
	json_object_set_new(o, "line", json_integer(x->via.line));
	json_object_set_new(o, "col", json_integer(x->via.col));
	json_object_set_new(o, "position", jpos(x->via.file, x->via.line, x->via.col));
	return o;
}

static json_t *expl_json(const struct why_expl *w)
{
	const struct mexpl *x = &w->x;
	json_t *o = json_object(), *flows = json_array();
	json_object_set_new(o, "id", json_integer(x->id));
	json_object_set_new(o, "kind", render_jstr(x->kind));
	json_object_set_new(o, "subject", render_jstr(x->subject));
	json_object_set_new(o, "function", render_jstr(w->function));
	json_object_set_new(o, "truncated", json_boolean(x->truncated));
	json_object_set_new(o, "via", via_json(w));
	for (size_t i = 0; i < x->n_flows; i++)
		json_array_append_new(flows, flow_json(&x->flows[i], &w->flow_names[i]));
	json_object_set_new(o, "flows", flows);
	json_object_set_new(o, "chain", steps_json(x->steps, w->step_names, x->n_steps));
	json_object_set_new(o, "destination", render_jstr(w->dest));
	json_object_set_new(o, "destination_name",
			    render_jstr(w->dest_name ? w->dest_name : w->dest));
	return o;
}

static json_t *event_json(const struct why_event *we)
{
	const struct event_row *e = &we->ev;
	json_t *o = json_object(), *a = json_array();
	struct sbuf v = SBUF_INIT;
	render_verdict(&v, e);
	json_object_set_new(o, "package", render_jstr(e->package));
	json_object_set_new(o, "variant", render_jstr(e->variant));
	json_object_set_new(o, "function", render_jstr(e->function));
	json_object_set_new(o, "file", render_jstr(e->file));
	json_object_set_new(o, "line", json_integer(e->line));
	json_object_set_new(o, "col", json_integer(e->col));
	json_object_set_new(o, "position", jpos(e->file, e->line, e->col));
	json_object_set_new(o, "kind", render_jstr(e->kind));
	json_object_set_new(o, "verdict", render_jstr(v.buf));
	json_object_set_new(o, "subject", render_jstr(e->subject));
	json_object_set_new(o, "target", render_jstr(e->target));
	json_object_set_new(o, "level", e->level >= 0 ? json_integer(e->level) : json_null());
	json_object_set_new(o, "count", json_integer(e->count));
	json_object_set_new(o, "attribution", render_jstr(e->attribution));
	json_object_set_new(o, "alloc_bytes",
			    e->alloc_bytes >= 0 ? json_integer(e->alloc_bytes) : json_null());
	json_object_set_new(o, "alloc_objects",
			    e->alloc_objects >= 0 ? json_integer(e->alloc_objects) : json_null());
	if (we->has_cause) {
		const struct cause_result *c = &we->cause;
		json_t *all = json_array();
		enum cause order[CAUSE__COUNT];
		size_t n = cause_order(c->primary, c->causes, order);
		json_object_set_new(o, "cause", json_string(cause_name(c->primary)));
		for (size_t k = 0; k < n; k++)
			json_array_append_new(all, json_string(cause_name(order[k])));
		json_object_set_new(o, "causes", all);
		json_object_set_new(o, "cause_inferred", json_boolean(c->inferred));
		json_object_set_new(o, "callee", c->callee[0] ? render_jstr(c->callee) : json_null());
		json_object_set_new(o, "advice", json_string(cause_advice(c->primary)));
	} else {
		json_object_set_new(o, "cause", json_null());
	}
	for (size_t i = 0; i < we->n_expl; i++)
		json_array_append_new(a, expl_json(&we->expl[i]));
	json_object_set_new(o, "explanations", a);
	sbuf_release(&v);
	return o;
}

int render_why_json(FILE *out, const struct why_result *r, const char *target,
		    enum why_target_kind kind)
{
	static const char *const kinds[] = { "position", "function", "variable" };
	json_t *o = json_object(), *a = json_array();
	json_object_set_new(o, "build", json_integer(r->build));
	json_object_set_new(o, "go_version", render_jstr(r->go_version));
	json_object_set_new(o, "m_level", json_integer(r->m_level));
	json_object_set_new(o, "target", render_jstr(target));
	json_object_set_new(o, "target_kind", json_string(kinds[kind]));
	json_object_set_new(o, "has_explanations", json_boolean(r->build_explanations > 0));
	for (size_t i = 0; i < r->n; i++)
		json_array_append_new(a, event_json(&r->ev[i]));
	json_object_set_new(o, "events", a);
	return render_dump_json(out, o);
}
