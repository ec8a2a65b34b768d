#ifndef ESCVIZ_RENDER_TABLE_H
#define ESCVIZ_RENDER_TABLE_H
/*
 * The table writer behind `escviz ls` and `escviz funcs`: one column list
 * drives the text, CSV, TSV and JSON forms, so the four never disagree on
 * fields.
 *
 * Text: aligned columns, cut to the terminal width when one is given,
 * colour only when asked; cells go through sbuf_add_term().  CSV and TSV:
 * sbuf_add_csv_cell() and sbuf_add_tsv_cell() (render_escape.h), CSV lines
 * end in CRLF.  JSON: an array of objects, one per row, keyed by column.
 * Returns 0, or ESCVIZ_EIO when the stream fails.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum render_format { FMT_TEXT, FMT_JSON, FMT_CSV, FMT_TSV };

struct render_table_opts {
	int color; /* ANSI colour */
	int width; /* terminal columns to fit text into; 0 = no limit */
};

/* "text", "json", "csv", "tsv" -> *out; -1 when unknown or not in allowed. */
int render_format_parse(const char *s, unsigned allowed, enum render_format *out);
#define RENDER_ALLOW(f) (1u << (f))

enum col_type { COL_STR, COL_INT, COL_BOOL };

struct tcol {
	const char *key;  /* JSON key and CSV/TSV header */
	const char *head; /* text header */
	enum col_type type;
	int text;         /* shown in the text table */
	int flex;         /* the text column cut first on a narrow terminal */
	int colored;      /* takes the row colour in text */
};

struct tcell {
	const char *s;     /* COL_STR (borrowed) */
	int64_t i;         /* COL_INT, COL_BOOL */
	int null;
	const char *shown; /* text only: shown instead (even for null); NULL: the value */
};

struct table {
	const struct tcol *cols;
	size_t ncols, nrows;
	struct tcell *cells;     /* nrows * ncols */
	const char **row_color;  /* ANSI colour per row, or NULL */
};

int render_table(FILE *out, const struct table *t, enum render_format fmt,
		 const struct render_table_opts *o);

/* Display columns of s[0..n) (UTF-8 code points). */
size_t render_width(const char *s, size_t n);

#endif
