/*
 * escviz run: run a go command with -gcflags=-m=2 added, pass its output
 * through, and ingest what it printed on stderr as one build.
 *
 * The go command prints compiler diagnostics on its stderr, so stderr is
 * read through a pipe, copied to ours as it arrives (the user sees the
 * build as usual) and to a temporary file that is ingested once the
 * command has finished.  stdout and stdin are the user's.
 */
#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "cmd/cli_ingest.h"
#include "common/util.h"
#include "common/xalloc.h"

#define USAGE "[--db PATH] [--label NAME] [--commit REV] [--fresh-cache] -- GO-COMMAND [ARG ...]"
#define M_FLAG "-m=2"

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* "pattern=flags" or "flags", with -m=2 appended to the flags. */
static char *merge_value(const char *v)
{
	struct sbuf b = SBUF_INIT;
	const char *eq = strchr(v, '='), *sp = strchr(v, ' ');
	sbuf_addstr(&b, v);
	if (*v && *v != '-' && eq && (!sp || eq < sp) && !eq[1])
		sbuf_addstr(&b, M_FLAG); /* "all=": an empty flag list */
	else if (*v)
		sbuf_addstr(&b, " " M_FLAG);
	else
		sbuf_addstr(&b, M_FLAG);
	return sbuf_detach(&b, NULL);
}

static int is_gcflags(const char *a, const char **value)
{
	if (!strncmp(a, "--", 2))
		a++;
	if (!strncmp(a, "-gcflags=", 9)) {
		*value = a + 9;
		return 2;
	}
	return !strcmp(a, "-gcflags");
}

static int is_args(const char *a)
{
	return !strcmp(a, "-args") || !strcmp(a, "--args");
}

/* Does the user give -gcflags between the subcommand and -args? */
static int has_gcflags(int argc, char **argv, int sub)
{
	const char *v;
	for (int i = sub + 1; i < argc && !is_args(argv[i]); i++)
		if (is_gcflags(argv[i], &v))
			return 1;
	return 0;
}

/*
 * The index of the go subcommand in argv (argc when none): the first
 * operand after the program, past its flags (-C DIR takes a value).
 */
static int subcommand(int argc, char **argv)
{
	int sub = 1;
	while (sub < argc && argv[sub][0] == '-')
		sub += (!strcmp(argv[sub], "-C") || !strcmp(argv[sub], "--C")) ? 2 : 1;
	return sub < argc ? sub : argc;
}

/* The go subcommands that compile packages and take -gcflags. */
static int compiles(const char *sub)
{
	static const char *const ok[] = { "build", "install", "run", "test", "vet" };
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(sub, ok[i]))
			return 1;
	return 0;
}

/*
 * The command with -m=2 added: appended to every -gcflags the user gave
 * (keeping its package pattern, since the go command applies only the last
 * matching one), or a new -gcflags=-m=2 after the subcommand.  The strings
 * that are not the user's are owned by *owned (freed by the caller).
 */
static char **merge_gcflags(int argc, char **argv, char ***owned, size_t *nowned)
{
	char **out = xcalloc((size_t)argc + 2, sizeof(*out));
	int sub = 1, n = 0, end = argc, insert;
	*owned = xcalloc((size_t)argc + 1, sizeof(**owned));
	*nowned = 0;
	sub = subcommand(argc, argv);
	insert = sub < argc && !has_gcflags(argc, argv, sub);
	for (int i = 0; i < argc; i++) {
		const char *v = NULL;
		int g = i > sub && i < end ? is_gcflags(argv[i], &v) : 0;
		if (i > sub && is_args(argv[i]))
			end = i; /* what follows belongs to the test binary */
		if (g == 2) {
			struct sbuf b = SBUF_INIT;
			char *m = merge_value(v);
			sbuf_addf(&b, "%.*s%s", (int)(v - argv[i]), argv[i], m);
			free(m);
			out[n++] = (*owned)[(*nowned)++] = sbuf_detach(&b, NULL);
		} else if (g == 1 && i + 1 < argc) {
			out[n++] = argv[i++];
			out[n++] = (*owned)[(*nowned)++] = merge_value(argv[i]);
		} else {
			out[n++] = argv[i];
		}
		if (i == sub && insert)
			out[n++] = "-gcflags=" M_FLAG;
	}
	return out;
}

/* Copy the child's stderr to ours and to fd out, until it closes. */
static void tee(int from, int to)
{
	char buf[65536];
	for (;;) {
		ssize_t n = read(from, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		if (write(STDERR_FILENO, buf, (size_t)n) < 0) {
			/* stderr gone: keep capturing for the database */
		}
		if (write(to, buf, (size_t)n) != n)
			return;
	}
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *f)
{
	(void)sb;
	(void)flag;
	(void)f;
	return remove(path);
}

/* Start the command with stderr into a pipe; returns its pid, or -1. */
static pid_t spawn(char **cmd, const char *gocache, int *rd)
{
	int p[2];
	pid_t pid;
	if (pipe(p) < 0)
		return -1;
	if ((pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], STDERR_FILENO);
		close(p[1]);
		signal(SIGINT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		if (gocache)
			setenv("GOCACHE", gocache, 1);
		execvp(cmd[0], cmd);
		cli_error("run: cannot run '%s': %s", cmd[0], strerror(errno));
		_exit(127);
	}
	close(p[1]);
	*rd = p[0];
	return pid;
}

/* Run cmd, capturing its stderr in the file capture; its exit status. */
static int run_go(char **cmd, const char *gocache, int capture)
{
	int rd = -1, status = 0;
	pid_t pid = spawn(cmd, gocache, &rd);
	if (pid < 0) {
		cli_error("run: cannot start '%s': %s", cmd[0], strerror(errno));
		return EXIT_FAIL;
	}
	tee(rd, capture);
	close(rd);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

static int ingest(const char *db, const char *file, const struct build_meta *meta, int go_rc)
{
	/* The go command ran here: its positions are relative to this folder. */
	const struct cli_source src = { ".", 1 };
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	int64_t id = 0;
	int rc = store_open(&s, cli_db_path(db), 0, &err);
	if (rc == 0)
		rc = cli_ingest_file(s, file, meta, &src, &id, &err);
	if (rc == 0) {
		fprintf(stderr, "escviz: run: stored build %lld in %s\n", (long long)id,
			cli_db_path(db));
		cli_note_unplaced(s, id);
	}
	else if (rc == ESCVIZ_ENODIAG)
		cli_error("run: the go command printed no -m diagnostics; nothing stored");
	else
		cli_error("run: %s", err.buf);
	store_close(s);
	sbuf_release(&err);
	if (rc < 0 && rc != ESCVIZ_ENODIAG && go_rc == 0)
		return cli_exit_for(rc);
	return go_rc;
}

/* Temporary names: the capture file and, with --fresh-cache, a GOCACHE. */
struct run_tmp {
	char capture[4096], cache[4096];
	int fd;
};

static int make_tmp(struct run_tmp *t, int fresh)
{
	const char *dir = getenv("TMPDIR");
	dir = dir && *dir ? dir : "/tmp";
	snprintf(t->capture, sizeof(t->capture), "%s/escviz-run-XXXXXX", dir);
	snprintf(t->cache, sizeof(t->cache), "%s/escviz-gocache-XXXXXX", dir);
	if ((t->fd = mkstemp(t->capture)) < 0 || (fresh && !mkdtemp(t->cache))) {
		cli_error("run: cannot create a temporary file in %s: %s", dir, strerror(errno));
		t->cache[0] = '\0';
		return -1;
	}
	if (!fresh)
		t->cache[0] = '\0';
	return 0;
}

static void remove_tmp(struct run_tmp *t)
{
	if (t->fd >= 0) {
		close(t->fd);
		unlink(t->capture);
	}
	if (t->cache[0])
		nftw(t->cache, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static const struct cli_opt run_opts[] = {
	CLI_OPT_DB,
	{ OPT_STRING, "label", 'l', "NAME", "label the build (e.g. a branch or PR)" },
	{ OPT_STRING, "commit", 'c', "REV", "record the commit the build was made from" },
	{ OPT_FLAG, "fresh-cache", 0, NULL, "build with an empty, temporary GOCACHE so no package replays cached diagnostics" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_run = {
	"run",
	"Run a go command with -gcflags=-m=2 added and ingest its output.",
	USAGE,
	run_opts,
	cmd_run,
};

int cmd_run(int argc, char **argv)
{
	struct build_meta meta = { NULL, NULL, NULL };
	const char *db = NULL;
	int fresh = 0, nargs, rc;
	void *const dest[] = { &db, &meta.label, &meta.commit, &fresh };
	struct run_tmp t = { .fd = -1 };
	char **cmd = NULL, **owned = NULL;
	size_t nowned = 0;

	if ((rc = cli_parse(&cli_cmd_run, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs < 1)
		return cli_usage_error("run", "no go command given (escviz run -- go build ./...)");
	if ((rc = subcommand(nargs, argv)) == nargs)
		return cli_usage_error("run", "'%s' has no go subcommand: run one that compiles"
				       " (build, install, run, test or vet)", argv[0]);
	if (!compiles(argv[rc]))
		return cli_usage_error("run", "'%s %s' does not compile anything, so it takes no"
				       " -gcflags: run a go subcommand that compiles (build, install,"
				       " run, test or vet)", argv[0], argv[rc]);
	if (make_tmp(&t, fresh) < 0) {
		rc = EXIT_FAIL;
		goto out;
	}
	if (!fresh)
		cli_error("run: note: packages the go command takes from its build cache replay the"
			  " diagnostics stored with them (old file paths included); use --fresh-cache"
			  " to compile everything anew");
	cmd = merge_gcflags(nargs, argv, &owned, &nowned);
	signal(SIGINT, on_signal);
	signal(SIGPIPE, SIG_IGN); /* our stderr may close (| head); keep capturing */
	rc = run_go(cmd, t.cache[0] ? t.cache : NULL, t.fd);
	if (interrupted)
		rc = EXIT_INTERRUPTED;
	else
		rc = ingest(db, t.capture, &meta, rc);
out:
	remove_tmp(&t);
	for (size_t i = 0; i < nowned; i++)
		free(owned[i]);
	free(owned);
	free(cmd);
	return rc;
}
