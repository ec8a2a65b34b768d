/* escviz funcs: functions with their escape counts and inlining decision. */
#include <stdlib.h>
#include <string.h>

#include "analysis/near.h"
#include "cmd/cli.h"
#include "cmd/cli_causes.h"
#include "cmd/cli_hot.h"
#include "cmd/cli_ingest.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "render/render_explain.h"
#include "render/render_near.h"
#include "store/store.h"
#include "store/store_explain.h"

#define USAGE                                                                  \
	"[--db PATH] [--build ID|LABEL] [--pkg P] [--sort heap|moved|leaks|cost|name|bytes|objects|cpu]" \
	" [--cause C] [--top N] [--near-budget N] [--format text|json|csv|tsv]"

static const char *const sort_names[] = { "heap", "moved", "leaks",   "cost",
					   "name", "bytes", "objects", "cpu" };

static int parse_sort(const char *s, enum func_sort *out)
{
	const char *const *names = sort_names;
	for (int i = 0; i < 8; i++)
		if (!strcmp(s, names[i])) {
			*out = (enum func_sort)i;
			return 0;
		}
	return -1;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* Keep the functions with at least one verdict whose primary cause is cause, at most top. */
static int keep_cause(struct store *s, int64_t id, int cause, long top, struct func_row *v,
		      size_t *n, struct sbuf *err)
{
	struct cli_causes cs;
	int64_t *ids;
	size_t nids = 0, keep = 0;
	int rc = cli_causes_load(s, id, &cs, err);
	if (rc < 0) {
		cli_causes_release(&cs);
		return rc;
	}
	ids = xcalloc(cs.n + 1, sizeof(*ids));
	for (size_t i = 0; i < cs.n; i++)
		if (cs.v[i].primary == cause && cs.v[i].function_id)
			ids[nids++] = cs.v[i].function_id;
	qsort(ids, nids, sizeof(*ids), cmp_id);
	for (size_t r = 0; r < *n; r++) {
		if ((top <= 0 || keep < (size_t)top) &&
		    bsearch(&v[r].id, ids, nids, sizeof(*ids), cmp_id)) {
			if (keep != r) {
				struct func_row t = v[keep];
				v[keep] = v[r];
				v[r] = t;
			}
			keep++;
		}
	}
	for (size_t r = keep; r < *n; r++)
		func_row_release(&v[r]);
	*n = keep;
	free(ids);
	cli_causes_release(&cs);
	return 0;
}

static int run(const char *db, const char *build, const char *pkg, enum func_sort sort,
	       long top, int cause, enum render_format fmt)
{
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct func_row *v = NULL;
	int64_t id = 0;
	size_t n = 0;
	struct render_table_opts o = { cli_color(stdout), cli_term_width(stdout) };
	int rc;

	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) < 0 ||
	    (rc = store_resolve_build(s, build, &id, &err)) < 0 ||
	    (rc = cli_need_profile(s, id, sort_names[sort], &err)) < 0 ||
	    (rc = store_funcs(s, id, pkg, sort, cause >= 0 ? 0 : (size_t)top, &v, &n, &err)) < 0 ||
	    (cause >= 0 && (rc = keep_cause(s, id, cause, top, v, &n, &err)) < 0))
		goto out;
	if (!n && fmt == FMT_TEXT)
		printf("no functions matched in build %lld\n", (long long)id);
	else
		rc = render_funcs(stdout, v, n, fmt, &o);
	if (rc == 0 && fmt == FMT_TEXT)
		cli_note_unplaced(s, id);
out:
	if (rc < 0)
		cli_error("%s", err.len ? err.buf : "cannot write the output");
	store_funcs_free(v, n);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}

/* --near-budget N: the two lists of analysis/near.h, each cut to top. */
static int run_near(const char *db, const char *build, const char *pkg, long within, long top,
		    enum render_format fmt)
{
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct func_row *v = NULL;
	struct near_list l = { 0 };
	int64_t id = 0, budget = -1;
	size_t n = 0;
	struct render_table_opts o = { cli_color(stdout), cli_term_width(stdout) };
	int rc;

	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) < 0 ||
	    (rc = store_resolve_build(s, build, &id, &err)) < 0 ||
	    (rc = store_func_costs(s, id, pkg, &v, &n, &budget, &err)) < 0)
		goto out;
	near_budget(v, n, within, budget, &l);
	if (top && l.n_over > (size_t)top)
		l.n_over = (size_t)top;
	if (top && l.n_headroom > (size_t)top)
		l.n_headroom = (size_t)top;
	if (!n && fmt == FMT_TEXT)
		printf("no inlining costs in build %lld: they are printed at -m=2 (-gcflags='-m -m')\n",
		       (long long)id);
	else
		rc = render_near(stdout, &l, fmt, &o);
out:
	if (rc < 0)
		cli_error("%s", err.len ? err.buf : "cannot write the output");
	near_list_release(&l);
	store_funcs_free(v, n);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}

static const struct cli_opt funcs_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "pkg", 'p', "P", "only this package: its import path, or its last elements" },
	{ OPT_STRING, "sort", 's', "KEY", "order: heap (default), moved, leaks, cost, name, or by the build's profiles: bytes, objects, cpu" },
	{ OPT_STRING, "cause", 'c', "C", "only functions with an escape, move or leak whose primary cause is C (docs/causes.md)" },
	{ OPT_STRING, "top", 0, "N", "at most N functions (default: all); with --near-budget, N in each list" },
	{ OPT_STRING, "near-budget", 0, "N", "instead, the functions that missed the inlining budget by at most N, and the inlinable ones within N of it" },
	{ OPT_STRING, "format", 'f', "FMT", "output format: text, json, csv or tsv" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_funcs = {
	"funcs",
	"List functions: escapes, leaks, inlining decision, cost, inlined sites.",
	USAGE,
	funcs_opts,
	cmd_funcs,
};

int cmd_funcs(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *pkg = NULL, *sort = NULL, *top = "0";
	const char *near = NULL, *format = "text", *cause = NULL;
	void *const dest[] = { &db, &build, &pkg, &sort, &cause, &top, &near, &format };
	int c = -1;
	enum render_format fmt;
	enum func_sort key;
	long ntop, within;
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_funcs, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs)
		return cli_usage_error("funcs", "unexpected argument '%s'", argv[0]);
	if (render_format_parse(format, 0xf, &fmt) < 0)
		return cli_usage_error("funcs", "unknown format '%s' (text, json, csv or tsv)", format);
	if (near && sort)
		return cli_usage_error("funcs", "--sort does not apply to --near-budget (its lists are by margin)");
	if (!sort)
		sort = "heap";
	if (parse_sort(sort, &key) < 0)
		return cli_usage_error("funcs", "unknown sort key '%s' (heap, moved, leaks, cost, name, bytes, objects or cpu)", sort);
	if ((ntop = util_parse_long(top, strlen(top))) < 0)
		return cli_usage_error("funcs", "--top takes a whole number, not '%s'", top);
	if (cause && ((c = cli_cause_option("funcs", cause)) < 0))
		return EXIT_USAGE;
	if (cause && near)
		return cli_usage_error("funcs", "--cause does not apply to --near-budget");
	if (near) {
		if ((within = util_parse_long(near, strlen(near))) < 0)
			return cli_usage_error("funcs", "--near-budget takes a whole number, not '%s'", near);
		return run_near(db, build, pkg, within, ntop, fmt);
	}
	return run(db, build, pkg, key, ntop, c, fmt);
}
