/* Location names in plain words (model/names.h). */
#include "model/names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "common/util.h"
#include "common/xalloc.h"

/* ---- signatures ---------------------------------------------------------- */

/* Count comma-separated items at depth 1 of the parenthesised list at *p. */
static int count_list(const char **pp)
{
	const char *p = *pp;
	int depth = 0, items = 0, any = 0;
	for (; *p; p++) {
		if (*p == '(' || *p == '[' || *p == '{') {
			if (depth++ == 0)
				continue;
		} else if (*p == ')' || *p == ']' || *p == '}') {
			if (--depth == 0) {
				*pp = p + 1;
				return any ? items + 1 : 0;
			}
		} else if (*p == ',' && depth == 1) {
			items++;
		}
		if (depth >= 1 && *p != ' ')
			any = 1;
	}
	return -1;
}

int model_sig_count(const char *sig, int *params, int *results)
{
	const char *p;
	if (!sig)
		return -1;
	if (!strncmp(sig, "method(", 7)) {
		p = sig + 6;
		if (count_list(&p) < 0 || strncmp(p, " func(", 6))
			return -1;
		sig = p + 1;
	}
	if (strncmp(sig, "func(", 5))
		return -1;
	p = sig + 4;
	if ((*params = count_list(&p)) < 0)
		return -1;
	if (!strncmp(p, " (", 2)) {
		p++;
		*results = count_list(&p);
	} else {
		*results = (*p == ' ' && p[1] && p[1] != '{') ? 1 : 0;
	}
	return *results < 0 ? -1 : 0;
}

void sig_table_init(struct sig_table *t)
{
	t->by_name = (struct strmap)STRMAP_INIT;
}

void sig_table_release(struct sig_table *t)
{
	strmap_release(&t->by_name);
}

static void put_first(struct strmap *m, const struct sbuf *key, int64_t v)
{
	int64_t old;
	if (!strmap_get(m, key->buf, key->len, &old))
		strmap_put(m, key->buf, key->len, v);
}

void sig_table_add(struct sig_table *t, int64_t package_id, const char *pkg_name,
		   const char *name, const char *body)
{
	struct sbuf key = SBUF_INIT;
	int np, nr;
	int64_t v;
	if (!name || model_sig_count(body, &np, &nr) < 0)
		return;
	v = (int64_t)np << 20 | (int64_t)nr;
	sbuf_addf(&key, "P%lld:%s", (long long)package_id, name);
	put_first(&t->by_name, &key, v);
	if (pkg_name && *pkg_name) {
		sbuf_reset(&key);
		sbuf_addf(&key, "%s.%s", pkg_name, name);
		put_first(&t->by_name, &key, v);
	}
	sbuf_release(&key);
}

int sig_table_find(const struct sig_table *t, int64_t package_id, const char *callee,
		   int *params, int *results)
{
	struct sbuf key = SBUF_INIT;
	int64_t v;
	int ok;
	*params = *results = -1;
	if (!t || !callee)
		return -1;
	sbuf_addf(&key, "P%lld:%s", (long long)package_id, callee);
	ok = strmap_get(&t->by_name, key.buf, key.len, &v) ||
	     strmap_get(&t->by_name, callee, strlen(callee), &v);
	sbuf_release(&key);
	if (!ok)
		return -1;
	*params = (int)(v >> 20);
	*results = (int)(v & 0xfffff);
	return 0;
}

int model_result_scheme(const char *v)
{
	long lo = -1, hi = -1;
	const char *p = v, *dash;
	if (!v)
		return 0;
	if (!strncmp(p, "go", 2))
		p += 2;
	if (!strncmp(p, "<=", 2))
		lo = 0, p += 2;
	if (strncmp(p, "1.", 2))
		return 0;
	dash = strchr(p, '-');
	hi = strtol(p + 2, NULL, 10);
	if (lo < 0)
		lo = hi;
	if (strchr(p, '+'))
		hi = 999;
	else if (dash && !strncmp(dash + 1, "1.", 2))
		hi = strtol(dash + 3, NULL, 10);
	return hi <= 16 ? 1 : lo >= 17 ? 2 : 0;
}

long model_result_index(int scheme, long num, int np, int nr)
{
	int old_ok = np >= 0 && num >= np && (nr < 0 || num - np < nr);
	int new_ok = nr < 0 || num < nr;
	if (np == 0 || num == 0)
		return num;
	if (scheme == 2)
		return num;
	if (scheme == 1)
		return np >= 0 && num >= np ? num - np : -1;
	if (old_ok && !new_ok)
		return num - np;
	if (new_ok && !old_ok && nr >= 0)
		return num;
	return -1;
}

/* ---- the namer ------------------------------------------------------------- */

static void add_param(struct loc_namer *nm, size_t *alloc, const char *name)
{
	if (!name || loc_is_param(nm, name))
		return;
	VEC_GROW(nm->params, nm->n_params + 1, *alloc);
	nm->params[nm->n_params++] = xstrdup(name);
}

void loc_namer_init(struct loc_namer *nm, const struct mfunc *g, const char *go_version,
		    const struct sig_table *sigs)
{
	size_t alloc = 0;
	memset(nm, 0, sizeof(*nm));
	nm->scheme = model_result_scheme(go_version);
	nm->np = nm->nr = -1;
	nm->sigs = sigs;
	if (!g)
		return;
	nm->fname = g->name;
	nm->package_id = g->package_id;
	nm->inl = g->inl;
	nm->n_inl = g->n_inl;
	if (model_sig_count(g->body, &nm->np, &nm->nr) < 0)
		nm->np = nm->nr = -1;
	/* A parameter is a name the function leaks, or one that does not
	 * escape at the declaration itself. */
	for (size_t i = 0; i < g->n_events; i++) {
		const struct mevent *e = &g->events[i];
		if (!strncmp(e->kind, "leaking_param", 13) ||
		    (!strcmp(e->kind, "does_not_escape") && mpos_same_file(&e->pos, &g->pos) &&
		     e->pos.line == g->pos.line))
			add_param(nm, &alloc, e->subject);
	}
	for (size_t i = 0; i < g->n_expls; i++)
		if (!strcmp(g->expls[i].kind, "param_leak"))
			add_param(nm, &alloc, g->expls[i].subject);
}

void loc_namer_release(struct loc_namer *nm)
{
	for (size_t i = 0; i < nm->n_params; i++)
		free(nm->params[i]);
	free(nm->params);
	nm->params = NULL;
	nm->n_params = 0;
}

static int prefix_num(const char *name, const char *prefix, long *num)
{
	size_t n = strlen(prefix);
	if (strncmp(name, prefix, n))
		return 0;
	*num = util_parse_long(name + n, strlen(name + n));
	return *num >= 0;
}

size_t model_call_callee(const char *expr)
{
	size_t n = strlen(expr), depth = 0, open = 0, last = 0;
	const char *first = strchr(expr, '(');
	char quote = 0;

	for (size_t i = 0; i < n; i++) {
		char c = expr[i];
		if (quote) {
			if (c == '\\' && quote != '`' && i + 1 < n)
				i++;
			else if (c == quote)
				quote = 0;
			continue;
		}
		if (c == '"' || c == '\'' || c == '`') {
			quote = c;
		} else if (c == '(' || c == '[' || c == '{') {
			if (!depth++ && c == '(')
				open = i;
		} else if ((c == ')' || c == ']' || c == '}') && depth && !--depth && c == ')') {
			if (i == n - 1 && open)
				return open;
			last = open;
		}
	}
	if (last)
		return last;
	/* Cut or unbalanced: the text before the first parenthesis, if any. */
	return first && first > expr ? (size_t)(first - expr) : n;
}

int loc_is_result(const char *name)
{
	long k;
	return prefix_num(name, "~r", &k) || prefix_num(name, "~R", &k);
}

int loc_is_param(const struct loc_namer *nm, const char *name)
{
	for (size_t i = 0; i < nm->n_params; i++)
		if (!strcmp(nm->params[i], name))
			return 1;
	return 0;
}

char *loc_plain_name(const char *name)
{
	struct sbuf b = SBUF_INIT;
	size_t n = strlen(name);
	long k;
	if (!strcmp(name, "{heap}"))
		return xstrdup("the heap");
	if (!strcmp(name, "{temp}"))
		return xstrdup("a temporary");
	if (n > 14 && !strncmp(name, "{storage for ", 13) && name[n - 1] == '}') {
		sbuf_addstr(&b, "storage for ");
		sbuf_add(&b, name + 13, n - 14);
		return sbuf_detach(&b, NULL);
	}
	if (prefix_num(name, "~R", &k)) {
		sbuf_addf(&b, "result %ld of an inlined call", k);
		return sbuf_detach(&b, NULL);
	}
	if (prefix_num(name, "~arg", &k)) {
		sbuf_addf(&b, "argument %ld of an inlined call", k);
		return sbuf_detach(&b, NULL);
	}
	if (strstr(name, ".autotmp_"))
		return xstrdup("a compiler temporary");
	return NULL;
}

/* The one function inlined at a step's position, or NULL (borrowed). */
static const char *callee_at(const struct loc_namer *nm, const struct mstep *st)
{
	const char *found = NULL;
	if (!mpos_known(&st->pos))
		return NULL;
	for (size_t i = 0; i < nm->n_inl; i++) {
		const struct minline *c = &nm->inl[i];
		if (!c->inlined || !mpos_same_file(&c->pos, &st->pos) || c->pos.line != st->pos.line ||
		    (st->pos.col && c->pos.col != st->pos.col))
			continue;
		if (found && strcmp(found, c->callee))
			return NULL; /* two callees at one position: cannot tell */
		found = c->callee;
	}
	return found;
}

/*
 * Is raw the explained function's own result?  It is when a `return`
 * step leads into it; when an assignment does, it is the result of an
 * inlined call, and *site is the step to look the callee up at.
 */
static int own_result(const struct mexpl *x, const char *raw, const struct mstep **site)
{
	*site = NULL;
	for (size_t i = 0; i < x->n_flows; i++) {
		const struct mflow *f = &x->flows[i];
		if (strcmp(f->dst, raw))
			continue;
		for (size_t j = 0; j < f->n_steps; j++)
			if (f->steps[j].reason && !strcmp(f->steps[j].reason, "return"))
				return 1;
		if (f->n_steps)
			*site = &f->steps[f->n_steps - 1];
	}
	for (size_t j = 0; j < x->n_steps; j++)
		if (x->steps[j].expr && !strcmp(x->steps[j].expr, raw)) {
			if (x->steps[j].reason && !strcmp(x->steps[j].reason, "return"))
				return 1;
			*site = &x->steps[j];
		}
	return *site == NULL;
}

static char *result_name(const struct loc_namer *nm, const struct mexpl *x, const char *raw,
			 long num)
{
	struct sbuf b = SBUF_INIT;
	const struct mstep *site = NULL;
	const char *callee = NULL;
	int np = nm->np, nr = nm->nr;
	long idx;

	if (x && !own_result(x, raw, &site)) {
		callee = site ? callee_at(nm, site) : NULL;
		if (!callee || sig_table_find(nm->sigs, nm->package_id, callee, &np, &nr) < 0)
			np = nr = -1;
	}
	idx = model_result_index(nm->scheme, num, np, nr);
	if (idx >= 0)
		sbuf_addf(&b, "result %ld", idx);
	else
		sbuf_addf(&b, "result %s", raw);
	if (x && site)
		sbuf_addf(&b, " of %s%s", callee ? callee : "an inlined call",
			  callee ? " (inlined)" : "");
	else if (nm->fname)
		sbuf_addf(&b, " of %s", nm->fname);
	if (idx < 0)
		sbuf_addstr(&b, " (Go <= 1.16 numbers results after the parameters,"
			    " and the signature is not in the log)");
	return sbuf_detach(&b, NULL);
}

char *loc_name(const struct loc_namer *nm, const struct mexpl *x, const char *name)
{
	struct sbuf b = SBUF_INIT;
	const char *of = nm->fname ? nm->fname : "the function";
	char *plain = loc_plain_name(name);
	long k;
	if (plain)
		return plain;
	if (prefix_num(name, "~r", &k))
		return result_name(nm, x, name, k);
	if (prefix_num(name, "~b", &k))
		sbuf_addf(&b, "a blank result of %s", of);
	else if (prefix_num(name, "~p", &k))
		sbuf_addf(&b, "parameter %ld of %s", k, of);
	else if (prefix_num(name, ".anon", &k))
		sbuf_addf(&b, "unnamed parameter %ld of %s", k, of);
	else if (!strcmp(name, ".this"))
		sbuf_addf(&b, "the receiver of %s", of);
	else if (nm->fname && loc_is_param(nm, name))
		sbuf_addf(&b, "parameter %s of %s", name, of);
	else
		return NULL;
	return sbuf_detach(&b, NULL);
}

char *loc_short_name(const struct loc_namer *nm, const struct mexpl *x, const char *name)
{
	char *full = loc_name(nm, x, name);
	size_t n, k;
	if (!full)
		return xstrdup(name);
	if (nm->fname) {
		n = strlen(full);
		k = strlen(nm->fname);
		if (n > k + 4 && !strcmp(full + n - k, nm->fname) &&
		    !strncmp(full + n - k - 4, " of ", 4))
			full[n - k - 4] = '\0';
	}
	return full;
}

static int b64(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '+' || c == '/' || c == '-' || c == '_';
}

size_t model_strip_inline_hash(const char *name, size_t n, struct sbuf *out)
{
	size_t dropped = 0, k = 0, from = 0;
	if (!n) /* name may be NULL then */
		return 0;
	while (k < n) {
		const char *h = memchr(name + k, '#', n - k);
		size_t i, j;
		if (!h)
			break;
		i = (size_t)(h - name);
		for (j = 1; j <= 11 && i + j < n && b64(name[i + j]); j++)
			;
		if (j == 12 && i + 13 < n && name[i + 12] == '=' && name[i + 13] == '#') {
			sbuf_add(out, name + from, i - from);
			from = k = i + 14;
			dropped++;
		} else {
			k = i + 1;
		}
	}
	sbuf_add(out, name + from, n - from);
	return dropped;
}

const char *model_func_shown(const char *name)
{
	if (!name)
		return "?";
	return strcmp(name, "init") ? name : "package init";
}

/* Wrappers whose code is the enclosing function's, each followed by digits. */
static const char *const wrapper_marks[] = { ".deferwrap", ".gowrap", "-range" };
#define N_WRAPPER_MARKS (sizeof(wrapper_marks) / sizeof(wrapper_marks[0]))

/* Does mark begin at name[i] of name[0..n), followed by a digit? */
static int numbered_at(const char *name, size_t n, size_t i, const char *mark)
{
	size_t k = strlen(mark);
	return mark[0] == name[i] && i + k < n && !memcmp(name + i, mark, k) &&
	       name[i + k] >= '0' && name[i + k] <= '9';
}

int model_func_is_generated(const char *name, size_t n)
{
	if (!n) /* "can inline " with no name: name may be NULL (fuzz regression) */
		return 0;
	if (n > 3 && !memcmp(name + n - 3, "-fm", 3))
		return 1;
	/* a closure or a wrapper: ".func1", "glob..func2", ".gowrap3", "-range1";
	 * one pass over the name, as each mark begins with '.' or '-' */
	for (size_t i = 0; i < n; i++) {
		if (name[i] != '.' && name[i] != '-')
			continue;
		if (numbered_at(name, n, i, ".func"))
			return 1;
		for (size_t m = 0; m < N_WRAPPER_MARKS; m++)
			if (numbered_at(name, n, i, wrapper_marks[m]))
				return 1;
	}
	return 0;
}

size_t model_func_without_wrappers(const char *name, size_t n)
{
	for (;;) {
		size_t d = n, cut = 0;
		while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9')
			d--;
		for (size_t m = 0; d < n && m < N_WRAPPER_MARKS; m++) {
			size_t k = strlen(wrapper_marks[m]);
			if (d > k && !memcmp(name + d - k, wrapper_marks[m], k))
				cut = d - k;
		}
		if (!cut)
			return n;
		n = cut;
	}
}
