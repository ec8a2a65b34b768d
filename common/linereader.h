#ifndef ESCVIZ_LINEREADER_H
#define ESCVIZ_LINEREADER_H
/*
 * struct linereader: reads physical lines from a file descriptor with
 * bounded memory.
 *
 * A line is the bytes up to '\n' (excluded).  A final line without '\n' is
 * still a line.  A trailing '\r' (CRLF input) is removed and counted in
 * crlf_lines.  A line longer than max_line bytes is returned cut to its first
 * max_line bytes with *truncated set and its full length in *full_len; the
 * rest is read and discarded, so memory stays bounded whatever the input.
 * The returned span lives until the next call.
 */
#include <stddef.h>
#include <stdint.h>

struct linereader {
	int fd;
	char *buf;        /* holds [start, end) of unread bytes */
	char *longbuf;    /* prefix of an over-long line */
	size_t cap, start, end;
	size_t max_line;  /* longest line returned whole */
	int eof, err;     /* err: errno of a failed read */
	uint64_t bytes;   /* bytes consumed so far (for progress) */
	uint64_t crlf_lines;
	int ranged;       /* linereader_range(): pread from off, left bytes to go */
	uint64_t off, left;
	int map;          /* linereader_map(): ranges are mapped, not read */
	char *win;        /* the mapped window buf points into, or NULL */
	size_t win_len;
	char *spare;      /* buf and cap while buf is in the window */
	size_t spare_cap;
};

/* Prepare to read fd; max_line 0 means the default (8 MiB). */
void linereader_init(struct linereader *lr, int fd, size_t max_line);
void linereader_release(struct linereader *lr);
/*
 * Read the next line.  Returns 1 with *line and *len set, 0 at end of input,
 * -1 on a read error (lr->err holds errno).
 */
int linereader_next(struct linereader *lr, const char **line, size_t *len,
		    int *truncated, size_t *full_len);

/*
 * From now on read bytes [off, off + len) of the file with pread (the input
 * ends there), from the start: what was buffered is dropped, the buffer
 * kept, bytes and crlf_lines count from 0.  Several readers may so share
 * one descriptor.
 */
void linereader_range(struct linereader *lr, uint64_t off, uint64_t len);

/*
 * From now on read the ranges of linereader_range() through a mapping of
 * the file instead of pread: lines point into a read-only window of the
 * file (LINEREADER_WINDOW bytes at a time, more for a longer line; the
 * window and the file's pages in it count in the process's RSS), so their bytes
 * are not copied, and the window is unmapped when the next one is mapped,
 * so memory stays bounded as it does with pread.  fd must be a regular
 * file that does not change while it is read: one cut shorter before a
 * window is mapped is a read error (ESTALE), but one cut while a window
 * is read faults (SIGBUS), which is why only inputs that stay put (the
 * logs of a diff) are read so, not an ingest's.  Ranges shorter than a
 * window are still read with pread (a mapping costs more for them).
 */
void linereader_map(struct linereader *lr);
#define LINEREADER_WINDOW (4u << 20)

/*
 * Before the first line is read: make at least want bytes of the input
 * available (fewer at its end) without consuming them, and point *p, *n at
 * what is available.  Returns 0, or -1 on a read error (lr->err).
 */
int linereader_peek(struct linereader *lr, size_t want, const char **p, size_t *n);

#endif
