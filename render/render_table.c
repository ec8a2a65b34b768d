/* The table writer (render_table.h). */
#include "render/render_table.h"

#include <jansson.h>
#include <string.h>

#include "common/sbuf.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

int render_format_parse(const char *s, unsigned allowed, enum render_format *out)
{
	static const char *const names[] = { "text", "json", "csv", "tsv" };
	for (int i = 0; i < 4; i++)
		if (!strcmp(s, names[i]) && (allowed & RENDER_ALLOW(i))) {
			*out = (enum render_format)i;
			return 0;
		}
	return -1;
}

size_t render_width(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xc0) != 0x80;
	return w;
}

/* Bytes of s that fit in w display columns. */
static size_t fit_bytes(const char *s, size_t n, size_t w)
{
	size_t i = 0, cols = 0;
	while (i < n) {
		size_t k = 1;
		while (i + k < n && ((unsigned char)s[i + k] & 0xc0) == 0x80)
			k++;
		if (cols + 1 > w)
			break;
		cols++;
		i += k;
	}
	return i;
}

/* ---- cells -------------------------------------------------------------- */

/* CSV or TSV cell (the escaper keeps TAB, CR, LF for the format's own rules). */
static void sv_cell(struct sbuf *b, const struct tcell *c, enum col_type t, int csv)
{
	if (c->null)
		return;
	if (t != COL_STR)
		sbuf_addf(b, "%lld", (long long)c->i);
	else if (csv)
		sbuf_add_csv_cell(b, c->s, strlen(c->s));
	else
		sbuf_add_tsv_cell(b, c->s, strlen(c->s));
}

static json_t *json_cell(const struct tcell *c, enum col_type t)
{
	if (c->null)
		return json_null();
	if (t == COL_INT)
		return json_integer(c->i);
	if (t == COL_BOOL)
		return json_boolean(c->i);
	return render_jstr(c->s);
}

/* ---- the table ---------------------------------------------------------- */

static int table_json(FILE *out, const struct table *t)
{
	json_t *a = json_array();
	for (size_t r = 0; r < t->nrows; r++) {
		json_t *o = json_object();
		for (size_t c = 0; c < t->ncols; c++)
			json_object_set_new(o, t->cols[c].key,
					    json_cell(&t->cells[r * t->ncols + c], t->cols[c].type));
		json_array_append_new(a, o);
	}
	return render_dump_json(out, a);
}

static int table_sv(FILE *out, const struct table *t, int csv)
{
	struct sbuf b = SBUF_INIT;
	const char *eol = csv ? "\r\n" : "\n";
	for (size_t c = 0; c < t->ncols; c++)
		sbuf_addf(&b, "%s%s", c ? (csv ? "," : "\t") : "", t->cols[c].key);
	sbuf_addstr(&b, eol);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			if (c)
				sbuf_addch(&b, csv ? ',' : '\t');
			sv_cell(&b, &t->cells[r * t->ncols + c], t->cols[c].type, csv);
		}
		sbuf_addstr(&b, eol);
	}
	fwrite(b.buf, 1, b.len, out);
	sbuf_release(&b);
	return fflush(out) == EOF || ferror(out) ? ESCVIZ_EIO : 0;
}

/* Text of one cell for the terminal (malloc'd). */
static char *text_cell(const struct tcell *c, const struct tcol *col)
{
	struct sbuf b = SBUF_INIT;
	if (c->shown)
		sbuf_add_term(&b, c->shown, strlen(c->shown));
	else if (c->null)
		sbuf_addch(&b, '-');
	else if (col->type == COL_INT)
		sbuf_addf(&b, "%lld", (long long)c->i);
	else if (col->type == COL_BOOL)
		sbuf_addstr(&b, c->i ? "yes" : "no");
	else if (*c->s)
		sbuf_add_term(&b, c->s, strlen(c->s));
	else
		sbuf_addch(&b, '-');
	return sbuf_detach(&b, NULL);
}

static void text_row(struct sbuf *b, char **cells, const struct table *t, const size_t *w,
		     const struct render_table_opts *o, const char *color)
{
	size_t last = 0;
	for (size_t c = 0; c < t->ncols; c++)
		if (t->cols[c].text)
			last = c;
	for (size_t c = 0; c < t->ncols; c++) {
		const struct tcol *col = &t->cols[c];
		size_t n = strlen(cells[c]), cw;
		if (!col->text)
			continue;
		int cut = render_width(cells[c], n) > w[c];
		n = fit_bytes(cells[c], n, cut ? w[c] - 1 : w[c]);
		cw = render_width(cells[c], n) + (size_t)cut;
		if (col->type != COL_STR)
			sbuf_addf(b, "%*s", (int)(w[c] - cw), "");
		if (color && col->colored && o->color)
			sbuf_addstr(b, color);
		sbuf_add(b, cells[c], n); /* already terminal-safe: text_cell() */
		if (cut)
			sbuf_addstr(b, "\xe2\x80\xa6"); /* U+2026, the cell was cut */
		if (color && col->colored && o->color)
			sbuf_addstr(b, "\033[0m");
		if (c != last)
			sbuf_addf(b, "%*s", (int)(col->type == COL_STR ? w[c] - cw + 2 : 2), "");
	}
	while (b->len && b->buf[b->len - 1] == ' ')
		sbuf_setlen(b, b->len - 1);
	sbuf_addch(b, '\n');
}

/* Column widths; the flexible column gives way when the terminal is narrow. */
static void text_widths(const struct table *t, char ***cells, size_t *w,
			const struct render_table_opts *o)
{
	size_t total = 0, flex = t->ncols;
	for (size_t c = 0; c < t->ncols; c++) {
		w[c] = t->cols[c].text ? render_width(t->cols[c].head, strlen(t->cols[c].head)) : 0;
		for (size_t r = 0; r < t->nrows; r++)
			if (t->cols[c].text && render_width(cells[r][c], strlen(cells[r][c])) > w[c])
				w[c] = render_width(cells[r][c], strlen(cells[r][c]));
		if (t->cols[c].text)
			total += w[c] + 2;
		if (t->cols[c].flex && t->cols[c].text)
			flex = c;
	}
	if (o->width > 0 && flex < t->ncols && total > (size_t)o->width) {
		size_t over = total - (size_t)o->width;
		w[flex] = w[flex] > over + 8 ? w[flex] - over : 8;
	}
}

/* Put the colour reset before the header's newline. */
static void end_header(struct sbuf *b)
{
	sbuf_setlen(b, b->len - 1);
	sbuf_addstr(b, "\033[0m\n");
}

static int table_text(FILE *out, const struct table *t, const struct render_table_opts *o)
{
	char ***cells = xcalloc(t->nrows + 1, sizeof(*cells));
	size_t *w = xcalloc(t->ncols, sizeof(*w));
	struct sbuf b = SBUF_INIT;
	char **head = xcalloc(t->ncols, sizeof(*head));
	for (size_t c = 0; c < t->ncols; c++)
		head[c] = (char *)t->cols[c].head;
	for (size_t r = 0; r < t->nrows; r++) {
		cells[r] = xcalloc(t->ncols, sizeof(**cells));
		for (size_t c = 0; c < t->ncols; c++)
			cells[r][c] = text_cell(&t->cells[r * t->ncols + c], &t->cols[c]);
	}
	text_widths(t, cells, w, o);
	if (o->color)
		sbuf_addstr(&b, "\033[1m");
	text_row(&b, head, t, w, o, NULL);
	if (o->color)
		end_header(&b);
	for (size_t r = 0; r < t->nrows; r++)
		text_row(&b, cells[r], t, w, o, t->row_color ? t->row_color[r] : NULL);
	fwrite(b.buf, 1, b.len, out);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++)
			free(cells[r][c]);
		free(cells[r]);
	}
	free(cells);
	free(head);
	free(w);
	sbuf_release(&b);
	return fflush(out) == EOF || ferror(out) ? ESCVIZ_EIO : 0;
}

int render_table(FILE *out, const struct table *t, enum render_format fmt,
		 const struct render_table_opts *o)
{
	switch (fmt) {
	case FMT_JSON:
		return table_json(out, t);
	case FMT_CSV:
		return table_sv(out, t, 1);
	case FMT_TSV:
		return table_sv(out, t, 0);
	default:
		return table_text(out, t, o);
	}
}

int render_short_path(struct sbuf *out, const char *path, size_t n, size_t max)
{
	size_t first = 0, budget, tail = n;
	const char *cut;

	if (n <= max) {
		sbuf_add(out, path, n);
		return 0;
	}
	while (first < n && path[first] != '/')
		first++;
	/*
	 * Keep the first element (the host) if short, and the last ones that
	 * fit in three quarters of max: a cut worth making.
	 */
	if (first == n || first > max / 3)
		first = 0;
	max -= max / 4;
	budget = max > first + 3 ? max - first - 3 : 1;
	for (const char *s = path + n; s > path + first; s--) {
		if (s[-1] != '/')
			continue;
		if (n - (size_t)(s - path) > budget)
			break;
		tail = (size_t)(s - path);
	}
	cut = path + tail;
	if (tail == n) { /* not even the last element fits: its end */
		cut = path + n - budget;
		while (((unsigned char)*cut & 0xc0) == 0x80)
			cut++;
	}
	sbuf_add(out, path, first);
	sbuf_addstr(out, first ? "/\xe2\x80\xa6/" : tail < n ? "\xe2\x80\xa6/" : "\xe2\x80\xa6");
	sbuf_add(out, cut, (size_t)(path + n - cut));
	return 1;
}
