#ifndef ESCVIZ_RENDER_NEAR_H
#define ESCVIZ_RENDER_NEAR_H
/*
 * The writer of `escviz funcs --near-budget N` (analysis/near.h): text
 * prints the two lists under their headings, one table each; JSON, CSV
 * and TSV print one table, the functions over the budget first, told
 * apart by the "list" field (docs/json.md).  Returns 0, or ESCVIZ_EIO.
 */
#include <stdio.h>

#include "analysis/near.h"
#include "render/render_table.h"

int render_near(FILE *out, const struct near_list *l, enum render_format fmt,
		const struct render_table_opts *o);

/* Where a row's budget comes from: "printed", "build" or "default". */
const char *render_near_budget_source(const struct near_list *l, const struct near_fn *f);

#endif
