/*
 * Fuzz target: ingest into the store and the diff matcher (store_diff) and
 * its writers.
 *
 * The input is two logs: split at the first form feed ('\f') when there is
 * one, else at the first line break after the middle.  Each half is ingested
 * as one build into an in-memory database, exactly as escviz ingest does
 * (store_ingest_begin, feed_fd into the store sink, store_ingest_commit; a
 * half without -m diagnostics is rejected as the command rejects it, by
 * feed_check_diagnostics).  When both halves were
 * stored, each build's verdicts go through the cause classifier, and the
 * builds are diffed both ways and the result rendered in every diff
 * format, plus the Markdown writer with a tiny size limit.
 */
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "feed/feed.h"
#include "render/render_diff.h"
#include "store/store.h"
#include "analysis/cause.h"
#include "analysis/diff.h"
#include "store/store_diff.h"
#include "store/store_explain.h"

#include "tests/diff_builds.h"
#include "tests/fuzz/fuzz_common.h"

/* Ingest data as a new build of s; 0 with *id, or <0 (nothing stored). */
static int ingest(struct store *s, const uint8_t *data, size_t size, const char *label,
		  int64_t *id)
{
	struct build_meta meta = { label, NULL, NULL };
	struct store_ingest *ing = NULL;
	struct feed_sink sink;
	struct feed *f = NULL;
	struct sbuf err = SBUF_INIT;
	int rc, fd = fuzz_memfd(data, size);

	if (fd < 0)
		abort();
	if ((rc = store_ingest_begin(s, &meta, &ing, &err)) < 0)
		abort(); /* an in-memory database cannot refuse a transaction */
	sink = (struct feed_sink){ ing, store_ingest_input, store_ingest_msg,
				   store_ingest_input_done, store_ingest_error };
	f = feed_new(&sink, NULL);
	if ((rc = feed_fd(f, fd, label, &err)) < 0 || (rc = feed_check_diagnostics(f, &err)) < 0)
		goto out;
	rc = store_ingest_commit(ing, feed_parser(f), id, &err);
	ing = NULL;
	if (rc < 0)
		abort(); /* log text must never make the commit fail */
out:
	store_ingest_abort(ing);
	feed_free(f);
	sbuf_release(&err);
	close(fd);
	return rc;
}

/* Every verdict of build id through the cause classifier (escviz stats). */
static void causes(struct store *s, int64_t id)
{
	struct cause_sink sink = { 0 };
	struct cause_feed feed = cause_sink_feed(&sink);
	struct sbuf err = SBUF_INIT;
	if (store_causes(s, id, &feed, &err) < 0)
		abort(); /* what ingest stored always decodes */
	sbuf_release(&err);
}

static void diff_and_render(struct store *s, int64_t a, int64_t b)
{
	struct diff_result r;
	struct diff_counts counts;
	struct render_opts ro = { 0 };
	struct sbuf err = SBUF_INIT, md = SBUF_INIT;

	memset(&r, 0, sizeof(r));
	if (diff_builds(s, a, s, b, &r, &err) < 0)
		abort();
	diff_count(&r, &counts);
	for (int f = DF_TEXT; f <= DF_HTML; f++)
		if (render_diff(fuzz_devnull(), &r, (enum diff_format)f, &ro) < 0)
			abort();
	render_diff_md(&md, &r, 512);
	diff_result_release(&r);
	sbuf_release(&md);
	sbuf_release(&err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	const uint8_t *ff = memchr(data, '\f', size);
	size_t cut;
	int64_t a, b;

	if (ff) {
		cut = (size_t)(ff - data);
	} else {
		const uint8_t *nl = memchr(data + size / 2, '\n', size - size / 2);
		cut = nl ? (size_t)(nl - data) : size;
	}
	if (store_open(&s, ":memory:", 0, &err) < 0)
		abort();
	if (ingest(s, data, cut, "old", &a) == 0 &&
	    ingest(s, data + cut + (cut < size), size - cut - (cut < size), "new", &b) == 0) {
		causes(s, a);
		causes(s, b);
		diff_and_render(s, a, b);
		diff_and_render(s, b, a);
	}
	store_close(s);
	sbuf_release(&err);
	return 0;
}
