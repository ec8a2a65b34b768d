#ifndef ESCVIZ_RENDER_EXPLAIN_H
#define ESCVIZ_RENDER_EXPLAIN_H
/*
 * Writers for `escviz why`, `escviz ls` and `escviz funcs`.
 *
 * ls and funcs go through the table writer (render_table.h: text, CSV,
 * TSV, JSON); why's text goes through sbuf_add_term(), its JSON through
 * jansson (docs/json.md).  Positions are printed by pos_format().  Every
 * writer returns 0, or ESCVIZ_EIO when the stream fails.
 */
#include <stdio.h>

#include "common/sbuf.h"
#include "model/model.h"
#include "model/why.h"
#include "render/render_table.h"

int render_events(FILE *out, const struct event_row *v, size_t n, enum render_format fmt,
		  const struct render_table_opts *o);
int render_funcs(FILE *out, const struct func_row *v, size_t n, enum render_format fmt,
		 const struct render_table_opts *o);
int render_why_text(FILE *out, const struct why_result *r, const char *target,
		    const struct render_table_opts *o);
int render_why_json(FILE *out, const struct why_result *r, const char *target,
		    enum why_target_kind kind);

/* The compiler's verdict line for an event, rebuilt from its fields. */
void render_verdict(struct sbuf *out, const struct event_row *e);

#endif
