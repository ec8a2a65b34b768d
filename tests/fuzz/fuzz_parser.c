/*
 * Fuzz target: the line reader, the line classifier and the event
 * assembler (parser/).
 *
 * The input is one log.  It is read the way escviz ingest reads it (through
 * struct linereader on a file descriptor, with a small line cap so the
 * over-long-line path is reached) and fed to parser_feed(); every message's
 * spans are read byte by byte so that ASan checks they are in bounds, and
 * every message is rendered in the golden format (render_pmsg).  Each line
 * is also classified on its own (parser_classify) and its position prefix
 * parsed (parser_parse_pos).  Invariants checked (abort when broken):
 * classes and kinds are in range, and the per-class counts add up to the
 * number of lines fed (every line is in exactly one class).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/linereader.h"
#include "common/sbuf.h"
#include "parser/parser.h"
#include "render/render.h"
#include "tests/fuzz/fuzz_common.h"

#define FUZZ_MAX_LINE 4096 /* the reader's cap, small to reach the cut path */

static unsigned touch_pos(const struct pos *p)
{
	return fuzz_touch(p->file.p, p->file.n);
}

static int sink(void *ctx, const struct pmsg *m)
{
	unsigned *sum = ctx;

	if ((unsigned)m->cls >= LC__COUNT || (unsigned)m->kind >= MK__COUNT ||
	    !line_class_name(m->cls) || !msg_kind_name(m->kind))
		abort();
	*sum += fuzz_touch(m->text.p, m->text.n) + fuzz_touch(m->line.p, m->line.n) +
		fuzz_touch(m->func.p, m->func.n) + fuzz_touch(m->subject.p, m->subject.n) +
		fuzz_touch(m->dest.p, m->dest.n) + fuzz_touch(m->src.p, m->src.n) +
		fuzz_touch(m->ops.p, m->ops.n) + fuzz_touch(m->reason.p, m->reason.n) +
		fuzz_touch(m->body.p, m->body.n) + fuzz_touch(m->variant.p, m->variant.n) +
		touch_pos(&m->pos) + touch_pos(&m->pos2);
	if (render_pmsg(fuzz_devnull(), m) < 0)
		abort();
	return 0;
}

/* Abort unless span sp is empty or lies within line[0, len). */
static void check_within(const char *line, size_t len, const struct span *sp, const char *what)
{
	uintptr_t at = (uintptr_t)sp->p, lo = (uintptr_t)line;

	if (sp->n && (at < lo || at - lo > len || sp->n > len - (at - lo))) {
		fprintf(stderr, "parser_classify: %s span [%td, +%zu) outside the line of %zu bytes\n",
			what, (ptrdiff_t)(at - lo), sp->n, len);
		abort();
	}
}

static void classify_alone(const char *line, size_t len)
{
	struct pmsg m;
	struct pos pos;
	const char *colon;

	memset(&m, 0, sizeof(m));
	parser_classify(line, len, &m);
	if ((unsigned)m.cls >= LC__COUNT || (unsigned)m.kind >= MK__COUNT)
		abort();
	/* On its own, a line's fields are all spans of that line. */
	check_within(line, len, &m.text, "text");
	check_within(line, len, &m.func, "func");
	check_within(line, len, &m.subject, "subject");
	check_within(line, len, &m.dest, "dest");
	check_within(line, len, &m.src, "src");
	check_within(line, len, &m.reason, "reason");
	check_within(line, len, &m.body, "body");
	check_within(line, len, &m.pos.file, "pos.file");
	check_within(line, len, &m.pos2.file, "pos2.file");
	colon = memmem(line, len, ": ", 2);
	(void)parser_parse_pos(line, colon ? (size_t)(colon - line) : len, &pos);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned sum = 0;
	struct parser *p = parser_new(sink, &sum);
	struct linereader lr;
	struct goversion v;
	struct sbuf vs = SBUF_INIT;
	const char *line;
	size_t len, full;
	int truncated, got, fd = fuzz_memfd(data, size);
	uint64_t total = 0;

	if (fd < 0)
		abort();
	parser_begin_input(p);
	linereader_init(&lr, fd, FUZZ_MAX_LINE);
	while ((got = linereader_next(&lr, &line, &len, &truncated, &full)) > 0) {
		if (len > FUZZ_MAX_LINE || (truncated && full <= len))
			abort();
		classify_alone(line, len);
		if (parser_feed(p, line, len, truncated) < 0)
			abort();
	}
	if (got < 0 || parser_finish_input(p) < 0)
		abort();
	for (int c = 0; c < LC__COUNT; c++)
		total += parser_line_counts(p)[c];
	if (total != parser_lines(p))
		abort();
	parser_version(p, &v);
	goversion_format(&v, &vs);
	(void)parser_m_level(p);
	(void)parser_diagnostics(p);
	sbuf_release(&vs);
	linereader_release(&lr);
	close(fd);
	parser_free(p);
	return 0;
}
