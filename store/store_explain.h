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
};

struct event_row {
	int64_t id;
	char *package, *variant, *function, *kind, *subject, *target, *file;
	char *attribution;
	int64_t line, col, count, level; /* level -1 = none */
	int64_t explanations;            /* explanations linked to it */
	int64_t package_id, function_id, file_id; /* function_id 0 = none */
};

/* The event kinds of docs/schema.md, NULL-terminated. */
extern const char *const store_event_kinds[];

int store_events(struct store *s, int64_t build, const struct event_filter *f,
		 struct event_row **out, size_t *n, struct sbuf *err);
void store_events_free(struct event_row *v, size_t n);

/* ---- functions (escviz funcs) ---------------------------------------------- */

struct func_row {
	int64_t id;
	char *package, *variant, *pkg_name, *name, *file, *reason;
	int64_t line, col;
	int inlinable;              /* 1, 0, or -1 = no decision seen */
	int64_t cost, budget;       /* -1 = not printed */
	int64_t heap_escapes, moved_to_heap, leaking_params, does_not_escape;
	int64_t inlined_sites;
};

enum func_sort { FUNC_SORT_HEAP, FUNC_SORT_MOVED, FUNC_SORT_LEAKS, FUNC_SORT_COST, FUNC_SORT_NAME };

/* top 0 = all. */
int store_funcs(struct store *s, int64_t build, const char *pkg, enum func_sort sort,
		size_t top, struct func_row **out, size_t *n, struct sbuf *err);
void store_funcs_free(struct func_row *v, size_t n);

/* ---- why ----------------------------------------------------------------- */

struct why_step {
	char *expr;       /* as printed */
	char *expr_name;  /* plain words when expr is a compiler name, else NULL */
	char *reason;     /* NULL when unparsable */
	char *file;       /* NULL = no position */
	int64_t line, col;
	int from_verdict; /* an old chain's start: the verdict's own expression */
};

struct why_flow {
	int64_t seq;
	char *dst, *dst_name; /* raw and plain words */
	char *src, *src_name;
	char *ops;            /* "&", "", "*", "**", ... */
	int64_t derefs;       /* -1 address-of, 0 value, N dereferences */
	struct why_step *steps;
	size_t n_steps;
};

struct why_expl {
	int64_t id;
	char *kind;           /* escape, param_leak, chain, orphan */
	char *subject, *function;
	int truncated;
	struct why_flow *flows; /* new style (Go 1.14+) */
	size_t n_flows;
	struct why_step *chain; /* old style (Go <= 1.12) and steps outside flows */
	size_t n_chain;
	char *dest, *dest_name; /* where the path ends (raw, plain words) */
	/* Old Go explains `moved to heap: x` on the verdict `&x escapes to heap`. */
	char *via_verdict, *via_file;
	int64_t via_line, via_col;
};

struct why_event {
	struct event_row ev;
	struct why_expl *expl;
	size_t n_expl;
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

struct why_result {
	int64_t build;
	char *go_version;
	int m_level;
	int64_t build_explanations; /* in the whole build: 0 means -m only */
	char *matched;              /* what the target resolved to, for messages */
	char *near;                 /* WHY_VARIABLE with no match: the function's subjects */
	struct why_event *ev;
	size_t n;
};

int store_why(struct store *s, int64_t build, const struct why_target *t,
	      struct why_result *out, struct sbuf *err);
void why_result_release(struct why_result *r);

/*
 * Plain words for a compiler location name: `{heap}` -> "the heap",
 * `{temp}` -> "a temporary", `{storage for X}` -> "storage for X", ... .
 * Returns a malloc'd string, or NULL when name needs no translation
 * (an ordinary variable).  Names that need the function (`~r0`,
 * parameters) are handled by store_why; this is the context-free part.
 */
char *why_plain_name(const char *name);

/*
 * Count the parameters and results of a signature as printed in
 * `can inline F as: SIG { BODY }` (`func(int, []T) (int, error)`,
 * `method(*T) func(int)`).  Returns 0, or -1 when sig does not parse.
 */
int why_sig_count(const char *sig, int *params, int *results);

#endif
