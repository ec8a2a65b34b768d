/* A build's causes for the commands that show them (cmd/cli_causes.h). */
#include "cmd/cli_causes.h"

#include <stdlib.h>
#include <string.h>

#include "cmd/cli.h"
#include "common/xalloc.h"
#include "store/store_explain.h"

static void count(struct cause_counts *c, const struct cause_result *r)
{
	c->n[r->primary]++;
	c->inferred_n[r->primary] += r->inferred;
	c->total++;
	c->inferred += r->inferred;
	c->unknown_reasons += (int64_t)r->unknown;
}

static int done(void *ctx, const struct cause_verdict *v, const struct cause_result *r)
{
	struct cli_causes *c = ctx;
	struct cli_cause *e;
	int64_t at;
	const char *pkg = v->package ? v->package : "";
	VEC_GROW(c->v, c->n + 1, c->alloc);
	e = &c->v[c->n++];
	e->event_id = v->event_id;
	e->function_id = v->function_id;
	e->primary = (unsigned char)r->primary;
	e->inferred = (unsigned char)r->inferred;
	e->causes = (unsigned short)r->causes;
	e->callee = r->callee[0] ? xstrdup(r->callee) : NULL;
	count(&c->all, r);
	if (!strmap_get(&c->pkg_index, pkg, strlen(pkg), &at)) {
		VEC_GROW(c->pkgs, c->npkgs + 1, c->apkgs);
		memset(&c->pkgs[c->npkgs], 0, sizeof(c->pkgs[0]));
		c->pkgs[c->npkgs].name = xstrdup(pkg);
		at = (int64_t)c->npkgs++;
		strmap_put(&c->pkg_index, pkg, strlen(pkg), at);
	}
	count(&c->pkgs[at], r);
	return 0;
}

int cli_causes_load(struct store *s, int64_t build, struct cli_causes *out, struct sbuf *err)
{
	struct cause_sink sink = { .done = done, .ctx = out };
	struct cause_feed feed = cause_sink_feed(&sink);
	memset(out, 0, sizeof(*out));
	return store_causes(s, build, &feed, err);
}

static int cmp_total(const void *a, const void *b)
{
	const struct cause_counts *x = a, *y = b;
	if (x->total != y->total)
		return x->total < y->total ? 1 : -1;
	return strcmp(x->name, y->name);
}

int cli_causes_stats(struct store *s, int64_t build, int packages, size_t top,
		     struct build_stats *st, struct sbuf *err)
{
	struct cli_causes c;
	int rc = cli_causes_load(s, build, &c, err);
	if (rc == 0) {
		st->causes = xmalloc(sizeof(*st->causes));
		*st->causes = c.all;
	}
	if (rc == 0 && packages) {
		if (c.npkgs) /* qsort of NULL is undefined, even for 0 items */
			qsort(c.pkgs, c.npkgs, sizeof(c.pkgs[0]), cmp_total);
		st->n_cause_packages = top && top < c.npkgs ? top : c.npkgs;
		st->cause_packages = xcalloc(st->n_cause_packages + 1, sizeof(*st->cause_packages));
		for (size_t i = 0; i < st->n_cause_packages; i++) {
			st->cause_packages[i] = c.pkgs[i];
			c.pkgs[i].name = NULL; /* moved */
		}
	}
	cli_causes_release(&c);
	return rc;
}

const struct cli_cause *cli_causes_find(const struct cli_causes *c, int64_t id)
{
	size_t lo = 0, hi = c->n;
	while (lo < hi) { /* the store feeds them in event id order */
		size_t mid = lo + (hi - lo) / 2;
		if (c->v[mid].event_id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->n && c->v[lo].event_id == id ? &c->v[lo] : NULL;
}

void cli_causes_release(struct cli_causes *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].callee);
	free(c->v);
	for (size_t i = 0; i < c->npkgs; i++)
		free(c->pkgs[i].name);
	free(c->pkgs);
	strmap_release(&c->pkg_index);
	memset(c, 0, sizeof(*c));
}

int cli_cause_option(const char *cmd, const char *value)
{
	int c = cause_parse(value);
	if (c < 0)
		cli_usage_error(cmd, "unknown cause '%s' (one of %s)", value, cause_names_list());
	return c;
}
