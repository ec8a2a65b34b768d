#ifndef ESCVIZ_STORE_EXPLAIN_INTERNAL_H
#define ESCVIZ_STORE_EXPLAIN_INTERNAL_H
/* Shared by store_explain.c and store_explain_why.c only. */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "store/store_explain.h"

struct store;

/* Resolve a file path suffix to the ids of the files it names in build. */
int explain_file_resolve(struct store *s, int64_t build, const char *spec, int64_t **ids,
			 size_t *n, struct sbuf *err);

#endif
