/* escviz diff: compare two builds (or two logs) and gate on the changes. */
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analysis/diff.h"
#include "cmd/cli.h"
#include "cmd/cli_hot.h"
#include "cmd/cli_ingest.h"
#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "feed/logsource.h"
#include "render/render_diff.h"
#include "store/store_diff.h"

#define USAGE "[--db PATH] OLD NEW [--format text|md|json|sarif|html|csv] [-o FILE] [--fail-on KINDS] [--hot-threshold PCT|auto] [--ignore FILE] [--show-respelled] [--category NAME] [--repository URL]"

struct diff_cli {
	const char *db, *format, *output, *fail_on, *ignore, *hot_threshold, *category, *repository;
	int show_respelled;
	struct hot_threshold hot;
	struct store *db_store;  /* --db, opened when a side names a build */
	struct store *tmp_store; /* log files are ingested here */
	char *tmp_dir;
	struct sbuf err;
};

/*
 * Is arg a log file rather than a build id or label?  An existing file is,
 * and "-" (standard input); a missing one only when it is named like a log,
 * since labels are often branch names with slashes ("feature/x").
 */
static int is_log_file(const char *arg)
{
	struct stat sb;
	size_t n = strlen(arg);
	if (!strcmp(arg, "-"))
		return 1; /* standard input */
	if (stat(arg, &sb) == 0)
		return !S_ISDIR(sb.st_mode);
	return (n > 4 && !strcmp(arg + n - 4, ".log")) || (n > 4 && !strcmp(arg + n - 4, ".txt"));
}

static int open_tmp_store(struct diff_cli *c)
{
	const char *tmp = getenv("TMPDIR");
	struct sbuf path = SBUF_INIT;
	int rc;
	if (c->tmp_store)
		return 0;
	sbuf_addf(&path, "%s/escviz-diff-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(path.buf)) {
		rc = error_set(&c->err, ESCVIZ_EIO, "cannot create a temporary directory: %s",
			       strerror(errno));
		sbuf_release(&path);
		return rc;
	}
	c->tmp_dir = xstrdup(path.buf);
	sbuf_addstr(&path, "/diff.db");
	rc = store_open(&c->tmp_store, path.buf, 0, &c->err);
	sbuf_release(&path);
	return rc;
}

static void remove_tmp(struct diff_cli *c)
{
	static const char *const files[] = { "diff.db", "diff.db-wal", "diff.db-shm",
					     "diff.db-journal" };
	struct sbuf p = SBUF_INIT;
	store_close(c->tmp_store);
	c->tmp_store = NULL;
	for (size_t i = 0; c->tmp_dir && i < sizeof(files) / sizeof(files[0]); i++) {
		sbuf_reset(&p);
		sbuf_addf(&p, "%s/%s", c->tmp_dir, files[i]);
		unlink(p.buf);
	}
	if (c->tmp_dir)
		rmdir(c->tmp_dir);
	free(c->tmp_dir);
	c->tmp_dir = NULL;
	sbuf_release(&p);
}

/* Resolve one operand to a store and a build id. */
static int resolve_side(struct diff_cli *c, const char *arg, struct store **s, int64_t *id)
{
	struct build_meta meta = { arg, NULL, NULL };
	int rc;
	if (is_log_file(arg)) {
		if ((rc = open_tmp_store(c)) < 0)
			return rc;
		*s = c->tmp_store;
		/* No source for a log named on the command line: the tree here
		 * may hold another commit than the one the log was built from. */
		rc = cli_ingest_file(c->tmp_store, arg, &meta, NULL, id, &c->err);
		return rc == ESCVIZ_EIO ? ESCVIZ_ENOTFOUND : rc; /* unreadable input: exit 2 */
	}
	if (!c->db_store &&
	    (rc = store_open(&c->db_store, cli_db_path(c->db), STORE_READONLY, &c->err)) < 0)
		return rc;
	*s = c->db_store;
	return store_resolve_build(c->db_store, arg, id, &c->err);
}

/*
 * SARIF's columns are UTF-16 code units, the compiler's bytes: the source
 * lines give the one from the other.  A file is read once (paths as the
 * compiler printed them: relative to where the build ran, which is where
 * CI runs the diff); where it cannot be read, or the line is not there or
 * too short, the byte column stays (the same for ASCII).
 */
struct srcfile {
	char *text;   /* NULL: unreadable */
	size_t len;
	size_t *line; /* offset of each line */
	size_t nlines;
};

struct utf16_cols {
	struct strmap index; /* path -> files */
	struct srcfile *files;
	size_t n, alloc;
};

#define UTF16_MAX_FILE ((size_t)64 << 20)

static void srcfile_load(struct srcfile *sf, const char *path)
{
	FILE *fp = fopen(path, "rb");
	struct sbuf b = SBUF_INIT;
	char chunk[65536];
	size_t n, alloc = 0;
	memset(sf, 0, sizeof(*sf));
	if (!fp)
		return;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0 && b.len < UTF16_MAX_FILE)
		sbuf_add(&b, chunk, n);
	fclose(fp);
	if (b.len >= UTF16_MAX_FILE) {
		sbuf_release(&b);
		return;
	}
	sf->len = b.len;
	sf->text = sbuf_detach(&b, NULL);
	VEC_GROW(sf->line, 1, alloc);
	sf->line[sf->nlines++] = 0;
	for (size_t i = 0; i < sf->len; i++)
		if (sf->text[i] == '\n') {
			VEC_GROW(sf->line, sf->nlines + 1, alloc);
			sf->line[sf->nlines++] = i + 1;
		}
}

static long utf16_col(void *ctx, const char *file, long line, long col)
{
	struct utf16_cols *u = ctx;
	struct srcfile *sf;
	int64_t i;
	size_t start, end;
	if (!file || line <= 0 || col <= 1)
		return col;
	if (!strmap_get(&u->index, file, strlen(file), &i)) {
		VEC_GROW(u->files, u->n + 1, u->alloc);
		srcfile_load(&u->files[u->n], file);
		i = (int64_t)u->n++;
		strmap_put(&u->index, file, strlen(file), i);
	}
	sf = &u->files[i];
	if (!sf->text || (size_t)line > sf->nlines)
		return col;
	start = sf->line[line - 1];
	end = (size_t)line < sf->nlines ? sf->line[line] : sf->len;
	if ((size_t)(col - 1) > end - start)
		return col;
	return 1 + (long)util_utf16_units(sf->text + start, (size_t)(col - 1));
}

static void utf16_cols_release(struct utf16_cols *u)
{
	for (size_t i = 0; i < u->n; i++) {
		free(u->files[i].text);
		free(u->files[i].line);
	}
	free(u->files);
	strmap_release(&u->index);
}

static int write_report(struct diff_cli *c, const struct diff_result *r, enum diff_format f)
{
	FILE *out = stdout;
	struct render_opts ro = { 0 };
	struct sbuf repo = SBUF_INIT;
	struct utf16_cols cols = { STRMAP_INIT, NULL, 0, 0 };
	int rc;
	if (c->output && strcmp(c->output, "-") && !(out = fopen(c->output, "w")))
		return error_set(&c->err, ESCVIZ_EIO, "%s: %s", c->output, strerror(errno));
	ro.color = out == stdout && cli_color(stdout);
	ro.category = c->category;
	ro.goroot = getenv("GOROOT");
	ro.gomodcache = getenv("GOMODCACHE");
	ro.repository = c->repository;
	ro.utf16_col = utf16_col;
	ro.utf16_ctx = &cols;
	if (!ro.repository && getenv("GITHUB_SERVER_URL") && getenv("GITHUB_REPOSITORY")) {
		sbuf_addf(&repo, "%s/%s", getenv("GITHUB_SERVER_URL"), getenv("GITHUB_REPOSITORY"));
		ro.repository = repo.buf;
	}
	rc = render_diff(out, r, f, &ro);
	sbuf_release(&repo);
	utf16_cols_release(&cols);
	if (out != stdout && fclose(out) != 0)
		rc = ESCVIZ_EIO;
	if (rc < 0)
		error_set(&c->err, rc, "%s: write error", c->output ? c->output : "<stdout>");
	return rc;
}

/* A log file's build lives in a database that is about to go: name the file. */
static void set_source(struct diff_build *b, const char *arg)
{
	if (!is_log_file(arg))
		return;
	free(b->source);
	b->source = xstrdup(arg);
}

static int gate(const struct diff_result *r, const struct diff_failon *f)
{
	for (size_t i = 0; i < r->n; i++)
		if (diff_failon_hit(f, &r->items[i]))
			return EXIT_FINDINGS;
	return EXIT_OK;
}

/* Read both builds a package at a time and compare them: load -> analyse. */
static int diff_stores(struct store *os, int64_t oid, struct store *ns, int64_t nid,
		       struct diff_result *r, struct sbuf *err)
{
	struct store_diff_pkgs *o = NULL, *n = NULL;
	struct store *second = NULL;
	int rc = 0;
	/* diff_sources() reads the two builds on two threads: one connection each. */
	if (os == ns && store_open(&second, store_path(ns), STORE_READONLY, err) == 0)
		ns = second;
	sbuf_reset(err);
	if ((rc = store_diff_open(os, oid, &r->old, &o, err)) == 0 &&
	    (rc = store_diff_open(ns, nid, &r->new, &n, err)) == 0) {
		struct diff_source so = store_diff_source(o), sn = store_diff_source(n);
		rc = diff_sources(&so, &sn, r, err);
	}
	store_diff_close(o);
	store_diff_close(n);
	store_close(second);
	return rc;
}

/* The hot cutoffs of a side: none for a log (it has no profile). */
static int side_cutoffs(struct diff_cli *c, struct store *s, int64_t id, struct hot_cutoffs *out)
{
	if (!s) {
		memset(out, 0, sizeof(*out));
		return 0;
	}
	return cli_hot_cutoffs(s, id, &c->hot, out, &c->err);
}

/*
 * Mark the items in hot code when either build has a profile.  --fail-on
 * hot with no profile on either side cannot be decided: a usage error.
 */
static int mark_hot(struct diff_cli *c, struct store *os, int64_t oid, struct store *ns,
		    int64_t nid, const struct diff_failon *fo, struct diff_result *r)
{
	struct hot_cutoffs oc, nc;
	int rc;
	if ((rc = side_cutoffs(c, os, oid, &oc)) < 0 || (rc = side_cutoffs(c, ns, nid, &nc)) < 0)
		return rc;
	if (oc.has_heap || oc.has_cpu || nc.has_heap || nc.has_cpu)
		diff_result_mark_hot(r, &oc, &nc);
	else if (fo->hot)
		return error_set(&c->err, ESCVIZ_EUSAGE,
				 "--fail-on hot: neither build has a profile, so nothing is known to be"
				 " hot; attach one with 'escviz profile --build NEW FILE'"
				 " (go test -memprofile/-cpuprofile)");
	return 0;
}

/*
 * Did the diff use NEW's budget, guessed as guess when it is actual?  It
 * takes the build's budget for an inlining change of a function that
 * printed none (analysis/diff_match.c's budget_of()); any such change
 * with the guessed budget may be one, and so may one it found no budget
 * for (-1: an inlinable function costing more than the guess).
 */
static int budget_used(const struct diff_result *r, long guess, long actual)
{
	if (guess == actual)
		return 0;
	for (size_t i = 0; i < r->n; i++)
		if ((r->items[i].kind == DK_INLINABLE || r->items[i].kind == DK_INLINE_COST) &&
		    (r->items[i].budget == guess || r->items[i].budget < 0))
			return 1;
	return 0;
}

/* One log opened (its fast pass and its guesses) on a thread of its own. */
struct log_open {
	const char *path;
	const struct logsource_hints *hints;
	struct logsource *ls;
	struct sbuf err;
	int rc;
};

static void *open_log(void *arg)
{
	struct log_open *o = arg;
	o->rc = logsource_open(o->path, o->hints, &o->ls, &o->err);
	return NULL;
}

/*
 * Open both sides: each log reads its whole file once before its first
 * package, so two logs are opened side by side (the old one on a second
 * thread).  The first side's failure is the one reported.
 */
static int open_sides(struct diff_cli *c, char **args, const int *is_log,
		      struct logsource_hints **hints, struct logsource **ls, int *opened)
{
	struct log_open o = { args[0], hints[0], NULL, SBUF_INIT, 0 };
	pthread_t t;
	int rc;
	*opened = is_log[0] && is_log[1] && pthread_create(&t, NULL, open_log, &o) == 0;
	if (!*opened)
		return 0; /* one at a time, by the caller */
	rc = logsource_open(args[1], hints[1], &ls[1], &c->err);
	pthread_join(t, NULL);
	ls[0] = o.ls;
	if (o.rc != 0) {
		sbuf_reset(&c->err);
		sbuf_add(&c->err, o.err.buf, o.err.len);
		rc = o.rc;
	}
	sbuf_release(&o.err);
	return rc;
}

/*
 * Log files without a database (feed/logsource.h): each log is read a
 * package at a time as the build its ingest would be, and a stored build
 * (--db) beside it a package at a time too.  Returns 0 (r filled),
 * LOGSOURCE_FALLBACK when a log is one for the temporary database (stdin,
 * a pipe, binary or UTF-16 data, no -m diagnostics: the ingest says what
 * it says of them), or a negative error.
 */
static int diff_nodb(struct diff_cli *c, char **args, struct diff_result *r,
		     struct store **stores, int64_t *ids)
{
	struct logsource *ls[2] = { NULL, NULL };
	struct logsource_hints learnt[2], *hints[2] = { NULL, NULL };
	int is_log[2], rc = 0;
	for (int pass = 0; pass < 2; pass++) {
		struct store_diff_pkgs *pk[2] = { NULL, NULL };
		struct diff_source src[2];
		int again = 0;
		int64_t next_id = 1;
		int opened;
		memset(r, 0, sizeof(*r));
		for (int i = 0; i < 2; i++)
			is_log[i] = is_log_file(args[i]);
		rc = open_sides(c, args, is_log, hints, ls, &opened);
		for (int i = 0; i < 2 && rc == 0; i++) {
			if (is_log[i] && opened) {
				src[i] = logsource_diff_source(ls[i]);
			} else if (is_log[i]) {
				if ((rc = logsource_open(args[i], hints[i], &ls[i], &c->err)) == 0)
					src[i] = logsource_diff_source(ls[i]);
			} else if ((stores[i] || (rc = resolve_side(c, args[i], &stores[i], &ids[i])) == 0) &&
				   (rc = store_diff_open(stores[i], ids[i], i ? &r->new : &r->old, &pk[i],
							 &c->err)) == 0) {
				src[i] = store_diff_source(pk[i]);
			}
		}
		for (int i = 0; i < 2 && rc == 0; i++)
			if (is_log[i]) {
				/* what the diff needs of the build before it is read (checked after) */
				(i ? &r->new : &r->old)->prints_append =
					logsource_guessed(ls[i])->prints_append;
				logsource_start(ls[i]);
			}
		if (rc == 0)
			rc = diff_sources(&src[0], &src[1], r, &c->err);
		for (int i = 0; i < 2 && rc == 0; i++) {
			int ck;
			if (!is_log[i])
				continue;
			/* the log's build as its ingest would be: numbered in the temporary database */
			logsource_build(ls[i], next_id++, i ? &r->new : &r->old);
			if ((ck = logsource_check(ls[i], &learnt[i])) == LOGSOURCE_FALLBACK)
				rc = LOGSOURCE_FALLBACK;
			else if (ck == LOGSOURCE_AGAIN ||
				 (i == 1 && budget_used(r, logsource_guessed(ls[i])->budget, learnt[i].budget)))
				again = 1;
			hints[i] = &learnt[i];
		}
		if (rc == 0 && !again) {
			for (int i = 0; i < 2; i++) {
				const char *w = is_log[i] ? logsource_warnings(ls[i]) : "";
				if (*w)
					cli_warn("%.*s", (int)(strlen(w) - 1), w);
			}
		}
		for (int i = 0; i < 2; i++) {
			store_diff_close(pk[i]);
			logsource_close(ls[i]);
			ls[i] = NULL;
		}
		if (rc != 0 || !again)
			break;
		/* a guess did not hold: again, with what the logs showed */
		diff_result_release(r);
	}
	if (rc != 0) {
		diff_result_release(r);
		memset(r, 0, sizeof(*r));
	}
	return rc;
}

/* Everything after option parsing; returns an exit code. */
static int run_diff(struct diff_cli *c, char **args, enum diff_format f,
		    const struct diff_failon *fo, const struct diff_ignore *ig)
{
	struct diff_result r = { 0 };
	struct store *st[2] = { NULL, NULL };
	int64_t id[2] = { 0, 0 };
	int rc = LOGSOURCE_FALLBACK;
	if (is_log_file(args[0]) || is_log_file(args[1]))
		rc = diff_nodb(c, args, &r, st, id);
	if (rc == LOGSOURCE_FALLBACK) {
		/* the temporary database: ingest the logs, read both builds */
		sbuf_reset(&c->err);
		if ((rc = resolve_side(c, args[0], &st[0], &id[0])) < 0 ||
		    (rc = resolve_side(c, args[1], &st[1], &id[1])) < 0 ||
		    (rc = diff_stores(st[0], id[0], st[1], id[1], &r, &c->err)) < 0)
			goto out;
	} else if (rc < 0) {
		goto out;
	}
	if ((rc = mark_hot(c, st[0], id[0], st[1], id[1], fo, &r)) < 0)
		goto out;
	if (r.old.m_level != r.new.m_level)
		cli_error("diff: warning: comparing a -m=%d build with a -m=%d build: functions are"
			  " attributed differently and explanations are not compared",
			  r.old.m_level, r.new.m_level);
	set_source(&r.old, args[0]);
	set_source(&r.new, args[1]);
	diff_result_ignore(&r, ig);
	if (!c->show_respelled)
		diff_result_hide_respelled(&r);
	if ((rc = write_report(c, &r, f)) < 0)
		goto out;
	rc = gate(&r, fo);
out:
	diff_result_release(&r);
	if (rc < 0) {
		cli_error("diff: %s", c->err.buf);
		rc = rc == ESCVIZ_EDB ? EXIT_FAIL : EXIT_USAGE;
	}
	return rc;
}

static const struct cli_opt diff_opts[] = {
	CLI_OPT_DB,
	{ OPT_STRING, "format", 'f', "FMT", "text (default), md, json, sarif, html or csv" },
	{ OPT_STRING, "output", 'o', "FILE", "write the report to FILE instead of standard output" },
	{ OPT_STRING, "fail-on", 0, "KINDS", "exit 1 when one of these happened: comma-separated change kinds, regression, any, or hot (a regression in hot code)" },
	CLI_OPT_HOT_THRESHOLD,
	{ OPT_STRING, "ignore", 0, "FILE", "drop accepted changes: lines 'KIND PACKAGE FUNCTION SUBJECT' of globs" },
	{ OPT_FLAG, "show-respelled", 0, NULL, "also list the decisions another Go release only prints differently (never regressions)" },
	{ OPT_STRING, "category", 0, "NAME", "SARIF: the run's category (automationDetails), so code scanning keeps the alerts of each matrix job (Go version, GOOS/GOARCH) apart" },
	{ OPT_STRING, "repository", 0, "URL", "SARIF: the repository, for versionControlProvenance with the new build's commit (default $GITHUB_SERVER_URL/$GITHUB_REPOSITORY)" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_diff = {
	"diff",
	"Compare two builds or logs: new heap escapes, lost inlining; gate CI.\n\n"
	"OLD and NEW are each a build of the database (id or label) or a log file of -m\n"
	"output.  Log files are read a package at a time, without a database: no file\n"
	"is written, and memory holds one package of each side.  Standard input (-), a\n"
	"pipe, and input that is not -m text (binary, UTF-16) are ingested into a\n"
	"temporary database under $TMPDIR instead, with the same report.",
	USAGE,
	diff_opts,
	cmd_diff,
};

int cmd_diff(int argc, char **argv)
{
	struct diff_cli c = { .err = SBUF_INIT };
	void *const dest[] = { &c.db, &c.format, &c.output, &c.fail_on, &c.hot_threshold,
			      &c.ignore, &c.show_respelled, &c.category, &c.repository };
	struct diff_failon fo;
	struct diff_ignore *ig = NULL;
	int nargs, rc, f;

	if ((rc = cli_parse(&cli_cmd_diff, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs != 2)
		return cli_usage_error("diff", "want two builds or log files, OLD and NEW (got %d)", nargs);
	if ((f = render_diff_format(c.format ? c.format : "text")) < 0)
		return cli_usage_error("diff", "unknown format '%s'", c.format);
	if (diff_failon_parse(c.fail_on, &fo, &c.err) < 0 ||
	    hot_threshold_parse(c.hot_threshold, &c.hot, &c.err) < 0 ||
	    (c.ignore && diff_ignore_load(c.ignore, &ig, &c.err) < 0)) {
		rc = cli_usage_error("diff", "%s", c.err.buf);
		goto out;
	}
#ifdef M_ARENA_MAX
	/* main() gives all threads one malloc arena; the diff reads its two
	 * sides on threads of its own (the log readers, the old side's
	 * packages), which would queue on that arena's lock: one each.  Each
	 * arena reserves 64 MiB of address space, so under an address-space
	 * limit (ulimit -v) they keep sharing one. */
	struct rlimit as;
	if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur == RLIM_INFINITY)
		mallopt(M_ARENA_MAX, 4);
#endif
	rc = run_diff(&c, argv, (enum diff_format)f, &fo, ig);
out:
	diff_ignore_free(ig);
	store_close(c.db_store);
	remove_tmp(&c);
	sbuf_release(&c.err);
	return rc;
}
