/*
 * Event assembler: physical lines in, logical messages with context out.
 *
 * Three pieces of state span lines:
 *
 *  1. Multi-line messages.  go1.19-1.21 print raw string literals verbatim,
 *     so a message whose text ends inside an unclosed `...` literal goes on
 *     over the next lines (which may start with "# " and look like package
 *     headers).  Such lines are collected (bounded: MAX_PENDING_*) until
 *     the literal closes, then classified as one message; its first line
 *     gets the message's class and the others LC_CONTINUATION.  If the
 *     bound is hit or the input ends first, the collected lines are
 *     classified one by one instead, so nothing is lost.
 *
 *  2. Explanations.  A header ("x escapes to heap:", "parameter p leaks to
 *     ...:") opens an explanation; the "flow:" lines after it and the
 *     "from ... at" steps after each flow belong to it, until any other
 *     line.  Old releases (1.7-1.12) print TAB-indented "from" steps right
 *     after the verdict they explain: those attach to that verdict.
 *
 *  3. Package blocks.  "# pkg" starts a block; a compiler error inside it
 *     makes later unknown positioned lines errors too.
 *
 *  4. IR dumps (-m=3/4).  Go <= 1.15 prints a nil node of a node list as
 *     "<N>" alone on a line, with no indentation, right after the list's
 *     previous element.  Such a line is a dump line only when the line
 *     before it is one (a ".   " node line or another such "<N>"); a stray
 *     "<N>" anywhere else stays unrecognized.
 */
#include "parser/parser_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"

#define MAX_PENDING_LINES 4096
#define MAX_PENDING_BYTES (4u << 20)

static const char *const class_names[LC__COUNT] = {
	"package_header", "escape_explanation", "escape_verdict", "moved_to_heap",
	"does_not_escape", "leaking_param", "param_leak_explanation", "flow",
	"step", "explanation_warning", "can_inline", "cannot_inline",
	"inlining_call", "devirtualizing", "capturing", "other_diagnostic",
	"debug", "continuation", "compiler_error", "non_compiler", "blank",
	"unrecognized",
};

static const char *const kind_names[MK__COUNT] = {
	"none", "package", "escapes", "escapes_header", "moved", "noescape",
	"leak", "leak_content", "leak_result", "leak_closure", "leak_header",
	"flow", "step", "warning", "can_inline", "cannot_inline",
	"cannot_inline_into", "inlining_call", "devirtualizing", "capture",
	"self_assign", "uintptr", "mark_content", "other", "debug", "error",
	"noise", "blank", "unknown",
};

const char *line_class_name(enum line_class c)
{
	return (unsigned)c < LC__COUNT ? class_names[c] : "?";
}

const char *msg_kind_name(enum msg_kind k)
{
	return (unsigned)k < MK__COUNT ? kind_names[k] : "?";
}

struct parser {
	parser_msg_fn fn;
	void *ctx;
	uint64_t counts[LC__COUNT];
	uint64_t lines;      /* physical lines, all inputs */
	uint64_t line_no;    /* physical line number in the current input */
	uint64_t diagnostics;
	int m_level;
	struct goversion_acc ver;

	/* Pending multi-line message. */
	struct sbuf pend;
	uint64_t pend_first;    /* line number of its first line */
	uint64_t pend_lines;
	size_t *pend_offs;      /* start offset of each line in pend */
	size_t pend_alloc;
	uint64_t pend_trunc;    /* 1-based index of a cut line, 0 if none */

	/* Explanation context. */
	uint64_t expl_seq;
	int in_expl;
	uint64_t flow_seq, step_seq;
	int old_chain;          /* the previous message may take old steps */
	uint64_t expl_last;     /* last physical line of the current explanation */
	enum parser_cut cut;    /* how the last input finished (parser_input_cut) */
	uint64_t cut_line;

	/* Package block context. */
	int pkg_error;
	int prev_error;
	int prev_dump;          /* the previous line was an IR dump body line */
	int utf16;              /* an input began with a UTF-16 byte-order mark */
};

struct parser *parser_new(parser_msg_fn fn, void *ctx)
{
	struct parser *p = xcalloc(1, sizeof(*p));
	p->fn = fn;
	p->ctx = ctx;
	sbuf_init(&p->pend);
	goversion_acc_init(&p->ver);
	return p;
}

void parser_free(struct parser *p)
{
	if (!p)
		return;
	sbuf_release(&p->pend);
	free(p->pend_offs);
	free(p);
}

void parser_begin_input(struct parser *p)
{
	p->line_no = 0;
	p->in_expl = 0;
	p->prev_dump = 0;
	p->old_chain = 0;
	p->cut = PARSER_CUT_NONE;
	p->cut_line = 0;
}

enum parser_cut parser_input_cut(const struct parser *p, uint64_t *line_no)
{
	*line_no = p->cut_line;
	return p->cut;
}

const uint64_t *parser_line_counts(const struct parser *p)
{
	return p->counts;
}

uint64_t parser_lines(const struct parser *p)
{
	return p->lines;
}

uint64_t parser_diagnostics(const struct parser *p)
{
	return p->diagnostics;
}

int parser_has_diagnostics(const struct parser *p)
{
	return p->diagnostics > p->counts[LC_DEBUG] || p->counts[LC_COMPILER_ERROR] > 0;
}

int parser_saw_utf16(const struct parser *p)
{
	return p->utf16;
}

int parser_m_level(const struct parser *p)
{
	return p->m_level;
}

void parser_version(const struct parser *p, struct goversion *out)
{
	goversion_result(&p->ver, out);
}

/*
 * Scan s[0..n) for Go quoting, starting inside a raw string when *in_raw.
 * Leaves *in_raw set when the text ends inside an unclosed `...` literal.
 * A '"' literal that does not close on the line (Go 1.22+ cuts long ones)
 * is taken as a plain byte.
 */
static void scan_raw(const char *s, size_t n, int *in_raw)
{
	size_t i = 0;
	if (*in_raw) {
		const char *q = memchr(s, '`', n);
		if (!q)
			return;
		*in_raw = 0;
		i = (size_t)(q - s) + 1;
	}
	if (!memchr(s + i, '`', n - i))
		return;
	for (; i < n; i++) {
		char c = s[i];
		if (c == '"' || c == '\'') {
			size_t j = i + 1;
			while (j < n && s[j] != c && (c == '"' || j - i < 12)) {
				if (s[j] == '\\')
					j++;
				j++;
			}
			if (j < n && s[j] == c)
				i = j;
		} else if (c == '`') {
			const char *q = memchr(s + i + 1, '`', n - i - 1);
			if (!q) {
				*in_raw = 1;
				return;
			}
			i = (size_t)(q - s);
		}
	}
}

/* Is m a message whose template might go on after an open raw literal? */
static int may_continue(const struct pmsg *m)
{
	switch (m->kind) {
	case MK_UNKNOWN:
	case MK_ERROR:
	case MK_CAN_INLINE:
	case MK_INLINING_CALL:
		return 1;
	case MK_STEP:
		return m->reason.n == 0;
	case MK_FLOW:
		return m->text.n == 0 || m->text.p[m->text.n - 1] != ':';
	default:
		return 0;
	}
}

static int is_diagnostic(enum line_class c)
{
	return c >= LC_ESCAPE_EXPLANATION && c <= LC_DEBUG;
}

static void note_level(struct parser *p, const struct pmsg *m)
{
	int lvl = 0;
	switch (m->cls) {
	case LC_DEBUG:
		lvl = 3;
		break;
	case LC_ESCAPE_EXPLANATION:
	case LC_PARAM_LEAK_EXPLANATION:
	case LC_FLOW:
	case LC_STEP:
	case LC_EXPLANATION_WARNING:
	case LC_CANNOT_INLINE:
	case LC_CAPTURING:
		lvl = 2;
		break;
	case LC_CAN_INLINE:
		lvl = m->body.n ? 2 : 1;
		break;
	case LC_INLINING_CALL:
		lvl = m->body.n ? 2 : 1;
		break;
	default:
		lvl = is_diagnostic(m->cls) ? 1 : 0;
	}
	if (lvl > p->m_level)
		p->m_level = lvl;
}

/* Is m a line of an IR dump's body: a ".   " node line or a nil node? */
static int is_dump_body(const struct pmsg *m)
{
	return m->kind == MK_DEBUG && !m->pos.has && m->nlines == 1 &&
	       ((m->line.n >= 4 && !memcmp(m->line.p, ".   ", 4)) ||
		(m->line.n == 3 && !memcmp(m->line.p, "<N>", 3)));
}

/* Decide what depends on earlier lines, then hand m to the sink. */
static int deliver(struct parser *p, struct pmsg *m)
{
	int is_unpos_detail = !m->pos.has && m->line.n &&
			      (m->line.p[0] == '\t' || m->line.p[0] == ' ');

	if (m->kind == MK_UNKNOWN && !m->truncated && p->prev_dump &&
	    m->line.n == 3 && !memcmp(m->line.p, "<N>", 3)) {
		m->kind = MK_DEBUG; /* a nil node inside the dump (Go <= 1.15) */
		m->cls = LC_DEBUG;
	}
	p->prev_dump = is_dump_body(m);
	if (m->kind == MK_UNKNOWN && ((m->pos.has && p->pkg_error) ||
				      (is_unpos_detail && p->prev_error))) {
		m->kind = MK_ERROR;
		m->cls = LC_COMPILER_ERROR;
	}
	if (m->kind == MK_NOESCAPE && m->flag && p->ver.v.lo >= 13) {
		/* A guessed "FUNC EXPR" prefix, but this is a 1.13+ build. */
		m->subject.n += (size_t)(m->subject.p - m->func.p);
		m->subject.p = m->func.p;
		m->func.n = 0;
		m->flag = 0;
	}
	p->prev_error = m->kind == MK_ERROR;

	switch (m->kind) {
	case MK_PACKAGE:
		if (m->subject.n)
			p->pkg_error = 0;
		p->in_expl = p->old_chain = 0;
		break;
	case MK_ERROR:
		p->pkg_error = 1;
		p->in_expl = p->old_chain = 0;
		break;
	case MK_ESCAPES_HEADER:
	case MK_LEAK_HEADER:
		p->expl_seq++;
		m->new_expl = 1;
		p->in_expl = 1;
		p->flow_seq = p->step_seq = 0;
		p->old_chain = 0;
		break;
	case MK_FLOW:
		if (!p->in_expl) { /* a flow without a header: keep it anyway */
			p->expl_seq++;
			m->new_expl = 1;
			p->in_expl = 1;
			p->flow_seq = 0;
		}
		p->flow_seq++;
		p->step_seq = 0;
		m->attach = ATTACH_EXPLANATION;
		break;
	case MK_STEP:
		if (p->in_expl) {
			m->attach = ATTACH_EXPLANATION;
		} else if (p->old_chain) {
			m->attach = ATTACH_VERDICT;
		} else { /* a step with nothing before it */
			p->expl_seq++;
			m->new_expl = 1;
			p->in_expl = 1;
			p->flow_seq = p->step_seq = 0;
			m->attach = ATTACH_EXPLANATION;
		}
		p->step_seq++;
		break;
	case MK_WARNING:
		m->attach = p->in_expl ? ATTACH_EXPLANATION : ATTACH_NONE;
		break;
	default:
		p->in_expl = 0;
		p->old_chain = m->kind == MK_ESCAPES || m->kind == MK_MOVED ||
			       m->kind == MK_LEAK || m->kind == MK_LEAK_CONTENT ||
			       m->kind == MK_LEAK_RESULT || m->kind == MK_LEAK_CLOSURE;
		if (p->old_chain)
			p->step_seq = 0;
		break;
	}
	if (m->attach == ATTACH_EXPLANATION || m->new_expl)
		p->expl_last = m->line_no + (m->nlines ? m->nlines - 1 : 0);
	m->expl_seq = p->expl_seq;
	m->flow_seq = (m->kind == MK_FLOW || m->kind == MK_STEP ||
		       m->kind == MK_WARNING) && m->attach == ATTACH_EXPLANATION
			      ? p->flow_seq
			      : 0;
	m->step_seq = m->kind == MK_STEP ? p->step_seq : 0;

	p->counts[m->cls]++;
	if (m->nlines > 1)
		p->counts[LC_CONTINUATION] += m->nlines - 1;
	if (is_diagnostic(m->cls))
		p->diagnostics++;
	note_level(p, m);
	goversion_observe(&p->ver, m);
	return p->fn ? p->fn(p->ctx, m) : 0;
}

static int emit_line(struct parser *p, const char *line, size_t len,
		     uint64_t line_no, int truncated)
{
	struct pmsg m;
	parser_classify(line, len, &m);
	m.line_no = line_no;
	m.nlines = 1;
	if (truncated) {
		m.kind = MK_UNKNOWN;
		m.cls = LC_UNRECOGNIZED;
		m.truncated = 1;
	}
	return deliver(p, &m);
}

/* Give up on the pending message: classify its lines one by one. */
static int flush_pending_lines(struct parser *p)
{
	int rc = 0;
	for (uint64_t i = 0; i < p->pend_lines && rc >= 0; i++) {
		size_t a = p->pend_offs[i];
		size_t b = i + 1 < p->pend_lines ? p->pend_offs[i + 1] - 1 : p->pend.len;
		rc = emit_line(p, p->pend.buf + a, b - a, p->pend_first + i,
			       i + 1 == p->pend_trunc);
	}
	p->pend_lines = 0;
	sbuf_reset(&p->pend);
	return rc;
}

static int finish_pending(struct parser *p)
{
	struct pmsg m;
	parser_classify(p->pend.buf, p->pend.len, &m);
	m.line_no = p->pend_first;
	m.nlines = p->pend_lines;
	if (m.kind == MK_UNKNOWN || m.kind == MK_ERROR)
		return flush_pending_lines(p);
	p->pend_lines = 0;
	int rc = deliver(p, &m);
	sbuf_reset(&p->pend);
	return rc;
}

static void pend_add(struct parser *p, const char *line, size_t len)
{
	VEC_GROW(p->pend_offs, p->pend_lines + 1, p->pend_alloc);
	if (p->pend_lines)
		sbuf_addch(&p->pend, '\n');
	p->pend_offs[p->pend_lines++] = p->pend.len;
	sbuf_add(&p->pend, line, len);
}

int parser_feed(struct parser *p, const char *line, size_t len, int truncated)
{
	struct pmsg m;
	int in_raw;

	p->lines++;
	p->line_no++;
	if (p->line_no == 1 && util_utf16_bom(line, len))
		p->utf16 = 1;
	if (p->line_no == 1 && len >= 3 && !memcmp(line, "\xef\xbb\xbf", 3)) {
		line += 3; /* a UTF-8 byte-order mark (Windows editors) */
		len -= 3;
	}
	if (p->pend_lines) {
		in_raw = 1;
		pend_add(p, line, len);
		if (truncated) { /* a cut line cannot close the literal faithfully */
			p->pend_trunc = p->pend_lines;
			return flush_pending_lines(p);
		}
		scan_raw(line, len, &in_raw);
		if (!in_raw)
			return finish_pending(p);
		if (p->pend_lines >= MAX_PENDING_LINES || p->pend.len >= MAX_PENDING_BYTES)
			return flush_pending_lines(p);
		return 0;
	}
	if (truncated || !memchr(line, '`', len))
		return emit_line(p, line, len, p->line_no, truncated);
	parser_classify(line, len, &m);
	in_raw = 0;
	if (m.pos.has && may_continue(&m))
		scan_raw(m.text.p, m.text.n, &in_raw);
	if (!in_raw)
		return emit_line(p, line, len, p->line_no, 0);
	p->pend_first = p->line_no;
	p->pend_trunc = 0;
	pend_add(p, line, len);
	return 0;
}

/*
 * An explanation still open at the end of an input whose header has no
 * flow, or whose last flow has no step, was cut off: the compiler prints a
 * flow for every header and, at the end of a package, the verdicts after
 * their explanations.  (A flow with no step does occur inside a log, as in
 * `flow: {heap} = **{temp}:`, but never as its last line.)
 */
int parser_finish_input(struct parser *p)
{
	int rc = p->pend_lines ? flush_pending_lines(p) : 0;
	if (rc >= 0 && p->in_expl && !p->step_seq) {
		p->cut = p->flow_seq ? PARSER_CUT_FLOW : PARSER_CUT_HEADER;
		p->cut_line = p->expl_last;
	}
	p->in_expl = p->old_chain = 0;
	return rc;
}
