/*
 * diff_builds(): load two stored builds' facts and compare them, as
 * `escviz diff` wires it (cmd/cmd_diff.c); for the tests that diff stored
 * builds (unit::test_diff, the diff fuzz target).
 */
#ifndef ESCVIZ_TESTS_DIFF_BUILDS_H
#define ESCVIZ_TESTS_DIFF_BUILDS_H

#include <string.h>

#include "analysis/diff.h"
#include "store/store_diff.h"

static int diff_builds(struct store *os, int64_t oid, struct store *ns, int64_t nid,
		       struct diff_result *r, struct sbuf *err)
{
	struct factset o, n;
	int rc;
	memset(r, 0, sizeof(*r));
	memset(&o, 0, sizeof(o));
	memset(&n, 0, sizeof(n));
	if ((rc = store_diff_load(os, oid, &o, &r->old, err)) == 0 &&
	    (rc = store_diff_load(ns, nid, &n, &r->new, err)) == 0)
		diff_facts(&o, &n, r);
	factset_release(&o);
	factset_release(&n);
	if (rc < 0)
		diff_result_release(r);
	return rc;
}

#endif
