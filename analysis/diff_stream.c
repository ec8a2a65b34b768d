/*
 * diff_sources(): two builds compared a package at a time (analysis/diff.h).
 * Both sources give their packages in strcmp order of names, so a merge of
 * the two lists pairs each package with its namesake, or with nothing.
 */
#include "analysis/diff.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

int diff_sources(const struct diff_source *o, const struct diff_source *n,
		 struct diff_result *out, struct sbuf *err)
{
	int rc = 0;
	while (rc == 0) {
		const char *op = o->peek(o->ctx), *np = n->peek(n->ctx);
		struct factset ofs, nfs;
		char *pkg;
		if (!op && !np)
			break;
		/* A copy: a source's name lasts until its next call only. */
		pkg = xstrdup(!op ? np : !np ? op : strcmp(op, np) <= 0 ? op : np);
		memset(&ofs, 0, sizeof(ofs));
		memset(&nfs, 0, sizeof(nfs));
		if ((rc = o->package(o->ctx, pkg, &ofs, err)) == 0 &&
		    (rc = n->package(n->ctx, pkg, &nfs, err)) == 0) {
			diff_facts_add(&ofs, &nfs, out);
			if (o->check && (rc = o->check(o->ctx, err)) == 0 && n->check)
				rc = n->check(n->ctx, err);
		}
		free(pkg);
		factset_release(&ofs);
		factset_release(&nfs);
	}
	if (rc == 0)
		diff_facts_finish(out);
	return rc;
}
