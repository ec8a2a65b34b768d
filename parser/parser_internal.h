#ifndef ESCVIZ_PARSER_INTERNAL_H
#define ESCVIZ_PARSER_INTERNAL_H
/* Shared by the parser's own files only. */
#include "parser/parser.h"

/*
 * Offset of lit in s[0..n) outside brackets and quoted literals (the first
 * occurrence, or the last when last != 0), or -1.
 */
long parser_depth_find(const char *s, size_t n, const char *lit, int last);

/*
 * The position a line starts with (FILE:LINE[:COL]: or <unknown line
 * number>: ): 1 with its parts (empty spans when absent) and the offset of
 * the text after it, else 0.
 */
int parser_pos_prefix(const char *s, size_t n, struct span *file, struct span *line,
		      struct span *col, size_t *end);

/* Release evidence accumulator. */
struct goversion_acc {
	struct goversion v;
	uint64_t with_col, without_col; /* positioned diagnostic lines */
};

void goversion_acc_init(struct goversion_acc *a);
/* Narrow the interval with what message m shows. */
void goversion_observe(struct goversion_acc *a, const struct pmsg *m);
/* The interval, including whole-input evidence (columns). */
void goversion_result(const struct goversion_acc *a, struct goversion *out);

#endif
