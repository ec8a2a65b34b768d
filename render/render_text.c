/* Text writers for people: aligned, optionally coloured. */
#include "render/render.h"

#include <string.h>

#include "common/util.h"
#include "render/render_escape.h"

#define BOLD(o) ((o)->color ? "\033[1m" : "")
#define RED(o) ((o)->color ? "\033[31m" : "")
#define RESET(o) ((o)->color ? "\033[0m" : "")

/* Print log text s[0..n) through sbuf_add_term(), so it cannot drive the
 * terminal. */
static void put_term(FILE *out, const char *s, size_t n)
{
	struct sbuf b = SBUF_INIT;
	sbuf_add_term(&b, s, n);
	fwrite(b.buf, 1, b.len, out);
	sbuf_release(&b);
}

static void put_safe(FILE *out, const char *s)
{
	if (s)
		put_term(out, s, strlen(s));
}

static double pct(int64_t a, int64_t b)
{
	return b ? 100.0 * (double)a / (double)b : 0.0;
}

int render_stats_text(FILE *out, const struct build_stats *st, const struct render_opts *o)
{
	const struct build_info *b = &st->info;
	int64_t fn_known = st->inlinable + st->not_inlinable;

	fprintf(out, "%sbuild %lld%s", BOLD(o), (long long)b->id, RESET(o));
	if (b->label) {
		fputs("  label ", out);
		put_safe(out, b->label);
	}
	if (b->commit) {
		fputs("  commit ", out);
		put_safe(out, b->commit);
	}
	fputs("  go ", out);
	put_safe(out, b->go_version ? b->go_version : "unknown");
	fprintf(out, "  -m=%d  %s\n", b->m_level, b->created ? b->created : "");
	fprintf(out, "  %lld input lines, %lld packages, %lld files, %lld functions\n\n",
		(long long)b->input_lines, (long long)st->packages, (long long)st->files,
		(long long)st->functions);
	fprintf(out, "%sescape analysis%s\n", BOLD(o), RESET(o));
	fprintf(out, "  %s%8lld%s  escape to the heap\n", RED(o), (long long)st->heap_escapes, RESET(o));
	fprintf(out, "  %s%8lld%s  moved to the heap\n", RED(o), (long long)st->moved_to_heap, RESET(o));
	fprintf(out, "  %8lld  leaking parameters\n", (long long)st->leaking_params);
	fprintf(out, "  %8lld  do not escape\n", (long long)st->does_not_escape);
	fprintf(out, "  %8lld  explanations (%lld flows, %lld steps)\n\n",
		(long long)st->explanations, (long long)st->flows, (long long)st->steps);
	fprintf(out, "%splacement in functions%s (of %lld events)\n", BOLD(o), RESET(o),
		(long long)st->events);
	fprintf(out, "  %8lld  by the Go source (function extents)\n", (long long)st->placed_source);
	fprintf(out, "  %8lld  named by the compiler\n", (long long)st->placed_compiler);
	fprintf(out, "  %8lld  by the nearest declaration above (heuristic)\n",
		(long long)st->placed_declaration);
	fprintf(out, "  %s%8lld%s  in no known function%s\n\n",
		st->events > st->attributed_events ? RED(o) : "",
		(long long)(st->events - st->attributed_events),
		st->events > st->attributed_events ? RESET(o) : "",
		st->events == st->attributed_events ? ""
		: st->info.m_level < 2 ? ": ingest with --src DIR, or build with -gcflags=-m=2"
				       : ": ingest with --src DIR");
	fprintf(out, "%sinlining%s\n", BOLD(o), RESET(o));
	fprintf(out, "  %8lld  inlinable functions: inlining ratio %.1f%% of %lld with a decision\n",
		(long long)st->inlinable, pct(st->inlinable, fn_known), (long long)fn_known);
	fprintf(out, "  %8lld  not inlinable\n", (long long)st->not_inlinable);
	fprintf(out, "  %8lld  inlined call sites, %lld devirtualized calls\n",
		(long long)st->inlined_calls, (long long)st->devirtualizations);
	if (st->n_top_packages) {
		fprintf(out, "\n%stop packages by heap allocations%s (escapes + moved, share of %lld)\n",
			BOLD(o), RESET(o), (long long)(st->heap_escapes + st->moved_to_heap));
		for (size_t i = 0; i < st->n_top_packages; i++) {
			fprintf(out, "  %8lld  %5.1f%%  ", (long long)st->top_packages[i].n,
				pct(st->top_packages[i].n, st->heap_escapes + st->moved_to_heap));
			put_safe(out, st->top_packages[i].name[0] ? st->top_packages[i].name : "(no package)");
			fputc('\n', out);
		}
	}
	if (st->n_top_functions) {
		fprintf(out, "\n%stop functions by heap allocations%s (escapes + moved, share of %lld)\n",
			BOLD(o), RESET(o), (long long)(st->heap_escapes + st->moved_to_heap));
		for (size_t i = 0; i < st->n_top_functions; i++) {
			fprintf(out, "  %8lld  %5.1f%%  ", (long long)st->top_functions[i].n,
				pct(st->top_functions[i].n, st->heap_escapes + st->moved_to_heap));
			put_safe(out, st->top_functions[i].name);
			fputc('\n', out);
		}
	}
	fprintf(out, "\n%slines%s\n", BOLD(o), RESET(o));
	for (int c = 0; c < LC__COUNT; c++)
		if (st->lines[c])
			fprintf(out, "  %8lld  %s\n", (long long)st->lines[c], line_class_name(c));
	return fflush(out) == EOF ? ESCVIZ_EIO : 0;
}

/* A column of width w (bytes), cut or padded, via put_term. */
static void put_col(FILE *out, const char *s, size_t w)
{
	size_t n = s ? strlen(s) : 0;
	if (!s || !n)
		s = "-", n = 1;
	if (n > w)
		n = w;
	put_term(out, s, n);
	fprintf(out, "%*s  ", (int)(w - n), "");
}

int render_builds_text(FILE *out, const struct build_info *b, size_t n,
		       const struct render_opts *o)
{
	fprintf(out, "%s%5s  %-20s  %-16s  %-12s  %-10s  %s%s\n", BOLD(o), "ID", "CREATED",
		"LABEL", "COMMIT", "GO", "LINES", RESET(o));
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%5lld  ", (long long)b[i].id);
		put_col(out, b[i].created, 20);
		put_col(out, b[i].label, 16);
		put_col(out, b[i].commit, 12);
		put_col(out, b[i].go_version, 10);
		fprintf(out, "%lld\n", (long long)b[i].input_lines);
	}
	return fflush(out) == EOF ? ESCVIZ_EIO : 0;
}
