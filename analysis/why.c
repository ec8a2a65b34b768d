/* Why paths in plain words (analysis/why.h). */
#include "analysis/why.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/cause.h"
#include "common/xalloc.h"
#include "model/names.h"

static const struct mfunc *func_by_id(const struct why_result *r, int64_t id)
{
	for (size_t i = 0; id && i < r->n_funcs; i++)
		if (r->funcs[i].id == id)
			return &r->funcs[i];
	return NULL;
}

/*
 * An old chain starts at the verdict's own expression (`&x` is an
 * address-of): the verdict explained, or the one the chain was borrowed
 * from.
 */
static void chain_start(struct mexpl *x, const char *subject, const struct mpos *at)
{
	struct mstep *p;
	x->steps = xrealloc(x->steps, st_mult(x->n_steps + 1, sizeof(*x->steps)));
	memmove(x->steps + 1, x->steps, x->n_steps * sizeof(*x->steps));
	x->n_steps++;
	p = &x->steps[0];
	memset(p, 0, sizeof(*p));
	p->expr = xstrdup(subject ? subject : "");
	p->reason = subject && subject[0] == '&' ? xstrdup("address-of") : NULL;
	p->pos = mpos_dup(at);
	p->from_verdict = 1;
}

/* Where the path ends, in raw and plain words. */
static void name_dest(const struct loc_namer *nm, struct why_expl *w, const struct event_row *ev)
{
	const struct mexpl *x = &w->x;
	const struct mstep *last = x->n_steps ? &x->steps[x->n_steps - 1] : NULL;
	const char *raw;
	if (x->n_flows) {
		w->dest = xstrdup(x->flows[x->n_flows - 1].dst);
		w->dest_name = w->flow_names[x->n_flows - 1].dst
			? xstrdup(w->flow_names[x->n_flows - 1].dst) : NULL;
		return;
	}
	if (x->dest) {
		w->dest = xstrdup(x->dest);
		w->dest_name = loc_name(nm, NULL, x->dest);
		return;
	}
	if (ev->target && !strcmp(ev->kind, "leaking_param_result"))
		raw = ev->target;
	else if (last && !last->from_verdict && w->step_names[x->n_steps - 1])
		raw = last->expr;
	else
		raw = "{heap}";
	w->dest = xstrdup(raw);
	w->dest_name = loc_name(nm, x, raw);
}

static void name_expl(const struct why_result *r, struct why_expl *w, const struct event_row *ev)
{
	struct loc_namer nm;
	struct mexpl *x = &w->x;

	if (!strcmp(x->kind, "chain")) {
		struct mpos at = { ev->file, ev->file ? ev->line : 0, ev->file ? ev->col : 0 };
		if (w->via_verdict)
			chain_start(x, w->via_subject, &w->via);
		else
			chain_start(x, ev->subject, &at);
	}
	loc_namer_init(&nm, func_by_id(r, w->function_id), r->go_version, &r->sigs);
	if (!nm.fname)
		nm.fname = w->function;
	w->flow_names = xcalloc(x->n_flows + 1, sizeof(*w->flow_names));
	for (size_t i = 0; i < x->n_flows; i++) {
		w->flow_names[i].dst = loc_name(&nm, x, x->flows[i].dst);
		w->flow_names[i].src = loc_name(&nm, x, x->flows[i].src);
	}
	w->step_names = xcalloc(x->n_steps + 1, sizeof(*w->step_names));
	for (size_t j = 0; j < x->n_steps; j++)
		if (x->steps[j].expr)
			w->step_names[j] = loc_name(&nm, x, x->steps[j].expr);
	name_dest(&nm, w, ev);
	loc_namer_release(&nm);
}

/* The cause of an escape, move or leak (docs/causes.md), from its paths. */
static void classify(struct why_event *we)
{
	struct cause_acc a;
	if (!cause_classifies(we->ev.kind))
		return;
	cause_start(&a, we->ev.kind, we->ev.subject, we->ev.target);
	for (size_t j = 0; j < we->n_expl; j++)
		cause_feed_mexpl(&a, &we->expl[j].x);
	cause_finish(&a, &we->cause);
	we->has_cause = 1;
}

void why_name(struct why_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->ev[i].n_expl; j++)
			name_expl(r, &r->ev[i].expl[j], &r->ev[i].ev);
		classify(&r->ev[i]);
	}
}
