#ifndef ESCVIZ_FEED_LOGSOURCE_H
#define ESCVIZ_FEED_LOGSOURCE_H
/*
 * A log file as a struct diff_source (model/facts.h), with no database:
 * escviz diff LOG1 LOG2 streams parser -> model -> analysis a package at a
 * time.
 *
 * Opening reads the file once, fast: it finds the "# package" headers (the
 * parser's own classification of the few lines that may be one) and
 * records each block's byte range; a package may come in several blocks,
 * interleaved with others.  package() then parses only the named
 * package's blocks (pread), in the order the log has them, into
 * model/logfacts.h, which gives the facts the ingested build would give.
 * Memory is bounded by one package, the file is never mapped or held.
 *
 * What a package's facts depend on beyond its own lines (whether -m=2
 * lines came before each block, whether the ingest settles the build at
 * commit, the build's -m level and budget) is guessed when opening, from
 * the headers and the first blocks, and checked once every package was
 * read: logsource_check() says whether the guesses held; when they did
 * not, a second pass with the values learnt (struct logsource_hints) is
 * exact.  Inputs this path does not take (stdin, a pipe, binary data,
 * UTF-16, a log without -m diagnostics) are left to the database path, so
 * that their messages stay the ingest's.
 */
#include <stdint.h>

#include "common/sbuf.h"
#include "model/facts.h"

struct logsource_hints {
	int level2_block; /* file-order index of the first block with -m=2 lines, -1: none */
	int m_level;      /* the build's -m level (only >= 2 or not matters) */
	long budget;      /* the build's inlining budget (budget_tally_mode()) */
	int settle;       /* the ingest would settle the build at commit */
	int prints_append; /* the build prints verdicts for append (diff_prints_append()) */
};

struct logsource;

/*
 * Open path; h: the values a first pass learnt, NULL: guess.  Returns 0,
 * LOGSOURCE_FALLBACK when the input is one to ingest instead (above), or
 * ESCVIZ_EIO "PATH: ..." (err).
 */
#define LOGSOURCE_FALLBACK 1
int logsource_open(const char *path, const struct logsource_hints *h, struct logsource **out,
		   struct sbuf *err);
void logsource_close(struct logsource *ls);

/* ls as a source of facts for analysis/diff.h's diff_sources(). */
struct diff_source logsource_diff_source(struct logsource *ls);
/*
 * Read the packages in a thread of ls's own, one package ahead of the
 * diff that asks for them (two logs are then parsed on two cores, while
 * the diff compares the packages read); else they are read when asked
 * for.  Before the first package is asked for; 0, or -1 (no thread: read
 * when asked for).
 */
int logsource_start(struct logsource *ls);

/*
 * After every package was read: 0 when the guesses held, LOGSOURCE_AGAIN
 * when they did not (*actual: the values to open again with),
 * LOGSOURCE_FALLBACK when the log holds no -m diagnostics (the ingest's
 * refusal says so).  The budget is not checked here: the diff uses a
 * build's budget only for the new side's inlining changes whose function
 * printed none (analysis/diff_match.c), which the caller can tell from the
 * result (actual->budget against logsource_guessed()'s).
 */
#define LOGSOURCE_AGAIN 2
int logsource_check(struct logsource *ls, struct logsource_hints *actual);

/* What was guessed (or given) when opening. */
const struct logsource_hints *logsource_guessed(const struct logsource *ls);

/* Describe the log as the build an ingest of it would be: id, label path. */
void logsource_build(const struct logsource *ls, int64_t id, struct diff_build *b);

/* What an ingest would have warned about (feed_warnings()): "" or lines. */
const char *logsource_warnings(const struct logsource *ls);

#endif
