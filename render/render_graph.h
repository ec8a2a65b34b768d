#ifndef ESCVIZ_RENDER_GRAPH_H
#define ESCVIZ_RENDER_GRAPH_H
/*
 * The flow diagram of one function, built with Graphviz's libraries
 * (cgraph builds the graph, gvc lays it out with dot and renders it); the
 * dot program is never run.
 *
 * Nodes are the places values live in: parameters, locals, results
 * ("result 0" for ~r0), the heap, allocation sites ("storage for
 * make(...)", "func literal", composite literals), closures and callees'
 * parameters.  Edges are flows, labelled with the operator (& or *) and
 * the reasons of their steps; in SVG the steps are the edge's tooltip.
 * Flows between the same two places are merged (one node per variable,
 * one edge per pair).  Verdicts without explanations (-m builds) become
 * dashed edges to the heap, and old (Go <= 1.12) chains become a path
 * through their steps.  What escapes has a red double border and says so
 * in its label; inlined call sites are listed in a note and their edges
 * are dashed.  With max_nodes, the most relevant nodes are kept and a
 * note says what was left out; a path from a kept escaping value to the
 * heap through left-out places is drawn as one dashed grey edge labelled
 * "N hops" (analysis/graph_model.h, gmodel_select()), whose tooltip names
 * the places it skips.
 *
 * Every log text goes into labels through sbuf_add_dot_label(); node ids
 * are generated ("n0", "n1", ...), so no log text becomes a DOT id.
 */
#include <stddef.h>

#include "common/sbuf.h"
#include "model/model.h"
#include "model/names.h"

struct graph_renderer;

struct graph_opts {
	size_t max_nodes;             /* 0 = no limit */
	const char *go_version;       /* the build's, for result numbering; or NULL */
	const struct sig_table *sigs; /* the build's signatures (callee results); or NULL */
	int skip_flowless;            /* 1: no diagram (nothing appended) when no flow is drawn */
	size_t tooltip_max;           /* bytes of an arrow's tooltip (its steps); 0 = 3000 */
	int no_title;                 /* 1: no function name atop (the page has it) */
};

/* What the diagram shows, for text alternatives and notes. */
struct graph_summary {
	size_t nodes, edges;               /* drawn (notes excluded) */
	size_t omitted_nodes, omitted_edges;
	size_t summaries;                  /* "n hops" edges drawn for paths through omitted nodes */
	size_t escaping;                   /* nodes marked as escaping */
};

/* A Graphviz context; create one and reuse it for many diagrams. */
int render_graph_new(struct graph_renderer **out, struct sbuf *err);
/*
 * A context for SVG only, as the report draws thousands of diagrams: only
 * Graphviz's core (SVG) and dot plugins, no text layout plugin, so text
 * widths are Graphviz's estimate from its built-in font metrics rather
 * than measured by pango (faster, and the same on every machine, whatever
 * fonts it has).  Falls back to render_graph_new() when the plugins are
 * not where libgvc's Graphviz keeps them.
 */
int render_graph_new_svg(struct graph_renderer **out, struct sbuf *err);
void render_graph_free(struct graph_renderer *r);

/*
 * Append the diagram of g in format ("svg", "png", "pdf" or "dot") to out.
 * sum may be NULL.  ESCVIZ_EUSAGE for an unknown format; ESCVIZ_ERROR
 * when Graphviz fails (its message is in err).
 */
int render_graph(struct graph_renderer *r, const struct mfunc *g,
		 const struct graph_opts *o, const char *format, struct sbuf *out,
		 struct graph_summary *sum, struct sbuf *err);

#endif
