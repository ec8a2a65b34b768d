/*
 * The function page's source view (report --src): the function's lines,
 * each verdict's expression underlined where the compiler placed it, and
 * beside each line its diagnostics in column order.
 *
 * Columns in the compiler's positions are byte offsets from 1 (a TAB is
 * one byte, "é" two), so the marks are placed by byte in the raw line and
 * the line is escaped around them; a mark never starts or ends inside a
 * UTF-8 sequence.  What is underlined is the expression that starts at
 * the column, read as far as the line lets a simple scanner read it: an
 * operand (name, number, string or rune literal, bracketed group, func
 * literal) with its unary & or *, then its selectors, calls, indexes and
 * composite literal bodies; a bracket left open at the end of the line
 * (a func literal's body) ends the mark there.  Marks nest: one that
 * starts inside another ends inside it.
 */
#include "render/render_report_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "render/render_escape.h"

static int ident_byte(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_' || ch >= 0x80;
}

static int is_digit(unsigned char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Past the string or rune literal that starts at s[i], or n. */
static size_t skip_literal(const char *s, size_t n, size_t i)
{
	char q = s[i];
	for (i++; i < n; i++) {
		if (s[i] == '\\' && q != '`')
			i++;
		else if (s[i] == q)
			return i + 1;
	}
	return n;
}

/* The end of the line's code: before a // comment and trailing blanks. */
static size_t code_end(const char *s, size_t n, size_t i)
{
	while (i < n) {
		if (s[i] == '"' || s[i] == '\'' || s[i] == '`')
			i = skip_literal(s, n, i);
		else if (s[i] == '/' && i + 1 < n && s[i + 1] == '/')
			break;
		else
			i++;
	}
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i;
}

/* Past the bracketed group that starts at s[i]; the code's end if open. */
static size_t skip_group(const char *s, size_t n, size_t i)
{
	int depth = 0;
	while (i < n) {
		char ch = s[i];
		if (ch == '"' || ch == '\'' || ch == '`') {
			i = skip_literal(s, n, i);
			continue;
		}
		if (ch == '/' && i + 1 < n && s[i + 1] == '/')
			break;
		if (ch == '(' || ch == '[' || ch == '{')
			depth++;
		else if ((ch == ')' || ch == ']' || ch == '}') && --depth == 0)
			return i + 1;
		i++;
	}
	return code_end(s, n, i);
}

static size_t skip_ident(const char *s, size_t n, size_t i)
{
	while (i < n && ident_byte((unsigned char)s[i]))
		i++;
	return i;
}

/* The end of the expression that starts at byte i of s (i < n). */
static size_t expr_end(const char *s, size_t n, size_t i)
{
	size_t j = i;
	unsigned char ch;

	while (j < n && (s[j] == '&' || s[j] == '*'))
		j++;
	if (j >= n)
		return n;
	ch = (unsigned char)s[j];
	if (ident_byte(ch) && !is_digit(ch)) {
		size_t k = skip_ident(s, n, j);
		if (k - j == 4 && !memcmp(s + j, "func", 4)) {
			/* A func literal: its signature and body, to the line's end if open. */
			for (j = k; j < n && s[j] != '{'; j++)
				if (s[j] == '/' && j + 1 < n && s[j + 1] == '/')
					break;
			return j < n && s[j] == '{' ? skip_group(s, n, j) : code_end(s, n, j);
		}
		j = k;
	} else if (is_digit(ch) || (ch == '.' && j + 1 < n && is_digit((unsigned char)s[j + 1]))) {
		while (j < n && (ident_byte((unsigned char)s[j]) || s[j] == '.'))
			j++;
	} else if (ch == '"' || ch == '\'' || ch == '`') {
		j = skip_literal(s, n, j);
	} else if (ch == '(' || ch == '[' || ch == '{') {
		j = skip_group(s, n, j);
	} else {
		/* An operator or other mark: that one character. */
		j++;
		while (j < n && ((unsigned char)s[j] & 0xc0) == 0x80)
			j++;
		return j;
	}
	/* Selectors, calls, indexes, composite literals, type names after [] and *. */
	while (j < n) {
		char c = s[j], prev = s[j - 1];
		if (c == '.' && j + 1 < n && s[j + 1] == '(')
			j = skip_group(s, n, j + 1);
		else if (c == '.' && j + 1 < n && ident_byte((unsigned char)s[j + 1]) &&
			 !is_digit((unsigned char)s[j + 1]))
			j = skip_ident(s, n, j + 1);
		else if (c == '(' || c == '[' || c == '{')
			j = skip_group(s, n, j);
		else if ((prev == ']' || prev == '*') && c == '*')
			j++;
		else if ((prev == ']' || prev == '*') && ident_byte((unsigned char)c))
			j = skip_ident(s, n, j);
		else
			break;
	}
	return j > i ? j : i + 1;
}

/* One underlined expression: byte range, its column and what was said. */
struct mark {
	size_t start, end;
	int64_t col;
	const char *kind; /* the first verdict's, for the style */
	struct sbuf title;
};

/* A diagnostic of the line: an event or an inlining decision. */
struct note {
	int64_t col;
	const struct mevent *e;  /* or NULL */
	const struct minline *c; /* or NULL */
};

static void add_kind_words(struct sbuf *sb, const char *kind)
{
	for (const char *p = kind; *p; p++)
		sbuf_addch(sb, *p == '_' ? ' ' : *p);
}

/* The marks of the verdicts at line s (events at line ln), sorted and nested. */
static size_t line_marks(const struct mfunc *g, int64_t ln, const char *s, struct mark **out)
{
	size_t n = strlen(s), k = 0;
	struct mark *m = xcalloc(g->n_events + 1, sizeof(*m));
	size_t *stack;
	size_t top = 0;

	for (size_t i = 0; i < g->n_events; i++) {
		const struct mevent *e = &g->events[i];
		size_t at, j;
		if (e->pos.line != ln || !mpos_same_file(&e->pos, &g->pos) || e->pos.col <= 0 ||
		    (uint64_t)e->pos.col > n)
			continue;
		at = (size_t)e->pos.col - 1;
		while (at > 0 && ((unsigned char)s[at] & 0xc0) == 0x80)
			at--;
		for (j = 0; j < k && m[j].start != at; j++)
			;
		if (j == k) {
			m[k] = (struct mark){ at, expr_end(s, n, at), e->pos.col, e->kind, SBUF_INIT };
			k++;
		} else {
			sbuf_addch(&m[j].title, '\n');
		}
		sbuf_addf(&m[j].title, "col %lld: ", (long long)e->pos.col);
		add_kind_words(&m[j].title, e->kind);
		sbuf_addf(&m[j].title, ": %s", e->subject);
		if (e->target)
			sbuf_addf(&m[j].title, " to %s", e->target);
	}
	/* By start; a mark starting inside another ends inside it. */
	for (size_t i = 1; i < k; i++)
		for (size_t j = i; j > 0 && m[j - 1].start > m[j].start; j--) {
			struct mark t = m[j];
			m[j] = m[j - 1];
			m[j - 1] = t;
		}
	stack = xcalloc(k + 1, sizeof(*stack));
	for (size_t i = 0; i < k; i++) {
		while (top && m[stack[top - 1]].end <= m[i].start)
			top--;
		if (top && m[i].end > m[stack[top - 1]].end)
			m[i].end = m[stack[top - 1]].end;
		stack[top++] = i;
	}
	free(stack);
	*out = m;
	return k;
}

/* Source line s with the marks of its verdicts, as HTML. */
static void code_cell(struct sbuf *sb, const char *s, struct mark *m, size_t k)
{
	size_t *stack = xcalloc(k + 1, sizeof(*stack)), top = 0, pos = 0;

	for (size_t i = 0; i <= k; i++) {
		size_t next = i < k ? m[i].start : strlen(s);
		while (top && m[stack[top - 1]].end <= next) {
			size_t e = m[stack[--top]].end;
			sbuf_add_html(sb, s + pos, e - pos);
			sbuf_addstr(sb, "</span>");
			pos = e;
		}
		sbuf_add_html(sb, s + pos, next - pos);
		pos = next;
		if (i == k)
			break;
		sbuf_addf(sb, "<span class=\"v v-");
		report_html(sb, m[i].kind);
		sbuf_addf(sb, "\" data-col=\"%lld\" title=\"", (long long)m[i].col);
		/* One verdict a line, the line breaks as references: one line of HTML. */
		for (const char *t = m[i].title.buf, *nl; *t; t = nl + 1) {
			nl = strchr(t, '\n');
			sbuf_add_html(sb, t, nl ? (size_t)(nl - t) : strlen(t));
			if (!nl)
				break;
			sbuf_addstr(sb, "&#10;");
		}
		sbuf_addstr(sb, "\">");
		stack[top++] = i;
	}
	free(stack);
}

static int by_col(const void *a, const void *b)
{
	const struct note *x = a, *y = b;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	/* Printed order within a column: events, then calls, each as loaded. */
	if (!x->e != !y->e)
		return x->e ? -1 : 1;
	return x->e ? (x->e > y->e) - (x->e < y->e) : (x->c > y->c) - (x->c < y->c);
}

/* The diagnostics printed at line ln of the function's file, by column. */
static int line_notes(const struct report_ctx *c, struct sbuf *sb, const struct mfunc *g,
		      int64_t ln)
{
	struct note *v = xcalloc(g->n_events + g->n_inl + 1, sizeof(*v));
	size_t k = 0;

	(void)c;
	for (size_t i = 0; i < g->n_events; i++)
		if (g->events[i].pos.line == ln && mpos_same_file(&g->events[i].pos, &g->pos))
			v[k++] = (struct note){ g->events[i].pos.col, &g->events[i], NULL };
	for (size_t i = 0; i < g->n_inl; i++)
		if (g->inl[i].pos.line == ln && mpos_same_file(&g->inl[i].pos, &g->pos))
			v[k++] = (struct note){ g->inl[i].pos.col, NULL, &g->inl[i] };
	qsort(v, k, sizeof(*v), by_col);
	if (k)
		sbuf_addstr(sb, "<ol class=\"diag\">");
	for (size_t i = 0; i < k; i++) {
		sbuf_addstr(sb, "<li>");
		if (v[i].col > 0)
			sbuf_addf(sb, "<span class=\"col\" title=\"column %lld\">:%lld</span>",
				  (long long)v[i].col, (long long)v[i].col);
		if (v[i].e) {
			report_kind_tag(sb, v[i].e->kind);
			sbuf_addstr(sb, " <code>");
			report_html(sb, v[i].e->subject);
			sbuf_addstr(sb, "</code>");
		} else {
			sbuf_addstr(sb, v[i].c->inlined ? "inlined call to <code>"
							: "not inlined: <code>");
			report_html(sb, v[i].c->callee);
			sbuf_addstr(sb, "</code>");
		}
		sbuf_addstr(sb, "</li>");
	}
	if (k)
		sbuf_addstr(sb, "</ol>");
	free(v);
	return k > 0;
}

static int64_t last_line(const struct mfunc *g)
{
	int64_t last = g->pos.line + 3;
	for (size_t i = 0; i < g->n_events; i++)
		if (mpos_same_file(&g->events[i].pos, &g->pos) && g->events[i].pos.line > last)
			last = g->events[i].pos.line;
	for (size_t i = 0; i < g->n_inl; i++)
		if (mpos_same_file(&g->inl[i].pos, &g->pos) && g->inl[i].pos.line > last)
			last = g->inl[i].pos.line;
	return last - g->pos.line > 400 ? g->pos.line + 400 : last + 1;
}

void report_source(struct report_ctx *c, struct sbuf *sb, const struct mfunc *g)
{
	const char *path;
	const char *const *lines;
	size_t n;

	if (!c->src->source_lines || !g->pos.file || g->pos.line <= 0 ||
	    !(lines = c->src->source_lines(c->src->ctx, g->pos.file, g->package, &path, &n)) ||
	    (size_t)g->pos.line > n)
		return;
	sbuf_addstr(sb, "<h2 id=\"source\">Source</h2>\n<p class=\"note\"><code>");
	report_html(sb, path);
	sbuf_addstr(sb, "</code> in the source tree. Underlined: the expression at each "
		    "verdict's column (hover for the verdict); beside each line its diagnostics, "
		    "by column.</p>\n<table class=\"src\"><colgroup><col class=\"ln\"><col "
		    "class=\"code\"><col class=\"diag\"></colgroup><thead><tr><th>Line</th>"
		    "<th>Code</th><th>Diagnostics</th></tr></thead><tbody>\n");
	for (int64_t ln = g->pos.line, end = last_line(g); ln <= end && (size_t)ln <= n; ln++) {
		struct sbuf notes = SBUF_INIT;
		struct mark *m = NULL;
		int hit = line_notes(c, &notes, g, ln);
		size_t k = line_marks(g, ln, lines[ln - 1], &m);

		sbuf_addf(sb, "<tr%s><td class=\"ln\">%lld</td><td class=\"code\">",
			  hit ? " class=\"hit\"" : "", (long long)ln);
		code_cell(sb, lines[ln - 1], m, k);
		sbuf_addf(sb, "</td><td>%s</td></tr>\n", notes.len ? notes.buf : "");
		for (size_t i = 0; i < k; i++)
			sbuf_release(&m[i].title);
		free(m);
		sbuf_release(&notes);
	}
	sbuf_addstr(sb, "</tbody></table>\n");
	c->res->sources++;
}
