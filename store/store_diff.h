#ifndef ESCVIZ_STORE_DIFF_H
#define ESCVIZ_STORE_DIFF_H
/*
 * store_diff: what changed between two builds (escviz diff).
 *
 * Both builds are read into memory as "facts" (heap escapes, moved-to-heap
 * variables, leaking parameters, inlining decisions, inlined call sites,
 * devirtualisations) and matched by identity, never by line or column:
 * package, function, normalised subject and kind.  When one identity occurs
 * several times in a function (the same expression twice), occurrences are
 * paired by their offset from the function's declaration, then by order.
 * Subjects and names are normalised for the spelling drift between Go
 * releases (diff_normalize()), and a closure compiled again where it is
 * inlined (main.func2, main.adder.func2) is matched under the name first
 * declared at its position (adder.func1), so two Go versions can be
 * compared.
 *
 * Ownership: struct diff_result and everything it points to belongs to the
 * caller and is freed by diff_result_release().
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "store/store.h"

/* Change kinds; diff_kind_name() gives the names used by --fail-on. */
enum diff_kind {
	DK_HEAP_ESCAPE,            /* EXPR escapes to heap */
	DK_MOVED_TO_HEAP,          /* moved to heap: X */
	DK_EXPLANATION,            /* same escape, different -m=2 chain */
	DK_LEAKING_PARAM,          /* leaking param: P (to heap) */
	DK_LEAKING_PARAM_CONTENT,  /* leaking param content: P */
	DK_LEAKING_PARAM_RESULT,   /* leaking param: P to result R level=N */
	DK_INLINABLE,              /* a function can (added) / cannot (removed) be inlined */
	DK_INLINE_COST,            /* inlining cost of a function changed */
	DK_INLINED_CALL,           /* inlining call to F at a call site */
	DK_DEVIRTUALIZATION,       /* devirtualizing C to T */
	DK__COUNT
};

enum diff_change { DC_ADDED, DC_REMOVED, DC_CHANGED };

const char *diff_kind_name(enum diff_kind k);
/* The kind called name, or -1. */
int diff_kind_parse(const char *name);
const char *diff_change_name(enum diff_change c);

struct diff_pos {
	char *file; /* as printed; NULL = no position */
	long line, col;
};

/* One line of an explanation: a flow (no position) or a step. */
struct diff_step {
	char *text;
	struct diff_pos pos;
};

struct diff_item {
	enum diff_change change;
	enum diff_kind kind;
	int regression;
	char *package;     /* import path, plus " [variant]" */
	char *function;    /* "" when the event is not attributed */
	char *subject;     /* expression, parameter, function or callee */
	char *old_subject; /* how the old build spelled it, if different */
	char *message;     /* one line for humans */
	char *fingerprint; /* stable across line moves: 16 hex digits */
	struct diff_pos old_pos, new_pos;
	long old_cost, new_cost, budget; /* inlining kinds; -1 otherwise */
	struct diff_step *steps;         /* explanation (new side, else old) */
	size_t nsteps;
};

/* Per-package totals, old and new, for the summary table. */
enum diff_stat { DS_HEAP, DS_LEAKS, DS_INLINABLE, DS_INLINED_CALLS, DS_DEVIRT, DS__COUNT };
const char *diff_stat_name(enum diff_stat s);

struct diff_pkg_stat {
	char *package;
	long old[DS__COUNT], new[DS__COUNT];
};

struct diff_build {
	int64_t id;
	char *label, *commit, *go_version, *source; /* source: db path or log file */
	int m_level;
};

struct diff_result {
	struct diff_build old, new;
	struct diff_item *items; /* sorted: package, function, kind, position */
	size_t n, alloc;
	struct diff_pkg_stat *pkgs; /* sorted by package */
	size_t npkgs;
	size_t ignored; /* changes dropped by diff_result_ignore() */
};

/*
 * Compare build old_id of old_s with build new_id of new_s (the stores may
 * be the same).  ESCVIZ_ENOTFOUND for an unknown build, ESCVIZ_EDB.
 */
int store_diff(struct store *old_s, int64_t old_id, struct store *new_s, int64_t new_id,
	       struct diff_result *out, struct sbuf *err);
void diff_result_release(struct diff_result *r);

/* Counts over r->items: [change][kind] and regressions per kind. */
struct diff_counts {
	size_t by[3][DK__COUNT];
	size_t regressions[DK__COUNT];
	size_t total[3], total_regressions;
};
void diff_count(const struct diff_result *r, struct diff_counts *out);

/*
 * Normalise a subject, callee or function name for matching across Go
 * releases: ~rN and ~RN -> ~r, "&T literal" -> "&T{...}", "T{}" -> "T{...}",
 * "[]interface {} literal" -> "... argument", "interface {}" -> "any",
 * go.shape.T_N -> go.shape.T, ".this" -> "~p0".  Appends to out.
 */
void diff_normalize(const char *s, struct sbuf *out);

/* ---- policy: --ignore and --fail-on ------------------------------------ */

struct diff_ignore;

/*
 * Read an ignore file: one rule a line, "KIND PACKAGE FUNCTION SUBJECT",
 * whitespace-separated, SUBJECT being the rest of the line; each field is a
 * glob (fnmatch); '#' starts a comment.  ESCVIZ_EIO, ESCVIZ_EUSAGE
 * ("FILE:LINE: ...").
 */
int diff_ignore_load(const char *path, struct diff_ignore **out, struct sbuf *err);
void diff_ignore_free(struct diff_ignore *ig);
/* Drop the items a rule matches; counts them in r->ignored. */
void diff_result_ignore(struct diff_result *r, const struct diff_ignore *ig);

/* What --fail-on gates on: a bit per kind, plus "regression" and "any". */
struct diff_failon {
	unsigned kinds;     /* 1u << kind: a regression of that kind (any change for
			       the informational kinds explanation and inline_cost) */
	int any_regression; /* "regression" */
	int any_change;     /* "any" */
};
/* Parse "KIND,KIND,regression,any".  ESCVIZ_EUSAGE naming the bad word. */
int diff_failon_parse(const char *spec, struct diff_failon *out, struct sbuf *err);
/* Does item it trip the gate? */
int diff_failon_hit(const struct diff_failon *f, const struct diff_item *it);
#endif
