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

#include <stdlib.h>
#include <string.h>

#include "analysis/cause.h"
#include "common/pos.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/names.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

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

/*
 * What the inlinable_functions counts leave out, one side:
 * "8 inlinable functions decided in the new build only: 5 compiler-generated
 * closures/wrappers, 3 generic instantiations"; nothing when none.
 */
static void add_once_side(struct sbuf *out, const long *v, const char *side)
{
	static const char *const what[2][DO__COUNT] = {
		{ "compiler-generated closure/wrapper", "generic instantiation",
		  "other function (added, removed, or decided by one build only)" },
		{ "compiler-generated closures/wrappers", "generic instantiations",
		  "other functions (added, removed, or decided by one build only)" },
	};
	long total = diff_once_total(v);
	const char *sep = ": ";
	if (!total)
		return;
	sbuf_addf(out, "%ld inlinable function%s decided in the %s build only", total,
		  total == 1 ? "" : "s", side);
	for (int o = 0; o < DO__COUNT; o++)
		if (v[o]) {
			sbuf_addf(out, "%s%ld %s", sep, v[o], what[v[o] != 1][o]);
			sep = ", ";
		}
}

static void add_unprinted(struct sbuf *out, long n, const char *side, const char *other)
{
	if (n)
		sbuf_addf(out, "%s%ld append escape%s of the %s build (the %s build's Go release"
			  " prints no verdict for append: Go 1.25 is the first)",
			  out->len ? "; " : "", n, n == 1 ? "" : "s", side, other);
}

/* Both sides, "; "-separated; returns 0 (and adds nothing) when nothing was left out. */
static int add_once(struct sbuf *out, const struct diff_pkg_stat *p)
{
	struct sbuf t = SBUF_INIT;
	int any;
	add_once_side(&t, p->once_old, "old");
	if (t.len && diff_once_total(p->once_new))
		sbuf_addstr(&t, "; ");
	add_once_side(&t, p->once_new, "new");
	add_unprinted(&t, p->unprinted_old, "old", "new");
	add_unprinted(&t, p->unprinted_new, "new", "old");
	any = t.len > 0;
	if (any)
		sbuf_add(out, t.buf, t.len);
	sbuf_release(&t);
	return any;
}

/* How the package counts relate to the list of changes (docs/json.md "packages"). */
static void add_reconcile_note(struct sbuf *out, const struct diff_result *r)
{
	sbuf_addf(out, "Each delta is the added minus the removed changes listed%s; inlinable"
		  " functions counts only the functions decided in both builds.",
		  r->ignored ? " or ignored" : "");
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

/* "regressions by cause (docs/causes.md): interface 3, callee 2" when any. */
static void add_causes_line(struct sbuf *out, const struct diff_result *r)
{
	struct diff_counts c;
	diff_count(r, &c);
	if (!c.cause_regressions)
		return;
	sbuf_addstr(out, "regressions by cause (docs/causes.md):");
	for (int k = 0, first = 1; k < CAUSE__COUNT; k++)
		if (c.regressions_by_cause[k]) {
			sbuf_addf(out, "%s %s %zu", first ? "" : ",", cause_name((enum cause)k),
				  c.regressions_by_cause[k]);
			first = 0;
		}
}

/* " (cause: callee w.Write)" of an escape or leak that came or went. */
static void add_cause_tag(struct sbuf *b, const struct diff_item *it,
			  void (*esc)(struct sbuf *, const char *))
{
	if (it->escape_cause < 0 || (it->change != DC_ADDED && it->change != DC_REMOVED))
		return;
	sbuf_addf(b, " (cause: %s", cause_name((enum cause)it->escape_cause));
	if (it->escape_cause == CAUSE_CALLEE && it->callee) {
		sbuf_addch(b, ' ');
		esc(b, it->callee);
	}
	sbuf_addch(b, ')');
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
		sbuf_addstr(b, "  not compared: ");
		if (add_once(b, p))
			sbuf_addch(b, '\n');
		else
			sbuf_setlen(b, b->len - strlen("  not compared: "));
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
	const char *on = !color ? "" : it->regression ? "\033[31m" : it->improvement ? "\033[32m" : "";
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
	add_cause_tag(b, it, term);
	add_hot(b, it);
	sbuf_addstr(b, *on ? "\033[0m\n" : "\n");
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
	if (r->npkgs) {
		add_reconcile_note(b, r);
		sbuf_addch(b, '\n');
	}
	add_counts_line(b, r);
	sbuf_addstr(b, r->n ? " ('!' = regression)\n" : "\n");
	add_causes_line(b, r);
	if (b->len && b->buf[b->len - 1] != '\n')
		sbuf_addch(b, '\n');
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
	for (size_t i = 0; i < r->npkgs; i++) {
		struct sbuf t = SBUF_INIT;
		if (add_once(&t, &r->pkgs[i])) {
			sbuf_addstr(b, "\nNot compared in ");
			diff_add_md(b, *r->pkgs[i].package ? r->pkgs[i].package : "(no package header)");
			sbuf_addstr(b, ": ");
			diff_add_md(b, t.buf);
			sbuf_addstr(b, ".\n");
		}
		sbuf_release(&t);
	}
	if (r->npkgs) {
		sbuf_addch(b, '\n');
		add_reconcile_note(b, r);
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
	add_cause_tag(b, it, diff_add_md);
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
	size_t reserve = 512, i;
	sbuf_addstr(b, "## escviz diff\n\n");
	add_build(b, &r->old, diff_add_md);
	sbuf_addstr(b, " → ");
	add_build(b, &r->new, diff_add_md);
	sbuf_addstr(b, "\n\n**");
	add_counts_line(b, r);
	sbuf_addstr(b, "**\n\n");
	{
		size_t before = b->len;
		add_causes_line(b, r);
		if (b->len != before)
			sbuf_addstr(b, "\n\n");
	}
	md_packages(b, r);
	if (r->n)
		sbuf_addstr(b, "\n| regression | change | kind | package | function | position | what |\n"
			       "|---|---|---|---|---|---|---|\n");
	grouped_order(r, &o);
	/*
	 * Groups (a change and the changes it caused) with a regression first,
	 * then the others, each in the diff's order, until the limit.
	 */
	size_t shown = 0, left_regressions = 0;
	int full = 0;
	for (int pass = 0; pass < 2; pass++)
		for (i = 0; i < o.n;) {
			size_t end = i + 1;
			int reg = o.v[i]->regression;
			while (end < o.n && o.caused[end])
				reg |= o.v[end++]->regression;
			if (reg != (pass == 0)) {
				i = end;
				continue;
			}
			for (; i < end; i++) {
				sbuf_reset(&row);
				md_item(&row, o.v[i], o.caused[i]);
				if (full || b->len + row.len + reserve > limit) {
					full = 1;
					left_regressions += o.v[i]->regression;
					continue;
				}
				sbuf_add(b, row.buf, row.len);
				shown++;
			}
		}
	if (shown < o.n)
		sbuf_addf(b, "\n… and %zu more changes, %zu of them regressions (not shown: the"
			  " summary is limited to %zu bytes, regressions first; see the JSON or SARIF"
			  " output)\n", o.n - shown, left_regressions, limit);
	order_release(&o);
	sbuf_release(&row);
}

/* ---- HTML ------------------------------------------------------------------- */

/*
 * One self-contained page (no network, inline CSS and JS, works from
 * file://): the builds, a legend, the package counts with what they leave
 * out, then the changes grouped by package and function, regressions
 * first, with selects to filter by kind, package, effect and change and to
 * sort.  Without JS the page is the same, less the controls' effect.
 *
 * Effect, by colour and by a word for who cannot see colour: "▲ regression"
 * (red), "▼ fixed" (green: diff_item.improvement), "• changed" (grey).
 * Long text wraps inside its cell; a long package path is shortened to its
 * last elements with the full path in a title; the package and function are
 * printed once in their group's header row, not on every row.
 */

enum { EFF_REGRESSION, EFF_FIXED, EFF_NEUTRAL };

static int effect_of(const struct diff_item *it)
{
	return it->regression ? EFF_REGRESSION : it->improvement ? EFF_FIXED : EFF_NEUTRAL;
}

static const char *const effect_class[] = { "reg", "fix", "neutral" };
static const char *const effect_mark[] = { "&#9650; regression", "&#9660; fixed",
					   "&#8226; changed" };

#define HTML_COLS 7

/* After "?", the function of changes that escviz could not place. */
#define UNKNOWN_FN_NOTE                                                          \
	"(no known function: generated code the compiler does not name, or a "   \
	"position no function of the log covers)"

static const char html_style[] =
	"*{box-sizing:border-box}"
	"html{-webkit-text-size-adjust:100%}"
	"body{font-family:system-ui,sans-serif;margin:0 auto;padding:1em 1.5em;max-width:110em;"
	"line-height:1.35;color:#1f2328;background:#fff;overflow-wrap:anywhere}"
	"h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.2em 0 .4em}"
	"table{border-collapse:collapse;width:100%}"
	"td,th{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top;"
	"overflow-wrap:anywhere;word-break:normal}"
	"thead th{background:#f6f8fa;position:sticky;top:0;z-index:1;overflow-wrap:normal}"
	"table.changes td:nth-child(-n+3){white-space:nowrap;overflow-wrap:normal}"
	"table.changes td.pos{min-width:12em}"
	"table.stats td.n{text-align:right;white-space:nowrap}"
	"code,.pos,pre{font-family:ui-monospace,monospace;font-size:.92em}"
	"pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.3em 0;max-width:100%}"
	"details{margin:.2em 0}summary{cursor:pointer;color:#0969da}"
	"small,.n{color:#57606a}"
	".legend{display:flex;flex-wrap:wrap;gap:.4em 1.5em;padding:0;list-style:none}"
	".legend li{padding:.15em .6em;border-left:6px solid}"
	"tr.reg td,.legend .reg{background:#ffebe9;border-left-color:#cf222e}"
	"tr.fix td,.legend .fix{background:#dafbe1;border-left-color:#1a7f37}"
	"tr.neutral td,.legend .neutral{background:#f6f8fa;border-left-color:#8c959f}"
	"tr.reg td.mark{color:#a40e26;font-weight:600;border-left:6px solid #cf222e}"
	"tr.fix td.mark{color:#116329;font-weight:600;border-left:6px solid #1a7f37}"
	"tr.neutral td.mark{color:#57606a;border-left:6px solid #8c959f}"
	"tr.caused td.what{padding-left:1.5em}"
	"tr.pkg-head th{background:#ddf4ff;font-size:1.05em;border-top:3px solid #54aeff}"
	"tr.fn-head th{background:#fff;font-weight:normal;padding-left:1.5em}"
	"tr.pkg-head .n,tr.fn-head .n{font-weight:normal;margin-left:.8em}"
	".unk{color:#555;font-style:italic}"
	"table.grouped .c-pkg,table.grouped .c-fn{display:none}"
	".controls{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:end;margin:.5em 0;"
	"padding:.5em;background:#f6f8fa;border:1px solid #d0d7de}"
	".controls label{display:flex;flex-direction:column;font-size:.9em}"
	".controls label.check{flex-direction:row;align-items:center;gap:.3em}"
	".controls select,.controls input[type=search]{max-width:22em;font:inherit;padding:.15em}"
	".controls :focus{outline:3px solid #0969da;outline-offset:1px}"
	"#shown{font-size:.9em;margin-left:auto}"
	".note{margin:.3em 0}"
	"@media print{.controls{display:none}}";

/* The last elements of a package path that fit in 28 bytes (at least one): "…/toml/internal". */
/*
 * The package as a reader sees it, into t: its path cut by
 * render_short_path(), " [test]" for a test variant.  1 when t differs
 * from the whole name, which then belongs in a title.
 */
static int package_short(struct sbuf *t, const char *name)
{
	const char *bracket = strstr(name, " [");
	int cut = render_short_path(t, name, bracket ? (size_t)(bracket - name) : strlen(name), 44);
	if (bracket)
		sbuf_addstr(t, " [test]");
	return cut || bracket;
}

/* A package as a reader sees it: short, the full path in a title when shortened. */
static void html_package(struct sbuf *b, const char *pkg)
{
	const char *name = *pkg ? pkg : "(no package header)";
	struct sbuf t = SBUF_INIT;
	if (!package_short(&t, name)) {
		diff_add_html(b, name);
	} else {
		sbuf_addstr(b, "<span title=\"");
		diff_add_html(b, name);
		sbuf_addstr(b, "\">");
		sbuf_add_html(b, t.buf, t.len);
		sbuf_addstr(b, "</span>");
	}
	sbuf_release(&t);
}

/* "./dir/file.go:12:3" as "file.go:12:3" */
static void html_short_pos(struct sbuf *b, const struct mpos *p)
{
	struct sbuf t = SBUF_INIT;
	const char *slash;
	pos_format(&t, p->file, p->line, p->col, p->file ? "" : "-");
	slash = p->file ? strrchr(p->file, '/') : NULL;
	diff_add_html(b, slash ? t.buf + (slash + 1 - p->file) : t.buf);
	sbuf_release(&t);
}

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

/* One change in the page's layout: keys for grouping and sorting (the JS sorts by the same). */
struct hrow {
	const struct diff_item *it;
	int caused;
	size_t o;    /* index in each_grouped() order: package, function, position */
	size_t unit; /* o of the change it is grouped under (itself when none) */
	size_t pkg;  /* index in r->pkgs */
	long pkg_regs, fn_regs, unit_rank;
	size_t fn_first; /* o of its function's first change */
};

static int cmp_hrow(const void *a, const void *b)
{
	const struct hrow *x = a, *y = b;
#define CMP(f) if (x->f != y->f) return x->f < y->f ? -1 : 1
	if (x->pkg_regs != y->pkg_regs)
		return x->pkg_regs > y->pkg_regs ? -1 : 1;
	CMP(pkg);
	if (x->fn_regs != y->fn_regs)
		return x->fn_regs > y->fn_regs ? -1 : 1;
	CMP(fn_first);
	CMP(unit_rank);
	CMP(unit);
	CMP(o);
#undef CMP
	return 0;
}

static size_t pkg_index(const struct diff_result *r, const char *pkg)
{
	size_t lo = 0, hi = r->npkgs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(r->pkgs[mid].package, pkg);
		if (!c)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return r->npkgs; /* not reached: every item's package is counted */
}

/* The rows in the page's order: packages and functions with the most regressions first. */
static struct hrow *html_rows(const struct diff_result *r, size_t *n)
{
	struct order o;
	struct hrow *v;
	grouped_order(r, &o);
	v = xcalloc(o.n + 1, sizeof(*v));
	for (size_t i = 0; i < o.n; i++) {
		v[i].it = o.v[i];
		v[i].caused = o.caused[i];
		v[i].o = i;
		v[i].unit = o.caused[i] && i ? v[i - 1].unit : i;
		v[i].pkg = pkg_index(r, o.v[i]->package);
		v[i].fn_first = i && v[i - 1].pkg == v[i].pkg &&
					!strcmp(v[i - 1].it->function, o.v[i]->function) ?
				v[i - 1].fn_first : i;
	}
	for (size_t i = 0; i < o.n; i++) {
		int e = effect_of(v[i].it);
		v[v[i].unit].unit_rank = i == v[i].unit || e < v[v[i].unit].unit_rank ?
					 e : v[v[i].unit].unit_rank;
		if (e == EFF_REGRESSION)
			v[v[i].fn_first].fn_regs++;
	}
	for (size_t i = 0; i < o.n; i++) {
		v[i].unit_rank = v[v[i].unit].unit_rank;
		v[i].fn_regs = v[v[i].fn_first].fn_regs;
	}
	for (size_t i = 0, regs = 0, first = 0; i <= o.n; i++) {
		if (i == o.n || v[i].pkg != v[first].pkg) {
			for (size_t j = first; j < i; j++)
				v[j].pkg_regs = (long)regs;
			first = i;
			regs = 0;
		}
		if (i < o.n)
			regs += effect_of(v[i].it) == EFF_REGRESSION;
	}
	if (o.n)
		qsort(v, o.n, sizeof(*v), cmp_hrow);
	*n = o.n;
	order_release(&o);
	return v;
}

/* "3 regressions, 1 fixed, 2 changed" over v[from..to). */
static void html_group_counts(struct sbuf *b, const struct hrow *v, size_t from, size_t to)
{
	size_t c[3] = { 0, 0, 0 };
	const char *sep = "";
	for (size_t i = from; i < to; i++)
		c[effect_of(v[i].it)]++;
	sbuf_addstr(b, "<span class=\"n\">");
	if (c[0]) {
		sbuf_addf(b, "%zu regression%s", c[0], c[0] == 1 ? "" : "s");
		sep = ", ";
	}
	if (c[1]) {
		sbuf_addf(b, "%s%zu fixed", sep, c[1]);
		sep = ", ";
	}
	if (c[2])
		sbuf_addf(b, "%s%zu changed", sep, c[2]);
	sbuf_addstr(b, "</span>");
}

static void html_item(struct sbuf *b, const struct hrow *h)
{
	const struct diff_item *it = h->it;
	int e = effect_of(it);
	const char *fn = model_func_shown(*it->function ? it->function : NULL);
	sbuf_addf(b, "<tr class=\"item %s%s\" data-k=\"%s\" data-c=\"%s\" data-e=\"%d\" data-p=\"%zu\""
		  " data-o=\"%zu\" data-u=\"%zu\" data-f=\"", effect_class[e],
		  h->caused ? " caused" : "", diff_kind_name(it->kind), diff_change_name(it->change),
		  e, h->pkg, h->o, h->unit);
	diff_add_html(b, fn);
	sbuf_addf(b, "\"><td class=\"mark\">%s</td><td>%s</td><td>%s</td><td class=\"c-pkg\">",
		  effect_mark[e], diff_change_name(it->change), diff_kind_name(it->kind));
	html_package(b, it->package);
	sbuf_addstr(b, "</td><td class=\"c-fn\"><code>");
	diff_add_html(b, fn);
	sbuf_addstr(b, "</code></td><td class=\"pos\" title=\"old: ");
	add_pos(b, &it->old_pos, diff_add_html);
	sbuf_addstr(b, ", new: ");
	add_pos(b, &it->new_pos, diff_add_html);
	sbuf_addstr(b, "\">");
	html_short_pos(b, where(it));
	if (it->old_pos.file && it->new_pos.file &&
	    (strcmp(it->old_pos.file, it->new_pos.file) || it->old_pos.line != it->new_pos.line ||
	     it->old_pos.col != it->new_pos.col)) {
		sbuf_addstr(b, "<br><small>was ");
		html_short_pos(b, &it->old_pos);
		sbuf_addstr(b, "</small>");
	}
	sbuf_addstr(b, "</td><td class=\"what\">");
	if (h->caused)
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

static void html_stats(struct sbuf *b, const struct diff_result *r)
{
	sbuf_addstr(b, "<table class=\"stats\">\n<thead><tr><th>package</th>");
	for (int s = 0; s < DS__COUNT; s++)
		sbuf_addf(b, "<th>%s</th>", stat_titles[s]);
	sbuf_addstr(b, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < r->npkgs; i++) {
		const struct diff_pkg_stat *p = &r->pkgs[i];
		sbuf_addstr(b, "<tr><td>");
		html_package(b, p->package);
		sbuf_addstr(b, "</td>");
		for (int s = 0; s < DS__COUNT; s++) {
			sbuf_addf(b, "<td class=\"n\">%ld &rarr; %ld <small>(", p->old[s], p->new[s]);
			add_delta(b, p->old[s], p->new[s]);
			sbuf_addstr(b, ")</small></td>");
		}
		sbuf_addstr(b, "</tr>\n");
	}
	sbuf_addstr(b, "</tbody>\n</table>\n");
	for (size_t i = 0; i < r->npkgs; i++) {
		struct sbuf t = SBUF_INIT;
		if (add_once(&t, &r->pkgs[i])) {
			sbuf_addstr(b, "<p class=\"note\">Not compared in ");
			html_package(b, r->pkgs[i].package);
			sbuf_addstr(b, ": ");
			diff_add_html(b, t.buf);
			sbuf_addstr(b, ".</p>\n");
		}
		sbuf_release(&t);
	}
	if (r->npkgs) {
		struct sbuf t = SBUF_INIT;
		add_reconcile_note(&t, r);
		sbuf_addstr(b, "<p class=\"note\">");
		diff_add_html(b, t.buf);
		sbuf_addstr(b, "</p>\n");
		sbuf_release(&t);
	}
}

static void html_select(struct sbuf *b, const char *id, const char *label, const char *all)
{
	sbuf_addf(b, "<label for=\"%s\">%s<select id=\"%s\"><option value=\"\">%s</option>", id,
		  label, id, all);
}

static void html_controls(struct sbuf *b, const struct diff_result *r, const struct hrow *v,
			  size_t n)
{
	struct diff_counts c;
	unsigned char *used = xcalloc(r->npkgs + 1, 1);
	diff_count(r, &c);
	for (size_t i = 0; i < n; i++)
		used[v[i].pkg] = 1;
	sbuf_addstr(b, "<div class=\"controls\" id=\"controls\" role=\"search\""
		       " aria-label=\"Filter and sort the changes\">\n");
	html_select(b, "f-effect", "effect", "all effects");
	for (int e = 0; e < 3; e++)
		sbuf_addf(b, "<option value=\"%d\">%s</option>", e, effect_mark[e]);
	sbuf_addstr(b, "</select></label>\n");
	html_select(b, "f-kind", "kind", "all kinds");
	for (int k = 0; k < DK__COUNT; k++) {
		size_t nk = 0;
		for (int ch = 0; ch < DC__COUNT; ch++)
			nk += c.by[ch][k];
		if (nk)
			sbuf_addf(b, "<option>%s</option>", diff_kind_name(k));
	}
	sbuf_addstr(b, "</select></label>\n");
	html_select(b, "f-pkg", "package", "all packages");
	for (size_t i = 0; i < r->npkgs; i++) {
		const char *name = *r->pkgs[i].package ? r->pkgs[i].package : "(no package header)";
		struct sbuf t = SBUF_INIT;
		if (!used[i])
			continue;
		package_short(&t, name);
		sbuf_addf(b, "<option value=\"%zu\" title=\"", i);
		diff_add_html(b, name);
		sbuf_addstr(b, "\">");
		sbuf_add_html(b, t.buf, t.len);
		sbuf_release(&t);
		sbuf_addstr(b, "</option>");
	}
	sbuf_addstr(b, "</select></label>\n");
	free(used);
	html_select(b, "f-change", "change", "all changes");
	for (int ch = 0; ch < DC__COUNT; ch++)
		if (c.total[ch])
			sbuf_addf(b, "<option>%s</option>", diff_change_name(ch));
	sbuf_addstr(b, "</select></label>\n"
		       "<label for=\"f-text\">text<input type=\"search\" id=\"f-text\""
		       " placeholder=\"function, expression…\"></label>\n"
		       "<label for=\"sort\">sort<select id=\"sort\">"
		       "<option value=\"effect\">regressions first</option>"
		       "<option value=\"kind\">by kind</option>"
		       "<option value=\"package\">by package and position</option>"
		       "<option value=\"change\">by change</option></select></label>\n"
		       "<label class=\"check\" for=\"group\"><input type=\"checkbox\" id=\"group\""
		       " checked>group by package and function</label>\n");
	sbuf_addf(b, "<output id=\"shown\" aria-live=\"polite\">%zu of %zu changes shown</output>\n"
		     "</div>\n", n, n);
}

/*
 * The page's script: filter and sort the item rows, then rebuild the group
 * headers with the counts of what is shown.  Sorting by the same keys as
 * html_rows(), so "regressions first" gives the page as printed.  Names
 * are read from the rows and options (textContent), never from HTML text.
 */
static const char html_script[] =
	"(function(){\n"
	"'use strict';\n"
	"var tb=document.getElementById('rows'),table=document.getElementById('changes');\n"
	"if(!tb)return;\n"
	"var rows=Array.prototype.slice.call(tb.querySelectorAll('tr.item'));\n"
	"var ctl=['f-effect','f-kind','f-pkg','f-change','f-text','sort','group'].map(function(i){return document.getElementById(i);});\n"
	"var pkgs={};Array.prototype.forEach.call(document.querySelectorAll('#f-pkg option'),function(o){if(o.value!=='')pkgs[o.value]=o;});\n"
	"var info=rows.map(function(r){var d=r.dataset;return{r:r,k:d.k,c:d.c,e:+d.e,p:+d.p,o:+d.o,u:+d.u,f:d.f,t:r.textContent.toLowerCase()};});\n"
	"var byO={};info.forEach(function(x){byO[x.o]=x;});\n"
	"function counts(list){var c=[0,0,0],s=[];list.forEach(function(x){c[x.e]++;});\n"
	" if(c[0])s.push(c[0]+(c[0]===1?' regression':' regressions'));if(c[1])s.push(c[1]+' fixed');if(c[2])s.push(c[2]+' changed');return s.join(', ');}\n"
	"function head(cls,label,list){var tr=document.createElement('tr'),th=document.createElement('th'),n=document.createElement('span');\n"
	" tr.className=cls;th.colSpan=" "7" ";th.appendChild(label);n.className='n';n.textContent=counts(list);th.appendChild(document.createTextNode(' '));th.appendChild(n);tr.appendChild(th);return tr;}\n"
	"function pkgLabel(p){var o=pkgs[p],s=document.createElement('span');s.textContent=o?o.textContent:'?';if(o&&o.title!==o.textContent)s.title=o.title;return s;}\n"
	"function fnLabel(f){var c=document.createElement('code');c.textContent=f;if(f!=='?')return c;\n"
	" var d=document.createElement('span');d.appendChild(c);var u=document.createElement('span');\n"
	" u.className='unk';u.textContent=' " UNKNOWN_FN_NOTE "';d.appendChild(u);return d;}\n"
	"function cmp(a,b){return a<b?-1:a>b?1:0;}\n"
	"function update(){\n"
	" var ef=ctl[0].value,kf=ctl[1].value,pf=ctl[2].value,cf=ctl[3].value,tf=ctl[4].value.trim().toLowerCase(),key=ctl[5].value,grouped=ctl[6].checked;\n"
	" var shown=info.filter(function(x){return(ef===''||x.e===+ef)&&(kf===''||x.k===kf)&&(pf===''||x.p===+pf)&&(cf===''||x.c===cf)&&(tf===''||x.t.indexOf(tf)>=0);});\n"
	" var unitRank={},pkgRegs={},fnRegs={},fnFirst={};\n"
	" shown.forEach(function(x){var fk=x.p+'\\n'+x.f;if(!(x.u in unitRank)||x.e<unitRank[x.u])unitRank[x.u]=x.e;\n"
	"  if(x.e===0){pkgRegs[x.p]=(pkgRegs[x.p]||0)+1;fnRegs[fk]=(fnRegs[fk]||0)+1;}if(!(fk in fnFirst)||x.o<fnFirst[fk])fnFirst[fk]=x.o;});\n"
	" shown.sort(function(a,b){var fa=a.p+'\\n'+a.f,fb=b.p+'\\n'+b.f,ha=byO[a.u]||a,hb=byO[b.u]||b,c=0;\n"
	"  if(grouped){\n"
	"   if(key!=='package')c=(pkgRegs[b.p]||0)-(pkgRegs[a.p]||0);\n"
	"   c=c||a.p-b.p;\n"
	"   if(!c&&key!=='package')c=(fnRegs[fb]||0)-(fnRegs[fa]||0);\n"
	"   c=c||fnFirst[fa]-fnFirst[fb];}\n"
	"  if(!c&&key==='kind')c=cmp(ha.k,hb.k);\n"
	"  if(!c&&key==='change')c=cmp(ha.c,hb.c);\n"
	"  if(!c&&key!=='package')c=unitRank[a.u]-unitRank[b.u];\n"
	"  return c||a.u-b.u||a.o-b.o;});\n"
	" var frag=document.createDocumentFragment(),lastP=null,lastF=null;\n"
	" shown.forEach(function(x,i){var fk=x.p+'\\n'+x.f;\n"
	"  if(grouped&&x.p!==lastP){frag.appendChild(head('pkg-head',pkgLabel(x.p),shown.filter(function(y){return y.p===x.p;})));lastP=x.p;lastF=null;}\n"
	"  if(grouped&&fk!==lastF){frag.appendChild(head('fn-head',fnLabel(x.f),shown.filter(function(y){return y.p===x.p&&y.f===x.f;})));lastF=fk;}\n"
	"  frag.appendChild(x.r);});\n"
	" while(tb.firstChild)tb.removeChild(tb.firstChild);\n"
	" tb.appendChild(frag);\n"
	" table.classList.toggle('grouped',grouped);\n"
	" document.getElementById('shown').textContent=shown.length+' of '+info.length+' changes shown';}\n"
	"ctl.forEach(function(c){c.addEventListener(c.tagName==='INPUT'&&c.type==='search'?'input':'change',update);});\n"
	"})();\n";

static void render_html(struct sbuf *b, const struct diff_result *r)
{
	size_t n, i;
	struct hrow *v = html_rows(r, &n);
	sbuf_addstr(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		       "<title>escviz diff</title>\n<style>\n");
	sbuf_addstr(b, html_style);
	sbuf_addstr(b, "\n</style>\n</head>\n<body>\n<h1>escviz diff</h1>\n<p>old: ");
	add_build(b, &r->old, diff_add_html);
	sbuf_addstr(b, " &rarr; new: ");
	add_build(b, &r->new, diff_add_html);
	sbuf_addstr(b, "</p>\n<p><strong>");
	add_counts_line(b, r);
	sbuf_addstr(b, "</strong></p>\n<ul class=\"legend\" aria-label=\"legend\">"
		       "<li class=\"reg\"><strong>&#9650; regression</strong> (red): worse code: a new"
		       " heap escape or leak, a function or call no longer inlined</li>"
		       "<li class=\"fix\"><strong>&#9660; fixed</strong> (green): the opposite: an"
		       " escape or leak gone, a function or call now inlined</li>"
		       "<li class=\"neutral\"><strong>&#8226; changed</strong> (grey): neither: a cost,"
		       " an explanation, a spelling or a leak's result changed</li></ul>\n"
		       "<h2>Packages</h2>\n");
	html_stats(b, r);
	sbuf_addstr(b, "<h2>Changes</h2>\n");
	if (n)
		html_controls(b, r, v, n);
	sbuf_addf(b, "<table id=\"changes\" class=\"changes grouped\">\n<thead><tr><th>effect</th>"
		     "<th>change</th><th>kind</th><th class=\"c-pkg\">package</th>"
		     "<th class=\"c-fn\">function</th><th>position</th><th>what</th></tr></thead>\n"
		     "<tbody id=\"rows\">\n");
	for (i = 0; i < n; i++) {
		if (!i || v[i].pkg != v[i - 1].pkg) {
			size_t e = i;
			while (e < n && v[e].pkg == v[i].pkg)
				e++;
			sbuf_addf(b, "<tr class=\"pkg-head\"><th colspan=\"%d\">", HTML_COLS);
			html_package(b, v[i].it->package);
			sbuf_addch(b, ' ');
			html_group_counts(b, v, i, e);
			sbuf_addstr(b, "</th></tr>\n");
		}
		if (!i || v[i].pkg != v[i - 1].pkg || v[i].fn_first != v[i - 1].fn_first) {
			size_t e = i;
			while (e < n && v[e].fn_first == v[i].fn_first)
				e++;
			sbuf_addf(b, "<tr class=\"fn-head\"><th colspan=\"%d\"><code>", HTML_COLS);
			diff_add_html(b, model_func_shown(*v[i].it->function ? v[i].it->function : NULL));
			sbuf_addstr(b, "</code> ");
			if (!*v[i].it->function)
				sbuf_addstr(b, "<span class=\"unk\">" UNKNOWN_FN_NOTE "</span> ");
			html_group_counts(b, v, i, e);
			sbuf_addstr(b, "</th></tr>\n");
		}
		html_item(b, &v[i]);
	}
	if (!n)
		sbuf_addf(b, "<tr><td colspan=\"%d\">no changes</td></tr>\n", HTML_COLS);
	sbuf_addstr(b, "</tbody>\n</table>\n<script>\n");
	sbuf_addstr(b, html_script);
	sbuf_addstr(b, "</script>\n</body>\n</html>\n");
	free(v);
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
		return render_diff_sarif(out, r, o);
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
