#ifndef ESCVIZ_RENDER_ESCAPE_H
#define ESCVIZ_RENDER_ESCAPE_H
/*
 * The escapers of render/: one function per sink (docs/conventions.md,
 * rule 12), and the only way log text (names, expressions, file paths,
 * messages) reaches an output.  The sinks:
 *
 *   HTML            sbuf_add_html        a page, text or attribute value
 *   SVG             sbuf_add_svg         XML written by hand
 *   Graphviz label  sbuf_add_dot_label   a label set through cgraph
 *   file name       sbuf_add_filename    one path component of the report
 *   URI             sbuf_add_uri         an href or a SARIF artifact URI
 *   Markdown        sbuf_add_md          inline text, also a table cell
 *   terminal        sbuf_add_term        text for people (text formats)
 *   CSV, TSV        sbuf_add_csv_cell, sbuf_add_tsv_cell
 *   JavaScript      sbuf_add_js_string   the inside of a quoted string
 *                                        literal in a script file
 *   JSON            sbuf_add_json_text   the text of a JSON string; the
 *                                        writers call render_jstr()
 *                                        (render_internal.h), built on it
 *   golden format   sbuf_add_c_escaped, sbuf_add_echo (escviz parse)
 *
 * Every escaper appends to sb, accepts any bytes (NUL included) and never
 * fails.  Unless its contract says otherwise, invalid UTF-8 (and NUL)
 * becomes U+FFFD and control characters become spaces (markup sinks) or
 * '?' (the terminal).
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

/*
 * A URI reference (or one path of it): every byte outside the unreserved
 * characters of RFC 3986 (A-Z a-z 0-9 - . _ ~) and '/' becomes %XX
 * (upper-case hex), so a space, '%', '#', '?', '"', '<', '\\', controls
 * and non-ASCII bytes (UTF-8 or not) are all percent-encoded.  In HTML the
 * result still goes through sbuf_add_html() (it is then unchanged).
 */
void sbuf_add_uri(struct sbuf *sb, const char *s, size_t n);

/*
 * Markdown inline text, safe inside a GitHub table cell: \ ` * _ [ ] < > |
 * ~ & get a backslash (so no emphasis, link, raw HTML, entity or cell
 * break comes from the log), every control character (TAB, CR and LF
 * included) becomes a space (a newline would end the table row).
 */
void sbuf_add_md(struct sbuf *sb, const char *s, size_t n);

/*
 * Text for a terminal: C0 controls (TAB and newline included), DEL and
 * the C1 controls U+0080..U+009F become '?', so log text can neither
 * drive the terminal (ESC, CSI) nor break a line; invalid UTF-8 and NUL
 * become U+FFFD.  Everything else is kept.
 */
void sbuf_add_term(struct sbuf *sb, const char *s, size_t n);

/*
 * A CSV cell (RFC 4180): quoted when it holds '"', ',', CR or LF (or
 * starts with the guard below), quotes doubled; CR, LF and TAB are kept
 * (inside the quotes), other controls become '?' as for the terminal.  A
 * cell starting with = + - @ TAB or CR gets a leading ' so a spreadsheet
 * does not run it as a formula.
 */
void sbuf_add_csv_cell(struct sbuf *sb, const char *s, size_t n);

/*
 * A TSV cell: the formula guard of CSV; TAB, LF, CR and backslash written
 * as \t \n \r \\; other controls become '?' as for the terminal.
 */
void sbuf_add_tsv_cell(struct sbuf *sb, const char *s, size_t n);

/*
 * The inside of a JavaScript string literal, quoted with ' or ", in a
 * script file or a <script> element: backslash, '"', TAB and LF
 * backslashed; ' and < > & (no "</script>" or "<!--"), other C0 controls,
 * DEL, U+2028 and U+2029 as \uXXXX, so the result is also the inside of a
 * JSON string.  Invalid UTF-8 and NUL become U+FFFD.
 */
void sbuf_add_js_string(struct sbuf *sb, const char *s, size_t n);

/*
 * The text of a JSON string: s with each invalid UTF-8 sequence and NUL
 * replaced by U+FFFD, nothing else changed (the JSON encoder escapes
 * quotes, backslashes and controls).  Log text is not guaranteed to be
 * UTF-8 and jansson refuses strings that are not.
 */
void sbuf_add_json_text(struct sbuf *sb, const char *s, size_t n);

/*
 * The golden format of escviz parse (tests/golden): the inside of a
 * C-style quoted string, with '"' and '\\' backslashed, TAB and LF as \t
 * and \n, other C0 controls and DEL as \xHH, every other byte verbatim
 * (the golden files show the log's bytes, valid UTF-8 or not).
 */
void sbuf_add_c_escaped(struct sbuf *sb, const char *s, size_t n);

/* An input line echoed in the golden format: C0 controls except TAB become
 * '?', every other byte verbatim. */
void sbuf_add_echo(struct sbuf *sb, const char *s, size_t n);

/* 64-bit FNV-1a of s[0..n): stable across runs and platforms. */
uint64_t render_hash(const char *s, size_t n);

#endif
