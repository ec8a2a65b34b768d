#ifndef ESCVIZ_RENDER_REPORT_H
#define ESCVIZ_RENDER_REPORT_H
/*
 * The static HTML report of one build (docs/report.md): index.html with
 * the build's summary, a per-package table and inline SVG charts; a page
 * per package; a page per function with its flow diagram inline and every
 * event with its explanation, and, given a source tree, the function's
 * source lines with the diagnostics beside them.
 *
 * The site works from file:// with no network: the only files it refers
 * to are its own (escviz.css, escviz.js, other pages).  Every log text is
 * escaped for its sink (render/render_escape.h) and page names are derived
 * from package and function names with sbuf_add_filename(), so they are
 * safe, stable across runs and distinct.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

struct store;

/* Called after each function page: done of total. */
typedef void (*report_progress_fn)(void *ctx, size_t done, size_t total);

struct report_opts {
	const char *out_dir;   /* created if missing */
	const char *src_dir;   /* source tree, or NULL */
	size_t max_nodes;      /* per diagram; 0 = all */
	report_progress_fn progress; /* or NULL */
	void *progress_ctx;
	volatile int *stop;    /* set by a signal handler to stop early */
};

struct report_result {
	size_t pages;     /* HTML pages written */
	size_t diagrams;  /* inline diagrams */
	uint64_t bytes;   /* bytes written, all files */
	size_t sources;   /* function pages that show source lines */
};

/*
 * Write the report of build into o->out_dir.  ESCVIZ_EIO when a file
 * cannot be written, ESCVIZ_EDB when a query fails, ESCVIZ_ERROR when
 * Graphviz fails, ESCVIZ_EINTR when *stop was set.
 */
int render_report(struct store *s, int64_t build, const struct report_opts *o,
		  struct report_result *res, struct sbuf *err);

#endif
