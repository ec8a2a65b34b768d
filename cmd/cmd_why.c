/* escviz why: the verdicts a TARGET names, each with the path that explains it. */
#include <string.h>

#include "cmd/cli.h"
#include "analysis/why.h"
#include "common/util.h"
#include "render/render_explain.h"
#include "store/store.h"
#include "store/store_explain.h"

#define USAGE "[--db PATH] [--build ID|LABEL] [--format text|json] TARGET"

static int run(const char *db, const char *build, const char *spec, enum render_format fmt)
{
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct why_target t = { 0 };
	struct why_result r = { 0 };
	struct render_table_opts o = { cli_color(stdout), cli_term_width(stdout) };
	int64_t id = 0;
	int rc;

	if ((rc = why_target_parse(&t, spec, &err)) < 0 ||
	    (rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) < 0 ||
	    (rc = store_resolve_build(s, build, &id, &err)) < 0 ||
	    (rc = store_why(s, id, &t, &r, &err)) < 0)
		goto out;
	why_name(&r);
	rc = fmt == FMT_JSON ? render_why_json(stdout, &r, spec, t.kind)
			     : render_why_text(stdout, &r, spec, &o);
out:
	if (rc < 0)
		cli_error("%s", err.len ? err.buf : "cannot write the output");
	why_result_release(&r);
	why_target_release(&t);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}

static const struct cli_opt why_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "format", 'f', "FMT", "output format: text or json" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_why = {
	"why",
	"Explain why a value escapes: the path from the compiler's -m=2 output.",
	USAGE,
	why_opts,
	cmd_why,
};

int cmd_why(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *format = "text";
	void *const dest[] = { &db, &build, &format };
	enum render_format fmt;
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_why, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs != 1)
		return cli_usage_error("why", nargs ? "one TARGET, not %d" : "missing TARGET%.0d",
				       nargs);
	if (render_format_parse(format, RENDER_ALLOW(FMT_TEXT) | RENDER_ALLOW(FMT_JSON), &fmt) < 0)
		return cli_usage_error("why", "unknown format '%s' (text or json)", format);
	return run(db, build, argv[0], fmt);
}
