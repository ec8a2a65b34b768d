/* Ingesting inputs as one build: feed/ wired to store/. */
#include "cmd/cli_ingest.h"

#include <stddef.h>

struct feed_sink cli_store_sink(struct store_ingest *ing)
{
	struct feed_sink sink = { NULL, NULL, NULL, NULL, NULL };
	if (ing) {
		sink.ctx = ing;
		sink.begin_input = store_ingest_input;
		sink.msg = store_ingest_msg;
		sink.end_input = store_ingest_input_done;
		sink.error = store_ingest_error;
	}
	return sink;
}

int cli_ingest(struct store *s, const struct build_meta *meta, const struct feed_inputs *in,
	       const struct feed_opts *o, struct feed **fp, int64_t *build_id, struct sbuf *err)
{
	struct store_ingest *ing = NULL;
	struct feed_sink sink;
	struct feed *f = NULL;
	int rc;

	*build_id = 0;
	if (s && (rc = store_ingest_begin(s, meta, &ing, err)) < 0)
		goto out;
	sink = cli_store_sink(ing);
	f = feed_new(&sink, o);
	if ((rc = feed_inputs(f, in, err)) < 0 || (rc = feed_check_diagnostics(f, err)) < 0)
		goto out;
	if (ing) {
		rc = store_ingest_commit(ing, feed_parser(f), build_id, err);
		ing = NULL; /* commit frees it, whatever the outcome */
	}
out:
	store_ingest_abort(ing);
	if (fp)
		*fp = f;
	else
		feed_free(f);
	return rc;
}

int cli_ingest_file(struct store *s, const char *path, const struct build_meta *meta,
		    int64_t *build_id, struct sbuf *err)
{
	struct feed_inputs in;
	char *paths[] = { (char *)path };
	int rc = feed_inputs_open(&in, 1, paths, err);
	if (rc == 0)
		rc = cli_ingest(s, meta, &in, NULL, NULL, build_id, err);
	feed_inputs_close(&in);
	return rc;
}
