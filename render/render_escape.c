/* The escapers of render/, one per sink (render_escape.h has the contracts). */
#include "render/render_escape.h"

#include <string.h>

#include "common/util.h"

/*
 * Walk the UTF-8-cleaned text of s and hand each byte to put(); the
 * cleaning comes first so that escapers see whole characters only.
 */
typedef void (*put_fn)(struct sbuf *sb, unsigned char c);

static void each_byte(struct sbuf *sb, const char *s, size_t n, put_fn put)
{
	struct sbuf clean = SBUF_INIT;
	sbuf_add_utf8_clean(&clean, s, n);
	for (size_t i = 0; i < clean.len; i++)
		put(sb, (unsigned char)clean.buf[i]);
	sbuf_release(&clean);
}

static void put_markup(struct sbuf *sb, unsigned char c, const char *apos)
{
	switch (c) {
	case '&': sbuf_addstr(sb, "&amp;"); break;
	case '<': sbuf_addstr(sb, "&lt;"); break;
	case '>': sbuf_addstr(sb, "&gt;"); break;
	case '"': sbuf_addstr(sb, "&quot;"); break;
	case '\'': sbuf_addstr(sb, apos); break;
	case '\t':
	case '\n': sbuf_addch(sb, c); break;
	default: sbuf_addch(sb, c < 0x20 || c == 0x7f ? ' ' : c);
	}
}

static void put_html(struct sbuf *sb, unsigned char c)
{
	put_markup(sb, c, "&#39;");
}

void sbuf_add_html(struct sbuf *sb, const char *s, size_t n)
{
	each_byte(sb, s, n, put_html);
}

void sbuf_add_svg(struct sbuf *sb, const char *s, size_t n)
{
	/* Same references: &#39; is valid in both HTML and XML. */
	each_byte(sb, s, n, put_html);
}

static void put_dot(struct sbuf *sb, unsigned char c)
{
	switch (c) {
	case '\\': sbuf_addstr(sb, "\\\\"); break;
	case '\n': sbuf_addstr(sb, "\\n"); break;
	default: sbuf_addch(sb, c < 0x20 || c == 0x7f ? ' ' : c);
	}
}

void sbuf_add_dot_label(struct sbuf *sb, const char *s, size_t n)
{
	each_byte(sb, s, n, put_dot);
}

static void put_md(struct sbuf *sb, unsigned char c)
{
	if (c < 0x20 || c == 0x7f)
		sbuf_addch(sb, ' ');
	else if (strchr("\\`*_[]<>|~&", c))
		sbuf_addf(sb, "\\%c", c);
	else
		sbuf_addch(sb, c);
}

void sbuf_add_md(struct sbuf *sb, const char *s, size_t n)
{
	each_byte(sb, s, n, put_md);
}

void sbuf_add_uri(struct sbuf *sb, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    (c && strchr("-._~/", c)))
			sbuf_addch(sb, c);
		else
			sbuf_addf(sb, "%%%c%c", hex[c >> 4], hex[c & 15]);
	}
}

/*
 * Valid UTF-8 with C0 controls, DEL and C1 controls (U+0080..U+009F, two
 * bytes C2 80..C2 9F) as '?', except the bytes in keep (CSV and TSV keep
 * TAB, CR and LF for their own escaping).
 */
static void add_term(struct sbuf *sb, const char *s, size_t n, const char *keep)
{
	struct sbuf t = SBUF_INIT;
	sbuf_add_utf8_clean(&t, s, n);
	for (size_t i = 0; i < t.len; i++) {
		unsigned char c = (unsigned char)t.buf[i];
		if (c == 0xc2 && i + 1 < t.len && (unsigned char)t.buf[i + 1] < 0xa0) {
			sbuf_addch(sb, '?');
			i++;
		} else if ((c < 0x20 && !(c && strchr(keep, c))) || c == 0x7f) {
			sbuf_addch(sb, '?');
		} else {
			sbuf_addch(sb, c);
		}
	}
	sbuf_release(&t);
}

void sbuf_add_term(struct sbuf *sb, const char *s, size_t n)
{
	add_term(sb, s, n, "");
}

static int is_formula(const char *s, size_t n)
{
	return n && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
		     s[0] == '\r');
}

void sbuf_add_csv_cell(struct sbuf *sb, const char *s, size_t n)
{
	struct sbuf v = SBUF_INIT;
	int quote;
	if (is_formula(s, n))
		sbuf_addch(&v, '\'');
	add_term(&v, s, n, "\t\r\n");
	quote = strpbrk(v.buf, "\",\r\n") != NULL || v.buf[0] == '\'';
	if (quote)
		sbuf_addch(sb, '"');
	for (size_t i = 0; i < v.len; i++) {
		if (v.buf[i] == '"')
			sbuf_addch(sb, '"');
		sbuf_addch(sb, v.buf[i]);
	}
	if (quote)
		sbuf_addch(sb, '"');
	sbuf_release(&v);
}

void sbuf_add_tsv_cell(struct sbuf *sb, const char *s, size_t n)
{
	struct sbuf v = SBUF_INIT;
	if (is_formula(s, n))
		sbuf_addch(sb, '\'');
	add_term(&v, s, n, "\t\r\n");
	for (size_t i = 0; i < v.len; i++) {
		char ch = v.buf[i];
		const char *esc = ch == '\t' ? "\\t" : ch == '\n' ? "\\n" : ch == '\r' ? "\\r"
				 : ch == '\\' ? "\\\\" : NULL;
		if (esc)
			sbuf_addstr(sb, esc);
		else
			sbuf_addch(sb, ch);
	}
	sbuf_release(&v);
}

static void put_js(struct sbuf *sb, unsigned char c)
{
	switch (c) {
	case '\\': sbuf_addstr(sb, "\\\\"); break;
	case '"': sbuf_addstr(sb, "\\\""); break;
	case '\n': sbuf_addstr(sb, "\\n"); break;
	case '\t': sbuf_addstr(sb, "\\t"); break;
	case '<': case '>': case '&': case '\'':
		sbuf_addf(sb, "\\u%04x", c);
		break;
	default:
		if (c < 0x20 || c == 0x7f)
			sbuf_addf(sb, "\\u%04x", c);
		else
			sbuf_addch(sb, c);
	}
}

void sbuf_add_js_string(struct sbuf *sb, const char *s, size_t n)
{
	struct sbuf clean = SBUF_INIT;
	sbuf_add_utf8_clean(&clean, s, n);
	for (size_t i = 0; i < clean.len; i++) {
		const unsigned char *u = (const unsigned char *)clean.buf + i;
		/* U+2028 and U+2029 end a line in older JavaScript. */
		if (u[0] == 0xe2 && i + 2 < clean.len && u[1] == 0x80 && (u[2] == 0xa8 || u[2] == 0xa9)) {
			sbuf_addf(sb, "\\u%04x", u[2] == 0xa8 ? 0x2028 : 0x2029);
			i += 2;
		} else {
			put_js(sb, u[0]);
		}
	}
	sbuf_release(&clean);
}

void sbuf_add_json_text(struct sbuf *sb, const char *s, size_t n)
{
	sbuf_add_utf8_clean(sb, s, n);
}

void sbuf_add_c_escaped(struct sbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			sbuf_addf(sb, "\\%c", c);
		else if (c == '\n')
			sbuf_addstr(sb, "\\n");
		else if (c == '\t')
			sbuf_addstr(sb, "\\t");
		else if (c < 0x20 || c == 0x7f)
			sbuf_addf(sb, "\\x%02x", c);
		else
			sbuf_addch(sb, c);
	}
}

void sbuf_add_echo(struct sbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sbuf_addch(sb, (unsigned char)s[i] < 0x20 && s[i] != '\t' ? '?' : s[i]);
}

uint64_t render_hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static int name_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '_' || c == '-';
}

void sbuf_add_filename(struct sbuf *sb, const char *s, size_t n, size_t max)
{
	size_t keep = n < max ? n : max;
	for (size_t i = 0; i < keep; i++) {
		unsigned char c = (unsigned char)s[i];
		/*
		 * No '.' first (".", "..", hidden files) and never two in a row,
		 * so ".." appears nowhere, not even inside a name.
		 */
		if (!name_byte(c) || (c == '.' && (i == 0 || s[i - 1] == '.')))
			c = '_';
		sbuf_addch(sb, c);
	}
	sbuf_addf(sb, "%s%012llx", keep ? "-" : "x",
		  (unsigned long long)(render_hash(s, n) & 0xffffffffffffULL));
}
