/* escviz report: a static HTML site for one build. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "render/render_report.h"
#include "store/store.h"

#define REPORT_USAGE "[--db PATH] [--build ID|LABEL] [--src DIR] [--max-nodes N] -o DIR"

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

static void show_progress(void *ctx, size_t done, size_t total)
{
	struct progress *p = ctx;
	size_t tenth = done * 10 / (total ? total : 1);

	if (total < 2000)
		return;
	if (p->tty && (done % 100 == 0 || done == total))
		fprintf(stderr, "\rescviz: report: %zu/%zu functions%s", done, total,
			done == total ? "\n" : "");
	else if (!p->tty && tenth != p->last) {
		fprintf(stderr, "escviz: report: %zu/%zu functions\n", done, total);
		p->last = tenth;
	}
}

static int write_report(const char *db, const char *build, struct report_opts *ro,
			struct sbuf *err)
{
	struct store *s = NULL;
	struct report_result res;
	int64_t id = 0;
	int rc;

	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, err)) == 0 &&
	    (rc = store_resolve_build(s, build, &id, err)) == 0 &&
	    (rc = render_report(s, id, ro, &res, err)) == 0)
		fprintf(stderr, "escviz: report of build %lld in %s: %zu pages, %zu diagrams, "
			"%zu with source, %.1f MB\n", (long long)id, ro->out_dir, res.pages,
			res.diagrams, res.sources, (double)res.bytes / 1e6);
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
	const char *db = NULL, *build = NULL, *src = NULL, *out = NULL, *max = "40";
	void *const dest[] = { &db, &build, &src, &max, &out };
	struct progress pr = { isatty(STDERR_FILENO), 0 };
	struct report_opts ro = { 0 };
	struct sbuf err = SBUF_INIT;
	long n;
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_report, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs)
		return cli_usage_error("report", "unexpected argument '%s'", argv[0]);
	if (!out || !*out)
		return cli_usage_error("report", "where to? give the output folder with -o DIR");
	if ((n = util_parse_long(max, strlen(max))) < 0)
		return cli_usage_error("report", "--max-nodes takes a whole number, not '%s'", max);
	ro = (struct report_opts){ out, src, (size_t)n, show_progress, &pr, &stop };
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	rc = write_report(db, build, &ro, &err);
	if (rc < 0)
		cli_error("%s", err.buf);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
