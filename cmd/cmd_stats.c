/* escviz stats: the counts of one build, and what its profiles say. */
#include <stdlib.h>
#include <string.h>

#include "cmd/cli.h"
#include "cmd/cli_causes.h"
#include "cmd/cli_hot.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "model/profile.h"
#include "render/render.h"
#include "store/store.h"

#define USAGE                                                                          \
	"[--db PATH] [--build ID|LABEL] [--format text|json] [--top N]"                     \
	" [--sort heap|bytes|objects|cpu] [--hot-threshold PCT|auto]"

static const struct cli_opt stats_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "format", 'f', "FMT", "output format: text or json" },
	{ OPT_STRING, "top", 0, "N", "how many packages, functions and hot calls to rank (default 10)" },
	{ OPT_STRING, "sort", 's', "KEY", "rank by heap (escapes + moved, default), or by the build's profiles: bytes, objects, cpu" },
	CLI_OPT_HOT_THRESHOLD,
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_stats = {
	"stats",
	"Summarise one build: line classes, escapes, inlining, profiles.",
	USAGE,
	stats_opts,
	cmd_stats,
};

static int parse_rank(const char *s, enum stats_rank *out)
{
	for (int i = 0; stats_rank_names[i]; i++)
		if (!strcmp(s, stats_rank_names[i])) {
			*out = (enum stats_rank)i;
			return 0;
		}
	return -1;
}

/* The hot call sites not inlined, when the build has a CPU profile. */
static int hot_calls(struct store *s, int64_t id, const struct hot_threshold *t, size_t top,
		     struct build_stats *st, struct sbuf *err)
{
	struct hot_cutoffs cut;
	struct sbuf how = SBUF_INIT;
	int rc = cli_hot_cutoffs(s, id, t, &cut, err);
	if (rc < 0 || !cut.has_cpu)
		return rc;
	st->hot_cpu = cut.cpu;
	hot_threshold_describe(t, &how);
	st->hot_threshold = sbuf_detach(&how, NULL);
	if (!cut.cpu)
		return 0;
	return store_profile_hot_calls(s, id, cut.cpu, top, &st->hot_calls, &st->n_hot_calls, err);
}

int cmd_stats(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *format = "text", *top = "10", *sort = "heap";
	const char *threshold = NULL;
	void *const dest[] = { &db, &build, &format, &top, &sort, &threshold };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct build_stats st = { 0 };
	struct hot_threshold t;
	enum stats_rank rank;
	int64_t id = 0;
	int nargs, rc;
	long ntop;
	struct render_opts ro = { cli_color(stdout) };

	if ((rc = cli_parse(&cli_cmd_stats, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs)
		return cli_usage_error("stats", "unexpected argument '%s'", argv[0]);
	if (strcmp(format, "text") && strcmp(format, "json"))
		return cli_usage_error("stats", "unknown format '%s' (text or json)", format);
	if ((ntop = util_parse_long(top, strlen(top))) < 0)
		return cli_usage_error("stats", "--top takes a whole number, not '%s'", top);
	if (parse_rank(sort, &rank) < 0)
		return cli_usage_error("stats", "unknown sort key '%s' (heap, bytes, objects or cpu)",
				       sort);
	if (hot_threshold_parse(threshold, &t, &err) < 0) {
		rc = cli_usage_error("stats", "%s", err.buf);
		sbuf_release(&err);
		return rc;
	}
	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) == 0 &&
	    (rc = store_resolve_build(s, build, &id, &err)) == 0 &&
	    (rc = cli_need_profile(s, id, sort, &err)) == 0 &&
	    (rc = store_stats(s, id, (size_t)ntop, rank, &st, &err)) == 0 &&
	    (rc = hot_calls(s, id, &t, (size_t)ntop, &st, &err)) == 0 &&
	    (rc = cli_causes_stats(s, id, 1, (size_t)ntop, &st, &err)) == 0)
		rc = !strcmp(format, "json") ? render_stats_json(stdout, &st)
					     : render_stats_text(stdout, &st, &ro);
	if (rc < 0)
		cli_error("%s", err.len ? err.buf : "cannot write the output");
	build_stats_release(&st);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
