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
		free(f->chain);
		free(f->pos.file);
		for (size_t j = 0; j < f->nsteps; j++) {
			free(f->steps[j].text);
			free(f->steps[j].pos.file);
		}
		free(f->steps);
	}
	free(fs->v);
	for (size_t i = 0; i < fs->nalias; i++)
		free(fs->alias_to[i]);
	free(fs->alias_to);
	strmap_release(&fs->aliases);
	memset(fs, 0, sizeof(*fs));
}


void factset_alias(struct factset *fs, const char *package, const char *name, const char *first)
{
	struct sbuf k = SBUF_INIT;
	sbuf_addf(&k, "%s\037%s", package, name);
	VEC_GROW(fs->alias_to, fs->nalias + 1, fs->alias_alloc);
	fs->alias_to[fs->nalias] = xstrdup(first);
	strmap_put(&fs->aliases, k.buf, k.len, (int64_t)fs->nalias++);
	sbuf_release(&k);
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
static void add_name(struct sbuf *b, const struct factset *fs, const char *package,
		     const char *name)
{
	struct sbuf k = SBUF_INIT, plain = SBUF_INIT;
	int64_t i;
	if (!strncmp(name, "glob..func", 10)) { /* Go <= 1.21: package-level literals */
		sbuf_addstr(&plain, "init");
		name += 5;
	}
	model_strip_inline_hash(name, strlen(name), &plain);
	sbuf_setlen(&plain, model_func_without_wrappers(plain.buf, plain.len));
	sbuf_addf(&k, "%s\037%s", package, plain.buf);
	if (strmap_get(&fs->aliases, k.buf, k.len, &i))
		diff_normalize(fs->alias_to[i], b);
	else
		diff_normalize(plain.buf, b);
	sbuf_release(&k);
	sbuf_release(&plain);
}

/* The identity strings of f (see struct fact). */
void fact_make_keys(struct fact *f, const struct factset *fs)
{
	struct sbuf b = SBUF_INIT;
	sbuf_addstr(&b, f->package);
	sbuf_addch(&b, '\037');
	add_name(&b, fs, f->package, f->function);
	if (!*f->function && f->pos.file) {
		/* Unattributed: the file is the best anchor we have. */
		sbuf_addch(&b, '\037');
		sbuf_addstr(&b, f->pos.file);
	}
	f->fkey = xstrdup(b.buf);
	sbuf_addch(&b, '\037');
	sbuf_addstr(&b, diff_kind_name(f->kind));
	sbuf_addch(&b, '\037');
	if (f->kind == DK_INLINABLE || f->kind == DK_INLINED_CALL)
		add_name(&b, fs, f->package, f->subject);
	else
		diff_normalize(f->subject, &b);
	f->key = sbuf_detach(&b, NULL);
}


void fact_chain_begin(struct fact *f)
{
	if (f->chain) {
		size_t old = strlen(f->chain);
		f->chain = xrealloc(f->chain, old + 4);
		memcpy(f->chain + old, "\n--", 4);
	}
}

void fact_chain_line(struct fact *f, const char *text, const struct mpos *pos)
{
	struct sbuf norm = SBUF_INIT;
	struct diff_step *d;
	size_t old = f->chain ? strlen(f->chain) : 0;
	VEC_GROW(f->steps, f->nsteps + 1, f->steps_alloc);
	d = &f->steps[f->nsteps++];
	d->text = xstrdup(text);
	d->pos = mpos_dup(pos);
	sbuf_addch(&norm, '\n');
	diff_normalize(text, &norm);
	f->chain = xrealloc(f->chain, old + norm.len + 1);
	memcpy(f->chain + old, norm.buf, norm.len + 1);
	sbuf_release(&norm);
}
