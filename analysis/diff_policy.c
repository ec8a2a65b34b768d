/* escviz diff policy: --ignore rules and the --fail-on gate (analysis/diff.h). */
#include "analysis/diff.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/hot.h"
#include "common/util.h"
#include "common/xalloc.h"

/* ---- --ignore ---------------------------------------------------------------- */

struct ignore_rule {
	char *field[4]; /* kind, package, function, subject: globs */
};

struct diff_ignore {
	struct ignore_rule *v;
	size_t n, alloc;
};

void diff_ignore_free(struct diff_ignore *ig)
{
	if (!ig)
		return;
	for (size_t i = 0; i < ig->n; i++)
		for (int f = 0; f < 4; f++)
			free(ig->v[i].field[f]);
	free(ig->v);
	free(ig);
}

/* Split line into up to four fields; the fourth is the rest of the line. */
static int ignore_parse(char *line, struct ignore_rule *rule)
{
	char *p = line;
	int nf = 0;
	for (; nf < 4; nf++) {
		char *start;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		start = p;
		if (nf < 3)
			while (*p && *p != ' ' && *p != '\t')
				p++;
		else
			p += strlen(p);
		while (nf == 3 && p > start && (p[-1] == ' ' || p[-1] == '\t'))
			p--;
		rule->field[nf] = xmemdupz(start, (size_t)(p - start));
		if (*p)
			p++;
	}
	for (int f = nf; f < 4; f++)
		rule->field[f] = xstrdup("*");
	return nf;
}

static int ignore_line(struct diff_ignore *ig, char *line, const char *path, int lineno,
		       struct sbuf *err)
{
	struct ignore_rule rule;
	char *hash = strchr(line, '#');
	const char *k;
	if (hash)
		*hash = '\0';
	line[strcspn(line, "\r\n")] = '\0';
	if (ignore_parse(line, &rule) == 0) {
		for (int f = 0; f < 4; f++)
			free(rule.field[f]);
		return 0;
	}
	k = rule.field[0];
	if (!strpbrk(k, "*?[") && diff_kind_parse(k) < 0) {
		error_set(err, ESCVIZ_EUSAGE, "%s:%d: unknown change kind '%s'", path, lineno, k);
		for (int f = 0; f < 4; f++)
			free(rule.field[f]);
		return ESCVIZ_EUSAGE;
	}
	VEC_GROW(ig->v, ig->n + 1, ig->alloc);
	ig->v[ig->n++] = rule;
	return 0;
}

int diff_ignore_load(const char *path, struct diff_ignore **out, struct sbuf *err)
{
	FILE *f = fopen(path, "r");
	struct diff_ignore *ig;
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0;

	*out = NULL;
	if (!f)
		return error_set(err, ESCVIZ_EIO, "%s: %s", path, strerror(errno));
	ig = xcalloc(1, sizeof(*ig));
	while (rc == 0 && getline(&line, &cap, f) >= 0)
		rc = ignore_line(ig, line, path, ++lineno, err);
	if (rc == 0 && ferror(f))
		rc = error_set(err, ESCVIZ_EIO, "%s: read error", path);
	free(line);
	fclose(f);
	if (rc < 0) {
		diff_ignore_free(ig);
		return rc;
	}
	*out = ig;
	return 0;
}

static int ignored(const struct diff_ignore *ig, const struct diff_item *it)
{
	for (size_t i = 0; ig && i < ig->n; i++) {
		char *const *f = ig->v[i].field;
		if (!fnmatch(f[0], diff_kind_name(it->kind), 0) && !fnmatch(f[1], it->package, 0) &&
		    !fnmatch(f[2], it->function, 0) && !fnmatch(f[3], it->subject, 0))
			return 1;
	}
	return 0;
}

void diff_result_ignore(struct diff_result *r, const struct diff_ignore *ig)
{
	unsigned char *keep = xcalloc(r->n + 1, 1);
	for (size_t i = 0; i < r->n; i++)
		keep[i] = !ignored(ig, &r->items[i]);
	r->ignored += diff_result_keep(r, keep);
	free(keep);
}

void diff_result_hide_respelled(struct diff_result *r)
{
	unsigned char *keep = xcalloc(r->n + 1, 1);
	for (size_t i = 0; i < r->n; i++)
		keep[i] = r->items[i].change != DC_RESPELLED;
	r->respelled_hidden += diff_result_keep(r, keep);
	free(keep);
}

/* ---- --fail-on ----------------------------------------------------------------- */

/* Apply one word of a --fail-on list. */
static int failon_word(const char *w, struct diff_failon *out, struct sbuf *err)
{
	int k = diff_kind_parse(w);
	if (!*w)
		return 0;
	if (!strcmp(w, "regression"))
		out->any_regression = 1;
	else if (!strcmp(w, "any"))
		out->any_change = 1;
	else if (!strcmp(w, "hot"))
		out->hot = 1;
	else if (k >= 0)
		out->kinds |= 1u << k;
	else
		return error_set(err, ESCVIZ_EUSAGE,
				 "unknown --fail-on kind '%s' (want regression, any, hot, or a change kind)", w);
	return 0;
}

int diff_failon_parse(const char *spec, struct diff_failon *out, struct sbuf *err)
{
	struct sbuf w = SBUF_INIT;
	int rc = 0;
	memset(out, 0, sizeof(*out));
	for (const char *p = spec ? spec : ""; rc == 0; p++) {
		if (*p && *p != ',' && *p != ' ') {
			sbuf_addch(&w, *p);
			continue;
		}
		rc = failon_word(w.buf, out, err);
		sbuf_reset(&w);
		if (!*p)
			break;
	}
	sbuf_release(&w);
	return rc;
}

int diff_failon_hit(const struct diff_failon *f, const struct diff_item *it)
{
	if (it->change == DC_RESPELLED)
		return 0;
	if (f->any_change || (f->any_regression && it->regression) ||
	    (f->hot && it->regression && it->hot))
		return 1;
	if (!(f->kinds & (1u << it->kind)))
		return 0;
	return it->regression || it->kind == DK_EXPLANATION || it->kind == DK_INLINE_COST;
}

/* ---- hot code ------------------------------------------------------------------ */

void diff_result_mark_hot(struct diff_result *r, const struct hot_cutoffs *old,
			  const struct hot_cutoffs *new)
{
	r->profiled = 1;
	for (size_t i = 0; i < r->n; i++) {
		struct diff_item *it = &r->items[i];
		it->hot = hot_is(it->old_bytes, old->bytes) || hot_is(it->old_cpu, old->cpu) ||
			  hot_is(it->new_bytes, new->bytes) || hot_is(it->new_cpu, new->cpu);
	}
}
