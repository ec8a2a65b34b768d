#ifndef ESCVIZ_ANALYSIS_WHY_H
#define ESCVIZ_ANALYSIS_WHY_H
/*
 * Why paths: from the verdicts and explanations store_why() found
 * (model/why.h) to the path a reader follows, every location in plain
 * words (model/names.h), the same words the graph model uses.
 *
 * - An old chain (Go <= 1.12) starts at the verdict's own expression
 *   (`&x` is an address-of).
 * - Where a path ends: the last flow's destination; a leak's destination;
 *   the result a parameter leaks to; else the heap.
 */
#include "model/why.h"

/* Name every explanation of r, and give each escape, move and leak its
 * cause (analysis/cause.h), in place.  Safe to call once. */
void why_name(struct why_result *r);

#endif
