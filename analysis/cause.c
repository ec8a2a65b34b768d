/* The cause classifier (analysis/cause.h, docs/causes.md). */
#include "analysis/cause.h"

#include <string.h>

#define NONE (-1) /* the reason only carries the value along */

/*
 * Every reason of ../shared/docs/go-m-formats.md §3.3: Go 1.14+ (escape.go)
 * and Go 1.7-1.12 (esc.go).  docs/causes.md prints the same table; the
 * unit test checks one real line of each.
 */
static const struct cause_reason reasons[] = {
	/* size */
	{ "too large for stack", CAUSE_SIZE },
	{ "non-constant size", CAUSE_SIZE },
	{ "too aligned for stack", CAUSE_SIZE },
	{ "zero-sized element", CAUSE_SIZE },
	/* goroutine */
	{ "send", CAUSE_GOROUTINE },
	{ "go func", CAUSE_GOROUTINE },
	{ "go func ...", CAUSE_GOROUTINE },
	{ "go func arg", CAUSE_GOROUTINE },
	/* closure */
	{ "captured by a closure", CAUSE_CLOSURE },
	{ "captured by called closure", CAUSE_CLOSURE },
	{ "closure-var", CAUSE_CLOSURE },
	/* interface */
	{ "interface-converted", CAUSE_INTERFACE },
	{ "arg to ...", CAUSE_INTERFACE }, /* Go <= 1.12: a variadic ...interface{} argument */
	{ "panic", CAUSE_INTERFACE },      /* Go <= 1.12: panic takes an interface{} */
	/* callee */
	{ "call parameter", CAUSE_CALLEE },
	{ "callee operand", CAUSE_CALLEE },
	{ "call part", CAUSE_CALLEE },
	{ "call receiver", CAUSE_CALLEE },
	{ "parameter to indirect call", CAUSE_CALLEE },
	{ "receiver in indirect call", CAUSE_CALLEE },
	{ "arg to recursive call", CAUSE_CALLEE },
	{ "... arg to recursive call", CAUSE_CALLEE },
	{ "passed to call[argument escapes]", CAUSE_CALLEE },
	{ "passed to call[argument content escapes]", CAUSE_CALLEE },
	{ "passed-to-and-returned-from-call", CAUSE_CALLEE },
	/* composite */
	{ "struct literal element", CAUSE_COMPOSITE },
	{ "slice-literal-element", CAUSE_COMPOSITE },
	{ "slice literal element", CAUSE_COMPOSITE },
	{ "array literal element", CAUSE_COMPOSITE },
	{ "map literal key", CAUSE_COMPOSITE },
	{ "map literal value", CAUSE_COMPOSITE },
	{ "key of map put", CAUSE_COMPOSITE },
	{ "value of map put", CAUSE_COMPOSITE },
	{ "appended slice...", CAUSE_COMPOSITE },
	{ "appended to slice", CAUSE_COMPOSITE },
	{ "append-first-arg", CAUSE_COMPOSITE },
	{ "copied slice", CAUSE_COMPOSITE },
	{ "dot-equals", CAUSE_COMPOSITE },
	{ "array-element-equals", CAUSE_COMPOSITE },
	{ "slice-element-equals", CAUSE_COMPOSITE },
	/* address */
	{ "address-of", CAUSE_ADDRESS },
	{ "return", CAUSE_ADDRESS },
	{ "returned from recursive function", CAUSE_ADDRESS },
	{ "assign", CAUSE_ADDRESS },
	{ "assigned", CAUSE_ADDRESS },
	{ "assigned to top level variable", CAUSE_ADDRESS },
	{ "star-equals", CAUSE_ADDRESS },
	{ "star-dot-equals", CAUSE_ADDRESS },
	{ "pointer literal", CAUSE_ADDRESS },
	{ "pointer literal [assign]", CAUSE_ADDRESS },
	/* other: known, but none of the causes */
	{ "conversion to unsafe.Pointer", CAUSE_OTHER },
	{ "reflect.Header.Data", CAUSE_OTHER },
	{ "//go:uintptrescapes", CAUSE_OTHER },
	{ "escaping uintptr", CAUSE_OTHER },
	{ "arg to uintptrescapes ...", CAUSE_OTHER },
	{ "defer func", CAUSE_OTHER },
	{ "defer func ...", CAUSE_OTHER },
	{ "defer func arg", CAUSE_OTHER },
	/* the value is only carried along */
	{ "spill", NONE },
	{ "dot", NONE },
	{ "dot of pointer", NONE },
	{ "indirection", NONE },
	{ "slice", NONE },
	{ "slice-to-array", NONE },
	{ "fixed-array-index-of", NONE },
	{ "map index", NONE },
	{ "range", NONE },
	{ "range-deref", NONE },
	{ "reference", NONE },
	{ "switch case", NONE },
	{ "selrecv", NONE },
	{ "appendee slice", NONE },
	{ "converted", NONE },
	{ "assign-pair", NONE },
	{ "assign-pair-dot-type", NONE },
	{ "assign-pair-mapr", NONE },
	{ "assign-pair-receive", NONE },
	{ "assign-pair-func-call", NONE },
};

const struct cause_reason *cause_reasons(size_t *n)
{
	*n = sizeof(reasons) / sizeof(reasons[0]);
	return reasons;
}

static const struct cause_reason *lookup(struct span r)
{
	/* once a step, over every verdict of a build: the first byte first */
	for (size_t i = 0; r.n && i < sizeof(reasons) / sizeof(reasons[0]); i++)
		if (reasons[i].reason[0] == r.p[0] && strlen(reasons[i].reason) == r.n &&
		    !memcmp(reasons[i].reason, r.p, r.n))
			return &reasons[i];
	return NULL;
}

int cause_of_reason(struct span r)
{
	const struct cause_reason *e = lookup(r);
	return e ? e->cause : -2;
}

static const char *const meaning[CAUSE__COUNT] = {
	[CAUSE_ADDRESS] = "a pointer outlives the function: it is returned, or stored where it lasts",
	[CAUSE_CLOSURE] = "captured by a closure, or a closure, that outlives the function",
	[CAUSE_GOROUTINE] = "handed to another goroutine (a channel send, a go statement)",
	[CAUSE_INTERFACE] = "converted to an interface (fmt's ...interface{} arguments, any, error)",
	[CAUSE_COMPOSITE] = "stored in a struct, slice, array or map that escapes",
	[CAUSE_SIZE] = "too large for the stack, or its size is not known at compile time",
	[CAUSE_CALLEE] = "passed to a function whose parameter leaks",
	[CAUSE_OTHER] = "none of the other causes (unsafe or uintptr use, defer, or nothing to go by)",
};

static const char *const advice[CAUSE_OTHER + 1] = {
	[CAUSE_ADDRESS] = "return or store a value instead of a pointer, or let the caller pass "
			  "in the memory to fill",
	[CAUSE_CLOSURE] = "pass the variable as an argument, or use a method or a plain function "
			  "instead of a closure that outlives the call",
	[CAUSE_GOROUTINE] = "send values rather than pointers, or reuse buffers (sync.Pool) on "
			    "hot paths",
	[CAUSE_INTERFACE] = "avoid interface and ...interface{} arguments (fmt) on hot paths: "
			    "strconv, typed functions, or appending to a []byte",
	[CAUSE_COMPOSITE] = "store values rather than pointers in the struct, slice or map, or "
			    "keep the container from escaping",
	[CAUSE_SIZE] = "use a constant size for make, or a smaller fixed array; reuse a large "
		       "buffer",
	[CAUSE_CALLEE] = "check why the callee's parameter leaks (escviz why on it), or pass a "
			 "buffer it fills in; an inlinable callee lets the compiler see through it",
	[CAUSE_OTHER] = "see the explanation's steps",
};

const char *cause_meaning(enum cause c)
{
	return (unsigned)c < CAUSE__COUNT ? meaning[c] : "";
}

const char *cause_advice(enum cause c)
{
	return (unsigned)c < CAUSE__COUNT ? advice[c] : "";
}

int cause_classifies(const char *kind)
{
	return kind && (!strcmp(kind, "heap_escape") || !strcmp(kind, "moved_to_heap") ||
			!strncmp(kind, "leaking_param", 13));
}

static void copy_cut(char *dst, size_t size, const char *src, size_t n)
{
	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = 0;
}

void cause_start(struct cause_acc *a, const char *kind, const char *subject, const char *target)
{
	memset(a, 0, sizeof(*a));
	copy_cut(a->kind, sizeof(a->kind), kind ? kind : "", kind ? strlen(kind) : 0);
	copy_cut(a->subject, sizeof(a->subject), subject ? subject : "",
		 subject ? strlen(subject) : 0);
	a->has_target = target && *target;
}

static void evidence(struct cause_acc *a, enum cause c, const char *why)
{
	if (!(a->seen & CAUSE_BIT(c)))
		a->why[c] = why;
	a->seen |= CAUSE_BIT(c);
}

static int span_is(struct span s, const char *lit)
{
	return s.n == strlen(lit) && !memcmp(s.p, lit, s.n);
}

static int starts(struct span s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n >= n && !memcmp(s.p, lit, n);
}

static int ends(struct span s, const char *lit)
{
	size_t n = strlen(lit);
	return s.n >= n && !memcmp(s.p + s.n - n, lit, n);
}

/* "fmt.Fprintln" of "fmt.Fprintln(os.Stdout, fmt.a...)"; 0 when not a call. */
static size_t call_name(struct span e, const char **name)
{
	size_t i = 0;
	int depth = 0;
	if (e.n && e.p[0] == '(') { /* (*T).M(x) */
		for (; i < e.n; i++) {
			depth += e.p[i] == '(';
			depth -= e.p[i] == ')';
			if (!depth)
				break;
		}
		i++;
	}
	for (; i < e.n; i++) {
		char c = e.p[i];
		if (c == '[')
			depth++;
		else if (c == ']')
			depth--;
		else if (c == '(' && depth == 0)
			break;
		else if (depth == 0 && !(c == '.' || c == '_' || c == '*' || (c >= '0' && c <= '9') ||
					 (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
					 (unsigned char)c >= 0x80))
			return 0;
	}
	if (i == 0 || i >= e.n)
		return 0;
	*name = e.p;
	return i;
}

/* What a boxed, or otherwise stored, value E of `{storage for E}` tells. */
static void storage(struct cause_acc *a, struct span e)
{
	if (span_is(e, "func literal"))
		evidence(a, CAUSE_CLOSURE, "storage for func literal");
	else if (span_is(e, "... argument"))
		evidence(a, CAUSE_INTERFACE, "storage for ... argument");
	else if (e.n && e.p[0] != '&' && e.p[0] != '(' && !memchr(e.p, '{', e.n) &&
		 !ends(e, " literal") && /* Go <= 1.15: "[]*int literal" */
		 !memmem(e.p, e.n, " + ", 3) && /* a concatenation's new string */
		 !starts(e, "make(") && !starts(e, "new(") && !starts(e, "append(") &&
		 !starts(e, "string(") && !starts(e, "[]"))
		/* a value given storage of its own: boxed into an interface */
		evidence(a, CAUSE_INTERFACE, "storage for a converted value");
}

void cause_flow(struct cause_acc *a, struct span dst, struct span ops, struct span src)
{
	static const char pre[] = "{storage for ";
	(void)dst;
	(void)ops;
	a->lines++;
	if (src.n > sizeof(pre) && starts(src, pre) && src.p[src.n - 1] == '}')
		storage(a, (struct span){ src.p + sizeof(pre) - 1, src.n - sizeof(pre) });
}

void cause_step(struct cause_acc *a, struct span expr, struct span reason, int has_reason)
{
	const struct cause_reason *r;
	a->lines++;
	if (!has_reason)
		return;
	if (!(r = lookup(reason))) {
		a->unknown++;
		return;
	}
	if (r->cause == NONE)
		return;
	if (r->cause == CAUSE_CALLEE) {
		const char *name;
		size_t n = call_name(expr, &name);
		if (n == 6 && !memcmp(name, "append", 6)) {
			/* stored in the slice append returns */
			evidence(a, CAUSE_COMPOSITE, "call parameter of append");
			return;
		}
		if (n == 5 && !memcmp(name, "panic", 5)) {
			/* panic takes an interface{} */
			evidence(a, CAUSE_INTERFACE, "call parameter of panic");
			return;
		}
		if (n && !(a->seen & CAUSE_BIT(CAUSE_CALLEE)))
			copy_cut(a->callee, sizeof(a->callee), name, n);
	}
	if (r->cause == CAUSE_COMPOSITE && span_is(expr, "... argument"))
		return; /* the variadic slice: the storage of the flow says what it holds */
	if (r->cause == CAUSE_ADDRESS && span_is(reason, "assign")) {
		/* m[k] = &v, s[i] = p, x.f = p: stored in an element or a field
		 * (a package-qualified global, pkg.V = p, reads as a field) */
		const char *eq = memmem(expr.p, expr.n, " = ", 3);
		if (eq && (memchr(expr.p, '[', (size_t)(eq - expr.p)) ||
			   memchr(expr.p, '.', (size_t)(eq - expr.p)))) {
			evidence(a, CAUSE_COMPOSITE, "assign to an element or a field");
			return;
		}
	}
	evidence(a, (enum cause)r->cause, r->reason);
}

/* The cause the verdict's text suggests, with nothing else to go by. */
static enum cause from_verdict(const struct cause_acc *a, const char **why)
{
	struct span s = { a->subject, strlen(a->subject) };
	*why = "the verdict's text";
	if (!strcmp(a->kind, "moved_to_heap") || !strcmp(a->kind, "leaking_param_result") ||
	    (!strncmp(a->kind, "leaking_param", 13) && a->has_target))
		return CAUSE_ADDRESS;
	if (strcmp(a->kind, "heap_escape"))
		return CAUSE_OTHER; /* a leaking parameter: where to, it does not say */
	if (span_is(s, "func literal"))
		return CAUSE_CLOSURE;
	if (span_is(s, "... argument"))
		return CAUSE_INTERFACE;
	if (starts(s, "make("))
		return CAUSE_SIZE;
	if (!s.n)
		return CAUSE_OTHER;
	if (s.p[0] == '&' || s.p[0] == '(' || starts(s, "new(") || starts(s, "append") ||
	    memchr(s.p, '{', s.n) || ends(s, " literal") || starts(s, "string(") || starts(s, "[]"))
		return CAUSE_ADDRESS;
	/* a plain value escaping: since Go 1.13 the compiler says so only of
	 * values converted to an interface */
	return CAUSE_INTERFACE;
}

void cause_finish(const struct cause_acc *a, struct cause_result *out)
{
	static const enum cause order[] = { CAUSE_SIZE,	     CAUSE_GOROUTINE, CAUSE_CLOSURE,
					    CAUSE_INTERFACE, CAUSE_CALLEE,    CAUSE_COMPOSITE,
					    CAUSE_ADDRESS,   CAUSE_OTHER };
	memset(out, 0, sizeof(*out));
	out->unknown = a->unknown;
	out->causes = a->seen;
	out->inferred = a->lines == 0;
	if (!a->seen) {
		/* no reason the table knows: the verdict's text may say more */
		const char *why;
		out->primary = from_verdict(a, &why);
		out->reason = a->lines ? why : NULL;
		out->causes |= CAUSE_BIT(out->primary);
	} else {
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
			if (a->seen & CAUSE_BIT(order[i])) {
				out->primary = order[i];
				out->reason = a->why[order[i]];
				break;
			}
	}
	if (a->unknown) /* counted as other, whatever else decided */
		out->causes |= CAUSE_BIT(CAUSE_OTHER);
	if (out->causes & CAUSE_BIT(CAUSE_CALLEE))
		memcpy(out->callee, a->callee, sizeof(out->callee));
}

static void feed_steps(struct cause_acc *a, const struct mstep *st, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct span e = { st[i].expr ? st[i].expr : "", st[i].expr ? strlen(st[i].expr) : 0 };
		struct span r = { st[i].reason ? st[i].reason : "",
				  st[i].reason ? strlen(st[i].reason) : 0 };
		cause_step(a, e, r, st[i].reason != NULL);
	}
}

static struct span str_span(const char *s)
{
	return (struct span){ s ? s : "", s ? strlen(s) : 0 };
}

void cause_text_line(struct cause_acc *a, const char *text)
{
	size_t n = strlen(text);
	if (n > 6 && !memcmp(text, "flow: ", 6)) {
		const char *eq = strstr(text + 6, " = "), *src;
		if (!eq)
			return;
		src = eq + 3;
		while (*src == '&' || *src == '*')
			src++;
		cause_flow(a, (struct span){ text + 6, (size_t)(eq - text - 6) },
			   (struct span){ eq + 3, (size_t)(src - eq - 3) },
			   (struct span){ src, strlen(src) });
	} else if (n > 8 && !memcmp(text, "from ", 5) && text[n - 1] == ')') {
		const char *open = NULL;
		for (const char *p = text + n - 1; p > text + 5; p--)
			if (p[0] == '(' && p[-1] == ' ') {
				open = p;
				break;
			}
		if (!open)
			return;
		struct span r = { open + 1, (size_t)(text + n - 1 - open - 1) };
		int has = !(r.n == 1 && r.p[0] == '?');
		cause_step(a, (struct span){ text + 5, (size_t)(open - 1 - text - 5) }, r, has);
	}
}

void cause_feed_mexpl(struct cause_acc *a, const struct mexpl *x)
{
	feed_steps(a, x->steps, x->n_steps);
	for (size_t f = 0; f < x->n_flows; f++) {
		const struct mflow *fl = &x->flows[f];
		cause_flow(a, str_span(fl->dst), str_span(fl->ops), str_span(fl->src));
		feed_steps(a, fl->steps, fl->n_steps);
	}
}

void cause_of_event(const char *kind, const char *subject, const char *target,
		    const struct mexpl *x, size_t n, struct cause_result *out)
{
	struct cause_acc a;
	cause_start(&a, kind, subject, target);
	for (size_t i = 0; i < n; i++)
		cause_feed_mexpl(&a, &x[i]);
	cause_finish(&a, out);
}

/* ---- as a cause_feed ---------------------------------------------------- */

static void sink_verdict(void *ctx, const struct cause_verdict *v)
{
	struct cause_sink *s = ctx;
	s->v = *v;
	cause_start(&s->acc, v->kind, v->subject, v->target);
}

static void sink_explanation(void *ctx)
{
	(void)ctx;
}

static void sink_flow(void *ctx, struct span dst, struct span ops, struct span src)
{
	cause_flow(&((struct cause_sink *)ctx)->acc, dst, ops, src);
}

static void sink_step(void *ctx, struct span expr, struct span reason, int has_reason)
{
	cause_step(&((struct cause_sink *)ctx)->acc, expr, reason, has_reason);
}

static int sink_end(void *ctx)
{
	struct cause_sink *s = ctx;
	struct cause_result r;
	cause_finish(&s->acc, &r);
	return s->done ? s->done(s->ctx, &s->v, &r) : 0;
}

struct cause_feed cause_sink_feed(struct cause_sink *s)
{
	return (struct cause_feed){ s, sink_verdict, sink_explanation, sink_flow, sink_step,
				    sink_end };
}
