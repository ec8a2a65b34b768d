#ifndef ESCVIZ_MODEL_WHY_H
#define ESCVIZ_MODEL_WHY_H
/*
 * The values behind `escviz why` and `escviz ls`: a verdict as listed
 * (struct event_row, with its package and function names), what the user
 * asked about (struct why_target), and the answer (struct why_result):
 * each matched verdict with its explanations as model values
 * (struct mexpl) and the plain words for every location in them.
 *
 * store/ fills the rows and explanations; analysis/why.c names them
 * (analysis/why.h); render/ writes them.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/model.h"
#include "model/names.h"

struct event_row {
	int64_t id;
	char *package, *variant, *function, *kind, *subject, *target, *file;
	char *attribution;
	int64_t line, col, count, level; /* level -1 = none; file NULL = no position */
	int64_t explanations;            /* explanations linked to it */
	int64_t package_id, function_id, file_id; /* function_id 0 = none */
	int64_t alloc_bytes, alloc_objects; /* from heap profiles; -1: the build has none */
	int64_t function_cpu_cum; /* its function's cumulative CPU time (ns); -1: no CPU profile */
	/* Its cause (docs/causes.md), filled by escviz ls; NULL: not classified. */
	const char *cause;        /* static: cause_name() */
	char *causes;             /* "composite,address": every cause, the primary first */
	int cause_inferred;       /* from the verdict's text alone */
	char *callee;             /* the callee a callee cause names, or NULL */
};

void event_row_release(struct event_row *e);

/* Plain words for the locations of one flow. */
struct why_flow_names {
	char *dst, *src; /* NULL: as printed */
};

/* One explanation of a verdict, and its locations in plain words. */
struct why_expl {
	struct mexpl x;            /* an old chain starts at the verdict (from_verdict) */
	char *function;            /* the function it belongs to, or NULL */
	int64_t function_id;       /* 0: not attributed */
	struct why_flow_names *flow_names; /* x.n_flows of them */
	char **step_names;         /* x.n_steps of them: plain words of each expr or NULL */
	char *dest, *dest_name;    /* where the path ends (raw, plain words) */
	/* Old Go explains `moved to heap: x` on the verdict `&x escapes to heap`. */
	char *via_verdict;         /* "&x escapes to heap" */
	char *via_subject;         /* "&x": where the borrowed chain starts */
	struct mpos via;
};

struct why_event {
	struct event_row ev;
	struct why_expl *expl;
	size_t n_expl;
	int has_cause;             /* an escape, move or leak: cause is set (why_name) */
	struct cause_result cause; /* docs/causes.md */
};

enum why_target_kind { WHY_POSITION, WHY_FUNCTION, WHY_VARIABLE };

struct why_target {
	enum why_target_kind kind;
	char *file;           /* WHY_POSITION: path suffix */
	int64_t line, col;    /* col 0 = any */
	char *func, *name;    /* WHY_FUNCTION / WHY_VARIABLE */
};

/* Split TARGET: FILE:LINE[:COL], FUNC:NAME or FUNC.  ESCVIZ_EUSAGE if empty. */
int why_target_parse(struct why_target *out, const char *spec, struct sbuf *err);
void why_target_release(struct why_target *t);

/*
 * An explanation at a position target with no verdict linked to it: the
 * log may have been cut off in it (why_cut_at_end()).
 */
struct why_cut {
	char *kind, *subject, *dest; /* explanations.kind ("escape", "param_leak"), ... */
	char *file, *input;          /* its file; the input it came from */
	int64_t line, col;
	int64_t line_no;             /* its header's line in the input */
	int64_t last_line;           /* the last line of it (header, flows, steps) */
	int64_t last_flow_line;      /* the line of its last flow, 0 for none */
	int64_t n_flows, n_steps;
	int64_t input_lines;         /* lines of that input */
};

/*
 * Was the input cut off in x: is x its last line, and is that its header
 * (no flow or step yet) or a flow with no step after it?
 */
int why_cut_at_end(const struct why_cut *x);

struct why_result {
	int64_t build;
	char *go_version;
	int m_level;
	int64_t build_explanations; /* in the whole build: 0 means -m only */
	char *matched;              /* what the target resolved to, for messages */
	char *near;                 /* WHY_VARIABLE with no match: the function's subjects */
	struct why_cut *cut;        /* WHY_POSITION with no match: explanations cut off there */
	size_t n_cut;
	struct why_event *ev;
	size_t n;
	/* What naming needs (filled by the store, used by analysis/why.c). */
	struct mfunc *funcs;        /* the functions of the matched verdicts */
	struct sig_table sigs;      /* the build's signatures */
	size_t n_funcs;
};

void why_expl_release(struct why_expl *x);
void why_result_release(struct why_result *r);

#endif
