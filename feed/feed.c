/* The ingest pipeline: inputs -> line reader -> parser -> sink. */
#include "feed/feed.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/linereader.h"
#include "common/util.h"
#include "common/xalloc.h"

#define PROGRESS_EVERY 65536         /* lines */
#define BINARY_PROBE FEED_BINARY_PROBE /* bytes looked at for binary data */
#define PROGRESS_MIN_BYTES (16u << 20) /* inputs smaller than this read in a blink */

struct feed {
	struct feed_sink sink;
	struct feed_opts opts;
	struct parser *p;
	int ninputs;
	char *last_name; /* of the last input begun */
	struct sbuf warnings; /* feed_warnings() */
};

struct feed *feed_new(const struct feed_sink *sink, const struct feed_opts *o)
{
	struct feed *f = xcalloc(1, sizeof(*f));
	if (sink)
		f->sink = *sink;
	if (o)
		f->opts = *o;
	f->p = parser_new(f->sink.msg, f->sink.ctx);
	sbuf_init(&f->warnings);
	return f;
}

void feed_free(struct feed *f)
{
	if (!f)
		return;
	parser_free(f->p);
	sbuf_release(&f->warnings);
	free(f->last_name);
	free(f);
}

struct parser *feed_parser(const struct feed *f)
{
	return f->p;
}

const char *feed_input_name(const char *path)
{
	return strcmp(path, "-") ? path : "<stdin>";
}

int feed_open(const char *path, int *fd, struct sbuf *err)
{
	*fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : 0;
	if (*fd < 0)
		return error_set(err, ESCVIZ_EIO, "%s: %s", path, strerror(errno));
	return 0;
}

int feed_inputs_open(struct feed_inputs *in, int n, char **paths, struct sbuf *err)
{
	static char *stdin_only[] = { "-" };
	memset(in, 0, sizeof(*in));
	in->paths = n ? paths : stdin_only;
	in->n = n ? n : 1;
	in->fds = xcalloc((size_t)in->n, sizeof(*in->fds));
	for (int i = 0; i < in->n; i++) {
		struct stat sb;
		int rc = feed_open(in->paths[i], &in->fds[i], err);
		if (rc < 0)
			return rc;
		if (in->fds[i] == 0) {
			in->big = 1;
			continue;
		}
		if (fstat(in->fds[i], &sb) < 0)
			return error_set(err, ESCVIZ_EIO, "%s: %s", in->paths[i], strerror(errno));
		if (S_ISDIR(sb.st_mode))
			return error_set(err, ESCVIZ_EUSAGE, "%s: is a directory, not a log file",
					 in->paths[i]);
		if (sb.st_size >= (off_t)PROGRESS_MIN_BYTES || !S_ISREG(sb.st_mode))
			in->big = 1;
	}
	return 0;
}

void feed_inputs_close(struct feed_inputs *in)
{
	for (int i = 0; in->fds && i < in->n; i++)
		if (in->fds[i] > 0)
			close(in->fds[i]);
	free(in->fds);
	in->fds = NULL;
}

int feed_inputs(struct feed *f, const struct feed_inputs *in, struct sbuf *err)
{
	int rc = 0;
	for (int i = 0; i < in->n && rc == 0; i++)
		rc = feed_fd(f, in->fds[i], feed_input_name(in->paths[i]), err);
	return rc;
}

static int stopped(const struct feed *f)
{
	return f->opts.stop && *f->opts.stop;
}

static const char *sink_error(const struct feed *f)
{
	return f->sink.error ? f->sink.error(f->sink.ctx) : "parse failed";
}

/*
 * Is the start of an input binary data (an executable, an archive,
 * compressed or random bytes) rather than text?  Compiler output is text;
 * a log with a stray NUL or invalid byte is still one, so it takes a
 * quarter of the first block not being text.  UTF-16 is text, which
 * feed_check_diagnostics() says how to convert.
 */
static int looks_binary(const char *p, size_t n)
{
	return n && !util_utf16_bom(p, n) && util_non_text_bytes(p, n) * 4 >= n;
}

void feed_cut_warning(struct sbuf *out, const char *name, enum parser_cut cut, uint64_t line)
{
	if (cut == PARSER_CUT_NONE)
		return;
	sbuf_addf(out, "%s:%llu: the input ends in the middle of an explanation (%s):"
		  " it was cut off there, and the verdict it explains is missing\n", name,
		  (unsigned long long)line,
		  cut == PARSER_CUT_FLOW ? "a flow with no 'from' step after it"
					 : "a header with no flow after it");
}

/* An input that ends inside an explanation was cut off: say where. */
static void note_cut(struct feed *f, const char *name)
{
	uint64_t line;
	enum parser_cut cut = parser_input_cut(f->p, &line);
	feed_cut_warning(&f->warnings, name, cut, line);
}

int feed_looks_binary(const char *p, size_t n)
{
	return looks_binary(p, n);
}

const char *feed_warnings(const struct feed *f)
{
	return f->warnings.buf;
}

int feed_fd(struct feed *f, int fd, const char *name, struct sbuf *err)
{
	struct linereader lr;
	const char *line;
	size_t len, full;
	uint64_t first = parser_lines(f->p);
	const char *head;
	size_t n_head;
	int truncated, rc = 0, got;

	sbuf_reset(err);
	f->ninputs++;
	free(f->last_name);
	f->last_name = xstrdup(name);
	linereader_init(&lr, fd, 0);
	/* Before the sink sees anything: a binary input stores nothing. */
	if (linereader_peek(&lr, BINARY_PROBE, &head, &n_head) < 0)
		rc = error_set(err, ESCVIZ_EIO, "%s: read error: %s", name, strerror(lr.err));
	else if (looks_binary(head, n_head))
		rc = error_set(err, ESCVIZ_ENODIAG, "%s: not compiler output: binary data", name);
	else if (f->sink.begin_input && (rc = f->sink.begin_input(f->sink.ctx, name)) < 0)
		error_set(err, rc, "%s", sink_error(f));
	if (rc < 0) {
		linereader_release(&lr);
		return rc;
	}
	parser_begin_input(f->p);
	while ((got = linereader_next(&lr, &line, &len, &truncated, &full)) > 0) {
		if ((rc = parser_feed(f->p, line, len, truncated)) < 0)
			break;
		if (((parser_lines(f->p) - first) % PROGRESS_EVERY) == 0) {
			if (stopped(f)) {
				rc = error_set(err, ESCVIZ_EINTR, "interrupted while reading %s", name);
				break;
			}
			if (f->opts.progress)
				f->opts.progress(f->opts.progress_ctx, name, lr.bytes,
						 parser_lines(f->p) - first);
		}
	}
	if (got < 0)
		rc = error_set(err, ESCVIZ_EIO, "%s: read error: %s", name, strerror(lr.err));
	if (rc == 0 && (rc = parser_finish_input(f->p)) == 0)
		note_cut(f, name);
	if (rc == 0 && stopped(f))
		rc = error_set(err, ESCVIZ_EINTR, "interrupted while reading %s", name);
	if (rc == 0 && f->sink.end_input)
		rc = f->sink.end_input(f->sink.ctx, parser_lines(f->p) - first, lr.bytes);
	if (rc < 0 && !err->len)
		error_set(err, rc, "%s", sink_error(f));
	linereader_release(&lr);
	return rc;
}

int feed_check_diagnostics(const struct feed *f, struct sbuf *err)
{
	if (parser_has_diagnostics(f->p))
		return 0;
	return error_set(err, ESCVIZ_ENODIAG,
			 "no -m diagnostics found in %s (was it built with -gcflags=-m?)%s",
			 f->ninputs == 1 ? f->last_name : "the inputs",
			 parser_saw_utf16(f->p) ? "; it is UTF-16 text: convert it with "
						  "'iconv -f UTF-16 -t UTF-8'" : "");
}
