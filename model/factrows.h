#ifndef ESCVIZ_MODEL_FACTROWS_H
#define ESCVIZ_MODEL_FACTROWS_H
/*
 * Facts (model/facts.h) from the rows of an ingested build: what
 * store/store_diff.c does with the rows it reads from SQLite and
 * model/logfacts.c with the rows it keeps in memory, in one copy, so that
 * a log diffed without a database gives the facts its stored build gives.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/facts.h"
#include "parser/parser.h"

/* Another occurrence of f: a copy without explanation or peer. */
void fact_copy_occurrence(struct fact *to, const struct fact *f);
/*
 * fs->v[first] is an event printed count times at one position: append
 * its other count - 1 occurrences, so that the matcher pairs occurrences
 * and a count that changes is an added or removed occurrence.
 */
void factset_add_occurrences(struct factset *fs, size_t first);

/*
 * The explanations of an event, in printed order, go one to each of its
 * occurrences; when there are more explanations than occurrences the last
 * occurrence takes the rest.  Feed the explanations ordered by event, then
 * explanation; returns the occurrence (0-based) explanation x of event ev,
 * which has count occurrences, goes to.
 */
struct fact_expl_cursor {
	int64_t last_ev, last_x, nth;
};
long fact_expl_occurrence(struct fact_expl_cursor *c, int64_t ev, int64_t x, long count);

/* One line of an explanation, as the diff shows it: "flow: DST = OPSSRC". */
void fact_chain_flow(struct fact *f, struct sbuf *scratch, struct span dst, struct span ops,
		     struct span src);
/* "from EXPR (REASON)" ('?' when there is no reason), at file:line:col when file is not NULL. */
void fact_chain_step(struct fact *f, struct sbuf *scratch, struct span expr, struct span reason,
		     int has_reason, const char *file, long line, long col);

/* The same lines counted and hashed only (fact_chain_count_parts()), for a
 * source that gives them again on demand (struct fact_loader). */
void fact_count_flow(struct fact *f, struct span dst, struct span ops, struct span src);
void fact_count_step(struct fact *f, struct span expr, struct span reason, int has_reason);

/* The kind of a fact of event or row kind k ("heap_escape", "inlined_call", ...). */
enum diff_kind fact_kind_of(const char *k);

#endif
