/*
 * The report's near misses of the inliner (analysis/near.h, the lists of
 * `escviz funcs --near-budget N`): a short section on the index, and the
 * page near.html with both lists, each function linked to its page.
 * Nothing but the section's "no costs" sentence when the build printed no
 * inlining cost (a -m=1 log).
 */
#include "render/render_report_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_near.h"

#define NEAR_PAGE "near.html"
#define INDEX_ROWS 5 /* closest of each list shown on the index */

static int by_id(const void *a, const void *b)
{
	int64_t x = ((const struct id_index *)a)->id, y = ((const struct id_index *)b)->id;
	return (x > y) - (x < y);
}

/* The function pages by function id (sorted; the caller frees). */
static struct id_index *page_ids(const struct report_ctx *c)
{
	struct id_index *v = xcalloc(c->n_fns + 1, sizeof(*v));
	for (size_t i = 0; i < c->n_fns; i++)
		v[i] = (struct id_index){ c->fns[i].id, i };
	qsort(v, c->n_fns, sizeof(*v), by_id);
	return v;
}

static const char *page_of(const struct report_ctx *c, const struct id_index *ids, int64_t id)
{
	struct id_index key = { id, 0 };
	const struct id_index *hit = bsearch(&key, ids, c->n_fns, sizeof(*ids), by_id);
	return hit ? c->fn_page[hit->i] : NULL;
}

static int has_list(const struct report_ctx *c)
{
	return c->src->near && c->src->near->n_costs;
}

static void fn_link(struct sbuf *sb, const struct report_ctx *c, const struct id_index *ids,
		    const struct near_fn *f, const char *up)
{
	const char *page = page_of(c, ids, f->f->id);
	if (page) {
		sbuf_addf(sb, "<a href=\"%s", up);
		report_href(sb, page);
		sbuf_addstr(sb, "\">");
	}
	sbuf_addstr(sb, "<code>");
	report_html(sb, model_func_shown(f->f->name));
	sbuf_addstr(sb, "</code>");
	if (page)
		sbuf_addstr(sb, "</a>");
}

/* Long generic names wrap anywhere rather than widen the page. */
#define WRAP " style=\"overflow-wrap:anywhere\""

static void row(struct sbuf *sb, const struct report_ctx *c, const struct id_index *ids,
		const struct near_fn *f, int over, const char *up)
{
	sbuf_addstr(sb, "<tr><td" WRAP);
	if (over && f->f->reason) {
		sbuf_addstr(sb, " title=\"");
		report_html(sb, f->f->reason);
		sbuf_addch(sb, '"');
	}
	sbuf_addstr(sb, ">");
	fn_link(sb, c, ids, f, up);
	sbuf_addstr(sb, "</td>");
	report_num_td(sb, f->margin);
	report_num_td(sb, f->f->cost);
	report_num_td(sb, f->budget);
	sbuf_addstr(sb, "<td" WRAP "><code>");
	report_html(sb, f->f->package);
	sbuf_addstr(sb, "</code>");
	if (f->f->variant && *f->f->variant) {
		sbuf_addstr(sb, " [");
		report_html(sb, f->f->variant);
		sbuf_addstr(sb, "]");
	}
	sbuf_addf(sb, "</td><td" WRAP " data-v=\"%lld\"><code>", (long long)f->f->line);
	report_pos(sb, f->f->file, f->f->line, f->f->col, "-");
	sbuf_addstr(sb, "</code></td></tr>\n");
}

/* One list as a table; n rows of v (at most all), table id id (or NULL). */
static void table(struct sbuf *sb, const struct report_ctx *c, const struct id_index *ids,
		  const struct near_fn *v, size_t n, int over, const char *id, const char *up)
{
	sbuf_addstr(sb, "<table class=\"sortable\"");
	if (id)
		sbuf_addf(sb, " id=\"%s\"", id);
	sbuf_addf(sb, "><thead><tr><th>Function</th><th class=\"n\">%s</th>"
		  "<th class=\"n\">Cost</th><th class=\"n\">Budget</th><th>Package</th>"
		  "<th>Declared</th></tr></thead><tbody>\n", over ? "Over by" : "Headroom");
	for (size_t i = 0; i < n; i++)
		row(sb, c, ids, &v[i], over, up);
	sbuf_addstr(sb, "</tbody></table>\n");
}

/* What the headroom is measured against, as a sentence. */
static void budget_note(struct sbuf *sb, const struct near_list *l)
{
	sbuf_addf(sb, "The compiler does not print the budget of an inlinable function: "
		  "headroom is against %lld, ", (long long)l->budget);
	if (l->budget_printed)
		sbuf_addstr(sb, "the budget this build's &ldquo;exceeds budget&rdquo; lines print most "
			    "often.");
	else
		sbuf_addstr(sb, "the compiler's default (this build prints no budget).");
	sbuf_addstr(sb, " An inlinable function that costs more was given a larger budget "
		    "(closures called once, PGO) and is not listed.");
}

void report_near_index(struct report_ctx *c, struct sbuf *sb)
{
	const struct near_list *l = c->src->near;
	struct id_index *ids;

	if (!l)
		return;
	sbuf_addstr(sb, "<h2 id=\"near\">Near the inlining budget</h2>\n");
	if (!has_list(c)) {
		sbuf_addstr(sb, "<p class=\"note\">The build printed no inlining cost: costs "
			    "are printed at <code>-m=2</code> (<code>-gcflags='-m -m'</code>).</p>\n");
		return;
	}
	ids = page_ids(c);
	sbuf_addf(sb, "<p>%zu function%s missed the inlining budget by at most %lld, and "
		  "%zu inlinable one%s %s within %lld of it. <a href=\"" NEAR_PAGE "\">All of "
		  "them</a>; the closest:</p>\n", l->n_over, l->n_over == 1 ? "" : "s",
		  (long long)l->within, l->n_headroom, l->n_headroom == 1 ? "" : "s",
		  l->n_headroom == 1 ? "is" : "are", (long long)l->within);
	if (l->n_over)
		table(sb, c, ids, l->over, l->n_over < INDEX_ROWS ? l->n_over : INDEX_ROWS, 1,
		      NULL, "");
	if (l->n_headroom)
		table(sb, c, ids, l->headroom,
		      l->n_headroom < INDEX_ROWS ? l->n_headroom : INDEX_ROWS, 0, NULL, "");
	free(ids);
}

int report_near_page(struct report_ctx *c, struct sbuf *err)
{
	const struct near_list *l = c->src->near;
	struct sbuf sb = SBUF_INIT;
	struct id_index *ids;
	int rc;

	if (!has_list(c))
		return 0;
	ids = page_ids(c);
	report_page_begin(&sb, "Near the inlining budget", "");
	sbuf_addstr(&sb, "<h1>Near the inlining budget</h1>\n");
	sbuf_addf(&sb, "<p>Functions within %lld of the inliner's budget, closest first "
		  "(<code>escviz funcs --near-budget %lld</code> lists the same).</p>\n",
		  (long long)l->within, (long long)l->within);
	sbuf_addf(&sb, "<h2 id=\"over\">Missed the budget by at most %lld (%zu)</h2>\n"
		  "<p class=\"note\">The compiler refused them: &ldquo;function too complex: cost C "
		  "exceeds budget B&rdquo;, with C &minus; B at most %lld; a function's line, word "
		  "for word, is its name's tooltip.</p>\n",
		  (long long)l->within, l->n_over, (long long)l->within);
	if (l->n_over) {
		report_filter(&sb, "over-table", "functions");
		table(&sb, c, ids, l->over, l->n_over, 1, "over-table", "");
	}
	sbuf_addf(&sb, "<h2 id=\"headroom\">Inlinable within %lld of the budget (%zu)</h2>\n"
		  "<p class=\"note\">", (long long)l->within, l->n_headroom);
	budget_note(&sb, l);
	sbuf_addstr(&sb, "</p>\n");
	if (l->n_headroom) {
		report_filter(&sb, "headroom-table", "functions");
		table(&sb, c, ids, l->headroom, l->n_headroom, 0, "headroom-table", "");
	}
	report_page_end(&sb, "");
	rc = report_write(c, NEAR_PAGE, &sb, err);
	sbuf_release(&sb);
	free(ids);
	return rc;
}
