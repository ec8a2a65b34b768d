#ifndef ESCVIZ_STORE_DIFF_INTERNAL_H
#define ESCVIZ_STORE_DIFF_INTERNAL_H
/* Shared by store_diff.c (loading) and store_diff_match.c (matching) only. */
#include <stddef.h>
#include <stdint.h>

#include "common/strmap.h"
#include "store/store_diff.h"

/*
 * One comparable fact of a build.  kind is one of the kinds a fact can
 * have: the escape and leak kinds (events), DK_INLINABLE (a function with
 * an inlining decision), DK_INLINED_CALL and DK_DEVIRTUALIZATION.
 */
struct fact {
	enum diff_kind kind;
	char *package;  /* path, plus " [variant]" */
	char *function; /* as printed; "" when unattributed */
	char *subject;  /* as printed */
	char *detail;   /* leak result "R level=N"; devirt target; inline reason */
	char *key;      /* identity: package, normalised function, kind, subject */
	char *fkey;     /* package and normalised function only */
	char *chain;    /* explanation without positions, normalised; NULL none */
	struct diff_pos pos;
	long rel;       /* line relative to the function's declaration */
	long cost, budget;
	int inlinable;
	struct diff_step *steps;
	size_t nsteps, steps_alloc;
	struct fact *peer; /* matched fact of the other build */
};

struct factset {
	struct fact *v;
	size_t n, alloc;
	struct strmap aliases; /* "package\037closure copy" -> index in alias_to */
	char **alias_to;       /* the closure's first name at its declaration */
	size_t nalias, alias_alloc;
	long budget; /* the build's inlining budget (largest printed, else 80) */
	int m_level;
};

/* Read every fact of build id into fs and its description into b. */
int diff_load(struct store *s, int64_t id, struct factset *fs, struct diff_build *b,
	      struct sbuf *err);
void factset_release(struct factset *fs);
/* Pair the facts of o and n and turn the differences into out->items. */
void diff_match(struct factset *o, struct factset *n, struct diff_result *out);
/* The per-package totals of both builds into out->pkgs. */
void diff_pkg_stats(const struct factset *o, const struct factset *n,
		    struct diff_result *out);
#endif
