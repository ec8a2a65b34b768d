/*
 * Line classifier: one logical line in, one struct pmsg out.
 *
 * Design.  A line is "POS: MESSAGE" or one of a few position-less shapes.
 * The position is split off first (PCRE2, lazily, so file names may hold
 * spaces, colons or backslashes), then the message is dispatched on its
 * first bytes or its fixed tail to one template, and only that template's
 * regular expression runs.  Templates are anchored at the end wherever the
 * printed expression may contain the template's own words (string literals
 * such as "x escapes to heap (assign) at a.go:1:2" are real).
 *
 * Expressions and function names can contain spaces, braces, brackets and
 * quotes (generic shape types, struct types, literals), so splits that a
 * regular expression cannot express safely use depth_find(), which only
 * matches a separator outside {}, [], () and quoted literals.
 *
 * Patterns are compiled once, in byte mode (not UTF mode): the stream is
 * not guaranteed to be valid UTF-8, and the only non-ASCII token a template
 * uses is the flow arrow, matched as its three UTF-8 bytes.
 */
#include "parser/parser_internal.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

enum pat {
	P_GLUED,
	P_HEADER,
	P_STEP,
	P_CAN_INLINE,
	P_LEAK_PARAM,
	P_LEAK_HEADER,
	P_DEVIRT,
	P_CAPTURE,
	P_UINTPTR,
	P_SELF_ASSIGN,
	P_OLD_LEAK_CONTENT,
	P_TOO_COMPLEX,
	P_OTHER,
	P_DEBUG_POS,
	P_DEBUG_UNPOS,
	P_NOISE,
	P_ERROR_UNPOS,
	P_ERROR_VOCAB,
	P__COUNT
};

static const char *const patterns[P__COUNT] = {
	/* -m=3/4 lines glued to their position (no space after the colon) */
	[P_GLUED] = "^(.*?):(\\d+)(?::(\\d+))?:(?:\\[\\d+\\]|:\\w+::|call to |"
		    "[^ :]*:  (?:non-)?looping label)",
	[P_HEADER] = "^# (?:\\[(.+)\\]|([^\\s\\[\\]]+)(?: \\[([^\\]]+)\\])?)$",
	[P_STEP] = "^[ \\t]*from (.*) \\(([^()]*)\\) at (.+)$",
	[P_CAN_INLINE] = "^can inline (.+?)(?: with cost (-?\\d+))?(?: as: (.*))?$",
	[P_LEAK_PARAM] = "^leaking param: (\\S+)(?: to result (\\S+)(?: level=(-?\\d+))?)?"
			 "(?: level=.*|, .*)?$",
	[P_LEAK_HEADER] = "^parameter (\\S+) leaks to (.+) with derefs=(-?\\d+):$",
	[P_DEVIRT] = "^(partially )?devirtualizing (.+) to (.+)$",
	[P_CAPTURE] = "^(.*) capturing by (value|ref): (.*?) \\(addr=(\\w+) "
		      "assign=(\\w+) width=(\\d+)\\)$",
	[P_UINTPTR] = "^(?:(\\S+) )?(?:assuming (.+) is unsafe uintptr|"
		      "marking (.+) as escaping (?:\\.\\.\\.)?uintptr)$",
	[P_SELF_ASSIGN] = "^(.+?) ignoring self-assignment (?:in|to) (.+)$",
	[P_OLD_LEAK_CONTENT] = "^(\\S+) leaking param (\\S+) content to result (\\S+)$",
	[P_TOO_COMPLEX] = "cost (\\d+) exceeds budget (\\d+)",
	[P_OTHER] = "^(?:index bounds check elided|zero-copy string->\\[\\]byte "
		    "conversion|function .* considered 'big'|.* will be kept alive$|"
		    "expr is unknown to bloop pass|skip inlining within testing|"
		    "cannot devirtualize |(?:PGO |should not PGO )devirtualiz|"
		    "imprecise interface call|mutates param: |calls param: |"
		    ".* does not escape, mutate, or call$|closure converted to global|"
		    "(?:heap|stack) closure|(?:open-coded|stack-allocated|heap-allocated) "
		    "defer|write barrier|(?:generated|removed) nil check|type assertion "
		    "inlined|append: |loop variable .* now per-iteration|stack object |"
		    "alias analysis|rewriting OCONVIFACE|PGO |edge .*|hot-|call \\S+: |can.t PGO |"
		    "mark escaped content: )",
	[P_DEBUG_POS] = "^(?:Before inlining: ?|After inlining ?|unreferenced closure |"
			"\\S*:  (?:non-)?looping label|\\[\\d+\\] |escflood|escwalk|"
			"escassign|esc: |dst |\\S+ esc: |(?:before|after) escfunc )",
	[P_DEBUG_UNPOS] = "^(?:\\.   |typecheck import |substituting |not substituting |(?:before|after) escfunc "
			  "|inlvar |escAnalyze|escflood|escwalk|escassign|esc: |"
			  "hot-|edge |call .* hottest)",
	[P_NOISE] = "^(?:ok  |ok\\t|FAIL(?:\\s|$)|PASS$|--- (?:PASS|FAIL|SKIP|BENCH)|"
		    "=== (?:RUN|PAUSE|CONT|NAME)|\\?   \\t|go: (?:downloading|finding|"
		    "extracting|added|upgraded)|note: module requires Go |gc \\d+ @|\\$ |\\[exit status \\d+\\]$|"
		    "exit status \\d+$|WORK=|testing: |coverage: |goos: |goarch: |pkg: |"
		    "cpu: |Benchmark\\S+\\s|\\{\"(?:ImportPath|Action|Time)\"|"
		    "[A-Za-z0-9_.~+-]+(?:/[A-Za-z0-9_.~+-]+)*$|(?:mkdir|cd|cat|cp|mv|rm|"
		    "echo|touch|ln|EOF|export) |\\S+/(?:compile|link|asm|cgo|pack|"
		    "buildid|vet|gcc|cc) )",
	[P_ERROR_UNPOS] = "^(?:cannot find package |can't load package|package \\S+ "
			  "is not in |no required module|go: |"
			  "build constraints exclude|# \\[)",
	[P_ERROR_VOCAB] = "(?:undefined: |cannot |syntax error|too many errors|"
			  "imported and not used|declared and not used|declared "
			  "but not used|missing return|invalid |not enough arguments|"
			  "too many arguments|redeclared|mismatched types|has no field "
			  "or method|unexpected |assignment mismatch|no new variables|"
			  "non-name |is not a type|undeclared name|unknown field|"
			  "could not import|import cycle|does not implement|ambiguous "
			  "selector|duplicate |internal compiler error|overflows|"
			  "division by zero|not defined|is not used|used as value|"
			  "undefined \\(type|must be |requires go|not allowed)",
};

static pcre2_code *codes[P__COUNT];
static pthread_once_t codes_once = PTHREAD_ONCE_INIT;
/* Each thread's match data (the log diff parses on threads of its own),
 * freed when the thread ends by the key's destructor. */
static __thread pcre2_match_data *mdata;
static pthread_key_t mdata_key;

static void free_mdata(void *md)
{
	pcre2_match_data_free(md);
}

static void compile_all(void)
{
	if (pthread_key_create(&mdata_key, free_mdata) != 0)
		abort();
	for (int i = 0; i < P__COUNT; i++) {
		int errcode;
		PCRE2_SIZE erroff;
		codes[i] = pcre2_compile((PCRE2_SPTR)patterns[i], PCRE2_ZERO_TERMINATED,
					 PCRE2_DOTALL, &errcode, &erroff, NULL);
		if (!codes[i]) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(errcode, msg, sizeof(msg));
			fprintf(stderr, "escviz: internal error: pattern %d: %s at %zu\n",
				i, (const char *)msg, (size_t)erroff);
			abort();
		}
		/* JIT is an optimisation: without it matching still works. */
		(void)pcre2_jit_compile(codes[i], PCRE2_JIT_COMPLETE);
	}
}

/*
 * Match pattern p against s[0..n).  On success fill caps[0..ncap) with
 * groups 1..ncap (unset groups get n == 0) and return 1.
 */
static int rx(enum pat p, const char *s, size_t n, struct span *caps, int ncap)
{
	PCRE2_SIZE *ov;
	int rc;

	pthread_once(&codes_once, compile_all);
	if (!mdata) {
		mdata = pcre2_match_data_create(16, NULL);
		(void)pthread_setspecific(mdata_key, mdata);
	}
	rc = pcre2_match(codes[p], (PCRE2_SPTR)s, n, 0, 0, mdata, NULL);
	if (rc < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(mdata);
	for (int i = 0; i < ncap; i++) {
		PCRE2_SIZE a = ov[2 * (i + 1)], b = ov[2 * (i + 1) + 1];
		if (i + 1 < rc && a != PCRE2_UNSET) {
			caps[i].p = s + a;
			caps[i].n = b - a;
		} else {
			caps[i].p = s;
			caps[i].n = 0;
		}
	}
	return 1;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * The position every positioned line starts with, `FILE:LINE[:COL]: ` or
 * `<unknown line number>: `: the first colon, left to right, that a line
 * number (and a column) and ": " follow ends FILE, which may hold colons
 * and spaces itself.  This is what the regex
 *   ^(?:<unknown line number>|(.*?):(\d+)(?::(\d+))?): 
 * matches (tests/unit/test_parser_classify.c holds both to it), without a
 * regex run on each of millions of lines.
 */
int parser_pos_prefix(const char *s, size_t n, struct span *file, struct span *line,
		      struct span *col, size_t *end)
{
	static const char unknown[] = "<unknown line number>: ";
	const char *e = s + n;
	if (n >= sizeof(unknown) - 1 && !memcmp(s, unknown, sizeof(unknown) - 1)) {
		*file = *line = *col = (struct span){ s, 0 };
		*end = sizeof(unknown) - 1;
		return 1;
	}
	for (const char *p = memchr(s, ':', n); p; p = memchr(p + 1, ':', (size_t)(e - p - 1))) {
		const char *d = p + 1, *q = d, *t;
		while (q < e && is_digit(*q))
			q++;
		if (q == d || q >= e || *q != ':')
			continue;
		*file = (struct span){ s, (size_t)(p - s) };
		*line = (struct span){ d, (size_t)(q - d) };
		for (t = q + 1; t < e && is_digit(*t); t++)
			;
		if (t > q + 1 && e - t >= 2 && t[0] == ':' && t[1] == ' ') {
			*col = (struct span){ q + 1, (size_t)(t - q - 1) };
			*end = (size_t)(t + 2 - s);
			return 1;
		}
		if (e - q >= 2 && q[1] == ' ') {
			*col = (struct span){ s, 0 };
			*end = (size_t)(q + 2 - s);
			return 1;
		}
	}
	return 0;
}

static struct span sp(const char *p, size_t n)
{
	struct span s = { p, n };
	return s;
}

static int starts(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && !memcmp(s, lit, k);
}

static int ends(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && !memcmp(s + n - k, lit, k);
}

/* Index of the last occurrence of lit in s[0..n), or -1. */
static long rfind(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	if (n < k)
		return -1;
	for (size_t i = n - k + 1; i-- > 0;)
		if (s[i] == lit[0] && !memcmp(s + i, lit, k))
			return (long)i;
	return -1;
}

/* Offset of the quote closing the literal opened at s[i], or -1. */
static long close_quote(const char *s, size_t n, size_t i)
{
	char q = s[i];
	for (size_t j = i + 1; j < n; j++) {
		if (q != '`' && s[j] == '\\') {
			j++;
			continue;
		}
		if (s[j] == q)
			return (long)j;
	}
	return -1;
}

/*
 * Find lit in s[0..n) at bracket depth 0, outside quoted literals.  An
 * unclosed quote (Go 1.22+ cuts long literals) is taken as a plain byte.
 * last selects the last occurrence instead of the first.
 */
long parser_depth_find(const char *s, size_t n, const char *lit, int last)
{
	size_t k = strlen(lit);
	long found = -1;
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"' || c == '`' || (c == '\'' && depth > 0)) {
			long j = close_quote(s, n, i);
			if (j > 0) {
				i = (size_t)j;
				continue;
			}
		}
		if (c == '{' || c == '[' || c == '(')
			depth++;
		else if ((c == '}' || c == ']' || c == ')') && depth > 0)
			depth--;
		else if (depth == 0 && c == lit[0] && n - i >= k && !memcmp(s + i, lit, k)) {
			found = (long)i;
			if (!last)
				return found;
		}
	}
	return found;
}

int parser_parse_pos(const char *s, size_t n, struct pos *out)
{
	memset(out, 0, sizeof(*out));
	if (n == 21 && !memcmp(s, "<unknown line number>", 21)) {
		out->file = sp(s, 0);
		out->has = 1;
		return 0;
	}
	/* "at POS" ends a step line: scan back over ":digits[:digits]". */
	for (size_t i = n; i-- > 0;) {
		if (s[i] != ':')
			continue;
		/* s[i+1..n) must be digits; maybe another ":digits" before. */
		long last = util_parse_long(s + i + 1, n - i - 1);
		if (last < 0)
			return -1;
		for (size_t j = i; j-- > 0;) {
			if (s[j] == ':') {
				long mid = util_parse_long(s + j + 1, i - j - 1);
				if (mid >= 0) {
					out->file = sp(s, j);
					out->line = mid;
					out->col = last;
					out->has = 1;
					return 0;
				}
				break;
			}
			if (s[j] < '0' || s[j] > '9')
				break;
		}
		out->file = sp(s, i);
		out->line = last;
		out->has = 1;
		return 0;
	}
	return -1;
}

static long to_long(struct span s)
{
	if (!s.n)
		return -1;
	if (s.p[0] == '-') {
		long v = util_parse_long(s.p + 1, s.n - 1);
		return v < 0 ? -1 : -v;
	}
	return util_parse_long(s.p, s.n);
}

/* ---- message templates ------------------------------------------------ */

static void msg_flow(const char *s, size_t n, struct pmsg *m)
{
	/* s points after "flow: " and still holds the trailing ':'. */
	long op;
	size_t oplen = 3;
	m->kind = MK_FLOW;
	m->cls = LC_FLOW;
	m->derefs = 0;
	if (n && s[n - 1] == ':')
		n--;
	op = parser_depth_find(s, n, " \xe2\x86\x90 ", 0);
	if (op >= 0)
		oplen = 5;
	else
		op = parser_depth_find(s, n, " = ", 0);
	if (op < 0) {
		m->dest = sp(s, n);
		return;
	}
	m->dest = sp(s, (size_t)op);
	s += op + (long)oplen;
	n -= (size_t)op + oplen;
	size_t k = 0;
	if (n && s[0] == '&') {
		k = 1;
		m->derefs = -1;
	} else {
		while (k < n && s[k] == '*')
			k++;
		m->derefs = (long)k;
	}
	m->ops = sp(s, k);
	m->src = sp(s + k, n - k);
}

static void msg_step(const char *s, size_t n, struct pmsg *m)
{
	struct span c[3];
	m->kind = MK_STEP;
	m->cls = LC_STEP;
	size_t ws = 0;
	while (ws < n && (s[ws] == ' ' || s[ws] == '\t'))
		ws++;
	m->flag = memchr(s, '\t', ws) != NULL; /* TAB indent: esc.go (<= 1.12) */
	if (rx(P_STEP, s, n, c, 3)) {
		m->subject = c[0];
		m->reason = c[1];
		if (parser_parse_pos(c[2].p, c[2].n, &m->pos2) < 0)
			m->subject = sp(c[0].p, (size_t)(c[2].p + c[2].n - c[0].p));
	} else {
		const char *f = memmem(s, n, "from ", 5);
		m->subject = f ? sp(f + 5, n - (size_t)(f + 5 - s)) : sp(s, n);
	}
}

static void msg_can_inline(const char *s, size_t n, struct pmsg *m)
{
	struct span c[3];
	m->kind = MK_CAN_INLINE;
	m->cls = LC_CAN_INLINE;
	if (rx(P_CAN_INLINE, s, n, c, 3)) {
		m->subject = c[0];
		m->cost = to_long(c[1]);
		m->body = c[2];
	}
}

static void msg_cannot_inline(const char *s, size_t n, struct pmsg *m)
{
	/* s points after "cannot inline " */
	struct span c[2];
	long colon = parser_depth_find(s, n, ": ", 0);
	long into;
	m->kind = MK_CANNOT_INLINE;
	m->cls = LC_CANNOT_INLINE;
	if (colon < 0) {
		m->subject = sp(s, n);
		return;
	}
	m->subject = sp(s, (size_t)colon);
	m->reason = sp(s + colon + 2, n - (size_t)colon - 2);
	into = parser_depth_find(s, (size_t)colon, " into ", 1);
	if (into >= 0) {
		m->kind = MK_CANNOT_INLINE_INTO;
		m->subject = sp(s, (size_t)into);
		m->func = sp(s + into + 6, (size_t)(colon - into - 6));
	}
	if (rx(P_TOO_COMPLEX, m->reason.p, m->reason.n, c, 2)) {
		m->cost = to_long(c[0]);
		m->budget = to_long(c[1]);
	}
}

static void msg_inlining_call(const char *s, size_t n, struct pmsg *m)
{
	long sp_at = parser_depth_find(s, n, " ", 0);
	m->kind = MK_INLINING_CALL;
	m->cls = LC_INLINING_CALL;
	if (sp_at < 0) {
		m->subject = sp(s, n);
		return;
	}
	m->subject = sp(s, (size_t)sp_at);
	m->body = sp(s + sp_at + 1, n - (size_t)sp_at - 1);
}

static void msg_leak(const char *s, size_t n, struct pmsg *m)
{
	struct span c[3];
	m->cls = LC_LEAKING_PARAM;
	if (starts(s, n, "leaking param content: ")) {
		size_t k = 23, e = k;
		m->kind = MK_LEAK_CONTENT;
		while (e < n && s[e] != ' ')
			e++;
		m->subject = sp(s + k, e - k);
		return;
	}
	m->kind = MK_LEAK;
	if (rx(P_LEAK_PARAM, s, n, c, 3)) {
		m->subject = c[0];
		if (c[1].n) {
			m->kind = MK_LEAK_RESULT;
			m->dest = c[1];
			m->level = to_long(c[2]);
		}
	} else if (n > 15) {
		m->subject = sp(s + 15, n - 15);
	} else { /* cut short: "leaking param", "leaking param:" (fuzz regression) */
		m->subject = sp(s + n, 0);
	}
}

static void msg_leak_header(const char *s, size_t n, struct pmsg *m)
{
	struct span c[3];
	m->kind = MK_LEAK_HEADER;
	m->cls = LC_PARAM_LEAK_EXPLANATION;
	if (!rx(P_LEAK_HEADER, s, n, c, 3)) {
		m->subject = sp(s, n);
		return;
	}
	m->subject = c[0];
	m->dest = c[1];
	m->derefs = to_long(c[2]);
	/* "{storage for p.Move} for methodValue": the suffix is the last
	 * " for " outside braces. */
	long f = parser_depth_find(c[1].p, c[1].n, " for ", 1);
	if (f >= 0) {
		m->dest = sp(c[1].p, (size_t)f);
		m->func = sp(c[1].p + f + 5, c[1].n - (size_t)f - 5);
	}
}

static void msg_escapes(const char *s, size_t n, long at, struct pmsg *m)
{
	/* at: offset of the last " escapes to heap" */
	const char *rest = s + at + 16;
	size_t rn = n - (size_t)at - 16;
	m->subject = sp(s, (size_t)at);
	if (rn == 0 || (rn >= 2 && rest[0] == ',' && rest[1] == ' ')) {
		m->kind = MK_ESCAPES;
		m->cls = LC_ESCAPE_VERDICT;
	} else if (rn == 1 && rest[0] == ':') {
		m->kind = MK_ESCAPES_HEADER;
		m->cls = LC_ESCAPE_EXPLANATION;
	} else if (rn > 4 && starts(rest, rn, " in ")) {
		int colon = rest[rn - 1] == ':';
		m->kind = colon ? MK_ESCAPES_HEADER : MK_ESCAPES;
		m->cls = colon ? LC_ESCAPE_EXPLANATION : LC_ESCAPE_VERDICT;
		m->func = sp(rest + 4, rn - 4 - (size_t)colon);
	}
}

static int is_func_token(const char *s, size_t n)
{
	static const char *const keywords[] = { "func", "map", "chan", "struct",
						"interface", "go.shape", NULL };
	if (!n)
		return 0;
	if (n == 3 && !memcmp(s, "<S>", 3))
		return 1;
	if (!(s[0] == '(' || s[0] == '_' || (s[0] | 0x20) >= 'a') || s[0] == '.')
		return 0;
	for (int i = 0; keywords[i]; i++)
		if (n == strlen(keywords[i]) && !memcmp(s, keywords[i], n))
			return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(c >= 0x80 || c == '_' || c == '.' || c == '(' || c == ')' ||
		      c == '*' || c == '-' || c == '[' || c == ']' || c == ',' ||
		      (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			return 0;
	}
	return 1;
}

static void msg_noescape(const char *s, size_t n, struct pmsg *m)
{
	/* s[0..n) is the text before " does not escape" */
	long space = parser_depth_find(s, n, " ", 0);
	m->kind = MK_NOESCAPE;
	m->cls = LC_DOES_NOT_ESCAPE;
	m->subject = sp(s, n);
	if (space <= 0)
		return;
	const char *r = s + space + 1;
	size_t rn = n - (size_t)space - 1;
	/* Old releases (<= 1.12) prefix the function: "main &x does not
	 * escape".  Flag a plausible prefix; the assembler decides with the
	 * release evidence. */
	if (!is_func_token(s, (size_t)space) || !rn)
		return;
	if (rn == 7 && !memcmp(r, "literal", 7))
		return;
	if (strchr("+-*/%|^<>=!&", r[0]) && rn > 1 &&
	    (r[1] == ' ' || r[1] == '=' || r[1] == r[0]))
		return; /* a binary operator: one expression, no prefix */
	m->func = sp(s, (size_t)space);
	m->subject = sp(r, rn);
	m->flag = 1;
}

static void msg_capture(struct span *c, struct pmsg *m)
{
	m->kind = MK_CAPTURE;
	m->cls = LC_CAPTURING;
	m->func = c[0];
	m->flag = c[1].n == 3; /* "ref" */
	m->subject = c[2];
	m->addr = c[3].n == 4 && !memcmp(c[3].p, "true", 4);
	m->assign = c[4].n == 4 && !memcmp(c[4].p, "true", 4);
	m->width = to_long(c[5]);
}

/*
 * Classify a message (text after the position, or a whole position-less
 * line).  Sets kind MK_UNKNOWN when no -m template fits.
 */
static void classify_msg(const char *s, size_t n, struct pmsg *m)
{
	struct span c[6];
	long at;
	size_t ws = 0;

	while (ws < n && (s[ws] == ' ' || s[ws] == '\t'))
		ws++;
	if (ws > 0 && ws < n) {
		const char *t = s + ws;
		size_t tn = n - ws;
		if (starts(t, tn, "flow: "))
			return msg_flow(t + 6, tn - 6, m);
		if (starts(t, tn, "from "))
			return msg_step(s, n, m);
		if (starts(t, tn, "warning: ")) {
			m->kind = MK_WARNING;
			m->cls = LC_EXPLANATION_WARNING;
			m->reason = sp(t + 9, tn - 9);
			return;
		}
	}
	if (starts(s, n, "from ") && rx(P_STEP, s, n, NULL, 0)) /* tab lost */
		return msg_step(s, n, m);
	if (starts(s, n, "can inline "))
		return msg_can_inline(s, n, m);
	if (starts(s, n, "cannot inline "))
		return msg_cannot_inline(s + 14, n - 14, m);
	if (starts(s, n, "inlining call to "))
		return msg_inlining_call(s + 17, n - 17, m);
	if (starts(s, n, "moved to heap: ")) {
		m->kind = MK_MOVED;
		m->cls = LC_MOVED_TO_HEAP;
		m->subject = sp(s + 15, n - 15);
		return;
	}
	if (starts(s, n, "leaking param"))
		return msg_leak(s, n, m);
	if (starts(s, n, "leaking closure reference ")) {
		m->kind = MK_LEAK_CLOSURE;
		m->cls = LC_OTHER_DIAGNOSTIC;
		m->subject = sp(s + 26, n - 26);
		return;
	}
	if (starts(s, n, "parameter ") && memmem(s, n, " leaks to ", 10))
		return msg_leak_header(s, n, m);
	if (starts(s, n, "devirtualizing ") || starts(s, n, "partially devirtualizing ")) {
		if (rx(P_DEVIRT, s, n, c, 3)) {
			m->kind = MK_DEVIRT;
			m->cls = LC_DEVIRTUALIZING;
			m->flag = c[0].n > 0;
			m->subject = c[1];
			m->dest = c[2];
			return;
		}
	}
	if (ends(s, n, " does not escape"))
		return msg_noescape(s, n - 16, m);
	if ((at = rfind(s, n, " escapes to heap")) >= 0) {
		msg_escapes(s, n, at, m);
		if (m->kind != MK_NONE)
			return;
	}
	if (memmem(s, n, " capturing by ", 14) && rx(P_CAPTURE, s, n, c, 6))
		return msg_capture(c, m);
	if (memmem(s, n, " ignoring self-assignment ", 26) && rx(P_SELF_ASSIGN, s, n, c, 2)) {
		m->kind = MK_SELF_ASSIGN;
		m->cls = LC_OTHER_DIAGNOSTIC;
		m->func = c[0];
		m->subject = c[1];
		return;
	}
	if (memmem(s, n, "uintptr", 7) && rx(P_UINTPTR, s, n, c, 3)) {
		m->kind = MK_UINTPTR;
		m->cls = LC_OTHER_DIAGNOSTIC;
		m->func = c[0];
		m->subject = c[1].n ? c[1] : c[2];
		m->reason = sp(s + (c[0].n ? c[0].n + 1 : 0),
			       n - (c[0].n ? c[0].n + 1 : 0));
		return;
	}
	if (rx(P_OLD_LEAK_CONTENT, s, n, c, 3)) {
		m->kind = MK_LEAK_CONTENT;
		m->cls = LC_LEAKING_PARAM;
		m->func = c[0];
		m->subject = c[1];
		m->dest = c[2];
		return;
	}
	if (starts(s, n, "mark escaped content: ")) {
		m->kind = MK_MARK_CONTENT;
		m->cls = LC_OTHER_DIAGNOSTIC;
		m->subject = sp(s + 22, n - 22);
		return;
	}
	if (rx(P_OTHER, s, n, c, 0)) {
		m->kind = MK_OTHER;
		m->cls = LC_OTHER_DIAGNOSTIC;
		return;
	}
	if (rx(P_DEBUG_POS, s, n, c, 0)) {
		m->kind = MK_DEBUG;
		m->cls = LC_DEBUG;
		return;
	}
	m->kind = MK_UNKNOWN;
	m->cls = LC_UNRECOGNIZED;
}

static void classify_unpositioned(const char *s, size_t n, struct pmsg *m)
{
	struct span c[3];
	size_t ws = strspn(s, " \t");
	if (ws < n && s[ws] == '#' && n > ws + 1 && s[ws + 1] == ' ') {
		if (rx(P_HEADER, s + ws, n - ws, c, 3)) {
			m->kind = MK_PACKAGE;
			m->cls = LC_PACKAGE_HEADER;
			m->subject = c[1];
			m->variant = c[0].n ? c[0] : c[2];
			return;
		}
	}
	if (rx(P_DEBUG_UNPOS, s, n, c, 0)) {
		m->kind = MK_DEBUG;
		m->cls = LC_DEBUG;
		return;
	}
	classify_msg(s, n, m);
	if (m->kind != MK_UNKNOWN)
		return;
	if (rx(P_ERROR_UNPOS, s, n, c, 0)) {
		m->kind = MK_ERROR;
		m->cls = LC_COMPILER_ERROR;
		return;
	}
	if (rx(P_NOISE, s, n, c, 0)) {
		m->kind = MK_NOISE;
		m->cls = LC_NON_COMPILER;
		return;
	}
	m->kind = MK_UNKNOWN;
	m->cls = LC_UNRECOGNIZED;
}

static void pmsg_reset(struct pmsg *m, const char *line, size_t len)
{
	memset(m, 0, sizeof(*m));
	m->line = sp(line, len);
	m->text = sp(line, len);
	m->level = m->derefs = m->cost = m->budget = m->width = -1;
	m->addr = m->assign = -1;
	m->kind = MK_NONE;
}

void parser_classify(const char *line, size_t len, struct pmsg *m)
{
	struct span c[3];
	size_t ws = 0, end;

	pmsg_reset(m, line, len);
	while (ws < len && (line[ws] == ' ' || line[ws] == '\t'))
		ws++;
	if (ws == len) {
		m->kind = MK_BLANK;
		m->cls = LC_BLANK;
		return;
	}
	if (line[0] == '{' && rx(P_NOISE, line, len, c, 0)) { /* go build -json */
		m->kind = MK_NOISE;
		m->cls = LC_NON_COMPILER;
		return;
	}
	if (len > 4 && parser_pos_prefix(line, len, &c[0], &c[1], &c[2], &end)) {
		m->pos.has = 1;
		if (c[1].n) {
			m->pos.file = c[0];
			m->pos.line = to_long(c[1]);
			m->pos.col = c[2].n ? to_long(c[2]) : 0;
		} else { /* <unknown line number>: a position without a place */
			m->pos.file = sp(line, 0);
		}
		m->text = sp(line + end, len - end);
		classify_msg(m->text.p, m->text.n, m);
		if (m->kind == MK_UNKNOWN && rx(P_ERROR_VOCAB, m->text.p, m->text.n, c, 0)) {
			m->kind = MK_ERROR;
			m->cls = LC_COMPILER_ERROR;
		}
		return;
	}
	if (rx(P_GLUED, line, len, c, 3)) {
		m->pos.has = 1;
		m->pos.file = c[0];
		m->pos.line = to_long(c[1]);
		m->pos.col = c[2].n ? to_long(c[2]) : 0;
		m->kind = MK_DEBUG;
		m->cls = LC_DEBUG;
		return;
	}
	classify_unpositioned(line, len, m);
}
