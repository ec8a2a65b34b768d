/*
 * escviz diff: root causes.  An escape that is new (or gone) because a call
 * became inlined (or stopped being inlined) is grouped under that inlining
 * change (analysis/diff.h, diff_causes()).
 *
 * Why position equality is enough: the compiler prints what it inlined at
 * the position of the outermost call (checked on go1.19, go1.23 and go1.27
 * -m=2 output, testdata/diffx/): `&point{...}` allocated in newPoint's body
 * and inlined into Use at 18:15 is printed "18:15: &point{...} escapes to
 * heap", the position of "18:15: inlining call to newPoint".  An escape the
 * caller makes itself is printed at its own expression, never exactly at a
 * call's position unless it is that call's result.
 */
#include "analysis/diff.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

static int is_caused_kind(enum diff_kind k)
{
	return k == DK_HEAP_ESCAPE || k == DK_MOVED_TO_HEAP || k == DK_LEAKING_PARAM ||
	       k == DK_LEAKING_PARAM_CONTENT || k == DK_LEAKING_PARAM_RESULT;
}

/* The position of it on the side it exists on (added: new, removed: old). */
static const struct mpos *side_pos(const struct diff_item *it)
{
	return it->change == DC_ADDED ? &it->new_pos : &it->old_pos;
}

static int same_place(const struct diff_item *a, const struct diff_item *b)
{
	const struct mpos *p = side_pos(a), *q = side_pos(b);
	return p->file && q->file && !strcmp(p->file, q->file) && p->line == q->line &&
	       p->col == q->col && !strcmp(a->package, b->package) &&
	       !strcmp(a->function, b->function);
}

static int is_inline_change(const struct diff_item *it)
{
	return it->kind == DK_INLINED_CALL && it->change != DC_CHANGED;
}

void diff_cause_message(struct diff_item *it)
{
	struct sbuf b = SBUF_INIT;
	int added = it->change == DC_ADDED;
	free(it->message);
	if (!it->ncaused) {
		sbuf_addf(&b, added ? "call to %s is inlined" : "call to %s is no longer inlined",
			  it->subject);
	} else {
		sbuf_addf(&b, "%s is %s inlined into %s: %zu ", it->subject, added ? "now" : "no longer",
			  *it->function ? it->function : "this function", it->ncaused);
		if (added)
			sbuf_addf(&b, "new escape%s", it->ncaused == 1 ? "" : "s");
		else
			sbuf_addf(&b, "escape%s of its inlined body gone", it->ncaused == 1 ? "" : "s");
	}
	it->message = sbuf_detach(&b, NULL);
}

/*
 * Items are sorted by package, function, position, kind: the escapes of a
 * place and its inlining changes are neighbours.  For each run of items at
 * one (package, function, line, column) the cause of an added (removed)
 * escape is the added (removed) inlined_call of the run printed first.
 */
/* Do a and b sort together (cmp_item in diff_match.c: package, function, line, column)? */
static int same_run(const struct diff_item *a, const struct diff_item *b)
{
	const struct mpos *p = a->new_pos.file ? &a->new_pos : &a->old_pos;
	const struct mpos *q = b->new_pos.file ? &b->new_pos : &b->old_pos;
	return !strcmp(a->package, b->package) && !strcmp(a->function, b->function) &&
	       p->line == q->line && p->col == q->col;
}

void diff_causes(struct diff_result *r)
{
	for (size_t i = 0; i < r->n; i++) {
		r->items[i].cause = 0;
		r->items[i].ncaused = 0;
	}
	for (size_t a = 0, b; a < r->n; a = b) {
		for (b = a + 1; b < r->n && same_run(&r->items[a], &r->items[b]); b++)
			;
		for (size_t i = a; i < b; i++) {
			struct diff_item *it = &r->items[i];
			long best = -1;
			if (!is_caused_kind(it->kind) || it->change == DC_CHANGED || !side_pos(it)->file)
				continue;
			for (size_t j = a; j < b; j++) {
				const struct diff_item *c = &r->items[j];
				if (!is_inline_change(c) || c->change != it->change || !same_place(c, it))
					continue;
				if (best < 0 || c->seq < r->items[best].seq)
					best = (long)j;
			}
			it->cause = best < 0 ? 0 : (size_t)best + 1;
		}
	}
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].cause)
			r->items[r->items[i].cause - 1].ncaused++;
	for (size_t i = 0; i < r->n; i++)
		if (is_inline_change(&r->items[i]))
			diff_cause_message(&r->items[i]);
}

size_t diff_result_keep(struct diff_result *r, const unsigned char *keep)
{
	long *to = xcalloc(r->n + 1, sizeof(*to));
	size_t n = 0, dropped;
	for (size_t i = 0; i < r->n; i++) {
		if (keep[i]) {
			to[i] = (long)n;
			r->items[n++] = r->items[i];
		} else {
			to[i] = -1;
			diff_item_release(&r->items[i]);
		}
	}
	dropped = r->n - n;
	r->n = n;
	for (size_t i = 0; i < r->n; i++) {
		size_t c = r->items[i].cause;
		r->items[i].cause = c && to[c - 1] >= 0 ? (size_t)to[c - 1] + 1 : 0;
		r->items[i].ncaused = 0;
	}
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].cause)
			r->items[r->items[i].cause - 1].ncaused++;
	for (size_t i = 0; i < r->n && dropped; i++)
		if (is_inline_change(&r->items[i]))
			diff_cause_message(&r->items[i]);
	free(to);
	return dropped;
}
