#ifndef ESCVIZ_MODEL_SRCSET_H
#define ESCVIZ_MODEL_SRCSET_H
/*
 * struct srcset: the Go source a build's positions point into, as function
 * extents (model/goscan.h), for placing every row in the function whose
 * body contains its position (escviz ingest --src).
 *
 * No I/O here: a loader given to srcset_init() finds and reads files (feed/
 * source.c reads them from a folder) and hands them over a package at a
 * time with srcset_add_package(), because init.N and init.funcN are
 * numbered across the files of a package.
 *
 * Stale source: a position past the end of its file or of its line cannot
 * come from these bytes.  The file is then marked stale (with the first
 * position that did not fit) and no longer places anything: its rows fall
 * back to the compiler's naming.  Except in a cgo file (one that imports
 * "C"): the compiler reads cgo's rewrite of it, whose //line directives
 * keep the lines but not the columns (C.f(x) becomes a longer call), so a
 * column past its line's end is cgo's; such a position is placed by its
 * line (its last byte) and counted (cgo_cols).
 */
#include <stddef.h>
#include <stdint.h>

#include "common/strmap.h"
#include "model/goscan.h"

struct src_file {
	size_t index;        /* its place in srcset.f */
	char *log_path;      /* as the log names it */
	char *path;          /* where it was read */
	char *pkg_name;      /* its package clause */
	int64_t size;
	char sha256[65];     /* hex */
	size_t nlines;
	uint32_t *line_len;  /* bytes of each line, newline excluded */
	struct go_extent *ext; /* sorted by start */
	size_t next;
	int stale;
	long stale_line, stale_col; /* the first position that did not fit */
	int cgo;                    /* it imports "C" */
	size_t cgo_cols;            /* positions past their line's end, placed by the line */
	long cgo_line, cgo_col;     /* the first of them */
};

/* One file handed to srcset_add_package(). */
struct src_input {
	const char *path;
	const char *buf;
	size_t len;
	const char *sha256; /* hex, 64 characters */
};

struct srcset;

/*
 * Load the source the log names log_path: call srcset_add_package() with
 * its package's files (log_path's among them, see srcset_add_package), or
 * nothing when it is not found.  0, or -1 for a failure worth stopping for.
 */
typedef int (*srcset_loader)(void *ctx, struct srcset *s, const char *log_path);

struct srcset {
	struct strmap by_log;  /* log path -> index into f, or -1: no source */
	struct strmap by_path; /* path read -> index into f */
	struct src_file **f;
	size_t n, alloc;
	srcset_loader load;
	void *ctx;
	size_t unreadable;     /* files the scanner refused */
};

void srcset_init(struct srcset *s, srcset_loader load, void *ctx);
void srcset_release(struct srcset *s);

/*
 * The source of log path log_path (n bytes), loaded on first use; NULL when
 * there is none.  Borrowed.
 */
struct src_file *srcset_file(struct srcset *s, const char *log_path, size_t n);

/*
 * Add the files of one package, in the order the compiler reads them
 * (sorted by name).  for_log names which of them the log path being loaded
 * is (index into in, or -1).  A file the scanner refuses is left out and
 * counted in s->unreadable, with the scanner's message in err.
 */
void srcset_add_package(struct srcset *s, const char *log_path, const struct src_input *in,
			size_t n, long for_log, struct sbuf *err);

/*
 * The log names path (where log_path resolves to) under another name: when
 * path was read already (a sibling of a file loaded before), log_path now
 * names it too and 1 is returned, else 0 (the caller loads its package).
 */
int srcset_adopt(struct srcset *s, const char *log_path, const char *path);

enum src_place {
	SRC_IN_FUNCTION, /* *ext: the innermost function containing the position */
	SRC_OUTSIDE,     /* the position is in no function of the file */
	SRC_STALE,       /* the position does not fit the file (now stale) */
};

/*
 * Where (line, col) of f lies.  col 0 means "no column" (the line only).
 * An event at a function literal's own `func` keyword belongs to the
 * function that creates the literal.
 */
enum src_place srcset_place(struct src_file *f, long line, long col,
			    const struct go_extent **ext);

#endif
