/* The one function-name resolver (model/resolve.h). */
#include "model/resolve.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/util.h"
#include "common/xalloc.h"

/* ---- small helpers ------------------------------------------------------- */

char *model_strip_targs(const char *name)
{
	struct sbuf b = SBUF_INIT;
	int depth = 0;
	for (const char *p = name; *p; p++) {
		if (*p == '[')
			depth++;
		else if (*p == ']' && depth > 0)
			depth--;
		else if (!depth)
			sbuf_addch(&b, *p);
	}
	return sbuf_detach(&b, NULL);
}

/* q ends with spec, and spec starts right after a '.' or '/' in q. */
int model_suffix_at(const char *q, const char *spec, const char *seps)
{
	size_t lq = strlen(q), ls = strlen(spec);
	if (ls == 0 || lq <= ls || strcmp(q + lq - ls, spec))
		return 0;
	return strchr(seps, q[lq - ls - 1]) != NULL;
}

/* Edit distance, case-insensitive; stops counting at cap. */
static size_t distance(const char *a, const char *b, size_t cap)
{
	size_t la = strlen(a), lb = strlen(b), *row, best = cap + 1;
	if ((la > lb ? la - lb : lb - la) > cap)
		return cap + 1;
	row = xcalloc(lb + 1, sizeof(*row));
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t sub = diag + (tolower((unsigned char)a[i - 1]) !=
					     tolower((unsigned char)b[j - 1]));
			size_t v = up + 1 < row[j - 1] + 1 ? up + 1 : row[j - 1] + 1;
			row[j] = sub < v ? sub : v;
			diag = up;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

static int contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (!strncasecmp(hay, needle, n))
			return 1;
	return 0;
}

/* ---- candidates --------------------------------------------------------- */


void func_cands_free(struct func_cand *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].key);
		free(c[i].name);
	}
	free(c);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* qsort wants a valid pointer even for no elements. */
void model_sort_strs(char **v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof(*v), cmp_str);
}

/* Append ", "-separated distinct keys of the n given candidates (at most 8). */
void model_list_keys(struct sbuf *msg, char **keys, size_t n)
{
	size_t shown = 0;
	model_sort_strs(keys, n);
	for (size_t i = 0; i < n; i++) {
		if (i && !strcmp(keys[i], keys[i - 1]))
			continue;
		if (shown == 8) {
			sbuf_addstr(msg, ", ...");
			break;
		}
		sbuf_addf(msg, "%s'%s'", shown ? ", " : "", keys[i]);
		shown++;
	}
}

/* The "did you mean" part for an unknown name: close names by edit distance. */
void model_suggest(struct sbuf *msg, const char *spec, char **names, size_t n)
{
	size_t cap = strlen(spec) / 3 > 2 ? strlen(spec) / 3 : 2, k = 0;
	char **close = xcalloc(n ? n : 1, sizeof(*close));
	for (size_t i = 0; i < n; i++)
		if (contains_nocase(names[i], spec) || distance(spec, names[i], cap) <= cap)
			close[k++] = names[i];
	if (k) {
		sbuf_addstr(msg, "; close candidates: ");
		model_list_keys(msg, close, k);
	}
	free(close);
}

/* ---- functions ---------------------------------------------------------- */

/*
 * Does function c match spec at tier t?  *key receives the identity the
 * match stands for (package path and name; generic instantiations share
 * one at tier 3).
 */
static int func_match(const struct func_cand *c, const char *spec, int t, char **key)
{
	char *sq, *sn;
	int ok;
	*key = NULL;
	if (t < 3) {
		ok = t == 0 ? !strcmp(c->name, spec)
			    : t == 1 ? !strcmp(c->key, spec) : model_suffix_at(c->key, spec, "./");
		if (ok)
			*key = xstrdup(c->key);
		return ok;
	}
	if (strchr(spec, '['))
		return 0;
	sq = model_strip_targs(c->key);
	sn = model_strip_targs(c->name);
	ok = !strcmp(sn, spec) || !strcmp(sq, spec) || model_suffix_at(sq, spec, "./");
	if (ok)
		*key = sq;
	else
		free(sq);
	free(sn);
	return ok;
}

/* Pick the matches of one tier: 1 = unique (ids set), 0 = none, -1 = ambiguous. */
static int pick_tier(const struct func_cand *c, size_t n, const char *spec, int t, int64_t **ids,
		     size_t *nids, struct sbuf *amb)
{
	char **keys = NULL;
	size_t nk = 0, alloc = 0, distinct = 0;
	int rc;
	for (size_t i = 0; i < n; i++) {
		char *k;
		if (!func_match(&c[i], spec, t, &k))
			continue;
		VEC_GROW(keys, nk + 1, alloc);
		keys[nk++] = k;
	}
	model_sort_strs(keys, nk);
	for (size_t i = 0; i < nk; i++)
		distinct += !i || strcmp(keys[i], keys[i - 1]);
	rc = distinct == 0 ? 0 : distinct == 1 ? 1 : -1;
	if (rc == 1) {
		size_t ia = 0;
		for (size_t i = 0; i < n; i++) {
			char *k;
			if (func_match(&c[i], spec, t, &k)) {
				VEC_GROW(*ids, *nids + 1, ia);
				(*ids)[(*nids)++] = c[i].id;
			}
			free(k);
		}
	} else if (rc < 0) {
		model_list_keys(amb, keys, nk);
	}
	for (size_t i = 0; i < nk; i++)
		free(keys[i]);
	free(keys);
	return rc;
}

int func_resolve(const struct func_cand *c, size_t nc, const char *spec, int64_t build,
		 int64_t **ids, size_t *n, struct sbuf *err)
{
	struct sbuf amb = SBUF_INIT;
	int rc = 0;
	char **names;

	*ids = NULL;
	*n = 0;
	for (int t = 0; t < 4 && rc == 0; t++)
		rc = pick_tier(c, nc, spec, t, ids, n, &amb);
	if (rc < 0) {
		error_set(err, ESCVIZ_EUSAGE, "'%s' is ambiguous in build %lld: %s",
			  spec, (long long)build, amb.buf);
		sbuf_addstr(err, "; give more of the name or the package path");
		rc = ESCVIZ_EUSAGE;
	} else if (rc == 0) {
		error_set(err, ESCVIZ_ENOTFOUND, "no function '%s' in build %lld", spec,
			  (long long)build);
		names = xcalloc(nc ? nc : 1, sizeof(*names));
		for (size_t i = 0; i < nc; i++)
			names[i] = c[i].name;
		model_suggest(err, spec, names, nc);
		free(names);
		rc = ESCVIZ_ENOTFOUND;
	} else {
		rc = 0;
	}
	if (rc < 0) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	sbuf_release(&amb);
	return rc;
}
