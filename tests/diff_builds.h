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
	struct store_diff_pkgs *o = NULL, *n = NULL;
	int rc;
	memset(r, 0, sizeof(*r));
	if ((rc = store_diff_open(os, oid, &r->old, &o, err)) == 0 &&
	    (rc = store_diff_open(ns, nid, &r->new, &n, err)) == 0) {
		struct diff_source so = store_diff_source(o), sn = store_diff_source(n);
		rc = diff_sources(&so, &sn, r, err);
	}
	store_diff_close(o);
	store_diff_close(n);
	if (rc < 0)
		diff_result_release(r);
	return rc;
}

#endif
