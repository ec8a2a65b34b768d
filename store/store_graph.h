#ifndef ESCVIZ_STORE_GRAPH_H
#define ESCVIZ_STORE_GRAPH_H
/*
 * Read-side queries behind `escviz graph` and `escviz report`: one
 * function's verdicts with their explanations (flows and steps), its
 * inlined call sites and closure captures, and the per-package and
 * per-function counts of a build.
 *
 * A struct graph_loader holds prepared statements and the build's inlined
 * calls and captures (those tables have no index on function_id, so they
 * are read once and looked up in memory); load many functions through one
 * loader.
 *
 * Errors: 0 or a negative ESCVIZ_E* code with a message in err
 * (ESCVIZ_ENOTFOUND for an unknown function, ESCVIZ_EUSAGE for an
 * ambiguous one, ESCVIZ_EDB when SQLite fails).  Results belong to the
 * caller.  Text fields are log bytes, verbatim: escape them at the sink.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/model.h"
#include "model/names.h"

struct store;
struct graph_loader;

int store_graph_loader_new(struct store *s, int64_t build, struct graph_loader **out,
			   struct sbuf *err);
/* A loader for a few functions: reads each function's rows when it is loaded. */
int store_graph_loader_few(struct store *s, int64_t build, struct graph_loader **out,
			   struct sbuf *err);
void store_graph_loader_free(struct graph_loader *ld);
/*
 * In a process forked after ld was made: a connection of its own to the
 * same database, with ld's statements prepared on it; the rows ld
 * preloaded are kept (shared with the parent until written).  The
 * parent's connection is left alone, never used or closed here (SQLite
 * must not carry a connection across fork()), so call it only in a child
 * that ends with _exit().
 */
int store_graph_loader_reopen(struct graph_loader *ld, struct sbuf *err);

enum graph_load_flags {
	/* also explanations attributed to the function but linked to no
	 * verdict (a full scan of explanations: fine for one function) */
	GRAPH_LOAD_UNLINKED = 1 << 0,
};

int store_graph_load(struct graph_loader *ld, int64_t func_id, int flags,
		     struct mfunc *out, struct sbuf *err);

/* The explanations linked to verdict event_id, in id order (*out malloc'd). */
int store_graph_event_expls(struct graph_loader *ld, int64_t event_id, struct mexpl **out,
			    size_t *n, struct sbuf *err);

/* The parameter and result counts of build's functions (t initialised). */
int store_sig_table(struct store *s, int64_t build, struct sig_table *t, struct sbuf *err);

/* ---- report tables ---------------------------------------------------- */

/* Every package of build, by path and variant. */
int store_report_packages(struct store *s, int64_t build, struct report_package **out,
			  size_t *n, struct sbuf *err);
void store_report_packages_free(struct report_package *v, size_t n);
/* Every function of build, by package id, then name (rows with the same
 * file or reason share one string: free them with the function below). */
int store_report_functions(struct store *s, int64_t build, struct report_function **out,
			   size_t *n, struct sbuf *err);
void store_report_functions_free(struct report_function *v, size_t n);

#endif
