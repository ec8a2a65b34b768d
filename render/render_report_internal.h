#ifndef ESCVIZ_RENDER_REPORT_INTERNAL_H
#define ESCVIZ_RENDER_REPORT_INTERNAL_H
/* Shared by the render_report*.c files only. */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "render/render_graph.h"
#include "render/render_report.h"

/* An id and the index of its row, to find rows by id. */
struct id_index {
	int64_t id;
	size_t i;
};

struct report_ctx {
	const struct report_source *src;
	const struct report_opts *o;
	struct report_result *res;
	const struct build_stats *st;
	const struct report_package *pkgs;
	size_t n_pkgs;
	const struct report_function *fns;
	size_t n_fns;
	char **pkg_page;   /* "pkg/NAME.html", parallel to pkgs */
	char **fn_page;    /* "fn/NAME.html", or "pkg/NAME.html#fn-NAME" for a folded function */
	unsigned char *has_page; /* parallel to fns: 1 the function gets a page of its own */
	size_t n_folded;   /* functions without a page, only a row of their package's table */
	struct graph_renderer *gr;
	const struct report_profiles *prof; /* or NULL */
	struct id_index *fn_ids;    /* fns by id, for links */
	struct id_index *alloc_ids; /* prof->allocs by event id */
	char *hot_legend;           /* what hot means, plain text */
	struct strmap fn_names;     /* fns by package and name (render_report_nav.c) */
	int64_t cur_pkg;            /* the package of the function page being written */
	const char *cur_file;       /* its file: positions there are shown by base name */
};

/* ---- render_report_fold.c: which functions get a page ---- */

/*
 * Set c->has_page: a function gets a page of its own when it has a heap
 * escape, a variable moved to the heap or a leaking parameter, or a notable
 * inlining decision (report_fold_notable()); the others are folded into
 * their package page's table.
 */
void report_fold_init(struct report_ctx *c);
/* The inlining decision of f is notable on its own (not the near and hot lists). */
int report_fold_notable(const struct report_function *f);

/* ---- render_report_svg.c: a diagram in a page ---- */

/*
 * Graphviz's SVG of a function's diagram (svg), smaller, into its page:
 * named for assistive technology (name, sum), scaled to its box, the
 * folder of the function's file (file) left out of its tooltips.
 */
void report_inline_svg(struct sbuf *sb, const struct sbuf *svg, const char *name,
		       const char *file, const struct graph_summary *sum);

/* ---- render_report_html.c: page frame, files, charts ---- */

/* Log text s as HTML; NULL (no position's file) writes nothing. */
void report_html(struct sbuf *sb, const char *s);

/*
 * Start a page: doctype, title (raw, escaped here), the links to the
 * site's style and script, the breadcrumb.  up is "" at the top, "../" one
 * level down.
 */
void report_page_begin(struct sbuf *sb, const char *title, const char *up);
void report_page_end(struct sbuf *sb, const char *up);
/* Write the site's escviz.css and escviz.js. */
int report_write_assets(struct report_ctx *c, struct sbuf *err);
/* Write sb to OUT/rel (rel is generated, never log text) and count it. */
int report_write(struct report_ctx *c, const char *rel, const struct sbuf *sb,
		 struct sbuf *err);
/* The same in parts: the first creates OUT/rel, the others append to it. */
int report_write_part(struct report_ctx *c, const char *rel, const struct sbuf *sb, int first,
		      struct sbuf *err);
/* Parts of a large file are written once they reach this size. */
#define REPORT_PART_BYTES (256 * 1024)

struct bar {
	const char *label; /* raw */
	const char *href;  /* or NULL */
	int64_t a, b;      /* two stacked values */
	int is_path;       /* label is a package path: shortened by its middle */
};

/* An inline SVG chart of horizontal stacked bars, with its text alternative. */
void report_chart(struct sbuf *sb, const char *title, const char *a_name,
		  const char *b_name, const struct bar *bars, size_t n);
/* "12.5 %" of num/den, or "-" when den is 0. */
void report_pct(struct sbuf *sb, int64_t num, int64_t den);
/* 105650 as "105,650". */
void report_count(struct sbuf *sb, int64_t v);
/* A numeric table cell, sorted by its value. */
void report_num_td(struct sbuf *sb, int64_t v);
/* A table cell with report_pct() of num/den, sorted by the ratio. */
void report_pct_td(struct sbuf *sb, int64_t num, int64_t den);
/* An event kind as a coloured tag ("heap escape"). */
void report_kind_tag(struct sbuf *sb, const char *kind);
/* A search box that filters the rows of the table with id table_id. */
void report_filter(struct sbuf *sb, const char *table_id, const char *what);
/* An href value: sbuf_add_uri() of the generated page name, then HTML. */
void report_href(struct sbuf *sb, const char *page);
/* A position as "FILE:LINE:COL" (pos_format()), HTML-escaped. */
void report_pos(struct sbuf *sb, const char *file, int64_t line, int64_t col, const char *none);

/* ---- render_report_prof.c: what the profiles measured ---- */

/* Index the functions and the profiles' rows (report_prof_release frees). */
void report_prof_init(struct report_ctx *c);
void report_prof_release(struct report_ctx *c);
/* The index's sections: verdicts by allocated bytes, hot calls not inlined. */
void report_prof_index(struct report_ctx *c, struct sbuf *sb);
/* The build has a heap profile: function pages show each verdict's bytes. */
int report_prof_heap(const struct report_ctx *c);
/* The table cell of event e's bytes and objects, with the hot badge. */
void report_prof_alloc_td(const struct report_ctx *c, struct sbuf *sb, const struct mevent *e);

/* ---- render_report_near.c: near the inlining budget ---- */

/* The index's section (when src->near is set) and the page near.html. */
void report_near_index(struct report_ctx *c, struct sbuf *sb);
int report_near_page(struct report_ctx *c, struct sbuf *err);

/* ---- render_report_nav.c: finding functions ---- */

/* Index the functions by name (report_nav_release frees). */
void report_nav_init(struct report_ctx *c);
void report_nav_release(struct report_ctx *c);
/*
 * The function that the call expression expr ("(*T).M(x, y)", "pkg.F(x)")
 * calls from package pkg, as an index into fns, with in *len the bytes of
 * expr that name it; SIZE_MAX when no function of the build matches.
 */
size_t report_nav_callee(const struct report_ctx *c, int64_t pkg, const char *expr,
			 size_t *len);
/* Write OUT/escviz-funcs.js, the search box's index: name, package, page. */
int report_nav_write_index(struct report_ctx *c, struct sbuf *err);
/* The header's function search box (up: "" or "../", to the site's top). */
void report_search_box(struct sbuf *sb, const char *up);
/* A package path cut as render_short_path() does, as HTML with the whole path on hover. */
#define REPORT_PATH_MAX 44
void report_short_path(struct sbuf *sb, const char *path, size_t max);

/* ---- render_report_src.c ---- */

/* The function's source lines with its verdicts marked (given --src). */
void report_source(struct report_ctx *c, struct sbuf *sb, const struct mfunc *g);

/* ---- render_report_func.c ---- */

int report_function_page(struct report_ctx *c, size_t i, struct sbuf *err);

/* ---- render_report_jobs.c ---- */

/* Every function page, by o->jobs worker processes (or this one). */
int report_function_pages(struct report_ctx *c, struct sbuf *err);

#endif
