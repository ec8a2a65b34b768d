/*
 * graph model:: gmodel_build() on the cases of tests/data/graph/, with no
 * database: model values in, nodes and edges out (tests/data/README.md).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_cases) };
	return cmocka_run_group_tests_name("graph_model", tests, NULL, NULL);
}
