/*
 * Which functions get a page of their own (docs/report.md, "Folded
 * functions").  A reader opens a function's page for what escapes or
 * leaks and for an inlining decision worth a look; a function with none of
 * these is one row of its package page's table, and every link to it
 * (search box, near misses, callees) leads to that row.
 *
 * A page for a function that has:
 *   - a heap escape, a variable moved to the heap, or a leaking parameter
 *     (leaking param, leaking param content, leaking param to result);
 *   - a notable inlining decision: it cannot be inlined for a reason other
 *     than the routine ones, which are "no function body" and "function
 *     too complex: cost C exceeds budget B" (or no reason printed);
 *   - a cost near the inlining budget: it is on a list of near.html
 *     (analysis/near.h: over the budget by at most N, or inlinable within
 *     N of it);
 *   - a hot call to it that was not inlined (the CPU profiles, when the
 *     build has them).
 */
#include "render/render_report_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/strmap.h"
#include "common/xalloc.h"

static int prefix(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

int report_fold_notable(const struct report_function *f)
{
	const char *r = f->reason;

	if (f->inlinable != 0 || !r || !*r)
		return 0;
	if (!strcmp(r, "no function body"))
		return 0;
	if (prefix(r, "function too complex: cost ") && strstr(r, " exceeds budget "))
		return 0;
	return 1;
}

static int by_id(const void *a, const void *b)
{
	int64_t x = ((const struct id_index *)a)->id, y = ((const struct id_index *)b)->id;
	return (x > y) - (x < y);
}

static void mark_id(struct report_ctx *c, const struct id_index *ids, int64_t id)
{
	struct id_index key = { id, 0 };
	const struct id_index *hit = bsearch(&key, ids, c->n_fns, sizeof(*ids), by_id);
	if (hit)
		c->has_page[hit->i] = 1;
}

/* The callees of the hot calls not inlined ("package.name") get pages. */
static void mark_hot(struct report_ctx *c)
{
	const struct report_profiles *p = c->prof;
	struct strmap want = STRMAP_INIT;
	struct sbuf key = SBUF_INIT;
	size_t pkg = 0;
	int64_t v;

	if (!p || !p->n_calls)
		return;
	for (size_t i = 0; i < p->n_calls; i++)
		if (p->calls[i].callee)
			strmap_put(&want, p->calls[i].callee, strlen(p->calls[i].callee), 1);
	for (size_t i = 0; i < c->n_fns; i++) {
		const struct report_function *f = &c->fns[i];
		if (pkg >= c->n_pkgs || c->pkgs[pkg].id != f->package_id)
			for (pkg = 0; pkg < c->n_pkgs && c->pkgs[pkg].id != f->package_id; pkg++)
				;
		if (pkg == c->n_pkgs)
			continue;
		sbuf_reset(&key);
		if (*c->pkgs[pkg].path)
			sbuf_addf(&key, "%s.", c->pkgs[pkg].path);
		sbuf_addstr(&key, f->name);
		if (strmap_get(&want, key.buf, key.len, &v))
			c->has_page[i] = 1;
	}
	sbuf_release(&key);
	strmap_release(&want);
}

void report_fold_init(struct report_ctx *c)
{
	const struct near_list *near = c->src->near;
	struct id_index *ids = xcalloc(c->n_fns + 1, sizeof(*ids));

	c->has_page = xcalloc(c->n_fns + 1, 1);
	for (size_t i = 0; i < c->n_fns; i++) {
		const struct report_function *f = &c->fns[i];
		ids[i] = (struct id_index){ f->id, i };
		c->has_page[i] = c->o->all_pages ||
				 f->c.heap_escapes + f->c.moved_to_heap + f->c.leaking_params > 0 ||
				 report_fold_notable(f);
	}
	qsort(ids, c->n_fns, sizeof(*ids), by_id);
	for (size_t i = 0; near && i < near->n_over; i++)
		mark_id(c, ids, near->over[i].f->id);
	for (size_t i = 0; near && i < near->n_headroom; i++)
		mark_id(c, ids, near->headroom[i].f->id);
	mark_hot(c);
	free(ids);
	c->n_folded = 0;
	for (size_t i = 0; i < c->n_fns; i++)
		c->n_folded += !c->has_page[i];
}
