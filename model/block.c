/*
 * In-memory linking and attribution of one package block (model/block.h).
 *
 * Linking rules (the same as the fallback UPDATEs in store_ingest.c):
 *  - "x escapes to heap:" explains "x escapes to heap" or "moved to heap: x"
 *    at the same position; 1.26+ "append(...) escapes to heap in F:"
 *    explains the verdict "append escapes to heap";
 *  - "parameter p leaks to D with derefs=N:" explains, in order of
 *    preference, "leaking param: p to result D", the leak of the same depth
 *    ("leaking param: p" for 0, "leaking param content: p" above), then any
 *    leak of p at that position.
 * Placement (block_resolve): the extent of the function containing the
 * position when the source is at hand; else the function the compiler
 * named (the row's own, or for an event that of its explanation); else, at
 * -m=2 only, the nearest declaration at or above its position in the same
 * file; else unknown.  Closures never own lines by declaration: where they
 * end is not printed (the store does not even add them as decls).
 */
#include "model/block.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

#define ARENA_CHUNK (256u << 10)

static char *arena_alloc(struct arena *a, size_t n)
{
	char *p;
	if (n > a->left) {
		size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
		VEC_GROW(a->chunks, a->n + 1, a->alloc);
		a->chunks[a->n++] = a->cur = xmalloc(size);
		a->left = size;
	}
	p = a->cur;
	a->cur += n;
	a->left -= n;
	return p;
}

static void arena_clear(struct arena *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->chunks[i]);
	a->n = 0;
	a->cur = NULL;
	a->left = 0;
}

void block_init(struct block *b)
{
	memset(b, 0, sizeof(*b));
	sbuf_init(&b->key);
}

void block_clear(struct block *b, int keep_decls)
{
	arena_clear(&b->mem);
	b->nev = b->nex = b->ncalls = b->ndv = 0;
	if (!keep_decls) {
		b->ndecl = 0;
		b->decls_sorted = 1;
	}
	strmap_clear(&b->evkey);
}

void block_release(struct block *b)
{
	block_clear(b, 0);
	free(b->mem.chunks);
	free(b->ev);
	free(b->ex);
	free(b->calls);
	free(b->dv);
	free(b->decls);
	strmap_release(&b->evkey);
	sbuf_release(&b->key);
	memset(b, 0, sizeof(*b));
}

int block_full(const struct block *b)
{
	return b->nev + b->nex + b->ncalls + b->ndv >= BLOCK_MAX_ROWS;
}

struct span block_dup(struct block *b, struct span s)
{
	struct span out = { "", 0 };
	char *p;
	if (!s.n)
		return out;
	p = arena_alloc(&b->mem, s.n);
	memcpy(p, s.p, s.n);
	out.p = p;
	out.n = s.n;
	return out;
}

/* The identity of an event: kind, subject, target and position. */
static void event_key(struct sbuf *k, const char *kind, struct span subject,
		      struct span target, int64_t file_id, long line, long col)
{
	sbuf_reset(k);
	sbuf_addstr(k, kind);
	sbuf_addch(k, 0);
	sbuf_add(k, subject.p, subject.n);
	sbuf_addch(k, 0);
	sbuf_add(k, target.p, target.n);
	sbuf_addch(k, 0);
	sbuf_add(k, &file_id, sizeof(file_id));
	sbuf_add(k, &line, sizeof(line));
	sbuf_add(k, &col, sizeof(col));
}

static long find_event(struct block *b, const char *kind, struct span subject,
		       struct span target, int64_t file_id, long line, long col)
{
	int64_t i;
	event_key(&b->key, kind, subject, target, file_id, line, col);
	return strmap_get(&b->evkey, b->key.buf, b->key.len, &i) ? (long)i : -1;
}

size_t block_add_event(struct block *b, const struct pend_event *e)
{
	long i = find_event(b, e->kind, e->subject, e->target, e->file_id, e->line, e->col);
	struct pend_event *n;
	if (i >= 0) {
		b->ev[i].count++;
		return (size_t)i;
	}
	strmap_put(&b->evkey, b->key.buf, b->key.len, (int64_t)b->nev);
	VEC_GROW(b->ev, b->nev + 1, b->aev);
	n = &b->ev[b->nev];
	*n = *e;
	n->subject = block_dup(b, e->subject);
	n->target = block_dup(b, e->target);
	n->count = 1;
	n->id = 0;
	return b->nev++;
}

size_t block_add_expl(struct block *b, const struct pend_expl *x)
{
	struct pend_expl *n;
	VEC_GROW(b->ex, b->nex + 1, b->aex);
	n = &b->ex[b->nex];
	*n = *x;
	n->subject = block_dup(b, x->subject);
	n->dest = block_dup(b, x->dest);
	return b->nex++;
}

void block_add_call(struct block *b, const struct pend_call *c)
{
	struct pend_call *n;
	VEC_GROW(b->calls, b->ncalls + 1, b->acalls);
	n = &b->calls[b->ncalls++];
	*n = *c;
	n->callee = block_dup(b, c->callee);
	n->reason = block_dup(b, c->reason);
}

void block_add_devirt(struct block *b, const struct pend_devirt *d)
{
	struct pend_devirt *n;
	VEC_GROW(b->dv, b->ndv + 1, b->adv);
	n = &b->dv[b->ndv++];
	*n = *d;
	n->call = block_dup(b, d->call);
	n->target = block_dup(b, d->target);
}

void block_add_decl(struct block *b, int64_t file_id, long line, long col, int64_t func_id)
{
	struct decl *d;
	if (line <= 0)
		return;
	VEC_GROW(b->decls, b->ndecl + 1, b->adecl);
	d = &b->decls[b->ndecl];
	d->file_id = file_id;
	d->line = line;
	d->col = col;
	d->func_id = func_id;
	d->seq = b->ndecl++;
	b->decls_sorted = 0;
}

static int cmp_pos(int64_t fa, long la, long ca, int64_t fb, long lb, long cb)
{
	if (fa != fb)
		return fa < fb ? -1 : 1;
	if (la != lb)
		return la < lb ? -1 : 1;
	if (ca != cb)
		return ca < cb ? -1 : 1;
	return 0;
}

static int cmp_decl(const void *a, const void *b)
{
	const struct decl *x = a, *y = b;
	int c = cmp_pos(x->file_id, x->line, x->col, y->file_id, y->line, y->col);
	if (c)
		return c;
	/* Same position: the first one seen sorts last, so it is found first. */
	return x->seq < y->seq ? 1 : -1;
}

/* The function declared nearest at or above (file, line, col), or 0. */
static int64_t decl_lookup(struct block *b, int64_t file_id, long line, long col)
{
	size_t lo = 0, hi = b->ndecl;
	if (!b->decls_sorted) {
		if (b->ndecl) /* qsort wants a valid pointer even for none */
			qsort(b->decls, b->ndecl, sizeof(*b->decls), cmp_decl);
		b->decls_sorted = 1;
	}
	while (lo < hi) { /* first decl after the position */
		size_t mid = lo + (hi - lo) / 2;
		const struct decl *d = &b->decls[mid];
		if (cmp_pos(d->file_id, d->line, d->col, file_id, line, col) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || b->decls[lo - 1].file_id != file_id || line <= 0)
		return 0;
	return b->decls[lo - 1].func_id;
}

static const struct span no_target = { "", 0 };

static long link_escape(struct block *b, const struct pend_expl *x)
{
	static const struct span append = { "append", 6 };
	long i = find_event(b, "heap_escape", x->subject, no_target, x->file_id, x->line, x->col);
	if (i < 0)
		i = find_event(b, "moved_to_heap", x->subject, no_target, x->file_id, x->line, x->col);
	if (i < 0 && x->subject.n > 7 && !memcmp(x->subject.p, "append(", 7))
		i = find_event(b, "heap_escape", append, no_target, x->file_id, x->line, x->col);
	return i;
}

static long link_leak(struct block *b, const struct pend_expl *x)
{
	const char *same = x->derefs > 0 ? "leaking_param_content" : "leaking_param";
	const char *other = x->derefs > 0 ? "leaking_param" : "leaking_param_content";
	long i = find_event(b, "leaking_param_result", x->subject, x->dest, x->file_id,
			    x->line, x->col);
	if (i < 0)
		i = find_event(b, same, x->subject, no_target, x->file_id, x->line, x->col);
	if (i < 0)
		i = find_event(b, other, x->subject, no_target, x->file_id, x->line, x->col);
	for (size_t k = 0; i < 0 && k < b->nev; k++) { /* to another result */
		const struct pend_event *e = &b->ev[k];
		if (!strcmp(e->kind, "leaking_param_result") && e->file_id == x->file_id &&
		    e->line == x->line && e->col == x->col && e->subject.n == x->subject.n &&
		    !memcmp(e->subject.p, x->subject.p, x->subject.n))
			i = (long)k;
	}
	return i;
}

/* Where the source places a position: a function id, 0 (no word), -1 (no function). */
static int64_t by_source(const struct block_placer *pl, int64_t file_id, long line, long col)
{
	return pl && pl->source ? pl->source(pl->ctx, file_id, line, col) : 0;
}

/* The nearest declaration above, where that heuristic may be trusted. */
static int64_t by_declaration(struct block *b, const struct block_placer *pl, int64_t file_id,
			      long line, long col)
{
	if (!pl || !pl->declarations || file_id == pl->autogenerated)
		return 0;
	return decl_lookup(b, file_id, line, col);
}

/*
 * Place one row: the source first (exact), else the function the compiler
 * named (*func already set), else the nearest declaration (a heuristic:
 * only at -m=2, where every function is declared, and never for files the
 * source knows or for <autogenerated> code), else unknown.
 */
static void place(struct block *b, const struct block_placer *pl, int64_t file_id, long line,
		  long col, int64_t *func, const char **how)
{
	int64_t s = by_source(pl, file_id, line, col);
	if (s > 0) {
		*func = s;
		*how = "source";
	} else if (*func) {
		*how = "compiler";
	} else if (s == 0 && (*func = by_declaration(b, pl, file_id, line, col))) {
		*how = "declaration";
	} else {
		*func = 0;
		*how = NULL;
	}
}

void block_resolve(struct block *b, const struct block_placer *pl)
{
	for (size_t k = 0; k < b->nex; k++) {
		struct pend_expl *x = &b->ex[k];
		if (x->event >= 0 || x->event_id)
			continue;
		if (!strcmp(x->kind, "escape"))
			x->event = link_escape(b, x);
		else if (!strcmp(x->kind, "param_leak"))
			x->event = link_leak(b, x);
	}
	/* Stale source shows in any position that does not fit: ask about every
	 * row first, so that a file found stale places none of its rows. */
	if (pl && pl->source) {
		for (size_t k = 0; k < b->nev; k++)
			by_source(pl, b->ev[k].file_id, b->ev[k].line, b->ev[k].col);
		for (size_t k = 0; k < b->nex; k++)
			by_source(pl, b->ex[k].file_id, b->ex[k].line, b->ex[k].col);
	}
	for (size_t k = 0; k < b->nex; k++) { /* 1.26+ headers name F */
		struct pend_expl *x = &b->ex[k];
		if (x->event >= 0 && x->func_id && !b->ev[x->event].func_id)
			b->ev[x->event].func_id = x->func_id;
	}
	for (size_t k = 0; k < b->nev; k++) {
		struct pend_event *e = &b->ev[k];
		place(b, pl, e->file_id, e->line, e->col, &e->func_id, &e->attribution);
	}
	for (size_t k = 0; k < b->nex; k++) {
		struct pend_expl *x = &b->ex[k];
		if (!x->func_id && x->event >= 0 && b->ev[x->event].func_id) {
			x->func_id = b->ev[x->event].func_id;
			x->attribution = b->ev[x->event].attribution;
		} else {
			place(b, pl, x->file_id, x->line, x->col, &x->func_id, &x->attribution);
		}
	}
	for (size_t k = 0; k < b->ncalls; k++) {
		struct pend_call *c = &b->calls[k];
		place(b, pl, c->file_id, c->line, c->col, &c->func_id, &c->attribution);
	}
	for (size_t k = 0; k < b->ndv; k++) {
		struct pend_devirt *d = &b->dv[k];
		place(b, pl, d->file_id, d->line, d->col, &d->func_id, &d->attribution);
	}
}
