/* The facts escviz diff compares (model/facts.h). */
#include "model/facts.h"

#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "common/xalloc.h"
#include "model/drift.h"
#include "model/names.h"

static const char *const kind_names[DK__COUNT] = {
	[DK_HEAP_ESCAPE] = "heap_escape",
	[DK_MOVED_TO_HEAP] = "moved_to_heap",
	[DK_EXPLANATION] = "explanation",
	[DK_LEAKING_PARAM] = "leaking_param",
	[DK_LEAKING_PARAM_CONTENT] = "leaking_param_content",
	[DK_LEAKING_PARAM_RESULT] = "leaking_param_result",
	[DK_INLINABLE] = "inlinable",
	[DK_INLINE_COST] = "inline_cost",
	[DK_INLINED_CALL] = "inlined_call",
	[DK_DEVIRTUALIZATION] = "devirtualization",
};

const char *diff_kind_name(enum diff_kind k)
{
	return k < DK__COUNT ? kind_names[k] : "?";
}

int diff_kind_parse(const char *name)
{
	for (int k = 0; name && k < DK__COUNT; k++)
		if (!strcmp(name, kind_names[k]))
			return k;
	return -1;
}

const char *diff_change_name(enum diff_change c)
{
	static const char *const names[DC__COUNT] = { "added", "removed", "changed",
						       "respelled" };
	return c < DC__COUNT ? names[c] : "?";
}

const char *diff_stat_name(enum diff_stat s)
{
	static const char *const names[DS__COUNT] = {
		"heap_allocations", "leaking_params", "inlinable_functions",
		"inlined_calls", "devirtualizations",
	};
	return s < DS__COUNT ? names[s] : "?";
}

void diff_build_release(struct diff_build *b)
{
	free(b->label);
	free(b->commit);
	free(b->go_version);
	free(b->source);
}

int diff_prints_append(const char *go_version, int has_verdict)
{
	const char *p = go_version ? go_version : "";
	if (has_verdict)
		return 1;
	/* "1.N", "1.N+", "1.A-1.B" start at N or A; "<=1.B", "unknown", "mixed" at nothing known */
	return !strncmp(p, "1.", 2) && strtol(p + 2, NULL, 10) >= 25;
}

void factset_release(struct factset *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		struct fact *f = &fs->v[i];
		free(f->package);
		free(f->function);
		free(f->subject);
		free(f->detail);
		free(f->key);
		free(f->fkey);
		free(f->pos.file);
		for (size_t j = 0; j < f->nsteps; j++) {
			free(f->steps[j].text);
			free(f->steps[j].pos.file);
		}
		free(f->steps);
		free(f->refs);
	}
	free(fs->v);
	for (size_t i = 0; i < fs->nalias; i++)
		free(fs->alias_to[i]);
	free(fs->alias_to);
	strmap_release(&fs->aliases);
	for (size_t i = 0; i < fs->nnormal; i++)
		free(fs->normal[i]);
	free(fs->normal);
	strmap_release(&fs->names);
	sbuf_release(&fs->scratch);
	sbuf_release(&fs->keybuf);
	sbuf_release(&fs->last_key);
	if (fs->lines_free)
		fs->lines_free(fs->lines_owner);
	memset(fs, 0, sizeof(*fs));
}


void budget_tally_add(struct budget_tally *t, long budget, long n)
{
	size_t i = 0;
	if (budget < 0 || n <= 0)
		return;
	while (i < t->n && t->v[i].budget != budget)
		i++;
	if (i == t->n) {
		VEC_GROW(t->v, t->n + 1, t->alloc);
		t->v[t->n++] = (struct budget_count){ budget, 0 };
	}
	t->v[i].n += n;
}

long budget_tally_mode(const struct budget_tally *t)
{
	const struct budget_count *best = NULL;
	for (size_t i = 0; i < t->n; i++)
		if (!best || t->v[i].n > best->n ||
		    (t->v[i].n == best->n && t->v[i].budget < best->budget))
			best = &t->v[i];
	return best ? best->budget : FACT_DEFAULT_BUDGET;
}

void budget_tally_release(struct budget_tally *t)
{
	free(t->v);
	memset(t, 0, sizeof(*t));
}

void factset_alias(struct factset *fs, const char *package, const char *name, const char *first)
{
	struct sbuf k = SBUF_INIT;
	sbuf_addf(&k, "%s\037%s", package, name);
	VEC_GROW(fs->alias_to, fs->nalias + 1, fs->alias_alloc);
	fs->alias_to[fs->nalias] = xstrdup(first);
	strmap_put(&fs->aliases, k.buf, k.len, (int64_t)fs->nalias++);
	sbuf_release(&k);
	/* names normalised before may have been this copy's */
	for (size_t i = 0; i < fs->nnormal; i++)
		free(fs->normal[i]);
	fs->nnormal = 0;
	strmap_clear(&fs->names);
	sbuf_reset(&fs->last_key);
}

/* add_name()'s answer for key: normal[i], tried first next time. */
static void remember_name(struct factset *fs, const struct sbuf *key, size_t i)
{
	sbuf_reset(&fs->last_key);
	sbuf_add(&fs->last_key, key->buf, key->len);
	fs->last_normal = i;
}

/*
 * Append name, normalised, under its closure's first name if it is a copy.
 * The identity of a function also drops what differs between releases for
 * the same code: go1.27's inline-hash suffix (model/names.h), Go <= 1.21's
 * glob..funcN for the package initialization's literals (init.funcN), and the
 * wrappers newer releases name for defer/go statements and range-over-func
 * bodies, whose code is their enclosing function's (older releases and the
 * source place it there).
 */
static void add_name(struct sbuf *b, struct factset *fs, const char *package,
		     const char *name)
{
	struct sbuf *key = &fs->scratch, k = SBUF_INIT, plain = SBUF_INIT, norm = SBUF_INIT;
	int64_t i;
	sbuf_reset(key);
	sbuf_addstr(key, package);
	sbuf_addch(key, '\037');
	sbuf_addstr(key, name);
	/* Facts come a function at a time: the last name first, then the
	 * cache (a package's facts name few functions, each many times). */
	if (fs->last_key.len == key->len && !memcmp(fs->last_key.buf, key->buf, key->len)) {
		sbuf_addstr(b, fs->normal[fs->last_normal]);
		return;
	}
	if (strmap_get(&fs->names, key->buf, key->len, &i)) {
		remember_name(fs, key, (size_t)i);
		sbuf_addstr(b, fs->normal[i]);
		return;
	}
	if (!strncmp(name, "glob..func", 10)) { /* Go <= 1.21: package-level literals */
		sbuf_addstr(&plain, "init");
		name += 5;
	}
	model_strip_inline_hash(name, strlen(name), &plain);
	sbuf_setlen(&plain, model_func_without_wrappers(plain.buf, plain.len));
	sbuf_addf(&k, "%s\037%s", package, plain.buf);
	if (strmap_get(&fs->aliases, k.buf, k.len, &i))
		diff_normalize(fs->alias_to[i], &norm);
	else
		diff_normalize(plain.buf, &norm);
	VEC_GROW(fs->normal, fs->nnormal + 1, fs->normal_alloc);
	fs->normal[fs->nnormal] = xstrdup(norm.buf ? norm.buf : "");
	strmap_put(&fs->names, key->buf, key->len, (int64_t)fs->nnormal);
	remember_name(fs, key, fs->nnormal);
	sbuf_addstr(b, fs->normal[fs->nnormal++]);
	sbuf_release(&k);
	sbuf_release(&plain);
	sbuf_release(&norm);
}

/* The identity strings of f (see struct fact). */
void fact_make_keys(struct fact *f, struct factset *fs)
{
	struct sbuf *b = &fs->keybuf;
	sbuf_reset(b);
	sbuf_addstr(b, f->package);
	sbuf_addch(b, '\037');
	add_name(b, fs, f->package, f->function);
	if (!*f->function && f->pos.file) {
		/* Unattributed: the file is the best anchor we have. */
		sbuf_addch(b, '\037');
		sbuf_addstr(b, f->pos.file);
	}
	f->fkey = xmemdupz(b->buf, b->len);
	sbuf_addch(b, '\037');
	sbuf_addstr(b, diff_kind_name(f->kind));
	sbuf_addch(b, '\037');
	if (f->kind == DK_INLINABLE || f->kind == DK_INLINED_CALL)
		add_name(b, fs, f->package, f->subject);
	else
		diff_normalize(f->subject, b);
	f->key = xmemdupz(b->buf, b->len);
}


void fact_chain_begin(struct fact *f)
{
	f->next_begins = f->nlines > 0;
}

/*
 * Two 64-bit lanes over each line, 8 bytes at a time, and whether it begins
 * an explanation: what fact_lines_equal() compares for lines not loaded.
 * The bytes are gathered into words whatever pieces they are fed in
 * (fact_chain_count_parts() feeds a line in parts, fact_chain_line() whole),
 * so one line hashes the same either way.  A line is hashed up to a NUL
 * byte, as fact_chain_line() keeps it.
 */
struct line_hash {
	uint64_t a, b;
	uint64_t w;  /* bytes not mixed yet, the first in the low byte */
	unsigned nw; /* how many */
	int cut;     /* a NUL was seen: the rest of the line is not kept */
};

static void hash_start(const struct fact *f, struct line_hash *h)
{
	h->a = f->lines_hash[0];
	h->b = f->lines_hash[1];
	h->w = 0;
	h->nw = 0;
	h->cut = 0;
	if (f->nlines == 0 && h->a == 0 && h->b == 0) {
		h->a = 0xcbf29ce484222325ull;
		h->b = 0x243f6a8885a308d3ull;
	}
}

static inline void hash_word(struct line_hash *h, uint64_t w)
{
	h->a = (h->a ^ w) * 0x9e3779b97f4a7c15ull;
	h->a ^= h->a >> 32;
	h->b = (h->b ^ ((w << 23) | (w >> 41))) * 0xc2b2ae3d27d4eb4full;
	h->b ^= h->b >> 29;
}

/* a word of 8 bytes none of which is 0 */
static inline int no_nul(uint64_t w)
{
	return !((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull);
}

static void hash_feed(struct line_hash *h, const char *p, size_t n)
{
	size_t i = 0;
	if (h->cut)
		return;
	while (i < n) {
		uint64_t w;
		if (n - i >= 8) {
			memcpy(&w, p + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			w = __builtin_bswap64(w); /* the first byte low, as below */
#endif
			if (no_nul(w)) {
				if (h->nw == 0) {
					hash_word(h, w);
				} else { /* the word pending completed, the rest pending */
					unsigned sh = 8 * h->nw;
					hash_word(h, h->w | (w << sh));
					h->w = w >> (64 - sh);
				}
				i += 8;
				continue;
			}
		}
		if (!p[i]) {
			h->cut = 1;
			return;
		}
		h->w |= (uint64_t)(unsigned char)p[i++] << (8 * h->nw);
		if (++h->nw == 8) {
			hash_word(h, h->w);
			h->w = 0;
			h->nw = 0;
		}
	}
}

static void hash_end(struct fact *f, struct line_hash *h)
{
	if (h->nw)
		hash_word(h, h->w);
	/* each line ends in a word its bytes never make (it has NUL bytes):
	 * the length of its last word, and whether it begins an explanation */
	hash_word(h, (1ull << 63) | ((uint64_t)h->nw << 8) | (unsigned)f->next_begins);
	f->lines_hash[0] = h->a;
	f->lines_hash[1] = h->b;
	f->nlines++;
	f->next_begins = 0;
}

static void hash_line(struct fact *f, const char *text, size_t n)
{
	struct line_hash h;
	hash_start(f, &h);
	hash_feed(&h, text, n);
	hash_end(f, &h);
}

void fact_chain_count(struct fact *f, const char *text, size_t n)
{
	hash_line(f, text, n);
}

void fact_chain_count_parts(struct fact *f, const struct span *parts, size_t n)
{
	struct line_hash h;
	hash_start(f, &h);
	for (size_t i = 0; i < n; i++)
		hash_feed(&h, parts[i].p, parts[i].n);
	hash_end(f, &h);
}

void fact_chain_line(struct fact *f, const char *text, const struct mpos *pos)
{
	struct diff_step *d;
	VEC_GROW(f->steps, f->nsteps + 1, f->steps_alloc);
	d = &f->steps[f->nsteps++];
	d->text = xstrdup(text);
	d->pos = mpos_dup(pos);
	d->begins = f->next_begins;
	hash_line(f, text, strlen(text));
}

void fact_load_lines(const struct fact *cf)
{
	struct fact *f = (struct fact *)cf; /* a cache: see facts.h */
	size_t nlines = f->nlines;
	uint64_t h0 = f->lines_hash[0], h1 = f->lines_hash[1];
	const struct fact_loader *l = f->loader;
	if (!l)
		return;
	f->loader = NULL;
	f->nlines = 0;
	f->lines_hash[0] = f->lines_hash[1] = 0;
	f->next_begins = 0;
	l->load(l->ctx, f);
	if (f->nsteps == 0) { /* nothing loaded (the source says why): keep the counts */
		f->nlines = nlines;
		f->lines_hash[0] = h0;
		f->lines_hash[1] = h1;
	}
}

int fact_lines_equal(const struct fact *f, const struct fact *g)
{
	if (f->nlines != g->nlines || f->lines_hash[0] != g->lines_hash[0] ||
	    f->lines_hash[1] != g->lines_hash[1])
		return 0;
	if (f->loader || g->loader)
		return 1; /* 128 bits of hash say so; loading both to be sure costs the diff's memory */
	for (size_t i = 0; i < f->nsteps; i++)
		if (f->steps[i].begins != g->steps[i].begins ||
		    strcmp(f->steps[i].text, g->steps[i].text))
			return 0;
	return 1;
}

void fact_chain_text(const struct fact *f, struct sbuf *out)
{
	fact_load_lines(f);
	for (size_t i = 0; i < f->nsteps; i++) {
		if (f->steps[i].begins)
			sbuf_addstr(out, "\n--");
		sbuf_addch(out, '\n');
		diff_normalize(f->steps[i].text, out);
	}
}
