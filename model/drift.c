/* The spelling drift between Go releases (model/drift.h). */
#include "model/drift.h"

#include <ctype.h>
#include <string.h>

static int ident(int c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Does p start with lit?  (The first byte first: this runs at every byte of
 * every explanation line a diff reads.) */
static inline int at(const char *p, const char *lit)
{
	return *p == *lit && !strncmp(p, lit, strlen(lit));
}

/* Does a word start at p (no identifier character or '.' just before)? */
static int word_start(const char *s, const char *p)
{
	return p == s || (!ident(p[-1]) && p[-1] != '.');
}

/* Is the word just before p "func" (so "func literal" stays a closure)? */
static int after_func(const char *s, const char *p)
{
	return p - s >= 4 && at(p - 4, "func") && (p - 4 == s || !ident(p[-5]));
}

/* go.shape.int_0 -> go.shape.int: copy the shape name without its index. */
static const char *shape(const char *p, struct sbuf *out)
{
	const char *end = p + 9, *u;
	while (*end && !strchr(",] ", *end))
		end++;
	u = end;
	while (u > p + 9 && isdigit((unsigned char)u[-1]))
		u--;
	if (u < end && u > p + 9 && u[-1] == '_')
		end = u - 1;
	sbuf_add(out, p, (size_t)(end - p));
	while (*end && !strchr(",] ", *end))
		end++;
	return end;
}

/* ---- spelling-only rewrites (before the table of diff_normalize) ---------- */

/* The end of a string or rune literal starting at p (just past it), or NULL. */
static const char *quoted_end(const char *p)
{
	char q = *p++;
	for (; *p && *p != q; p++)
		if (*p == '\\' && p[1])
			p++;
	return *p == q ? p + 1 : NULL;
}

/* The closing parenthesis matching the one at p, skipping literals; NULL if none. */
static const char *close_paren(const char *p)
{
	int depth = 0;
	for (; *p; p++) {
		if (*p == '"' || *p == '`' || *p == '\'') {
			const char *e = quoted_end(p);
			if (!e)
				return NULL;
			p = e - 1;
		} else if (*p == '(') {
			depth++;
		} else if (*p == ')' && --depth == 0) {
			return p;
		}
	}
	return NULL;
}

/* A basic literal (number, string, rune, true, false) exactly spanning [p, e)? */
static int basic_literal(const char *p, const char *e)
{
	if (p >= e)
		return 0;
	if (*p == '"' || *p == '`' || *p == '\'')
		return quoted_end(p) == e;
	if ((size_t)(e - p) == 4 && at(p, "true"))
		return 1;
	if ((size_t)(e - p) == 5 && at(p, "false"))
		return 1;
	if (*p == '-')
		p++;
	if (p >= e || !isdigit((unsigned char)*p))
		return 0;
	for (; p < e; p++)
		if (!ident(*p) && *p != '.')
			return 0;
	return 1;
}

/*
 * Conversions that some releases print and others do not: to an interface
 * ("error(X)", "any(X)", "(interface {})(X)"), and of a basic literal to a
 * predeclared type ("int(1)", "bool(false)", "string(\"x\")").  Returns the
 * length of the wrapper before X and sets *inner_end, or 0.
 */
static size_t conversion(const char *s, const char *p, const char **inner_end)
{
	static const char *const iface[] = { "(interface {})(", "(any)(", "error(", "any(" };
	static const char *const basic[] = {
		"int(", "int8(", "int16(", "int32(", "int64(", "uint(", "uint8(", "uint16(",
		"uint32(", "uint64(", "uintptr(", "float32(", "float64(", "complex64(",
		"complex128(", "bool(", "string(", "rune(", "byte(",
	};
	const char *e, *q = p;
	if (!word_start(s, p))
		return 0;
	/* Every wrapper is a word and "(", or starts with "(". */
	while (ident(*q))
		q++;
	if (*q != '(')
		return 0;
	for (size_t i = 0; i < sizeof(iface) / sizeof(iface[0]); i++) {
		size_t n = strlen(iface[i]);
		if (at(p, iface[i]) && (e = close_paren(p + n - 1)) != NULL) {
			*inner_end = e;
			return n;
		}
	}
	for (size_t i = 0; i < sizeof(basic) / sizeof(basic[0]); i++) {
		size_t n = strlen(basic[i]);
		if (at(p, basic[i]) && (e = close_paren(p + n - 1)) != NULL &&
		    basic_literal(p + n, e)) {
			*inner_end = e;
			return n;
		}
	}
	return 0;
}

/* Literals longer than this are cut: releases cut long constants with "...". */
#define LIT_KEEP 32

/*
 * A string literal at p, as one spelling: raw `x` as the quoted "x", then
 * cut to LIT_KEEP bytes plus "..." when longer, or when a release already
 * cut it (no closing quote).  Returns the end of the literal in s.
 */
static const char *literal(const char *p, struct sbuf *out)
{
	struct sbuf q = SBUF_INIT;
	const char *e = quoted_end(p), *stop;
	int cut = 0;
	if (*p == '`' && e) {
		for (const char *c = p + 1; c < e - 1; c++) {
			if (*c == '"' || *c == '\\')
				sbuf_addch(&q, '\\');
			if (*c == '\n')
				sbuf_addstr(&q, "\\n");
			else if (*c == '\t')
				sbuf_addstr(&q, "\\t");
			else
				sbuf_addch(&q, *c);
		}
	} else {
		/* An unterminated quoted literal was cut: keep up to the "...". */
		stop = e ? e - 1 : strstr(p + 1, "...");
		if (!stop) {
			stop = p + strlen(p);
		}
		cut = !e;
		sbuf_add(&q, p + 1, (size_t)(stop - p - 1));
		if (!e)
			e = *stop ? stop + 3 : stop;
	}
	sbuf_addch(out, '"');
	if (q.len > LIT_KEEP || cut) {
		sbuf_add(out, q.buf, q.len > LIT_KEEP ? LIT_KEEP : q.len);
		sbuf_addstr(out, "...");
	} else {
		sbuf_add(out, q.buf, q.len);
	}
	sbuf_addch(out, '"');
	sbuf_release(&q);
	return e;
}

/* new(T) -> &T{...} when T is a plain type name; returns past it or NULL. */
static const char *new_call(const char *s, const char *p, struct sbuf *out)
{
	const char *e;
	if (!word_start(s, p) || !at(p, "new(") || !(e = close_paren(p + 3)))
		return NULL;
	for (const char *c = p + 4; c < e; c++)
		if (!ident(*c) && *c != '.' && *c != '*' && *c != '[' && *c != ']')
			return NULL;
	if (e == p + 4)
		return NULL;
	sbuf_addch(out, '&');
	sbuf_add(out, p + 4, (size_t)(e - p - 4));
	sbuf_addstr(out, "{...}");
	return e + 1;
}

/* The rewrites of [p, end) that need no table: see diff_normalize(). */
static void respell(const char *s, const char *p, const char *end, struct sbuf *out)
{
	while (p < end && *p) {
		const char *e, *n;
		size_t w = conversion(s, p, &e);
		if (w && e < end) {
			respell(s, p + w, e, out);
			p = e + 1;
		} else if ((*p == '"' || *p == '`') && (!(e = quoted_end(p)) || e <= end)) {
			p = literal(p, out);
		} else if (*p == '\'' && (e = quoted_end(p)) && e <= end) {
			sbuf_add(out, p, (size_t)(e - p));
			p = e;
		} else if ((n = new_call(s, p, out)) && n <= end) {
			p = n;
		} else if (at(p, ".autotmp_") && isdigit((unsigned char)p[9])) {
			sbuf_addstr(out, ".autotmp_");
			for (p += 9; isdigit((unsigned char)*p); p++)
				;
		} else if (at(p, "(assign-pair)")) {
			sbuf_addstr(out, "(assign)");
			p += 13;
		} else {
			sbuf_addch(out, *p++);
		}
	}
}

void diff_normalize(const char *s, struct sbuf *out)
{
	struct sbuf r = SBUF_INIT;
	respell(s, s, s + strlen(s), &r);
	s = r.buf ? r.buf : "";
	for (const char *p = s; *p;) {
		if (at(p, "[]interface {} literal")) {
			sbuf_addstr(out, "... argument");
			p += 22;
		} else if (at(p, " literal") && !ident(p[8]) && !after_func(s, p)) {
			sbuf_addstr(out, "{...}");
			p += 8;
		} else if (at(p, "interface {}")) {
			sbuf_addstr(out, "any");
			p += 12;
		} else if (at(p, "{}") && p > s && p[-1] != ' ') {
			sbuf_addstr(out, "{...}");
			p += 2;
		} else if ((at(p, "~r") || at(p, "~R")) && isdigit((unsigned char)p[2])) {
			sbuf_addstr(out, "~r"); /* ~R0: the inliner's result, 1.19-1.21 */
			for (p += 2; isdigit((unsigned char)*p); p++)
				;
		} else if (at(p, "go.shape.")) {
			p = shape(p, out);
		} else if (at(p, ".this") && !ident(p[5]) && (p == s || !ident(p[-1]))) {
			sbuf_addstr(out, "~p0");
			p += 5;
		} else {
			sbuf_addch(out, *p++);
		}
	}
	sbuf_release(&r);
}
