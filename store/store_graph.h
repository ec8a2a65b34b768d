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

struct store;
struct graph_loader;

struct graph_pos {
	char *file; /* "" = no position */
	int64_t line, col;
};

struct graph_step {
	char *expr, *reason; /* reason NULL when the line did not parse */
	struct graph_pos pos;
};

struct graph_flow {
	char *dst, *ops, *src;
	int64_t derefs; /* -1 for &, N for N stars */
	struct graph_step *steps;
	size_t n_steps;
};

struct graph_expl {
	int64_t id, event_id; /* event_id 0 = not linked */
	char *kind, *subject, *dest; /* dest NULL unless param_leak */
	int64_t derefs;
	int truncated;
	struct graph_flow *flows;
	size_t n_flows;
	struct graph_step *steps; /* steps outside any flow (old chains) */
	size_t n_steps;
};

struct graph_event {
	int64_t id;
	char *kind, *subject, *target; /* target NULL unless leaking_param_result */
	int64_t level;                 /* -1 = none */
	int64_t count;
	struct graph_pos pos;
};

struct graph_inline {
	char *callee, *reason; /* reason NULL when inlined */
	int inlined;
	int64_t count;
	struct graph_pos pos;
};

struct graph_capture {
	char *variable;
	int by_ref;
	struct graph_pos pos;
};

struct func_graph {
	int64_t id;
	char *package, *variant, *name;
	struct graph_pos pos;     /* declaration; file "" when unknown */
	int inlinable;            /* 1, 0, -1 = no decision seen */
	int64_t cost;             /* -1 = not printed */
	char *reason;             /* cannot-inline reason or NULL */
	struct graph_event *events;
	size_t n_events;
	struct graph_expl *expls; /* in id order */
	size_t n_expls;
	struct graph_inline *inl;
	size_t n_inl;
	struct graph_capture *caps;
	size_t n_caps;
};

/*
 * Resolve spec (`name`, `pkg/path.name` or `pkgname.name`, e.g.
 * `main.newPoint`) to a function id of build.  A name found in several
 * variants of one package resolves to the first.
 */
int store_graph_func_find(struct store *s, int64_t build, const char *spec, int64_t *id,
			  struct sbuf *err);

int store_graph_loader_new(struct store *s, int64_t build, struct graph_loader **out,
			   struct sbuf *err);
void store_graph_loader_free(struct graph_loader *ld);

enum graph_load_flags {
	/* also explanations attributed to the function but linked to no
	 * verdict (a full scan of explanations: fine for one function) */
	GRAPH_LOAD_UNLINKED = 1 << 0,
};

int store_graph_load(struct graph_loader *ld, int64_t func_id, int flags,
		     struct func_graph *out, struct sbuf *err);
void func_graph_release(struct func_graph *g);

/* ---- report tables ---------------------------------------------------- */

struct report_counts {
	int64_t heap_escapes, moved_to_heap, leaking_params, does_not_escape, events;
	int64_t functions, inlinable, decided; /* decided: inlinable is 0 or 1 */
};

struct report_package {
	int64_t id;
	char *path, *variant;
	struct report_counts c;
	int64_t unattributed; /* events attributed to no function */
};

struct report_function {
	int64_t id, package_id;
	char *name;
	struct graph_pos pos;
	int inlinable; /* 1, 0, -1 */
	int64_t cost;  /* -1 = not printed */
	char *reason;
	struct report_counts c; /* functions/inlinable/decided unused */
	int64_t explanations;
};

/* Every package of build, by path and variant. */
int store_report_packages(struct store *s, int64_t build, struct report_package **out,
			  size_t *n, struct sbuf *err);
void store_report_packages_free(struct report_package *v, size_t n);
/* Every function of build, by package id, then name. */
int store_report_functions(struct store *s, int64_t build, struct report_function **out,
			   size_t *n, struct sbuf *err);
void store_report_functions_free(struct report_function *v, size_t n);

#endif
