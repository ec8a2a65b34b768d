/* escviz ingest: compiler output in, one build out. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "store/store.h"

#define USAGE "[--db PATH] [--label NAME] [--commit REV] [--go-version VER] [--dry-run] [FILE ...]"
#define PROGRESS_MIN_BYTES (16u << 20)

static volatile int stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

struct progress {
	const char *name;
	int on;
	time_t last;
};

static void show_progress(void *ctx, uint64_t bytes, uint64_t lines)
{
	struct progress *pr = ctx;
	time_t now = time(NULL);
	if (!pr->on || now == pr->last)
		return;
	pr->last = now;
	fprintf(stderr, "\rescviz: ingest: %s: %.1f MB, %llu lines ", pr->name,
		(double)bytes / 1e6, (unsigned long long)lines);
}

/* Open every input before touching the database: a typo costs nothing. */
static int open_inputs(int n, char **names, int *fds, int *big)
{
	for (int i = 0; i < n; i++) {
		struct stat sb;
		if (!strcmp(names[i], "-")) {
			fds[i] = 0;
			*big = 1;
			continue;
		}
		fds[i] = open(names[i], O_RDONLY | O_CLOEXEC);
		if (fds[i] < 0 || fstat(fds[i], &sb) < 0) {
			cli_error("%s: %s", names[i], strerror(errno));
			return -1;
		}
		if (S_ISDIR(sb.st_mode)) {
			cli_error("%s: is a directory, not a log file", names[i]);
			return -1;
		}
		if (sb.st_size >= (off_t)PROGRESS_MIN_BYTES || !S_ISREG(sb.st_mode))
			*big = 1;
	}
	return 0;
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

/* Compiler output at all?  Headers, diagnostics or compiler errors. */
static int has_compiler_output(const struct parser *p)
{
	const uint64_t *c = parser_line_counts(p);
	return parser_diagnostics(p) > c[LC_DEBUG] || c[LC_COMPILER_ERROR] > 0;
}

int cmd_ingest(int argc, char **argv)
{
	struct build_meta meta = { NULL, NULL, NULL };
	const char *db = NULL;
	int dry = 0, nargs, rc = 0, big = 0;
	const struct cli_opt opts[] = {
		CLI_OPT_DB(&db),
		{ OPT_STRING, "label", 'l', "NAME", "label the build (e.g. a branch or PR)", &meta.label },
		{ OPT_STRING, "commit", 'c', "REV", "record the commit the build was made from", &meta.commit },
		{ OPT_STRING, "go-version", 0, "VER", "record the Go version instead of detecting it", &meta.go_version },
		{ OPT_FLAG, "dry-run", 'n', NULL, "parse and summarise, store nothing", &dry },
		{ OPT_END, NULL, 0, NULL, NULL, NULL },
	};
	static char *stdin_only[] = { "-" };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct store_ingest *ing = NULL;
	struct parser *p = NULL;
	struct progress pr = { NULL, 0, 0 };
	struct feed_opts fo = { show_progress, &pr, &stop_flag };
	char **names;
	int *fds = NULL;
	int64_t id = 0;

	if ((rc = cli_parse("ingest", USAGE, opts, argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	names = nargs ? argv : stdin_only;
	nargs = nargs ? nargs : 1;
	fds = xcalloc((size_t)nargs, sizeof(*fds));
	if (open_inputs(nargs, names, fds, &big) < 0) {
		rc = EXIT_USAGE;
		goto out;
	}
	pr.on = big && isatty(2);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	if (!dry && ((rc = store_open(&s, cli_db_path(db), 0, &err)) < 0 ||
		     (rc = store_ingest_begin(s, &meta, &ing, &err)) < 0))
		goto fail;
	p = parser_new(dry ? NULL : store_ingest_msg, ing);
	for (int i = 0; i < nargs; i++) {
		pr.name = strcmp(names[i], "-") ? names[i] : "<stdin>";
		if ((rc = store_feed_fd(ing, p, fds[i], pr.name, &fo, &err)) < 0)
			goto fail;
	}
	if (pr.on)
		fputs("\r\033[K", stderr);
	if (!has_compiler_output(p)) {
		cli_error("no -m diagnostics found in %s (was it built with -gcflags=-m?)%s",
			  nargs == 1 ? pr.name : "the inputs",
			  parser_saw_utf16(p) ? "; it is UTF-16 text: convert it with "
						"'iconv -f UTF-16 -t UTF-8'" : "");
		rc = EXIT_USAGE;
		goto out;
	}
	if (!dry && (rc = store_ingest_commit(ing, p, &id, &err)) < 0) {
		ing = NULL;
		goto fail;
	}
	ing = NULL;
	summary(p, id, dry);
	rc = EXIT_OK;
	goto out;
fail:
	if (pr.on)
		fputs("\r\033[K", stderr);
	cli_error("%s", err.buf);
	rc = cli_exit_for(rc);
out:
	store_ingest_abort(ing);
	parser_free(p);
	store_close(s);
	for (int i = 0; fds && i < nargs; i++)
		if (fds[i] > 0)
			close(fds[i]);
	free(fds);
	sbuf_release(&err);
	return rc;
}
