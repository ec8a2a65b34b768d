/* The domain values: copying and releasing (model/model.h). */
#include "model/model.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"
#include "model/profile.h"

const char *const stats_rank_names[] = { "heap", "bytes", "objects", "cpu", NULL };

const char *const model_event_kinds[] = {
	"heap_escape",     "moved_to_heap",   "does_not_escape",       "leaking_param",
	"leaking_param_content", "leaking_param_result", "leaking_closure",
	"self_assignment", "uintptr",         "escaped_content",       NULL,
};

int model_kind_explainable(const char *kind)
{
	static const char *const k[] = {
		"heap_escape", "moved_to_heap", "leaking_param", "leaking_param_content",
		"leaking_param_result", "leaking_closure", NULL,
	};
	for (size_t i = 0; kind && k[i]; i++)
		if (!strcmp(kind, k[i]))
			return 1;
	return 0;
}

int mpos_same_file(const struct mpos *a, const struct mpos *b)
{
	return a->file && b->file && !strcmp(a->file, b->file);
}

struct mpos mpos_dup(const struct mpos *p)
{
	struct mpos r = { p->file ? xstrdup(p->file) : NULL, p->line, p->col };
	return r;
}

void mpos_release(struct mpos *p)
{
	free(p->file);
	memset(p, 0, sizeof(*p));
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct mstep mstep_dup(const struct mstep *s)
{
	struct mstep r = *s;
	r.expr = dup_or_null(s->expr);
	r.reason = dup_or_null(s->reason);
	r.pos = mpos_dup(&s->pos);
	return r;
}

static struct mstep *steps_dup(const struct mstep *v, size_t n)
{
	struct mstep *r = n ? xcalloc(n, sizeof(*r)) : NULL;
	for (size_t i = 0; i < n; i++)
		r[i] = mstep_dup(&v[i]);
	return r;
}

struct mexpl mexpl_dup(const struct mexpl *x)
{
	struct mexpl r = *x;
	r.kind = dup_or_null(x->kind);
	r.subject = dup_or_null(x->subject);
	r.dest = dup_or_null(x->dest);
	r.steps = steps_dup(x->steps, x->n_steps);
	r.flows = x->n_flows ? xcalloc(x->n_flows, sizeof(*r.flows)) : NULL;
	for (size_t i = 0; i < x->n_flows; i++) {
		const struct mflow *f = &x->flows[i];
		r.flows[i] = *f;
		r.flows[i].dst = dup_or_null(f->dst);
		r.flows[i].ops = dup_or_null(f->ops);
		r.flows[i].src = dup_or_null(f->src);
		r.flows[i].steps = steps_dup(f->steps, f->n_steps);
	}
	return r;
}

void mstep_release(struct mstep *s)
{
	free(s->expr);
	free(s->reason);
	mpos_release(&s->pos);
	memset(s, 0, sizeof(*s));
}

static void steps_free(struct mstep *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		mstep_release(&v[i]);
	free(v);
}

void mflow_release(struct mflow *f)
{
	steps_free(f->steps, f->n_steps);
	free(f->dst);
	free(f->ops);
	free(f->src);
	memset(f, 0, sizeof(*f));
}

void mexpl_release(struct mexpl *x)
{
	for (size_t i = 0; i < x->n_flows; i++)
		mflow_release(&x->flows[i]);
	free(x->flows);
	steps_free(x->steps, x->n_steps);
	free(x->kind);
	free(x->subject);
	free(x->dest);
	memset(x, 0, sizeof(*x));
}

void mevent_release(struct mevent *e)
{
	free(e->kind);
	free(e->subject);
	free(e->target);
	mpos_release(&e->pos);
	memset(e, 0, sizeof(*e));
}

void minline_release(struct minline *c)
{
	free(c->callee);
	free(c->reason);
	mpos_release(&c->pos);
	memset(c, 0, sizeof(*c));
}

void mcapture_release(struct mcapture *c)
{
	free(c->variable);
	mpos_release(&c->pos);
	memset(c, 0, sizeof(*c));
}

void mfunc_release(struct mfunc *g)
{
	for (size_t i = 0; i < g->n_events; i++)
		mevent_release(&g->events[i]);
	for (size_t i = 0; i < g->n_expls; i++)
		mexpl_release(&g->expls[i]);
	for (size_t i = 0; i < g->n_inl; i++)
		minline_release(&g->inl[i]);
	for (size_t i = 0; i < g->n_caps; i++)
		mcapture_release(&g->caps[i]);
	free(g->events);
	free(g->expls);
	free(g->inl);
	free(g->caps);
	free(g->package);
	free(g->variant);
	free(g->pkg_name);
	free(g->name);
	free(g->reason);
	free(g->body);
	mpos_release(&g->pos);
	memset(g, 0, sizeof(*g));
}

void func_row_release(struct func_row *f)
{
	free(f->package);
	free(f->variant);
	free(f->pkg_name);
	free(f->name);
	free(f->file);
	free(f->reason);
	memset(f, 0, sizeof(*f));
}

void build_info_release(struct build_info *b)
{
	free(b->label);
	free(b->commit);
	free(b->go_version);
	free(b->go_version_detected);
	free(b->created);
	free(b->inputs);
	memset(b, 0, sizeof(*b));
}

void build_stats_release(struct build_stats *st)
{
	build_info_release(&st->info);
	for (size_t i = 0; i < st->n_top_packages; i++)
		free(st->top_packages[i].name);
	for (size_t i = 0; i < st->n_top_functions; i++)
		free(st->top_functions[i].name);
	free(st->top_packages);
	free(st->top_functions);
	profile_infos_free(st->profiles, st->n_profiles);
	prof_hot_calls_free(st->hot_calls, st->n_hot_calls);
	free(st->hot_threshold);
	free(st->causes);
	for (size_t i = 0; i < st->n_cause_packages; i++)
		free(st->cause_packages[i].name);
	free(st->cause_packages);
	memset(st, 0, sizeof(*st));
}
