/* escviz stats: the counts of one build. */
#include <stdlib.h>
#include <string.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "render/render.h"
#include "store/store.h"

#define USAGE "[--db PATH] [--build ID|LABEL] [--format text|json] [--top N]"

static const struct cli_opt stats_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "format", 'f', "FMT", "output format: text or json" },
	{ OPT_STRING, "top", 0, "N", "how many packages and functions to rank (default 10)" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_stats = {
	"stats",
	"Summarise one build: line classes, escapes, inlining.",
	USAGE,
	stats_opts,
	cmd_stats,
};

int cmd_stats(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *format = "text", *top = "10";
	void *const dest[] = { &db, &build, &format, &top };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct build_stats st = { 0 };
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
	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) == 0 &&
	    (rc = store_resolve_build(s, build, &id, &err)) == 0 &&
	    (rc = store_stats(s, id, (size_t)ntop, &st, &err)) == 0)
		rc = !strcmp(format, "json") ? render_stats_json(stdout, &st)
					     : render_stats_text(stdout, &st, &ro);
	if (rc < 0)
		cli_error("%s", err.len ? err.buf : "cannot write the output");
	build_stats_release(&st);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
