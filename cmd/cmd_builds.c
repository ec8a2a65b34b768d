/* escviz builds: list the builds in a database. */
#include <string.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "render/render.h"
#include "store/store.h"

#define USAGE "[--db PATH] [--format text|json]"

static const struct cli_opt builds_opts[] = {
	CLI_OPT_DB,
	{ OPT_STRING, "format", 'f', "FMT", "output format: text or json" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_builds = {
	"builds",
	"List the builds in the database.",
	USAGE,
	builds_opts,
	cmd_builds,
};

int cmd_builds(int argc, char **argv)
{
	const char *db = NULL, *format = "text";
	void *const dest[] = { &db, &format };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct build_info *b = NULL;
	size_t n = 0;
	int nargs, rc;
	struct render_opts ro = { cli_color(stdout) };

	if ((rc = cli_parse(&cli_cmd_builds, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs)
		return cli_usage_error("builds", "unexpected argument '%s'", argv[0]);
	if (strcmp(format, "text") && strcmp(format, "json"))
		return cli_usage_error("builds", "unknown format '%s' (text or json)", format);
	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) == 0 &&
	    (rc = store_builds(s, &b, &n, &err)) == 0)
		rc = !strcmp(format, "json") ? render_builds_json(stdout, b, n)
					     : render_builds_text(stdout, b, n, &ro);
	if (rc < 0 && err.len)
		cli_error("%s", err.buf);
	else if (rc < 0)
		cli_error("cannot write the output");
	store_builds_free(b, n);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
