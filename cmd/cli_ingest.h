#ifndef ESCVIZ_CLI_INGEST_H
#define ESCVIZ_CLI_INGEST_H
/*
 * Ingesting inputs as one build: feed/ wired to store/ (escviz ingest, and
 * the log files of escviz diff and escviz run).
 */
#include <stdint.h>

#include "common/sbuf.h"
#include "feed/feed.h"
#include "store/store.h"

/* The feed sink that writes into ing; NULL ing: store nothing (a dry run). */
struct feed_sink cli_store_sink(struct store_ingest *ing);

/* Where the Go source of a build is (escviz ingest --src, escviz run). */
struct cli_source {
	const char *dir; /* NULL: the current directory */
	int explicit;    /* the user named it: a bad folder is an error */
};

/*
 * Read the opened inputs in into one new build of s (s NULL: a dry run,
 * nothing stored) with the feed options o (or NULL): begin, feed, refuse
 * input without -m diagnostics (ESCVIZ_ENODIAG, nothing stored), commit.
 * With src, rows are placed by the extents of the functions of the Go
 * source found there (feed/source.h); stale source is reported on stderr.
 * *build_id receives the new build's id (0 for a dry run).  When fp is not
 * NULL, *fp receives the feed, for its parser's counts (freed by the
 * caller with feed_free(), whatever the outcome).
 */
int cli_ingest(struct store *s, const struct build_meta *meta, const struct feed_inputs *in,
	       const struct feed_opts *o, const struct cli_source *src, struct feed **fp,
	       int64_t *build_id, struct sbuf *err);

/* cli_ingest() of the one file path (with no progress or stop flag). */
int cli_ingest_file(struct store *s, const char *path, const struct build_meta *meta,
		    const struct cli_source *src, int64_t *build_id, struct sbuf *err);

/*
 * Tell the user (stderr) how many events of build are in no known function,
 * and what would place them; nothing when all are placed.
 */
void cli_note_unplaced(struct store *s, int64_t build);

#endif
