#ifndef ESCVIZ_ANALYSIS_GRAPH_MODEL_H
#define ESCVIZ_ANALYSIS_GRAPH_MODEL_H
/*
 * The graph model: one function's verdicts, flows and steps as nodes and
 * edges, between the model values and a drawing (render/render_graph.c
 * draws it with cgraph).  Every string is raw log text; escaping happens
 * at the sink.
 *
 * Locations are labelled with the names of model/names.h, so a diagram
 * says what `escviz why` says: a node's label is the namer's plain words
 * without " of F" when F is the function drawn (loc_short_name()).
 */
#include <stddef.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "model/model.h"
#include "model/names.h"

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

/*
 * A path that pruning shortened: from a kept place to the next kept place
 * on the way from an escaping value to the heap, through places left out.
 */
struct gsummary {
	size_t from, to;  /* kept nodes */
	size_t hops;      /* edges of the whole graph it stands for (>= 2) */
	struct sbuf via;  /* the places left out on the way, in order, one a line (raw) */
};

struct gmodel {
	struct gnode *nodes;
	size_t n_nodes, a_nodes;
	struct gedge *edges;
	size_t n_edges, a_edges;
	struct strmap node_ids; /* key -> index */
	struct strmap edge_ids; /* "from>to" -> index */
	const struct loc_namer *nm; /* names of the function drawn */
	const struct mexpl *cur;    /* the explanation being added, or NULL */
	struct sbuf inlined;    /* note: inlined calls, one a line (raw) */
	size_t n_inlined;
	struct gsummary *sums;  /* set by gmodel_select() when it prunes */
	size_t n_sums, a_sums;
};

/* Build the model of g; nm names g's locations (loc_namer_init() for g). */
void gmodel_build(struct gmodel *m, const struct mfunc *g, const struct loc_namer *nm);
/*
 * Mark the nodes to draw: all, or the max most relevant ones, keeping
 * whole paths.  Pruning keeps the heap, then what escapes, then the places
 * on the shortest path (in flows, forward) from each kept escaping value
 * to the heap, then parameters, results and the best-connected places.
 * Every hop of those paths is then either an edge between two kept places
 * or part of a summary (m->sums): one edge per run of left-out places,
 * standing for its hops, so each kept escaping value that reaches the
 * heap in the whole graph still reaches it in the drawing.
 */
void gmodel_select(struct gmodel *m, size_t max);
void gmodel_release(struct gmodel *m);

#endif
