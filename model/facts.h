#ifndef ESCVIZ_MODEL_FACTS_H
#define ESCVIZ_MODEL_FACTS_H
/*
 * The comparable facts of a build, as escviz diff sees them: heap escapes,
 * moved-to-heap variables, leaking parameters, inlining decisions, inlined
 * call sites and devirtualisations, each with its identity (package,
 * normalised function, kind, normalised subject: model/drift.h) and its
 * explanation as text lines.  store/store_diff.c reads them, analysis/
 * diff_match.c pairs them.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "model/model.h"

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

/*
 * DC_RESPELLED: the same decision at the same place, printed differently
 * by another Go release (old and new spelling in the item); hidden unless
 * escviz diff --show-respelled, never a regression.
 */
enum diff_change { DC_ADDED, DC_REMOVED, DC_CHANGED, DC_RESPELLED, DC__COUNT };

const char *diff_kind_name(enum diff_kind k);
/* The kind called name, or -1. */
int diff_kind_parse(const char *name);
const char *diff_change_name(enum diff_change c);

/* One line of an explanation: a flow (no position) or a step. */
struct diff_step {
	char *text;
	struct mpos pos;
	int begins; /* the first line of an explanation after the first ("--") */
};

/* Per-package totals, old and new, for the summary table. */
enum diff_stat { DS_HEAP, DS_LEAKS, DS_INLINABLE, DS_INLINED_CALLS, DS_DEVIRT, DS__COUNT };
const char *diff_stat_name(enum diff_stat s);


struct diff_build {
	int64_t id;
	char *label, *commit, *go_version, *source; /* source: db path or log file */
	int m_level;
	int prints_append; /* prints verdicts for append (Go 1.25+): diff_prints_append() */
};

/*
 * Does a build print verdicts for append ("append escapes to heap", "append
 * does not escape": Go 1.25 is the first release to)?  Yes when its release
 * range (goversion_format(): "1.N", "1.N+", "1.A-1.B", "<=1.B") starts at
 * 1.25 or later, or when it printed one (has_verdict); otherwise no.
 */
int diff_prints_append(const char *go_version, int has_verdict);

void diff_build_release(struct diff_build *b);

/*
 * One comparable fact of a build.  kind is one of the kinds a fact can
 * have: the escape and leak kinds (events), DK_INLINABLE (a function with
 * an inlining decision), DK_INLINED_CALL and DK_DEVIRTUALIZATION.
 */
struct fact;

/*
 * How a source gives a fact's explanation lines on demand: load() calls
 * fact_chain_begin() and fact_chain_line() for the explanations f->refs
 * name.  A failure is the source's to report (diff_source.check); load()
 * then gives what it could.
 */
struct fact_loader {
	void (*load)(void *ctx, struct fact *f);
	void *ctx;
};

struct fact {
	enum diff_kind kind;
	char *package;  /* path, plus " [variant]" */
	char *function; /* as printed; "" when unattributed */
	char *subject;  /* as printed */
	char *detail;   /* leak result "R level=N"; devirt target; inline reason */
	char *key;      /* identity: package, normalised function, kind, subject */
	char *fkey;     /* package and normalised function only */
	struct mpos pos;
	long rel;       /* line relative to the function's declaration */
	long cost, budget;
	int guessed;    /* function placed by the nearest-declaration heuristic */
	long count;     /* identical verdicts printed at this position (events.count);
			   the store gives each occurrence its own fact, all with this count */
	int inlinable;
	int64_t bytes; /* the heap profiles' bytes at this verdict; -1: no heap profile */
	int64_t cpu;   /* its function's cumulative CPU time (ns); -1: no CPU profile */
	/*
	 * Its explanations' lines, as printed.  A source may count and hash
	 * them only (fact_chain_count()) and give them on demand: then steps
	 * is empty until fact_load_lines(), and loader says how.
	 */
	struct diff_step *steps;
	size_t nsteps, steps_alloc;
	size_t nlines;                    /* lines, loaded or not; 0: no explanation */
	uint64_t lines_hash[2];           /* of the lines and where explanations begin */
	int next_begins;                  /* fact_chain_begin() was called after a line */
	const struct fact_loader *loader; /* NULL: steps hold all nlines lines */
	int64_t *refs;                    /* the source's handles of its explanations */
	size_t nrefs, refs_alloc;
	struct fact *peer; /* matched fact of the other build */
};

struct factset {
	struct fact *v;
	size_t n, alloc;
	struct strmap aliases; /* "package\037closure copy" -> index in alias_to */
	char **alias_to;       /* the closure's first name at its declaration */
	size_t nalias, alias_alloc;
	long budget; /* the build's inlining budget (budget_tally_mode()) */
	int m_level;
	struct strmap names; /* "package\037name" -> its identity in normal (a cache) */
	char **normal;
	size_t nnormal, normal_alloc;
	struct sbuf scratch; /* fact_make_keys()' lookup key, kept between calls */
	struct sbuf keybuf;  /* fact_make_keys()' key being made, kept between calls */
	/* add_name()'s last lookup key (empty: none) and its index in normal */
	struct sbuf last_key;
	size_t last_normal;
	/* NULL, or what a source keeps to give its facts' lines on demand
	 * (fact_loader): lines_free(lines_owner) when the set is released. */
	void *lines_owner;
	void (*lines_free)(void *owner);
};

void factset_release(struct factset *fs);

/*
 * A build's inlining budget: the one its functions' "exceeds budget B"
 * lines print most often (the smaller of two as often), else 80, the
 * compiler's default.  Not the largest printed: Go 1.22+ gives a closure
 * called once ten times the budget (800), PGO a hot function 2000, and an
 * inlinable function, which prints no budget, had the usual one.  As
 * store/store_internal.h's STORE_SQL_BUILD_BUDGET counts a stored build's.
 * FACT_DEFAULT_BUDGET is the compiler's inlineMaxBudget
 * (cmd/compile/internal/inline).
 */
#define FACT_DEFAULT_BUDGET 80
struct budget_tally {
	struct budget_count { long budget, n; } *v;
	size_t n, alloc;
};
void budget_tally_add(struct budget_tally *t, long budget, long n);
long budget_tally_mode(const struct budget_tally *t);
void budget_tally_release(struct budget_tally *t);

/* Closure copy name of package is matched as first (its name at its declaration). */
void factset_alias(struct factset *fs, const char *package, const char *name, const char *first);
/* Set f->key and f->fkey from its package, function, kind and subject. */
void fact_make_keys(struct fact *f, struct factset *fs);
/* The next explanation of f starts. */
void fact_chain_begin(struct fact *f);
/* Append one explanation line (a flow, or a step at pos) to f's steps. */
void fact_chain_line(struct fact *f, const char *text, const struct mpos *pos);
/* Count and hash one explanation line without keeping it (f->loader gives it later). */
void fact_chain_count(struct fact *f, const char *text, size_t n);
/* fact_chain_count() of the line its parts make together. */
void fact_chain_count_parts(struct fact *f, const struct span *parts, size_t n);
/*
 * Make f->steps hold its lines (a no-op unless f->loader).  The lines are
 * a cache of what the fact is, so a const fact may be filled in.
 */
void fact_load_lines(const struct fact *f);
/* Are f's and g's explanations printed alike (same lines, split alike)? */
int fact_lines_equal(const struct fact *f, const struct fact *g);
/*
 * f's explanations as one comparable text, without positions, each line
 * normalised (model/drift.h) after a newline, "\n--" between explanations;
 * empty when f has none.  Computed on demand: a diff needs it only where
 * two matched facts' lines differ as printed.
 */
void fact_chain_text(const struct fact *f, struct sbuf *out);

/*
 * A build's facts one package at a time (a stored build: store_diff_source()):
 * peek names the next package not read yet, in strcmp order, NULL after the
 * last; package() gives all facts of the named package (none, with the
 * build's budget and m_level, when the build does not have it next).
 * analysis/diff.h's diff_sources() compares two.
 */
struct diff_source {
	const char *(*peek)(void *ctx);
	int (*package)(void *ctx, const char *package, struct factset *fs, struct sbuf *err);
	/* NULL, or: did loading lines on demand (fact_loader) fail?  Called
	 * after each package is compared; -1 with err set stops the diff. */
	int (*check)(void *ctx, struct sbuf *err);
	void *ctx;
	/* What ctx reads through (its database connection, its file).  Two
	 * sources with the same one are never read at the same time: one
	 * connection is not to be used by two threads at once. */
	const void *resource;
};

#endif
