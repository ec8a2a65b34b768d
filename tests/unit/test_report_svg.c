/*
 * report_inline_svg() against Graphviz's own SVG: a graph of every shape,
 * style and arrowhead escviz's diagrams use is laid out and rendered by
 * Graphviz here (cgraph + gvc, not escviz's graph code), then minified.
 * The minified SVG must draw the same thing: element for element, its
 * paths decode to Graphviz's points and control points rounded to whole
 * points, ellipses and text sit where Graphviz put them, and each
 * tooltip is a <title> with Graphviz's text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "render/render_report_internal.h"

static void set(void *obj, const char *attr, const char *value)
{
	agsafeset(obj, (char *)attr, (char *)value, "");
}

/* Graphviz's SVG of a graph with the diagrams' shapes, styles and arrows. */
static char *graphviz_svg(unsigned int *len)
{
	static const char *const shapes[] = { "doubleoctagon", "invhouse", "house", "ellipse",
					      "box3d", "component", "cds", "box", "note" };
	GVC_t *gvc = gvContext();
	Agraph_t *g = agopen("G", Agdirected, NULL);
	Agnode_t *n[9];
	char *data = NULL, id[8];
	set(g, "rankdir", "LR");
	for (int i = 0; i < 9; i++) {
		snprintf(id, sizeof(id), "n%d", i);
		n[i] = agnode(g, id, 1);
		set(n[i], "shape", shapes[i]);
		set(n[i], "label", i == 4 ? "storage for\\nmake([]byte, n)" : shapes[i]);
		set(n[i], "tooltip", i == 1 ? "parameter: p & \"q\" <x>" : shapes[i]);
	}
	set(n[1], "peripheries", "2");
	set(n[1], "style", "filled,bold");
	set(n[1], "fillcolor", "#ffebee");
	set(n[0], "style", "filled,bold");
	set(n[3], "style", "dashed");
	for (int i = 1; i < 9; i++) {
		Agedge_t *e = agedge(g, n[i], n[i % 2 ? 0 : i - 1], NULL, 1);
		set(e, "label", "call parameter");
		set(e, "tooltip", "f(x) (call parameter) at a.go:3:4");
		if (i == 3)
			set(e, "arrowhead", "odot");
		if (i == 5)
			set(e, "style", "dashed");
	}
	set(agedge(g, n[8], n[2], NULL, 1), "label", "a long way round");
	assert_int_equal(gvLayout(gvc, g, "dot"), 0);
	assert_int_equal(gvRenderData(gvc, g, "svg", &data, len), 0);
	char *copy = malloc(*len + 1);
	memcpy(copy, data, *len);
	copy[*len] = '\0';
	gvFreeRenderData(data);
	gvFreeLayout(gvc, g);
	agclose(g);
	gvFreeContext(gvc);
	return copy;
}

/* Half away from zero, as the minifier rounds. */
static long whole(double v)
{
	return v < 0 ? -(long)(-v + 0.5) : (long)(v + 0.5);
}

/* The numbers of s[0..n), in order. */
static size_t numbers(const char *s, size_t n, double *out, size_t max)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < max;) {
		if (s[i] == '-' || (s[i] >= '0' && s[i] <= '9')) {
			char *e;
			out[k++] = strtod(s + i, &e);
			i = (size_t)(e - s);
		} else {
			i++;
		}
	}
	return k;
}

/* The value of attribute name (with '=') in tag t[0..n), or NULL. */
static const char *attr(const char *t, size_t n, const char *name, size_t *len)
{
	size_t k = strlen(name);
	for (size_t i = 0; i + k < n; i++)
		if ((t[i - (i > 0)] == ' ' || i == 0) && !strncmp(t + i, name, k) && t[i + k] == '"') {
			const char *v = t + i + k + 1;
			*len = (size_t)((const char *)memchr(v, '"', n - i - k - 1) - v);
			return v;
		}
	return NULL;
}

/*
 * A minified path's d as absolute numbers: "M x y", then "l" moves (and
 * "z": the first point again) or "c" control points relative to each
 * segment's start.
 */
static size_t decode(const char *d, size_t n, double *out, size_t max)
{
	double v[512] = { 0 };
	size_t k = 0, nv;
	const char *l = memchr(d, 'l', n), *c = memchr(d, 'c', n);
	nv = numbers(d, n, v, 512);
	assert_true(nv >= 2 && d[0] == 'M');
	out[k++] = v[0];
	out[k++] = v[1];
	if (l) {
		double x = v[0], y = v[1];
		for (size_t i = 2; i + 1 < nv && k + 2 <= max; i += 2) {
			x += v[i], y += v[i + 1];
			out[k++] = x, out[k++] = y;
		}
		if (d[n - 1] == 'z')
			out[k++] = v[0], out[k++] = v[1];
	} else if (c) {
		double x = v[0], y = v[1];
		assert_int_equal((nv - 2) % 6, 0);
		for (size_t i = 2; i + 5 < nv && k + 6 <= max; i += 6) {
			for (int j = 0; j < 6; j += 2)
				out[k++] = x + v[i + j], out[k++] = y + v[i + j + 1];
			x += v[i + 4], y += v[i + 5];
		}
	}
	return k;
}

struct elem {
	char name[16];
	const char *tag;
	size_t len;
};

/* The drawing elements of svg[0..n) in order (shapes and text). */
static size_t elements(const char *s, struct elem *out, size_t max)
{
	static const char *const names[] = { "polygon", "polyline", "path", "ellipse", "text" };
	size_t k = 0;
	for (const char *p = strchr(s, '<'); p && k < max; p = strchr(p + 1, '<')) {
		for (size_t i = 0; i < 5; i++) {
			size_t nl = strlen(names[i]);
			if (!strncmp(p + 1, names[i], nl) && (p[1 + nl] == ' ' || p[1 + nl] == '>')) {
				snprintf(out[k].name, sizeof(out[k].name), "%s", names[i]);
				out[k].tag = p;
				out[k].len = (size_t)(strchr(p, '>') - p);
				k++;
			}
		}
	}
	return k;
}

static void same_drawing(void **state)
{
	unsigned int len;
	char *svg = graphviz_svg(&len);
	struct sbuf in = SBUF_INIT, out = SBUF_INIT;
	struct graph_summary sum = { 0 };
	static struct elem a[400], b[400];
	size_t na, nb, paths = 0, curves = 0;
	(void)state;

	sbuf_add(&in, svg, len);
	report_inline_svg(&out, &in, "f", NULL, &sum);
	assert_non_null(strstr(out.buf, "<svg role=\"img\""));
	assert_null(strstr(out.buf, "<polygon"));
	assert_null(strstr(out.buf, "<polyline"));
	assert_null(strstr(out.buf, "<a "));
	assert_null(strstr(out.buf, "</a>"));
	/* the tooltips, as Graphviz escaped them */
	assert_non_null(strstr(out.buf, "<title>parameter: p &amp; &quot;q&quot; &lt;x&gt;</title>"));
	assert_non_null(strstr(out.buf, "<title>f(x) (call parameter) at a.go:3:4</title>"));

	na = elements(svg, a, 400);
	nb = elements(out.buf, b, 400);
	assert_true(na > 30);
	assert_int_equal(na, nb);
	for (size_t i = 0; i < na; i++) {
		double x[512], y[512];
		size_t nx = 0, ny = 0, vl;
		const char *v;
		if (!strcmp(a[i].name, "polygon") || !strcmp(a[i].name, "polyline") ||
		    !strcmp(a[i].name, "path")) {
			int poly = a[i].name[4] == 'g';
			assert_string_equal(b[i].name, "path");
			v = attr(a[i].tag, a[i].len, strcmp(a[i].name, "path") ? "points=" : "d=", &vl);
			assert_non_null(v);
			nx = numbers(v, vl, x, 512);
			v = attr(b[i].tag, b[i].len, "d=", &vl);
			assert_non_null(v);
			ny = decode(v, vl, y, 512);
			if (poly && nx == ny + 2 && x[0] == x[nx - 2] && x[1] == x[nx - 1])
				nx -= 2; /* Graphviz repeats the first point; "z" did not */
			paths += poly || a[i].name[4] == 'l';
			curves += !strcmp(a[i].name, "path");
		} else if (!strcmp(a[i].name, "ellipse") || !strcmp(a[i].name, "text")) {
			static const char *const ea[] = { "cx=", "cy=", "rx=", "ry=" }, *ta[] = { "x=", "y=" };
			int is_e = a[i].name[0] == 'e';
			assert_string_equal(b[i].name, a[i].name);
			for (int j = 0; j < (is_e ? 4 : 2); j++) {
				const char *name = is_e ? ea[j] : ta[j];
				v = attr(a[i].tag, a[i].len, name, &vl);
				assert_non_null(v);
				x[nx++] = strtod(v, NULL);
				v = attr(b[i].tag, b[i].len, name, &vl);
				assert_non_null(v);
				y[ny++] = strtod(v, NULL);
			}
		}
		if (nx != ny)
			fail_msg("element %zu (%s): %zu numbers, minified %zu", i, a[i].name, nx, ny);
		for (size_t j = 0; j < nx; j++)
			if (fabs((double)whole(x[j]) - y[j]) > 1e-9)
				fail_msg("element %zu (%s) number %zu: Graphviz %g, minified %g", i,
					 a[i].name, j, x[j], y[j]);
	}
	assert_true(paths > 15);  /* the shapes and arrowheads */
	assert_true(curves >= 9); /* each edge */
	free(svg);
	sbuf_release(&in);
	sbuf_release(&out);
}

#define T(name, fn) { "report_svg::" name, fn, NULL, NULL, NULL }

int main(void)
{
	static const struct CMUnitTest tests[] = {
		T("same_drawing", same_drawing),
	};
	return cmocka_run_group_tests_name("report_svg", tests, NULL, NULL);
}
