/* Text writers for people: aligned, optionally coloured. */
#include "render/render.h"

#include <string.h>

#include "common/util.h"
#include "model/profile.h"
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

/* A value of stats' ranking, in its unit, right-aligned in 10 columns. */
static void put_quantity(FILE *out, enum stats_rank rank, int64_t v)
{
	struct sbuf b = SBUF_INIT;
	if (rank == STATS_RANK_BYTES)
		sbuf_add_bytes(&b, v);
	else if (rank == STATS_RANK_CPU)
		sbuf_add_nanos(&b, v);
	else
		sbuf_addf(&b, "%lld", (long long)v);
	fprintf(out, "  %10s", b.buf);
	sbuf_release(&b);
}

static void profiles_text(FILE *out, const struct build_stats *st, const struct render_opts *o)
{
	if (!st->n_profiles)
		return;
	fprintf(out, "\n%sprofiles%s\n", BOLD(o), RESET(o));
	for (size_t i = 0; i < st->n_profiles; i++) {
		const struct profile_info *p = &st->profiles[i];
		struct sbuf b = SBUF_INIT;
		fprintf(out, "  %-4s  ", p->kind);
		put_safe(out, p->label ? p->label : p->path);
		if (!strcmp(p->kind, "heap")) {
			sbuf_addstr(&b, ": ");
			sbuf_add_bytes(&b, p->total_bytes);
			sbuf_addf(&b, " in %lld objects at %lld sites, %.1f%% of the bytes joined to"
				  " escape verdicts", (long long)p->total_objects, (long long)p->sites,
				  pct(p->matched_bytes, p->total_bytes));
		} else if (!strcmp(p->kind, "cpu")) {
			sbuf_addstr(&b, ": ");
			sbuf_add_nanos(&b, p->total_cpu);
			sbuf_addf(&b, " of samples in %lld functions", (long long)p->functions);
		}
		fprintf(out, "%s\n", b.buf);
		sbuf_release(&b);
	}
}

/* The top packages (fns 0) or functions (1) by st->rank. */
static void ranking_text(FILE *out, const struct build_stats *st, int fns,
			 const struct render_opts *o)
{
	static const char *const by[] = {
		[STATS_RANK_HEAP] = "heap allocations",
		[STATS_RANK_BYTES] = "allocated bytes",
		[STATS_RANK_OBJECTS] = "allocated objects",
		[STATS_RANK_CPU] = "CPU time",
	};
	const struct name_count *v = fns ? st->top_functions : st->top_packages;
	size_t n = fns ? st->n_top_functions : st->n_top_packages;
	int64_t total = st->heap_escapes + st->moved_to_heap;
	struct sbuf of = SBUF_INIT;
	if (!n)
		return;
	if (st->rank == STATS_RANK_HEAP)
		sbuf_addf(&of, "escapes + moved, share of %lld", (long long)total);
	else if (st->rank == STATS_RANK_CPU) {
		total = st->profile_cpu;
		sbuf_addf(&of, "%s time, share of ", fns ? "cumulative" : "flat");
		sbuf_add_nanos(&of, total);
	} else {
		int64_t objects = 0;
		for (size_t i = 0; i < st->n_profiles; i++)
			objects += !strcmp(st->profiles[i].kind, "heap") ? st->profiles[i].total_objects : 0;
		total = st->rank == STATS_RANK_BYTES ? st->profile_bytes : objects;
		sbuf_addstr(&of, "share of the heap profiles' ");
		if (st->rank == STATS_RANK_BYTES)
			sbuf_add_bytes(&of, total);
		else
			sbuf_addf(&of, "%lld objects", (long long)total);
	}
	fprintf(out, "\n%stop %s by %s%s (%s)\n", BOLD(o), fns ? "functions" : "packages",
		by[st->rank], RESET(o), of.buf);
	for (size_t i = 0; i < n; i++) {
		put_quantity(out, st->rank, v[i].n);
		fprintf(out, "  %5.1f%%  ", pct(v[i].n, total));
		put_safe(out, v[i].name[0] ? v[i].name : "(no package)");
		fputc('\n', out);
	}
	sbuf_release(&of);
}

static void hot_calls_text(FILE *out, const struct build_stats *st, const struct render_opts *o)
{
	struct sbuf b = SBUF_INIT;
	if (!st->hot_threshold)
		return;
	sbuf_add_nanos(&b, st->hot_cpu);
	fprintf(out, "\n%shot calls not inlined%s (at least %s under the call; threshold %s)\n",
		BOLD(o), RESET(o), b.buf, st->hot_threshold);
	if (!st->n_hot_calls)
		fputs("  none: every hot call site was inlined or is outside the build\n", out);
	for (size_t i = 0; i < st->n_hot_calls; i++) {
		const struct prof_hot_call *c = &st->hot_calls[i];
		const char *slash = strrchr(c->file, '/');
		sbuf_reset(&b);
		sbuf_add_nanos(&b, c->cum);
		fprintf(out, "  %10s  %5.1f%%  ", b.buf, pct(c->cum, st->profile_cpu));
		sbuf_reset(&b);
		sbuf_addf(&b, "%s:%ld: ", slash ? slash + 1 : c->file, c->line);
		prof_hot_call_describe(c, &b);
		sbuf_addstr(&b, " (in ");
		sbuf_addstr(&b, c->caller);
		sbuf_addch(&b, ')');
		put_term(out, b.buf, b.len);
		fputc('\n', out);
	}
	sbuf_release(&b);
}

static void causes_text(FILE *out, const struct build_stats *st, const struct render_opts *o)
{
	const struct cause_counts *c = st->causes;
	if (!c)
		return;
	fprintf(out, "\n%scauses%s (of %lld escapes, moves and leaks; docs/causes.md)\n", BOLD(o),
		RESET(o), (long long)c->total);
	for (int k = 0; k < CAUSE__COUNT; k++)
		if (c->n[k])
			fprintf(out, "  %8lld  %5.1f%%  %s\n", (long long)c->n[k], pct(c->n[k], c->total),
				cause_name((enum cause)k));
	if (c->inferred)
		fprintf(out, "  %8lld  of them inferred from the verdict alone (no explanation)\n",
			(long long)c->inferred);
	if (c->unknown_reasons)
		fprintf(out, "  %8lld  reasons not known to escviz (counted as other)\n",
			(long long)c->unknown_reasons);
	if (!st->n_cause_packages)
		return;
	fprintf(out, "\n%stop packages by causes%s\n  ", BOLD(o), RESET(o));
	for (int k = 0; k < CAUSE__COUNT; k++)
		fprintf(out, "%9.9s ", cause_name((enum cause)k));
	fputs("  package\n", out);
	for (size_t i = 0; i < st->n_cause_packages; i++) {
		const struct cause_counts *p = &st->cause_packages[i];
		fputs("  ", out);
		for (int k = 0; k < CAUSE__COUNT; k++)
			fprintf(out, "%9lld ", (long long)p->n[k]);
		fputs("  ", out);
		put_safe(out, p->name && p->name[0] ? p->name : "(no package)");
		fputc('\n', out);
	}
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
	profiles_text(out, st, o);
	ranking_text(out, st, 0, o);
	ranking_text(out, st, 1, o);
	causes_text(out, st, o);
	hot_calls_text(out, st, o);
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
