/* A log file read a package at a time, with no database (feed/logsource.h). */
#include "feed/logsource.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/linereader.h"
#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "feed/feed.h"
#include "model/block.h"
#include "model/logfacts.h"

/* The first blocks parsed when opening, to guess what the build shows. */
#define PROBE_BYTES (4u << 20)

struct ls_block {
	uint64_t off, len;
	uint64_t first_line; /* its first line's number in the file */
	uint64_t lines;      /* lines that may be rows (not indented, not blank) */
};

struct ls_pkg {
	char *name;
	size_t *blocks; /* indexes in ls->blocks, in file order */
	size_t n, alloc;
};

struct logsource {
	char *path;
	int fd;
	struct ls_block *blocks; /* file order */
	size_t nblocks, ablocks;
	struct ls_pkg *pkgs;     /* sorted by name */
	size_t npkgs, apkgs, at;
	struct logsource_hints hints;
	int repeated;            /* a package came in more than one block */
	int saw_append;          /* a verdict for append was read (diff_prints_append()) */
	/* learnt while reading */
	int first_level2, cut;
	int settle_matters;      /* settling changed a package's facts */
	double t_parse, t_facts;  /* seconds in the reader: parsing, making facts */
	struct budget_tally budgets; /* of every package read */
	struct parser *p;
	struct logfacts *cur;
	struct linereader lr;
	struct sbuf warnings;
	/*
	 * The packages are read by a thread of their own, one ahead of the
	 * diff (logsource_start()): ready holds the next package's facts
	 * (ready_at: its index, ready_rc its outcome), the reader waits while
	 * it is full, the diff while it is empty.
	 */
	int threaded, stop, done;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cond;
	struct factset ready;
	size_t ready_at;
	int ready_full, ready_rc;
	struct sbuf ready_err;
};

static void join(struct logsource *ls, int stop);

/* "append escapes to heap" or "append does not escape" (Go 1.25+)? */
static int append_verdict(const struct pmsg *m)
{
	return (m->kind == MK_ESCAPES || m->kind == MK_NOESCAPE) && m->subject.n == 6 &&
	       !memcmp(m->subject.p, "append", 6);
}

static int sink(void *ctx, const struct pmsg *m)
{
	struct logsource *ls = ctx;
	if (append_verdict(m))
		ls->saw_append = 1;
	return ls->cur ? logfacts_msg(ls->cur, m) : 0;
}

/* The package a header names ("path [variant]"), given the path last named. */
static void header_name(const struct pmsg *m, struct sbuf *path, struct sbuf *name)
{
	if (m->subject.n) {
		sbuf_reset(path);
		sbuf_add(path, m->subject.p, m->subject.n);
	}
	sbuf_reset(name);
	sbuf_add(name, path->buf ? path->buf : "", path->len);
	if (m->variant.n) {
		sbuf_addstr(name, " [");
		sbuf_add(name, m->variant.p, m->variant.n);
		sbuf_addch(name, ']');
	}
}

static size_t pkg_of(struct logsource *ls, struct strmap *idx, const char *name, size_t len)
{
	int64_t i;
	if (strmap_get(idx, name, len, &i))
		return (size_t)i;
	VEC_GROW(ls->pkgs, ls->npkgs + 1, ls->apkgs);
	memset(&ls->pkgs[ls->npkgs], 0, sizeof(ls->pkgs[0]));
	ls->pkgs[ls->npkgs].name = xmemdupz(name, len);
	strmap_put(idx, name, len, (int64_t)ls->npkgs);
	return ls->npkgs++;
}

static void add_block(struct logsource *ls, size_t pkg, uint64_t off, uint64_t line)
{
	struct ls_pkg *p = &ls->pkgs[pkg];
	VEC_GROW(ls->blocks, ls->nblocks + 1, ls->ablocks);
	ls->blocks[ls->nblocks] = (struct ls_block){ off, 0, line, 0 };
	VEC_GROW(p->blocks, p->n + 1, p->alloc);
	p->blocks[p->n++] = ls->nblocks++;
}

/* May this line be a package header ("# path"), before the parser is asked? */
static int maybe_header(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i + 1 < n && s[i] == '#' && s[i + 1] == ' ';
}

static int cmp_pkg(const void *a, const void *b)
{
	return strcmp(((const struct ls_pkg *)a)->name, ((const struct ls_pkg *)b)->name);
}

/* The linereader's failure (a log is read mapped: linereader_map()). */
static int read_error(const struct logsource *ls, struct sbuf *err)
{
	if (ls->lr.err == ESTALE)
		return error_set(err, ESCVIZ_EIO, "%s: the file was cut shorter while it was read",
				 ls->path);
	return error_set(err, ESCVIZ_EIO, "%s: read error: %s", ls->path, strerror(ls->lr.err));
}

/* The fast pass: every block's byte range, by package. */
static int scan(struct logsource *ls, struct sbuf *err)
{
	struct strmap idx = STRMAP_INIT;
	struct sbuf path = SBUF_INIT, name = SBUF_INIT;
	const char *line;
	size_t len, full;
	uint64_t line_no = 0, off = 0;
	int truncated, got;
	size_t cur = SIZE_MAX;
	while ((got = linereader_next(&ls->lr, &line, &len, &truncated, &full)) > 0) {
		line_no++;
		if (line_no == 1 && len >= 3 && !memcmp(line, "\xef\xbb\xbf", 3)) {
			line += 3; /* as parser_feed() */
			len -= 3;
		}
		if (!truncated && maybe_header(line, len)) {
			struct pmsg m;
			parser_classify(line, len, &m);
			if (m.kind == MK_PACKAGE) {
				header_name(&m, &path, &name);
				if (cur != SIZE_MAX)
					ls->blocks[ls->nblocks - 1].len = off - ls->blocks[ls->nblocks - 1].off;
				cur = pkg_of(ls, &idx, name.buf, name.len);
				if (ls->pkgs[cur].n)
					ls->repeated = 1;
				add_block(ls, cur, off, line_no);
			}
		}
		if (cur == SIZE_MAX && off == 0) { /* lines before any header: package "" */
			cur = pkg_of(ls, &idx, "", 0);
			add_block(ls, cur, 0, 1);
		}
		if (len && line[0] != ' ' && line[0] != '\t')
			ls->blocks[ls->nblocks - 1].lines++;
		off = ls->lr.bytes;
	}
	if (cur != SIZE_MAX)
		ls->blocks[ls->nblocks - 1].len = off - ls->blocks[ls->nblocks - 1].off;
	strmap_release(&idx);
	sbuf_release(&path);
	sbuf_release(&name);
	if (got < 0)
		return read_error(ls, err);
	if (ls->npkgs)
		qsort(ls->pkgs, ls->npkgs, sizeof(*ls->pkgs), cmp_pkg);
	return 0;
}

/* Parse block k into ls->cur (NULL: only the parser sees it). */
static int parse_block(struct logsource *ls, size_t k, struct sbuf *err)
{
	const struct ls_block *b = &ls->blocks[k];
	const char *line;
	size_t len, full;
	int truncated, got;
	linereader_range(&ls->lr, b->off, b->len);
	parser_begin_input(ls->p);
	while ((got = linereader_next(&ls->lr, &line, &len, &truncated, &full)) > 0)
		parser_feed(ls->p, line, len, truncated);
	if (got < 0)
		return read_error(ls, err);
	parser_finish_input(ls->p);
	if (k + 1 == ls->nblocks) { /* the end of the input */
		uint64_t cut_line;
		enum parser_cut cut = parser_input_cut(ls->p, &cut_line);
		feed_cut_warning(&ls->warnings, ls->path, cut, b->first_line - 1 + cut_line);
	}
	return 0;
}

/* What the first blocks show: -m=2 lines (which block first), the budget. */
struct probe {
	int level2;
	struct budget_tally budgets;
	int append; /* an append verdict */
};

static int probe_sink(void *ctx, const struct pmsg *m)
{
	struct probe *pr = ctx;
	if (block_msg_is_level2(m))
		pr->level2 = 1;
	if (append_verdict(m))
		pr->append = 1;
	if (m->kind == MK_CAN_INLINE || m->kind == MK_CANNOT_INLINE)
		budget_tally_add(&pr->budgets, m->budget, 1);
	return 0;
}

/* diff_prints_append() of what parser p read: its release range, a verdict seen. */
static int prints_append(struct parser *p, int saw)
{
	struct goversion v;
	struct sbuf ver = SBUF_INIT;
	int r;
	parser_version(p, &v);
	goversion_format(&v, &ver);
	r = diff_prints_append(ver.buf, saw);
	sbuf_release(&ver);
	return r;
}

static int guess(struct logsource *ls, struct sbuf *err)
{
	struct probe pr = { 0, { NULL, 0, 0 }, 0 };
	struct parser *main = ls->p;
	uint64_t done = 0;
	int rc = 0;
	ls->hints.level2_block = -1;
	ls->p = parser_new(probe_sink, &pr);
	for (size_t k = 0; k < ls->nblocks && done < PROBE_BYTES && !pr.level2; k++) {
		if ((rc = parse_block(ls, k, err)) < 0)
			break;
		done += ls->blocks[k].len;
		if (pr.level2)
			ls->hints.level2_block = (int)k;
	}
	ls->hints.m_level = parser_m_level(ls->p);
	ls->hints.budget = budget_tally_mode(&pr.budgets);
	budget_tally_release(&pr.budgets);
	ls->hints.prints_append = prints_append(ls->p, pr.append);
	parser_free(ls->p);
	ls->p = main;
	sbuf_reset(&ls->warnings);
	/* A package in pieces settles the build; so may a block of many rows. */
	ls->hints.settle = ls->repeated;
	for (size_t k = 0; k + 1 < ls->nblocks; k++)
		if (ls->blocks[k].lines >= BLOCK_MAX_ROWS)
			ls->hints.settle = 1;
	return rc;
}

int logsource_open(const char *path, const struct logsource_hints *h, struct logsource **out,
		   struct sbuf *err)
{
	struct logsource *ls;
	struct stat sb;
	const char *head;
	size_t n_head;
	int rc = 0;
	*out = NULL;
	if (!strcmp(path, "-"))
		return LOGSOURCE_FALLBACK;
	ls = xcalloc(1, sizeof(*ls));
	ls->path = xstrdup(path);
	sbuf_init(&ls->warnings);
	ls->first_level2 = -1;
	if ((ls->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = LOGSOURCE_FALLBACK; /* the ingest's message says why */
		goto fail;
	}
	if (fstat(ls->fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
		rc = LOGSOURCE_FALLBACK; /* a pipe, a directory, ...: as an ingest says */
		goto fail;
	}
	linereader_init(&ls->lr, ls->fd, 0);
	if (linereader_peek(&ls->lr, FEED_BINARY_PROBE, &head, &n_head) < 0 ||
	    feed_looks_binary(head, n_head) || util_utf16_bom(head, n_head)) {
		rc = LOGSOURCE_FALLBACK;
		goto fail;
	}
	/* Both passes read the file's bytes in place (mapped), not copied. */
	linereader_map(&ls->lr);
	linereader_range(&ls->lr, 0, (uint64_t)sb.st_size);
	if ((rc = scan(ls, err)) < 0)
		goto fail;
	ls->p = parser_new(sink, ls);
	if (h)
		ls->hints = *h;
	else if ((rc = guess(ls, err)) < 0)
		goto fail;
	*out = ls;
	return 0;
fail:
	logsource_close(ls);
	return rc;
}

void logsource_close(struct logsource *ls)
{
	if (!ls)
		return;
	join(ls, 1);
	for (size_t i = 0; i < ls->npkgs; i++) {
		free(ls->pkgs[i].name);
		free(ls->pkgs[i].blocks);
	}
	free(ls->pkgs);
	free(ls->blocks);
	if (ls->lr.buf)
		linereader_release(&ls->lr);
	if (ls->fd > 0)
		close(ls->fd);
	parser_free(ls->p);
	logfacts_free(ls->cur);
	sbuf_release(&ls->warnings);
	budget_tally_release(&ls->budgets);
	free(ls->path);
	free(ls);
}

static const char *source_peek(void *ctx)
{
	struct logsource *ls = ctx;
	return ls->at < ls->npkgs ? ls->pkgs[ls->at].name : NULL;
}

static void empty_set(const struct logsource *ls, struct factset *fs)
{
	memset(fs, 0, sizeof(*fs));
	fs->budget = ls->hints.budget;
	fs->m_level = ls->hints.m_level;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Read package k (the next one) into fs. */
static int read_package(struct logsource *ls, size_t k, struct factset *fs, struct sbuf *err)
{
	struct logfacts_build b = { ls->hints.settle, ls->hints.m_level, ls->hints.budget };
	const struct ls_pkg *p = &ls->pkgs[k];
	int rc = 0;
	double t0 = now(), t1;
	empty_set(ls, fs);
	ls->cur = logfacts_new(p->name);
	for (size_t i = 0; i < p->n && rc == 0; i++) {
		size_t blk = p->blocks[i];
		int level2 = ls->hints.level2_block >= 0 && (size_t)ls->hints.level2_block < blk;
		logfacts_block_begin(ls->cur, level2);
		rc = parse_block(ls, blk, err);
		logfacts_block_end(ls->cur, blk + 1 < ls->nblocks);
		if (logfacts_level2(ls->cur) && (ls->first_level2 < 0 || (size_t)ls->first_level2 > blk))
			ls->first_level2 = (int)blk;
	}
	t1 = now();
	ls->t_parse += t1 - t0;
	if (rc == 0) {
		if (logfacts_cut(ls->cur))
			ls->cut = 1;
		logfacts_budgets(ls->cur, &ls->budgets);
		logfacts_finish(ls->cur, &b, fs);
		if (logfacts_settle_matters(ls->cur))
			ls->settle_matters = 1;
	}
	logfacts_free(ls->cur);
	ls->t_facts += now() - t1;
	ls->cur = NULL;
	return rc;
}

static void *reader(void *arg)
{
	struct logsource *ls = arg;
	for (size_t k = 0; k < ls->npkgs; k++) {
		struct factset fs;
		struct sbuf err = SBUF_INIT;
		int rc;
		pthread_mutex_lock(&ls->mu);
		while (ls->ready_full && !ls->stop)
			pthread_cond_wait(&ls->cond, &ls->mu);
		pthread_mutex_unlock(&ls->mu);
		if (ls->stop)
			break;
		rc = read_package(ls, k, &fs, &err);
		pthread_mutex_lock(&ls->mu);
		ls->ready = fs;
		ls->ready_at = k;
		ls->ready_rc = rc;
		sbuf_reset(&ls->ready_err);
		if (err.len)
			sbuf_add(&ls->ready_err, err.buf, err.len);
		ls->ready_full = 1;
		pthread_cond_broadcast(&ls->cond);
		pthread_mutex_unlock(&ls->mu);
		sbuf_release(&err);
		if (rc < 0)
			break;
	}
	return NULL;
}

int logsource_start(struct logsource *ls)
{
	if (ls->threaded || !ls->npkgs)
		return 0;
	pthread_mutex_init(&ls->mu, NULL);
	pthread_cond_init(&ls->cond, NULL);
	sbuf_init(&ls->ready_err);
	if (pthread_create(&ls->thread, NULL, reader, ls) != 0) {
		pthread_mutex_destroy(&ls->mu);
		pthread_cond_destroy(&ls->cond);
		return -1; /* read in the caller's thread then */
	}
	ls->threaded = 1;
	return 0;
}

/* Wait for the reader to end (stop: before it reads another package). */
static void join(struct logsource *ls, int stop)
{
	if (!ls->threaded)
		return;
	pthread_mutex_lock(&ls->mu);
	ls->stop = stop;
	pthread_cond_broadcast(&ls->cond);
	pthread_mutex_unlock(&ls->mu);
	pthread_join(ls->thread, NULL);
	if (ls->ready_full)
		factset_release(&ls->ready);
	ls->ready_full = 0;
	pthread_mutex_destroy(&ls->mu);
	pthread_cond_destroy(&ls->cond);
	sbuf_release(&ls->ready_err);
	ls->threaded = 0;
}

static int source_package(void *ctx, const char *package, struct factset *fs, struct sbuf *err)
{
	struct logsource *ls = ctx;
	int rc;
	if (ls->at >= ls->npkgs || strcmp(ls->pkgs[ls->at].name, package) != 0) {
		empty_set(ls, fs);
		return 0; /* not in this log: no facts */
	}
	if (!ls->threaded) {
		if ((rc = read_package(ls, ls->at, fs, err)) == 0)
			ls->at++;
		return rc;
	}
	pthread_mutex_lock(&ls->mu);
	while (!ls->ready_full)
		pthread_cond_wait(&ls->cond, &ls->mu);
	*fs = ls->ready;
	rc = ls->ready_rc;
	if (rc < 0)
		error_set(err, rc, "%s", ls->ready_err.buf);
	ls->ready_full = 0;
	pthread_cond_broadcast(&ls->cond);
	pthread_mutex_unlock(&ls->mu);
	if (rc == 0)
		ls->at++;
	return rc;
}

struct diff_source logsource_diff_source(struct logsource *ls)
{
	return (struct diff_source){ source_peek, source_package, NULL, ls, ls };
}

int logsource_check(struct logsource *ls, struct logsource_hints *actual)
{
	const struct logsource_hints *h = &ls->hints;
	join(ls, 0); /* it has read every package */
	if (!parser_has_diagnostics(ls->p))
		return LOGSOURCE_FALLBACK;
	actual->level2_block = ls->first_level2;
	actual->m_level = parser_m_level(ls->p);
	actual->budget = budget_tally_mode(&ls->budgets);
	actual->settle = ls->repeated || ls->cut;
	actual->prints_append = prints_append(ls->p, ls->saw_append);
	if (getenv("ESCVIZ_LOGSOURCE_DEBUG"))
		fprintf(stderr, "logsource %s: guessed level2_block %d m_level %d budget %ld settle %d;"
			" read %d %d %ld %d; %.2f s parsing, %.2f s making facts\n", ls->path,
			h->level2_block, h->m_level, h->budget, h->settle, actual->level2_block,
			actual->m_level, actual->budget, actual->settle, ls->t_parse, ls->t_facts);
	if (actual->level2_block != h->level2_block || (actual->m_level >= 2) != (h->m_level >= 2) ||
	    actual->prints_append != h->prints_append ||
	    (actual->settle != h->settle && ls->settle_matters))
		return LOGSOURCE_AGAIN;
	return 0;
}

const struct logsource_hints *logsource_guessed(const struct logsource *ls)
{
	return &ls->hints;
}

void logsource_build(const struct logsource *ls, int64_t id, struct diff_build *b)
{
	struct goversion v;
	struct sbuf ver = SBUF_INIT;
	parser_version(ls->p, &v);
	goversion_format(&v, &ver);
	memset(b, 0, sizeof(*b));
	b->id = id;
	b->label = xstrdup(ls->path);
	b->go_version = sbuf_detach(&ver, NULL);
	b->m_level = parser_m_level(ls->p);
	b->prints_append = prints_append(ls->p, ls->saw_append);
	b->source = xstrdup(ls->path);
}

const char *logsource_warnings(const struct logsource *ls)
{
	return ls->warnings.buf ? ls->warnings.buf : "";
}
