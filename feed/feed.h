#ifndef ESCVIZ_FEED_H
#define ESCVIZ_FEED_H
/*
 * feed: the one ingest pipeline.
 *
 * Inputs (files, or stdin for "-") are read line by line with bounded
 * memory (common/linereader.h) into one parser (parser/parser.h), whose
 * messages go to a sink.  The sink is a struct of callbacks, so feed knows
 * nothing of what keeps the messages: the database (cmd/ fills it with the
 * store_ingest_* functions of store/store.h), a dump (escviz parse), or
 * nothing at all (a dry run).  One parser serves every input of a feed, so
 * the line counts, release evidence and -m level cover them all.
 *
 * Errors: functions return 0 or a negative ESCVIZ_E* code (common/util.h)
 * with a message in err: ESCVIZ_EIO "NAME: ..." for an input that cannot be
 * opened or read, ESCVIZ_EINTR when the stop flag was set, ESCVIZ_ENODIAG
 * "NAME: not compiler output: binary data" for an input whose first block
 * is not text (before the sink hears of it) and from
 * feed_check_diagnostics(), or the code a sink callback returned with the
 * sink's message.
 *
 * Ownership: struct feed is created by feed_new() and destroyed by
 * feed_free(); its parser is the feed's.  Names passed in are borrowed.
 */
#include <stdint.h>

#include "common/sbuf.h"
#include "parser/parser.h"

/* Where the messages go; every member may be NULL. */
struct feed_sink {
	void *ctx; /* handed to each callback */
	/* An input starts; name as in messages ("<stdin>" for stdin). */
	int (*begin_input)(void *ctx, const char *name);
	/* One logical message (the parser's sink, parser_msg_fn). */
	parser_msg_fn msg;
	/* The input ended after lines physical lines and bytes bytes. */
	int (*end_input)(void *ctx, uint64_t lines, uint64_t bytes);
	/* The message of the error a callback returned (borrowed). */
	const char *(*error)(const void *ctx);
};

/* Called now and then while input name is read (bytes, lines so far). */
typedef void (*feed_progress_fn)(void *ctx, const char *name, uint64_t bytes, uint64_t lines);

struct feed_opts {
	feed_progress_fn progress; /* or NULL */
	void *progress_ctx;
	volatile int *stop;        /* set by a signal handler to stop early; or NULL */
};

struct feed;

/* A feed into sink (NULL: messages are only counted); o may be NULL. */
struct feed *feed_new(const struct feed_sink *sink, const struct feed_opts *o);
/* Free; NULL is fine. */
void feed_free(struct feed *f);
/* The parser, for its counts and evidence (owned by the feed). */
struct parser *feed_parser(const struct feed *f);

/* How input path is named in messages and stored: "<stdin>" for "-". */
const char *feed_input_name(const char *path);

/* Open path for reading ("-" is stdin, fd 0).  ESCVIZ_EIO "PATH: ...". */
int feed_open(const char *path, int *fd, struct sbuf *err);

/* Inputs opened before any is read, so that a typo costs nothing. */
struct feed_inputs {
	int n;
	char **paths; /* borrowed */
	int *fds;
	int big; /* one is large, or not a regular file: worth showing progress */
};

/*
 * Open the n paths (n == 0 means stdin alone).  ESCVIZ_EIO "PATH: ..." when
 * one cannot be opened, ESCVIZ_EUSAGE "PATH: is a directory, not a log
 * file".  Release with feed_inputs_close() whatever the outcome.
 */
int feed_inputs_open(struct feed_inputs *in, int n, char **paths, struct sbuf *err);
void feed_inputs_close(struct feed_inputs *in);

/* Read every input of in, in order, each named by feed_input_name(). */
int feed_inputs(struct feed *f, const struct feed_inputs *in, struct sbuf *err);

/* Read fd to its end as the next input, named name in messages. */
int feed_fd(struct feed *f, int fd, const char *name, struct sbuf *err);

/*
 * What the inputs read so far warrant a warning about, one a line ("" when
 * nothing): an input cut off in the middle of an explanation, as
 * "NAME:LINE: the input ends in the middle of an explanation (...) ...",
 * LINE being the explanation's last line.  Borrowed.
 */
const char *feed_warnings(const struct feed *f);

/* Append feed_warnings()'s line for an input name cut off (cut) after line. */
void feed_cut_warning(struct sbuf *out, const char *name, enum parser_cut cut, uint64_t line);

/* Is p[0..n), the start of an input, binary data (refused before parsing)? */
int feed_looks_binary(const char *p, size_t n);
/* How many bytes of an input feed_looks_binary() looks at. */
#define FEED_BINARY_PROBE 8192

/*
 * ESCVIZ_ENODIAG "no -m diagnostics found in NAME (was it built with
 * -gcflags=-m?)" (NAME: the only input, else "the inputs"; with a hint when
 * the text is UTF-16) unless the inputs so far hold compiler -m output
 * (parser_has_diagnostics()); else 0.
 */
int feed_check_diagnostics(const struct feed *f, struct sbuf *err);

#endif
