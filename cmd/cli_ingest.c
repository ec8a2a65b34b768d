/* Ingesting inputs as one build: feed/ wired to store/. */
#include "cmd/cli_ingest.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cli.h"
#include "feed/source.h"

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
	       const struct feed_opts *o, const struct cli_source *src, struct feed **fp,
	       int64_t *build_id, struct sbuf *err)
{
	struct store_ingest *ing = NULL;
	struct feed_source *fs = NULL;
	struct feed_sink sink;
	struct feed *f = NULL;
	int rc;

	*build_id = 0;
	if (src && (rc = feed_source_open(src->dir ? src->dir : ".", src->explicit, &fs, err)) < 0)
		goto out;
	if (s && (rc = store_ingest_begin(s, meta, &ing, err)) < 0)
		goto out;
	if (ing && fs)
		store_ingest_set_source(ing, feed_source_set(fs));
	sink = cli_store_sink(ing);
	f = feed_new(&sink, o);
	if ((rc = feed_inputs(f, in, err)) < 0 || (rc = feed_check_diagnostics(f, err)) < 0)
		goto out;
	if (*feed_warnings(f)) {
		const char *w = feed_warnings(f);
		cli_warn("%.*s", (int)(strlen(w) - 1), w);
	}
	if (ing) {
		rc = store_ingest_commit(ing, feed_parser(f), build_id, err);
		ing = NULL; /* commit frees it, whatever the outcome */
	}
	if (fs) {
		struct sbuf warnings = SBUF_INIT, notes = SBUF_INIT;
		feed_source_report(fs, &warnings, &notes);
		if (warnings.len)
			cli_warn("%.*s", (int)(warnings.len - 1), warnings.buf);
		if (notes.len)
			cli_note("%.*s", (int)(notes.len - 1), notes.buf);
		sbuf_release(&warnings);
		sbuf_release(&notes);
	}
out:
	store_ingest_abort(ing);
	feed_source_free(fs);
	if (fp)
		*fp = f;
	else
		feed_free(f);
	return rc;
}

int cli_ingest_file(struct store *s, const char *path, const struct build_meta *meta,
		    const struct cli_source *src, int64_t *build_id, struct sbuf *err)
{
	struct feed_inputs in;
	char *paths[] = { (char *)path };
	int rc = feed_inputs_open(&in, 1, paths, err);
	if (rc == 0)
		rc = cli_ingest(s, meta, &in, NULL, src, NULL, build_id, err);
	feed_inputs_close(&in);
	return rc;
}

void cli_note_unplaced(struct store *s, int64_t build)
{
	struct build_stats st;
	struct sbuf err = SBUF_INIT, why = SBUF_INIT;
	int64_t unknown, other;
	if (store_stats_counts(s, build, &st, &err) == 0 && (unknown = st.events - st.attributed_events)) {
		other = unknown - st.unplaced_generated;
		if (st.unplaced_generated)
			sbuf_addf(&why, "%lld in generated code the compiler does not name",
				  (long long)st.unplaced_generated);
		if (other && st.placed_source)
			sbuf_addf(&why, "%s%lld in files not found under the source folder, stale,"
				  " of another package (code inlined or instantiated from it), or"
				  " outside any function", why.len ? "; " : "", (long long)other);
		else if (other)
			sbuf_addf(&why, "%s%lld with no source at hand: %s", why.len ? "; " : "",
				  (long long)other,
				  st.info.m_level < 2 ? "ingest with --src DIR (or build with -gcflags=-m=2)"
						      : "ingest with --src DIR");
		cli_note("%lld of %lld events are in no known function (shown as ?): %s",
			 (long long)unknown, (long long)st.events, why.buf);
	}
	build_stats_release(&st);
	sbuf_release(&why);
	sbuf_release(&err);
}
