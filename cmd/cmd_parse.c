/* escviz parse: show how each input line is classified (nothing stored). */
#include <string.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "feed/feed.h"
#include "render/render.h"
#include "store/store.h"

#define USAGE "[FILE ...]"

static int print_msg(void *ctx, const struct pmsg *m)
{
	return render_pmsg(ctx, m);
}

static const struct cli_opt parse_opts[] = {
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_parse = {
	"parse",
	"Show how each input line is classified (stores nothing).",
	USAGE,
	parse_opts,
	cmd_parse,
};

int cmd_parse(int argc, char **argv)
{
	static char *stdin_only[] = { "-" };
	struct feed_sink sink = { stdout, NULL, print_msg, NULL, NULL };
	struct sbuf err = SBUF_INIT;
	struct feed *f;
	int nargs, rc = 0;
	char **names;

	if ((rc = cli_parse(&cli_cmd_parse, NULL, 0, argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	names = nargs ? argv : stdin_only;
	nargs = nargs ? nargs : 1;
	f = feed_new(&sink, NULL);
	/* Each input is opened when its turn comes: what came before is shown. */
	for (int i = 0; i < nargs && rc == 0; i++) {
		int fd;
		if (feed_open(names[i], &fd, &err) < 0) {
			cli_error("%s", err.buf);
			rc = ESCVIZ_EUSAGE;
			break;
		}
		rc = feed_fd(f, fd, names[i], &err);
		if (fd > 0)
			close(fd);
		if (rc < 0)
			cli_error("%s", err.len ? err.buf : "cannot write the output");
	}
	if (rc == 0 && *feed_warnings(f)) {
		const char *w = feed_warnings(f);
		cli_warn("%.*s", (int)(strlen(w) - 1), w);
	}
	feed_free(f);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
