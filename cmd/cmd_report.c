/* escviz report: a static HTML site for one build. */
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "analysis/near.h"
#include "cmd/cli.h"
#include "cmd/cli_causes.h"
#include "cmd/cli_hot.h"
#include "common/sbuf.h"
#include "common/srctree.h"
#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "render/render_report.h"
#include "store/store.h"
#include "store/store_explain.h"
#include "store/store_graph.h"

#define REPORT_USAGE \
	"[--db PATH] [--build ID|LABEL] [--src DIR] [--max-nodes N] [--hot-threshold PCT|auto] [--near-budget N] [--pages notable|all] [--jobs N] -o DIR"

static volatile int stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

struct progress {
	int tty;      /* redraw one line, else print a line per tenth */
	size_t last;  /* last tenth printed */
};

static void show_progress(void *ctx, size_t done, size_t total, size_t folded)
{
	struct progress *p = ctx;
	size_t tenth = done * 10 / (total ? total : 1);

	if (total < 2000)
		return;
	if (p->tty && (done % 100 == 0 || done == total))
		fprintf(stderr, "\rescviz: report: %zu/%zu function pages (%zu functions folded)%s",
			done, total, folded, done == total ? "\n" : "");
	else if (!p->tty && tenth != p->last) {
		fprintf(stderr, "escviz: report: %zu/%zu function pages (%zu functions folded)\n",
			done, total, folded);
		p->last = tenth;
	}
}

/* The report's source: the store's loader and the --src tree. */
struct source_ctx {
	struct graph_loader *ld;
	struct srctree *tree; /* or NULL */
	const char *dir;      /* --src */
	struct strmap missed; /* logged files not found, each warned about once */
	struct sbuf warnings; /* one a line, the first MAX_MISSED */
	size_t n_missed;
};

#define MAX_MISSED 20 /* files named in warnings; the rest are counted */

static int load_func(void *ctx, int64_t id, struct mfunc *out, struct sbuf *err)
{
	struct source_ctx *sc = ctx;
	return store_graph_load(sc->ld, id, 0, out, err);
}

static int reopen(void *ctx, struct sbuf *err)
{
	struct source_ctx *sc = ctx;
	return store_graph_loader_reopen(sc->ld, err);
}

static void release_func(void *ctx, struct mfunc *g)
{
	(void)ctx;
	mfunc_release(g);
}

static const char *const *source_lines(void *ctx, const char *file, const char *pkg,
				       const char **path, size_t *n)
{
	struct source_ctx *sc = ctx;
	size_t ties = 0;
	int64_t seen;

	*n = 0;
	if ((*path = srctree_find(sc->tree, file, pkg, &ties)))
		return srctree_lines(sc->tree, *path, n);
	if (srctree_is_path(file) && !strmap_get(&sc->missed, file, strlen(file), &seen)) {
		strmap_put(&sc->missed, file, strlen(file), 1);
		if (sc->n_missed++ >= MAX_MISSED)
			return NULL;
		if (ties)
			sbuf_addf(&sc->warnings, "%s: %zu files under %s match it and its package"
				  " %s does not tell them apart: its functions are shown without"
				  " source\n", file, ties, sc->dir, pkg);
		else
			sbuf_addf(&sc->warnings, "%s: not found under %s (--src): its functions"
				  " are shown without source\n", file, sc->dir);
	}
	return NULL;
}

/* What the build's profiles measured, as the report shows it. */
struct profile_data {
	struct report_profiles rp;
	struct event_row *events; /* the heap verdicts, most bytes first */
	size_t n_events;
	struct prof_hot_call *calls;
};

static int load_profiles(struct store *s, int64_t build, const struct hot_threshold *t,
			 struct profile_data *pd, struct sbuf *err)
{
	static const char *const heap[] = { "heap_escape", "moved_to_heap", NULL };
	struct event_filter f = { .kinds = heap, .sort = EVENT_SORT_BYTES };
	struct report_profiles *rp = &pd->rp;
	int rc;

	rp->threshold = *t;
	if ((rc = store_profile_totals(s, build, &rp->totals, err)) < 0 ||
	    (rc = cli_hot_cutoffs(s, build, t, &rp->hot, err)) < 0)
		return rc;
	if (rp->totals.heap_profiles &&
	    (rc = store_events(s, build, &f, &pd->events, &pd->n_events, err)) < 0)
		return rc;
	/* The verdicts the profiles joined come first; the rest allocated nothing. */
	while (rp->n_allocs < pd->n_events && (pd->events[rp->n_allocs].alloc_bytes > 0 ||
					       pd->events[rp->n_allocs].alloc_objects > 0))
		rp->n_allocs++;
	rp->allocs = pd->events;
	if (rp->totals.cpu_profiles && rp->hot.cpu > 0 &&
	    (rc = store_profile_hot_calls(s, build, rp->hot.cpu, 0, &pd->calls, &rp->n_calls,
					  err)) < 0)
		return rc;
	rp->calls = pd->calls;
	return 0;
}

static void profile_data_release(struct profile_data *pd)
{
	store_events_free(pd->events, pd->n_events);
	prof_hot_calls_free(pd->calls, pd->rp.n_calls);
}

/* The functions near the inlining budget (analysis/near.h). */
struct near_data {
	struct near_list l;
	struct func_row *costs;
	size_t n_costs;
};

static int load_near(struct store *s, int64_t build, long within, struct near_data *nd,
		     struct sbuf *err)
{
	int64_t budget = -1;
	int rc = store_func_costs(s, build, NULL, &nd->costs, &nd->n_costs, &budget, err);
	struct func_row *kept;
	unsigned char *on;
	size_t n = 0;

	if (rc < 0)
		return rc;
	near_budget(nd->costs, nd->n_costs, within, budget, &nd->l);
	/* Only the rows on the lists are kept (the whole build's are many MB);
	 * a row is on one list at most. */
	kept = xcalloc(nd->l.n_over + nd->l.n_headroom + 1, sizeof(*kept));
	on = xcalloc(nd->n_costs + 1, 1);
	for (size_t i = 0; i < nd->l.n_over + nd->l.n_headroom; i++) {
		struct near_fn *f = i < nd->l.n_over ? &nd->l.over[i]
						     : &nd->l.headroom[i - nd->l.n_over];
		on[f->f - nd->costs] = 1;
		kept[n] = *f->f;
		f->f = &kept[n++];
	}
	for (size_t i = 0; i < nd->n_costs; i++)
		if (!on[i])
			func_row_release(&nd->costs[i]);
	free(on);
	free(nd->costs);
	nd->costs = kept;
	nd->n_costs = n;
	return 0;
}

static int write_report(const char *db, const char *build, const char *src,
			const struct hot_threshold *hot, long near, struct report_opts *ro,
			struct sbuf *err)
{
	struct near_data nd = { 0 };
	struct profile_data pd = { 0 };
	struct store *s = NULL;
	struct report_result res;
	struct build_stats st = { 0 };
	struct report_source rs = { 0 };
	struct report_package *pkgs = NULL;
	struct report_function *fns = NULL;
	struct source_ctx sc = { NULL, NULL, src, STRMAP_INIT, SBUF_INIT, 0 };
	struct sig_table sigs;
	size_t n_pkgs = 0, n_fns = 0;
	int64_t id = 0;
	int rc;

	sig_table_init(&sigs);
	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, err)) == 0 &&
	    (rc = store_resolve_build(s, build, &id, err)) == 0 &&
	    (rc = store_stats(s, id, 0, STATS_RANK_HEAP, &st, err)) == 0 &&
	    (rc = cli_causes_stats(s, id, 0, 0, &st, err)) == 0 && /* the index chart */
	    (rc = load_near(s, id, near, &nd, err)) == 0 &&
	    (rc = store_report_packages(s, id, &pkgs, &n_pkgs, err)) == 0 &&
	    (rc = store_report_functions(s, id, &fns, &n_fns, err)) == 0 &&
	    (rc = store_sig_table(s, id, &sigs, err)) == 0 &&
	    (rc = load_profiles(s, id, hot, &pd, err)) == 0 &&
	    (!src || (rc = srctree_open(src, &sc.tree, err)) == 0) &&
	    (rc = store_graph_loader_new(s, id, &sc.ld, err)) == 0) {
		rs = (struct report_source){ &st, pkgs, n_pkgs, fns, n_fns, &sigs, &sc, load_func,
					     release_func, sc.tree ? source_lines : NULL,
					     pd.rp.totals.heap_profiles || pd.rp.totals.cpu_profiles
						     ? &pd.rp : NULL };
		rs.near = &nd.l;
		rs.reopen = reopen;
		rc = render_report(&rs, ro, &res, err);
	}
	if (rc == 0 && sc.n_missed > MAX_MISSED)
		sbuf_addf(&sc.warnings, "... and %zu more logged files not found under %s (--src)\n",
			  sc.n_missed - MAX_MISSED, src);
	if (rc == 0 && sc.warnings.len) {
		sbuf_setlen(&sc.warnings, sc.warnings.len - 1);
		cli_warn("%s", sc.warnings.buf);
	}
	if (rc == 0)
		fprintf(stderr, "escviz: report of build %lld in %s: %zu pages, %zu diagrams, "
			"%zu with source, %.1f MB; %zu function pages (%zu with no flow to draw), "
			"%zu functions folded into their package's table\n", (long long)id,
			ro->out_dir, res.pages, res.diagrams, res.sources, (double)res.bytes / 1e6,
			res.fn_pages, res.flowless, res.folded);
	profile_data_release(&pd);
	near_list_release(&nd.l);
	store_funcs_free(nd.costs, nd.n_costs);
	store_graph_loader_free(sc.ld);
	sig_table_release(&sigs);
	srctree_free(sc.tree);
	strmap_release(&sc.missed);
	sbuf_release(&sc.warnings);
	store_report_functions_free(fns, n_fns);
	store_report_packages_free(pkgs, n_pkgs);
	build_stats_release(&st);
	store_close(s);
	return rc;
}

static const struct cli_opt report_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "src", 0, "DIR",
	  "source tree: show each function's lines beside its diagnostics" },
	{ OPT_STRING, "max-nodes", 0, "N",
	  "draw at most N nodes per diagram; 0 = all (default 40)" },
	CLI_OPT_HOT_THRESHOLD,
	{ OPT_STRING, "near-budget", 0, "N",
	  "list the functions within N of the inlining budget (default 10)" },
	{ OPT_STRING, "pages", 0, "notable|all",
	  "notable (default): a page for each function with an escape, a leak or a notable"
	  " inlining decision, the others listed in their package's table; all: a page for"
	  " every function" },
	{ OPT_STRING, "jobs", 'j', "N",
	  "write the function pages with N processes (default: the online CPUs, at most 4)" },
	{ OPT_STRING, "output", 'o', "DIR", "folder to write the site into (required; created if missing)" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_report = {
	"report",
	"Write a self-contained HTML report of a build (summary, packages, functions).",
	REPORT_USAGE,
	report_opts,
	cmd_report,
};

int cmd_report(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *src = NULL, *out = NULL, *max = "40", *hot = NULL;
	const char *near = "10", *pages = "notable", *jobs_s = NULL;
	void *const dest[] = { &db, &build, &src, &max, &hot, &near, &pages, &jobs_s, &out };
	struct hot_threshold threshold;
	struct progress pr = { isatty(STDERR_FILENO), 0 };
	struct report_opts ro = { 0 };
	struct sbuf err = SBUF_INIT;
	long n, within, jobs = sysconf(_SC_NPROCESSORS_ONLN);
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_report, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs)
		return cli_usage_error("report", "unexpected argument '%s'", argv[0]);
	if (!out || !*out)
		return cli_usage_error("report", "where to? give the output folder with -o DIR");
	if ((n = util_parse_long(max, strlen(max))) < 0)
		return cli_usage_error("report", "--max-nodes takes a whole number, not '%s'", max);
	if ((within = util_parse_long(near, strlen(near))) < 0)
		return cli_usage_error("report", "--near-budget takes a whole number, not '%s'", near);
	if (hot_threshold_parse(hot, &threshold, &err) < 0) {
		cli_usage_error("report", "%s", err.buf);
		sbuf_release(&err);
		return EXIT_USAGE;
	}
	if (strcmp(pages, "notable") && strcmp(pages, "all"))
		return cli_usage_error("report", "--pages takes notable or all, not '%s'", pages);
	if (jobs_s && ((jobs = util_parse_long(jobs_s, strlen(jobs_s))) < 1 || jobs > 64))
		return cli_usage_error("report", "--jobs takes a number from 1 to 64, not '%s'", jobs_s);
	if (!jobs_s)
		jobs = jobs < 1 ? 1 : jobs > 4 ? 4 : jobs;
	ro = (struct report_opts){ out, (size_t)n, show_progress, &pr, &stop, !strcmp(pages, "all"),
				   (size_t)jobs };
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	rc = write_report(db, build, src, &threshold, within, &ro, &err);
	if (rc < 0)
		cli_error("%s", err.buf);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
