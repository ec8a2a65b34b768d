/* The report's page for one function: facts, diagram, events, source. */
#include "render/render_report_internal.h"

#include "analysis/cause.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"

static void pos_text(struct sbuf *sb, const struct mpos *p)
{
	report_pos(sb, p->file, p->line, p->col, "(no position)");
}

/*
 * A position in the folder of the function's own file (c->cur_file, whole
 * under "Declared at") by the file's base name: "print.go:12:3".
 */
static void pos_short(const struct report_ctx *c, struct sbuf *sb, const struct mpos *p)
{
	const char *slash = p->file ? strrchr(p->file, '/') : NULL, *home;
	size_t dir = slash ? (size_t)(slash - p->file) : 0;

	if (slash && slash[1] && c->cur_file && (home = strrchr(c->cur_file, '/')) &&
	    (size_t)(home - c->cur_file) == dir && !strncmp(p->file, c->cur_file, dir))
		report_pos(sb, slash + 1, p->line, p->col, "(no position)");
	else
		pos_text(sb, p);
}

static void facts(struct sbuf *sb, const struct mfunc *g, const char *pkg_page)
{
	sbuf_addstr(sb, "<h1>Function <code>");
	report_html(sb, model_func_shown(g->name));
	sbuf_addstr(sb, "</code></h1>\n<dl class=\"facts\"><dt>Package</dt><dd><a href=\"../");
	report_href(sb, pkg_page);
	sbuf_addstr(sb, "\"><code>");
	report_short_path(sb, g->package, REPORT_PATH_MAX);
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

/* An arrow's tooltip: its first steps (the events table lists them all). */
#define REPORT_TOOLTIP_MAX 300

static int diagram(struct report_ctx *c, struct sbuf *sb, const struct mfunc *g,
		   struct sbuf *err)
{
	struct graph_opts go = { c->o->max_nodes, c->src->stats->info.go_version, c->src->sigs, 1,
				 REPORT_TOOLTIP_MAX, 1 };
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
	if (!svg.len) {
		sbuf_addf(sb, "<p class=\"note\" id=\"no-diagram\">No diagram: no flow between "
			  "places to draw (%zu place%s", sum.nodes, sum.nodes == 1 ? "" : "s");
		if (sum.escaping)
			sbuf_addf(sb, ", %zu escaping", sum.escaping);
		sbuf_addstr(sb, "); the tables below list every verdict and call site.</p>\n");
		c->res->flowless++;
		goto out;
	}
	sbuf_addstr(sb, "<figure class=\"diagram\">\n");
	report_inline_svg(sb, &svg, g->name, g->pos.file, &sum);
	/* The legend is the index's, once (index.html#legend). */
	sbuf_addf(sb, "<figcaption>%zu places and %zu flows; %zu places escape.",
		  sum.nodes, sum.edges, sum.escaping);
	if (sum.omitted_nodes)
		sbuf_addf(sb, " Left out to stay readable: %zu places and %zu flows.",
			  sum.omitted_nodes, sum.omitted_edges);
	if (sum.summaries)
		sbuf_addf(sb, " %zu dashed grey arrows labelled &ldquo;N hops&rdquo; stand for "
			  "paths through places left out.", sum.summaries);
	sbuf_addstr(sb, " <a href=\"../index.html#legend\">How to read a diagram</a>.");
	sbuf_addstr(sb, "</figcaption></figure>\n");
	c->res->diagrams++;
out:
	sbuf_release(&svg);
	return rc;
}

/*
 * A step's expression; a call to a function of the build links the
 * callee's name to its page ("(*path).connect(revPath, p, f)").
 */
static void step_expr(const struct report_ctx *c, struct sbuf *sb, const char *expr)
{
	size_t len, k = report_nav_callee(c, c->cur_pkg, expr, &len);

	if (k == SIZE_MAX) {
		report_html(sb, expr);
		return;
	}
	sbuf_addstr(sb, "<a href=\"../");
	report_href(sb, c->fn_page[k]);
	/* No tooltip for a page (thousands of links): a folded function's row says so. */
	sbuf_addstr(sb, c->has_page[k] ? "\" class=\"callee\">"
				       : "\" class=\"callee\" title=\"its row in its package's table\">");
	sbuf_add_html(sb, expr, len);
	sbuf_addstr(sb, "</a>");
	report_html(sb, expr + len);
}

static void steps_list(const struct report_ctx *c, struct sbuf *sb, const struct mstep *s,
		       size_t n)
{
	if (!n)
		return;
	sbuf_addstr(sb, "<ol>");
	for (size_t i = 0; i < n; i++) {
		sbuf_addstr(sb, "<li>from <code>");
		step_expr(c, sb, s[i].expr);
		sbuf_addstr(sb, "</code> (");
		report_html(sb, s[i].reason ? s[i].reason : "?");
		sbuf_addstr(sb, ")");
		if (s[i].pos.file) {
			sbuf_addstr(sb, " at <code>");
			pos_short(c, sb, &s[i].pos);
			sbuf_addstr(sb, "</code>");
		}
		sbuf_addstr(sb, "</li>");
	}
	sbuf_addstr(sb, "</ol>");
}

static void explanation(const struct report_ctx *c, struct sbuf *sb, const struct mexpl *x)
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
	sbuf_addstr(sb, "<ol>");
	for (size_t i = 0; i < x->n_flows; i++) {
		const struct mflow *f = &x->flows[i];
		sbuf_addstr(sb, "<li>flow: <code>");
		report_html(sb, f->dst);
		sbuf_addstr(sb, " = ");
		report_html(sb, f->ops);
		report_html(sb, f->src);
		sbuf_addstr(sb, "</code>");
		steps_list(c, sb, f->steps, f->n_steps);
		sbuf_addstr(sb, "</li>");
	}
	sbuf_addstr(sb, "</ol>");
	steps_list(c, sb, x->steps, x->n_steps);
	if (x->truncated)
		sbuf_addstr(sb, "<p class=\"note\">(the compiler truncated this explanation)</p>");
	sbuf_addstr(sb, "</div>");
}

/*
 * The paths shown per verdict: the compiler prints one for each place a
 * value reaches (up to hundreds for a parameter of a std type checker
 * function, megabytes of page); the rest are counted, for `escviz why`.
 */
#define REPORT_EXPLS_SHOWN 3

static void event_row(const struct report_ctx *c, struct sbuf *sb, const struct mfunc *g,
		      const struct mevent *e)
{
	size_t shown = 0, more = 0;

	sbuf_addf(sb, "<tr><td data-v=\"%lld.%06lld\"><code>", (long long)e->pos.line,
		  (long long)e->pos.col);
	pos_short(c, sb, &e->pos);
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
	sbuf_addstr(sb, "</td><td>");
	if (cause_classifies(e->kind)) {
		struct cause_acc a;
		struct cause_result r;
		cause_start(&a, e->kind, e->subject, e->target);
		for (size_t i = 0; i < g->n_expls; i++)
			if (g->expls[i].event_id == e->id)
				cause_feed_mexpl(&a, &g->expls[i]);
		cause_finish(&a, &r);
		sbuf_addstr(sb, "<span class=\"tag cause\" title=\"");
		report_html(sb, cause_meaning(r.primary));
		sbuf_addf(sb, "%s\">%s</span>", r.inferred ? " (inferred from the verdict alone)" : "",
			  cause_name(r.primary));
		if (r.primary == CAUSE_CALLEE && r.callee[0]) {
			sbuf_addstr(sb, " <code>");
			report_html(sb, r.callee);
			sbuf_addstr(sb, "</code>");
		}
	}
	sbuf_addstr(sb, "</td>");
	if (report_prof_heap(c))
		report_prof_alloc_td(c, sb, e);
	sbuf_addstr(sb, "<td>");
	for (size_t i = 0; i < g->n_expls; i++) {
		if (g->expls[i].event_id != e->id)
			continue;
		if (shown++ < REPORT_EXPLS_SHOWN)
			explanation(c, sb, &g->expls[i]);
		else
			more++;
	}
	if (!shown)
		sbuf_addstr(sb, "<span class=\"note\">no explanation printed</span>");
	if (more) {
		sbuf_addf(sb, "<p class=\"note more-paths\">%zu more path%s printed for this verdict "
			  "(%zu in all): <code>escviz why ", more, more == 1 ? "" : "s", shown);
		pos_text(sb, &e->pos);
		sbuf_addstr(sb, "</code> lists them.</p>");
	}
	sbuf_addstr(sb, "</td></tr>\n");
}

static void events_table(const struct report_ctx *c, struct sbuf *sb, const struct mfunc *g)
{
	sbuf_addf(sb, "<h2 id=\"events\">Events (%zu)</h2>\n", g->n_events);
	if (!g->n_events)
		return;
	sbuf_addstr(sb, "<table class=\"sortable\" id=\"events-table\"><thead><tr><th>Position</th>"
		    "<th>Verdict</th><th>Subject</th><th>Cause</th>");
	if (report_prof_heap(c))
		sbuf_addstr(sb, "<th class=\"n\">Allocated (profiles)</th>");
	sbuf_addstr(sb, "<th>Explanation</th></tr></thead><tbody>\n");
	for (size_t i = 0; i < g->n_events; i++)
		event_row(c, sb, g, &g->events[i]);
	sbuf_addstr(sb, "</tbody></table>\n");
}

/* A callee's name, linked to its page when it is a function of the build. */
static void callee_name(const struct report_ctx *c, struct sbuf *sb, const char *callee)
{
	struct sbuf call = SBUF_INIT;
	sbuf_addf(&call, "%s()", callee);
	step_expr(c, sb, call.buf);
	sbuf_setlen(sb, sb->len - 2); /* the "()", escaped as itself */
	sbuf_release(&call);
}

static void calls_table(const struct report_ctx *c, struct sbuf *sb, const struct mfunc *g)
{
	if (g->n_inl) {
		sbuf_addf(sb, "<h2 id=\"calls\">Call sites (%zu)</h2>\n<table class=\"sortable\">"
			  "<thead><tr><th>Position</th><th>Callee</th><th>Inlined</th></tr></thead>"
			  "<tbody>\n", g->n_inl);
		for (size_t i = 0; i < g->n_inl; i++) {
			sbuf_addstr(sb, "<tr><td><code>");
			pos_short(c, sb, &g->inl[i].pos);
			sbuf_addstr(sb, "</code></td><td><code>");
			callee_name(c, sb, g->inl[i].callee);
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
		pos_short(c, sb, &g->caps[i].pos);
		sbuf_addstr(sb, "</code></td><td><code>");
		report_html(sb, g->caps[i].variable);
		sbuf_addstr(sb, g->caps[i].by_ref ? "</code></td><td>by reference</td></tr>\n"
						  : "</code></td><td>by value</td></tr>\n");
	}
	sbuf_addstr(sb, "</tbody></table>\n");
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
	c->cur_pkg = f->package_id;
	c->cur_file = g.pos.file;
	sbuf_addf(&title, "%s (%s)", g.name, g.package);
	report_page_begin(&sb, title.buf, "../");
	facts(&sb, &g, c->pkg_page[pkg]);
	if ((rc = diagram(c, &sb, &g, err)) < 0)
		goto out;
	events_table(c, &sb, &g);
	calls_table(c, &sb, &g);
	report_source(c, &sb, &g);
	report_page_end(&sb, "../");
	rc = report_write(c, c->fn_page[i], &sb, err);
out:
	sbuf_release(&sb);
	sbuf_release(&title);
	c->cur_file = NULL;
	c->src->release_func(c->src->ctx, &g);
	return rc;
}
