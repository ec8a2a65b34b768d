#ifndef ESCVIZ_RENDER_H
#define ESCVIZ_RENDER_H
/*
 * render: writers for what the CLI prints.  Text writers align columns and
 * colour only when asked; JSON writers go through jansson, after replacing
 * bytes that are not valid UTF-8 (log text is not guaranteed to be UTF-8).
 * Every writer returns 0, or ESCVIZ_EIO when the stream fails.
 */
#include <stdio.h>

#include "model/model.h"

struct render_opts {
	int color; /* ANSI colour (only when stdout is a terminal) */
	const char *category; /* SARIF runAutomationDetails' category (diff --category); NULL: none */
	/* SARIF: where files outside the repository live ($GOROOT, $GOMODCACHE;
	 * NULL: recognised by their shape), and the repository (versionControlProvenance). */
	const char *goroot, *gomodcache, *repository;
	/* SARIF: the UTF-16 column of a byte column where the source is at hand
	 * (diff: cmd reads it), else col; NULL: columns as printed. */
	long (*utf16_col)(void *ctx, const char *file, long line, long col);
	void *utf16_ctx;
};

int render_stats_json(FILE *out, const struct build_stats *st);
int render_stats_text(FILE *out, const struct build_stats *st, const struct render_opts *o);
int render_builds_json(FILE *out, const struct build_info *b, size_t n);
int render_builds_text(FILE *out, const struct build_info *b, size_t n,
		       const struct render_opts *o);



/*
 * One parsed message in the self-describing golden format: the input line(s)
 * echoed behind "> ", then "  = CLASS KIND" and the fields that are set, each
 * string in C-style quotes with non-printable bytes escaped.
 */
int render_pmsg(FILE *out, const struct pmsg *m);
#endif
