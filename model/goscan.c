/*
 * goscan: function extents from a lexical scan of Go source (see goscan.h).
 *
 * Pass 1 turns the bytes into tokens, inserting Go's automatic semicolons.
 * Pass 2 walks the tokens: top-level `func`, `var`; inside bodies and
 * initialisers, a `func` keyword in operand position whose signature is
 * followed by `{` is a function literal.
 */
#include "model/goscan.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "common/xalloc.h"

enum tok_type { T_IDENT, T_KEYWORD, T_LIT, T_OP, T_SEMI };

struct tok {
	enum tok_type type;
	uint32_t off, len;
	uint32_t line, col;   /* first byte */
	uint32_t eline, ecol; /* last byte */
};

struct lexer {
	const char *s;
	size_t len, i;
	uint32_t line;
	size_t bol; /* offset of the current line's first byte */
	struct tok *toks;
	size_t ntoks, alloc;
	size_t max_toks; /* stop once this many tokens are read; 0: read all */
	struct sbuf *err;
};

static const char *const keywords[] = {
	"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
	"map", "package", "range", "return", "select", "struct", "switch", "type",
	"var", NULL,
};

static int is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int tok_is(const struct lexer *lx, const struct tok *t, const char *text)
{
	size_t n = strlen(text);
	return t->len == n && memcmp(lx->s + t->off, text, n) == 0;
}

/* A newline here: does the previous token end a statement? */
static int needs_semi(const struct lexer *lx)
{
	const struct tok *t;
	if (!lx->ntoks)
		return 0;
	t = &lx->toks[lx->ntoks - 1];
	switch (t->type) {
	case T_IDENT:
	case T_LIT:
		return 1;
	case T_KEYWORD:
		return tok_is(lx, t, "break") || tok_is(lx, t, "continue") ||
		       tok_is(lx, t, "fallthrough") || tok_is(lx, t, "return");
	case T_OP:
		return tok_is(lx, t, ")") || tok_is(lx, t, "]") || tok_is(lx, t, "}") ||
		       tok_is(lx, t, "++") || tok_is(lx, t, "--");
	case T_SEMI:
		return 0;
	}
	return 0;
}

static void push(struct lexer *lx, enum tok_type type, size_t start, uint32_t line,
		 uint32_t col)
{
	struct tok *t;
	VEC_GROW(lx->toks, lx->ntoks + 1, lx->alloc);
	t = &lx->toks[lx->ntoks++];
	t->type = type;
	t->off = (uint32_t)start;
	t->len = (uint32_t)(lx->i - start);
	t->line = line;
	t->col = col;
	t->eline = lx->line;
	/* A raw string may span lines: the last byte is on the current line. */
	t->ecol = (uint32_t)(lx->i - lx->bol);
}

static void newline(struct lexer *lx, size_t at)
{
	lx->line++;
	lx->bol = at + 1;
}

/* An automatic semicolon at (line, col). */
static void semi(struct lexer *lx, uint32_t line, uint32_t col)
{
	struct tok *t;
	VEC_GROW(lx->toks, lx->ntoks + 1, lx->alloc);
	t = &lx->toks[lx->ntoks++];
	t->type = T_SEMI;
	t->off = (uint32_t)lx->i;
	t->len = 0;
	t->line = t->eline = line;
	t->col = t->ecol = col;
}

/* Skip a quoted literal ending in q; backslash escapes unless raw. */
static int skip_quoted(struct lexer *lx, char q, int raw, const char *what)
{
	uint32_t line = lx->line;
	lx->i++;
	while (lx->i < lx->len) {
		char c = lx->s[lx->i];
		if (c == q) {
			lx->i++;
			return 0;
		}
		if (c == '\n') {
			if (!raw)
				break;
			newline(lx, lx->i);
		} else if (c == '\\' && !raw) {
			lx->i++;
			if (lx->i < lx->len && lx->s[lx->i] == '\n')
				break;
		}
		lx->i++;
	}
	sbuf_addf(lx->err, "line %u: unterminated %s", (unsigned)line, what);
	return -1;
}

static const char *const ops3[] = { "<<=", ">>=", "&^=", "...", "&&=", NULL };
static const char *const ops2[] = {
	"<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&&", "||",
	"<-", "++", "--", "==", "!=", "<=", ">=", ":=", NULL,
};

static int lex(struct lexer *lx)
{
	while (lx->i < lx->len) {
		if (lx->max_toks && lx->ntoks >= lx->max_toks)
			return 0;
		const char *s = lx->s;
		unsigned char c = (unsigned char)s[lx->i];
		size_t start = lx->i;
		uint32_t line = lx->line, col = (uint32_t)(lx->i - lx->bol + 1);
		if (c == '\n') {
			if (needs_semi(lx))
				semi(lx, line, col);
			newline(lx, lx->i);
			lx->i++;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			lx->i++;
		} else if (c == '/' && lx->i + 1 < lx->len && s[lx->i + 1] == '/') {
			const char *nl = memchr(s + lx->i, '\n', lx->len - lx->i);
			lx->i = nl ? (size_t)(nl - s) : lx->len;
		} else if (c == '/' && lx->i + 1 < lx->len && s[lx->i + 1] == '*') {
			int nl = 0;
			lx->i += 2;
			for (;;) {
				if (lx->i + 1 >= lx->len) {
					sbuf_addf(lx->err, "line %u: unterminated comment",
						  (unsigned)line);
					return -1;
				}
				if (s[lx->i] == '*' && s[lx->i + 1] == '/')
					break;
				if (s[lx->i] == '\n') {
					if (!nl && needs_semi(lx))
						semi(lx, line, col);
					nl = 1;
					newline(lx, lx->i);
				}
				lx->i++;
			}
			lx->i += 2;
		} else if (is_letter(c)) {
			const char *const *k;
			enum tok_type type = T_IDENT;
			while (lx->i < lx->len &&
			       (is_letter((unsigned char)s[lx->i]) || is_digit((unsigned char)s[lx->i])))
				lx->i++;
			if (lx->i - start >= 2 && lx->i - start <= 11 && c >= 'b' && c <= 'v')
				for (k = keywords; *k; k++)
					if ((*k)[0] == (char)c && strlen(*k) == lx->i - start &&
					    !memcmp(*k, s + start, lx->i - start)) {
						type = T_KEYWORD;
						break;
					}
			push(lx, type, start, line, col);
		} else if (is_digit(c) ||
			   (c == '.' && lx->i + 1 < lx->len && is_digit((unsigned char)s[lx->i + 1]))) {
			int hex = c == '0' && lx->i + 1 < lx->len &&
				  (s[lx->i + 1] == 'x' || s[lx->i + 1] == 'X');
			lx->i++;
			while (lx->i < lx->len) {
				unsigned char d = (unsigned char)s[lx->i];
				unsigned char p = (unsigned char)s[lx->i - 1];
				if (is_letter(d) || is_digit(d) || d == '.')
					lx->i++;
				else if ((d == '+' || d == '-') &&
					 (hex ? (p == 'p' || p == 'P') : (p == 'e' || p == 'E')))
					lx->i++;
				else
					break;
			}
			push(lx, T_LIT, start, line, col);
		} else if (c == '"' || c == '\'' || c == '`') {
			const char *what = c == '"' ? "string" : c == '`' ? "raw string" : "rune literal";
			if (skip_quoted(lx, (char)c, c == '`', what) < 0)
				return -1;
			push(lx, T_LIT, start, line, col);
		} else {
			const char *const *o;
			size_t n = 1;
			/* Every two- and three-byte operator has one of these second bytes. */
			if (lx->i + 1 >= lx->len || !strchr("<>^=&|+-.:", s[lx->i + 1]) ||
			    s[lx->i + 1] == '\0')
				goto one;
			for (o = ops3; *o && n == 1; o++)
				if (lx->i + 3 <= lx->len && !memcmp(*o, s + lx->i, 3))
					n = 3;
			for (o = ops2; *o && n == 1; o++)
				if (lx->i + 2 <= lx->len && !memcmp(*o, s + lx->i, 2))
					n = 2;
		one:
			lx->i += n;
			push(lx, c == ';' ? T_SEMI : T_OP, start, line, col);
		}
	}
	if (needs_semi(lx))
		semi(lx, lx->line, (uint32_t)(lx->i - lx->bol + 1));
	return 0;
}

/* ---- pass 2 ---------------------------------------------------------- */

struct scan {
	struct lexer *lx;
	struct goscan_pkg *pkg;
	struct go_extent *ext;
	size_t n, alloc;
	struct sbuf *err;
	int unbalanced; /* set by skip_group when a group never closes */
};

static int is_op(const struct scan *sc, size_t i, const char *text)
{
	const struct tok *t = &sc->lx->toks[i];
	return t->type == T_OP && tok_is(sc->lx, t, text);
}

static int is_kw(const struct scan *sc, size_t i, const char *text)
{
	const struct tok *t = &sc->lx->toks[i];
	return t->type == T_KEYWORD && tok_is(sc->lx, t, text);
}

/* Is token i a one-byte operator among set's bytes? */
static int is_op1(const struct scan *sc, size_t i, const char *set)
{
	const struct tok *t = &sc->lx->toks[i];
	char c = sc->lx->s[t->off];
	return t->type == T_OP && t->len == 1 && c && strchr(set, c);
}

static int is_open(const struct scan *sc, size_t i)
{
	return is_op1(sc, i, "([{");
}

static int is_close(const struct scan *sc, size_t i)
{
	return is_op1(sc, i, ")]}");
}

/* Index after the bracket group opening at i (ntoks, and sc->unbalanced, when it never closes). */
static size_t skip_group(struct scan *sc, size_t i)
{
	size_t depth = 0;
	for (; i < sc->lx->ntoks; i++) {
		if (is_open(sc, i))
			depth++;
		else if (is_close(sc, i) && --depth == 0)
			return i + 1;
	}
	sc->unbalanced = 1;
	return sc->lx->ntoks;
}

/*
 * From i (just after `func`), skip a signature: receiver, name, type
 * parameters, parameters, result.  Returns the index of the body `{`, or
 * (size_t)-1 when the signature ends otherwise (a func type).
 */
static size_t signature(struct scan *sc, size_t i)
{
	size_t nt = sc->lx->ntoks;
	while (i < nt) {
		const struct tok *t = &sc->lx->toks[i];
		if (is_op(sc, i, "(") || is_op(sc, i, "[")) {
			i = skip_group(sc, i);
		} else if (is_kw(sc, i, "struct") || is_kw(sc, i, "interface")) {
			i++;
			if (i < nt && is_op(sc, i, "{"))
				i = skip_group(sc, i);
		} else if (is_op(sc, i, "{")) {
			return i;
		} else if (t->type == T_IDENT || is_kw(sc, i, "map") || is_kw(sc, i, "chan") ||
			   is_kw(sc, i, "func") || is_op(sc, i, ".") || is_op(sc, i, "*") ||
			   is_op(sc, i, "<-")) {
			i++;
		} else {
			break;
		}
	}
	return (size_t)-1;
}

static size_t add_extent(struct scan *sc, char *name, enum go_extent_kind kind, long parent,
			 const struct tok *start, const struct tok *end)
{
	struct go_extent *e;
	VEC_GROW(sc->ext, sc->n + 1, sc->alloc);
	e = &sc->ext[sc->n];
	e->name = name;
	e->kind = kind;
	e->parent = parent;
	e->start.line = start->line;
	e->start.col = start->col;
	e->end.line = end->eline;
	e->end.col = end->ecol;
	return sc->n++;
}

struct owner {
	const char *name;  /* NULL: a function named _ (glob. counter) */
	int closure;       /* literals are NAME.N rather than NAME.funcN */
	unsigned *counter;
	long index;        /* extent index */
};

static int body(struct scan *sc, size_t from, size_t to, struct owner *own);

/* The function literal whose `func` is at i, if it is one: its end index. */
static size_t literal(struct scan *sc, size_t i, size_t to, struct owner *own, int *err)
{
	size_t b = signature(sc, i + 1), close;
	struct sbuf name = SBUF_INIT;
	struct owner inner;
	unsigned counter = 0;
	size_t idx;
	if (b == (size_t)-1 || b >= to)
		return i + 1;
	sc->unbalanced = 0;
	close = skip_group(sc, b);
	if (sc->unbalanced || close > to || !is_op(sc, close - 1, "}")) {
		sbuf_addf(sc->err, "line %u: unterminated function literal",
			  (unsigned)sc->lx->toks[i].line);
		*err = 1;
		return to;
	}
	if (!own->name)
		sbuf_addf(&name, "glob..func%u", ++*own->counter);
	else if (own->closure)
		sbuf_addf(&name, "%s.%u", own->name, ++*own->counter);
	else
		sbuf_addf(&name, "%s.func%u", own->name, ++*own->counter);
	idx = add_extent(sc, sbuf_detach(&name, NULL), GO_EXT_CLOSURE, own->index,
			 &sc->lx->toks[i], &sc->lx->toks[close - 1]);
	inner.name = sc->ext[idx].name;
	inner.closure = 1;
	inner.counter = &counter;
	inner.index = (long)idx;
	if (body(sc, b + 1, close - 1, &inner) < 0) {
		*err = 1;
		return to;
	}
	return close;
}

/* Find the literals in tokens [from, to). */
static int body(struct scan *sc, size_t from, size_t to, struct owner *own)
{
	size_t i = from;
	while (i < to) {
		if (is_kw(sc, i, "func")) {
			int err = 0;
			int type_ctx = 0;
			if (i > 0) {
				const struct tok *p = &sc->lx->toks[i - 1];
				type_ctx = p->type == T_IDENT || is_op(sc, i - 1, "]") ||
					   is_op(sc, i - 1, ")") || is_op(sc, i - 1, "*") ||
					   is_op(sc, i - 1, "...") || is_kw(sc, i - 1, "chan");
			}
			if (type_ctx) {
				i++;
				continue;
			}
			i = literal(sc, i, to, own, &err);
			if (err)
				return -1;
		} else {
			i++;
		}
	}
	return 0;
}

static void tok_text(const struct scan *sc, size_t i, struct sbuf *out)
{
	const struct tok *t = &sc->lx->toks[i];
	sbuf_add(out, sc->lx->s + t->off, t->len);
}

/* Name of the method whose receiver group spans tokens (from, to). */
static void receiver_name(struct scan *sc, size_t from, size_t to, struct sbuf *out)
{
	size_t i, base = (size_t)-1;
	int ptr = 0, depth = 0;
	for (i = from; i < to; i++) {
		if (is_op(sc, i, "["))
			depth++;
		else if (is_op(sc, i, "]"))
			depth--;
		else if (depth == 0 && is_op(sc, i, "*"))
			ptr = 1;
		else if (depth == 0 && sc->lx->toks[i].type == T_IDENT)
			base = i;
	}
	if (base == (size_t)-1) {
		sbuf_addstr(out, "?");
		return;
	}
	if (ptr)
		sbuf_addstr(out, "(*");
	tok_text(sc, base, out);
	if (base + 1 < to && is_op(sc, base + 1, "[")) {
		size_t end = skip_group(sc, base + 1);
		for (i = base + 1; i < end && i < to; i++)
			tok_text(sc, i, out);
	}
	if (ptr)
		sbuf_addch(out, ')');
}

static int func_decl(struct scan *sc, size_t i, size_t *next)
{
	size_t nt = sc->lx->ntoks, j = i + 1, b, close;
	struct sbuf name = SBUF_INIT;
	enum go_extent_kind kind = GO_EXT_FUNC;
	struct owner own;
	unsigned counter = 0;
	size_t idx;
	int blank = 0;
	b = signature(sc, i + 1);
	if (j < nt && is_op(sc, j, "(")) {
		size_t r = skip_group(sc, j);
		receiver_name(sc, j + 1, r - 1, &name);
		sbuf_addch(&name, '.');
		kind = GO_EXT_METHOD;
		j = r;
	}
	if (b == (size_t)-1) {
		/* No body (assembly, go:linkname): its declaration is its extent,
		 * where the compiler puts its parameters' verdicts.  Only a
		 * declaration: a `func` that begins one (a function type in
		 * `var f func()` or `type T func()` does not). */
		size_t end = j;
		int decl = i == 0 || sc->lx->toks[i - 1].type == T_SEMI;
		if (j < nt && sc->lx->toks[j].type == T_IDENT)
			tok_text(sc, j, &name);
		else
			sbuf_addstr(&name, "?");
		while (end < nt && sc->lx->toks[end].type != T_SEMI)
			end = is_open(sc, end) ? skip_group(sc, end) : end + 1;
		if (decl && end > i + 1)
			add_extent(sc, sbuf_detach(&name, NULL), kind, -1, &sc->lx->toks[i],
				   &sc->lx->toks[end - 1]);
		sbuf_release(&name);
		*next = end;
		return 0;
	}
	if (j < nt && sc->lx->toks[j].type == T_IDENT) {
		if (kind == GO_EXT_FUNC && tok_is(sc->lx, &sc->lx->toks[j], "init")) {
			kind = GO_EXT_INIT;
			sbuf_addf(&name, "init.%u", sc->pkg->inits++);
		} else {
			blank = kind == GO_EXT_FUNC && tok_is(sc->lx, &sc->lx->toks[j], "_");
			tok_text(sc, j, &name);
		}
	} else {
		sbuf_addstr(&name, "?");
	}
	sc->unbalanced = 0;
	close = skip_group(sc, b);
	if (sc->unbalanced) {
		sbuf_addf(sc->err, "line %u: unterminated function body",
			  (unsigned)sc->lx->toks[i].line);
		sbuf_release(&name);
		return -1;
	}
	if (!is_op(sc, close - 1, "}")) {
		sbuf_addf(sc->err, "line %u: unbalanced brackets in function body",
			  (unsigned)sc->lx->toks[i].line);
		sbuf_release(&name);
		return -1;
	}
	idx = add_extent(sc, sbuf_detach(&name, NULL), kind, -1, &sc->lx->toks[i],
			 &sc->lx->toks[close - 1]);
	own.name = blank ? NULL : sc->ext[idx].name;
	own.closure = 0;
	own.counter = blank ? &sc->pkg->globlits : &counter;
	own.index = (long)idx;
	*next = close;
	return body(sc, b + 1, close - 1, &own);
}

/* One var spec in tokens [from, to). */
static int var_spec(struct scan *sc, size_t from, size_t to)
{
	size_t i, eq = (size_t)-1, idx;
	struct owner own;
	for (i = from; i < to;) {
		if (is_op(sc, i, "=")) {
			eq = i;
			break;
		}
		i = is_open(sc, i) ? skip_group(sc, i) : i + 1;
	}
	if (eq == (size_t)-1 || eq + 1 >= to)
		return 0;
	idx = add_extent(sc, xstrdup("init"), GO_EXT_PKGINIT, -1, &sc->lx->toks[from],
			 &sc->lx->toks[to - 1]);
	own.name = "init";
	own.closure = 0;
	own.counter = &sc->pkg->initlits;
	own.index = (long)idx;
	return body(sc, eq + 1, to, &own);
}

static int var_decl(struct scan *sc, size_t i, size_t *next)
{
	size_t nt = sc->lx->ntoks, j = i + 1, k;
	if (j < nt && is_op(sc, j, "(")) {
		size_t end;
		sc->unbalanced = 0;
		end = skip_group(sc, j);
		if (sc->unbalanced) {
			sbuf_addf(sc->err, "line %u: unterminated var group",
				  (unsigned)sc->lx->toks[i].line);
			return -1;
		}
		j++;
		while (j < end - 1) {
			for (k = j; k < end - 1 && sc->lx->toks[k].type != T_SEMI;)
				k = is_open(sc, k) ? skip_group(sc, k) : k + 1;
			if (k > end - 1)
				k = end - 1;
			if (k > j && var_spec(sc, j, k) < 0)
				return -1;
			j = k + 1;
		}
		*next = end;
		return 0;
	}
	for (k = j; k < nt && sc->lx->toks[k].type != T_SEMI;)
		k = is_open(sc, k) ? skip_group(sc, k) : k + 1;
	if (k > nt)
		k = nt;
	*next = k;
	return k > j ? var_spec(sc, j, k) : 0;
}

static int cmp_start(const void *a, const void *b)
{
	const struct go_extent *x = a, *y = b;
	if (x->start.line != y->start.line)
		return x->start.line < y->start.line ? -1 : 1;
	if (x->start.col != y->start.col)
		return x->start.col < y->start.col ? -1 : 1;
	return 0;
}

/*
 * Does the file import "C" (cgo)?  Its import declarations come before any
 * other: a "C" literal after the first `import` and before the first
 * declaration is its path.
 */
static int imports_c(const struct lexer *lx)
{
	static const char *const decls[] = { "func", "var", "const", "type" };
	int in_imports = 0;
	for (size_t i = 0; i < lx->ntoks; i++) {
		const struct tok *t = &lx->toks[i];
		if (t->type == T_KEYWORD) {
			if (tok_is(lx, t, "import"))
				in_imports = 1;
			for (size_t k = 0; k < sizeof(decls) / sizeof(decls[0]); k++)
				if (tok_is(lx, t, decls[k]))
					return 0;
		} else if (in_imports && t->type == T_LIT && t->len == 3 &&
			   (!memcmp(lx->s + t->off, "\"C\"", 3) || !memcmp(lx->s + t->off, "`C`", 3))) {
			return 1;
		}
	}
	return 0;
}

int goscan_file(struct goscan_pkg *pkg, const char *src, size_t len,
		struct go_extent **out, size_t *n, struct sbuf *err)
{
	struct lexer lx = { 0 };
	struct scan sc = { 0 };
	size_t i = 0;
	int rc = 0;
	*out = NULL;
	*n = 0;
	if (len > UINT32_MAX - 1) {
		sbuf_addstr(err, "file too large");
		return -1;
	}
	lx.s = src;
	lx.len = len;
	lx.line = 1;
	lx.err = err;
	if (lex(&lx) < 0) {
		free(lx.toks);
		return -1;
	}
	sc.lx = &lx;
	sc.pkg = pkg;
	sc.err = err;
	pkg->imports_c = imports_c(&lx);
	while (i < lx.ntoks && rc == 0) {
		if (is_kw(&sc, i, "func")) {
			rc = func_decl(&sc, i, &i);
		} else if (is_kw(&sc, i, "var")) {
			rc = var_decl(&sc, i, &i);
		} else if (is_open(&sc, i)) {
			i = skip_group(&sc, i);
		} else {
			i++;
		}
	}
	free(lx.toks);
	if (rc < 0) {
		goscan_free(sc.ext, sc.n);
		return -1;
	}
	/* Extents were added in pre-order, which is start order; keep it certain. */
	if (sc.n > 1) {
		int sorted = 1;
		for (i = 1; i < sc.n; i++)
			if (cmp_start(&sc.ext[i - 1], &sc.ext[i]) > 0)
				sorted = 0;
		if (!sorted) { /* cannot happen with parent indices; refuse rather than lie */
			sbuf_addstr(err, "internal error: extents out of order");
			goscan_free(sc.ext, sc.n);
			return -1;
		}
	}
	*out = sc.ext;
	*n = sc.n;
	return 0;
}

int goscan_extents(const char *src, size_t len, struct go_extent **out, size_t *n,
		   struct sbuf *err)
{
	struct goscan_pkg pkg = { 0 };
	return goscan_file(&pkg, src, len, out, n, err);
}

void goscan_free(struct go_extent *ext, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(ext[i].name);
	free(ext);
}

int goscan_package(const char *src, size_t len, struct sbuf *name)
{
	struct lexer lx = { 0 };
	struct sbuf err = SBUF_INIT;
	size_t i;
	int rc = 0;
	lx.s = src;
	lx.len = len;
	lx.line = 1;
	lx.err = &err;
	/* The clause comes first: comments and blank lines before it make no
	 * token, so two tokens say it all, and the rest is never lexed. */
	lx.max_toks = 2;
	if (len > UINT32_MAX - 1 || lex(&lx) < 0)
		rc = -1;
	for (i = 0; rc == 0 && i + 1 < lx.ntoks; i++) {
		if (lx.toks[i].type == T_KEYWORD && tok_is(&lx, &lx.toks[i], "package") &&
		    lx.toks[i + 1].type == T_IDENT) {
			sbuf_add(name, src + lx.toks[i + 1].off, lx.toks[i + 1].len);
			break;
		}
	}
	free(lx.toks);
	sbuf_release(&err);
	return rc;
}

const char *goscan_kind_name(enum go_extent_kind kind)
{
	switch (kind) {
	case GO_EXT_FUNC:
		return "func";
	case GO_EXT_METHOD:
		return "method";
	case GO_EXT_CLOSURE:
		return "closure";
	case GO_EXT_INIT:
		return "init";
	case GO_EXT_PKGINIT:
		return "pkginit";
	}
	return "?";
}

char *goscan_strip_typeargs(const char *name)
{
	struct sbuf out = SBUF_INIT;
	int depth = 0;
	for (; *name; name++) {
		if (*name == '[')
			depth++;
		else if (*name == ']' && depth > 0)
			depth--;
		else if (depth == 0)
			sbuf_addch(&out, *name);
	}
	return sbuf_detach(&out, NULL);
}
