#ifndef ESCVIZ_RENDER_JSTR_H
#define ESCVIZ_RENDER_JSTR_H
/* For render/ only: the one way log text becomes a JSON string. */
#include <jansson.h>
#include <stdio.h>

/*
 * A new JSON string holding s with every byte sequence that is not valid
 * UTF-8 replaced by U+FFFD (jansson refuses invalid UTF-8, and the log is
 * not guaranteed to be valid); JSON null for NULL.
 */
json_t *render_jstr(const char *s);

/* Print j (consumed) indented, then a newline; 0 or ESCVIZ_EIO. */
int render_dump_json(FILE *out, json_t *j);

#endif
