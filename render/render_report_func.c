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

/* The value of attribute name (" width=") in the tag text t[0..n), or NULL. */
static const char *attr_value(const char *t, size_t n, const char *name, size_t *len)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + k + 1 < n; i++)
		if (!strncmp(t + i, name, k) && t[i + k] == '"') {
			const char *v = t + i + k + 1, *q = memchr(v, '"', n - (size_t)(v - t));
			if (!q)
				return NULL;
			*len = (size_t)(q - v);
			return v;
		}
	return NULL;
}

/*
 * Append the numbers of a coordinate list (points, d, x, y, font-size)
 * rounded to one decimal, half away from zero, on their digits: "-101.35"
 * is "-101.4", "4.00" is "4", "-0.04" is "0".
 */
static void round_coords(struct sbuf *sb, const char *v, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t j = i + (v[i] == '-'), k = j;
		unsigned long long tenths = 0;
		char d[24];
		int len = 0;

		while (k < n && v[k] >= '0' && v[k] <= '9' && k - j < 15)
			tenths = tenths * 10 + (unsigned)(v[k++] - '0');
		if (k == j || (k < n && v[k] >= '0' && v[k] <= '9')) {
			sbuf_add(sb, v + i, k > i ? k - i : 1); /* no number, or too long */
			i = k > i ? k : i + 1;
			continue;
		}
		tenths *= 10;
		if (k < n && v[k] == '.') {
			k++;
			if (k < n && v[k] >= '0' && v[k] <= '9')
				tenths += (unsigned)(v[k++] - '0');
			if (k < n && v[k] >= '5' && v[k] <= '9')
				tenths++;
			while (k < n && v[k] >= '0' && v[k] <= '9')
				k++;
		}
		if (tenths && v[i] == '-')
			sbuf_addch(sb, '-');
		if (tenths % 10)
			d[len++] = (char)('0' + tenths % 10), d[len++] = '.';
		tenths /= 10;
		do
			d[len++] = (char)('0' + tenths % 10);
		while (tenths /= 10);
		while (len)
			sbuf_addch(sb, d[--len]);
		i = k;
	}
}

/*
 * Graphviz's SVG body, smaller: no comments, no <title> of the generated
 * ids (n0, n0->n1: the tooltips are the xlink:title of each <a>), no ids
 * on groups, no empty groups, no newlines between tags; the font family,
 * the centred anchor and the nodes' font size said once on the root
 * (SVG_ROOT_ATTRS), the default fills, strokes and edge font size left to
 * escviz.css; coordinates to 0.1 pt; the function's folder (home) left out
 * of tooltips.  Text and attribute values are copied as Graphviz escaped
 * them.
 */
#define SVG_ROOT_ATTRS \
	" font-family=\"Helvetica,sans-Serif\" text-anchor=\"middle\" font-size=\"10\""

static void svg_min(struct sbuf *sb, const char *p, const char *end, const char *home)
{
	unsigned char dropped[64]; /* per open <g>: 1 when its tags were left out */
	size_t depth = 0, edge_at = 0, hn = home ? strlen(home) : 0;

	while (p < end) {
		const char *q;
		size_t tag_at;
		if (*p == '\n' && p[-1] == '>') { /* p[-1]: the body follows the root tag */
			p++;
			continue;
		}
		if (*p != '<') {
			q = memchr(p, '<', (size_t)(end - p));
			q = q ? q : end;
			sbuf_add(sb, p, (size_t)(q - p));
			p = q;
			continue;
		}
		if (end - p >= 4 && !memcmp(p, "<!--", 4)) {
			const char *c = p + 4;
			while (c + 3 <= end && memcmp(c, "-->", 3))
				c++;
			p = c + 3 <= end ? c + 3 : end;
			continue;
		}
		if (end - p >= 7 && !memcmp(p, "<title>", 7)) {
			const char *c = p + 7;
			while (c + 8 <= end && memcmp(c, "</title>", 8))
				c++;
			p = c + 8 <= end ? c + 8 : end;
			continue;
		}
		/* A tag: its name, then each attribute. */
		q = p + 1;
		while (q < end && *q != ' ' && *q != '>' && *q != '/')
			q++;
		if (p[1] == '/' || p[1] == '!' || p[1] == '?') {
			int close_g = end - p >= 4 && !memcmp(p, "</g>", 4);
			q = memchr(p, '>', (size_t)(end - p));
			q = q ? q + 1 : end;
			if (close_g && depth == edge_at)
				edge_at = 0;
			if (close_g && depth && depth <= sizeof(dropped) && dropped[depth - 1]) {
				depth--;
				p = q;
				continue;
			}
			depth -= close_g && depth;
			sbuf_add(sb, p, (size_t)(q - p));
			p = q;
			continue;
		}
		int is_g = q - p == 2 && p[1] == 'g', group = is_g || (q - p == 2 && p[1] == 'a');
		int edge_g = 0;
#define TAG(s) ((size_t)(q - p - 1) == sizeof(s) - 1 && !memcmp(p + 1, s, sizeof(s) - 1))
		int poly = TAG("polygon"), shape = poly || TAG("path") || TAG("ellipse") ||
						   TAG("polyline"), text = TAG("text");
#undef TAG
		tag_at = sb->len;
		sbuf_add(sb, p, (size_t)(q - p));
		p = q;
		while (p < end && *p != '>') {
			const char *name = p, *eq, *v, *ve;
			size_t nl;
			while (p < end && *p == ' ')
				p++;
			name = p;
			eq = memchr(p, '=', (size_t)(end - p));
			if (!eq || memchr(p, '>', (size_t)(eq - p)) || eq + 1 >= end || eq[1] != '"' ||
			    !(ve = memchr(eq + 2, '"', (size_t)(end - eq - 2)))) {
				/* not name="value": copy up to the tag's end */
				q = memchr(p, '>', (size_t)(end - p));
				q = q ? q : end;
				sbuf_add(sb, p, (size_t)(q - p));
				p = q;
				break;
			}
			v = eq + 2;
			nl = (size_t)(eq - name);
			p = ve + 1;
#define IS(s) (nl == sizeof(s) - 1 && !memcmp(name, s, nl))
#define VAL(s) ((size_t)(ve - v) == sizeof(s) - 1 && !memcmp(v, s, sizeof(s) - 1))
			edge_g |= is_g && IS("class") && VAL("edge");
			/* Defaults the style sheet gives what has no such attribute
			 * (SVG_CSS in render_report_html.c): kept when they differ. */
			if ((group && IS("id")) || (IS("font-family") && VAL("Helvetica,sans-Serif")) ||
			    (IS("text-anchor") && VAL("middle")) ||
			    (IS("font-size") && (VAL("10.00") || VAL("10")) && !edge_at) ||
			    (shape && IS("fill") && VAL("none") && !(edge_at && poly)) ||
			    (shape && IS("stroke") && VAL("black") && !edge_at) ||
			    (shape && edge_at && IS("stroke") && VAL("#455a64")) ||
			    (poly && edge_at && IS("fill") && VAL("#455a64")) ||
			    (text && edge_at && IS("font-size") && (VAL("9.00") || VAL("9"))))
				continue;
			sbuf_addch(sb, ' ');
			sbuf_add(sb, name, (size_t)(v - name));
			if (IS("points") || IS("d") || IS("x") || IS("y") || IS("font-size"))
				round_coords(sb, v, (size_t)(ve - v));
			else if (IS("xlink:title") && hn)
				/* tooltips: the function's folder is left out of positions */
				for (const char *t = v; t < ve;) {
					if ((size_t)(ve - t) > hn && !memcmp(t, home, hn)) {
						t += hn;
						continue;
					}
					sbuf_addch(sb, *t++);
				}
			else
				sbuf_add(sb, v, (size_t)(ve - v));
			sbuf_addch(sb, '"');
#undef IS
#undef VAL
		}
		if (p < end) {
			int self = p[-1] == '/';
			if (sb->len && sb->buf[sb->len - 1] == ' ')
				sbuf_setlen(sb, sb->len - 1);
			if (is_g && !self) {
				int bare = sb->len == tag_at + 2; /* "<g": no attribute kept */
				if (depth < sizeof(dropped))
					dropped[depth] = (unsigned char)bare;
				else if (bare)
					bare = 0, sbuf_addch(sb, '>');
				depth++;
				if (edge_g && !edge_at)
					edge_at = depth;
				if (bare) {
					sbuf_setlen(sb, tag_at);
					p++;
					continue;
				}
			}
			sbuf_addch(sb, '>');
			p++;
		}
	}
}

/*
 * Graphviz's SVG without its XML prolog, named for assistive technology,
 * in a box it fits: the root's width and height (in pt) give way to the
 * box's width, the natural width only as a maximum, so the viewBox scales
 * the whole diagram into view (escviz.js zooms and pans that viewBox).
 */
static void inline_svg(struct sbuf *sb, const struct sbuf *svg, const char *name,
		       const char *file, const struct graph_summary *sum)
{
	char *home = NULL;
	const char *start = strstr(svg->buf, "<svg"), *end, *w, *h;
	struct sbuf label = SBUF_INIT;
	size_t tag, wn = 0, hn = 0;

	if (!start || !(end = strchr(start, '>')))
		return;
	tag = (size_t)(end - start);
	w = attr_value(start, tag, " width=", &wn);
	h = attr_value(start, tag, " height=", &hn);
	sbuf_addf(&label, "Flow diagram of %s: %zu places, %zu flows, %zu escaping", name,
		  sum->nodes, sum->edges, sum->escaping);
	sbuf_addstr(sb, "<div class=\"viewport\"><svg role=\"img\" aria-label=\"");
	report_html(sb, label.buf);
	sbuf_addstr(sb, "\" width=\"100%\"");
	if (w && wn < 24 && strspn(w, "0123456789.pt") == wn) {
		sbuf_addstr(sb, " style=\"max-width:");
		sbuf_add(sb, w, wn);
		sbuf_addstr(sb, "\"");
	}
	/* The root's other attributes (viewBox, namespaces), then the body. */
	for (const char *p = start + 4; p < end;) {
		const char *q = p;
		while (q < end && (*q == ' ' || *q == '\n'))
			q++;
		if ((w && q == w - 7) || (h && q == h - 8)) {
			p = (q == w - 7 ? w + wn : h + hn) + 1;
			continue;
		}
		sbuf_addch(sb, ' ');
		p = q;
		while (q < end && *q != ' ' && *q != '\n') {
			if (*q == '"' && (q = memchr(q + 1, '"', (size_t)(end - q - 1))) == NULL)
				q = end - 1;
			q++;
		}
		sbuf_add(sb, p, (size_t)(q - p));
		p = q;
	}
	sbuf_addstr(sb, SVG_ROOT_ATTRS ">");
	/* "/go/src/fmt/" of "/go/src/fmt/print.go", as Graphviz writes it in
	 * the SVG: it escapes '-' as "&#45;" ("/usr/lib/go&#45;1.19/src/fmt/");
	 * none when XML would escape more of it */
	if (file && strrchr(file, '/') && !strpbrk(file, "&<>\"'") &&
	    strlen(file) - strlen(strrchr(file, '/')) >= 2) {
		struct sbuf hx = SBUF_INIT;
		for (const char *t = file; t <= strrchr(file, '/'); t++)
			if (*t == '-')
				sbuf_addstr(&hx, "&#45;");
			else
				sbuf_addch(&hx, *t);
		home = sbuf_detach(&hx, NULL);
	}
	svg_min(sb, end + 1, svg->buf + svg->len, home);
	free(home);
	sbuf_addstr(sb, "</div>\n");
	sbuf_release(&label);
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
	inline_svg(sb, &svg, g->name, g->pos.file, &sum);
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
	sbuf_addstr(sb, "<ol class=\"expl\">");
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
	sbuf_addstr(sb, "<ol class=\"expl\">");
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
