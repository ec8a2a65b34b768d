#ifndef ESCVIZ_RENDER_REPORT_H
#define ESCVIZ_RENDER_REPORT_H
/*
 * The static HTML report of one build (docs/report.md): index.html with
 * the build's summary, a per-package table and inline SVG charts; a page
 * per package; a page per function with an escape, a leak or a notable
 * inlining decision (the others are rows of their package's table), with
 * its flow diagram inline and every event with its explanation, and,
 * given a source tree, the function's source lines with the diagnostics
 * beside them.
 *
 * The site works from file:// with no network: the only files it refers
 * to are its own (escviz.css, escviz.js, other pages).  Every log text is
 * escaped for its sink (render/render_escape.h) and page names are derived
 * from package and function names with sbuf_add_filename(), so they are
 * safe, stable across runs and distinct.
 */
#include <stddef.h>
#include <stdint.h>

#include "analysis/hot.h"
#include "analysis/near.h"
#include "common/sbuf.h"
#include "model/model.h"
#include "model/names.h"
#include "model/profile.h"
#include "model/why.h"

/* Called after each function page: done of total function pages; folded
 * functions have no page. */
typedef void (*report_progress_fn)(void *ctx, size_t done, size_t total, size_t folded);

/*
 * What the build's profiles measured (escviz profile): the index ranks the
 * escape verdicts by the bytes they allocated and lists the hot calls the
 * compiler did not inline; the function pages show each verdict's bytes.
 */
struct report_profiles {
	struct prof_totals totals;
	struct hot_cutoffs hot;
	struct hot_threshold threshold;    /* how hot was decided, for the legend */
	const struct event_row *allocs;    /* the verdicts that allocated, most bytes first */
	size_t n_allocs;
	const struct prof_hot_call *calls; /* hot calls not inlined, hottest first */
	size_t n_calls;
};

/*
 * What the report shows, provided by the caller (cmd/cmd_report.c wires
 * the store and the --src tree in): the build's summary and tables as
 * values, and callbacks for what is loaded one function at a time, so
 * render/ runs no query and reads no file.
 */
struct report_source {
	const struct build_stats *stats;
	const struct report_package *pkgs; /* by path and variant */
	size_t n_pkgs;
	const struct report_function *fns; /* by package id, then name */
	size_t n_fns;
	const struct sig_table *sigs; /* the build's signatures, for naming results */
	void *ctx; /* handed to the callbacks */
	/* Load function id into *out (zeroed first); 0 or a negative ESCVIZ_E*
	 * code with a message in err. */
	int (*load_func)(void *ctx, int64_t id, struct mfunc *out, struct sbuf *err);
	/* Free what load_func put into g. */
	void (*release_func)(void *ctx, struct mfunc *g);
	/*
	 * The lines of the source file that log path file of package pkg
	 * names, and in *path its name to show (both borrowed until the next
	 * call); NULL when there is none.  A NULL callback: no source tree.
	 */
	const char *const *(*source_lines)(void *ctx, const char *file, const char *pkg,
					   const char **path, size_t *n);
	const struct report_profiles *prof; /* NULL: the build has no profile */
	const struct near_list *near; /* near the inlining budget; NULL: not shown */
	/*
	 * Called in each worker process (report_opts.jobs > 1) before it
	 * loads a function: a database connection of its own.  NULL: no
	 * workers, the pages are written by the calling process.
	 */
	int (*reopen)(void *ctx, struct sbuf *err);
};

struct report_opts {
	const char *out_dir;   /* created if missing */
	size_t max_nodes;      /* per diagram; 0 = all */
	report_progress_fn progress; /* or NULL */
	void *progress_ctx;
	volatile int *stop;    /* set by a signal handler to stop early */
	int all_pages;         /* 1: a page for every function, none folded */
	size_t jobs;           /* worker processes for the function pages; 0 or 1: none */
};

struct report_result {
	size_t pages;     /* HTML pages written */
	size_t diagrams;  /* inline diagrams */
	size_t flowless;  /* function pages without a diagram: no flow to draw */
	uint64_t bytes;   /* bytes written, all files */
	size_t sources;   /* function pages that show source lines */
	size_t fn_pages;  /* functions with a page of their own */
	size_t folded;    /* functions only listed in their package's table */
};

/*
 * Write the report of src into o->out_dir.  ESCVIZ_EIO when a file cannot
 * be written, ESCVIZ_ERROR when Graphviz fails, ESCVIZ_EINTR when *stop
 * was set, or what src->load_func returned.
 */
int render_report(const struct report_source *src, const struct report_opts *o,
		  struct report_result *res, struct sbuf *err);

#endif
