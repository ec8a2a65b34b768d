#ifndef ESCVIZ_STORE_EXPLAIN_H
#define ESCVIZ_STORE_EXPLAIN_H
/*
 * Read-side queries behind `escviz why`, `escviz ls` and `escviz funcs`:
 * resolving what the user typed (a function, a file position, a
 * variable) against one build, and loading events, explanations and
 * per-function counts.
 *
 * The compiler's location names (`~r0`, `{heap}`, `{storage for X}`, a
 * parameter name) are turned into plain words here, because naming needs
 * the database: a function's signature (for Go <= 1.16 result numbering),
 * its parameters, and the inlined call at a position.
 *
 * Errors: 0 or a negative ESCVIZ_E* code with a message in err.
 * ESCVIZ_ENOTFOUND: an unknown function or file (the message lists close
 * candidates); ESCVIZ_EUSAGE: an ambiguous name (the message lists the
 * candidates).  Results belong to the caller and are freed with the
 * matching _release/_free function; every text field may hold log bytes
 * that are not valid UTF-8 or contain control characters.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/why.h"

struct store;

/* ---- functions ---------------------------------------------------------- */

/*
 * Resolve spec (`newPoint`, `(*T).M`, `pkg/path.F`, `F.func1`, a unique
 * suffix after a `.` or `/`, a generic function without its type
 * arguments) to the ids of the functions it names in build.  The same
 * function in several variants of one package (test builds) counts as
 * one.  *ids is malloc'd.
 */
int store_func_resolve(struct store *s, int64_t build, const char *spec, int64_t **ids,
		       size_t *n, struct sbuf *err);

/* ---- events (escviz ls) --------------------------------------------------- */

struct event_filter {
	const char *pkg;      /* package path, or a suffix after '/'; NULL = all */
	const int64_t *funcs; /* function ids (store_func_resolve), or NULL */
	size_t n_funcs;
	const char *file;     /* path suffix, NULL = all */
	const char *const *kinds; /* event kinds, NULL-terminated; NULL = all */
	/* used by store_why */
	const char *subject;      /* exact subject, or NULL */
	const int64_t *file_ids;  /* or NULL */
	size_t n_file_ids;
	int64_t line, col;        /* 0 = any */
	enum { EVENT_SORT_POSITION, EVENT_SORT_BYTES, EVENT_SORT_OBJECTS, EVENT_SORT_CPU } sort;
};

int store_events(struct store *s, int64_t build, const struct event_filter *f,
		 struct event_row **out, size_t *n, struct sbuf *err);
void store_events_free(struct event_row *v, size_t n);

/*
 * A build's escapes, moves and leaks (cause_classifies()' kinds), in event
 * id order, each with its explanations' flows and steps, fed to feed
 * (model/cause.h).  0, or <0 with err (feed->end failing: -1, err as it left it).
 */
struct cause_feed;
int store_causes(struct store *s, int64_t build, const struct cause_feed *feed,
		 struct sbuf *err);

/* ---- functions (escviz funcs) ---------------------------------------------- */

enum func_sort {
	FUNC_SORT_HEAP, FUNC_SORT_MOVED, FUNC_SORT_LEAKS, FUNC_SORT_COST, FUNC_SORT_NAME,
	FUNC_SORT_BYTES, FUNC_SORT_OBJECTS, FUNC_SORT_CPU, /* by the build's profiles */
};

/* top 0 = all. */
int store_funcs(struct store *s, int64_t build, const char *pkg, enum func_sort sort,
		size_t top, struct func_row **out, size_t *n, struct sbuf *err);
void store_funcs_free(struct func_row *v, size_t n);

/*
 * The functions of build (of package pkg, as for store_funcs; NULL = all)
 * whose inlining cost was printed, with their decision, cost, budget and
 * reason, for analysis/near.c: only those fields, the name, package and
 * declaration of each row are set (the counts are 0, the profile fields
 * -1).  *budget: the budget the build's `cost N exceeds budget M` lines
 * print most often (ties: the smaller), -1 when they print none.  Free
 * with store_funcs_free().
 */
int store_func_costs(struct store *s, int64_t build, const char *pkg, struct func_row **out,
		     size_t *n, int64_t *budget, struct sbuf *err);

/* ---- why ----------------------------------------------------------------- */

/*
 * The verdicts TARGET names in build, each with its explanations (in id
 * order, an old chain starting at the verdict's own expression), and the
 * functions they belong to; the names are left for analysis/why.c.
 */
int store_why(struct store *s, int64_t build, const struct why_target *t,
	      struct why_result *out, struct sbuf *err);
#endif
