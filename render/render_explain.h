#ifndef ESCVIZ_RENDER_EXPLAIN_H
#define ESCVIZ_RENDER_EXPLAIN_H
/*
 * Writers for `escviz why`, `escviz ls` and `escviz funcs`.
 *
 * Text: aligned columns, cut to the terminal width when one is given,
 * colour only when asked; log text has control characters replaced so it
 * cannot drive the terminal.  CSV: RFC 4180 (CRLF, quotes doubled), and a
 * text cell that starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading
 * `'` so a spreadsheet does not run it as a formula.  TSV: the same
 * columns, TAB, newline, CR and backslash written as `\t`, `\n`, `\r`,
 * `\\`.  JSON: jansson, after sbuf_add_utf8_clean() (docs/json.md).
 * Every writer returns 0, or ESCVIZ_EIO when the stream fails.
 */
#include <stdio.h>

#include "model/model.h"
#include "model/why.h"

enum render_format { FMT_TEXT, FMT_JSON, FMT_CSV, FMT_TSV };

struct render_table_opts {
	int color; /* ANSI colour */
	int width; /* terminal columns to fit text into; 0 = no limit */
};

/* "text", "json", "csv", "tsv" -> *out; -1 when unknown or not in allowed. */
int render_format_parse(const char *s, unsigned allowed, enum render_format *out);
#define RENDER_ALLOW(f) (1u << (f))

int render_events(FILE *out, const struct event_row *v, size_t n, enum render_format fmt,
		  const struct render_table_opts *o);
int render_funcs(FILE *out, const struct func_row *v, size_t n, enum render_format fmt,
		 const struct render_table_opts *o);
int render_why_text(FILE *out, const struct why_result *r, const char *target,
		    const struct render_table_opts *o);
int render_why_json(FILE *out, const struct why_result *r, const char *target,
		    enum why_target_kind kind);

/* The compiler's verdict line for an event, rebuilt from its fields. */
void render_verdict(struct sbuf *out, const struct event_row *e);
/* "file:line:col", "file:line" (no column) or "-" (no position). */
void render_position(struct sbuf *out, const char *file, int64_t line, int64_t col);

#endif
