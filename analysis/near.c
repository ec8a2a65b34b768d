/* Near misses of the inlining budget (analysis/near.h). */
#include "analysis/near.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"
#include "model/facts.h"

static int cmp_str(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int by_margin(const void *pa, const void *pb)
{
	const struct near_fn *a = pa, *b = pb;
	int c;

	if (a->margin != b->margin)
		return a->margin < b->margin ? -1 : 1;
	if ((c = cmp_str(a->f->package, b->f->package)) ||
	    (c = cmp_str(a->f->variant, b->f->variant)) || (c = cmp_str(a->f->name, b->f->name)))
		return c;
	return (a->f->id > b->f->id) - (a->f->id < b->f->id);
}

static void push(struct near_fn **v, size_t *n, size_t *alloc, const struct func_row *f,
		 int64_t margin, int64_t budget, int printed)
{
	VEC_GROW(*v, *n + 1, *alloc);
	(*v)[(*n)++] = (struct near_fn){ f, margin, budget, printed };
}

void near_budget(const struct func_row *v, size_t n, int64_t within, int64_t printed_budget,
		 struct near_list *l)
{
	size_t a_over = 0, a_head = 0;

	memset(l, 0, sizeof(*l));
	l->within = within;
	l->n_costs = n;
	l->budget_printed = printed_budget > 0;
	l->budget = l->budget_printed ? printed_budget : FACT_DEFAULT_BUDGET;
	for (size_t i = 0; i < n; i++) {
		const struct func_row *f = &v[i];
		if (f->cost < 0)
			continue;
		if (f->inlinable == 0 && f->budget >= 0) {
			int64_t over = f->cost - f->budget;
			if (over > 0 && over <= within)
				push(&l->over, &l->n_over, &a_over, f, over, f->budget, 1);
		} else if (f->inlinable == 1) {
			int64_t room = l->budget - f->cost;
			if (room >= 0 && room <= within)
				push(&l->headroom, &l->n_headroom, &a_head, f, room, l->budget,
				     0);
		}
	}
	if (l->n_over)
		qsort(l->over, l->n_over, sizeof(*l->over), by_margin);
	if (l->n_headroom)
		qsort(l->headroom, l->n_headroom, sizeof(*l->headroom), by_margin);
}

void near_list_release(struct near_list *l)
{
	free(l->over);
	free(l->headroom);
	memset(l, 0, sizeof(*l));
}
