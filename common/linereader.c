#include "common/linereader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/xalloc.h"

#define CHUNK (1u << 20)
#define WINDOW LINEREADER_WINDOW

void linereader_init(struct linereader *lr, int fd, size_t max_line)
{
	memset(lr, 0, sizeof(*lr));
	lr->fd = fd;
	lr->max_line = max_line ? max_line : (8u << 20);
	lr->cap = CHUNK;
	lr->buf = xmalloc(lr->cap);
}

static void unmap(struct linereader *lr)
{
	if (lr->win) {
		munmap(lr->win, lr->win_len);
		lr->win = NULL;
		lr->buf = lr->spare; /* the buffer of pread and read again */
		lr->cap = lr->spare_cap;
	}
}

void linereader_map(struct linereader *lr)
{
	lr->map = 1;
}

void linereader_range(struct linereader *lr, uint64_t off, uint64_t len)
{
	unmap(lr);
	lr->start = lr->end = 0;
	lr->eof = lr->err = 0;
	lr->bytes = lr->crlf_lines = 0;
	lr->ranged = 1;
	lr->off = off;
	lr->left = len;
}

/* The bytes of fd from off to its end now (0 when it cannot tell). */
static uint64_t bytes_after(int fd, uint64_t off)
{
	struct stat sb;
	if (fstat(fd, &sb) < 0 || sb.st_size < 0 || (uint64_t)sb.st_size <= off)
		return 0;
	return (uint64_t)sb.st_size - off;
}

void linereader_release(struct linereader *lr)
{
	unmap(lr);
	free(lr->buf);
	free(lr->longbuf);
	lr->buf = lr->longbuf = NULL;
}

/*
 * fill() of a mapped range: map the window that begins at the first unread
 * byte (from its page) and holds what is left of the range, WINDOW bytes
 * or twice the unread bytes when they fill half of that (a long line).
 * Returns the bytes it adds, 0 at the end of the range, -1 (lr->err) when
 * the file cannot be mapped or was cut shorter than the range (ESTALE).
 */
static ssize_t fill_mapped(struct linereader *lr)
{
	static long page;
	size_t avail = lr->end - lr->start, want, lead, len;
	uint64_t at = lr->off - avail, base;
	char *w;
	if (!page)
		page = sysconf(_SC_PAGESIZE);
	if (!lr->left)
		return 0;
	base = at - at % (uint64_t)page;
	lead = (size_t)(at - base);
	/* twice what is unread at least: a long line grows the window */
	want = lead + avail >= WINDOW / 2 ? st_mult(lead + avail, 2) : WINDOW;
	if (want > st_add(lr->max_line, CHUNK))
		want = st_add(lr->max_line, CHUNK);
	len = (uint64_t)want > lead + avail + lr->left ? lead + avail + (size_t)lr->left : want;
	if (len <= lead + avail)
		len = lead + avail + 1; /* at least one byte more */
	/*
	 * A file cut shorter than the range would fault (SIGBUS) where the
	 * mapping passes its end: an error instead, when it is cut before
	 * the window is mapped.
	 */
	if (bytes_after(lr->fd, base) < len) {
		lr->err = ESTALE;
		return -1;
	}
	/* the unread bytes are mapped again from the file: the old window goes first */
	if (lr->win)
		munmap(lr->win, lr->win_len);
	else
		lr->spare = lr->buf, lr->spare_cap = lr->cap;
	lr->win = NULL;
	w = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, lr->fd, (off_t)base);
	if (w == MAP_FAILED) {
		lr->err = errno;
		lr->buf = lr->spare;
		lr->cap = lr->spare_cap;
		lr->start = lr->end = 0;
		return -1;
	}
	lr->win = w;
	lr->win_len = len;
	lr->buf = w + lead;
	lr->cap = len - lead;
	lr->start = 0;
	lr->end = len - lead;
	lr->off = base + len;
	lr->left -= (uint64_t)(lr->end - avail);
	return (ssize_t)(lr->end - avail);
}

/* Read more bytes after end; compacts first.  Returns bytes read, 0, -1. */
static ssize_t fill(struct linereader *lr)
{
	ssize_t n;
	if (lr->ranged && lr->map && (lr->win || lr->left >= WINDOW)) {
		n = fill_mapped(lr);
		if (n == 0)
			lr->eof = 1;
		return n;
	}
	if (lr->start > 0) {
		memmove(lr->buf, lr->buf + lr->start, lr->end - lr->start);
		lr->end -= lr->start;
		lr->start = 0;
	}
	if (lr->end == lr->cap) {
		size_t limit = st_add(lr->max_line, CHUNK);
		lr->cap = st_mult(lr->cap, 2) > limit ? limit : lr->cap * 2;
		lr->buf = xrealloc(lr->buf, lr->cap);
	}
	if (lr->ranged) {
		size_t want = lr->cap - lr->end;
		if ((uint64_t)want > lr->left)
			want = (size_t)lr->left;
		do
			n = want ? pread(lr->fd, lr->buf + lr->end, want, (off_t)lr->off) : 0;
		while (n < 0 && errno == EINTR);
		if (n > 0) {
			lr->off += (uint64_t)n;
			lr->left -= (uint64_t)n;
		}
	} else {
		do
			n = read(lr->fd, lr->buf + lr->end, lr->cap - lr->end);
		while (n < 0 && errno == EINTR);
	}
	if (n < 0) {
		lr->err = errno;
		return -1;
	}
	if (n == 0)
		lr->eof = 1;
	lr->end += (size_t)n;
	return n;
}

/* Discard bytes up to and including the next '\n'; counts them. */
static int skip_rest(struct linereader *lr, size_t *full_len)
{
	for (;;) {
		char *nl = memchr(lr->buf + lr->start, '\n', lr->end - lr->start);
		if (nl) {
			size_t n = (size_t)(nl - (lr->buf + lr->start));
			*full_len += n;
			lr->bytes += n + 1;
			lr->start += n + 1;
			return 0;
		}
		*full_len += lr->end - lr->start;
		lr->bytes += lr->end - lr->start;
		lr->start = lr->end = 0;
		if (lr->eof)
			return 0;
		if (fill(lr) < 0)
			return -1;
	}
}

int linereader_next(struct linereader *lr, const char **line, size_t *len,
		    int *truncated, size_t *full_len)
{
	size_t scanned = 0;

	*truncated = 0;
	for (;;) {
		char *p = lr->buf + lr->start;
		size_t avail = lr->end - lr->start;
		char *nl = memchr(p + scanned, '\n', avail - scanned);
		ssize_t r;

		if (nl || (lr->eof && avail)) {
			size_t n = nl ? (size_t)(nl - p) : avail;
			lr->start += n + (nl ? 1 : 0);
			lr->bytes += n + (nl ? 1 : 0);
			*full_len = n;
			if (n > lr->max_line) {
				*truncated = 1;
				n = lr->max_line;
			} else if (n && p[n - 1] == '\r') {
				n--;
				lr->crlf_lines++;
			}
			*line = p;
			*len = n;
			return 1;
		}
		if (lr->eof)
			return 0;
		if (avail > lr->max_line) {
			/* Over-long line: keep its first max_line bytes aside. */
			size_t full = avail;
			if (!lr->longbuf)
				lr->longbuf = xmalloc(lr->max_line);
			memcpy(lr->longbuf, p, lr->max_line);
			lr->start = lr->end = 0;
			lr->bytes += avail;
			if (skip_rest(lr, &full) < 0)
				return -1;
			*line = lr->longbuf;
			*len = lr->max_line;
			*truncated = 1;
			*full_len = full;
			return 1;
		}
		scanned = avail;
		r = fill(lr); /* compacts: offsets relative to start stay valid */
		if (r == -1)
			return -1;
	}
}

int linereader_peek(struct linereader *lr, size_t want, const char **p, size_t *n)
{
	if (want > lr->cap)
		want = lr->cap;
	while (!lr->eof && lr->end - lr->start < want)
		if (fill(lr) < 0)
			return -1;
	*p = lr->buf + lr->start;
	*n = lr->end - lr->start;
	return 0;
}
