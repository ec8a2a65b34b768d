#ifndef ESCVIZ_RENDER_GRAPH_INTERNAL_H
#define ESCVIZ_RENDER_GRAPH_INTERNAL_H
/*
 * The diagram as plain data, between the database rows and cgraph: shared
 * by render_graph_model.c (which builds it) and render_graph.c (which
 * draws it).  Every string is raw log text; escaping happens when it is
 * handed to cgraph.
 */
#include <stddef.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "store/store_graph.h"

enum gkind {
	K_HEAP,
	K_PARAM,
	K_RESULT,
	K_LOCAL,
	K_ALLOC,   /* storage for ..., composite literals, make, new */
	K_CLOSURE, /* func literal */
	K_CALLEE,  /* a parameter of a called function */
	K_TEMP,
	K_EXPR,    /* an expression of an old chain or a verdict */
};

struct gnode {
	char *label;         /* what the node says (raw) */
	enum gkind kind;
	const char *verdict; /* "escapes to heap", "moved to heap", ... or NULL */
	int safe;            /* "does not escape" */
	size_t degree;
	int keep;            /* chosen to be drawn */
};

struct gedge {
	size_t from, to;
	char ops[8];       /* "&", "*", "**": strongest seen */
	struct sbuf why;   /* reasons, ", "-separated, each once */
	struct sbuf tip;   /* steps, one a line */
	size_t count;      /* flows merged into this edge */
	int verdict;       /* drawn from a verdict only (dashed) */
	int inlined;       /* a step sits at an inlined call site */
};

struct gmodel {
	struct gnode *nodes;
	size_t n_nodes, a_nodes;
	struct gedge *edges;
	size_t n_edges, a_edges;
	struct strmap node_ids; /* key -> index */
	struct strmap edge_ids; /* "from>to" -> index */
	struct strmap params;   /* parameter names of the function */
	struct sbuf inlined;    /* note: inlined calls, one a line (raw) */
	size_t n_inlined;
};

void gmodel_build(struct gmodel *m, const struct func_graph *g);
/* Mark the nodes to draw: all, or the max most relevant ones. */
void gmodel_select(struct gmodel *m, size_t max);
void gmodel_release(struct gmodel *m);

#endif
