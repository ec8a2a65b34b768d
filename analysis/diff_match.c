/*
 * escviz diff, the matching side.
 *
 * Design.  A fact's identity is its key: package, normalised function,
 * kind and normalised subject.  Positions are not part of it, so code that
 * only moved matches.  Facts are sorted by key and merged; inside one key
 * (the same expression several times in a function) occurrences are paired
 * in three passes: the same offset from the function's declaration and the
 * same column, then the same offset, then the nearest offset.  Leftovers
 * are added or removed.  A last pass pairs the added and removed escapes
 * of one kind in one function at the same offset (the same line; columns
 * drift between releases), the most similar spellings first (longest
 * common subsequence of the normalised subjects, then the nearest column),
 * so two respellings at one place do not cross: that is one allocation
 * printed differently.  It is DC_RESPELLED (time.Second folded into
 * time.Duration(1000000000)), except the inliner's result `~r0` on one
 * side at the same column, which is the call's inlining changing, reported
 * as changed.  Likewise a parameter that leaks in another way than before
 * is one changed leak.
 *
 * Matched facts are then compared on what is not identity: the
 * explanation chain, the leak destination, the inlining decision and cost.
 * Two chains that differ only in their spelling (the same reasons, hop by
 * hop, and the same number of flows) are a respelled explanation; a
 * matched fact whose raw subject differs from its peer's (the text
 * normalisation made them one) is respelled too.
 */
#include "analysis/diff.h"

#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/drift.h"
#include "model/names.h"

#define PAIR_NEAREST_MAX 64 /* larger groups pair leftovers in order */
#define PAIR_SIMILAR_MAX 4096 /* leftover pairs on one line compared by similarity */

static char *normalized(const char *s)
{
	struct sbuf b = SBUF_INIT;
	diff_normalize(s ? s : "", &b);
	return sbuf_detach(&b, NULL);
}

/* ---- pairing ---------------------------------------------------------------- */

/*
 * A package's facts sorted by identity, then place.  Their keys all begin
 * with the package (fact_make_keys()), so the sort compares what follows
 * it: the same order as strcmp of the keys, without going over the same
 * long prefix at every comparison.
 */
struct by_key {
	const char *rest; /* the key after the prefix all of the set's keys share */
	struct fact *f;
};

static int cmp_fact(const void *a, const void *b)
{
	const struct by_key *kx = a, *ky = b;
	const struct fact *x = kx->f, *y = ky->f;
	int c = strcmp(kx->rest, ky->rest);
	if (c)
		return c;
	if (x->rel != y->rel)
		return x->rel < y->rel ? -1 : 1;
	if (x->pos.col != y->pos.col)
		return x->pos.col < y->pos.col ? -1 : 1;
	return x->pos.line < y->pos.line ? -1 : x->pos.line > y->pos.line;
}

static struct fact **sorted(struct factset *fs)
{
	struct fact **v = xcalloc(fs->n + 1, sizeof(*v));
	struct by_key *k = xcalloc(fs->n + 1, sizeof(*k));
	size_t skip = fs->n ? strlen(fs->v[0].package) + 1 : 0;
	for (size_t i = 0; i < fs->n && skip; i++)
		if (strncmp(fs->v[i].key, fs->v[0].key, skip)) /* not all of one package */
			skip = 0;
	for (size_t i = 0; i < fs->n; i++)
		k[i] = (struct by_key){ fs->v[i].key + skip, &fs->v[i] };
	qsort(k, fs->n, sizeof(*k), cmp_fact);
	for (size_t i = 0; i < fs->n; i++)
		v[i] = k[i].f;
	free(k);
	return v;
}

static void pair(struct fact *a, struct fact *b)
{
	a->peer = b;
	b->peer = a;
}

/* Pass 1 and 2: equal offset (and column when same_col). */
static void pair_exact(struct fact **o, size_t no, struct fact **n, size_t nn, int same_col)
{
	for (size_t i = 0; i < no; i++)
		for (size_t j = 0; j < nn && !o[i]->peer; j++)
			if (!n[j]->peer && o[i]->rel == n[j]->rel &&
			    (!same_col || o[i]->pos.col == n[j]->pos.col))
				pair(o[i], n[j]);
}

static long distance(const struct fact *a, const struct fact *b)
{
	long d = labs(a->rel - b->rel) * 1000 + labs(a->pos.col - b->pos.col);
	return d;
}

/* Pass 3: the closest remaining pair first, until one side runs out. */
static void pair_nearest(struct fact **o, size_t no, struct fact **n, size_t nn)
{
	for (;;) {
		long best = -1;
		size_t bi = 0, bj = 0;
		for (size_t i = 0; i < no; i++)
			for (size_t j = 0; j < nn && !o[i]->peer; j++)
				if (!n[j]->peer && (best < 0 || distance(o[i], n[j]) < best)) {
					best = distance(o[i], n[j]);
					bi = i;
					bj = j;
				}
		if (best < 0)
			return;
		pair(o[bi], n[bj]);
	}
}

static void pair_in_order(struct fact **o, size_t no, struct fact **n, size_t nn)
{
	size_t i = 0, j = 0;
	while (i < no && j < nn) {
		if (o[i]->peer)
			i++;
		else if (n[j]->peer)
			j++;
		else
			pair(o[i++], n[j++]);
	}
}

static void pair_group(struct fact **o, size_t no, struct fact **n, size_t nn)
{
	pair_exact(o, no, n, nn, 1);
	pair_exact(o, no, n, nn, 0);
	if (no <= PAIR_NEAREST_MAX && nn <= PAIR_NEAREST_MAX)
		pair_nearest(o, no, n, nn);
	else
		pair_in_order(o, no, n, nn);
}

static void pair_all(struct factset *os, struct factset *ns)
{
	struct fact **o = sorted(os), **n = sorted(ns);
	size_t i = 0, j = 0;
	while (i < os->n && j < ns->n) {
		int c = strcmp(o[i]->key, n[j]->key);
		size_t i2 = i, j2 = j;
		if (c < 0) {
			i++;
			continue;
		}
		if (c > 0) {
			j++;
			continue;
		}
		while (i2 < os->n && !strcmp(o[i2]->key, o[i]->key))
			i2++;
		while (j2 < ns->n && !strcmp(n[j2]->key, n[j]->key))
			j2++;
		pair_group(o + i, i2 - i, n + j, j2 - j);
		i = i2;
		j = j2;
	}
	free(o);
	free(n);
}

/* ---- items --------------------------------------------------------------- */

static void copy_pos(struct mpos *to, const struct fact *f)
{
	to->file = f && f->pos.file ? xstrdup(f->pos.file) : NULL;
	to->line = f ? f->pos.line : 0;
	to->col = f ? f->pos.col : 0;
}

static void copy_steps(struct diff_step **to, size_t *n, const struct fact *f)
{
	if (!f || !f->nlines)
		return;
	fact_load_lines(f);
	if (!f->nsteps)
		return;
	*to = xcalloc(f->nsteps, sizeof(**to));
	for (size_t i = 0; i < f->nsteps; i++) {
		(*to)[i].text = xstrdup(f->steps[i].text);
		(*to)[i].pos = f->steps[i].pos;
		(*to)[i].pos.file = f->steps[i].pos.file ? xstrdup(f->steps[i].pos.file) : NULL;
		(*to)[i].begins = f->steps[i].begins;
	}
	*n = f->nsteps;
}

static struct diff_item *new_item(struct diff_result *r, enum diff_change ch,
				  enum diff_kind k, int regression,
				  const struct fact *of, const struct fact *nf)
{
	const struct fact *f = nf ? nf : of;
	struct diff_item *it;
	VEC_GROW(r->items, r->n + 1, r->alloc);
	it = &r->items[r->n++];
	memset(it, 0, sizeof(*it));
	it->change = ch;
	it->kind = k;
	it->regression = regression;
	it->package = xstrdup(f->package);
	it->function = xstrdup(f->function);
	it->subject = xstrdup(f->subject);
	if (of && nf && strcmp(of->subject, nf->subject))
		it->old_subject = xstrdup(of->subject);
	copy_pos(&it->old_pos, of);
	copy_pos(&it->new_pos, nf);
	it->old_cost = of ? of->cost : -1;
	it->new_cost = nf ? nf->cost : -1;
	it->budget = -1;
	it->old_bytes = of ? of->bytes : -1;
	it->new_bytes = nf ? nf->bytes : -1;
	it->old_cpu = of ? of->cpu : -1;
	it->new_cpu = nf ? nf->cpu : -1;
	it->fkey = xstrdup(f->fkey);
	copy_steps(&it->old_steps, &it->nold_steps, of);
	copy_steps(&it->new_steps, &it->nnew_steps, nf);
	return it;
}

static void set_message(struct diff_item *it, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void set_message(struct diff_item *it, const char *fmt, ...)
{
	struct sbuf b = SBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sbuf_vaddf(&b, fmt, ap);
	va_end(ap);
	it->message = sbuf_detach(&b, NULL);
}

static int is_escape(const struct fact *f);

/* ---- identical verdicts at one position --------------------------------- */

static int is_verdict(const struct fact *f)
{
	return f->kind == DK_HEAP_ESCAPE || f->kind == DK_MOVED_TO_HEAP ||
	       f->kind == DK_LEAKING_PARAM || f->kind == DK_LEAKING_PARAM_CONTENT ||
	       f->kind == DK_LEAKING_PARAM_RESULT;
}

/* Where identical verdicts are counted: identity, offset and column. */
static void place_key(struct sbuf *k, const struct fact *f)
{
	sbuf_reset(k);
	sbuf_addf(k, "%s\037%ld\037%ld", f->key, f->rel, f->pos.col);
}

/* How many occurrences of each verdict each place of fs has. */
static void count_places(const struct factset *fs, struct strmap *m)
{
	struct sbuf k = SBUF_INIT;
	for (size_t i = 0; i < fs->n; i++) {
		int64_t n = 0;
		if (!is_verdict(&fs->v[i]))
			continue;
		place_key(&k, &fs->v[i]);
		strmap_get(m, k.buf, k.len, &n);
		strmap_put(m, k.buf, k.len, n + 1);
	}
	sbuf_release(&k);
}

static int64_t place_count(const struct strmap *m, const struct fact *f)
{
	struct sbuf k = SBUF_INIT;
	int64_t n = 0;
	place_key(&k, f);
	strmap_get(m, k.buf, k.len, &n);
	sbuf_release(&k);
	return n;
}

/* "escapes to heap", "is moved to heap", "leaks to heap", ... */
static void verdict_phrase(struct sbuf *b, const struct fact *f)
{
	switch (f->kind) {
	case DK_HEAP_ESCAPE:
		sbuf_addstr(b, "escapes to heap");
		break;
	case DK_MOVED_TO_HEAP:
		sbuf_addstr(b, "is moved to heap");
		break;
	case DK_LEAKING_PARAM:
		sbuf_addstr(b, "leaks to heap");
		break;
	case DK_LEAKING_PARAM_CONTENT:
		sbuf_addstr(b, "leaks its content");
		break;
	default:
		sbuf_addf(b, "leaks to result %s", f->detail ? f->detail : "?");
		break;
	}
}

/* Is f an append verdict of a build whose counterpart prints none (model/facts.h)? */
static int unprinted(const struct diff_result *r, const struct fact *f, int is_new)
{
	return f->kind == DK_HEAP_ESCAPE && !f->peer && !strcmp(f->subject, "append") &&
	       !(is_new ? r->old.prints_append : r->new.prints_append);
}

/*
 * Added or removed, with the sentence for each kind.  own and other are
 * the occurrences of f's verdict at f's place in f's build and in the
 * other one: when the other build prints it there too, f is one
 * occurrence more or fewer of a verdict printed on both sides
 * (`string(src)` escapes twice at one column, then once).
 */
static void one_sided(struct diff_result *r, const struct fact *f, int added, size_t seq,
		      int64_t own, int64_t other)
{
	const struct fact *of = added ? NULL : f, *nf = added ? f : NULL;
	enum diff_change ch = added ? DC_ADDED : DC_REMOVED;
	struct diff_item *it;
	int reg;

	if (f->kind == DK_INLINABLE)
		return; /* a function that appears or goes is not a change of inlining */
	reg = f->kind == DK_INLINED_CALL || f->kind == DK_DEVIRTUALIZATION ? !added : added;
	it = new_item(r, ch, f->kind, reg, of, nf);
	it->improvement = !reg;
	it->seq = seq;
	if (is_verdict(f) && other > 0) {
		struct sbuf b = SBUF_INIT;
		verdict_phrase(&b, f);
		set_message(it, "%s%s %s %s at this position (%lld -> %lld)",
			    is_escape(f) ? "" : "parameter ", f->subject, b.buf,
			    added ? "one more time" : "one time fewer",
			    (long long)(added ? other : own), (long long)(added ? own : other));
		sbuf_release(&b);
		return;
	}
	switch (f->kind) {
	case DK_HEAP_ESCAPE:
		set_message(it, added ? "%s escapes to heap" : "%s no longer escapes to heap", f->subject);
		break;
	case DK_MOVED_TO_HEAP:
		set_message(it, added ? "%s is moved to heap" : "%s is no longer moved to heap", f->subject);
		break;
	case DK_LEAKING_PARAM_RESULT:
		set_message(it, "parameter %s %s to result %s", f->subject,
			    added ? "leaks" : "no longer leaks", f->detail ? f->detail : "?");
		break;
	case DK_INLINED_CALL:
		diff_cause_message(it);
		break;
	case DK_DEVIRTUALIZATION:
		set_message(it, added ? "%s is devirtualized to %s" : "%s is no longer devirtualized to %s",
			    f->subject, f->detail ? f->detail : "?");
		break;
	default:
		set_message(it, "parameter %s %s%s", f->subject, added ? "leaks" : "no longer leaks",
			    f->kind == DK_LEAKING_PARAM ? " to heap" : " its content");
		break;
	}
}

/*
 * The budget f was judged against: its own when printed, else the
 * build's; -1 (not known) for an inlinable function that costs more than
 * the build's budget: it had a larger one the log does not print (Go
 * 1.22+'s for a closure called once).
 */
static long budget_of(const struct fact *f, const struct factset *fs)
{
	if (f->budget > 0)
		return f->budget;
	if (f->inlinable == 1 && f->cost > fs->budget)
		return -1;
	return fs->budget;
}

static void compare_inlining(struct diff_result *r, const struct fact *of, const struct fact *nf,
			     const struct factset *ns)
{
	struct diff_item *it;
	if (of->inlinable != nf->inlinable) {
		it = new_item(r, nf->inlinable ? DC_ADDED : DC_REMOVED, DK_INLINABLE,
			      !nf->inlinable, of, nf);
		it->improvement = nf->inlinable;
		it->budget = budget_of(nf, ns);
		if (nf->inlinable)
			set_message(it, "%s is now inlinable (cost %ld)", nf->subject, nf->cost);
		else
			set_message(it, "%s is no longer inlinable: %s", nf->subject,
				    nf->detail ? nf->detail : "no reason printed");
	}
	if (of->cost >= 0 && nf->cost >= 0 && of->cost != nf->cost) {
		it = new_item(r, DC_CHANGED, DK_INLINE_COST, 0, of, nf);
		it->budget = budget_of(nf, ns);
		if (it->budget >= 0)
			set_message(it, "inlining cost of %s: %ld -> %ld (budget %ld)", nf->subject,
				    of->cost, nf->cost, it->budget);
		else
			set_message(it, "inlining cost of %s: %ld -> %ld (inlinable: a budget the log"
				    " does not print)", nf->subject, of->cost, nf->cost);
	}
}

/* The shape of an explanation: "flow" or a step's reason, line by line. */
static void chain_skeleton(const char *chain, struct sbuf *out)
{
	for (const char *p = chain; p && *p;) {
		const char *nl = strchr(p, '\n'), *end = nl ? nl : p + strlen(p);
		const char *open = NULL;
		if (!strncmp(p, "flow:", 5)) {
			sbuf_addstr(out, "flow\n");
		} else if (!strncmp(p, "from ", 5) && end > p && end[-1] == ')') {
			for (const char *c = end - 1; c > p; c--)
				if (*c == '(') {
					open = c;
					break;
				}
			if (open)
				sbuf_add(out, open, (size_t)(end - open));
			sbuf_addch(out, '\n');
		} else {
			sbuf_add(out, p, (size_t)(end - p));
			sbuf_addch(out, '\n');
		}
		p = nl ? nl + 1 : end;
	}
}

/*
 * Do the explanations differ, and only by their spelling (*respelled)?
 * Most matched pairs print the same lines: only the others are normalised.
 */
static int chains_differ(const struct fact *of, const struct fact *nf, int *respelled)
{
	struct sbuf oc = SBUF_INIT, nc = SBUF_INIT, a = SBUF_INIT, b = SBUF_INIT;
	int differ = 0;
	*respelled = 0;
	if (fact_lines_equal(of, nf))
		return 0;
	fact_chain_text(of, &oc);
	fact_chain_text(nf, &nc);
	if (strcmp(oc.buf ? oc.buf : "", nc.buf ? nc.buf : "")) {
		chain_skeleton(oc.buf ? oc.buf : "", &a);
		chain_skeleton(nc.buf ? nc.buf : "", &b);
		differ = 1;
		*respelled = !strcmp(a.buf ? a.buf : "", b.buf ? b.buf : "");
	} else {
		differ = *respelled = 1; /* the same once normalised: printed differently */
	}
	sbuf_release(&oc);
	sbuf_release(&nc);
	sbuf_release(&a);
	sbuf_release(&b);
	return differ;
}

static void respelled_item(struct diff_result *r, const struct fact *of, const struct fact *nf)
{
	set_message(new_item(r, DC_RESPELLED, nf->kind, 0, of, nf), "%s is now printed as %s",
		    of->subject, nf->subject);
}

/* Escapes: a respelled subject, then a changed (or respelled) explanation. */
static void compare_escape(struct diff_result *r, const struct fact *of, const struct fact *nf,
			   const struct factset *os, const struct factset *ns, int subject_done)
{
	struct diff_item *it;
	int respelled = 0, subject = !subject_done && strcmp(of->subject, nf->subject);
	if (subject)
		respelled_item(r, of, nf);
	if (!of->nlines || !nf->nlines || os->m_level < 2 || ns->m_level < 2 ||
	    !chains_differ(of, nf, &respelled))
		return;
	if (respelled && (subject || subject_done))
		return; /* one respelling of one decision is one item */
	it = new_item(r, respelled ? DC_RESPELLED : DC_CHANGED, DK_EXPLANATION, 0, of, nf);
	set_message(it, respelled ? "why %s %s is now printed differently" : "why %s %s changed",
		    nf->subject, nf->kind == DK_HEAP_ESCAPE ? "escapes" : "is moved to heap");
}

/* A matched pair: report what differs besides identity. */
static void compare(struct diff_result *r, const struct fact *of, const struct fact *nf,
		    const struct factset *os, const struct factset *ns)
{
	struct diff_item *it;
	char *a, *b;
	switch (nf->kind) {
	case DK_HEAP_ESCAPE:
	case DK_MOVED_TO_HEAP:
		compare_escape(r, of, nf, os, ns, 0);
		break;
	case DK_LEAKING_PARAM_RESULT:
	case DK_DEVIRTUALIZATION:
		a = normalized(of->detail);
		b = normalized(nf->detail);
		if (strcmp(a, b)) {
			it = new_item(r, DC_CHANGED, nf->kind, 0, of, nf);
			set_message(it, nf->kind == DK_DEVIRTUALIZATION ?
				    "%s is devirtualized to %s (was %s)" :
				    "parameter %s leaks to result %s (was %s)",
				    nf->subject, nf->detail, of->detail);
		} else if (strcmp(of->subject, nf->subject) ||
			   strcmp(of->detail ? of->detail : "", nf->detail ? nf->detail : "")) {
			respelled_item(r, of, nf);
		}
		free(a);
		free(b);
		break;
	case DK_INLINABLE:
		compare_inlining(r, of, nf, ns);
		break;
	default:
		if (strcmp(of->subject, nf->subject))
			respelled_item(r, of, nf);
		break;
	}
}

static int is_escape(const struct fact *f)
{
	return f->kind == DK_HEAP_ESCAPE || f->kind == DK_MOVED_TO_HEAP;
}

static int is_leak(const struct fact *f)
{
	return f->kind == DK_LEAKING_PARAM || f->kind == DK_LEAKING_PARAM_CONTENT ||
	       f->kind == DK_LEAKING_PARAM_RESULT;
}

/*
 * Facts that pair by place when left over: escapes with a real position
 * (not <autogenerated>:1, where every wrapper sits at one line).  Not
 * inlined calls: another callee at the same place is another decision.
 */
static int placed(const struct fact *f)
{
	if (!is_escape(f))
		return 0;
	return f->pos.file && f->pos.line > 0 && !strstr(f->pos.file, "<autogenerated>");
}

/* Leftover placed facts group by line; leftover leaks by parameter, any kind. */
static int leftover_key(struct sbuf *k, const struct fact *f)
{
	sbuf_reset(k);
	if (placed(f)) {
		sbuf_addf(k, "e\037%s\037%d\037%ld", f->fkey, (int)f->kind, f->rel);
		return 1;
	}
	if (is_leak(f)) {
		sbuf_addf(k, "l\037%s\037", f->fkey);
		diff_normalize(f->subject, k);
		return 1;
	}
	return 0;
}

static const char *leak_text(const struct fact *f)
{
	if (f->kind == DK_LEAKING_PARAM)
		return "to heap";
	return f->kind == DK_LEAKING_PARAM_CONTENT ? "its content" : "to a result";
}

/* How bad a leak is: to a result < its content < to heap. */
static int leak_rank(const struct fact *f)
{
	return f->kind == DK_LEAKING_PARAM ? 3 : f->kind == DK_LEAKING_PARAM_CONTENT ? 2 : 1;
}

/* Is the normalised subject the inliner's result variable (~r0, ~R0)? */
static int inline_result(const char *subject)
{
	char *n = normalized(subject);
	int yes = !strcmp(n, "~r");
	free(n);
	return yes;
}

static void report_leftover_pair(struct diff_result *r, const struct fact *of,
				 const struct fact *nf, const struct factset *os,
				 const struct factset *ns)
{
	if (is_escape(nf)) {
		/*
		 * The same decision on the same line.  ~r0 where the call was
		 * inlined is a change of inlining seen at the escape (same
		 * column); anything else is another spelling of one decision.
		 */
		if (is_escape(nf) && of->pos.col == nf->pos.col &&
		    (inline_result(of->subject) || inline_result(nf->subject)))
			set_message(new_item(r, DC_CHANGED, nf->kind, 0, of, nf),
				    "%s at the same place is now printed as %s", of->subject,
				    nf->subject);
		else
			respelled_item(r, of, nf);
		compare_escape(r, of, nf, os, ns, 1);
		return;
	}
	struct diff_item *it = new_item(r, DC_CHANGED, nf->kind, leak_rank(nf) > leak_rank(of), of, nf);
	it->improvement = leak_rank(nf) < leak_rank(of);
	set_message(it, "parameter %s now leaks %s (was %s)", nf->subject, leak_text(nf),
		    leak_text(of));
}

/* Similarity of two spellings in [0, 1000]: twice their longest common subsequence over their lengths. */
#define SIM_MAX_LEN 200
static long similarity(const char *x, const char *y)
{
	static unsigned short row[2][SIM_MAX_LEN + 1];
	char *a = normalized(x), *b = normalized(y);
	size_t la = strlen(a), lb = strlen(b);
	long sim;
	if (la > SIM_MAX_LEN)
		la = SIM_MAX_LEN;
	if (lb > SIM_MAX_LEN)
		lb = SIM_MAX_LEN;
	memset(row, 0, sizeof(row));
	for (size_t i = 1; i <= la; i++) {
		unsigned short *cur = row[i & 1], *prev = row[(i - 1) & 1];
		cur[0] = 0;
		for (size_t j = 1; j <= lb; j++)
			cur[j] = a[i - 1] == b[j - 1] ? (unsigned short)(prev[j - 1] + 1) :
				 prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
	}
	sim = la + lb ? (long)(2000 * row[la & 1][lb] / (la + lb)) : 1000;
	free(a);
	free(b);
	return sim;
}

/* One group of leftovers with one key: the most similar pair first (ties: nearest column). */
static void pair_group_leftovers(struct diff_result *r, struct fact **o, size_t no,
				 struct fact **n, size_t nn, const struct factset *os,
				 const struct factset *ns)
{
	long *score;
	if (no * nn > PAIR_SIMILAR_MAX) {
		/* A huge line (generated code): in order, no similarity. */
		for (size_t i = 0, j = 0; i < no && j < nn; i++, j++) {
			pair(o[i], n[j]);
			report_leftover_pair(r, o[i], n[j], os, ns);
		}
		return;
	}
	score = xcalloc(no * nn + 1, sizeof(*score));
	for (size_t i = 0; i < no; i++)
		for (size_t j = 0; j < nn; j++)
			score[i * nn + j] = similarity(o[i]->subject, n[j]->subject) * 1000 -
					    (labs(o[i]->pos.col - n[j]->pos.col) > 999 ? 999 :
					     labs(o[i]->pos.col - n[j]->pos.col));
	for (;;) {
		long best = 0;
		size_t bi = 0, bj = 0;
		int found = 0;
		for (size_t i = 0; i < no; i++)
			for (size_t j = 0; j < nn && !o[i]->peer; j++)
				if (!n[j]->peer && (!found || score[i * nn + j] > best)) {
					best = score[i * nn + j];
					bi = i;
					bj = j;
					found = 1;
				}
		if (!found)
			break;
		pair(o[bi], n[bj]);
		report_leftover_pair(r, o[bi], n[bj], os, ns);
	}
	free(score);
}

struct leftover {
	char *key;
	struct fact *f;
	int is_new;
};

static int cmp_leftover(const void *a, const void *b)
{
	const struct leftover *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	if (x->is_new != y->is_new)
		return x->is_new - y->is_new;
	return x->f < y->f ? -1 : x->f > y->f; /* facts keep their load order */
}

static void add_leftovers(struct factset *fs, int is_new, struct leftover **v, size_t *nv,
			  size_t *alloc)
{
	struct sbuf k = SBUF_INIT;
	for (size_t i = 0; i < fs->n; i++) {
		if (fs->v[i].peer || !leftover_key(&k, &fs->v[i]))
			continue;
		VEC_GROW(*v, *nv + 1, *alloc);
		(*v)[*nv].key = xstrdup(k.buf);
		(*v)[*nv].f = &fs->v[i];
		(*v)[(*nv)++].is_new = is_new;
	}
	sbuf_release(&k);
}

/*
 * The last pass over what is left unmatched: facts on each side of one
 * kind on the same line of one function are one decision printed
 * differently (paired by similarity); a parameter that leaks differently
 * (to heap -> its content) is one changed leak.
 */
static void pair_leftovers(struct diff_result *r, struct factset *os, struct factset *ns)
{
	struct leftover *v = NULL;
	size_t nv = 0, alloc = 0;
	add_leftovers(os, 0, &v, &nv, &alloc);
	add_leftovers(ns, 1, &v, &nv, &alloc);
	if (nv)
		qsort(v, nv, sizeof(*v), cmp_leftover);
	for (size_t i = 0; i < nv;) {
		size_t e = i, mid;
		struct fact **o, **n;
		while (e < nv && !strcmp(v[e].key, v[i].key))
			e++;
		for (mid = i; mid < e && !v[mid].is_new; mid++)
			;
		if (mid > i && mid < e) {
			o = xcalloc(mid - i, sizeof(*o));
			n = xcalloc(e - mid, sizeof(*n));
			for (size_t k = i; k < mid; k++)
				o[k - i] = v[k].f;
			for (size_t k = mid; k < e; k++)
				n[k - mid] = v[k].f;
			pair_group_leftovers(r, o, mid - i, n, e - mid, os, ns);
			free(o);
			free(n);
		}
		i = e;
	}
	for (size_t i = 0; i < nv; i++)
		free(v[i].key);
	free(v);
}

/*
 * A fact in no known function on one side and the same decision placed in a
 * function on the other (newer releases name the wrappers of <autogenerated>
 * code, older ones do not) are one decision: an unknown function may be any.
 * So may one placed by the nearest-declaration heuristic (a closure's
 * events go to its parent; 1.25+ names the closure).  Paired by kind,
 * normalised subject and the same file and line, in order: unknown with
 * known, then unknown with unknown.
 */
static int unknown_key(struct sbuf *k, const struct fact *f)
{
	sbuf_reset(k);
	if (f->peer || !f->pos.file || f->kind == DK_INLINABLE || f->kind == DK_INLINE_COST)
		return 0;
	sbuf_addf(k, "%s\037%d\037", f->package, (int)f->kind);
	diff_normalize(f->subject, k);
	sbuf_addf(k, "\037%s\037%ld", f->pos.file, f->pos.line);
	return 1;
}

struct unknown_entry {
	char *key;
	struct fact *f;
	int is_new, known; /* known: placed in a function */
};

static int cmp_unknown(const void *a, const void *b)
{
	const struct unknown_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->f < y->f ? -1 : x->f > y->f; /* each side in load order */
}

static void collect_unknown(struct factset *fs, int is_new, struct unknown_entry **v, size_t *nv,
			    size_t *alloc, struct sbuf *k)
{
	for (size_t i = 0; i < fs->n; i++) {
		if (!unknown_key(k, &fs->v[i]))
			continue;
		VEC_GROW(*v, *nv + 1, *alloc);
		(*v)[*nv] = (struct unknown_entry){ xstrdup(k->buf), &fs->v[i], is_new,
						    *fs->v[i].function && !fs->v[i].guessed };
		(*nv)++;
	}
}

static void pair_unknown_functions(struct diff_result *r, struct factset *os, struct factset *ns)
{
	struct unknown_entry *v = NULL;
	struct sbuf k = SBUF_INIT;
	size_t nv = 0, alloc = 0;
	collect_unknown(os, 0, &v, &nv, &alloc, &k);
	collect_unknown(ns, 1, &v, &nv, &alloc, &k);
	if (nv)
		qsort(v, nv, sizeof(*v), cmp_unknown);
	for (size_t i = 0; i < nv;) {
		size_t e = i;
		while (e < nv && !strcmp(v[e].key, v[i].key))
			e++;
		/* old unknown with new known, new unknown with old known, then
		 * old unknown with new unknown */
		for (int dir = 0; dir < 3; dir++) {
			size_t a = i, b = i;
			int side = dir == 1, other_known = dir < 2;
			for (;;) {
				while (a < e && (v[a].is_new != side || v[a].known || v[a].f->peer))
					a++;
				while (b < e && (v[b].is_new == side || v[b].known != other_known ||
						 v[b].f->peer))
					b++;
				if (a >= e || b >= e)
					break;
				pair(v[a].f, v[b].f);
				if (!side)
					compare(r, v[a].f, v[b].f, os, ns);
				else
					compare(r, v[b].f, v[a].f, os, ns);
			}
		}
		i = e;
	}
	for (size_t j = 0; j < nv; j++)
		free(v[j].key);
	free(v);
	sbuf_release(&k);
}

static int cmp_item(const void *a, const void *b)
{
	const struct diff_item *x = a, *y = b;
	const struct mpos *px = x->new_pos.file ? &x->new_pos : &x->old_pos;
	const struct mpos *py = y->new_pos.file ? &y->new_pos : &y->old_pos;
	int c = strcmp(x->package, y->package);
	if (!c)
		c = strcmp(x->function, y->function);
	if (!c && px->line != py->line)
		c = px->line < py->line ? -1 : 1;
	if (!c && px->col != py->col)
		c = px->col < py->col ? -1 : 1;
	if (!c)
		c = (int)x->kind - (int)y->kind;
	if (!c)
		c = strcmp(x->subject, y->subject);
	if (!c)
		c = (int)x->change - (int)y->change;
	if (!c && x->seq != y->seq)
		c = x->seq < y->seq ? -1 : 1;
	if (!c && x->order != y->order) /* equals keep the order they were found in */
		c = x->order < y->order ? -1 : 1;
	return c;
}

/*
 * FNV-1a of change, kind, the function's identity (fkey: package and the
 * function's name as the matcher knows it, without inline hashes, wrappers
 * or closure-copy names) and the normalised subject, plus the occurrence:
 * no position, and no spelling that differs between Go releases.
 */
static void fingerprints(struct diff_result *r)
{
	struct strmap seen = STRMAP_INIT;
	struct sbuf b = SBUF_INIT;
	for (size_t i = 0; i < r->n; i++) {
		struct diff_item *it = &r->items[i];
		uint64_t h = 1469598103934665603ull;
		int64_t nth = 0;
		sbuf_reset(&b);
		sbuf_addf(&b, "%s\037%s\037%s\037", diff_change_name(it->change),
			  diff_kind_name(it->kind), it->fkey ? it->fkey : it->package);
		diff_normalize(it->subject, &b);
		strmap_get(&seen, b.buf, b.len, &nth);
		strmap_put(&seen, b.buf, b.len, nth + 1);
		sbuf_addf(&b, "#%lld", (long long)nth);
		for (size_t j = 0; j < b.len; j++)
			h = (h ^ (unsigned char)b.buf[j]) * 1099511628211ull;
		sbuf_reset(&b);
		sbuf_addf(&b, "%016llx", (unsigned long long)h);
		it->fingerprint = xstrdup(b.buf);
	}
	strmap_release(&seen);
	sbuf_release(&b);
}

/* Pair os with ns and append the differences to r->items (unsorted). */
static void diff_match(struct factset *os, struct factset *ns, struct diff_result *r)
{
	struct strmap at_old = STRMAP_INIT, at_new = STRMAP_INIT;
	pair_all(os, ns);
	for (size_t j = 0; j < ns->n; j++)
		if (ns->v[j].peer)
			compare(r, ns->v[j].peer, &ns->v[j], os, ns);
	pair_leftovers(r, os, ns);
	pair_unknown_functions(r, os, ns);
	count_places(os, &at_old);
	count_places(ns, &at_new);
	for (size_t j = 0; j < ns->n; j++)
		if (!ns->v[j].peer && !unprinted(r, &ns->v[j], 1))
			one_sided(r, &ns->v[j], 1, j, place_count(&at_new, &ns->v[j]),
				  place_count(&at_old, &ns->v[j]));
	for (size_t i = 0; i < os->n; i++)
		if (!os->v[i].peer && !unprinted(r, &os->v[i], 0))
			one_sided(r, &os->v[i], 0, i, place_count(&at_old, &os->v[i]),
				  place_count(&at_new, &os->v[i]));
	strmap_release(&at_old);
	strmap_release(&at_new);
}

/* ---- per-package totals --------------------------------------------------- */

static int stat_of(const struct fact *f)
{
	switch (f->kind) {
	case DK_HEAP_ESCAPE:
	case DK_MOVED_TO_HEAP:
		return DS_HEAP;
	case DK_LEAKING_PARAM:
	case DK_LEAKING_PARAM_CONTENT:
	case DK_LEAKING_PARAM_RESULT:
		return DS_LEAKS;
	case DK_INLINABLE:
		return f->inlinable ? DS_INLINABLE : -1;
	case DK_INLINED_CALL:
		return DS_INLINED_CALLS;
	case DK_DEVIRTUALIZATION:
		return DS_DEVIRT;
	default:
		return -1;
	}
}

const char *diff_once_name(enum diff_once o)
{
	static const char *const names[DO__COUNT] = { "generated", "instantiated", "other" };
	return o < DO__COUNT ? names[o] : "?";
}

long diff_once_total(const long *v)
{
	long n = 0;
	for (int o = 0; o < DO__COUNT; o++)
		n += v[o];
	return n;
}

/* What an inlinable function decided by one build only is (enum diff_once). */
static enum diff_once once_of(const struct fact *f)
{
	if (model_func_is_generated(f->subject, strlen(f->subject)))
		return DO_GENERATED;
	return strchr(f->subject, '[') ? DO_INSTANTIATED : DO_OTHER;
}

static void count_set(const struct factset *fs, int is_new, struct strmap *idx,
		      struct diff_result *r, size_t *alloc)
{
	for (size_t i = 0; i < fs->n; i++) {
		const struct fact *f = &fs->v[i];
		int s = stat_of(f);
		int64_t k;
		if (!strmap_get(idx, f->package, strlen(f->package), &k)) {
			VEC_GROW(r->pkgs, r->npkgs + 1, *alloc);
			memset(&r->pkgs[r->npkgs], 0, sizeof(r->pkgs[0]));
			r->pkgs[r->npkgs].package = xstrdup(f->package);
			k = (int64_t)r->npkgs++;
			strmap_put(idx, f->package, strlen(f->package), k);
		}
		if (s == DS_INLINABLE && !f->peer) /* no change can be listed for it */
			(is_new ? r->pkgs[k].once_new : r->pkgs[k].once_old)[once_of(f)]++;
		else if (unprinted(r, f, is_new)) /* nor for this */
			*(is_new ? &r->pkgs[k].unprinted_new : &r->pkgs[k].unprinted_old) += 1;
		else if (s >= 0)
			(is_new ? r->pkgs[k].new : r->pkgs[k].old)[s]++;
	}
}

static int cmp_pkg(const void *a, const void *b)
{
	return strcmp(((const struct diff_pkg_stat *)a)->package,
		      ((const struct diff_pkg_stat *)b)->package);
}

/* Append the packages of o and n to r->pkgs (unsorted). */
static void diff_pkg_stats(const struct factset *o, const struct factset *n,
			   struct diff_result *r)
{
	struct strmap idx = STRMAP_INIT;
	size_t alloc = r->npkgs;
	count_set(o, 0, &idx, r, &alloc);
	count_set(n, 1, &idx, r, &alloc);
	strmap_release(&idx);
}

/*
 * A side that lacks an item's fact may still have run its function: a new
 * escape in a function the old build's CPU profile found hot is hot code.
 * Every fact carries its function's CPU time, so any fact of the function
 * gives it.
 */
static void cpu_of_functions(const struct factset *fs, struct strmap *m)
{
	for (size_t i = 0; i < fs->n; i++) {
		const struct fact *f = &fs->v[i];
		int64_t seen;
		size_t len;
		if (f->cpu < 0 || !*f->function)
			continue;
		len = strlen(f->fkey);
		if (!strmap_get(m, f->fkey, len, &seen))
			strmap_put(m, f->fkey, len, f->cpu); /* the map takes distinct keys */
	}
}

/* The CPU time of the functions of items from..r->n that lack one. */
static void fill_function_cpu(struct diff_result *r, size_t from, const struct factset *o,
			      const struct factset *n)
{
	struct strmap om = STRMAP_INIT, nm = STRMAP_INIT;
	cpu_of_functions(o, &om);
	cpu_of_functions(n, &nm);
	for (size_t i = from; i < r->n; i++) {
		struct diff_item *it = &r->items[i];
		size_t len = strlen(it->fkey);
		if (it->old_cpu < 0)
			strmap_get(&om, it->fkey, len, &it->old_cpu);
		if (it->new_cpu < 0)
			strmap_get(&nm, it->fkey, len, &it->new_cpu);
	}
	strmap_release(&om);
	strmap_release(&nm);
}

void diff_facts_add(struct factset *o, struct factset *n, struct diff_result *out)
{
	size_t from = out->n;
	diff_match(o, n, out);
	diff_pkg_stats(o, n, out);
	fill_function_cpu(out, from, o, n);
}

void diff_facts_finish(struct diff_result *out)
{
	for (size_t i = 0; i < out->n; i++)
		out->items[i].order = i;
	if (out->n)
		qsort(out->items, out->n, sizeof(*out->items), cmp_item);
	diff_causes(out);
	diff_escape_causes(out);
	fingerprints(out);
	if (out->npkgs)
		qsort(out->pkgs, out->npkgs, sizeof(*out->pkgs), cmp_pkg);
}

void diff_facts(struct factset *o, struct factset *n, struct diff_result *out)
{
	diff_facts_add(o, n, out);
	diff_facts_finish(out);
}

void diff_count(const struct diff_result *r, struct diff_counts *out)
{
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < r->n; i++) {
		const struct diff_item *it = &r->items[i];
		out->by[it->change][it->kind]++;
		out->total[it->change]++;
		if (it->regression) {
			out->regressions[it->kind]++;
			out->total_regressions++;
			if (it->escape_cause >= 0) {
				out->regressions_by_cause[it->escape_cause]++;
				out->cause_regressions++;
			}
		}
	}
}

/* ---- release ----------------------------------------------------------------- */

void diff_item_release(struct diff_item *it)
{
	free(it->package);
	free(it->function);
	free(it->subject);
	free(it->old_subject);
	free(it->message);
	free(it->fingerprint);
	free(it->fkey);
	free(it->old_pos.file);
	free(it->new_pos.file);
	for (size_t j = 0; j < it->nold_steps; j++) {
		free(it->old_steps[j].text);
		free(it->old_steps[j].pos.file);
	}
	free(it->old_steps);
	for (size_t j = 0; j < it->nnew_steps; j++) {
		free(it->new_steps[j].text);
		free(it->new_steps[j].pos.file);
	}
	free(it->new_steps);
	free(it->callee);
}


void diff_result_release(struct diff_result *r)
{
	for (size_t i = 0; i < r->n; i++)
		diff_item_release(&r->items[i]);
	free(r->items);
	for (size_t i = 0; i < r->npkgs; i++)
		free(r->pkgs[i].package);
	free(r->pkgs);
	diff_build_release(&r->old);
	diff_build_release(&r->new);
	memset(r, 0, sizeof(*r));
}

