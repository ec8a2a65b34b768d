#ifndef ESCVIZ_RENDER_DIFF_H
#define ESCVIZ_RENDER_DIFF_H
/*
 * Writers for escviz diff: text (a benchstat-like table per package, then
 * the changes), Markdown (for $GITHUB_STEP_SUMMARY: kept under a size limit,
 * the rest counted in an "N more" line), JSON, SARIF 2.1.0, HTML and CSV
 * (one row a change, RFC 4180).
 * docs/json.md documents the JSON fields.  Log text reaches each format
 * only through that format's escaper.  Each returns 0 or ESCVIZ_EIO.
 */
#include <stdio.h>

#include "common/sbuf.h"
#include "render/render.h"
#include "analysis/diff.h"

enum diff_format { DF_TEXT, DF_MD, DF_JSON, DF_SARIF, DF_HTML, DF_CSV };

/* The format called name ("text", "md", "json", "sarif", "html", "csv"), or -1. */
int render_diff_format(const char *name);

/* GitHub refuses a step summary over 1 MiB. */
#define DIFF_MD_LIMIT ((size_t)1 << 20)

int render_diff(FILE *out, const struct diff_result *r, enum diff_format f,
		const struct render_opts *o);
/* The Markdown report into out, at most limit bytes (exposed for tests). */
void render_diff_md(struct sbuf *out, const struct diff_result *r, size_t limit);
int render_diff_json(FILE *out, const struct diff_result *r);
/*
 * SARIF 2.1.0 for GitHub code scanning.  At most SARIF_MAX_RESULTS results
 * (GitHub keeps no more of a run): regressions first, and the run's
 * properties say how many were left out.
 */
#define SARIF_MAX_RESULTS 5000
int render_diff_sarif(FILE *out, const struct diff_result *r, const struct render_opts *o);

/*
 * sbuf_add_md() and sbuf_add_html() (render_escape.h) of a NUL-terminated
 * string, nothing for NULL.
 */
void diff_add_md(struct sbuf *out, const char *s);
void diff_add_html(struct sbuf *out, const char *s);
/*
 * A SARIF artifact URI from a printed path: a leading "./" dropped, '\\'
 * as '/', then sbuf_add_uri(): "./a b.go" -> "a%20b.go".
 */
void diff_add_uri(struct sbuf *out, const char *path);
#endif
