#ifndef ESCVIZ_MODEL_H
#define ESCVIZ_MODEL_H
/*
 * model: the domain values every floor above the parser shares, defined
 * once.  The store reads them from SQLite, analysis/ derives from them,
 * render/ writes them.
 *
 *   build -> package -> function (struct mfunc) -> its verdicts
 *   (struct mevent), their explanations (struct mexpl) -> flows
 *   (struct mflow) -> steps (struct mstep), its inlined call sites and
 *   inlining decisions (struct minline) and closure captures
 *   (struct mcapture).
 *
 * Conventions, the same for every type:
 * - every string is the compiler's text, verbatim: escape it at the sink;
 * - "no position" is file == NULL (never ""); line and col are then 0;
 * - the steps of an explanation are in printed order: flows in their
 *   printed order, each flow's steps in theirs, and the steps that belong
 *   to no flow (Go <= 1.12 chains) in theirs;
 * - an id is the database row id, 0 when there is none;
 * - counts that the compiler did not print are -1.
 *
 * Ownership: a value owns its strings and arrays; the _release functions
 * free them and zero the value.
 */
#include <stddef.h>
#include <stdint.h>

#include "parser/parser.h"

/* A build: one ingest. */
struct build_info {
	int64_t id;
	char *label, *commit, *go_version, *go_version_detected, *created;
	char *inputs;        /* input names, one per line */
	int64_t input_lines, input_bytes;
	int m_level;
};

void build_info_release(struct build_info *b);

/* Counts for one build (escviz stats); lines[] by parser line class. */
struct name_count {
	char *name;
	int64_t n;
};

struct build_stats {
	struct build_info info;
	int64_t lines[LC__COUNT];
	int64_t heap_escapes, moved_to_heap, does_not_escape, leaking_params;
	int64_t other_events; /* closure leaks, uintptr, self-assignment ... */
	int64_t packages, files, functions, inlinable, not_inlinable;
	int64_t inlined_calls, devirtualizations, captures;
	int64_t explanations, flows, steps, attributed_events, events;
	/* How the events were placed in functions (the rest: unknown). */
	int64_t placed_compiler, placed_source, placed_declaration;
	struct name_count *top_packages; /* by heap escapes + moved */
	size_t n_top_packages;
	struct name_count *top_functions;
	size_t n_top_functions;
};

void build_stats_release(struct build_stats *st);

struct mpos {
	char *file; /* NULL: no position */
	int64_t line, col;
};

/* A position is set (has a file). */
static inline int mpos_known(const struct mpos *p)
{
	return p->file != NULL;
}
/* Both positions are in the same (known) file. */
int mpos_same_file(const struct mpos *a, const struct mpos *b);
/* A copy of p (its file duplicated). */
struct mpos mpos_dup(const struct mpos *p);
void mpos_release(struct mpos *p);

/* One `from EXPR (REASON) at POS` line. */
struct mstep {
	char *expr;
	char *reason;     /* NULL when the line did not parse */
	struct mpos pos;
	int from_verdict; /* an old chain's start: the verdict's own expression */
};

/* One `flow: DST = OPS SRC` line and the steps printed under it. */
struct mflow {
	int64_t seq;           /* printed order within the explanation */
	char *dst, *ops, *src; /* ops: "&", "", "*", "**", ... */
	int64_t derefs;        /* -1 for &, N for N stars */
	struct mstep *steps;
	size_t n_steps;
};

/* An explanation: the lines that say why a verdict holds. */
struct mexpl {
	int64_t id, event_id; /* event_id 0: linked to no verdict */
	int64_t function_id;  /* 0: not attributed */
	char *kind;           /* "escape", "param_leak", "chain", "orphan" */
	char *subject;
	char *dest;           /* param_leak: where it leaks to; else NULL */
	int64_t derefs;
	int truncated;
	struct mflow *flows;  /* Go 1.14+ */
	size_t n_flows;
	struct mstep *steps;  /* steps outside any flow (Go <= 1.12 chains) */
	size_t n_steps;
};

/* A verdict: `x escapes to heap`, `moved to heap: x`, `leaking param: p`, ... */
struct mevent {
	int64_t id;
	char *kind;           /* model_event_kinds[] */
	char *subject;
	char *target;         /* leaking_param_result: the result; else NULL */
	int64_t level;        /* -1: none */
	int64_t count;        /* identical lines folded into this one */
	int64_t function_id;  /* 0: not attributed */
	struct mpos pos;
};

/* An inlining decision at a call site: `inlining call to F` or not. */
struct minline {
	char *callee, *reason; /* reason NULL when inlined */
	int inlined;
	int64_t count;
	struct mpos pos;
};

/* `F capturing by value|ref: x`. */
struct mcapture {
	char *variable;
	int by_ref;
	struct mpos pos;
};

/* One function of a build with everything printed about it. */
struct mfunc {
	int64_t id, package_id;
	char *package, *variant, *pkg_name, *name;
	struct mpos pos;     /* declaration; no position when unknown */
	int inlinable;       /* 1, 0, -1 = no decision seen */
	int64_t cost;        /* -1 = not printed */
	char *reason;        /* cannot-inline reason, or NULL */
	char *body;          /* `can inline F with cost N as: BODY`, or NULL */
	struct mevent *events;
	size_t n_events;
	struct mexpl *expls; /* in id order */
	size_t n_expls;
	struct minline *inl;
	size_t n_inl;
	struct mcapture *caps;
	size_t n_caps;
};

/* Deep copies. */
struct mstep mstep_dup(const struct mstep *s);
struct mexpl mexpl_dup(const struct mexpl *x);

void mstep_release(struct mstep *s);
void mflow_release(struct mflow *f);
void mexpl_release(struct mexpl *x);
void mevent_release(struct mevent *e);
void minline_release(struct minline *c);
void mcapture_release(struct mcapture *c);
void mfunc_release(struct mfunc *f);

/* The event kinds of docs/schema.md, NULL-terminated. */
extern const char *const model_event_kinds[];

/* The verdicts that have a "why" (escapes, moves, leaks). */
int model_kind_explainable(const char *kind);

/* A function with its counts, as `escviz funcs` lists it; file NULL: unknown. */
struct func_row {
	int64_t id;
	char *package, *variant, *pkg_name, *name, *file, *reason;
	int64_t line, col;
	int inlinable;              /* 1, 0, or -1 = no decision seen */
	int64_t cost, budget;       /* -1 = not printed */
	int64_t heap_escapes, moved_to_heap, leaking_params, does_not_escape;
	int64_t inlined_sites;
};

void func_row_release(struct func_row *f);

/* Per-package and per-function verdict counts (report tables). */
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
	struct mpos pos;
	int inlinable; /* 1, 0, -1 */
	int64_t cost;  /* -1 = not printed */
	char *reason;
	struct report_counts c; /* functions/inlinable/decided unused */
	int64_t explanations;
};

#endif
