/*
 * Chains: an explanation's flows and steps, stored as one JSON text in
 * explanations.chain (docs/schema.md, "Explanations, flows and steps").
 *
 *   chain = [ [STEP, ...], FLOW, FLOW, ... ]
 *   FLOW  = [ dst, ops, derefs, src, dline, [STEP, ...] ]
 *   STEP  = [ expr, reason | null, dline ]
 *         | [ expr, reason | null, dline, file_id, line, col ]
 *
 * The first element holds the steps printed before any flow (Go <= 1.12
 * chains); dline is the log line of the flow or step minus the
 * explanation's own line_no.  The flows and steps views decode it with
 * SQLite's json_each, for SQL users.
 *
 * The decoder is our own rather than a JSON library's: the texts are the
 * compiler's bytes verbatim, which need not be UTF-8 (a hostile or damaged
 * log), and a general parser refuses such bytes; this one reads exactly the
 * grammar above (as written here or by SQLite's json_array in the version 4
 * migration) and nothing else, at the speed a diff of all of std needs.
 */
#include "store/store_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

/* ---- writing ------------------------------------------------------------ */

#define MAX_CHAIN_TEXT (1u << 20) /* a string is cut beyond 1 MiB, as every stored text */

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Has word w a byte below 0x20, a '"' or a '\\'?  (Bytes >= 0x80 need none.) */
static inline int needs_escape(uint64_t w)
{
	uint64_t quote = w ^ (ONES * '"'), bslash = w ^ (ONES * '\\');
	uint64_t low = (w - ONES * 0x20) & ~w;      /* high bit: a byte < 0x20 */
	uint64_t q = (quote - ONES) & ~quote;       /* high bit: a byte == '"' */
	uint64_t b = (bslash - ONES) & ~bslash;     /* high bit: a byte == '\\' */
	return ((low | q | b) & HIGHS) != 0;
}

/* A JSON string of s (any bytes: bytes >= 0x80 are kept as they are). */
static void add_string(struct sbuf *sb, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;
	if (n == 0) { /* s may be NULL then: no pointer arithmetic on it */
		sbuf_addstr(sb, "\"\"");
		return;
	}
	if (n > MAX_CHAIN_TEXT)
		n = MAX_CHAIN_TEXT;
	sbuf_addch(sb, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c;
		/* eight bytes at a time while none needs escaping (the usual case) */
		while (n - i >= 8) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (needs_escape(w))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		sbuf_add(sb, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"':
			sbuf_addstr(sb, "\\\"");
			break;
		case '\\':
			sbuf_addstr(sb, "\\\\");
			break;
		case '\n':
			sbuf_addstr(sb, "\\n");
			break;
		case '\t':
			sbuf_addstr(sb, "\\t");
			break;
		default: {
			char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
			sbuf_add(sb, u, 6);
		}
		}
	}
	sbuf_add(sb, s + run, n - run);
	sbuf_addch(sb, '"');
}

static void add_int(struct sbuf *sb, int64_t v)
{
	char b[24], *p = b + sizeof(b);
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	sbuf_add(sb, p, (size_t)(b + sizeof(b) - p));
}

void chain_enc_begin(struct chain_enc *e, struct sbuf *sb, int64_t line_no)
{
	e->sb = sb;
	e->start = sb->len;
	e->line_no = line_no;
	e->state = 0;
	e->first = 1;
}

static void open_chain(struct chain_enc *e)
{
	if (e->state == 0) {
		sbuf_addstr(e->sb, "[[");
		e->state = 1;
		e->first = 1;
	}
}

void chain_enc_flow(struct chain_enc *e, struct span dst, struct span ops, int64_t derefs,
		    struct span src, int64_t line_no)
{
	open_chain(e);
	sbuf_addstr(e->sb, e->state == 1 ? "],[" : "]],[");
	add_string(e->sb, dst.p, dst.n);
	sbuf_addch(e->sb, ',');
	add_string(e->sb, ops.p, ops.n);
	sbuf_addch(e->sb, ',');
	add_int(e->sb, derefs);
	sbuf_addch(e->sb, ',');
	add_string(e->sb, src.p, src.n);
	sbuf_addch(e->sb, ',');
	add_int(e->sb, line_no - e->line_no);
	sbuf_addstr(e->sb, ",[");
	e->state = 2;
	e->first = 1;
}

void chain_enc_step(struct chain_enc *e, struct span expr, struct span reason, int64_t line_no,
		    int64_t file_id, long line, long col)
{
	open_chain(e);
	if (!e->first)
		sbuf_addch(e->sb, ',');
	e->first = 0;
	sbuf_addch(e->sb, '[');
	add_string(e->sb, expr.p, expr.n);
	sbuf_addch(e->sb, ',');
	if (reason.n)
		add_string(e->sb, reason.p, reason.n);
	else
		sbuf_addstr(e->sb, "null");
	sbuf_addch(e->sb, ',');
	add_int(e->sb, line_no - e->line_no);
	if (file_id > 0) {
		sbuf_addch(e->sb, ',');
		add_int(e->sb, file_id);
		sbuf_addch(e->sb, ',');
		add_int(e->sb, line);
		sbuf_addch(e->sb, ',');
		add_int(e->sb, col);
	}
	sbuf_addch(e->sb, ']');
}

size_t chain_enc_end(struct chain_enc *e)
{
	if (e->state == 1)
		sbuf_addstr(e->sb, "]]");
	else if (e->state == 2)
		sbuf_addstr(e->sb, "]]]");
	e->state = 3;
	return e->sb->len - e->start;
}

/* ---- reading ------------------------------------------------------------ */

struct rd {
	const char *s;
	size_t n, i;
	struct span val[4]; /* the strings of the current flow or step: */
	struct sbuf str[4]; /* each decoded here when it has escapes, else in s */
};

static void ws(struct rd *r)
{
	while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\n' || r->s[r->i] == '\t' ||
			       r->s[r->i] == '\r'))
		r->i++;
}

static int eat(struct rd *r, char c)
{
	ws(r);
	if (r->i < r->n && r->s[r->i] == c) {
		r->i++;
		return 1;
	}
	return 0;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int hex4(struct rd *r, unsigned *out)
{
	unsigned v = 0;
	if (r->i + 4 > r->n)
		return -1;
	for (int k = 0; k < 4; k++) {
		int h = hexval(r->s[r->i + k]);
		if (h < 0)
			return -1;
		v = v << 4 | (unsigned)h;
	}
	r->i += 4;
	*out = v;
	return 0;
}

static void add_utf8(struct sbuf *sb, unsigned cp)
{
	char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xc0 | cp >> 6), b[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xe0 | cp >> 12), b[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		b[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
	} else {
		b[0] = (char)(0xf0 | cp >> 18), b[1] = (char)(0x80 | (cp >> 12 & 0x3f));
		b[2] = (char)(0x80 | (cp >> 6 & 0x3f)), b[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
	}
	sbuf_add(sb, b, n);
}

/*
 * String k into r->val[k]: 1 for null (when null_ok), 0 for a string, -1
 * malformed.  A string without escapes is a span of the text itself.
 */
static int string(struct rd *r, int k, int null_ok)
{
	struct sbuf *out = &r->str[k];
	size_t run;
	ws(r);
	if (null_ok && r->i + 4 <= r->n && !memcmp(r->s + r->i, "null", 4)) {
		r->i += 4;
		return 1;
	}
	if (!eat(r, '"'))
		return -1;
	run = r->i;
	{ /* most strings have no escape: the span up to the quote */
		const char *q = memchr(r->s + run, '"', r->n - run);
		if (q && !memchr(r->s + run, '\\', (size_t)(q - (r->s + run)))) {
			r->val[k] = (struct span){ r->s + run, (size_t)(q - (r->s + run)) };
			r->i = (size_t)(q - r->s) + 1;
			return 0;
		}
	}
	sbuf_reset(out);
	while (r->i < r->n) {
		char c = r->s[r->i];
		unsigned cp, lo;
		if (c == '"') {
			sbuf_add(out, r->s + run, r->i - run);
			r->i++;
			r->val[k] = (struct span){ out->buf ? out->buf : "", out->len };
			return 0;
		}
		if (c != '\\') {
			r->i++;
			continue;
		}
		sbuf_add(out, r->s + run, r->i - run);
		if (++r->i >= r->n)
			return -1;
		c = r->s[r->i++];
		switch (c) {
		case '"': case '\\': case '/':
			sbuf_addch(out, c);
			break;
		case 'b': sbuf_addch(out, '\b'); break;
		case 'f': sbuf_addch(out, '\f'); break;
		case 'n': sbuf_addch(out, '\n'); break;
		case 'r': sbuf_addch(out, '\r'); break;
		case 't': sbuf_addch(out, '\t'); break;
		case 'u':
			if (hex4(r, &cp) < 0)
				return -1;
			if (cp >= 0xd800 && cp < 0xdc00 && r->i + 6 <= r->n && r->s[r->i] == '\\' &&
			    r->s[r->i + 1] == 'u') {
				size_t back = r->i;
				r->i += 2;
				if (hex4(r, &lo) == 0 && lo >= 0xdc00 && lo < 0xe000)
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
				else
					r->i = back;
			}
			add_utf8(out, cp);
			break;
		default:
			return -1;
		}
		run = r->i;
	}
	return -1;
}

/* An integer, or null (*is_null = 1) when null_ok; 0 or -1. */
static int integer(struct rd *r, int64_t *v, int *is_null)
{
	int neg = 0, any = 0;
	uint64_t x = 0;
	ws(r);
	*v = 0;
	if (is_null)
		*is_null = 0;
	if (is_null && r->i + 4 <= r->n && !memcmp(r->s + r->i, "null", 4)) {
		r->i += 4;
		*is_null = 1;
		return 0;
	}
	if (r->i < r->n && r->s[r->i] == '-')
		neg = 1, r->i++;
	while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9' && x < (UINT64_C(1) << 62)) {
		x = x * 10 + (uint64_t)(r->s[r->i++] - '0');
		any = 1;
	}
	if (!any)
		return -1;
	*v = neg ? -(int64_t)x : (int64_t)x;
	return 0;
}

/* [STEP, ...] of flow flow_seq (0: before any flow). */
static int steps(struct rd *r, int64_t line_no, uint64_t flow_seq, const struct chain_visitor *v)
{
	uint64_t seq = 0;
	if (!eat(r, '['))
		return -1;
	if (eat(r, ']'))
		return 0;
	do {
		struct chain_step s = { 0 };
		int64_t dl, x;
		int null_line, null_file;
		int rn;
		if (!eat(r, '[') || string(r, 0, 0) != 0 || !eat(r, ',') ||
		    (rn = string(r, 1, 1)) < 0 || !eat(r, ',') ||
		    integer(r, &dl, &null_line) < 0)
			return -1;
		s.expr = r->val[0];
		if (rn == 0)
			s.reason = r->val[1], s.has_reason = 1;
		s.line_no = null_line ? 0 : line_no + dl;
		if (eat(r, ',')) {
			if (integer(r, &x, &null_file) < 0)
				return -1;
			s.file_id = null_file ? 0 : x;
			if (!eat(r, ',') || integer(r, &x, &null_line) < 0)
				return -1;
			s.line = (long)x;
			if (!eat(r, ',') || integer(r, &x, &null_line) < 0)
				return -1;
			s.col = (long)x;
		}
		if (!eat(r, ']'))
			return -1;
		if (v->step && v->step(v->ctx, flow_seq, ++seq, &s) < 0)
			return -2;
	} while (eat(r, ','));
	return eat(r, ']') ? 0 : -1;
}

int chain_decode(const char *text, size_t n, int64_t line_no, const struct chain_visitor *v)
{
	struct rd r = { text, n, 0, { { 0 } }, { SBUF_INIT, SBUF_INIT, SBUF_INIT, SBUF_INIT } };
	uint64_t flow = 0;
	int rc = -1;
	if (!text || !n)
		return 0;
	if (!eat(&r, '[') || (rc = steps(&r, line_no, 0, v)) < 0)
		goto out;
	rc = -1;
	while (eat(&r, ',')) {
		struct chain_flow f = { 0 };
		int64_t dl;
		int null_line;
		if (!eat(&r, '[') || string(&r, 0, 0) != 0 || !eat(&r, ',') ||
		    string(&r, 1, 0) != 0 || !eat(&r, ',') ||
		    integer(&r, &f.derefs, NULL) < 0 || !eat(&r, ',') ||
		    string(&r, 2, 0) != 0 || !eat(&r, ',') ||
		    integer(&r, &dl, &null_line) < 0 || !eat(&r, ','))
			goto out;
		f.dst = r.val[0];
		f.ops = r.val[1];
		f.src = r.val[2];
		f.line_no = null_line ? 0 : line_no + dl;
		f.seq = ++flow;
		if (v->flow && v->flow(v->ctx, &f) < 0) {
			rc = -2;
			goto out;
		}
		if ((rc = steps(&r, line_no, flow, v)) < 0)
			goto out;
		rc = -1;
		if (!eat(&r, ']'))
			goto out;
	}
	if (eat(&r, ']')) {
		ws(&r);
		rc = r.i == r.n ? 0 : -1;
	}
out:
	for (int k = 0; k < 4; k++)
		sbuf_release(&r.str[k]);
	return rc;
}

/* ---- into model values ------------------------------------------------- */

void chain_files_init(struct chain_files *cf, struct store *s)
{
	memset(cf, 0, sizeof(*cf));
	cf->s = s;
}

void chain_files_release(struct chain_files *cf)
{
	sqlite3_finalize(cf->st);
	for (size_t i = 0; i < cf->n; i++)
		free(cf->path[i]);
	free(cf->path);
	strmap_release(&cf->ids);
	memset(cf, 0, sizeof(*cf));
}

const char *chain_file_path(struct chain_files *cf, int64_t id)
{
	int64_t at;
	char *path = NULL;
	if (id <= 0)
		return NULL;
	if (strmap_get(&cf->ids, (const char *)&id, sizeof(id), &at))
		return cf->path[at];
	if (!cf->st && sqlite3_prepare_v2(cf->s->db, "SELECT path FROM files WHERE id = ?1", -1,
					  &cf->st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_reset(cf->st);
	sqlite3_bind_int64(cf->st, 1, id);
	if (sqlite3_step(cf->st) == SQLITE_ROW)
		path = store_column_dup(cf->st, 0);
	sqlite3_reset(cf->st);
	if (!path)
		return NULL;
	VEC_GROW(cf->path, cf->n + 1, cf->alloc);
	cf->path[cf->n] = path;
	strmap_put(&cf->ids, (const char *)&id, sizeof(id), (int64_t)cf->n++);
	return path;
}

char *chain_dup(struct span s)
{
	char *p = xmalloc(s.n + 1);
	memcpy(p, s.p, s.n);
	p[s.n] = 0;
	return p;
}

struct expl_build {
	struct mexpl *x;
	struct chain_files *files;
};

static int expl_flow(void *ctx, const struct chain_flow *f)
{
	struct expl_build *b = ctx;
	struct mflow *m;
	/* Exact growth: flows are few, and struct mexpl keeps no alloc field. */
	b->x->flows = xrealloc(b->x->flows, st_mult(b->x->n_flows + 1, sizeof(*b->x->flows)));
	m = &b->x->flows[b->x->n_flows++];
	memset(m, 0, sizeof(*m));
	m->seq = (int64_t)f->seq;
	m->dst = chain_dup(f->dst);
	m->ops = chain_dup(f->ops);
	m->derefs = f->derefs;
	m->src = chain_dup(f->src);
	return 0;
}

static int expl_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *s)
{
	struct expl_build *b = ctx;
	struct mstep **v = &b->x->steps, *m;
	size_t *n = &b->x->n_steps;
	const char *file;
	(void)seq;
	if (flow) {
		v = &b->x->flows[flow - 1].steps;
		n = &b->x->flows[flow - 1].n_steps;
	}
	*v = xrealloc(*v, st_mult(*n + 1, sizeof(**v)));
	m = &(*v)[(*n)++];
	memset(m, 0, sizeof(*m));
	m->expr = chain_dup(s->expr);
	m->reason = s->has_reason ? chain_dup(s->reason) : NULL;
	if (s->file_id && (file = chain_file_path(b->files, s->file_id))) {
		m->pos.file = xstrdup(file);
		m->pos.line = s->line;
		m->pos.col = s->col;
	}
	return 0;
}

int chain_to_expl(const char *text, size_t n, struct mexpl *x, struct chain_files *files)
{
	struct expl_build b = { x, files };
	struct chain_visitor v = { expl_flow, expl_step, &b };
	return chain_decode(text, n, 0, &v) < 0 ? -1 : 0;
}
