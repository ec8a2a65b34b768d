#ifndef ESCVIZ_STORE_EXPLAIN_INTERNAL_H
#define ESCVIZ_STORE_EXPLAIN_INTERNAL_H
/* Shared by store_explain.c and store_explain_why.c only. */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "store/store_explain.h"

struct store;

/* name without generic type arguments: `Sum[go.shape.int]` -> `Sum` (malloc'd). */
char *explain_strip_targs(const char *name);
/* q ends with spec, which starts right after one of seps in q. */
int explain_suffix_at(const char *q, const char *spec, const char *seps);
/* Append quoted distinct keys (sorts keys in place). */
void explain_list_keys(struct sbuf *msg, char **keys, size_t n);
/* Append "; close candidates: ..." for names close to spec, if any. */
void explain_suggest(struct sbuf *msg, const char *spec, char **names, size_t n);
/* Resolve a path suffix to file ids (one file, maybe printed several ways). */
int explain_file_resolve(struct store *s, int64_t build, const char *spec, int64_t **ids,
			 size_t *n, struct sbuf *err);
void explain_event_release(struct event_row *e);

#endif
