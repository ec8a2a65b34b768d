#ifndef ESCVIZ_CMD_CLI_HOT_H
#define ESCVIZ_CMD_CLI_HOT_H
/* What is hot in a build's profiles: the store's values judged by analysis/hot.h. */
#include <stdint.h>

#include "analysis/hot.h"
#include "common/sbuf.h"
#include "store/store.h"

/* The --hot-threshold option every command that marks hot code takes. */
#define CLI_OPT_HOT_THRESHOLD                                                          \
	{ OPT_STRING, "hot-threshold", 0, "PCT|auto",                                  \
	  "hot means at least PCT % of a profile's bytes or CPU time; auto (default):" \
	  " the sites that cover 99 %" }

/* build's cutoffs under t; all zero when it has no profile. */
int cli_hot_cutoffs(struct store *s, int64_t build, const struct hot_threshold *t,
		    struct hot_cutoffs *out, struct sbuf *err);

/*
 * Sorting by key ("bytes", "objects", "cpu") needs a profile of that kind:
 * 0 when build has one or key is not a profile key, else ESCVIZ_ENOTFOUND
 * with a message saying how to attach one.
 */
int cli_need_profile(struct store *s, int64_t build, const char *key, struct sbuf *err);

#endif
