/* The report's page for one function: facts, diagram, events, source. */
#include "render/render_report_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "model/names.h"
#include "render/render_escape.h"

static void pos_text(struct sbuf *sb, const struct mpos *p)
{
	report_pos(sb, p->file, p->line, p->col, "(no position)");
}

static void facts(struct sbuf *sb, const struct mfunc *g, const char *pkg_page)
{
	sbuf_addstr(sb, "<h1>Function <code>");
	report_html(sb, model_func_shown(g->name));
	sbuf_addstr(sb, "</code></h1>\n<dl class=\"facts\"><dt>Package</dt><dd><a href=\"../");
	report_href(sb, pkg_page);
	sbuf_addstr(sb, "\"><code>");
	report_html(sb, g->package);
	sbuf_addstr(sb, "</code></a>");
	if (*g->variant) {
		sbuf_addstr(sb, " [");
		report_html(sb, g->variant);
		sbuf_addstr(sb, "]");
	}
	sbuf_addstr(sb, "</dd><dt>Declared at</dt><dd><code>");
	pos_text(sb, &g->pos);
	sbuf_addstr(sb, "</code></dd><dt>Inlining</dt><dd>");
	if (g->inlinable == 1)
		sbuf_addstr(sb, "can be inlined");
	else if (g->inlinable == 0)
		sbuf_addstr(sb, "cannot be inlined");
	else
		sbuf_addstr(sb, "no decision printed");
	if (g->cost >= 0)
		sbuf_addf(sb, " (cost %lld)", (long long)g->cost);
	if (g->reason) {
		sbuf_addstr(sb, ": ");
		report_html(sb, g->reason);
	}
	sbuf_addstr(sb, "</dd></dl>\n");
}

/* Graphviz's SVG without its XML prolog, named for assistive technology. */
static void inline_svg(struct sbuf *sb, const struct sbuf *svg, const char *name,
		       const struct graph_summary *sum)
{
	const char *start = strstr(svg->buf, "<svg");
	struct sbuf label = SBUF_INIT;

	if (!start)
		return;
	sbuf_addf(&label, "Flow diagram of %s: %zu places, %zu flows, %zu escaping", name,
		  sum->nodes, sum->edges, sum->escaping);
	sbuf_addstr(sb, "<svg role=\"img\" aria-label=\"");
	report_html(sb, label.buf);
	sbuf_addstr(sb, "\"");
	sbuf_add(sb, start + 4, svg->len - (size_t)(start + 4 - svg->buf));
	sbuf_release(&label);
}

static int diagram(struct report_ctx *c, struct sbuf *sb, const struct mfunc *g,
		   struct sbuf *err)
{
	struct graph_opts go = { c->o->max_nodes, c->src->stats->info.go_version, c->src->sigs };
	struct graph_summary sum;
	struct sbuf svg = SBUF_INIT;
	int rc;

	sbuf_addstr(sb, "<h2 id=\"diagram\">Diagram</h2>\n");
	if (!g->n_events && !g->n_inl && !g->n_caps) {
		sbuf_addstr(sb, "<p class=\"note\">No escape-analysis or inlining facts were "
			    "printed for this function.</p>\n");
		return 0;
	}
	if ((rc = render_graph(c->gr, g, &go, "svg", &svg, &sum, err)) < 0)
		goto out;
	sbuf_addstr(sb, "<figure class=\"diagram\">\n");
	inline_svg(sb, &svg, g->name, &sum);
	sbuf_addf(sb, "<figcaption>%zu places and %zu flows; %zu places escape (red, double "
		  "border, and labelled). Heap: filled octagon. Dashed arrows: from a verdict "
		  "without explanation, or through an inlined call. Hover an arrow for its "
		  "steps; the table below lists them all.", sum.nodes, sum.edges, sum.escaping);
	if (sum.omitted_nodes)
		sbuf_addf(sb, " Left out to stay readable: %zu places and %zu flows.",
			  sum.omitted_nodes, sum.omitted_edges);
	if (sum.summaries)
		sbuf_addf(sb, " Each of the %zu dashed grey arrows labelled &ldquo;N hops&rdquo; "
			  "stands for N hops through places left out, on the way from an escaping "
			  "value to the heap; hover it for those places.", sum.summaries);
	sbuf_addstr(sb, "</figcaption></figure>\n");
	c->res->diagrams++;
out:
	sbuf_release(&svg);
	return rc;
}

static void steps_list(struct sbuf *sb, const struct mstep *s, size_t n)
{
	if (!n)
		return;
	sbuf_addstr(sb, "<ol class=\"expl\">");
	for (size_t i = 0; i < n; i++) {
		sbuf_addstr(sb, "<li>from <code>");
		report_html(sb, s[i].expr);
		sbuf_addstr(sb, "</code> (");
		report_html(sb, s[i].reason ? s[i].reason : "?");
		sbuf_addstr(sb, ")");
		if (s[i].pos.file) {
			sbuf_addstr(sb, " at <code>");
			pos_text(sb, &s[i].pos);
			sbuf_addstr(sb, "</code>");
		}
		sbuf_addstr(sb, "</li>");
	}
	sbuf_addstr(sb, "</ol>");
}

static void explanation(struct sbuf *sb, const struct mexpl *x)
{
	sbuf_addstr(sb, "<div class=\"x\">");
	if (!strcmp(x->kind, "param_leak")) {
		sbuf_addstr(sb, "parameter <code>");
		report_html(sb, x->subject);
		sbuf_addstr(sb, "</code> leaks to <code>");
		report_html(sb, x->dest ? x->dest : "?");
		sbuf_addf(sb, "</code> with derefs=%lld:", (long long)x->derefs);
	} else if (!strcmp(x->kind, "chain")) {
		sbuf_addstr(sb, "because:");
	}
	sbuf_addstr(sb, "<ol class=\"expl\">");
	for (size_t i = 0; i < x->n_flows; i++) {
		const struct mflow *f = &x->flows[i];
		sbuf_addstr(sb, "<li>flow: <code>");
		report_html(sb, f->dst);
		sbuf_addstr(sb, " = ");
		report_html(sb, f->ops);
		report_html(sb, f->src);
		sbuf_addstr(sb, "</code>");
		steps_list(sb, f->steps, f->n_steps);
		sbuf_addstr(sb, "</li>");
	}
	sbuf_addstr(sb, "</ol>");
	steps_list(sb, x->steps, x->n_steps);
	if (x->truncated)
		sbuf_addstr(sb, "<p class=\"note\">(the compiler truncated this explanation)</p>");
	sbuf_addstr(sb, "</div>");
}

static void event_row(const struct report_ctx *c, struct sbuf *sb, const struct mfunc *g,
		      const struct mevent *e)
{
	size_t shown = 0;

	sbuf_addf(sb, "<tr><td data-v=\"%lld.%06lld\"><code>", (long long)e->pos.line,
		  (long long)e->pos.col);
	pos_text(sb, &e->pos);
	sbuf_addstr(sb, "</code></td><td>");
	report_kind_tag(sb, e->kind);
	sbuf_addstr(sb, "</td><td><code>");
	report_html(sb, e->subject);
	sbuf_addstr(sb, "</code>");
	if (e->target) {
		sbuf_addstr(sb, " to <code>");
		report_html(sb, e->target);
		sbuf_addstr(sb, "</code>");
	}
	if (e->level >= 0)
		sbuf_addf(sb, " level=%lld", (long long)e->level);
	if (e->count > 1)
		sbuf_addf(sb, " (printed %lld times)", (long long)e->count);
	sbuf_addstr(sb, "</td>");
	if (report_prof_heap(c))
		report_prof_alloc_td(c, sb, e);
	sbuf_addstr(sb, "<td>");
	for (size_t i = 0; i < g->n_expls; i++)
		if (g->expls[i].event_id == e->id && ++shown)
			explanation(sb, &g->expls[i]);
	if (!shown)
		sbuf_addstr(sb, "<span class=\"note\">no explanation printed</span>");
	sbuf_addstr(sb, "</td></tr>\n");
}

static void events_table(const struct report_ctx *c, struct sbuf *sb, const struct mfunc *g)
{
	sbuf_addf(sb, "<h2 id=\"events\">Events (%zu)</h2>\n", g->n_events);
	if (!g->n_events)
		return;
	sbuf_addstr(sb, "<table class=\"sortable\" id=\"events-table\"><thead><tr><th>Position</th>"
		    "<th>Verdict</th><th>Subject</th>");
	if (report_prof_heap(c))
		sbuf_addstr(sb, "<th class=\"n\">Allocated (profiles)</th>");
	sbuf_addstr(sb, "<th>Explanation</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < g->n_events; i++)
		event_row(c, sb, g, &g->events[i]);
	sbuf_addstr(sb, "</tbody></table>\n");
}

static void calls_table(struct sbuf *sb, const struct mfunc *g)
{
	if (g->n_inl) {
		sbuf_addf(sb, "<h2 id=\"calls\">Call sites (%zu)</h2>\n<table class=\"sortable\">"
			  "<thead><tr><th>Position</th><th>Callee</th><th>Inlined</th></tr></thead>"
			  "<tbody>\n", g->n_inl);
		for (size_t i = 0; i < g->n_inl; i++) {
			sbuf_addstr(sb, "<tr><td><code>");
			pos_text(sb, &g->inl[i].pos);
			sbuf_addstr(sb, "</code></td><td><code>");
			report_html(sb, g->inl[i].callee);
			sbuf_addstr(sb, g->inl[i].inlined ? "</code></td><td>yes" : "</code></td><td>no: ");
			report_html(sb, g->inl[i].reason ? g->inl[i].reason : "");
			sbuf_addstr(sb, "</td></tr>\n");
		}
		sbuf_addstr(sb, "</tbody></table>\n");
	}
	if (!g->n_caps)
		return;
	sbuf_addf(sb, "<h2 id=\"captures\">Captured variables (%zu)</h2>\n<table><thead><tr>"
		  "<th>Position</th><th>Variable</th><th>How</th></tr></thead><tbody>\n", g->n_caps);
	for (size_t i = 0; i < g->n_caps; i++) {
		sbuf_addstr(sb, "<tr><td><code>");
		pos_text(sb, &g->caps[i].pos);
		sbuf_addstr(sb, "</code></td><td><code>");
		report_html(sb, g->caps[i].variable);
		sbuf_addstr(sb, g->caps[i].by_ref ? "</code></td><td>by reference</td></tr>\n"
						  : "</code></td><td>by value</td></tr>\n");
	}
	sbuf_addstr(sb, "</tbody></table>\n");
}

/* The diagnostics printed at line ln of the function's file. */
static int line_notes(struct sbuf *sb, const struct mfunc *g, int64_t ln)
{
	int any = 0;
	for (size_t i = 0; i < g->n_events; i++) {
		const struct mevent *e = &g->events[i];
		if (e->pos.line != ln || !mpos_same_file(&e->pos, &g->pos))
			continue;
		report_kind_tag(sb, e->kind);
		sbuf_addstr(sb, " <code>");
		report_html(sb, e->subject);
		sbuf_addstr(sb, "</code><br>");
		any = 1;
	}
	for (size_t i = 0; i < g->n_inl; i++) {
		const struct minline *c = &g->inl[i];
		if (c->pos.line != ln || !mpos_same_file(&c->pos, &g->pos))
			continue;
		sbuf_addstr(sb, c->inlined ? "inlined call to <code>" : "not inlined: <code>");
		report_html(sb, c->callee);
		sbuf_addstr(sb, "</code><br>");
		any = 1;
	}
	return any;
}

static int64_t last_line(const struct mfunc *g)
{
	int64_t last = g->pos.line + 3;
	for (size_t i = 0; i < g->n_events; i++)
		if (mpos_same_file(&g->events[i].pos, &g->pos) && g->events[i].pos.line > last)
			last = g->events[i].pos.line;
	for (size_t i = 0; i < g->n_inl; i++)
		if (mpos_same_file(&g->inl[i].pos, &g->pos) && g->inl[i].pos.line > last)
			last = g->inl[i].pos.line;
	return last - g->pos.line > 400 ? g->pos.line + 400 : last + 1;
}

static void source(struct report_ctx *c, struct sbuf *sb, const struct mfunc *g)
{
	const char *path;
	const char *const *lines;
	size_t n;

	if (!c->src->source_lines || !g->pos.file || g->pos.line <= 0 ||
	    !(lines = c->src->source_lines(c->src->ctx, g->pos.file, g->package, &path, &n)) ||
	    (size_t)g->pos.line > n)
		return;
	sbuf_addstr(sb, "<h2 id=\"source\">Source</h2>\n<p class=\"note\"><code>");
	report_html(sb, path);
	sbuf_addstr(sb, "</code> in the source tree</p>\n<table class=\"src\"><thead><tr>"
		    "<th>Line</th><th>Code</th><th>Diagnostics</th></tr></thead><tbody>\n");
	for (int64_t ln = g->pos.line, end = last_line(g); ln <= end && (size_t)ln <= n; ln++) {
		struct sbuf notes = SBUF_INIT;
		int hit = line_notes(&notes, g, ln);
		sbuf_addf(sb, "<tr%s><td class=\"ln\">%lld</td><td class=\"code\">",
			  hit ? " class=\"hit\"" : "", (long long)ln);
		report_html(sb, lines[ln - 1]);
		sbuf_addf(sb, "</td><td>%s</td></tr>\n", notes.buf);
		sbuf_release(&notes);
	}
	sbuf_addstr(sb, "</tbody></table>\n");
	c->res->sources++;
}

int report_function_page(struct report_ctx *c, size_t i, struct sbuf *err)
{
	const struct report_function *f = &c->fns[i];
	struct mfunc g = { 0 };
	struct sbuf sb = SBUF_INIT, title = SBUF_INIT;
	size_t pkg = 0;
	int rc;

	while (pkg < c->n_pkgs && c->pkgs[pkg].id != f->package_id)
		pkg++;
	if (pkg == c->n_pkgs)
		return error_set(err, ESCVIZ_ERROR, "function '%s' has no package", f->name);
	if ((rc = c->src->load_func(c->src->ctx, f->id, &g, err)) < 0) {
		c->src->release_func(c->src->ctx, &g);
		return rc;
	}
	sbuf_addf(&title, "%s (%s)", g.name, g.package);
	report_page_begin(&sb, title.buf, "../");
	facts(&sb, &g, c->pkg_page[pkg]);
	if ((rc = diagram(c, &sb, &g, err)) < 0)
		goto out;
	events_table(c, &sb, &g);
	calls_table(&sb, &g);
	source(c, &sb, &g);
	report_page_end(&sb, "../");
	rc = report_write(c, c->fn_page[i], &sb, err);
out:
	sbuf_release(&sb);
	sbuf_release(&title);
	c->src->release_func(c->src->ctx, &g);
	return rc;
}
