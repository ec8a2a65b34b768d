#ifndef ESCVIZ_RENDER_INTERNAL_H
#define ESCVIZ_RENDER_INTERNAL_H
/*
 * For render/ only (no public render header includes jansson): the one
 * way log text becomes a JSON string, and the one way JSON is printed.
 */
#include <jansson.h>
#include "common/sbuf.h"
#include <stddef.h>
#include <stdio.h>

/*
 * A new JSON string holding sbuf_add_json_text() of s (render_escape.h:
 * invalid UTF-8 and NUL as U+FFFD); JSON null for NULL.
 */
json_t *render_jstr(const char *s);
/* The same for s[0..n). */
json_t *render_jstrn(const char *s, size_t n);

/* Print j (consumed) indented, then a newline; 0 or ESCVIZ_EIO. */
int render_dump_json(FILE *out, json_t *j);

/*
 * A package path path[0..n) cut to about max characters for display:
 * the first element (the host) when short, "…/", and the last elements
 * that fit ("github.com/…/internal/diff"), as raw text added to out.
 * Returns 1 when it cut, 0 when out got the whole path.
 */
int render_short_path(struct sbuf *out, const char *path, size_t n, size_t max);

#endif
