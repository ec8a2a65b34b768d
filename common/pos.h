#ifndef ESCVIZ_POS_H
#define ESCVIZ_POS_H
/*
 * The one way a source position is printed: "FILE:LINE:COL", as the Go
 * compiler prints it.  Used by every writer (text, Markdown, HTML, JSON
 * "position" fields) and by whatever builds messages or tooltips that
 * name a position.
 */
#include <stdint.h>

#include "common/sbuf.h"

/*
 * Append file, then ":LINE" when line > 0, then ":COL" when line > 0 and
 * col > 0; when there is no position (file NULL, or file "" and no line)
 * append none instead (none may be NULL for nothing).  The text is raw:
 * file is log text, so the caller escapes the result for its sink (the
 * digits and ':' pass every escaper unchanged).
 */
void pos_format(struct sbuf *out, const char *file, int64_t line, int64_t col, const char *none);

#endif
