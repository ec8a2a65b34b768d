/* escviz funcs --near-budget: the near misses of the inliner, as tables. */
#include "render/render_near.h"

#include <stdlib.h>
#include <string.h>

#include "common/pos.h"
#include "common/sbuf.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/names.h"

enum {
	C_LIST, C_MARGIN, C_COST, C_BUDGET, C_SOURCE, C_FUNCTION, C_POSITION, C_PACKAGE,
	C_REASON, C_VARIANT, C_FILE, C_LINE, C_COL, N_COLS
};

/* key, text head, type, shown in text, flexible, coloured */
#define NEAR_COLS(margin_head, reason_text)                                    \
	{                                                                      \
		{ "list", "LIST", COL_STR, 0, 0, 0 },                          \
		{ "margin", margin_head, COL_INT, 1, 0, 0 },                   \
		{ "cost", "COST", COL_INT, 1, 0, 0 },                          \
		{ "budget", "BUDGET", COL_INT, 1, 0, 0 },                      \
		{ "budget_source", "SOURCE", COL_STR, 0, 0, 0 },               \
		{ "function", "FUNCTION", COL_STR, 1, 0, 0 },                  \
		{ "position", "DECLARED", COL_STR, 1, 0, 0 },                  \
		{ "package", "PACKAGE", COL_STR, 1, !(reason_text), 0 },       \
		{ "reason", "REASON", COL_STR, reason_text, 1, 0 },            \
		{ "variant", "VARIANT", COL_STR, 0, 0, 0 },                    \
		{ "file", "FILE", COL_STR, 0, 0, 0 },                          \
		{ "line", "LINE", COL_INT, 0, 0, 0 },                          \
		{ "col", "COL", COL_INT, 0, 0, 0 },                            \
	}

static const struct tcol over_cols[N_COLS] = NEAR_COLS("OVER", 1);
static const struct tcol room_cols[N_COLS] = NEAR_COLS("ROOM", 0);

const char *render_near_budget_source(const struct near_list *l, const struct near_fn *f)
{
	if (f->budget_printed)
		return "printed";
	return l->budget_printed ? "build" : "default";
}

static struct tcell str_cell(const char *s)
{
	struct tcell c = { s, 0, s == NULL, NULL };
	return c;
}

static struct tcell int_cell(int64_t i, int null)
{
	struct tcell c = { NULL, i, null, NULL };
	return c;
}

/* The cells of one row; *pos and *pkg are allocated here, for the caller to free. */
static void row_cells(struct tcell *c, const struct near_list *l, const struct near_fn *nf,
		      const char *list, char **pos, char **pkg)
{
	const struct func_row *f = nf->f;
	struct sbuf b = SBUF_INIT;

	*pos = NULL;
	if (f->file) {
		pos_format(&b, f->file, f->line, f->col, "-");
		*pos = sbuf_detach(&b, NULL);
	}
	sbuf_addstr(&b, f->package ? f->package : "");
	if (f->variant && *f->variant)
		sbuf_addf(&b, " [%s]", f->variant);
	*pkg = sbuf_detach(&b, NULL);
	sbuf_release(&b);
	c[C_LIST] = str_cell(list);
	c[C_MARGIN] = int_cell(nf->margin, 0);
	c[C_COST] = int_cell(f->cost, 0);
	c[C_BUDGET] = int_cell(nf->budget, 0);
	c[C_SOURCE] = str_cell(render_near_budget_source(l, nf));
	c[C_FUNCTION] = str_cell(f->name);
	c[C_FUNCTION].shown = model_func_shown(f->name);
	c[C_POSITION] = str_cell(*pos);
	c[C_PACKAGE] = str_cell(f->package);
	c[C_PACKAGE].shown = *pkg;
	c[C_REASON] = str_cell(f->reason);
	c[C_VARIANT] = str_cell(f->variant);
	c[C_FILE] = str_cell(f->file);
	c[C_LINE] = int_cell(f->line, f->file == NULL);
	c[C_COL] = int_cell(f->col, f->file == NULL);
}

/* Rows [0, n) of v then [0, m) of w (either may be empty) as one table. */
static int table(FILE *out, const struct near_list *l, const struct tcol *cols,
		 const struct near_fn *v, size_t n, const struct near_fn *w, size_t m,
		 enum render_format fmt, const struct render_table_opts *o)
{
	struct table t = { cols, N_COLS, n + m, NULL, NULL };
	char **own = xcalloc(2 * (n + m) + 1, sizeof(*own));
	int rc;

	t.cells = xcalloc((n + m + 1) * N_COLS, sizeof(*t.cells));
	for (size_t r = 0; r < n + m; r++)
		row_cells(&t.cells[r * N_COLS], l, r < n ? &v[r] : &w[r - n],
			  r < n ? "over" : "headroom", &own[2 * r], &own[2 * r + 1]);
	rc = render_table(out, &t, fmt, o);
	for (size_t r = 0; r < 2 * (n + m); r++)
		free(own[r]);
	free(own);
	free(t.cells);
	return rc;
}

static int text(FILE *out, const struct near_list *l, const struct render_table_opts *o)
{
	int rc = 0;

	fprintf(out, "Missed the inlining budget by at most %lld: %zu function%s\n",
		(long long)l->within, l->n_over, l->n_over == 1 ? "" : "s");
	if (l->n_over)
		rc = table(out, l, over_cols, l->over, l->n_over, NULL, 0, FMT_TEXT, o);
	fprintf(out, "\nInlinable within %lld of the budget (%lld, %s): %zu function%s\n",
		(long long)l->within, (long long)l->budget,
		l->budget_printed ? "the budget this build prints" : "the compiler's default",
		l->n_headroom, l->n_headroom == 1 ? "" : "s");
	if (!rc && l->n_headroom)
		rc = table(out, l, room_cols, l->headroom, l->n_headroom, NULL, 0, FMT_TEXT, o);
	if (fflush(out) == EOF || ferror(out))
		rc = ESCVIZ_EIO;
	return rc;
}

int render_near(FILE *out, const struct near_list *l, enum render_format fmt,
		const struct render_table_opts *o)
{
	if (fmt == FMT_TEXT)
		return text(out, l, o);
	return table(out, l, over_cols, l->over, l->n_over, l->headroom, l->n_headroom, fmt, o);
}
