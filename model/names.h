#ifndef ESCVIZ_MODEL_NAMES_H
#define ESCVIZ_MODEL_NAMES_H
/*
 * The compiler's location names in plain words, once, for every command:
 * `{heap}` -> "the heap", `{storage for X}`, `~rN` -> "result K of F",
 * `~pN`, `.this`, `.anonN`, `~R0`/`~arg0` of inlined calls, parameters.
 *
 * `~rN` needs care: Go <= 1.16 numbered results after the parameters
 * (`~r2` is result 0 of `newPoint(x, y int)`), Go 1.17+ from 0; and after
 * inlining `~r0` is the result of the inlined callee, not of the function
 * being explained.  Results are numbered from the signature printed in
 * `can inline F as: SIG`, the callee is found from the inlined call at the
 * step's position, and when neither is known the name says so instead of
 * guessing.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/strmap.h"
#include "model/model.h"

struct sbuf;

/* Parameter and result counts of the build's functions, by callee name. */
struct sig_table {
	struct strmap by_name; /* "P<package id>:<name>" and "<pkg name>.<name>" */
};

void sig_table_init(struct sig_table *t);
void sig_table_release(struct sig_table *t);
/* Record function name of package (id, short name) with body `SIG { ... }`. */
void sig_table_add(struct sig_table *t, int64_t package_id, const char *pkg_name,
		   const char *name, const char *body);
/* Counts of callee as called from package_id: 0, or -1 when unknown. */
int sig_table_find(const struct sig_table *t, int64_t package_id, const char *callee,
		   int *params, int *results);

/*
 * Count the parameters and results of a signature as printed in
 * `can inline F as: SIG { BODY }` (`func(int, []T) (int, error)`,
 * `method(*T) func(int)`).  Returns 0, or -1 when sig does not parse.
 */
int model_sig_count(const char *sig, int *params, int *results);

/* 1: Go <= 1.16 result numbering, 2: 1.17+, 0: unknown (a detected range). */
int model_result_scheme(const char *go_version);

/* The index of result ~rN, or -1 when the numbering cannot be settled. */
long model_result_index(int scheme, long num, int np, int nr);

/* What naming needs to know about the function an explanation belongs to. */
struct loc_namer {
	const char *fname;       /* NULL: not attributed */
	int64_t package_id;
	int scheme;              /* model_result_scheme() */
	int np, nr;              /* its own signature; -1: unknown */
	char **params;           /* parameter names seen in leak/verdict lines */
	size_t n_params;
	const struct minline *inl; /* its call sites, for the callee of a ~rN */
	size_t n_inl;
	const struct sig_table *sigs; /* or NULL */
};

/*
 * Set nm up for function g (NULL: an unattributed verdict, named without
 * a function), of a build whose Go version is go_version.  nm borrows g
 * and sigs.
 */
void loc_namer_init(struct loc_namer *nm, const struct mfunc *g, const char *go_version,
		    const struct sig_table *sigs);
void loc_namer_release(struct loc_namer *nm);

/*
 * Plain words for a name that needs no function: `{heap}` -> "the heap",
 * `{temp}`, `{storage for X}`, `~R0`, `~arg0`, `.autotmp_N`.  malloc'd, or
 * NULL when name needs the function or is an ordinary variable.
 */
char *loc_plain_name(const char *name);

/*
 * Plain words for name as it appears in explanation x (x may be NULL):
 * loc_plain_name(), else results, parameters, the receiver.  malloc'd, or
 * NULL for an ordinary variable or expression.
 */
char *loc_name(const struct loc_namer *nm, const struct mexpl *x, const char *name);

/*
 * The same words for a drawing of nm's function, whose title names it:
 * loc_name() without a final " of F" when F is that function, else the
 * name as printed.  Always malloc'd.
 */
char *loc_short_name(const struct loc_namer *nm, const struct mexpl *x, const char *name);

/*
 * The callee of a call expression as a step prints it (`f(x)`,
 * `(*T).store(t, src)`, `pkg.F[go.shape.interface { M() }](x)`): the
 * length of the text before the parenthesis that opens the argument list
 * closing the expression, skipping parentheses inside brackets, braces
 * and string literals.  When no such parenthesis closes the expression
 * (a cut literal) it is the text before the first parenthesis; an
 * expression with none (`<node unsafe.String>`) is its own callee:
 * strlen(expr).
 */
size_t model_call_callee(const char *expr);

/* Is name a result (`~rN`, `~RN`)? */
int loc_is_result(const char *name);
/* Is name one of nm's parameters? */
int loc_is_param(const struct loc_namer *nm, const char *name);

/*
 * Go 1.27 names a closure created by inlining after the inlined function
 * plus an inline-hash suffix, "#" + 11 base64 characters + "=#", in escape
 * and capture lines but not in inlining lines.  Appends name (n bytes)
 * without any such suffix to out; returns how many were dropped.  The
 * name without them is the identity (joins, diff); the full name is shown.
 */
size_t model_strip_inline_hash(const char *name, size_t n, struct sbuf *out);

/*
 * How a function is named to people: "?" for none (a row in no known
 * function), "package init" for the package's initialization (named
 * "init" in the database and in JSON), else name itself.
 */
const char *model_func_shown(const char *name);

/*
 * The functions the compiler makes out of other code, by name: closures
 * (F.func1), the wrappers of defer and go statements (F.deferwrap1,
 * F.gowrap1; go >= 1.22), range-over-func bodies (F-range1; go >= 1.23)
 * and method values (T.M-fm).
 */
/* Is name[0..n) such a function (the functions table's closure column)? */
int model_func_is_generated(const char *name, size_t n);
/*
 * The length of name[0..n) without its trailing defer/go/range wrappers
 * ("F.deferwrap1" and "F-range2.gowrap1" -> "F"): their code is their
 * enclosing function's, where older releases and the source place it.
 */
size_t model_func_without_wrappers(const char *name, size_t n);

#endif
