/* Facts from the rows of an ingested build (model/factrows.h). */
#include "model/factrows.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void fact_copy_occurrence(struct fact *to, const struct fact *f)
{
	*to = *f;
	to->package = xstrdup(f->package);
	to->function = xstrdup(f->function);
	to->subject = xstrdup(f->subject);
	to->detail = dup_or_null(f->detail);
	to->key = xstrdup(f->key);
	to->fkey = xstrdup(f->fkey);
	to->pos.file = dup_or_null(f->pos.file);
	/* no explanation yet: its source gives this occurrence its own */
	to->steps = NULL;
	to->nsteps = to->steps_alloc = 0;
	to->nlines = 0;
	to->lines_hash[0] = to->lines_hash[1] = 0;
	to->next_begins = 0;
	to->loader = NULL;
	to->refs = NULL;
	to->nrefs = to->refs_alloc = 0;
	to->peer = NULL;
}

void factset_add_occurrences(struct factset *fs, size_t first)
{
	for (long k = 1; k < fs->v[first].count; k++) {
		VEC_GROW(fs->v, fs->n + 1, fs->alloc);
		fact_copy_occurrence(&fs->v[fs->n], &fs->v[first]);
		fs->n++;
	}
}

long fact_expl_occurrence(struct fact_expl_cursor *c, int64_t ev, int64_t x, long count)
{
	if (ev != c->last_ev)
		c->nth = 0;
	else if (x != c->last_x && c->nth + 1 < count)
		c->nth++;
	c->last_ev = ev;
	c->last_x = x;
	return (long)c->nth;
}

void fact_chain_flow(struct fact *f, struct sbuf *t, struct span dst, struct span ops,
		     struct span src)
{
	struct mpos none = { NULL, 0, 0 };
	sbuf_reset(t);
	sbuf_addstr(t, "flow: ");
	sbuf_add(t, dst.p, dst.n);
	sbuf_addstr(t, " = ");
	sbuf_add(t, ops.p, ops.n);
	sbuf_add(t, src.p, src.n);
	fact_chain_line(f, t->buf, &none);
}

void fact_chain_step(struct fact *f, struct sbuf *t, struct span expr, struct span reason,
		     int has_reason, const char *file, long line, long col)
{
	struct mpos at = { NULL, 0, 0 };
	sbuf_reset(t);
	sbuf_addstr(t, "from ");
	sbuf_add(t, expr.p, expr.n);
	sbuf_addstr(t, " (");
	if (has_reason)
		sbuf_add(t, reason.p, reason.n);
	else
		sbuf_addch(t, '?');
	sbuf_addch(t, ')');
	if (file) {
		at.file = (char *)file;
		at.line = line;
		at.col = col;
	}
	fact_chain_line(f, t->buf, &at);
}

void fact_count_flow(struct fact *f, struct span dst, struct span ops, struct span src)
{
	struct span parts[] = { { "flow: ", 6 }, dst, { " = ", 3 }, ops, src };
	fact_chain_count_parts(f, parts, sizeof(parts) / sizeof(parts[0]));
}

void fact_count_step(struct fact *f, struct span expr, struct span reason, int has_reason)
{
	struct span parts[] = { { "from ", 5 }, expr, { " (", 2 },
				has_reason ? reason : (struct span){ "?", 1 }, { ")", 1 } };
	fact_chain_count_parts(f, parts, sizeof(parts) / sizeof(parts[0]));
}

enum diff_kind fact_kind_of(const char *k)
{
	int d = diff_kind_parse(k);
	return d < 0 ? DK_HEAP_ESCAPE : (enum diff_kind)d;
}
