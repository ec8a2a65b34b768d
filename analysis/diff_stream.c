/*
 * diff_sources(): two builds compared a package at a time (analysis/diff.h).
 * Both sources give their packages in strcmp order of names, so a merge of
 * the two lists pairs each package with its namesake, or with nothing.
 *
 * The old side's package is read on a second thread while this one reads
 * the new side's when each source has its own database connection or file
 * (diff_source.resource), so a diff takes about as long as reading one build.  The comparison itself,
 * and anything it loads on demand (fact_loader), runs here, after both.
 */
#include "analysis/diff.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

struct reader {
	const struct diff_source *src;
	const char *package;
	struct factset fs;
	struct sbuf err;
	int rc;
};

static void *read_package(void *arg)
{
	struct reader *r = arg;
	r->rc = r->src->package(r->src->ctx, r->package, &r->fs, &r->err);
	return NULL;
}

int diff_sources(const struct diff_source *o, const struct diff_source *n,
		 struct diff_result *out, struct sbuf *err)
{
	int rc = 0;
	while (rc == 0) {
		const char *op = o->peek(o->ctx), *np = n->peek(n->ctx);
		struct reader ro = { o, NULL, { 0 }, SBUF_INIT, 0 };
		struct factset nfs;
		pthread_t t;
		int threaded;
		char *pkg;
		if (!op && !np)
			break;
		/* A copy: a source's name lasts until its next call only. */
		pkg = xstrdup(!op ? np : !np ? op : strcmp(op, np) <= 0 ? op : np);
		ro.package = pkg;
		memset(&nfs, 0, sizeof(nfs));
		/* Only a package both have is worth a thread, and only when the
		 * two sides read through different connections or files. */
		threaded = op && np && !strcmp(op, np) && o->resource != n->resource &&
			   pthread_create(&t, NULL, read_package, &ro) == 0;
		if (!threaded)
			read_package(&ro);
		rc = n->package(n->ctx, pkg, &nfs, err);
		if (threaded)
			pthread_join(t, NULL);
		if (rc == 0 && (rc = ro.rc) < 0)
			sbuf_addstr(err, ro.err.buf ? ro.err.buf : "");
		if (rc == 0) {
			diff_facts_add(&ro.fs, &nfs, out);
			if (o->check && (rc = o->check(o->ctx, err)) == 0 && n->check)
				rc = n->check(n->ctx, err);
		}
		free(pkg);
		sbuf_release(&ro.err);
		factset_release(&ro.fs);
		factset_release(&nfs);
	}
	if (rc == 0)
		diff_facts_finish(out);
	return rc;
}
