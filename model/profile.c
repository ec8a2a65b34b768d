/* Profile facts (model/profile.h). */
#include "model/profile.h"

#include <stdlib.h>

const char *prof_kind_name(enum prof_kind k)
{
	switch (k) {
	case PROF_HEAP: return "heap";
	case PROF_CPU: return "cpu";
	case PROF_OTHER: break;
	}
	return "other";
}

void prof_target_release(struct prof_target *t)
{
	free(t->package);
	free(t->kind);
	free(t->subject);
	free(t->file);
	free(t->function);
}

void prof_func_target_release(struct prof_func_target *t)
{
	free(t->package);
	free(t->name);
	free(t->file);
	free(t->reason);
}

void prof_result_release(struct prof_result *r)
{
	for (size_t i = 0; i < r->nsites; i++) {
		free(r->sites[i].function);
		free(r->sites[i].file);
		free(r->sites[i].at_file);
		free(r->sites[i].allocator);
	}
	for (size_t i = 0; i < r->nfuncs; i++) {
		free(r->funcs[i].function);
		free(r->funcs[i].file);
	}
	for (size_t i = 0; i < r->ncalls; i++) {
		free(r->calls[i].caller);
		free(r->calls[i].file);
		free(r->calls[i].callee);
	}
	free(r->sites);
	free(r->funcs);
	free(r->calls);
	free(r->sample_types);
	free(r->period_type);
}

void prof_hot_call_describe(const struct prof_hot_call *c, struct sbuf *out)
{
	sbuf_addf(out, "hot call to %s not inlined", c->callee);
	if (c->cost >= 0 && c->budget >= 0)
		sbuf_addf(out, ": cost %ld > %ld", c->cost, c->budget);
	else if (c->reason && *c->reason)
		sbuf_addf(out, ": %s", c->reason);
}

void profile_infos_free(struct profile_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].label);
		free(v[i].path);
		free(v[i].kind);
		free(v[i].sample_types);
	}
	free(v);
}

void prof_hot_calls_free(struct prof_hot_call *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].caller);
		free(v[i].file);
		free(v[i].callee);
		free(v[i].reason);
	}
	free(v);
}
