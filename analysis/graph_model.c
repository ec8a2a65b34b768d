/*
 * From one function's rows to the diagram's nodes and edges.
 *
 * The compiler names locations in its own way: `{heap}`, `~r0` (result 0),
 * `{storage for X}` (the allocation of X), `{storage for func literal}`
 * (a closure), `{temp}`; anything else is a variable, or in old chains an
 * expression.  Parameters and results are named by model/names.h, the
 * same words `escviz why` uses.  A step whose reason is `call
 * parameter` means the value went through a parameter of the called
 * function, which becomes a node of its own between source and
 * destination.
 */
#include "analysis/graph_model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/pos.h"
#include "common/xalloc.h"

static int has_prefix(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

/* result: the words for key when it is a result (node_words()), else NULL. */
static enum gkind classify(const struct gmodel *m, const char *key, const char *result,
			   struct sbuf *label)
{
	size_t n = strlen(key);

	if (!strcmp(key, "{heap}"))
		return sbuf_addstr(label, "heap"), K_HEAP;
	if (!strcmp(key, "{storage for func literal}"))
		return sbuf_addstr(label, "func literal"), K_CLOSURE;
	if (has_prefix(key, "{storage for ") && n > 14) {
		sbuf_add(label, key + 1, n - 2);
		return K_ALLOC;
	}
	if (!strcmp(key, "{temp}") || has_prefix(key, ".autotmp"))
		return sbuf_addstr(label, key), K_TEMP;
	if (result)
		return sbuf_addstr(label, result), K_RESULT;
	sbuf_addstr(label, key);
	if (loc_is_param(m->nm, key))
		return K_PARAM;
	if (has_prefix(key, "make(") || has_prefix(key, "new(") || strstr(key, "literal") ||
	    strstr(key, "{...}") || (key[0] == '&' && strchr(key, '{')))
		return K_ALLOC;
	if (has_prefix(key, "func literal"))
		return K_CLOSURE;
	if (strpbrk(key, "()[]{}&*+ \"'"))
		return K_EXPR;
	return K_LOCAL;
}

/*
 * The node of location name.  Its identity is the name, except that a
 * result is told apart by what it is the result of (`~r0` of the function
 * itself and `~r0` of an inlined callee are two places): its key is its
 * words.
 */
static size_t node(struct gmodel *m, const char *name)
{
	struct sbuf label = SBUF_INIT, key = SBUF_INIT;
	char *result = loc_is_result(name) ? loc_short_name(m->nm, m->cur, name) : NULL;
	struct gnode *nd;
	int64_t v;
	size_t i;

	if (result)
		sbuf_addf(&key, "\002%s", result);
	else
		sbuf_addstr(&key, name);
	if (strmap_get(&m->node_ids, key.buf, key.len, &v)) {
		i = (size_t)v;
	} else {
		VEC_GROW(m->nodes, m->n_nodes + 1, m->a_nodes);
		nd = &m->nodes[m->n_nodes];
		memset(nd, 0, sizeof(*nd));
		nd->kind = classify(m, name, result, &label);
		nd->label = sbuf_detach(&label, NULL);
		strmap_put(&m->node_ids, key.buf, key.len, (int64_t)m->n_nodes);
		i = m->n_nodes++;
	}
	free(result);
	sbuf_release(&key);
	return i;
}

/* A callee's parameter node, named after the call in expr ("f(x)", "(*T).m(t, x)"). */
static size_t callee_node(struct gmodel *m, const char *expr)
{
	struct sbuf key = SBUF_INIT;
	size_t i;

	sbuf_addstr(&key, "\001callee ");
	sbuf_add(&key, expr, model_call_callee(expr));
	i = node(m, key.buf);
	if (m->nodes[i].kind != K_CALLEE) {
		free(m->nodes[i].label);
		m->nodes[i].kind = K_CALLEE;
		m->nodes[i].label = xstrdup(key.buf + 8);
		sbuf_reset(&key);
		sbuf_addf(&key, "parameter of %s", m->nodes[i].label);
		free(m->nodes[i].label);
		m->nodes[i].label = sbuf_detach(&key, NULL);
	}
	sbuf_release(&key);
	return i;
}

static int has_token(const struct sbuf *list, const char *tok)
{
	size_t n = strlen(tok);
	for (const char *p = list->buf; (p = strstr(p, tok)); p += n)
		if ((p == list->buf || p[-1] == ' ') && (p[n] == ',' || !p[n]))
			return 1;
	return 0;
}

static struct gedge *edge(struct gmodel *m, size_t from, size_t to)
{
	char key[64];
	struct gedge *e;
	int64_t v;
	int n = snprintf(key, sizeof(key), "%zu>%zu", from, to);

	if (strmap_get(&m->edge_ids, key, (size_t)n, &v))
		return &m->edges[v];
	VEC_GROW(m->edges, m->n_edges + 1, m->a_edges);
	e = &m->edges[m->n_edges];
	memset(e, 0, sizeof(*e));
	e->from = from;
	e->to = to;
	e->why = (struct sbuf)SBUF_INIT;
	e->tip = (struct sbuf)SBUF_INIT;
	m->nodes[from].degree++;
	m->nodes[to].degree++;
	strmap_put(&m->edge_ids, key, (size_t)n, (int64_t)m->n_edges);
	return &m->edges[m->n_edges++];
}

static void add_reason(struct gedge *e, const char *why)
{
	if (!why || !*why || has_token(&e->why, why))
		return;
	if (e->why.len)
		sbuf_addstr(&e->why, ", ");
	sbuf_addstr(&e->why, why);
}

static void add_step_tip(struct gedge *e, const struct mstep *s)
{
	sbuf_addf(&e->tip, "%s (%s)", s->expr, s->reason ? s->reason : "?");
	if (mpos_known(&s->pos)) {
		sbuf_addstr(&e->tip, " at ");
		pos_format(&e->tip, s->pos.file, s->pos.line, s->pos.col, NULL);
	}
	sbuf_addch(&e->tip, '\n');
}

static int at_inlined_call(const struct mfunc *g, const struct mpos *p)
{
	for (size_t i = 0; i < g->n_inl; i++) {
		const struct mpos *c = &g->inl[i].pos;
		if (g->inl[i].inlined && c->line == p->line && c->line &&
		    (!c->col || !p->col || c->col == p->col) && mpos_same_file(c, p))
			return 1;
	}
	return 0;
}

static void set_ops(struct gedge *e, const char *ops)
{
	if (strlen(ops) > strlen(e->ops) && strlen(ops) < sizeof(e->ops))
		memcpy(e->ops, ops, strlen(ops) + 1);
}

/* Steps [from, to) of f explain edge e. */
static void steps_into(const struct mfunc *g, struct gedge *e,
		       const struct mstep *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		add_reason(e, s[i].reason);
		add_step_tip(e, &s[i]);
		if (at_inlined_call(g, &s[i].pos))
			e->inlined = 1;
	}
}

static void add_flow(struct gmodel *m, const struct mfunc *g, const struct mflow *f)
{
	size_t src = node(m, *f->src ? f->src : "?"), dst = node(m, f->dst), call = f->n_steps;
	struct gedge *e;

	for (size_t i = 0; i < f->n_steps; i++)
		if (f->steps[i].reason && !strcmp(f->steps[i].reason, "call parameter")) {
			call = i;
			break;
		}
	if (call < f->n_steps) {
		size_t mid = callee_node(m, f->steps[call].expr);
		e = edge(m, src, mid);
		set_ops(e, f->ops);
		steps_into(g, e, f->steps, 0, call + 1);
		e->count++;
		src = mid;
		e = edge(m, src, dst);
		steps_into(g, e, f->steps, call + 1, f->n_steps);
		if (!e->why.len)
			add_reason(e, "leaks");
	} else {
		e = edge(m, src, dst);
		set_ops(e, f->ops);
		steps_into(g, e, f->steps, 0, f->n_steps);
	}
	e->count++;
}

static const struct mevent *event_of(const struct mfunc *g, int64_t id)
{
	for (size_t i = 0; i < g->n_events; i++)
		if (g->events[i].id == id)
			return &g->events[i];
	return NULL;
}

/* Old chains: the subject, then each step's expression, then the heap. */
static void add_chain(struct gmodel *m, const struct mfunc *g, const struct mexpl *x)
{
	const struct mevent *ev = event_of(g, x->event_id);
	size_t prev = node(m, ev && *ev->subject ? ev->subject : "?");
	struct gedge *last = NULL;

	for (size_t i = 0; i < x->n_steps; i++) {
		size_t next = node(m, x->steps[i].expr);
		if (next != prev) {
			last = edge(m, prev, next);
			last->count++;
		}
		if (last)
			steps_into(g, last, x->steps, i, i + 1);
		prev = next;
	}
	if (ev && strcmp(ev->kind, "does_not_escape") && m->nodes[prev].kind != K_HEAP) {
		last = edge(m, prev, node(m, "{heap}"));
		add_reason(last, "to the heap");
		last->count++;
	}
}

static int explained(const struct mfunc *g, int64_t event)
{
	for (size_t i = 0; i < g->n_expls; i++)
		if (g->expls[i].event_id == event &&
		    (g->expls[i].n_flows || g->expls[i].n_steps))
			return 1;
	return 0;
}

static const char *verdict_text(const char *kind)
{
	static const char *const k[][2] = {
		{ "heap_escape", "escapes to heap" },
		{ "moved_to_heap", "moved to heap" },
		{ "leaking_param", "leaks" },
		{ "leaking_param_content", "content leaks" },
		{ "leaking_param_result", "leaks to result" },
		{ "leaking_closure", "closure reference leaks" },
		{ "escaped_content", "content escapes" },
	};
	for (size_t i = 0; i < sizeof(k) / sizeof(k[0]); i++)
		if (!strcmp(kind, k[i][0]))
			return k[i][1];
	return NULL;
}

/* The node a verdict is about: its allocation site when one is drawn. */
static size_t verdict_node(struct gmodel *m, const struct mevent *ev)
{
	struct sbuf key = SBUF_INIT;
	int64_t v;
	size_t i;

	sbuf_addf(&key, "{storage for %s}", ev->subject);
	if (!strcmp(ev->kind, "heap_escape") && strmap_get(&m->node_ids, key.buf, key.len, &v))
		i = (size_t)v;
	else
		i = node(m, *ev->subject ? ev->subject : "?");
	sbuf_release(&key);
	return i;
}

static void add_verdict(struct gmodel *m, const struct mfunc *g, const struct mevent *ev)
{
	const char *text = verdict_text(ev->kind);
	struct gedge *e;
	size_t n;

	if (!strcmp(ev->kind, "does_not_escape")) {
		n = node(m, *ev->subject ? ev->subject : "?");
		m->nodes[n].safe = !m->nodes[n].verdict;
		return;
	}
	if (!text)
		return;
	n = verdict_node(m, ev);
	if (!strcmp(ev->kind, "leaking_param_result")) {
		e = edge(m, n, node(m, ev->target ? ev->target : "?"));
	} else {
		m->nodes[n].verdict = text;
		m->nodes[n].safe = 0;
		if (explained(g, ev->id))
			return;
		e = edge(m, n, node(m, "{heap}"));
		if (!strcmp(ev->kind, "leaking_param_content"))
			set_ops(e, "*");
	}
	add_reason(e, text);
	e->verdict = !e->count;
	e->count++;
}

static void add_extras(struct gmodel *m, const struct mfunc *g)
{
	for (size_t i = 0; i < g->n_caps; i++) {
		struct gedge *e = edge(m, node(m, g->caps[i].variable),
				       node(m, "{storage for func literal}"));
		add_reason(e, g->caps[i].by_ref ? "captured by ref" : "captured by value");
		e->count++;
	}
	for (size_t i = 0; i < g->n_inl; i++) {
		const struct minline *c = &g->inl[i];
		if (c->inlined)
			sbuf_addf(&m->inlined, "inlined %s at line %lld\n", c->callee,
				  (long long)c->pos.line);
		else
			sbuf_addf(&m->inlined, "not inlined %s at line %lld: %s\n", c->callee,
				  (long long)c->pos.line, c->reason ? c->reason : "?");
		m->n_inlined++;
	}
}

void gmodel_build(struct gmodel *m, const struct mfunc *g, const struct loc_namer *nm)
{
	memset(m, 0, sizeof(*m));
	m->inlined = (struct sbuf)SBUF_INIT;
	m->nm = nm;
	for (size_t i = 0; i < g->n_expls; i++) {
		const struct mexpl *x = &g->expls[i];
		m->cur = x;
		for (size_t j = 0; j < x->n_flows; j++)
			add_flow(m, g, &x->flows[j]);
		if (!x->n_flows && x->n_steps)
			add_chain(m, g, x);
	}
	m->cur = NULL;
	for (size_t i = 0; i < g->n_events; i++)
		add_verdict(m, g, &g->events[i]);
	add_extras(m, g);
}

static double score(const struct gnode *n)
{
	if (n->kind == K_HEAP)
		return 1e12;
	return (n->verdict ? 1e9 : 0) + (n->kind == K_PARAM || n->kind == K_RESULT ? 1e6 : 0) +
	       (double)n->degree * 10 + (n->safe ? 0 : 1);
}

static const struct gmodel *sort_model; /* qsort has no context argument */
static const double *sort_bonus;         /* per node, added to score(); or NULL */

static double ranked(size_t i)
{
	return score(&sort_model->nodes[i]) + (sort_bonus ? sort_bonus[i] : 0);
}

static int by_score(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	double sx = ranked(x), sy = ranked(y);
	if (sx != sy)
		return sx < sy ? 1 : -1;
	return x < y ? -1 : x > y;
}

/* The edges out of each node, in edge order (compressed rows). */
struct adjacency {
	size_t *first; /* n_nodes + 1 */
	size_t *to;
};

static void adjacency_build(const struct gmodel *m, struct adjacency *a)
{
	size_t *fill = xcalloc(m->n_nodes + 1, sizeof(*fill));

	a->first = xcalloc(m->n_nodes + 2, sizeof(*a->first));
	a->to = xcalloc(m->n_edges + 1, sizeof(*a->to));
	for (size_t i = 0; i < m->n_edges; i++)
		if (m->edges[i].from != m->edges[i].to)
			a->first[m->edges[i].from + 1]++;
	for (size_t i = 0; i < m->n_nodes; i++)
		a->first[i + 1] += a->first[i];
	for (size_t i = 0; i < m->n_edges; i++) {
		const struct gedge *e = &m->edges[i];
		if (e->from != e->to)
			a->to[a->first[e->from] + fill[e->from]++] = e->to;
	}
	free(fill);
}

static void adjacency_release(struct adjacency *a)
{
	free(a->first);
	free(a->to);
}

/*
 * The shortest path from src to dst along the edges (breadth first, edges
 * in creation order, so the same model gives the same path): its nodes
 * from src to dst into path (n_nodes of room); returns their number, 0
 * when dst cannot be reached.
 */
static size_t shortest_path(const struct gmodel *m, const struct adjacency *a, size_t src,
			    size_t dst, size_t *path)
{
	size_t *prev = xmalloc(st_mult(m->n_nodes + 1, sizeof(*prev)));
	size_t *queue = xmalloc(st_mult(m->n_nodes + 1, sizeof(*queue)));
	size_t head = 0, tail = 0, n = 0;

	for (size_t i = 0; i < m->n_nodes; i++)
		prev[i] = SIZE_MAX;
	prev[src] = src;
	queue[tail++] = src;
	while (head < tail && prev[dst] == SIZE_MAX) {
		size_t v = queue[head++];
		for (size_t k = a->first[v]; k < a->first[v + 1]; k++)
			if (prev[a->to[k]] == SIZE_MAX) {
				prev[a->to[k]] = v;
				queue[tail++] = a->to[k];
			}
	}
	if (prev[dst] != SIZE_MAX) {
		for (size_t v = dst; v != src; v = prev[v])
			path[n++] = v;
		path[n++] = src;
		for (size_t i = 0; i < n / 2; i++) {
			size_t t = path[i];
			path[i] = path[n - 1 - i];
			path[n - 1 - i] = t;
		}
	}
	free(prev);
	free(queue);
	return n;
}

static size_t heap_node(const struct gmodel *m)
{
	for (size_t i = 0; i < m->n_nodes; i++)
		if (m->nodes[i].kind == K_HEAP)
			return i;
	return SIZE_MAX;
}

static int summarised(const struct gmodel *m, size_t from, size_t to)
{
	for (size_t i = 0; i < m->n_sums; i++)
		if (m->sums[i].from == from && m->sums[i].to == to)
			return 1;
	return 0;
}

/*
 * The runs of left-out places on path[0..n): one summary each.  A run
 * between two kept places lies on a shortest path, so it is a shortest
 * path between them: two paths through the same pair give the same hops,
 * and the first one's places are kept as its "via".
 */
static void summarise(struct gmodel *m, const size_t *path, size_t n)
{
	size_t last = 0;

	for (size_t i = 1; i < n; i++) {
		struct gsummary *g;
		if (!m->nodes[path[i]].keep)
			continue;
		if (i - last > 1 && !summarised(m, path[last], path[i])) {
			VEC_GROW(m->sums, m->n_sums + 1, m->a_sums);
			g = &m->sums[m->n_sums++];
			g->from = path[last];
			g->to = path[i];
			g->hops = i - last;
			g->via = (struct sbuf)SBUF_INIT;
			for (size_t k = last + 1; k < i; k++)
				sbuf_addf(&g->via, "%s\n", m->nodes[path[k]].label);
		}
		last = i;
	}
}

/*
 * Places that do not escape and take part in no flow are listed in a note,
 * which costs the layout nothing: they are always kept and not counted.
 */
void gmodel_select(struct gmodel *m, size_t max)
{
	size_t *order = xmalloc(st_mult(m->n_nodes + 1, sizeof(*order))), n = 0;
	size_t *path = xmalloc(st_mult(m->n_nodes + 1, sizeof(*path)));
	double *bonus = xcalloc(m->n_nodes + 1, sizeof(*bonus));
	size_t heap = heap_node(m), top;
	struct adjacency a;

	for (size_t i = 0; i < m->n_sums; i++)
		sbuf_release(&m->sums[i].via);
	m->n_sums = 0;
	for (size_t i = 0; i < m->n_nodes; i++) {
		m->nodes[i].keep = 1;
		if (!(m->nodes[i].safe && !m->nodes[i].degree))
			order[n++] = i;
	}
	if (!max || max >= n)
		goto out;
	sort_model = m;
	sort_bonus = NULL;
	qsort(order, n, sizeof(*order), by_score);
	adjacency_build(m, &a);
	/*
	 * The escaping values among the first max stay whatever the bonus
	 * (it never lifts a place above the verdicts' tier); the places on
	 * their paths to the heap come next, the more paths the sooner.
	 */
	for (size_t i = 0; heap != SIZE_MAX && i < max; i++) {
		size_t len;
		if (!m->nodes[order[i]].verdict || order[i] == heap)
			continue;
		len = shortest_path(m, &a, order[i], heap, path);
		for (size_t k = 1; k + 1 < len; k++)
			if (!m->nodes[path[k]].verdict)
				bonus[path[k]] += bonus[path[k]] ? 1e3 : 1e7 + 1e3;
	}
	sort_bonus = bonus;
	qsort(order, n, sizeof(*order), by_score);
	sort_bonus = NULL;
	for (size_t i = max; i < n; i++)
		m->nodes[order[i]].keep = 0;
	top = max;
	for (size_t i = 0; heap != SIZE_MAX && i < top; i++)
		if (m->nodes[order[i]].verdict && order[i] != heap)
			summarise(m, path, shortest_path(m, &a, order[i], heap, path));
	adjacency_release(&a);
out:
	free(bonus);
	free(path);
	free(order);
}

void gmodel_release(struct gmodel *m)
{
	for (size_t i = 0; i < m->n_nodes; i++)
		free(m->nodes[i].label);
	for (size_t i = 0; i < m->n_edges; i++) {
		sbuf_release(&m->edges[i].why);
		sbuf_release(&m->edges[i].tip);
	}
	free(m->nodes);
	free(m->edges);
	strmap_release(&m->node_ids);
	strmap_release(&m->edge_ids);
	sbuf_release(&m->inlined);
	for (size_t i = 0; i < m->n_sums; i++)
		sbuf_release(&m->sums[i].via);
	free(m->sums);
	memset(m, 0, sizeof(*m));
}
