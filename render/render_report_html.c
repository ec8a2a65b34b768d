/*
 * The report's page frame, its two shared files and its charts.
 *
 * The style sheet and the script are files of the site (escviz.css,
 * escviz.js) rather than copies inlined in each of thousands of pages;
 * they are local, so the site still needs no network.  The script only
 * adds sorting and filtering: every page reads fully without it.
 */
#include "render/render_report_internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "common/pos.h"
#include "common/util.h"
#include "render/render_escape.h"

static const char css[] =
	":root{--esc:#b71c1c;--moved:#e65100;--ok:#2e7d32;--ink:#1b1b1b;--mute:#555;"
	"--line:#d0d7de;--bg:#fff;--alt:#f6f8fa}\n"
	"body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,"
	"sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;padding:0 1.5rem 3rem;"
	"max-width:80rem}\n"
	"header.top{border-bottom:1px solid var(--line);padding:.6rem 0;margin-bottom:1rem}\n"
	"header.top a{color:var(--mute);text-decoration:none;margin-right:1rem}\n"
	"h1{font-size:1.5rem;margin:.6rem 0;word-break:break-all}h2{font-size:1.2rem;"
	"margin-top:2rem}\n"
	"code,pre,.mono{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,"
	"monospace;font-size:.9em}\n"
	"table{border-collapse:collapse;margin:.5rem 0;width:100%}\n"
	"th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;"
	"vertical-align:top}\n"
	"td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\n"
	"tbody tr:nth-child(even){background:var(--alt)}\n"
	"th button{font:inherit;font-weight:600;background:none;border:0;padding:0;"
	"cursor:pointer;color:inherit}\n"
	"th[aria-sort=ascending] button::after{content:' \\25B2'}"
	"th[aria-sort=descending] button::after{content:' \\25BC'}\n"
	"dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}"
	"dl.facts dt{font-weight:600}dl.facts dd{margin:0}\n"
	".tag{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.85em;"
	"border:1px solid}\n"
	".k-heap_escape,.k-moved_to_heap{color:var(--esc);border-color:var(--esc)}"
	".k-leaking_param,.k-leaking_param_content,.k-leaking_param_result{color:var(--moved);"
	"border-color:var(--moved)}.k-does_not_escape{color:var(--ok);border-color:var(--ok)}\n"
	"figure.diagram{margin:1rem 0;overflow:auto;border:1px solid var(--line);"
	"padding:.5rem}\nfigure.diagram svg{height:auto}\n"
	"figcaption{color:var(--mute);font-size:.9em}\n"
	"ol.expl{margin:.2rem 0 .2rem 1.2rem;padding:0}ol.expl li{margin:.1rem 0}\n"
	".filter{margin:.5rem 0}.filter input{font:inherit;padding:.3rem .5rem;width:20rem;"
	"max-width:100%}\n"
	"table.src td.code{white-space:pre;tab-size:4;font-family:ui-monospace,'DejaVu Sans Mono',"
	"monospace;font-size:.85em}table.src td.ln{color:var(--mute);text-align:right}\n"
	"table.src tr.hit td.code{background:#fff4e5}\n"
	".note{color:var(--mute)}\n"
	".hot{display:inline-block;border-radius:3px;padding:0 .35rem;font-size:.85em;"
	"font-weight:600;color:#fff;background:var(--esc)}\n"
	"table.prof td.n,table.prof th.n{white-space:nowrap}\n";

static const char js[] =
	"\"use strict\";\n"
	"(function () {\n"
	"  function key(td) { return td ? td.getAttribute(\"data-v\") : null; }\n"
	"  function cmp(a, b, col) {\n"
	"    var x = key(a.cells[col]), y = key(b.cells[col]);\n"
	"    if (x !== null && y !== null) return parseFloat(x) - parseFloat(y);\n"
	"    return a.cells[col].textContent.localeCompare(b.cells[col].textContent);\n"
	"  }\n"
	"  function sortBy(table, th, col) {\n"
	"    var asc = th.getAttribute(\"aria-sort\") !== \"ascending\";\n"
	"    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);\n"
	"    table.querySelectorAll(\"thead th\").forEach(function (h) {\n"
	"      h.removeAttribute(\"aria-sort\"); });\n"
	"    th.setAttribute(\"aria-sort\", asc ? \"ascending\" : \"descending\");\n"
	"    rows.sort(function (a, b) { var r = cmp(a, b, col); return asc ? r : -r; });\n"
	"    rows.forEach(function (r) { body.appendChild(r); });\n"
	"  }\n"
	"  document.querySelectorAll(\"table.sortable\").forEach(function (t) {\n"
	"    t.querySelectorAll(\"thead th\").forEach(function (th, i) {\n"
	"      var b = document.createElement(\"button\");\n"
	"      b.type = \"button\"; b.textContent = th.textContent;\n"
	"      b.title = \"sort by \" + th.textContent;\n"
	"      th.textContent = \"\"; th.appendChild(b);\n"
	"      b.addEventListener(\"click\", function () { sortBy(t, th, i); });\n"
	"    });\n"
	"  });\n"
	"  document.querySelectorAll(\"input.filter\").forEach(function (inp) {\n"
	"    var t = document.getElementById(inp.getAttribute(\"data-table\"));\n"
	"    var out = document.getElementById(inp.getAttribute(\"data-count\"));\n"
	"    if (!t) return;\n"
	"    inp.addEventListener(\"input\", function () {\n"
	"      var q = inp.value.toLowerCase(), rows = t.tBodies[0].rows, shown = 0;\n"
	"      for (var i = 0; i < rows.length; i++) {\n"
	"        var ok = rows[i].textContent.toLowerCase().indexOf(q) >= 0;\n"
	"        rows[i].hidden = !ok; if (ok) shown++;\n"
	"      }\n"
	"      if (out) out.textContent = shown + \" of \" + rows.length + \" rows shown\";\n"
	"    });\n"
	"  });\n"
	"})();\n";

void report_html(struct sbuf *sb, const char *s)
{
	if (s)
		sbuf_add_html(sb, s, strlen(s));
}

void report_page_begin(struct sbuf *sb, const char *title, const char *up)
{
	sbuf_addstr(sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		    "<title>");
	sbuf_add_html(sb, title, strlen(title));
	sbuf_addf(sb, " - escviz report</title>\n<link rel=\"icon\" href=\"data:,\">\n"
		  "<link rel=\"stylesheet\" href=\"%sescviz.css\">\n</head>\n<body>\n"
		  "<header class=\"top\"><nav aria-label=\"site\"><a href=\"%sindex.html\">"
		  "escviz report: summary</a></nav></header>\n<main>\n", up, up);
}

void report_page_end(struct sbuf *sb, const char *up)
{
	sbuf_addf(sb, "</main>\n<script src=\"%sescviz.js\"></script>\n</body>\n</html>\n", up);
}

int report_write(struct report_ctx *c, const char *rel, const struct sbuf *sb,
		 struct sbuf *err)
{
	struct sbuf path = SBUF_INIT;
	FILE *f;
	int rc = 0;

	sbuf_addf(&path, "%s/%s", c->o->out_dir, rel);
	f = fopen(path.buf, "wb");
	if (!f || fwrite(sb->buf, 1, sb->len, f) != sb->len)
		rc = error_set(err, ESCVIZ_EIO, "%s: cannot write: %s", path.buf, strerror(errno));
	if (f && fclose(f) != 0 && !rc)
		rc = error_set(err, ESCVIZ_EIO, "%s: cannot write: %s", path.buf, strerror(errno));
	if (!rc) {
		c->res->bytes += sb->len;
		c->res->pages += strstr(rel, ".html") != NULL;
	}
	sbuf_release(&path);
	return rc;
}

int report_write_assets(struct report_ctx *c, struct sbuf *err)
{
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	int rc;
	sbuf_addstr(&a, css);
	sbuf_addstr(&b, js);
	rc = report_write(c, "escviz.css", &a, err);
	if (!rc)
		rc = report_write(c, "escviz.js", &b, err);
	sbuf_release(&a);
	sbuf_release(&b);
	return rc;
}

void report_pct(struct sbuf *sb, int64_t num, int64_t den)
{
	if (den <= 0)
		sbuf_addstr(sb, "-");
	else
		sbuf_addf(sb, "%.1f %%", 100.0 * (double)num / (double)den);
}

void report_count(struct sbuf *sb, int64_t v)
{
	char d[24];
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	int n = snprintf(d, sizeof(d), "%llu", (unsigned long long)u);

	if (v < 0)
		sbuf_addch(sb, '-');
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			sbuf_addch(sb, ',');
		sbuf_addch(sb, d[i]);
	}
}

void report_num_td(struct sbuf *sb, int64_t v)
{
	sbuf_addf(sb, "<td class=\"n\" data-v=\"%lld\">%lld</td>", (long long)v, (long long)v);
}

void report_pct_td(struct sbuf *sb, int64_t num, int64_t den)
{
	sbuf_addf(sb, "<td class=\"n\" data-v=\"%.4f\">", den > 0 ? (double)num / (double)den : -1.0);
	report_pct(sb, num, den);
	sbuf_addstr(sb, "</td>");
}

void report_kind_tag(struct sbuf *sb, const char *kind)
{
	sbuf_addstr(sb, "<span class=\"tag k-");
	sbuf_add_html(sb, kind, strlen(kind));
	sbuf_addstr(sb, "\">");
	for (const char *p = kind; *p; p++)
		if (*p == '_')
			sbuf_addch(sb, ' ');
		else
			sbuf_add_html(sb, p, 1); /* kinds are [a-z_], but the file is input */
	sbuf_addstr(sb, "</span>");
}

void report_filter(struct sbuf *sb, const char *table_id, const char *what)
{
	sbuf_addf(sb, "<p class=\"filter\"><label>Filter %s: <input type=\"search\" "
		  "class=\"filter\" data-table=\"%s\" data-count=\"%s-count\" "
		  "placeholder=\"type part of a name\"></label> <span id=\"%s-count\" "
		  "aria-live=\"polite\"></span></p>\n", what, table_id, table_id, table_id);
}

void report_href(struct sbuf *sb, const char *page)
{
	struct sbuf u = SBUF_INIT;
	sbuf_add_uri(&u, page, strlen(page));
	sbuf_add_html(sb, u.buf, u.len);
	sbuf_release(&u);
}

void report_pos(struct sbuf *sb, const char *file, int64_t line, int64_t col, const char *none)
{
	struct sbuf p = SBUF_INIT;
	pos_format(&p, file, line, col, none);
	sbuf_add_html(sb, p.buf, p.len);
	sbuf_release(&p);
}

/* The label of a bar, cut to keep the chart's left column narrow. */
static void bar_label(struct sbuf *sb, const char *s)
{
	size_t n = strlen(s), max = 42;
	if (n <= max) {
		sbuf_add_svg(sb, s, n);
		return;
	}
	/* Keep the end: package and function names differ at their ends. */
	while (((unsigned char)s[n - max] & 0xc0) == 0x80)
		max--;
	sbuf_addstr(sb, "...");
	sbuf_add_svg(sb, s + n - max, max);
}

static void chart_row(struct sbuf *sb, const struct bar *b, size_t i, double scale, unsigned id)
{
	double y = 40 + 22.0 * (double)i, wa = (double)b->a * scale, wb = (double)b->b * scale;

	if (b->href) {
		sbuf_addstr(sb, "<a href=\"");
		report_href(sb, b->href);
		sbuf_addstr(sb, "\">");
	}
	sbuf_addf(sb, "<text x=\"290\" y=\"%.0f\" text-anchor=\"end\" class=\"bl\">", y + 14);
	bar_label(sb, b->label);
	sbuf_addstr(sb, "</text>");
	if (b->href)
		sbuf_addstr(sb, "</a>");
	sbuf_addf(sb, "<rect x=\"300\" y=\"%.0f\" width=\"%.1f\" height=\"16\" fill=\"#b71c1c\"/>"
		  "<rect x=\"%.1f\" y=\"%.0f\" width=\"%.1f\" height=\"16\" fill=\"url(#hatch%u)\" "
		  "stroke=\"#e65100\"/>", y + 2, wa, 300 + wa, y + 2, wb, id);
	sbuf_addf(sb, "<text x=\"%.1f\" y=\"%.0f\" class=\"bv\">%lld + %lld</text>\n",
		  306 + wa + wb, y + 14, (long long)b->a, (long long)b->b);
}

void report_chart(struct sbuf *sb, const char *title, const char *a_name,
		  const char *b_name, const struct bar *bars, size_t n)
{
	int64_t max = 1;
	double h = 50 + 22.0 * (double)n;
	static unsigned id;

	for (size_t i = 0; i < n; i++)
		if (bars[i].a + bars[i].b > max)
			max = bars[i].a + bars[i].b;
	id++;
	sbuf_addf(sb, "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
		  "role=\"img\" aria-labelledby=\"ct%u cd%u\" width=\"820\" height=\"%.0f\" "
		  "viewBox=\"0 0 820 %.0f\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"
		  "<title id=\"ct%u\">", id, id, h, h, id);
	sbuf_add_svg(sb, title, strlen(title));
	sbuf_addf(sb, "</title><desc id=\"cd%u\">Solid bars: ", id);
	sbuf_add_svg(sb, a_name, strlen(a_name));
	sbuf_addstr(sb, "; hatched bars: ");
	sbuf_add_svg(sb, b_name, strlen(b_name));
	sbuf_addf(sb, ". The same numbers are in the table below.</desc>"
		    "<defs><pattern id=\"hatch%u\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
		    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffe0b2\"/>"
		    "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#e65100\" stroke-width=\"3\"/>"
		    "</pattern></defs>\n", id);
	sbuf_addf(sb, "<rect x=\"300\" y=\"8\" width=\"14\" height=\"14\" fill=\"#b71c1c\"/>"
		  "<text x=\"320\" y=\"20\">");
	sbuf_add_svg(sb, a_name, strlen(a_name));
	sbuf_addf(sb, "</text><rect x=\"480\" y=\"8\" width=\"14\" height=\"14\" "
		    "fill=\"url(#hatch%u)\" stroke=\"#e65100\"/><text x=\"500\" y=\"20\">", id);
	sbuf_add_svg(sb, b_name, strlen(b_name));
	sbuf_addstr(sb, "</text>\n");
	for (size_t i = 0; i < n; i++)
		chart_row(sb, &bars[i], i, 420.0 / (double)max, id);
	sbuf_addstr(sb, "</svg><figcaption>");
	sbuf_add_html(sb, title, strlen(title));
	sbuf_addstr(sb, "</figcaption></figure>\n");
}
