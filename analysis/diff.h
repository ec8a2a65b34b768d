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
 * Go releases respell decisions (model/drift.h normalises what text alone
 * can; a folded constant such as time.Second -> time.Duration(1000000000)
 * it cannot).  What is left unmatched is paired by place: facts of one kind
 * in one function on the same line (offset from the declaration), by best
 * textual similarity, so two respellings at one place pair correctly.  A
 * pair whose spelling is all that differs is DC_RESPELLED.
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
	struct diff_step *steps;         /* explanation (new side, else old) */
	size_t nsteps;
};

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
	size_t respelled_hidden; /* DC_RESPELLED items dropped by diff_result_hide_respelled() */
};

/*
 * Compare two builds' facts: pair them (o and n are marked, not freed),
 * turn the differences into out->items and count both builds per package
 * into out->pkgs.  out->old/new are left as they are.
 */
void diff_facts(struct factset *o, struct factset *n, struct diff_result *out);
void diff_result_release(struct diff_result *r);
void diff_item_release(struct diff_item *it);

/* Counts over r->items: [change][kind] and regressions per kind. */
struct diff_counts {
	size_t by[DC__COUNT][DK__COUNT];
	size_t regressions[DK__COUNT];
	size_t total[DC__COUNT], total_regressions;
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

/* Drop the DC_RESPELLED items (unless --show-respelled); counts them in r->respelled_hidden. */
void diff_result_hide_respelled(struct diff_result *r);

/*
 * What --fail-on gates on: a bit per kind, plus "regression" and "any".
 * A DC_RESPELLED item never trips it, not even "any": it is the same
 * decision, only printed by another release.
 */
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
