/*
 * graph model:: gmodel_build() on the cases of tests/data/graph/, with no
 * database: model values in, nodes and edges out (tests/data/README.md);
 * and gmodel_select()'s pruning, which must keep whole paths: on a chain
 * whose summaries are worked out by hand, and on random models, where
 * every kept escaping value that reaches the heap must still reach it
 * through kept edges and "n hops" summaries, each summary standing for
 * exactly the hops it drops (checked by a search of the whole graph here,
 * not by the code under test).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "analysis/graph_model.h"
#include "casefile.h"

static const char *kind_name(enum gkind k)
{
	static const char *const names[] = {
		[K_HEAP] = "heap",       [K_PARAM] = "param",     [K_RESULT] = "result",
		[K_LOCAL] = "local",     [K_ALLOC] = "alloc",     [K_CLOSURE] = "closure",
		[K_CALLEE] = "callee",   [K_TEMP] = "temp",       [K_EXPR] = "expr",
	};
	return names[k];
}

static void check(struct case_data *d, struct sbuf *out)
{
	struct loc_namer nm;
	struct gmodel m;
	const struct mfunc *g = &d->funcs[0];

	loc_namer_init(&nm, g, d->go_version, &d->sigs);
	gmodel_build(&m, g, &nm);
	for (size_t i = 0; i < m.n_nodes; i++) {
		const struct gnode *n = &m.nodes[i];
		sbuf_addf(out, "node %s \"%s\"", kind_name(n->kind), n->label);
		if (n->verdict)
			sbuf_addf(out, " verdict=\"%s\"", n->verdict);
		if (n->safe)
			sbuf_addstr(out, " safe");
		sbuf_addch(out, '\n');
	}
	for (size_t i = 0; i < m.n_edges; i++) {
		const struct gedge *e = &m.edges[i];
		sbuf_addf(out, "edge \"%s\" -> \"%s\" ops=\"%s\" why=\"%s\" count=%zu%s%s\n",
			  m.nodes[e->from].label, m.nodes[e->to].label, e->ops,
			  e->why.buf ? e->why.buf : "", e->count, e->verdict ? " verdict" : "",
			  e->inlined ? " inlined" : "");
	}
	gmodel_release(&m);
	loc_namer_release(&nm);
}

static void test_cases(void **state)
{
	size_t n = 0;
	(void)state;
	assert_int_equal(case_run_dir(ESCVIZ_SOURCE_DIR "/tests/data/graph", check, &n), 0);
	assert_true(n >= 4);
}

/* ---- pruning -------------------------------------------------------------- */

/* The name of place n: "v3". */
static char *place(size_t n)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "v%zu", n);
	return xstrdup(buf);
}

/* A verdict `SUBJECT escapes to heap` with id, on g. */
static void add_event(struct mfunc *g, int64_t id, const char *subject)
{
	struct mevent *e = CASE_PUSH(g->events, g->n_events);
	e->id = id;
	e->kind = xstrdup("heap_escape");
	e->subject = xstrdup(subject);
	e->level = -1;
	e->count = 1;
}

/* An explanation of event, to be given flows with add_flow(). */
static struct mexpl *add_expl(struct mfunc *g, int64_t id, int64_t event, const char *subject)
{
	struct mexpl *x = CASE_PUSH(g->expls, g->n_expls);
	x->id = id;
	x->event_id = event;
	x->kind = xstrdup("escape");
	x->subject = xstrdup(subject);
	return x;
}

/* `flow: DST = SRC` with no steps. */
static void add_flow(struct mexpl *x, const char *dst, const char *src)
{
	struct mflow *f = CASE_PUSH(x->flows, x->n_flows);
	f->seq = (int64_t)x->n_flows;
	f->dst = xstrdup(dst);
	f->ops = xstrdup("");
	f->src = xstrdup(src);
}

static size_t node_named(const struct gmodel *m, const char *label)
{
	for (size_t i = 0; i < m->n_nodes; i++)
		if (!strcmp(m->nodes[i].label, label))
			return i;
	fail_msg("no node \"%s\"", label);
	return SIZE_MAX;
}

/* "from->to hops via" of each summary, one a line, via's lines joined by ','. */
static void summaries_text(const struct gmodel *m, struct sbuf *out)
{
	for (size_t i = 0; i < m->n_sums; i++) {
		const struct gsummary *g = &m->sums[i];
		sbuf_addf(out, "%s->%s %zu", m->nodes[g->from].label, m->nodes[g->to].label, g->hops);
		for (const char *p = g->via.buf; p && *p; p++)
			sbuf_addch(out, *p == '\n' ? (p[1] ? ',' : ' ') : *p);
		sbuf_addch(out, '\n');
	}
}

static void kept_text(const struct gmodel *m, struct sbuf *out)
{
	for (size_t i = 0; i < m->n_nodes; i++)
		if (m->nodes[i].keep)
			sbuf_addf(out, "%s ", m->nodes[i].label);
}

/*
 * x escapes to the heap through a, b and c (four flows); y escapes with no
 * explanation (one dashed hop); w1, w4, w5 -> w2 -> w3 is unrelated, and
 * w2 the best-connected place.  Worked out by hand from gmodel_select()'s
 * documented order: the heap, then x and y (verdicts), then a, b, c (on
 * x's path, before w2 for all its edges; a, b, c tie, the earlier first).
 */
static void test_prune_chain(void **state)
{
	static const struct {
		size_t max;
		const char *kept, *sums;
	} want[] = {
		{ 3, "x heap y ", "x->heap 4a,b,c \n" },
		{ 4, "x a heap y ", "a->heap 3b,c \n" },
		{ 5, "x a b heap y ", "b->heap 2c \n" },
		{ 6, "x a b c heap y ", "" },
		{ 0, "x a b c heap w1 w2 w3 w4 w5 y ", "" },
	};
	struct mfunc g = { 0 };
	struct loc_namer nm;
	struct mexpl *x;
	(void)state;

	g.name = xstrdup("f");
	g.package = xstrdup("p");
	add_event(&g, 1, "x");
	add_event(&g, 2, "y");
	x = add_expl(&g, 10, 1, "x");
	add_flow(x, "a", "x");
	add_flow(x, "b", "a");
	add_flow(x, "c", "b");
	add_flow(x, "{heap}", "c");
	x = add_expl(&g, 11, 0, "w1");
	add_flow(x, "w2", "w1");
	add_flow(x, "w3", "w2");
	add_flow(x, "w2", "w4");
	add_flow(x, "w2", "w5");
	loc_namer_init(&nm, &g, "1.22", NULL);
	for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
		struct sbuf kept = SBUF_INIT, sums = SBUF_INIT;
		struct gmodel m;
		gmodel_build(&m, &g, &nm);
		assert_int_equal(m.n_nodes, 11);
		gmodel_select(&m, want[k].max);
		kept_text(&m, &kept);
		summaries_text(&m, &sums);
		assert_string_equal(kept.buf, want[k].kept);
		assert_string_equal(sums.buf ? sums.buf : "", want[k].sums);
		/* the direct edges of the path that are drawn: both ends kept */
		assert_true(m.nodes[node_named(&m, "x")].keep);
		sbuf_release(&kept);
		sbuf_release(&sums);
		gmodel_release(&m);
	}
	loc_namer_release(&nm);
	mfunc_release(&g);
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static size_t rnd(size_t n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (size_t)(rng_state % n);
}

/*
 * Distances from src over the whole model's edges (self-loops aside), each
 * edge 1, or with drawn set over what the diagram draws: edges between kept
 * nodes (1) and summaries (their hops).  Bellman-Ford: small graphs, and
 * nothing shared with the code under test.  SIZE_MAX: unreachable.
 */
static void distances(const struct gmodel *m, size_t src, int drawn, size_t *d)
{
	for (size_t i = 0; i < m->n_nodes; i++)
		d[i] = SIZE_MAX;
	d[src] = 0;
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < m->n_edges; i++) {
			const struct gedge *e = &m->edges[i];
			if (e->from == e->to || d[e->from] == SIZE_MAX)
				continue;
			if (drawn && (!m->nodes[e->from].keep || !m->nodes[e->to].keep))
				continue;
			if (d[e->from] + 1 < d[e->to])
				d[e->to] = d[e->from] + 1, changed = 1;
		}
		for (size_t i = 0; drawn && i < m->n_sums; i++) {
			const struct gsummary *g = &m->sums[i];
			if (d[g->from] != SIZE_MAX && d[g->from] + g->hops < d[g->to])
				d[g->to] = d[g->from] + g->hops, changed = 1;
		}
	}
}

/* The shortest path from a to b whose inner nodes are all left out, in edges. */
static size_t dropped_distance(const struct gmodel *m, size_t a, size_t b)
{
	size_t *d = calloc(m->n_nodes + 1, sizeof(*d)), r;
	for (size_t i = 0; i < m->n_nodes; i++)
		d[i] = SIZE_MAX;
	d[a] = 0;
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < m->n_edges; i++) {
			const struct gedge *e = &m->edges[i];
			if (e->from == e->to || d[e->from] == SIZE_MAX)
				continue;
			if (e->from != a && m->nodes[e->from].keep)
				continue; /* inner nodes only, left out */
			if (d[e->from] + 1 < d[e->to])
				d[e->to] = d[e->from] + 1, changed = 1;
		}
	}
	r = d[b];
	free(d);
	return r;
}

static size_t lines(const struct sbuf *b)
{
	size_t n = 0;
	for (size_t i = 0; i < b->len; i++)
		n += b->buf[i] == '\n';
	return n;
}

/*
 * One random function: places v0..v(n-1); a quarter of them escape, most
 * of those explained by a chain of 1 to 4 flows through random places that
 * usually ends in the heap; and unrelated flows between random places.
 */
static void random_func(struct mfunc *g, size_t places)
{
	size_t flows = places + rnd(places * 2 + 1);
	memset(g, 0, sizeof(*g));
	g->name = xstrdup("f");
	g->package = xstrdup("p");
	for (size_t i = 0; i < places; i++) {
		char *v = place(i), *prev;
		struct mexpl *x;
		if (rnd(4))
			goto next;
		add_event(g, (int64_t)i + 1, v);
		if (!rnd(5))
			goto next; /* unexplained: a dashed edge to the heap */
		x = add_expl(g, (int64_t)i + 1000, (int64_t)i + 1, v);
		prev = xstrdup(v);
		for (size_t k = 0, len = 1 + rnd(4); k < len; k++) {
			char *a = place(rnd(places));
			add_flow(x, a, prev);
			free(prev);
			prev = a;
		}
		if (rnd(6))
			add_flow(x, "{heap}", prev);
		free(prev);
next:
		free(v);
	}
	for (size_t k = 0; k < flows; k++) {
		struct mexpl *x = add_expl(g, (int64_t)(5000 + k), 0, "?");
		char *a = place(rnd(places)), *b = place(rnd(places));
		add_flow(x, a, b);
		free(a);
		free(b);
	}
}

static void check_pruned(const struct gmodel *m, size_t max, size_t *checked)
{
	size_t *full = calloc(m->n_nodes + 1, sizeof(*full));
	size_t *drawn = calloc(m->n_nodes + 1, sizeof(*drawn));
	size_t heap = SIZE_MAX, kept = 0;

	for (size_t i = 0; i < m->n_nodes; i++) {
		if (m->nodes[i].kind == K_HEAP)
			heap = i;
		kept += m->nodes[i].keep && !(m->nodes[i].safe && !m->nodes[i].degree);
	}
	assert_true(!max || kept <= max);
	for (size_t i = 0; i < m->n_sums; i++) {
		const struct gsummary *g = &m->sums[i];
		assert_true(m->nodes[g->from].keep && m->nodes[g->to].keep);
		assert_true(g->hops >= 2);
		/* the hops equal the edges dropped between its two kept ends */
		assert_int_equal(dropped_distance(m, g->from, g->to), g->hops);
		assert_int_equal(lines(&g->via), g->hops - 1);
	}
	for (size_t v = 0; heap != SIZE_MAX && v < m->n_nodes; v++) {
		if (!m->nodes[v].keep || !m->nodes[v].verdict || v == heap)
			continue;
		distances(m, v, 0, full);
		if (full[heap] == SIZE_MAX)
			continue;
		distances(m, v, 1, drawn);
		/* still reaches the heap, every hop of a shortest path accounted for */
		assert_int_equal(drawn[heap], full[heap]);
		(*checked)++;
	}
	free(full);
	free(drawn);
}

static void test_prune_random(void **state)
{
	size_t checked = 0, summaries = 0;
	(void)state;
	for (int round = 0; round < 300; round++) {
		struct mfunc g;
		struct loc_namer nm;
		random_func(&g, 4 + rnd(40));
		loc_namer_init(&nm, &g, "1.22", NULL);
		for (size_t max = 0; max < 50; max += 1 + max / 4) {
			struct gmodel m;
			gmodel_build(&m, &g, &nm);
			gmodel_select(&m, max);
			check_pruned(&m, max, &checked);
			summaries += m.n_sums;
			if (!max || max >= m.n_nodes)
				assert_int_equal(m.n_sums, 0);
			gmodel_release(&m);
		}
		loc_namer_release(&nm);
		mfunc_release(&g);
	}
	/* or the properties were checked on nothing */
	assert_true(checked > 1000);
	assert_true(summaries > 300);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_prune_chain),
		cmocka_unit_test(test_prune_random),
	};
	return cmocka_run_group_tests_name("graph_model", tests, NULL, NULL);
}
