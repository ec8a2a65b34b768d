/*
 * escviz diff writers for people and spreadsheets: text, Markdown, HTML
 * and CSV.  JSON and SARIF are in render_diff_json.c.
 *
 * Every string that came from a log (package, function, subject, message,
 * file) goes through the escaper of its sink (render_escape.h): term() for
 * the terminal, diff_add_md() and diff_add_html(), csv() for CSV cells
 * (sbuf_add_csv_cell()); positions are printed by pos_format() and escaped
 * whole.
 */
#include "render/render_diff.h"

#include "model/names.h"

#include <stdlib.h>
#include <string.h>

#include "common/pos.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"

int render_diff_format(const char *name)
{
	static const char *const names[] = { "text", "md", "json", "sarif", "html", "csv" };
	for (int i = 0; name && i < 6; i++)
		if (!strcmp(name, names[i]))
			return i;
	return -1;
}

void diff_add_md(struct sbuf *out, const char *s)
{
	if (s)
		sbuf_add_md(out, s, strlen(s));
}

void diff_add_html(struct sbuf *out, const char *s)
{
	if (s)
		sbuf_add_html(out, s, strlen(s));
}

/* Terminal text. */
static void term(struct sbuf *out, const char *s)
{
	if (s)
		sbuf_add_term(out, s, strlen(s));
}

/* "file:line:col", escaped by esc, or "-" without a position. */
static void add_pos(struct sbuf *out, const struct mpos *p,
		    void (*esc)(struct sbuf *, const char *))
{
	struct sbuf t = SBUF_INIT;
	pos_format(&t, p->file, p->line, p->col, p->file ? "" : "-");
	esc(out, t.buf);
	sbuf_release(&t);
}

static const struct mpos *where(const struct diff_item *it)
{
	return it->new_pos.file ? &it->new_pos : &it->old_pos;
}

static void add_build(struct sbuf *out, const struct diff_build *b,
		      void (*esc)(struct sbuf *, const char *))
{
	sbuf_addf(out, "build %lld", (long long)b->id);
	if (b->label) {
		sbuf_addstr(out, " '");
		esc(out, b->label);
		sbuf_addch(out, '\'');
	}
	sbuf_addstr(out, " (go ");
	esc(out, b->go_version ? b->go_version : "?");
	sbuf_addstr(out, ")");
}

static const char *const stat_titles[DS__COUNT] = {
	"heap allocations", "leaking params", "inlinable functions", "inlined calls",
	"devirtualizations",
};

/* benchstat's delta column: "+22.2%", "~" when equal, "new"/"gone" from zero. */
static void add_delta(struct sbuf *out, long a, long b)
{
	if (a == b)
		sbuf_addstr(out, "~");
	else if (a == 0)
		sbuf_addf(out, "+%ld", b);
	else
		sbuf_addf(out, "%+.1f%%", 100.0 * (double)(b - a) / (double)a);
}

/* What the profiles measured for a hot item: " [hot: 20.5 MB, 1.46 s CPU]"; nothing for a cold one. */
static void add_hot(struct sbuf *out, const struct diff_item *it)
{
	int64_t bytes = it->new_bytes >= 0 ? it->new_bytes : it->old_bytes;
	int64_t cpu = it->new_cpu >= 0 ? it->new_cpu : it->old_cpu;
	if (!it->hot)
		return;
	sbuf_addstr(out, " [hot:");
	if (bytes > 0) {
		sbuf_addch(out, ' ');
		sbuf_add_bytes(out, bytes);
	}
	if (cpu > 0) {
		sbuf_addstr(out, bytes > 0 ? ", " : " ");
		sbuf_add_nanos(out, cpu);
		sbuf_addstr(out, " CPU");
	}
	sbuf_addch(out, ']');
}

static void add_counts_line(struct sbuf *out, const struct diff_result *r)
{
	struct diff_counts c;
	size_t hot = 0;
	diff_count(r, &c);
	for (size_t i = 0; r->profiled && i < r->n; i++)
		hot += r->items[i].regression && r->items[i].hot;
	sbuf_addf(out, "%zu change%s: %zu regression%s; %zu added, %zu removed, %zu changed",
		  r->n, r->n == 1 ? "" : "s", c.total_regressions,
		  c.total_regressions == 1 ? "" : "s", c.total[DC_ADDED], c.total[DC_REMOVED],
		  c.total[DC_CHANGED]);
	if (r->profiled)
		sbuf_addf(out, "; %zu regression%s in hot code", hot, hot == 1 ? "" : "s");
	if (c.total[DC_RESPELLED])
		sbuf_addf(out, ", %zu respelled", c.total[DC_RESPELLED]);
	if (r->ignored)
		sbuf_addf(out, "; %zu ignored", r->ignored);
	if (r->respelled_hidden)
		sbuf_addf(out, "; %zu respelling%s hidden (--show-respelled)", r->respelled_hidden,
			  r->respelled_hidden == 1 ? "" : "s");
}

/* ---- text ------------------------------------------------------------------ */

static void text_packages(struct sbuf *b, const struct diff_result *r)
{
	for (size_t i = 0; i < r->npkgs; i++) {
		const struct diff_pkg_stat *p = &r->pkgs[i];
		sbuf_addstr(b, "\npackage: ");
		term(b, *p->package ? p->package : "(no package header)");
		sbuf_addf(b, "\n  %-22s %8s %8s %9s\n", "", "old", "new", "delta");
		for (int s = 0; s < DS__COUNT; s++) {
			struct sbuf d = SBUF_INIT;
			add_delta(&d, p->old[s], p->new[s]);
			sbuf_addf(b, "  %-22s %8ld %8ld %9s\n", stat_titles[s], p->old[s], p->new[s],
				  d.buf);
			sbuf_release(&d);
		}
	}
}

/* Widths of the function and position columns, capped so one long name
 * does not push every line off the screen. */
struct text_widths {
	size_t fn, pos;
};

static void pad(struct sbuf *b, size_t from, size_t width)
{
	for (size_t n = b->len - from; n < width; n++)
		sbuf_addch(b, ' ');
}

static void text_widths(const struct diff_result *r, struct text_widths *w)
{
	struct sbuf t = SBUF_INIT;
	w->fn = w->pos = 1;
	for (size_t i = 0; i < r->n; i++) {
		const char *f = r->items[i].function;
		size_t fn = strlen(model_func_shown(*f ? f : NULL));
		sbuf_reset(&t);
		add_pos(&t, where(&r->items[i]), term);
		w->fn = fn > w->fn && fn <= 40 ? fn : w->fn;
		w->pos = t.len > w->pos && t.len <= 40 ? t.len : w->pos;
	}
	sbuf_release(&t);
}

/* An explanation, one line a step, each after indent. */
static void text_steps(struct sbuf *b, const char *title, const struct diff_step *v, size_t n)
{
	sbuf_addf(b, "      %s\n", title);
	if (!n)
		sbuf_addstr(b, "        (no explanation printed)\n");
	for (size_t s = 0; s < n; s++) {
		sbuf_addstr(b, "        ");
		term(b, v[s].text);
		if (v[s].pos.file) {
			sbuf_addstr(b, " at ");
			add_pos(b, &v[s].pos, term);
		}
		sbuf_addch(b, '\n');
	}
}

/* A changed explanation shows both paths: the old one, then the new one. */
static int shows_both(const struct diff_item *it)
{
	return it->kind == DK_EXPLANATION;
}

static void text_item(struct sbuf *b, const struct diff_item *it, int color,
		      const struct text_widths *w, int caused)
{
	const char *on = color ? (it->regression ? "\033[31m" : "\033[32m") : "";
	size_t start;
	sbuf_addf(b, "%s%s %s%-7s %-*s ", on, it->regression ? "!" : " ", caused ? "  " : "",
		  diff_change_name(it->change), caused ? 19 : 21, diff_kind_name(it->kind));
	start = b->len;
	term(b, model_func_shown(*it->function ? it->function : NULL));
	pad(b, start, w->fn);
	sbuf_addstr(b, "  ");
	start = b->len;
	add_pos(b, where(it), term);
	pad(b, start, w->pos);
	sbuf_addstr(b, "  ");
	term(b, it->message);
	add_hot(b, it);
	sbuf_addstr(b, color ? "\033[0m\n" : "\n");
	if (shows_both(it)) {
		text_steps(b, "was:", it->old_steps, it->nold_steps);
		text_steps(b, "now:", it->new_steps, it->nnew_steps);
	}
}

/*
 * The order people read changes in: each item in r's order, except that
 * an escape caused by an inlining change comes right after that change
 * (indented), not at its own place.  Calls fn(item, caused) per item.
 */
static void each_grouped(const struct diff_result *r, void *ctx,
			 void (*fn)(void *ctx, const struct diff_item *it, int caused))
{
	for (size_t i = 0; i < r->n; i++) {
		const struct diff_item *it = &r->items[i];
		if (it->cause)
			continue;
		fn(ctx, it, 0);
		for (size_t j = 0; it->ncaused && j < r->n; j++)
			if (r->items[j].cause == i + 1)
				fn(ctx, &r->items[j], 1);
	}
}

struct text_ctx {
	struct sbuf *b;
	const char *pkg;
	int color;
	const struct text_widths *w;
};

static void text_one(void *ctx, const struct diff_item *it, int caused)
{
	struct text_ctx *t = ctx;
	if (!t->pkg || strcmp(t->pkg, it->package)) {
		t->pkg = it->package;
		sbuf_addstr(t->b, "\n");
		term(t->b, *t->pkg ? t->pkg : "(no package header)");
		sbuf_addstr(t->b, ":\n");
	}
	text_item(t->b, it, t->color, t->w, caused);
}

static void render_text(struct sbuf *b, const struct diff_result *r, int color)
{
	struct text_widths w;
	struct text_ctx t = { b, NULL, color, &w };
	text_widths(r, &w);
	sbuf_addstr(b, "old: ");
	add_build(b, &r->old, term);
	sbuf_addstr(b, "\nnew: ");
	add_build(b, &r->new, term);
	sbuf_addch(b, '\n');
	text_packages(b, r);
	sbuf_addch(b, '\n');
	add_counts_line(b, r);
	sbuf_addstr(b, r->n ? " ('!' = regression)\n" : "\n");
	each_grouped(r, &t, text_one);
}

/* ---- Markdown ---------------------------------------------------------------- */

static void md_packages(struct sbuf *b, const struct diff_result *r)
{
	sbuf_addstr(b, "| package |");
	for (int s = 0; s < DS__COUNT; s++)
		sbuf_addf(b, " %s |", stat_titles[s]);
	sbuf_addstr(b, "\n|---|");
	for (int s = 0; s < DS__COUNT; s++)
		sbuf_addstr(b, "---:|");
	sbuf_addch(b, '\n');
	for (size_t i = 0; i < r->npkgs; i++) {
		const struct diff_pkg_stat *p = &r->pkgs[i];
		sbuf_addstr(b, "| ");
		diff_add_md(b, *p->package ? p->package : "(no package header)");
		sbuf_addstr(b, " |");
		for (int s = 0; s < DS__COUNT; s++) {
			sbuf_addf(b, " %ld → %ld (", p->old[s], p->new[s]);
			add_delta(b, p->old[s], p->new[s]);
			sbuf_addstr(b, ") |");
		}
		sbuf_addch(b, '\n');
	}
}

/* A path in a Markdown cell: "<br>was: ..." then a line a step. */
static void md_steps(struct sbuf *b, const char *title, const struct diff_step *v, size_t n)
{
	sbuf_addf(b, "<br>**%s**", title);
	if (!n)
		sbuf_addstr(b, " (no explanation printed)");
	for (size_t s = 0; s < n; s++) {
		sbuf_addstr(b, "<br>");
		diff_add_md(b, v[s].text);
		if (v[s].pos.file) {
			sbuf_addstr(b, " at ");
			add_pos(b, &v[s].pos, diff_add_md);
		}
	}
}

static void md_item(struct sbuf *b, const struct diff_item *it, int caused)
{
	sbuf_addf(b, "| %s | %s | %s | ", it->regression ? ":x:" : "",
		  diff_change_name(it->change), diff_kind_name(it->kind));
	diff_add_md(b, it->package);
	sbuf_addstr(b, " | ");
	diff_add_md(b, model_func_shown(*it->function ? it->function : NULL));
	sbuf_addstr(b, " | ");
	add_pos(b, where(it), diff_add_md);
	sbuf_addstr(b, caused ? " | ↳ " : " | ");
	diff_add_md(b, it->message);
	add_hot(b, it);
	if (shows_both(it)) {
		md_steps(b, "was:", it->old_steps, it->nold_steps);
		md_steps(b, "now:", it->new_steps, it->nnew_steps);
	}
	sbuf_addstr(b, " |\n");
}

/* Items in each_grouped() order, as (item, caused) pairs. */
struct order {
	const struct diff_item **v;
	int *caused;
	size_t n;
};

static void order_one(void *ctx, const struct diff_item *it, int caused)
{
	struct order *o = ctx;
	o->v[o->n] = it;
	o->caused[o->n++] = caused;
}

static void grouped_order(const struct diff_result *r, struct order *o)
{
	o->v = xcalloc(r->n + 1, sizeof(*o->v));
	o->caused = xcalloc(r->n + 1, sizeof(*o->caused));
	o->n = 0;
	each_grouped(r, o, order_one);
}

static void order_release(struct order *o)
{
	free(o->v);
	free(o->caused);
}

void render_diff_md(struct sbuf *b, const struct diff_result *r, size_t limit)
{
	struct sbuf row = SBUF_INIT;
	struct order o;
	size_t reserve = 256, i;
	sbuf_addstr(b, "## escviz diff\n\n");
	add_build(b, &r->old, diff_add_md);
	sbuf_addstr(b, " → ");
	add_build(b, &r->new, diff_add_md);
	sbuf_addstr(b, "\n\n**");
	add_counts_line(b, r);
	sbuf_addstr(b, "**\n\n");
	md_packages(b, r);
	if (r->n)
		sbuf_addstr(b, "\n| regression | change | kind | package | function | position | what |\n"
			       "|---|---|---|---|---|---|---|\n");
	grouped_order(r, &o);
	for (i = 0; i < o.n; i++) {
		sbuf_reset(&row);
		md_item(&row, o.v[i], o.caused[i]);
		if (b->len + row.len + reserve > limit)
			break;
		sbuf_add(b, row.buf, row.len);
	}
	if (i < o.n)
		sbuf_addf(b, "\n… and %zu more changes (not shown: the summary is limited to"
			  " %zu bytes; see the JSON or SARIF output)\n", o.n - i, limit);
	order_release(&o);
	sbuf_release(&row);
}

/* ---- HTML ------------------------------------------------------------------- */

static const char html_head[] =
	"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	"<title>escviz diff</title>\n<style>\n"
	"body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
	"td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
	"tr.added td{background:#e6ffec}tr.removed td{background:#ffebe9}"
	"tr.changed td{background:#fff8c5}tr.regression td:first-child{border-left:4px solid #cf222e}"
	"code,.pos{font-family:monospace}details{margin:0}\n"
	"</style>\n</head>\n<body>\n<h1>escviz diff</h1>\n";

static void html_steps(struct sbuf *b, const char *title, const struct diff_step *v, size_t n)
{
	sbuf_addf(b, "<details><summary>%s</summary><pre>", title);
	for (size_t s = 0; s < n; s++) {
		diff_add_html(b, v[s].text);
		if (v[s].pos.file) {
			sbuf_addstr(b, " at ");
			add_pos(b, &v[s].pos, diff_add_html);
		}
		sbuf_addch(b, '\n');
	}
	if (!n)
		sbuf_addstr(b, "(no explanation printed)\n");
	sbuf_addstr(b, "</pre></details>");
}

static void html_item(void *ctx, const struct diff_item *it, int caused)
{
	struct sbuf *b = ctx;
	sbuf_addf(b, "<tr class=\"%s%s%s\"><td>%s</td><td>%s</td><td>%s</td><td>",
		  diff_change_name(it->change), it->regression ? " regression" : "",
		  caused ? " caused" : "",
		  it->regression ? "regression" : "", diff_change_name(it->change),
		  diff_kind_name(it->kind));
	diff_add_html(b, it->package);
	sbuf_addstr(b, "</td><td><code>");
	diff_add_html(b, model_func_shown(*it->function ? it->function : NULL));
	sbuf_addstr(b, "</code></td><td class=\"pos\">");
	add_pos(b, &it->old_pos, diff_add_html);
	sbuf_addstr(b, "</td><td class=\"pos\">");
	add_pos(b, &it->new_pos, diff_add_html);
	sbuf_addstr(b, "</td><td>");
	if (caused)
		sbuf_addstr(b, "&#8627; ");
	diff_add_html(b, it->message);
	add_hot(b, it);
	if (shows_both(it)) {
		html_steps(b, "was: old explanation", it->old_steps, it->nold_steps);
		html_steps(b, "now: new explanation", it->new_steps, it->nnew_steps);
	} else {
		size_t n;
		const struct diff_step *v = diff_item_steps(it, &n);
		if (n)
			html_steps(b, "explanation", v, n);
	}
	sbuf_addstr(b, "</td></tr>\n");
}

static void render_html(struct sbuf *b, const struct diff_result *r)
{
	sbuf_addstr(b, html_head);
	sbuf_addstr(b, "<p>");
	add_build(b, &r->old, diff_add_html);
	sbuf_addstr(b, " &rarr; ");
	add_build(b, &r->new, diff_add_html);
	sbuf_addstr(b, "</p>\n<p><strong>");
	add_counts_line(b, r);
	sbuf_addstr(b, "</strong></p>\n<table>\n<tr><th>package</th>");
	for (int s = 0; s < DS__COUNT; s++)
		sbuf_addf(b, "<th>%s</th>", stat_titles[s]);
	sbuf_addstr(b, "</tr>\n");
	for (size_t i = 0; i < r->npkgs; i++) {
		sbuf_addstr(b, "<tr><td>");
		diff_add_html(b, r->pkgs[i].package);
		sbuf_addstr(b, "</td>");
		for (int s = 0; s < DS__COUNT; s++)
			sbuf_addf(b, "<td>%ld &rarr; %ld</td>", r->pkgs[i].old[s], r->pkgs[i].new[s]);
		sbuf_addstr(b, "</tr>\n");
	}
	sbuf_addstr(b, "</table>\n<h2>Changes</h2>\n<table>\n<tr><th></th><th>change</th>"
		       "<th>kind</th><th>package</th><th>function</th><th>old</th><th>new</th>"
		       "<th>what</th></tr>\n");
	each_grouped(r, b, html_item);
	sbuf_addstr(b, "</table>\n</body>\n</html>\n");
}

/* ---- CSV --------------------------------------------------------------------- */

static void csv(struct sbuf *out, const char *s)
{
	sbuf_add_csv_cell(out, s ? s : "", s ? strlen(s) : 0);
}

static void csv_pos(struct sbuf *out, const struct mpos *p)
{
	struct sbuf t = SBUF_INIT;
	if (p->file)
		pos_format(&t, p->file, p->line, p->col, "");
	csv(out, t.buf ? t.buf : "");
	sbuf_release(&t);
}

/* One explanation in one cell, a line a step: "TEXT[ at FILE:LINE:COL]". */
static void csv_steps(struct sbuf *out, const struct diff_step *v, size_t n)
{
	struct sbuf t = SBUF_INIT;
	for (size_t s = 0; s < n; s++) {
		if (s)
			sbuf_addch(&t, '\n');
		sbuf_addstr(&t, v[s].text);
		if (v[s].pos.file) {
			sbuf_addstr(&t, " at ");
			pos_format(&t, v[s].pos.file, v[s].pos.line, v[s].pos.col, "");
		}
	}
	csv(out, t.buf ? t.buf : "");
	sbuf_release(&t);
}

/*
 * RFC 4180, CRLF, a header line, then one row a change in the JSON order;
 * cause is the fingerprint of the inlining change an escape is grouped
 * under, old_steps and new_steps the two explanations.
 */
static void render_csv(struct sbuf *b, const struct diff_result *r)
{
	sbuf_addstr(b, "change,kind,regression,package,function,old_position,new_position,"
		       "subject,old_subject,message,fingerprint,cause,old_steps,new_steps\r\n");
	for (size_t i = 0; i < r->n; i++) {
		const struct diff_item *it = &r->items[i];
		sbuf_addf(b, "%s,%s,%d,", diff_change_name(it->change), diff_kind_name(it->kind),
			  it->regression);
		csv(b, it->package);
		sbuf_addch(b, ',');
		csv(b, it->function);
		sbuf_addch(b, ',');
		csv_pos(b, &it->old_pos);
		sbuf_addch(b, ',');
		csv_pos(b, &it->new_pos);
		sbuf_addch(b, ',');
		csv(b, it->subject);
		sbuf_addch(b, ',');
		csv(b, it->old_subject);
		sbuf_addch(b, ',');
		csv(b, it->message);
		sbuf_addch(b, ',');
		csv(b, it->fingerprint);
		sbuf_addch(b, ',');
		csv(b, it->cause ? r->items[it->cause - 1].fingerprint : "");
		sbuf_addch(b, ',');
		csv_steps(b, it->old_steps, it->nold_steps);
		sbuf_addch(b, ',');
		csv_steps(b, it->new_steps, it->nnew_steps);
		sbuf_addstr(b, "\r\n");
	}
}

int render_diff(FILE *out, const struct diff_result *r, enum diff_format f,
		const struct render_opts *o)
{
	struct sbuf b = SBUF_INIT;
	int rc = 0;
	if (f == DF_JSON)
		return render_diff_json(out, r);
	if (f == DF_SARIF)
		return render_diff_sarif(out, r);
	if (f == DF_MD)
		render_diff_md(&b, r, DIFF_MD_LIMIT);
	else if (f == DF_HTML)
		render_html(&b, r);
	else if (f == DF_CSV)
		render_csv(&b, r);
	else
		render_text(&b, r, o && o->color);
	if (fwrite(b.buf, 1, b.len, out) != b.len || fflush(out) == EOF)
		rc = ESCVIZ_EIO;
	sbuf_release(&b);
	return rc;
}
