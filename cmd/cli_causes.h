#ifndef ESCVIZ_CMD_CLI_CAUSES_H
#define ESCVIZ_CMD_CLI_CAUSES_H
/*
 * A build's causes (docs/causes.md): every escape, move and leak read from
 * the store (store_causes) and classified (analysis/cause.h), kept by event
 * id, and counted per cause and per package, for stats, ls and funcs.
 */
#include <stdint.h>

#include "analysis/cause.h"
#include "common/sbuf.h"
#include "common/strmap.h"
#include "model/model.h"
#include "store/store.h"

struct cli_cause {
	int64_t event_id, function_id;
	unsigned char primary, inferred;
	unsigned short causes; /* CAUSE_BIT()s */
	char *callee;          /* NULL: none or not named */
};

struct cli_causes {
	struct cli_cause *v; /* by event id */
	size_t n, alloc;
	struct cause_counts all;
	struct cause_counts *pkgs; /* in the order first seen */
	size_t npkgs, apkgs;
	struct strmap pkg_index;
};

int cli_causes_load(struct store *s, int64_t build, struct cli_causes *out, struct sbuf *err);
/* The cause of event id, or NULL (not classified). */
const struct cli_cause *cli_causes_find(const struct cli_causes *c, int64_t id);
void cli_causes_release(struct cli_causes *c);

/*
 * The build's cause counts into st->causes and, with packages, the top
 * packages by verdicts classified into st->cause_packages (top 0: all).
 */
int cli_causes_stats(struct store *s, int64_t build, int packages, size_t top,
		     struct build_stats *st, struct sbuf *err);

/* The --cause C option's value: a cause, or -1 with a usage error printed. */
int cli_cause_option(const char *cmd, const char *value);

#endif
