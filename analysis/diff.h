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
#include "model/cause.h"
#include "model/facts.h"

struct diff_item {
	enum diff_change change;
	enum diff_kind kind;
	int regression;
	/* The opposite of a regression: an escape or leak gone (or a leak now
	 * milder), a function now inlinable, a call now inlined or
	 * devirtualized.  Neither flag: a neutral change (a cost, an
	 * explanation, a spelling, another leak result or target). */
	int improvement;
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
	/* Why the escape or leak happens (docs/causes.md, diff_escape_causes()),
	 * from the explanation of the side that has it (the new one for an
	 * added or changed escape, the old one for a removed escape);
	 * escape_cause -1: not an escape or leak. */
	int escape_cause;
	unsigned escape_causes; /* CAUSE_BIT()s */
	int escape_cause_inferred;
	char *callee;           /* a callee cause's function, or NULL */
	size_t seq; /* the fact's index on its side: printed order among equals */
	size_t order; /* diff_facts_finish(): the order found in, the last tie-break */
	/* What each side's profiles measured (-1: that build has no such
	 * profile, or lacks the fact): the verdict's bytes, its function's
	 * cumulative CPU time (ns). */
	int64_t old_bytes, new_bytes, old_cpu, new_cpu;
	int hot; /* diff_result_mark_hot() */
	char *fkey; /* the fact's package and normalised function (model/facts.h) */
};

/* The explanation to show when only one fits: the new side's, else the old one's. */
static inline const struct diff_step *diff_item_steps(const struct diff_item *it, size_t *n)
{
	*n = it->nnew_steps ? it->nnew_steps : it->nold_steps;
	return it->nnew_steps ? it->new_steps : it->old_steps;
}

/*
 * The inlinable functions a side has an inlining decision for and the
 * other has none (a function added or removed, compiled by one release
 * only, or a decision printed at -m=2 only): no change can be listed for
 * them, so they are counted apart from DS_INLINABLE, by what they are.
 */
enum diff_once {
	DO_GENERATED,    /* closures, defer/go wrappers, range bodies, method values */
	DO_INSTANTIATED, /* generic instantiations (a '[' in the name) */
	DO_OTHER,        /* functions of the source added or removed, or decided by one build only */
	DO__COUNT
};
const char *diff_once_name(enum diff_once o);

/*
 * Per-package counts of both builds.  Each stat's new - old is the added
 * minus the removed changes of its kinds in items (plus those --ignore
 * dropped): DS_INLINABLE counts only the functions with an inlining
 * decision in both builds, and once_old/once_new the inlinable ones with a
 * decision in that build only.
 */
struct diff_pkg_stat {
	char *package;
	long old[DS__COUNT], new[DS__COUNT];
	long once_old[DO__COUNT], once_new[DO__COUNT];
	/*
	 * "append escapes to heap" verdicts of one build whose release the
	 * other build's does not print (Go 1.25 is the first to print any
	 * verdict for append; older releases allocate the same without a
	 * word): not compared, counted apart from DS_HEAP.
	 */
	long unprinted_old, unprinted_new;
};
/* The sum of v[0..DO__COUNT). */
long diff_once_total(const long *v);

struct diff_result {
	struct diff_build old, new;
	int profiled;             /* diff_result_mark_hot() ran: hot is meaningful */
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
 * diff_facts() is diff_facts_add() of the whole sets, then diff_facts_finish().
 */
void diff_facts(struct factset *o, struct factset *n, struct diff_result *out);

/*
 * The same, one part at a time (a package of each build, so that neither
 * build need be held whole): diff_facts_add() pairs o with n and appends
 * their differences to out->items and their packages to out->pkgs,
 * unsorted; after the last part diff_facts_finish() sorts items and pkgs
 * and sets the root causes and fingerprints.  o and n may be released
 * after each call.  The result equals diff_facts() of the union when the
 * caller guarantees:
 *   - every fact of a package (o's and n's) is in one call: matching,
 *     leftovers, unknown functions, repeat counts and the package's stats
 *     never look beyond one package, but see all of it;
 *   - each part's facts are in the order the whole set would have them
 *     (a fact's index in its part is its seq: only the relative order of
 *     one package's facts matters);
 *   - each part's aliases (factset_alias) hold its packages' closures
 *     (aliases are keyed by package), and its budget and m_level are the
 *     build's (budget_tally_mode() of the whole build: the budget its
 *     functions print most often, else 80; the build's -m level).
 */
void diff_facts_add(struct factset *o, struct factset *n, struct diff_result *out);
void diff_facts_finish(struct diff_result *out);

/* Compare o with n (model/facts.h) package by package (diff_facts_add), then diff_facts_finish(). */
int diff_sources(const struct diff_source *o, const struct diff_source *n,
		 struct diff_result *out, struct sbuf *err);
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
 * body), the first printed, the outermost, is the cause.  A position
 * without a column (`<autogenerated>:1`) groups nothing.  Sets cause and
 * ncaused, and rewrites the message of each inlined_call change that has
 * escapes: "strconv.FormatFloat is now inlined into ftoa: 2 new escapes".
 */
void diff_causes(struct diff_result *r);

/* The docs/causes.md cause of each escape and leak item (diff_facts_finish()). */
void diff_escape_causes(struct diff_result *r);
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
	size_t by[DC__COUNT][DK__COUNT];
	size_t regressions[DK__COUNT];
	size_t total[DC__COUNT], total_regressions;
	/* the regressions that are escapes or leaks, by escape_cause */
	size_t regressions_by_cause[CAUSE__COUNT], cause_regressions;
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
 * Mark the hot items (analysis/hot.h): an item is hot when a side that has
 * it measured it at or above that side's cutoff, in bytes (its verdict's
 * allocations) or CPU time (its function's cumulative time).  So a new
 * escape is judged by the new build's profiles, a lost inlined call by the
 * old build's, a changed one by both.
 */
struct hot_cutoffs;
void diff_result_mark_hot(struct diff_result *r, const struct hot_cutoffs *old,
			  const struct hot_cutoffs *new);

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
	int hot;            /* "hot": a regression in hot code (diff_result_mark_hot) */
};
/* Parse "KIND,KIND,regression,any,hot".  ESCVIZ_EUSAGE naming the bad word. */
int diff_failon_parse(const char *spec, struct diff_failon *out, struct sbuf *err);
/* Does item it trip the gate? */
int diff_failon_hit(const struct diff_failon *f, const struct diff_item *it);

#endif
