#ifndef ESCVIZ_MODEL_CAUSE_H
#define ESCVIZ_MODEL_CAUSE_H
/*
 * Causes: why a value escapes, leaks or moves to the heap, in the terms
 * engineers learn escape analysis by (docs/causes.md), rather than the
 * compiler's reason strings.  Each classified verdict has one primary cause
 * and any contributing ones.  analysis/cause.c derives them from the
 * explanation (the reasons of its steps, the shapes of its flows) or, with
 * no explanation (-m=1), from the verdict's text, marked as inferred.
 *
 * The names are what JSON and the command line use.
 */
#include <stddef.h>
#include <stdint.h>

#include "parser/parser.h" /* struct span */

enum cause {
	CAUSE_ADDRESS,   /* a pointer outlives the function: returned, or stored where it lasts */
	CAUSE_CLOSURE,   /* captured by, or is, a closure that outlives the function */
	CAUSE_GOROUTINE, /* crosses to another goroutine (a channel send, go) */
	CAUSE_INTERFACE, /* converted to an interface (fmt's ...interface{} arguments) */
	CAUSE_COMPOSITE, /* stored in a struct, slice, array or map that escapes */
	CAUSE_SIZE,      /* too large for the stack, or a size not known at compile time */
	CAUSE_CALLEE,    /* passed to a function whose parameter leaks */
	CAUSE_OTHER,     /* none of the above: a reason not known, or nothing to go by */
	CAUSE__COUNT
};

/* "address", ..., "other"; NULL for a value out of range. */
const char *cause_name(enum cause c);
/* The cause named s (exactly one of the names), or -1. */
int cause_parse(const char *s);
/* "address, closure, ..., other": every name, for messages. */
const char *cause_names_list(void);

#define CAUSE_BIT(c) (1u << (unsigned)(c))

/* The causes of the set causes, primary first, then in enum order, into
 * out; how many (primary is counted whether in causes or not). */
size_t cause_order(enum cause primary, unsigned causes, enum cause out[CAUSE__COUNT]);

/* What a verdict's explanations say about its cause. */
struct cause_result {
	enum cause primary;
	unsigned causes;   /* CAUSE_BIT of the primary and of each contributing cause */
	int inferred;      /* from the verdict's text alone: no explanation */
	char callee[128];  /* CAUSE_CALLEE seen: the function called, as printed ("" unknown) */
	const char *reason; /* the compiler's reason that decided the primary, or NULL */
	size_t unknown;    /* reasons not in the table (counted as other) */
};

/* Verdicts counted by primary cause (escviz stats). */
struct cause_counts {
	char *name;                  /* the package, or NULL for a whole build */
	int64_t n[CAUSE__COUNT];
	int64_t inferred_n[CAUSE__COUNT]; /* of n, from the verdict's text alone */
	int64_t total, inferred;     /* inferred: from the verdict's text alone */
	int64_t unknown_reasons;     /* reasons the table does not know */
};

/*
 * A verdict's explanations, fed to a classifier line by line: the verdict,
 * then for each explanation its flows and steps in printed order, then the
 * end.  The store streams a build's verdicts this way (store_causes) and
 * analysis/cause.c consumes them; neither knows the other.
 */
struct cause_verdict {
	int64_t event_id, function_id; /* function_id 0: not attributed */
	const char *package;           /* "path" or "path [variant]" */
	const char *kind;              /* a model_event_kinds[] name */
	const char *subject;
	const char *target;            /* NULL but for leaking_param_result */
};

struct cause_feed {
	void *ctx;
	void (*verdict)(void *ctx, const struct cause_verdict *v);
	void (*explanation)(void *ctx);
	void (*flow)(void *ctx, struct span dst, struct span ops, struct span src);
	void (*step)(void *ctx, struct span expr, struct span reason, int has_reason);
	/* the verdict's last line was fed: -1 stops the stream */
	int (*end)(void *ctx);
};

#endif
