/* Escapers for HTML, SVG, Graphviz labels and file names. */
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
