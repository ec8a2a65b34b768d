#ifndef ESCVIZ_RENDER_EXPLAIN_INTERNAL_H
#define ESCVIZ_RENDER_EXPLAIN_INTERNAL_H
/* Shared by render_table.c and render_explain.c only. */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

#include "common/sbuf.h"
#include "render/render_explain.h"
#include "render/render_jstr.h"

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
	const char *s; /* COL_STR (borrowed) */
	int64_t i;     /* COL_INT, COL_BOOL */
	int null;
};

struct table {
	const struct tcol *cols;
	size_t ncols, nrows;
	struct tcell *cells;     /* nrows * ncols */
	const char **row_color;  /* ANSI colour per row, or NULL */
};

int render_table(FILE *out, const struct table *t, enum render_format fmt,
		 const struct render_table_opts *o);
/* Terminal-safe copy of s: valid UTF-8, control characters as '?'. */
void render_add_safe(struct sbuf *b, const char *s);
/* Display columns of s[0..n) (UTF-8 code points). */
size_t render_width(const char *s, size_t n);

#endif
