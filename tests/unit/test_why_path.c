/*
 * why path:: why_name() on the cases of tests/data/why/, with no database:
 * verdicts and explanations in, paths in plain words out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "analysis/why.h"
#include "casefile.h"

static const char *or_raw(const char *name, const char *raw)
{
	return name ? name : raw;
}

/* The result store_why() would give for every event of the case. */
static void build_result(struct case_data *d, struct why_result *r)
{
	memset(r, 0, sizeof(*r));
	r->go_version = case_dup(d->go_version);
	r->m_level = 2;
	r->build_explanations = 1;
	r->sigs = d->sigs;
	sig_table_init(&d->sigs);
	r->ev = xcalloc(d->n_events + 1, sizeof(*r->ev));
	for (size_t i = 0; i < d->n_events; i++) {
		const struct mevent *e = &d->events[i];
		struct why_event *we = &r->ev[r->n++];
		const struct mfunc *g = NULL;
		for (size_t k = 0; k < d->n_funcs; k++)
			if (d->funcs[k].id == e->function_id)
				g = &d->funcs[k];
		we->ev.id = e->id;
		we->ev.kind = xstrdup(e->kind);
		we->ev.subject = xstrdup(e->subject);
		we->ev.target = case_dup(e->target);
		we->ev.file = case_dup(e->pos.file);
		we->ev.line = e->pos.line;
		we->ev.col = e->pos.col;
		we->ev.level = e->level;
		we->ev.function_id = e->function_id;
		we->ev.function = g ? xstrdup(g->name) : NULL;
		for (size_t k = 0; g && k < g->n_expls; k++) {
			struct why_expl *x;
			if (g->expls[k].event_id != e->id)
				continue;
			we->expl = xrealloc(we->expl, (we->n_expl + 1) * sizeof(*we->expl));
			x = &we->expl[we->n_expl++];
			memset(x, 0, sizeof(*x));
			x->x = mexpl_dup(&g->expls[k]);
			x->function_id = g->id;
			x->function = xstrdup(g->name);
		}
	}
	r->funcs = d->funcs;
	r->n_funcs = d->n_funcs;
	d->funcs = NULL;
	d->n_funcs = 0;
}

static void check(struct case_data *d, struct sbuf *out)
{
	struct why_result r;
	build_result(d, &r);
	why_name(&r);
	for (size_t i = 0; i < r.n; i++) {
		const struct why_event *we = &r.ev[i];
		sbuf_addf(out, "event %lld %s %s\n", (long long)we->ev.id, we->ev.kind, we->ev.subject);
		for (size_t j = 0; j < we->n_expl; j++) {
			const struct why_expl *w = &we->expl[j];
			sbuf_addstr(out, "  path");
			if (w->via_verdict)
				sbuf_addf(out, " via=\"%s\"", w->via_verdict);
			sbuf_addch(out, '\n');
			for (size_t k = 0; k < w->x.n_flows; k++)
				sbuf_addf(out, "    flow \"%s\" <- \"%s\"\n",
					  or_raw(w->flow_names[k].dst, w->x.flows[k].dst),
					  or_raw(w->flow_names[k].src, w->x.flows[k].src));
			for (size_t k = 0; k < w->x.n_steps; k++) {
				const struct mstep *s = &w->x.steps[k];
				sbuf_addf(out, "    step \"%s\" %s%s\n", or_raw(w->step_names[k], s->expr),
					  s->reason ? s->reason : "-", s->from_verdict ? " verdict" : "");
			}
			sbuf_addf(out, "    dest \"%s\" \"%s\"\n", w->dest ? w->dest : "",
				  or_raw(w->dest_name, w->dest ? w->dest : ""));
		}
	}
	why_result_release(&r);
}

static void test_cases(void **state)
{
	size_t n = 0;
	(void)state;
	assert_int_equal(case_run_dir(ESCVIZ_SOURCE_DIR "/tests/data/why", check, &n), 0);
	assert_true(n >= 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_cases) };
	return cmocka_run_group_tests_name("why_path", tests, NULL, NULL);
}
