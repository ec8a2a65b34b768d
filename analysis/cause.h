#ifndef ESCVIZ_ANALYSIS_CAUSE_H
#define ESCVIZ_ANALYSIS_CAUSE_H
/*
 * The cause classifier (model/cause.h, docs/causes.md): a verdict and its
 * explanations in, one primary cause and the contributing ones out.
 *
 * Each reason of a `from EXPR (REASON)` step is looked up in a table
 * (cause_reasons(): every reason of ../shared/docs/go-m-formats.md §3.3,
 * both vocabularies); a few shapes of the lines add evidence the reasons
 * leave out (a flow from `{storage for x}`: x was boxed into an interface;
 * `{storage for func literal}`: a closure; `m[k] = &v`, `x.f = p`: an element
 * or a field; a call parameter of `append(...)`: stored in a slice).  The
 * primary cause is the strongest evidence, in the order
 * size > goroutine > closure > interface > callee > composite > address;
 * with none, the verdict's own text decides (`&T{...}`, `func literal`,
 * `... argument`, `make(...)`), as it does at -m=1, where it is marked
 * inferred.  A reason not in the table counts as other and is counted.
 */
#include <stddef.h>

#include "model/cause.h"
#include "model/model.h"

struct cause_acc {
	char kind[32];
	char subject[256];
	int has_target;
	int lines;            /* explanation lines fed */
	unsigned seen;        /* CAUSE_BIT of each cause with evidence */
	const char *why[CAUSE__COUNT];
	char callee[128];
	size_t unknown;
};

void cause_start(struct cause_acc *a, const char *kind, const char *subject, const char *target);
void cause_flow(struct cause_acc *a, struct span dst, struct span ops, struct span src);
void cause_step(struct cause_acc *a, struct span expr, struct span reason, int has_reason);
void cause_finish(const struct cause_acc *a, struct cause_result *out);

/* Feed one explanation line as a diff keeps it (struct diff_step: "flow:
 * DST = OPSSRC" or "from EXPR (REASON)"), to a. */
void cause_text_line(struct cause_acc *a, const char *text);

/* Feed one explanation, as a model value, to a. */
void cause_feed_mexpl(struct cause_acc *a, const struct mexpl *x);

/* A verdict of a build and its explanations as model values. */
void cause_of_event(const char *kind, const char *subject, const char *target,
		    const struct mexpl *x, size_t n, struct cause_result *out);

/* Does escviz classify verdicts of this kind (escapes, moves, leaks)? */
int cause_classifies(const char *kind);

/* One line on what the cause means, and what usually removes it. */
const char *cause_meaning(enum cause c);
const char *cause_advice(enum cause c);

/* The reason table: each of the compiler's reasons and the cause it gives
 * (-1: it only carries the value along). */
struct cause_reason {
	const char *reason;
	int cause;
};
const struct cause_reason *cause_reasons(size_t *n);
/* The table's cause for a reason: a cause, -1 (carries along), -2 (unknown). */
int cause_of_reason(struct span reason);

/*
 * A cause_feed (model/cause.h) that classifies each verdict it is fed and
 * hands the result to done(ctx, verdict, result).  The verdict's strings
 * are the feeder's: store_causes() keeps them valid until done() returns.
 */
struct cause_sink {
	struct cause_acc acc;
	struct cause_verdict v; /* the verdict fed */
	int (*done)(void *ctx, const struct cause_verdict *v, const struct cause_result *r);
	void *ctx;
};
struct cause_feed cause_sink_feed(struct cause_sink *s);

#endif
