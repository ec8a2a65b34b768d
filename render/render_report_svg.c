/*
 * A function's diagram in its report page: Graphviz's SVG, smaller.
 *
 * A whole-std report draws some 16,000 diagrams, half of its bytes, so the
 * SVG Graphviz writes is rewritten as it is copied (svg_min()): what the
 * style sheet gives is left out, coordinates are whole points, polygons
 * and curves are paths of relative moves, and tooltips are <title>
 * elements instead of <a> wrappers.  What a reader sees and hovers is the
 * same.
 */
#include "render/render_report_internal.h"

#include <stdlib.h>
#include <string.h>

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

/* ---- numbers ---------------------------------------------------------- */

/*
 * The number at v[*i..n), after spaces and commas, rounded to a whole
 * number, half away from zero ("-101.5" is -102, "-0.4" is 0): 1 and *i
 * past it, or 0 when no number (of at most 15 digits) is there.
 */
static int read_whole(const char *v, size_t n, size_t *i, long *out)
{
	size_t k = *i, d;
	long val = 0;
	int neg = 0;
	while (k < n && (v[k] == ' ' || v[k] == ','))
		k++;
	if (k < n && v[k] == '-')
		neg = 1, k++;
	for (d = k; k < n && v[k] >= '0' && v[k] <= '9' && k - d < 15; k++)
		val = val * 10 + (v[k] - '0');
	if (k == d || (k < n && v[k] >= '0' && v[k] <= '9'))
		return 0;
	if (k < n && v[k] == '.') {
		k++;
		if (k < n && v[k] >= '5' && v[k] <= '9')
			val++;
		while (k < n && v[k] >= '0' && v[k] <= '9')
			k++;
	}
	*out = neg ? -val : val;
	*i = k;
	return 1;
}

/* Append x, after a space when it follows a number and has no '-' to part them. */
static void put_num(struct sbuf *sb, long x, int after_number)
{
	char d[24];
	int len = 0;
	unsigned long u = x < 0 ? 0UL - (unsigned long)x : (unsigned long)x;
	if (x < 0)
		sbuf_addch(sb, '-');
	else if (after_number)
		sbuf_addch(sb, ' ');
	do
		d[len++] = (char)('0' + u % 10);
	while (u /= 10);
	while (len)
		sbuf_addch(sb, d[--len]);
}

/* The numbers of v[0..n) as whole numbers, what is between them as it is. */
static void whole_numbers(struct sbuf *sb, const char *v, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t j = i;
		long x;
		if ((v[i] == '-' || (v[i] >= '0' && v[i] <= '9')) && read_whole(v, n, &j, &x)) {
			put_num(sb, x, 0);
			i = j;
		} else {
			sbuf_addch(sb, v[i++]);
		}
	}
}

/*
 * A polygon's or polyline's points as a path: "M x y" then relative moves
 * ("l dx dy ..."), "z" for a polygon, whose last point (its first again)
 * the "z" draws.  Moves are between rounded points, so they add up to
 * them.
 */
static void points_path(struct sbuf *sb, const char *v, size_t n, int closed)
{
	size_t i = 0;
	long x0, y0, px, py, x, y;
	int moves = 0;
	if (!read_whole(v, n, &i, &x0) || !read_whole(v, n, &i, &y0))
		return; /* no point: an empty path draws nothing, as the polygon */
	sbuf_addch(sb, 'M');
	put_num(sb, x0, 0);
	put_num(sb, y0, 1);
	px = x0, py = y0;
	while (read_whole(v, n, &i, &x) && read_whole(v, n, &i, &y)) {
		size_t k = i;
		long more;
		if (closed && x == x0 && y == y0 && !read_whole(v, n, &k, &more))
			break; /* the closing point */
		if (!moves++)
			sbuf_addch(sb, 'l');
		put_num(sb, x - px, moves > 1);
		put_num(sb, y - py, 1);
		px = x, py = y;
	}
	if (closed)
		sbuf_addch(sb, 'z');
}

/*
 * An edge's curve, "M x,y C x1,y1 x2,y2 x3,y3 ..." as Graphviz writes it,
 * as "M x y c ..." of relative control points.  Anything else is copied
 * with whole numbers.
 */
static void curve_path(struct sbuf *sb, const char *v, size_t n)
{
	size_t i = 0, start = sb->len;
	long px, py, c[6];
	int segments = 0;
	while (i < n && v[i] == ' ')
		i++;
	if (i >= n || v[i++] != 'M' || !read_whole(v, n, &i, &px) || !read_whole(v, n, &i, &py))
		goto plain;
	while (i < n && v[i] == ' ')
		i++;
	if (i >= n || v[i++] != 'C')
		goto plain;
	sbuf_addch(sb, 'M');
	put_num(sb, px, 0);
	put_num(sb, py, 1);
	sbuf_addch(sb, 'c');
	for (;;) {
		int k = 0;
		while (k < 6 && read_whole(v, n, &i, &c[k]))
			k++;
		if (k == 0)
			break;
		if (k < 6)
			goto plain;
		for (int j = 0; j < 6; j += 2) {
			put_num(sb, c[j] - px, segments || j);
			put_num(sb, c[j + 1] - py, 1);
		}
		px = c[4], py = c[5];
		segments++;
	}
	while (i < n && v[i] == ' ')
		i++;
	if (i == n && segments)
		return;
plain:
	sbuf_setlen(sb, start);
	whole_numbers(sb, v, n);
}

/* ---- the SVG body ------------------------------------------------------- */

/* Attribute text v[0..n), without the function's folder (home). */
static void add_without_home(struct sbuf *sb, const char *v, size_t n, const char *home,
			     size_t hn)
{
	for (const char *t = v, *ve = v + n; t < ve;) {
		if (hn && (size_t)(ve - t) > hn && !memcmp(t, home, hn)) {
			t += hn;
			continue;
		}
		sbuf_addch(sb, *t++);
	}
}

/*
 * <a xlink:title="T"> (its only attribute) at p, the tag ending at gt:
 * written as <title>T</title>, the element's own tooltip.  0 when the tag
 * is something else.
 */
static int link_as_title(struct sbuf *sb, const char *p, const char *gt, const char *home,
			 size_t hn)
{
	static const char lead[] = "<a xlink:title=\"";
	const char *v = p + sizeof(lead) - 1, *q;
	if ((size_t)(gt - p) < sizeof(lead) || memcmp(p, lead, sizeof(lead) - 1) ||
	    !(q = memchr(v, '"', (size_t)(gt - v))) || q + 1 != gt)
		return 0;
	sbuf_addstr(sb, "<title>");
	add_without_home(sb, v, (size_t)(q - v), home, hn);
	sbuf_addstr(sb, "</title>");
	return 1;
}

/*
 * Graphviz's SVG body, smaller: no comments, no <title> of the generated
 * ids (n0, n0->n1), no ids on groups, no empty groups, no newlines between
 * tags; the font family, the centred anchor and the nodes' font size said
 * once on the root (SVG_ROOT_ATTRS), the default fills, strokes and edge
 * font size left to escviz.css (SVG_CSS in render_report_html.c: an edge's
 * arrowhead is the path after its curve); whole-point coordinates;
 * polygons and polylines as paths of relative moves, curves with relative
 * control points; each <a xlink:title> a <title>; the function's folder
 * (home) left out of tooltips.  Text and attribute values are copied as
 * Graphviz escaped them.
 */
/* Past what p begins with, open ... close (the end when unclosed), or NULL. */
static const char *skip_element(const char *p, const char *end, const char *open,
				const char *close)
{
	size_t no = strlen(open), nc = strlen(close);
	const char *c;
	if ((size_t)(end - p) < no || memcmp(p, open, no))
		return NULL;
	for (c = p + no; c + nc <= end && memcmp(c, close, nc); c++)
		;
	return c + nc <= end ? c + nc : end;
}

#define SVG_ROOT_ATTRS \
	" font-family=\"Helvetica,sans-Serif\" text-anchor=\"middle\" font-size=\"10\""

static void svg_min(struct sbuf *sb, const char *p, const char *end, const char *home)
{
	unsigned char dropped[64]; /* per open <g> or <a>: 1 when its tags were left out */
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
		if ((q = skip_element(p, end, "<!--", "-->")) ||
		    (q = skip_element(p, end, "<title>", "</title>"))) {
			p = q;
			continue;
		}
		/* A tag: its name, then each attribute. */
		q = p + 1;
		while (q < end && *q != ' ' && *q != '>' && *q != '/')
			q++;
		if (p[1] == '/' || p[1] == '!' || p[1] == '?') {
			int close_g = end - p >= 4 && !memcmp(p, "</g>", 4);
			int close_group = close_g || (end - p >= 4 && !memcmp(p, "</a>", 4));
			q = memchr(p, '>', (size_t)(end - p));
			q = q ? q + 1 : end;
			if (close_g && depth == edge_at)
				edge_at = 0;
			if (close_group && depth && depth <= sizeof(dropped) && dropped[depth - 1]) {
				depth--;
				p = q;
				continue;
			}
			depth -= close_group && depth;
			sbuf_add(sb, p, (size_t)(q - p));
			p = q;
			continue;
		}
		int is_g = q - p == 2 && p[1] == 'g', is_a = q - p == 2 && p[1] == 'a';
		int group = is_g || is_a, edge_g = 0;
#define TAG(s) ((size_t)(q - p - 1) == sizeof(s) - 1 && !memcmp(p + 1, s, sizeof(s) - 1))
		int poly = TAG("polygon"), polyline = TAG("polyline");
		int shape = poly || polyline || TAG("path") || TAG("ellipse"), text = TAG("text");
#undef TAG
		if (is_a) {
			const char *gt = memchr(p, '>', (size_t)(end - p));
			if (gt && gt[-1] != '/' && link_as_title(sb, p, gt, home, hn)) {
				if (depth < sizeof(dropped))
					dropped[depth] = 1;
				else
					sbuf_addstr(sb, "<a>"); /* deeper than tracked: kept */
				depth++;
				p = gt + 1;
				continue;
			}
		}
		tag_at = sb->len;
		if (poly || polyline)
			sbuf_addstr(sb, "<path");
		else
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
			if (IS("points")) {
				sbuf_addstr(sb, "d=\"");
				points_path(sb, v, (size_t)(ve - v), poly);
			} else {
				sbuf_add(sb, name, (size_t)(v - name));
				if (IS("d"))
					curve_path(sb, v, (size_t)(ve - v));
				else if (IS("x") || IS("y") || IS("cx") || IS("cy") || IS("rx") ||
					 IS("ry") || IS("font-size"))
					whole_numbers(sb, v, (size_t)(ve - v));
				else if (IS("xlink:title"))
					add_without_home(sb, v, (size_t)(ve - v), home, hn);
				else
					sbuf_add(sb, v, (size_t)(ve - v));
			}
			sbuf_addch(sb, '"');
#undef IS
#undef VAL
		}
		if (p < end) {
			int self = p[-1] == '/';
			if (sb->len && sb->buf[sb->len - 1] == ' ')
				sbuf_setlen(sb, sb->len - 1);
			if (group && !self) {
				int bare = is_g && sb->len == tag_at + 2; /* "<g": no attribute kept */
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
void report_inline_svg(struct sbuf *sb, const struct sbuf *svg, const char *name,
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
