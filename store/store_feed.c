/* Reading one input into the parser (and through it, the store). */
#include "store/store_internal.h"

#include <string.h>

#include "common/linereader.h"
#include "common/util.h"

#define PROGRESS_EVERY 65536 /* lines */

int store_feed_fd(struct store_ingest *ing, struct parser *p, int fd, const char *name,
		  const struct feed_opts *o, struct sbuf *err)
{
	struct linereader lr;
	const char *line;
	size_t len, full;
	uint64_t first = parser_lines(p);
	int truncated, rc = 0, got;

	if (ing && store_ingest_input(ing, name) < 0)
		return error_set(err, ESCVIZ_EDB, "%s", store_ingest_error(ing));
	parser_begin_input(p);
	linereader_init(&lr, fd, 0);
	while ((got = linereader_next(&lr, &line, &len, &truncated, &full)) > 0) {
		if ((rc = parser_feed(p, line, len, truncated)) < 0)
			break;
		if (((parser_lines(p) - first) % PROGRESS_EVERY) == 0) {
			if (o && o->stop && *o->stop) {
				rc = error_set(err, ESCVIZ_EINTR, "interrupted while reading %s", name);
				break;
			}
			if (o && o->progress)
				o->progress(o->progress_ctx, lr.bytes, parser_lines(p) - first);
		}
	}
	if (got < 0)
		rc = error_set(err, ESCVIZ_EIO, "%s: read error: %s", name, strerror(lr.err));
	if (rc == 0)
		rc = parser_finish_input(p);
	if (rc == 0 && o && o->stop && *o->stop)
		rc = error_set(err, ESCVIZ_EINTR, "interrupted while reading %s", name);
	if (rc == 0 && ing)
		rc = store_ingest_input_done(ing, parser_lines(p) - first, lr.bytes);
	if (rc < 0 && !err->len)
		error_set(err, rc, "%s", ing ? store_ingest_error(ing) : "parse failed");
	linereader_release(&lr);
	return rc;
}
