/* The values behind `escviz why` and `escviz ls` (model/why.h). */
#include "model/why.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"

void event_row_release(struct event_row *e)
{
	free(e->package);
	free(e->variant);
	free(e->function);
	free(e->kind);
	free(e->subject);
	free(e->target);
	free(e->file);
	free(e->attribution);
	free(e->causes);
	free(e->callee);
	memset(e, 0, sizeof(*e));
}

void why_expl_release(struct why_expl *x)
{
	for (size_t i = 0; i < x->x.n_flows; i++) {
		free(x->flow_names ? x->flow_names[i].dst : NULL);
		free(x->flow_names ? x->flow_names[i].src : NULL);
	}
	for (size_t i = 0; x->step_names && i < x->x.n_steps; i++)
		free(x->step_names[i]);
	free(x->flow_names);
	free(x->step_names);
	mexpl_release(&x->x);
	free(x->function);
	free(x->dest);
	free(x->dest_name);
	free(x->via_verdict);
	free(x->via_subject);
	mpos_release(&x->via);
	memset(x, 0, sizeof(*x));
}

int why_cut_at_end(const struct why_cut *x)
{
	if (x->input_lines <= 0 || x->last_line != x->input_lines)
		return 0;
	if (!x->n_flows && !x->n_steps)
		return x->line_no == x->last_line; /* a header alone */
	return x->n_flows && x->last_flow_line == x->last_line; /* a flow with no step */
}

void why_result_release(struct why_result *r)
{
	for (size_t i = 0; i < r->n_cut; i++) {
		struct why_cut *c = &r->cut[i];
		free(c->kind);
		free(c->subject);
		free(c->dest);
		free(c->file);
		free(c->input);
	}
	free(r->cut);
	for (size_t i = 0; i < r->n; i++) {
		for (size_t j = 0; j < r->ev[i].n_expl; j++)
			why_expl_release(&r->ev[i].expl[j]);
		free(r->ev[i].expl);
		event_row_release(&r->ev[i].ev);
	}
	for (size_t i = 0; i < r->n_funcs; i++)
		mfunc_release(&r->funcs[i]);
	free(r->funcs);
	sig_table_release(&r->sigs);
	free(r->ev);
	free(r->go_version);
	free(r->matched);
	free(r->near);
	memset(r, 0, sizeof(*r));
}

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

