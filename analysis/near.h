#ifndef ESCVIZ_ANALYSIS_NEAR_H
#define ESCVIZ_ANALYSIS_NEAR_H
/*
 * Near misses of the inliner (no SQL, no I/O): the functions that missed
 * the inlining budget by a little, and the inlinable ones that are close
 * to it, as `escviz funcs --near-budget N` and the report list them.
 *
 *   over      `cannot inline F: function too complex: cost C exceeds
 *             budget B` with 0 < C - B <= N; margin = C - B, the budget
 *             as printed.
 *   headroom  `can inline F with cost C` with 0 <= B - C <= N; margin =
 *             B - C.  The compiler does not print the budget of an
 *             inlinable function, so B is the build's budget: the one its
 *             `exceeds budget` lines print most often, 80 (the compiler's
 *             inlineMaxBudget) when they print none.  An inlinable
 *             function that costs more than B had a larger budget (Go
 *             1.22+ gives closures called once 10 times the budget, PGO
 *             gives hot functions 2000) that the log does not tell: it is
 *             left out.
 *
 * Each list is sorted by margin, closest to the budget first, then by
 * package, variant and name.
 */
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"

struct near_fn {
	const struct func_row *f; /* borrowed from the rows given */
	int64_t margin;           /* over: cost - budget; headroom: budget - cost */
	int64_t budget;
	int budget_printed;       /* 1: the log printed it for this function */
};

struct near_list {
	int64_t within;         /* N */
	int64_t budget;         /* the build's budget used for headroom */
	int budget_printed;     /* 1: taken from the log, 0: the default */
	size_t n_costs;         /* functions with a printed cost, of either list or none */
	struct near_fn *over;   /* missed the budget by at most N */
	size_t n_over;
	struct near_fn *headroom; /* inlinable, within N of the budget */
	size_t n_headroom;
};

/*
 * Fill l from the n functions v (store_func_costs()), within N >= 0;
 * printed_budget: the budget the build's lines print most often, or -1.
 * l borrows v.
 */
void near_budget(const struct func_row *v, size_t n, int64_t within, int64_t printed_budget,
		 struct near_list *l);
void near_list_release(struct near_list *l);

#endif
