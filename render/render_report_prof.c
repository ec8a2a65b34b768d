/*
 * The report's parts that come from the build's profiles (escviz profile):
 * on the index, the escape verdicts ranked by the bytes the heap profiles
 * saw them allocate, with the matched share and a hot badge, and the hot
 * call sites of the CPU profiles to functions the compiler did not inline;
 * on the function pages, each verdict's bytes.  Nothing here when the
 * build has no profile.
 */
#include "render/render_report_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"

#define TOP_ALLOCS 50 /* verdicts listed on the index */
#define TOP_CALLS 50  /* hot calls listed on the index */

static int by_id(const void *a, const void *b)
{
	int64_t x = ((const struct id_index *)a)->id, y = ((const struct id_index *)b)->id;
	return (x > y) - (x < y);
}

/* The row of id in v (sorted by id), or SIZE_MAX. */
static size_t find_id(const struct id_index *v, size_t n, int64_t id)
{
	struct id_index key = { id, 0 };
	const struct id_index *hit = id && v ? bsearch(&key, v, n, sizeof(*v), by_id) : NULL;
	return hit ? hit->i : SIZE_MAX;
}

void report_prof_init(struct report_ctx *c)
{
	const struct report_profiles *p = c->prof;
	struct sbuf legend = SBUF_INIT;

	if (!p)
		return;
	c->fn_ids = xcalloc(c->n_fns + 1, sizeof(*c->fn_ids));
	for (size_t i = 0; i < c->n_fns; i++)
		c->fn_ids[i] = (struct id_index){ c->fns[i].id, i };
	qsort(c->fn_ids, c->n_fns, sizeof(*c->fn_ids), by_id);
	c->alloc_ids = xcalloc(p->n_allocs + 1, sizeof(*c->alloc_ids));
	for (size_t i = 0; i < p->n_allocs; i++)
		c->alloc_ids[i] = (struct id_index){ p->allocs[i].id, i };
	qsort(c->alloc_ids, p->n_allocs, sizeof(*c->alloc_ids), by_id);

	if (p->hot.bytes > 0) {
		sbuf_addstr(&legend, "allocated at least ");
		sbuf_add_bytes(&legend, p->hot.bytes);
		sbuf_addstr(&legend, " (");
		report_count(&legend, p->hot.bytes);
		sbuf_addstr(&legend, " bytes), the cutoff of --hot-threshold ");
		hot_threshold_describe(&p->threshold, &legend);
	} else {
		sbuf_addstr(&legend, "nothing is hot: the heap profiles saw no bytes");
	}
	c->hot_legend = sbuf_detach(&legend, NULL);
}

void report_prof_release(struct report_ctx *c)
{
	free(c->fn_ids);
	free(c->alloc_ids);
	free(c->hot_legend);
}

int report_prof_heap(const struct report_ctx *c)
{
	return c->prof && c->prof->totals.heap_profiles > 0;
}

/* The hot badge, when bytes is hot; whether it is. */
static int hot_badge(const struct report_ctx *c, struct sbuf *sb, int64_t bytes)
{
	if (!hot_is(bytes, c->prof->hot.bytes))
		return 0;
	sbuf_addstr(sb, "<span class=\"hot\" title=\"hot: ");
	report_html(sb, c->hot_legend);
	sbuf_addstr(sb, "\">hot</span>");
	return 1;
}

/* A cell sorted by hotness, with the badge. */
static void hot_td(const struct report_ctx *c, struct sbuf *sb, int64_t bytes)
{
	sbuf_addf(sb, "<td data-v=\"%d\">", hot_is(bytes, c->prof->hot.bytes));
	hot_badge(c, sb, bytes);
	sbuf_addstr(sb, "</td>");
}

/* The start of a cell sorted by bytes, the exact count in its title. */
static void bytes_td_open(struct sbuf *sb, int64_t bytes)
{
	sbuf_addf(sb, "<td class=\"n\" data-v=\"%lld\" title=\"", (long long)bytes);
	report_count(sb, bytes);
	sbuf_addstr(sb, " bytes\">");
}

/* "80,016", sorted by the count. */
static void count_td(struct sbuf *sb, int64_t v)
{
	sbuf_addf(sb, "<td class=\"n\" data-v=\"%lld\">", (long long)v);
	report_count(sb, v);
	sbuf_addstr(sb, "</td>");
}

/* "20.5 MB" */
static void bytes_td(struct sbuf *sb, int64_t bytes)
{
	bytes_td_open(sb, bytes);
	sbuf_add_bytes(sb, bytes);
	sbuf_addstr(sb, "</td>");
}

/* "auto (the sites covering 99%)", HTML. */
static void threshold_html(const struct report_profiles *p, struct sbuf *sb)
{
	struct sbuf t = SBUF_INIT;
	hot_threshold_describe(&p->threshold, &t);
	report_html(sb, t.buf);
	sbuf_release(&t);
}

/* A function of the build, linked to its page when it has one (name raw). */
static void function_link(const struct report_ctx *c, struct sbuf *sb, int64_t id,
			  const char *name)
{
	size_t k = find_id(c->fn_ids, c->n_fns, id);
	if (k == SIZE_MAX) {
		sbuf_addstr(sb, "<code>");
		report_html(sb, name ? model_func_shown(name) : "-");
		sbuf_addstr(sb, "</code>");
		return;
	}
	sbuf_addstr(sb, "<a href=\"");
	report_href(sb, c->fn_page[k]);
	sbuf_addstr(sb, "\"><code>");
	report_html(sb, model_func_shown(c->fns[k].name));
	sbuf_addstr(sb, "</code></a>");
}

static void alloc_row(const struct report_ctx *c, struct sbuf *sb, size_t rank,
		      const struct event_row *e)
{
	sbuf_addf(sb, "<tr><td class=\"n\" data-v=\"%zu\">%zu</td>", rank, rank);
	bytes_td(sb, e->alloc_bytes);
	report_pct_td(sb, e->alloc_bytes, c->prof->totals.total_bytes);
	count_td(sb, e->alloc_objects);
	hot_td(c, sb, e->alloc_bytes);
	sbuf_addstr(sb, "<td>");
	function_link(c, sb, e->function_id, e->function);
	sbuf_addf(sb, "</td><td data-v=\"%lld\"><code>", (long long)e->line);
	report_pos(sb, e->file, e->line, e->col, "-");
	sbuf_addstr(sb, "</code></td><td>");
	report_kind_tag(sb, e->kind);
	sbuf_addstr(sb, "</td><td><code>");
	report_html(sb, e->subject);
	sbuf_addstr(sb, "</code></td></tr>\n");
}

/* "38.1 MB in 105,650 objects; 94.1 % joined to 3 escape verdicts, 5.9 % to none." */
static void matched_share(const struct report_profiles *p, struct sbuf *sb)
{
	const struct prof_totals *t = &p->totals;
	sbuf_addstr(sb, "<p>The heap profiles");
	if (t->heap_profiles > 1)
		sbuf_addf(sb, " (%lld)", (long long)t->heap_profiles);
	sbuf_addstr(sb, " saw ");
	sbuf_add_bytes(sb, t->total_bytes);
	sbuf_addstr(sb, " in ");
	report_count(sb, t->total_objects);
	sbuf_addstr(sb, " objects; ");
	report_pct(sb, t->matched_bytes, t->total_bytes);
	sbuf_addf(sb, " of the bytes joined to %zu escape verdict%s, ", p->n_allocs,
		  p->n_allocs == 1 ? "" : "s");
	report_pct(sb, t->total_bytes - t->matched_bytes, t->total_bytes);
	sbuf_addstr(sb, " to none (code this log has no verdict for: the runtime, the "
		    "profiler, other packages).</p>\n");
}

static void allocs_section(struct report_ctx *c, struct sbuf *sb)
{
	const struct report_profiles *p = c->prof;
	size_t n = p->n_allocs < TOP_ALLOCS ? p->n_allocs : TOP_ALLOCS;
	int64_t rest = 0;

	sbuf_addstr(sb, "<h2 id=\"allocations\">Allocations measured by the profiles</h2>\n");
	matched_share(p, sb);
	if (!n)
		return;
	sbuf_addstr(sb, "<table class=\"sortable prof\" id=\"allocations-table\"><caption class=\"note\">"
		    "The escape verdicts ranked by the bytes the heap profiles saw them "
		    "allocate. Share: of all the profiles' bytes.</caption><thead><tr>"
		    "<th class=\"n\">#</th><th class=\"n\">Bytes</th><th class=\"n\">Share</th>"
		    "<th class=\"n\">Objects</th><th>Hot</th><th>Function</th><th>Position</th>"
		    "<th>Verdict</th><th>Subject</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < n; i++)
		alloc_row(c, sb, i + 1, &p->allocs[i]);
	sbuf_addstr(sb, "</tbody></table>\n");
	for (size_t i = n; i < p->n_allocs; i++)
		rest += p->allocs[i].alloc_bytes;
	if (n < p->n_allocs) {
		sbuf_addf(sb, "<p class=\"note\">%zu more verdicts allocated ", p->n_allocs - n);
		sbuf_add_bytes(sb, rest);
		sbuf_addstr(sb, " (");
		report_pct(sb, rest, p->totals.total_bytes);
		sbuf_addstr(sb, "); <code>escviz ls --kind heap --sort bytes</code> lists them "
			    "all.</p>\n");
	}
	sbuf_addstr(sb, "<p class=\"note\"><span class=\"hot\">hot</span> ");
	report_html(sb, c->hot_legend);
	sbuf_addstr(sb, ".</p>\n");
}

/* The profile's file is absolute: its name shown, the path in the title. */
static void call_row(const struct report_ctx *c, struct sbuf *sb, const struct prof_hot_call *h)
{
	struct sbuf what = SBUF_INIT;
	const char *slash = strrchr(h->file, '/'), *base = slash && slash[1] ? slash + 1 : h->file;

	prof_hot_call_describe(h, &what);
	sbuf_addstr(sb, "<tr><td>");
	report_html(sb, what.buf);
	sbuf_addstr(sb, "</td><td>");
	function_link(c, sb, h->caller_id, h->caller);
	sbuf_addf(sb, "</td><td data-v=\"%ld\" title=\"", h->line);
	report_html(sb, h->file);
	sbuf_addstr(sb, "\"><code>");
	report_pos(sb, base, h->line, 0, "-");
	sbuf_addf(sb, "</code></td><td class=\"n\" data-v=\"%lld\">", (long long)h->cum);
	sbuf_add_nanos(sb, h->cum);
	sbuf_addstr(sb, "</td>");
	report_pct_td(sb, h->cum, c->prof->totals.total_cpu);
	sbuf_addstr(sb, "</tr>\n");
	sbuf_release(&what);
}

static void calls_section(struct report_ctx *c, struct sbuf *sb)
{
	const struct report_profiles *p = c->prof;
	size_t n = p->n_calls < TOP_CALLS ? p->n_calls : TOP_CALLS;

	sbuf_addstr(sb, "<h2 id=\"hot-calls\">Hot calls not inlined</h2>\n<p>The CPU profiles "
		    "saw ");
	sbuf_add_nanos(sb, p->totals.total_cpu);
	sbuf_addstr(sb, " of samples. ");
	if (!n) {
		sbuf_addstr(sb, "No hot call site calls a function of the build the compiler "
			    "did not inline.</p>\n");
		return;
	}
	sbuf_addstr(sb, "Below, hottest first, the hot call sites to functions of the build "
		    "the compiler did not inline; hot: at least ");
	sbuf_add_nanos(sb, p->hot.cpu);
	sbuf_addstr(sb, " of CPU time under the call, the cutoff of --hot-threshold ");
	threshold_html(p, sb);
	sbuf_addstr(sb, ".</p>\n"
		    "<table class=\"sortable prof\" id=\"hot-calls-table\"><thead><tr><th>Call</th>"
		    "<th>Caller</th><th>Position</th><th class=\"n\">CPU time</th>"
		    "<th class=\"n\">Share</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < n; i++)
		call_row(c, sb, &p->calls[i]);
	sbuf_addstr(sb, "</tbody></table>\n");
	if (n < p->n_calls)
		sbuf_addf(sb, "<p class=\"note\">%zu more hot calls not inlined.</p>\n",
			  p->n_calls - n);
}

void report_prof_index(struct report_ctx *c, struct sbuf *sb)
{
	if (report_prof_heap(c))
		allocs_section(c, sb);
	if (c->prof && c->prof->totals.cpu_profiles > 0)
		calls_section(c, sb);
}

void report_prof_alloc_td(const struct report_ctx *c, struct sbuf *sb, const struct mevent *e)
{
	size_t k = find_id(c->alloc_ids, c->prof->n_allocs, e->id);
	const struct event_row *a = k == SIZE_MAX ? NULL : &c->prof->allocs[k];

	if (!a) {
		sbuf_addf(sb, "<td class=\"n\" data-v=\"-1\">%s</td>",
			  strcmp(e->kind, "heap_escape") && strcmp(e->kind, "moved_to_heap")
				  ? "" : "none measured");
		return;
	}
	bytes_td_open(sb, a->alloc_bytes);
	if (hot_badge(c, sb, a->alloc_bytes))
		sbuf_addch(sb, ' ');
	sbuf_add_bytes(sb, a->alloc_bytes);
	sbuf_addstr(sb, " in ");
	report_count(sb, a->alloc_objects);
	sbuf_addstr(sb, " objects</td>");
}
