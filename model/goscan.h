#ifndef ESCVIZ_MODEL_GOSCAN_H
#define ESCVIZ_MODEL_GOSCAN_H
/*
 * goscan: the source extent of every function of a Go file, named as the Go
 * compiler names it in -m diagnostics, from a lexical scan (no Go parser).
 *
 * An event at FILE:LINE:COL belongs to the innermost extent whose
 * [start, end] contains the position.  Lines and columns are 1-based and
 * counted in bytes (a tab is one column), as the compiler prints them.
 * //line directives are NOT applied: positions are those of the bytes given.
 *
 * Names (verified against Go 1.15-1.27 output, see tests/cli/goscan_vs_ast.sh):
 *  - function `F` (a generic function keeps its bare name: `Map`; the
 *    compiler prints `Map[go.shape.int]`, see goscan_strip_typeargs);
 *  - method `T.M`, `(*T).M`; generic receiver in source form `(*List[T]).Push`,
 *    several parameters joined without space `(*M[K,V]).Get`;
 *  - `func init` bodies `init.0`, `init.1`, ... in source order across the
 *    package: the package's FILE ORDER MATTERS (go build compiles a package's
 *    files in alphabetical order); pass one struct goscan_pkg per package;
 *  - function literals: `F.func1`, `F.func2` in source order within F; a
 *    literal inside a literal `F.func1.1`, `F.func1.2`, deeper `F.func1.1.1`
 *    (every Go release 1.15-1.27 names source closures so; the forms
 *    `F.F.func2.func5` (1.22-1.24) / `F.func2.func1` (1.26+) are copies made
 *    by inlining, with no source extent of their own);
 *  - package-level `var` specs with an initialiser: one extent each, named
 *    `init`, kind GO_EXT_PKGINIT, from the first name to the last byte of
 *    the last value; literals in them are `init.func1`, ... numbered across
 *    the package in declaration order (Go 1.22+; Go <= 1.21 prints
 *    `glob..func1`).  Literals in a function named `_` are `glob..funcN`.
 *  - compiler-made wrappers (`F.deferwrap1`, `F.gowrap1`, `F-range1`) have
 *    no extent: their positions fall inside F.
 * A function without a body (assembly, go:linkname) has its declaration,
 * `func` to the signature's last byte, as its extent: the compiler prints
 * its parameters' verdicts there.
 */
#include <stddef.h>

struct sbuf;

enum go_extent_kind {
	GO_EXT_FUNC,
	GO_EXT_METHOD,
	GO_EXT_CLOSURE,
	GO_EXT_INIT,    /* func init() { ... } -> init.N */
	GO_EXT_PKGINIT, /* package-level var x = expr -> "init" */
};

struct go_pos {
	unsigned line, col;
};

struct go_extent {
	char *name;           /* as the compiler prints it (source type params) */
	struct go_pos start;  /* `func` keyword; first name of a var spec */
	struct go_pos end;    /* closing `}`; last byte of a var spec's value */
	enum go_extent_kind kind;
	long parent;          /* index of the enclosing extent, -1 at top level */
};

/* Per-package numbering state; zero it ({0}) for each package. */
struct goscan_pkg {
	unsigned inits;     /* func init bodies seen */
	unsigned initlits;  /* literals in package-level initialisers */
	unsigned globlits;  /* literals in functions named _ */
	int imports_c;      /* out: the file goscan_file() scanned last imports "C" (cgo) */
};

/*
 * Scan one file of a package.  On success returns 0 and sets *out (sorted by
 * start position, xmalloc'd, free with goscan_free) and *n.  On bad input
 * (unterminated comment, string, rune or body) returns -1, appends a message
 * naming the line to err and sets *out = NULL, *n = 0.
 */
int goscan_file(struct goscan_pkg *pkg, const char *src, size_t len,
		struct go_extent **out, size_t *n, struct sbuf *err);
/* goscan_file for a package of one file. */
int goscan_extents(const char *src, size_t len, struct go_extent **out, size_t *n,
		   struct sbuf *err);
void goscan_free(struct go_extent *ext, size_t n);
/* The package clause's name into name (empty when none); 0, or -1 when the
 * bytes before it do not lex.  Nothing past the clause is read. */
int goscan_package(const char *src, size_t len, struct sbuf *name);
const char *goscan_kind_name(enum go_extent_kind kind);
/* `(*List[go.shape.int]).Push` -> `(*List).Push`: drop every [...] group. xmalloc'd. */
char *goscan_strip_typeargs(const char *name);

#endif
