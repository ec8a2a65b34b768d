#ifndef ESCVIZ_RENDER_ESCAPE_H
#define ESCVIZ_RENDER_ESCAPE_H
/*
 * Escapers for the sinks of the graphical outputs: one function per
 * format (docs/conventions.md, rule 12).  Log text (names, expressions,
 * file paths) reaches an HTML page, an SVG document, a Graphviz label or
 * a file name only through one of these.
 *
 * Every escaper appends to sb and accepts any bytes: invalid UTF-8 becomes
 * U+FFFD and control characters (other than those noted) become spaces,
 * because XML forbids most of them and Graphviz warns on stderr about bad
 * UTF-8.  They never fail.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

/*
 * HTML text or a double- or single-quoted attribute value: & < > " ' become
 * character references.  Tab and newline are kept.
 */
void sbuf_add_html(struct sbuf *sb, const char *s, size_t n);

/*
 * XML for SVG written by hand (text and attribute values): as
 * sbuf_add_html, with the references XML 1.0 knows (&#39; for ').
 */
void sbuf_add_svg(struct sbuf *sb, const char *s, size_t n);

/*
 * A Graphviz label or tooltip set through cgraph's agsafeset() (an
 * escString): the backslash becomes "\\" so that \N \G \E \T \H \L \l \r
 * \n in the log stay literal; a newline becomes "\n", a centred line
 * break.  Double quotes are left alone on purpose: cgraph's DOT writer
 * escapes them, and a quote escaped here too would be written as \\"
 * (Graphviz 2.43), which its own reader takes as the end of the string,
 * letting the rest of the text be read as DOT.  Not for pasting into DOT
 * text by hand: that needs the writer's quoting on top.
 */
void sbuf_add_dot_label(struct sbuf *sb, const char *s, size_t n);

/*
 * A file name (one path component) derived from s: bytes outside
 * [A-Za-z0-9._-] become '_', and so do a leading '.' and a '.' after
 * another (no "." or ".." and no hidden files), the readable part
 * is cut to max bytes, and "-" plus 12 hex digits of a 64-bit FNV-1a hash
 * of all of s is appended.  The result never contains '/' or "..",  is
 * never empty and is the same for the same s on every run; two different
 * inputs give different names unless their hashes collide (callers that
 * must be sure check for that, see render_report.c).
 */
void sbuf_add_filename(struct sbuf *sb, const char *s, size_t n, size_t max);

/* 64-bit FNV-1a of s[0..n): stable across runs and platforms. */
uint64_t render_hash(const char *s, size_t n);

#endif
