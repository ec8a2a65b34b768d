/* escviz ingest: compiler output in, one build out. */
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "cmd/cli_ingest.h"
#include "common/util.h"

#define USAGE "[--db PATH] [--label NAME] [--commit REV] [--go-version VER] [--src DIR] [--dry-run] [FILE ...]"

static volatile int stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

struct progress {
	int on;
	time_t last;
};

static void show_progress(void *ctx, const char *name, uint64_t bytes, uint64_t lines)
{
	struct progress *pr = ctx;
	time_t now = time(NULL);
	if (!pr->on || now == pr->last)
		return;
	pr->last = now;
	fprintf(stderr, "\rescviz: ingest: %s: %.1f MB, %llu lines ", name,
		(double)bytes / 1e6, (unsigned long long)lines);
}

static void summary(const struct parser *p, int64_t id, int dry)
{
	const uint64_t *c = parser_line_counts(p);
	struct goversion v;
	struct sbuf ver = SBUF_INIT;
	parser_version(p, &v);
	goversion_format(&v, &ver);
	if (dry)
		fprintf(stderr, "escviz: dry run (nothing stored):");
	else
		fprintf(stderr, "escviz: build %lld:", (long long)id);
	fprintf(stderr, " %llu lines, go %s, -m=%d; %llu escape, %llu moved to heap, "
		"%llu leaking param, %llu can/%llu cannot inline lines",
		(unsigned long long)parser_lines(p), ver.buf, parser_m_level(p),
		(unsigned long long)c[LC_ESCAPE_VERDICT], (unsigned long long)c[LC_MOVED_TO_HEAP],
		(unsigned long long)c[LC_LEAKING_PARAM], (unsigned long long)c[LC_CAN_INLINE],
		(unsigned long long)c[LC_CANNOT_INLINE]);
	if (c[LC_COMPILER_ERROR])
		fprintf(stderr, "; %llu compiler error lines", (unsigned long long)c[LC_COMPILER_ERROR]);
	if (c[LC_UNRECOGNIZED])
		fprintf(stderr, "; %llu unrecognized lines (kept verbatim)",
			(unsigned long long)c[LC_UNRECOGNIZED]);
	fputc('\n', stderr);
	sbuf_release(&ver);
}

static const struct cli_opt ingest_opts[] = {
	CLI_OPT_DB,
	{ OPT_STRING, "label", 'l', "NAME", "label the build (e.g. a branch or PR)" },
	{ OPT_STRING, "commit", 'c', "REV", "record the commit the build was made from" },
	{ OPT_STRING, "go-version", 0, "VER", "record the Go version instead of detecting it from the message shapes" },
	{ OPT_STRING, "src", 0, "DIR", "place every row in its function by the Go source under DIR (positions are resolved against DIR; default: the current directory, for the files found there)" },
	{ OPT_FLAG, "dry-run", 'n', NULL, "parse and summarise, store nothing" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_ingest = {
	"ingest",
	"Parse Go -m compiler output into a build in the database.",
	USAGE,
	ingest_opts,
	cmd_ingest,
};

int cmd_ingest(int argc, char **argv)
{
	struct build_meta meta = { NULL, NULL, NULL };
	const char *db = NULL;
	int dry = 0, nargs, rc = 0;
	struct cli_source src = { NULL, 0 };
	void *const dest[] = { &db, &meta.label, &meta.commit, &meta.go_version, &src.dir, &dry };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct feed *f = NULL;
	struct feed_inputs in = { 0 };
	struct progress pr = { 0, 0 };
	struct feed_opts fo = { show_progress, &pr, &stop_flag };
	int64_t id = 0;

	if ((rc = cli_parse(&cli_cmd_ingest, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	/* Open every input before touching the database: a typo costs nothing. */
	if (feed_inputs_open(&in, nargs, argv, &err) < 0) {
		cli_error("%s", err.buf);
		rc = EXIT_USAGE;
		goto out;
	}
	pr.on = in.big && isatty(2);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	if (!dry && (rc = store_open(&s, cli_db_path(db), 0, &err)) < 0)
		goto fail;
	src.explicit = src.dir != NULL;
	rc = cli_ingest(s, &meta, &in, &fo, &src, &f, &id, &err);
	if (pr.on)
		fputs("\r\033[K", stderr);
	if (rc < 0)
		goto fail;
	summary(feed_parser(f), id, dry);
	if (!dry)
		cli_note_unplaced(s, id);
	rc = EXIT_OK;
	goto out;
fail:
	cli_error("%s", err.buf);
	rc = cli_exit_for(rc);
out:
	feed_free(f);
	store_close(s);
	feed_inputs_close(&in);
	sbuf_release(&err);
	return rc;
}
