/*
 * Draw a struct gmodel with cgraph and lay it out and render it with gvc.
 *
 * Graphviz reports problems through agerr(), which prints to stderr by
 * default; a library must not print, so the messages are caught by
 * catch_error() and returned in err.
 */
#include "render/render_graph.h"

#include <dlfcn.h>
#include <gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "render/render_escape.h"
#include "analysis/graph_model.h"

struct graph_renderer {
	GVC_t *gvc;
	void *libs[2]; /* render_graph_new_svg's plugin libraries, or NULL */
};

static struct sbuf gv_errors = SBUF_INIT; /* agseterrf has no context */

/*
 * Graphviz 2.43 keeps memory it never frees (gvContext's plugin tables,
 * layout caches, fontconfig and pango state).  Sanitizer builds read this
 * hook, so LeakSanitizer fails on escviz's own leaks only: a leak is
 * suppressed only when Graphviz or a library under it allocated it.
 */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libgvc.so\nleak:libcgraph.so\nleak:libcdt.so\nleak:libpathplan.so\n"
	       "leak:libgvplugin_\nleak:libfontconfig.so\nleak:libpango\nleak:libcairo.so\n"
	       "leak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libharfbuzz.so\n";
}

static int catch_error(char *msg)
{
	if (gv_errors.len < 4096)
		sbuf_addstr(&gv_errors, msg);
	return 0;
}

int render_graph_new(struct graph_renderer **out, struct sbuf *err)
{
	struct graph_renderer *r = xcalloc(1, sizeof(*r));
	agseterr(AGERR);
	agseterrf(catch_error);
	r->gvc = gvContext();
	if (!r->gvc) {
		free(r);
		*out = NULL;
		return error_set(err, ESCVIZ_ERROR, "cannot start Graphviz");
	}
	*out = r;
	return 0;
}

/*
 * The plugin library NAME (core, dot_layout) of the Graphviz that libgvc
 * was loaded from: "<libgvc's folder>/graphviz/libgvplugin_NAME.so.6",
 * where Graphviz itself looks for its plugins.  NULL when not found.
 */
static void *plugin_library(const char *name, void **handle)
{
	static const char *const suffix[] = { ".so.6", ".so" };
	struct sbuf path = SBUF_INIT, sym = SBUF_INIT;
	Dl_info info;
	void *lib = NULL;
	const char *slash;

	*handle = NULL;
	if (!dladdr((void *)gvContext, &info) || !info.dli_fname ||
	    !(slash = strrchr(info.dli_fname, '/')))
		return NULL;
	for (size_t i = 0; i < 2 && !*handle; i++) {
		sbuf_reset(&path);
		sbuf_add(&path, info.dli_fname, (size_t)(slash - info.dli_fname));
		sbuf_addf(&path, "/graphviz/libgvplugin_%s%s", name, suffix[i]);
		*handle = dlopen(path.buf, RTLD_NOW | RTLD_LOCAL);
	}
	sbuf_addf(&sym, "gvplugin_%s_LTX_library", name);
	if (*handle && !(lib = dlsym(*handle, sym.buf))) {
		dlclose(*handle);
		*handle = NULL;
	}
	sbuf_release(&path);
	sbuf_release(&sym);
	return lib;
}

int render_graph_new_svg(struct graph_renderer **out, struct sbuf *err)
{
	lt_symlist_t builtins[3] = { { 0 } };
	struct graph_renderer *r;
	void *core_h, *dot_h;
	void *core = plugin_library("core", &core_h), *dot = plugin_library("dot_layout", &dot_h);

	if (!core || !dot) {
		if (core_h)
			dlclose(core_h);
		if (dot_h)
			dlclose(dot_h);
		return render_graph_new(out, err);
	}
	builtins[0] = (lt_symlist_t){ "gvplugin_core_LTX_library", core };
	builtins[1] = (lt_symlist_t){ "gvplugin_dot_layout_LTX_library", dot };
	r = xcalloc(1, sizeof(*r));
	agseterr(AGERR);
	agseterrf(catch_error);
	/* Only these two: no text layout plugin, so Graphviz estimates text widths. */
	r->gvc = gvContextPlugins(builtins, 0);
	if (!r->gvc) {
		free(r);
		return render_graph_new(out, err);
	}
	r->libs[0] = core_h;
	r->libs[1] = dot_h;
	*out = r;
	return 0;
}

void render_graph_free(struct graph_renderer *r)
{
	if (!r)
		return;
	gvFreeContext(r->gvc);
	for (int i = 0; i < 2; i++)
		if (r->libs[i])
			dlclose(r->libs[i]);
	free(r);
}

/* agsafeset with a label escaped for Graphviz. */
static void set_text(void *obj, const char *attr, const char *raw, size_t n)
{
	struct sbuf v = SBUF_INIT;
	sbuf_add_dot_label(&v, raw, n);
	agsafeset(obj, (char *)attr, v.buf, "");
	sbuf_release(&v);
}

static void set(void *obj, const char *attr, const char *value)
{
	agsafeset(obj, (char *)attr, (char *)value, "");
}

static const char *const kind_names[] = {
	[K_HEAP] = "heap", [K_PARAM] = "parameter", [K_RESULT] = "result",
	[K_LOCAL] = "local", [K_ALLOC] = "allocation", [K_CLOSURE] = "closure",
	[K_CALLEE] = "callee parameter", [K_TEMP] = "temporary", [K_EXPR] = "expression",
};

static void style_node(Agnode_t *an, const struct gnode *n)
{
	static const char *const shape[] = {
		[K_HEAP] = "doubleoctagon", [K_PARAM] = "invhouse", [K_RESULT] = "house",
		[K_LOCAL] = "ellipse", [K_ALLOC] = "box3d", [K_CLOSURE] = "component",
		[K_CALLEE] = "cds", [K_TEMP] = "ellipse", [K_EXPR] = "box",
	};
	struct sbuf label = SBUF_INIT;

	set(an, "shape", shape[n->kind]);
	sbuf_add_dot_label(&label, n->label, strlen(n->label));
	/* The words say what the colours say: colour is not the only signal. */
	if (n->verdict)
		sbuf_addf(&label, "\\n(%s)", n->verdict);
	else if (n->safe)
		sbuf_addstr(&label, "\\n(does not escape)");
	set(an, "label", label.buf);
	sbuf_reset(&label);
	sbuf_addf(&label, "%s: ", kind_names[n->kind]);
	sbuf_add_dot_label(&label, n->label, strlen(n->label));
	set(an, "tooltip", label.buf);
	sbuf_release(&label);
	if (n->kind == K_HEAP) {
		set(an, "style", "filled,bold");
		set(an, "fillcolor", "#b71c1c");
		set(an, "fontcolor", "white");
	} else if (n->verdict) {
		set(an, "peripheries", "2");
		set(an, "color", "#c62828");
		set(an, "style", "filled,bold");
		set(an, "fillcolor", "#ffebee");
	} else if (n->safe) {
		set(an, "color", "#2e7d32");
		set(an, "style", "filled");
		set(an, "fillcolor", "#e8f5e9");
	}
	if (n->kind == K_TEMP)
		set(an, "style", "dashed");
}

/* Append at most max bytes of s, cut at a UTF-8 boundary, with "..." if cut. */
static void add_cut(struct sbuf *sb, const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n <= max) {
		sbuf_add(sb, s, n);
		return;
	}
	while (max && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	sbuf_add(sb, s, max);
	sbuf_addstr(sb, "...");
}

static void style_edge(Agedge_t *ae, const struct gedge *e, size_t tip_max)
{
	struct sbuf raw = SBUF_INIT;

	if (*e->ops)
		sbuf_addf(&raw, "%s ", e->ops);
	add_cut(&raw, e->why.buf, 80);
	if (e->count > 1)
		sbuf_addf(&raw, " (x%zu)", e->count);
	if (e->inlined)
		sbuf_addstr(&raw, " [inlined call]");
	set_text(ae, "label", raw.buf, raw.len);
	sbuf_reset(&raw);
	add_cut(&raw, e->tip.len ? e->tip.buf : e->why.buf, tip_max ? tip_max : 3000);
	while (raw.len && raw.buf[raw.len - 1] == '\n')
		sbuf_setlen(&raw, raw.len - 1);
	set_text(ae, "tooltip", raw.buf, raw.len);
	sbuf_release(&raw);
	if (e->verdict || e->inlined)
		set(ae, "style", "dashed");
	if (*e->ops == '&')
		set(ae, "arrowhead", "odot");
}

/* A path through left-out places: dashed, grey, "N hops", the places as tooltip. */
static void style_summary(Agedge_t *ae, const struct gsummary *g)
{
	struct sbuf raw = SBUF_INIT;

	sbuf_addf(&raw, "%zu hops", g->hops);
	set_text(ae, "label", raw.buf, raw.len);
	sbuf_reset(&raw);
	sbuf_addf(&raw, "%zu hops through %zu place%s left out:\n", g->hops, g->hops - 1,
		  g->hops == 2 ? "" : "s");
	add_cut(&raw, g->via.buf, 3000);
	while (raw.len && raw.buf[raw.len - 1] == '\n')
		sbuf_setlen(&raw, raw.len - 1);
	set_text(ae, "tooltip", raw.buf, raw.len);
	sbuf_release(&raw);
	set(ae, "style", "dashed");
	set(ae, "color", "#90a4ae");
	set(ae, "fontcolor", "#546e7a");
}

/* A note node whose lines (raw, '\n'-separated) are left-aligned. */
static void note(Agraph_t *g, const char *id, const char *title, const char *lines, size_t max)
{
	Agnode_t *n = agnode(g, (char *)id, 1);
	struct sbuf label = SBUF_INIT;
	size_t shown = 0, more = 0;

	sbuf_add_dot_label(&label, title, strlen(title));
	sbuf_addstr(&label, "\\l");
	for (const char *p = lines; *p;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (shown++ < max) {
			struct sbuf line = SBUF_INIT;
			char *copy = xmemdupz(p, len);
			add_cut(&line, copy, 100);
			sbuf_add_dot_label(&label, line.buf, line.len);
			sbuf_addstr(&label, "\\l");
			sbuf_release(&line);
			free(copy);
		} else {
			more++;
		}
		p += len + (nl ? 1 : 0);
	}
	if (more)
		sbuf_addf(&label, "... and %zu more\\l", more);
	set(n, "shape", "note");
	set(n, "style", "filled");
	set(n, "fillcolor", "#fffde7");
	set(n, "label", label.buf);
	sbuf_release(&label);
}

static void graph_attrs(Agraph_t *g, const struct mfunc *fg, int no_title)
{
	struct sbuf title = SBUF_INIT;
	if (!no_title) {
		sbuf_addf(&title, "%s%s%s", fg->name, *fg->package ? "\n" : "", fg->package);
		set_text(g, "label", title.buf, title.len);
	}
	sbuf_release(&title);
	set(g, "labelloc", "t");
	set(g, "rankdir", "LR");
	set(g, "fontname", "Helvetica");
	set(g, "fontsize", "12");
	agattr(g, AGNODE, "fontname", "Helvetica");
	agattr(g, AGNODE, "fontsize", "10");
	agattr(g, AGEDGE, "fontname", "Helvetica");
	agattr(g, AGEDGE, "fontsize", "9");
	agattr(g, AGEDGE, "color", "#455a64");
}

/* A place that does not escape and has no flows: listed in a note. */
static int lone_safe(const struct gnode *n)
{
	return n->safe && !n->degree;
}

/*
 * No cluster subgraphs: Graphviz 2.43's dot double-frees memory in
 * gvFreeLayout() when labelled edges cross cluster borders (seen on std's
 * os.(*File).ReadAt).  Kinds are told apart by shape and label instead.
 */
static void add_nodes(Agraph_t *g, const struct gmodel *m, Agnode_t **an)
{
	char id[32];

	for (size_t i = 0; i < m->n_nodes; i++) {
		if (!m->nodes[i].keep || lone_safe(&m->nodes[i]))
			continue;
		snprintf(id, sizeof(id), "n%zu", i);
		an[i] = agnode(g, id, 1);
		style_node(an[i], &m->nodes[i]);
	}
}

/* The places that do not escape and take part in no flow, in one note. */
static void safe_note(Agraph_t *g, const struct gmodel *m)
{
	struct sbuf lines = SBUF_INIT;
	for (size_t i = 0; i < m->n_nodes; i++)
		if (m->nodes[i].keep && lone_safe(&m->nodes[i]))
			sbuf_addf(&lines, "%s\n", m->nodes[i].label);
	if (lines.len)
		note(g, "safe", "does not escape:", lines.buf, 12);
	sbuf_release(&lines);
}

static Agraph_t *build(const struct mfunc *fg, struct gmodel *m, struct graph_summary *sum,
		       const struct graph_opts *o)
{
	Agraph_t *g = agopen("G", Agdirected, NULL);
	Agnode_t **an = xcalloc(m->n_nodes + 1, sizeof(*an));
	char msg[320];

	graph_attrs(g, fg, o && o->no_title);
	add_nodes(g, m, an);
	for (size_t i = 0; i < m->n_nodes; i++)
		m->nodes[i].keep ? sum->nodes++ : sum->omitted_nodes++;
	for (size_t i = 0; i < m->n_nodes; i++)
		sum->escaping += m->nodes[i].keep && m->nodes[i].verdict;
	for (size_t i = 0; i < m->n_edges; i++) {
		const struct gedge *e = &m->edges[i];
		/*
		 * A place flowing into itself (p := p) says nothing in a
		 * picture; the event table still lists the flow.
		 */
		if (e->from == e->to)
			continue;
		if (!an[e->from] || !an[e->to]) {
			sum->omitted_edges++;
			continue;
		}
		style_edge(agedge(g, an[e->from], an[e->to], NULL, 1), e, o ? o->tooltip_max : 0);
		sum->edges++;
	}
	for (size_t i = 0; i < m->n_sums; i++) {
		const struct gsummary *s = &m->sums[i];
		if (!an[s->from] || !an[s->to])
			continue;
		style_summary(agedge(g, an[s->from], an[s->to], NULL, 1), s);
		sum->summaries++;
	}
	if (m->n_inlined)
		note(g, "inlined", "call sites:", m->inlined.buf, 12);
	safe_note(g, m);
	if (sum->omitted_nodes) {
		int k = snprintf(msg, sizeof(msg), "%zu more nodes and %zu edges not shown\n",
				 sum->omitted_nodes, sum->omitted_edges);
		if (sum->summaries)
			snprintf(msg + k, sizeof(msg) - (size_t)k,
				 "%zu dashed \"N hops\" edge%s stand%s for paths through them\n",
				 sum->summaries, sum->summaries == 1 ? "" : "s",
				 sum->summaries == 1 ? "s" : "");
		snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg), "(raise --max-nodes)");
		note(g, "omitted", "left out:", msg, 3);
	}
	if (!m->n_nodes)
		note(g, "empty", "no escape-analysis facts for this function", "", 0);
	free(an);
	return g;
}

int render_graph(struct graph_renderer *r, const struct mfunc *g,
		 const struct graph_opts *o, const char *format, struct sbuf *out,
		 struct graph_summary *sum, struct sbuf *err)
{
	static const char *const formats[] = { "svg", "png", "pdf", "dot" };
	struct graph_summary local = { 0 };
	struct gmodel m;
	struct loc_namer nm;
	Agraph_t *ag = NULL;
	char *data = NULL;
	unsigned int len = 0;
	int rc = ESCVIZ_EUSAGE;

	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (!strcmp(format, formats[i]))
			rc = 0;
	if (rc)
		return error_set(err, rc, "unknown diagram format '%s' (svg, png, pdf or dot)",
				 format);
	if (!sum)
		sum = &local;
	memset(sum, 0, sizeof(*sum));
	loc_namer_init(&nm, g, o ? o->go_version : NULL, o ? o->sigs : NULL);
	gmodel_build(&m, g, &nm);
	gmodel_select(&m, o ? o->max_nodes : 0);
	ag = build(g, &m, sum, o);
	if (o && o->skip_flowless && !sum->edges && !sum->summaries) {
		agclose(ag); /* places and notes only: the caller says so in words */
		gmodel_release(&m);
		loc_namer_release(&nm);
		return 0;
	}
	sbuf_reset(&gv_errors);
	if (gvLayout(r->gvc, ag, "dot") != 0 ||
	    gvRenderData(r->gvc, ag, format, &data, &len) != 0) {
		rc = error_set(err, ESCVIZ_ERROR, "Graphviz failed on '%s': %s", g->name,
			       gv_errors.len ? gv_errors.buf : "no message");
		goto out;
	}
	sbuf_add(out, data, len);
out:
	if (data)
		gvFreeRenderData(data);
	gvFreeLayout(r->gvc, ag);
	agclose(ag);
	gmodel_release(&m);
	loc_namer_release(&nm);
	return rc;
}
