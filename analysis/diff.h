#ifndef ESCVIZ_ANALYSIS_DIFF_H
#define ESCVIZ_ANALYSIS_DIFF_H
/*
 * escviz diff, without SQL: what changed between two builds' facts
 * (model/facts.h), and the --ignore / --fail-on policy.
 *
 * Facts are matched by identity, never by line or column: package,
 * function, normalised subject and kind.  When one identity occurs several
 * times in a function, occurrences are paired by their offset from the
 * function's declaration, then by order.  A closure compiled again where
 * it is inlined is matched under the name first declared at its position.
 *
 * Ownership: struct diff_result and everything it points to belongs to the
 * caller and is freed by diff_result_release().
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/facts.h"

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
	struct mpos old_pos, new_pos;
	long old_cost, new_cost, budget; /* inlining kinds; -1 otherwise */
	/* The -m=2 explanation of each side (none for a side the item lacks):
	 * a changed explanation has both, an added escape only new_steps. */
	struct diff_step *old_steps, *new_steps;
	size_t nold_steps, nnew_steps;
	/*
	 * Root cause (analysis/diff_cause.c): an added or removed escape or
	 * leak that lies in a call which became inlined (or stopped being
	 * inlined) has cause = 1 + the index in items of that inlined_call
	 * change, else 0.  The inlined_call change counts them in ncaused.
	 */
	size_t cause;
	size_t ncaused;
	size_t seq; /* the fact's index on its side: printed order among equals */
};

/* The explanation to show when only one fits: the new side's, else the old one's. */
static inline const struct diff_step *diff_item_steps(const struct diff_item *it, size_t *n)
{
	*n = it->nnew_steps ? it->nnew_steps : it->nold_steps;
	return it->nnew_steps ? it->new_steps : it->old_steps;
}

struct diff_pkg_stat {
	char *package;
	long old[DS__COUNT], new[DS__COUNT];
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
 * Compare two builds' facts: pair them (o and n are marked, not freed),
 * turn the differences into out->items and count both builds per package
 * into out->pkgs.  out->old/new are left as they are.
 */
void diff_facts(struct factset *o, struct factset *n, struct diff_result *out);
void diff_result_release(struct diff_result *r);
void diff_item_release(struct diff_item *it);

/*
 * Root causes (analysis/diff_cause.c), run by diff_facts() on sorted items.
 * The compiler prints code inlined into a function at the position of the
 * outermost call it came from, so an escape of an inlined callee's body is
 * printed at the call site, the position of its `inlining call to X` line.
 * An added escape or leak of function F at position P is caused by an added
 * inlined_call of F at P (the callee's body is now compiled into F); a
 * removed one by a removed inlined_call of F at P.  When several inlining
 * changes share P (a call inlined together with the calls inlined into its
 * body), the first printed, the outermost, is the cause.  Sets cause and
 * ncaused, and rewrites the message of each inlined_call change that has
 * escapes: "strconv.FormatFloat is now inlined into ftoa: 2 new escapes".
 */
void diff_causes(struct diff_result *r);
/* Set the message of inlined_call change it from its callee, function and ncaused. */
void diff_cause_message(struct diff_item *it);

/*
 * Keep the items whose keep[i] is nonzero, in order, releasing the others
 * and renumbering cause; an escape whose cause is dropped has none, and
 * ncaused is recounted.  Returns how many were dropped.
 */
size_t diff_result_keep(struct diff_result *r, const unsigned char *keep);

/* Counts over r->items: [change][kind] and regressions per kind. */
struct diff_counts {
	size_t by[3][DK__COUNT];
	size_t regressions[DK__COUNT];
	size_t total[3], total_regressions;
};
void diff_count(const struct diff_result *r, struct diff_counts *out);

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
