/*
 * The function pages, written by o->jobs worker processes (--jobs N).
 *
 * Laying diagrams out is most of a report's time and each page depends on
 * its function alone, so the pages are dealt out to forked workers: the
 * k-th of N writes every N-th page from its k-th.  A worker shares what
 * the parent loaded (copy on write), opens a database connection of its
 * own (src->reopen) and bounds its memory as the parent does: one page
 * at a time.  It reports on a pipe: one byte 'p' per page written, then
 * 'R' and its struct report_result, or 'E', its error code and message.
 * The parent counts the pages for the progress callback and adds the
 * results up, and passes a stop on (SIGTERM to its workers when it was
 * signalled alone).  With one job, or no reopen callback, the parent
 * writes the pages itself.
 */
#include "render/render_report_internal.h"

#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/util.h"
#include "common/xalloc.h"

#define MAX_JOBS 64

/* Write the pages k, k + n, k + 2n, ... of the functions that have one. */
static int write_share(struct report_ctx *c, size_t k, size_t n, int fd, struct sbuf *err)
{
	size_t todo = c->n_fns - c->n_folded, done = 0;
	int rc = 0;

	for (size_t i = 0, nth = 0; i < c->n_fns && !rc; i++) {
		if (!c->has_page[i])
			continue;
		if (nth++ % n != k)
			continue;
		if (c->o->stop && *c->o->stop)
			return error_set(err, ESCVIZ_EINTR, "interrupted");
		rc = report_function_page(c, i, err);
		if (fd >= 0 && !rc && write(fd, "p", 1) != 1)
			rc = error_set(err, ESCVIZ_EIO, "report worker: cannot write to its pipe: %s",
				       strerror(errno));
		if (fd < 0 && c->o->progress)
			c->o->progress(c->o->progress_ctx, ++done, todo, c->n_folded);
	}
	return rc;
}

static int write_all(int fd, const void *p, size_t n)
{
	const char *b = p;
	while (n) {
		ssize_t w = write(fd, b, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		b += w;
		n -= (size_t)w;
	}
	return 0;
}

/* A worker: write its share, report, and end without running exit handlers. */
static void worker(struct report_ctx *c, size_t k, size_t n, int fd)
{
	struct sbuf err = SBUF_INIT;
	int rc;

	memset(c->res, 0, sizeof(*c->res));
	rc = c->src->reopen(c->src->ctx, &err);
	if (!rc)
		rc = write_share(c, k, n, fd, &err);
	if (!rc) {
		write_all(fd, "R", 1);
		write_all(fd, c->res, sizeof(*c->res));
	} else {
		uint32_t len = (uint32_t)err.len;
		write_all(fd, "E", 1);
		write_all(fd, &rc, sizeof(rc));
		write_all(fd, &len, sizeof(len));
		write_all(fd, err.buf ? err.buf : "", len);
	}
	_exit(rc ? 1 : 0);
}

struct job {
	pid_t pid;
	int fd;
	int counting;      /* still reading 'p' bytes */
	struct sbuf tail;  /* what follows them */
};

/* Add a finished worker's report to the parent's; 0 or its error. */
static int collect(struct report_ctx *c, struct job *j, struct sbuf *err)
{
	struct report_result r;
	const char *t = j->tail.buf;
	int rc;
	uint32_t len;

	if (j->tail.len >= 1 + sizeof(r) && t[0] == 'R') {
		memcpy(&r, t + 1, sizeof(r));
		c->res->pages += r.pages;
		c->res->diagrams += r.diagrams;
		c->res->flowless += r.flowless;
		c->res->bytes += r.bytes;
		c->res->sources += r.sources;
		return 0;
	}
	if (j->tail.len >= 1 + sizeof(rc) + sizeof(len) && t[0] == 'E') {
		memcpy(&rc, t + 1, sizeof(rc));
		memcpy(&len, t + 1 + sizeof(rc), sizeof(len));
		if (j->tail.len >= 1 + sizeof(rc) + sizeof(len) + len) {
			if (!err->len) /* the first worker's error is the one told */
				sbuf_add(err, t + 1 + sizeof(rc) + sizeof(len), len);
			return rc < 0 ? rc : ESCVIZ_ERROR;
		}
	}
	return ESCVIZ_ERROR; /* no report: waitpid tells why */
}

static int run_jobs(struct report_ctx *c, size_t n, struct sbuf *err)
{
	struct job jobs[MAX_JOBS];
	struct pollfd pf[MAX_JOBS];
	size_t started = 0, open = 0, done = 0, todo = c->n_fns - c->n_folded;
	int rc = 0, stopping = 0;

	fflush(NULL); /* nothing buffered is written twice */
#ifdef __GLIBC__
	/* What the index and package pages freed goes back to the system
	 * before the workers copy the heap, so none of them starts larger. */
	malloc_trim(0);
#endif
	for (size_t k = 0; k < n; k++) {
		int p[2];
		pid_t pid;
		if (pipe(p) < 0) {
			rc = error_set(err, ESCVIZ_EIO, "cannot start a report worker: %s",
				       strerror(errno));
			break;
		}
		if ((pid = fork()) < 0) {
			rc = error_set(err, ESCVIZ_EIO, "cannot start a report worker: %s",
				       strerror(errno));
			close(p[0]);
			close(p[1]);
			break;
		}
		if (pid == 0) {
			for (size_t i = 0; i < started; i++)
				close(jobs[i].fd);
			close(p[0]);
			worker(c, k, n, p[1]);
		}
		close(p[1]);
		jobs[started++] = (struct job){ pid, p[0], 1, SBUF_INIT };
	}
	open = started;
	while (open) {
		char buf[4096];
		if (c->o->stop && *c->o->stop && !stopping) {
			/* the parent alone was signalled: its workers stop too */
			stopping = 1;
			for (size_t i = 0; i < started; i++)
				kill(jobs[i].pid, SIGTERM);
		}
		for (size_t i = 0; i < started; i++)
			pf[i] = (struct pollfd){ jobs[i].fd, jobs[i].fd >= 0 ? POLLIN : 0, 0 };
		if (poll(pf, (nfds_t)started, -1) < 0) {
			if (errno == EINTR)
				continue;
			rc = rc ? rc : error_set(err, ESCVIZ_EIO, "report: poll: %s", strerror(errno));
			break;
		}
		for (size_t i = 0; i < started; i++) {
			ssize_t got;
			if (jobs[i].fd < 0 || !(pf[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			got = read(jobs[i].fd, buf, sizeof(buf));
			if (got < 0 && errno == EINTR)
				continue;
			if (got <= 0) {
				close(jobs[i].fd);
				jobs[i].fd = -1;
				open--;
				continue;
			}
			for (ssize_t b = 0; b < got; b++) {
				if (jobs[i].counting && buf[b] == 'p') {
					if (c->o->progress)
						c->o->progress(c->o->progress_ctx, ++done, todo, c->n_folded);
					continue;
				}
				jobs[i].counting = 0;
				sbuf_add(&jobs[i].tail, buf + b, (size_t)(got - b));
				break;
			}
		}
	}
	for (size_t i = 0; i < started; i++) {
		int status = 0, r;
		if (jobs[i].fd >= 0)
			close(jobs[i].fd);
		while (waitpid(jobs[i].pid, &status, 0) < 0 && errno == EINTR)
			;
		r = collect(c, &jobs[i], err);
		if (r && !rc) {
			rc = r;
			if (!err->len && WIFSIGNALED(status))
				error_set(err, ESCVIZ_ERROR, "report worker %zu of %zu died of signal %d",
					  i + 1, started, WTERMSIG(status));
			else if (!err->len)
				error_set(err, ESCVIZ_ERROR, "report worker %zu of %zu ended without "
					  "reporting (exit status %d)", i + 1, started,
					  WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		}
		sbuf_release(&jobs[i].tail);
	}
	if (!rc && c->o->stop && *c->o->stop)
		rc = error_set(err, ESCVIZ_EINTR, "interrupted");
	return rc;
}

int report_function_pages(struct report_ctx *c, struct sbuf *err)
{
	size_t todo = c->n_fns - c->n_folded, n = c->o->jobs;

	if (n > MAX_JOBS)
		n = MAX_JOBS;
	if (n > todo / 16) /* a worker for at least 16 pages */
		n = todo / 16;
	if (n <= 1 || !c->src->reopen)
		return write_share(c, 0, 1, -1, err);
	return run_jobs(c, n, err);
}
