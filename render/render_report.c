/*
 * escviz report: the site's layout and its index and package pages
 * (render_report_func.c writes the function pages).
 *
 *   OUT/index.html             summary, charts, package table
 *   OUT/pkg/NAME-HASH.html     one per package (and test variant)
 *   OUT/fn/NAME-HASH.html      one per function with something to show
 *                              (render_report_fold.c; the others are rows
 *                              of their package page, "#fn-NAME-HASH")
 *   OUT/escviz.css, escviz.js  shared by every page
 *
 * Page names come from sbuf_add_filename() over the package path, variant
 * and function name, so rebuilding the report of the same build gives the
 * same names; a hash collision, however unlikely, gets a "-2" suffix in
 * the stable order of the pages.
 */
#include "render/render_report_internal.h"

#include "analysis/cause.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"

static int mkdir_p(const char *path, struct sbuf *err)
{
	char *p = xstrdup(path);
	int rc = 0;
	for (char *q = p + 1; !rc; q++) {
		int end = !*q;
		if (*q != '/' && !end)
			continue;
		*q = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			rc = error_set(err, ESCVIZ_EIO, "%s: cannot create: %s", p, strerror(errno));
		if (end)
			break;
		*q = '/';
	}
	free(p);
	return rc;
}

static int make_dirs(const char *out, struct sbuf *err)
{
	struct sbuf sub = SBUF_INIT;
	int rc = mkdir_p(out, err);
	for (int i = 0; i < 2 && !rc; i++) {
		sbuf_reset(&sub);
		sbuf_addf(&sub, "%s/%s", out, i ? "fn" : "pkg");
		rc = mkdir_p(sub.buf, err);
	}
	sbuf_release(&sub);
	return rc;
}

/* "DIR/readable-hash.html", made unique against used. */
static char *page_name(struct strmap *used, const char *dir, const struct sbuf *key)
{
	struct sbuf name = SBUF_INIT;
	int64_t v;
	size_t base;

	sbuf_addf(&name, "%s/", dir);
	sbuf_add_filename(&name, key->buf, key->len, 60);
	base = name.len;
	for (int n = 2; strmap_get(used, name.buf, name.len, &v); n++) {
		sbuf_setlen(&name, base);
		sbuf_addf(&name, "-%d", n);
	}
	strmap_put(used, name.buf, name.len, 1);
	sbuf_addstr(&name, ".html");
	return sbuf_detach(&name, NULL);
}

/* "pkg/P.html#fn-NAME-HASH" for the function page "fn/NAME-HASH.html". */
static char *fold_target(const char *pkg_page, const char *fn_page)
{
	struct sbuf t = SBUF_INIT;
	const char *stem = fn_page + 3; /* after "fn/" */
	sbuf_addf(&t, "%s#fn-", pkg_page);
	sbuf_add(&t, stem, strlen(stem) - 5); /* without ".html" */
	return sbuf_detach(&t, NULL);
}

/* The id of a function's row in its package's table: the part after '#'. */
static const char *row_id(const char *page)
{
	const char *h = strchr(page, '#');
	return h ? h + 1 : NULL;
}

static void name_pages(struct report_ctx *c)
{
	struct strmap used = STRMAP_INIT;
	struct sbuf key = SBUF_INIT;
	size_t p = 0;

	c->pkg_page = xcalloc(c->n_pkgs + 1, sizeof(char *));
	c->fn_page = xcalloc(c->n_fns + 1, sizeof(char *));
	for (size_t i = 0; i < c->n_pkgs; i++) {
		sbuf_reset(&key);
		sbuf_addf(&key, "%s\n%s", c->pkgs[i].path, c->pkgs[i].variant);
		c->pkg_page[i] = page_name(&used, "pkg", &key);
	}
	/* fns are ordered by package id, as pkgs are not: match by id. */
	for (size_t i = 0; i < c->n_fns; i++) {
		const struct report_function *f = &c->fns[i];
		if (p >= c->n_pkgs || c->pkgs[p].id != f->package_id)
			for (p = 0; p < c->n_pkgs && c->pkgs[p].id != f->package_id; p++)
				;
		sbuf_reset(&key);
		sbuf_addf(&key, "%s\n%s\n%s", f->name, p < c->n_pkgs ? c->pkgs[p].path : "",
			  p < c->n_pkgs ? c->pkgs[p].variant : "");
		c->fn_page[i] = page_name(&used, "fn", &key);
		if (!c->has_page[i] && p < c->n_pkgs) {
			/* "pkg/P.html#fn-NAME-HASH": its row in the package's table */
			char *row = fold_target(c->pkg_page[p], c->fn_page[i]);
			free(c->fn_page[i]);
			c->fn_page[i] = row;
		}
	}
	sbuf_release(&key);
	strmap_release(&used);
}

static void fact(struct sbuf *sb, const char *name, const char *raw)
{
	sbuf_addf(sb, "<dt>%s</dt><dd>", name);
	report_html(sb, raw && *raw ? raw : "-");
	sbuf_addstr(sb, "</dd>");
}

static void fact_n(struct sbuf *sb, const char *name, int64_t v)
{
	sbuf_addf(sb, "<dt>%s</dt><dd>%lld</dd>", name, (long long)v);
}

static void summary(struct sbuf *sb, const struct build_stats *st, size_t n_fns,
		    size_t n_folded)
{
	const struct build_info *b = &st->info;
	char id[32];

	snprintf(id, sizeof(id), "%lld", (long long)b->id);
	sbuf_addstr(sb, "<h2 id=\"summary\">Build</h2>\n<dl class=\"facts\">");
	fact(sb, "Build id", id);
	fact(sb, "Label", b->label);
	fact(sb, "Commit", b->commit);
	fact(sb, "Go version", b->go_version);
	sbuf_addf(sb, "<dt>-m level</dt><dd>%d</dd>", b->m_level);
	fact(sb, "Ingested", b->created);
	fact(sb, "Inputs", b->inputs);
	fact_n(sb, "Input lines", b->input_lines);
	fact_n(sb, "Packages", st->packages);
	fact_n(sb, "Functions", st->functions);
	sbuf_addf(sb, "<dt>Function pages</dt><dd>%zu; %zu functions with nothing to show "
		  "(no escape, no leak, no notable inlining decision) are listed in their "
		  "package's table, without pages</dd>", n_fns - n_folded, n_folded);
	sbuf_addstr(sb, "<dt>Inlinable</dt><dd>");
	report_pct(sb, st->inlinable, st->inlinable + st->not_inlinable);
	sbuf_addf(sb, " (%lld of %lld with a decision)</dd>", (long long)st->inlinable,
		  (long long)(st->inlinable + st->not_inlinable));
	fact_n(sb, "Heap escapes", st->heap_escapes);
	fact_n(sb, "Moved to heap", st->moved_to_heap);
	fact_n(sb, "Leaking params", st->leaking_params);
	fact_n(sb, "Does not escape", st->does_not_escape);
	fact_n(sb, "Explanations", st->explanations);
	fact_n(sb, "Inlined call sites", st->inlined_calls);
	sbuf_addstr(sb, "</dl>\n");
}

static const struct report_ctx *sort_ctx; /* qsort has no context argument */

static int64_t pkg_heap(size_t i)
{
	return sort_ctx->pkgs[i].c.heap_escapes + sort_ctx->pkgs[i].c.moved_to_heap;
}

static int64_t fn_heap(size_t i)
{
	return sort_ctx->fns[i].c.heap_escapes + sort_ctx->fns[i].c.moved_to_heap;
}

static int by_pkg_heap(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int64_t d = pkg_heap(y) - pkg_heap(x);
	return d ? (d > 0 ? 1 : -1) : (x > y) - (x < y);
}

static int by_fn_heap(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int64_t d = fn_heap(y) - fn_heap(x);
	return d ? (d > 0 ? 1 : -1) : (x > y) - (x < y);
}

/* The top 15 packages and functions by heap allocations, as charts. */
static void charts(struct report_ctx *c, struct sbuf *sb)
{
	size_t n = c->n_pkgs > c->n_fns ? c->n_pkgs : c->n_fns, k;
	size_t *order = xcalloc(n + 1, sizeof(*order));
	struct bar bars[15];

	sort_ctx = c;
	for (size_t i = 0; i < c->n_pkgs; i++)
		order[i] = i;
	qsort(order, c->n_pkgs, sizeof(*order), by_pkg_heap);
	for (k = 0; k < 15 && k < c->n_pkgs && pkg_heap(order[k]) > 0; k++)
		bars[k] = (struct bar){ c->pkgs[order[k]].path, c->pkg_page[order[k]],
					c->pkgs[order[k]].c.heap_escapes,
					c->pkgs[order[k]].c.moved_to_heap, 1 };
	if (k)
		report_chart(sb, "Packages with the most heap allocations", "escapes to heap",
			     "moved to heap", bars, k);
	for (size_t i = 0; i < c->n_fns; i++)
		order[i] = i;
	qsort(order, c->n_fns, sizeof(*order), by_fn_heap);
	for (k = 0; k < 15 && k < c->n_fns && fn_heap(order[k]) > 0; k++)
		bars[k] = (struct bar){ c->fns[order[k]].name, c->fn_page[order[k]],
					c->fns[order[k]].c.heap_escapes,
					c->fns[order[k]].c.moved_to_heap };
	if (k)
		report_chart(sb, "Functions with the most heap allocations", "escapes to heap",
			     "moved to heap", bars, k);
	free(order);
}

/* The build's escapes, moves and leaks by cause (docs/causes.md). */
static void causes_chart(struct report_ctx *c, struct sbuf *sb)
{
	const struct cause_counts *cc = c->st->causes;
	char anchor[CAUSE__COUNT][24]; /* "#cause-address" */
	struct bar bars[CAUSE__COUNT];
	size_t k = 0;
	if (!cc || !cc->total)
		return;
	/* each bar links to what its cause means, below the chart */
	for (int i = 0; i < CAUSE__COUNT; i++) {
		snprintf(anchor[i], sizeof(anchor[i]), "#cause-%s", cause_name((enum cause)i));
		if (cc->n[i])
			bars[k++] = (struct bar){ cause_name((enum cause)i), anchor[i],
						  cc->n[i] - cc->inferred_n[i], cc->inferred_n[i], 0 };
	}
	sbuf_addf(sb, "<h2 id=\"causes\">Causes</h2>\n<p>Why the build's %lld escapes, moves "
		  "and leaks happen, each counted once, by its primary cause. A verdict without "
		  "explanation (<code>-m=1</code>) is classified by its text alone (inferred). Each "
		  "function page tags its events; <code>escviz ls --cause C</code> lists them, and "
		  "<code>escviz why</code> says what usually removes each.</p>\n",
		  (long long)cc->total);
	report_chart(sb, "Escapes, moves and leaks by cause", "from the explanation",
		     "inferred from the verdict", bars, k);
	sbuf_addstr(sb, "<dl class=\"facts\">");
	for (int i = 0; i < CAUSE__COUNT; i++)
		if (cc->n[i]) {
			sbuf_addf(sb, "<dt id=\"%s\">%s</dt><dd>", anchor[i] + 1,
				  cause_name((enum cause)i));
			report_html(sb, cause_meaning((enum cause)i));
			sbuf_addstr(sb, ". What usually helps: ");
			report_html(sb, cause_advice((enum cause)i));
			sbuf_addstr(sb, ".</dd>");
		}
	sbuf_addstr(sb, "</dl>\n");
}

static void package_row(struct sbuf *sb, const struct report_package *p, const char *page)
{
	sbuf_addstr(sb, "<tr><td data-s=\"");
	report_html(sb, p->path);
	sbuf_addstr(sb, "\"><a href=\"");
	report_href(sb, page);
	sbuf_addstr(sb, "\"><code>");
	report_short_path(sb, *p->path ? p->path : "(no package header)", REPORT_PATH_MAX);
	sbuf_addstr(sb, "</code></a></td><td>");
	report_html(sb, p->variant);
	sbuf_addstr(sb, "</td>");
	report_num_td(sb, p->c.functions);
	report_num_td(sb, p->c.heap_escapes);
	report_num_td(sb, p->c.moved_to_heap);
	report_num_td(sb, p->c.leaking_params);
	report_pct_td(sb, p->c.inlinable, p->c.decided);
	sbuf_addstr(sb, "</tr>\n");
}

static int index_page(struct report_ctx *c, struct sbuf *err)
{
	struct sbuf sb = SBUF_INIT;
	int rc;

	report_page_begin(&sb, "summary", "");
	sbuf_addstr(&sb, "<h1>escviz report");
	if (c->st->info.label) {
		sbuf_addstr(&sb, ": ");
		report_html(&sb, c->st->info.label);
	}
	sbuf_addstr(&sb, "</h1>\n");
	summary(&sb, c->st, c->n_fns, c->n_folded);
	report_prof_index(c, &sb);
	sbuf_addstr(&sb, "<h2 id=\"charts\">Heap allocations</h2>\n");
	charts(c, &sb);
	causes_chart(c, &sb);
	report_near_index(c, &sb);
	sbuf_addstr(&sb, "<h2 id=\"legend\">How to read a diagram</h2>\n<p>Each function page "
		    "draws the places its values live in and the flows between them. What escapes "
		    "has a red double border and says so in its label (&ldquo;escapes to heap&rdquo;, "
		    "&ldquo;moved to heap&rdquo;, &ldquo;leaks&rdquo;). The heap is a filled red octagon; a "
		    "parameter an inverted house; a result a house; an allocation a 3-D box. An arrow "
		    "is a flow, labelled with its operator (&amp;: address-of, with a hollow-dot head) "
		    "and reasons; dashed arrows come from a verdict without explanation or pass "
		    "through an inlined call; dashed grey arrows labelled &ldquo;N hops&rdquo; stand "
		    "for paths through places left out to keep the diagram readable. Hover an arrow "
		    "for its first steps; the page's events table lists them all. A function with "
		    "no flow to draw gets no diagram, and its page says so.</p>\n");
	sbuf_addf(&sb, "<h2 id=\"packages\">Packages (%zu)</h2>\n", c->n_pkgs);
	report_filter(&sb, "packages-table", "packages");
	sbuf_addstr(&sb, "<table class=\"sortable\" id=\"packages-table\"><caption class=\"note\">"
		    "Click a column title to sort. Inlinable: share of the functions with an "
		    "inlining decision that can be inlined.</caption><thead><tr><th>Package</th>"
		    "<th>Variant</th><th class=\"n\">Functions</th><th class=\"n\">Heap escapes</th>"
		    "<th class=\"n\">Moved to heap</th><th class=\"n\">Leaking params</th>"
		    "<th class=\"n\">Inlinable</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < c->n_pkgs; i++)
		package_row(&sb, &c->pkgs[i], c->pkg_page[i]);
	sbuf_addf(&sb, "</tbody></table>\n<p class=\"note\">Generated by escviz %s.</p>\n",
		  ESCVIZ_VERSION);
	report_page_end(&sb, "");
	rc = report_write(c, "index.html", &sb, err);
	sbuf_release(&sb);
	return rc;
}

static void function_row(struct sbuf *sb, const struct report_function *f, const char *page)
{
	const char *id = row_id(page);

	if (id) { /* folded: the row is all there is, and links lead here */
		sbuf_addf(sb, "<tr id=\"%s\" class=\"folded\"><td><code>", id);
		report_html(sb, model_func_shown(f->name));
		sbuf_addstr(sb, "</code>");
	} else {
		sbuf_addstr(sb, "<tr><td><a href=\"../");
		report_href(sb, page);
		sbuf_addstr(sb, "\"><code>");
		report_html(sb, model_func_shown(f->name));
		sbuf_addstr(sb, "</code></a>");
	}
	sbuf_addf(sb, "</td><td data-v=\"%lld\"><code>", (long long)f->pos.line);
	report_pos(sb, f->pos.file, f->pos.line, 0, "-");
	sbuf_addstr(sb, "</code></td>");
	report_num_td(sb, f->c.heap_escapes);
	report_num_td(sb, f->c.moved_to_heap);
	report_num_td(sb, f->c.leaking_params);
	report_num_td(sb, f->c.does_not_escape);
	sbuf_addf(sb, "<td>%s</td>", f->inlinable == 1 ? "yes" : f->inlinable == 0 ? "no" : "-");
	if (f->cost >= 0)
		report_num_td(sb, f->cost);
	else
		sbuf_addstr(sb, "<td class=\"n\" data-v=\"-1\">-</td>");
	sbuf_addstr(sb, "</tr>\n");
}

static void package_head(struct sbuf *sb, const struct report_package *p)
{
	sbuf_addstr(sb, "<h1>Package <code>");
	report_html(sb, *p->path ? p->path : "(no package header)");
	sbuf_addstr(sb, "</code>");
	if (*p->variant) {
		sbuf_addstr(sb, " [");
		report_html(sb, p->variant);
		sbuf_addstr(sb, "]");
	}
	sbuf_addstr(sb, "</h1>\n<dl class=\"facts\">");
	fact_n(sb, "Functions", p->c.functions);
	fact_n(sb, "Heap escapes", p->c.heap_escapes);
	fact_n(sb, "Moved to heap", p->c.moved_to_heap);
	fact_n(sb, "Leaking params", p->c.leaking_params);
	fact_n(sb, "Does not escape", p->c.does_not_escape);
	sbuf_addstr(sb, "<dt>Inlinable</dt><dd>");
	report_pct(sb, p->c.inlinable, p->c.decided);
	sbuf_addstr(sb, "</dd></dl>\n");
	if (p->unattributed)
		sbuf_addf(sb, "<p class=\"note\">%lld events of this package are in no known "
			  "function (<code>?</code>): generated wrappers, lines without a position, "
			  "or a log without the Go source at hand (<code>escviz ingest --src "
			  "DIR</code> places them; so does a <code>-m=2</code> build, by its "
			  "declarations). <code>escviz ls</code> lists them.</p>\n",
			  (long long)p->unattributed);
}

static int package_page(struct report_ctx *c, size_t i, size_t first, struct sbuf *err)
{
	const struct report_package *p = &c->pkgs[i];
	struct sbuf sb = SBUF_INIT;
	size_t folded = 0;
	int rc;

	report_page_begin(&sb, *p->path ? p->path : "(no package header)", "../");
	package_head(&sb, p);
	sbuf_addstr(&sb, "<h2 id=\"functions\">Functions</h2>\n");
	for (size_t k = first; k < c->n_fns && c->fns[k].package_id == p->id; k++)
		folded += !c->has_page[k];
	if (folded)
		sbuf_addf(&sb, "<p class=\"note\" id=\"folded\">%zu function%s with nothing to "
			  "show (no escape, no leak, no notable inlining decision) %s listed in the "
			  "table, without %s: %s name is not a link.</p>\n", folded,
			  folded == 1 ? "" : "s", folded == 1 ? "is" : "are",
			  folded == 1 ? "a page" : "pages", folded == 1 ? "its" : "their");
	report_filter(&sb, "functions-table", "functions");
	sbuf_addstr(&sb, "<table class=\"sortable\" id=\"functions-table\"><thead><tr>"
		    "<th>Function</th><th>Declared</th><th class=\"n\">Heap escapes</th>"
		    "<th class=\"n\">Moved to heap</th><th class=\"n\">Leaking params</th>"
		    "<th class=\"n\">Does not escape</th><th>Inlinable</th>"
		    "<th class=\"n\">Cost</th></tr></thead><tbody>\n");
	for (size_t k = first; k < c->n_fns && c->fns[k].package_id == p->id; k++)
		function_row(&sb, &c->fns[k], c->fn_page[k]);
	sbuf_addstr(&sb, "</tbody></table>\n");
	report_page_end(&sb, "../");
	rc = report_write(c, c->pkg_page[i], &sb, err);
	sbuf_release(&sb);
	return rc;
}

static size_t first_function(const struct report_ctx *c, int64_t pkg)
{
	size_t lo = 0, hi = c->n_fns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->fns[mid].package_id < pkg)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int all_pages(struct report_ctx *c, struct sbuf *err)
{
	int rc = report_write_assets(c, err);
	if (!rc)
		rc = report_nav_write_index(c, err);
	if (!rc)
		rc = index_page(c, err);
	if (!rc)
		rc = report_near_page(c, err);
	for (size_t i = 0; i < c->n_pkgs && !rc; i++)
		rc = package_page(c, i, first_function(c, c->pkgs[i].id), err);
	if (!rc)
		rc = report_function_pages(c, err);
	return rc;
}

static void ctx_release(struct report_ctx *c)
{
	for (size_t i = 0; c->pkg_page && i < c->n_pkgs; i++)
		free(c->pkg_page[i]);
	for (size_t i = 0; c->fn_page && i < c->n_fns; i++)
		free(c->fn_page[i]);
	free(c->pkg_page);
	free(c->fn_page);
	free(c->has_page);
	render_graph_free(c->gr);
	report_prof_release(c);
	report_nav_release(c);
}

int render_report(const struct report_source *src, const struct report_opts *o,
		  struct report_result *res, struct sbuf *err)
{
	struct report_ctx c = { .src = src, .o = o, .res = res, .st = src->stats,
				.pkgs = src->pkgs, .n_pkgs = src->n_pkgs,
				.fns = src->fns, .n_fns = src->n_fns, .prof = src->prof,
				.fn_names = STRMAP_INIT };
	int rc;

	memset(res, 0, sizeof(*res));
	if ((rc = make_dirs(o->out_dir, err)) < 0 || (rc = render_graph_new_svg(&c.gr, err)) < 0)
		goto out;
	report_fold_init(&c);
	name_pages(&c);
	res->fn_pages = c.n_fns - c.n_folded;
	res->folded = c.n_folded;
	report_prof_init(&c);
	report_nav_init(&c);
	rc = all_pages(&c, err);
out:
	ctx_release(&c);
	return rc;
}
