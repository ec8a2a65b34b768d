/* escviz parse: show how each input line is classified (nothing stored). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "render/render.h"
#include "store/store.h"

#define USAGE "[FILE ...]"

static int print_msg(void *ctx, const struct pmsg *m)
{
	return render_pmsg(ctx, m);
}

int cmd_parse(int argc, char **argv)
{
	const struct cli_opt opts[] = { { OPT_END, NULL, 0, NULL, NULL, NULL } };
	static char *stdin_only[] = { "-" };
	struct sbuf err = SBUF_INIT;
	struct parser *p;
	int nargs, rc = 0;
	char **names;

	if ((rc = cli_parse("parse", USAGE, opts, argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	names = nargs ? argv : stdin_only;
	nargs = nargs ? nargs : 1;
	p = parser_new(print_msg, stdout);
	for (int i = 0; i < nargs && rc == 0; i++) {
		int fd = strcmp(names[i], "-") ? open(names[i], O_RDONLY | O_CLOEXEC) : 0;
		if (fd < 0) {
			cli_error("%s: %s", names[i], strerror(errno));
			rc = ESCVIZ_EUSAGE;
			break;
		}
		rc = store_feed_fd(NULL, p, fd, names[i], NULL, &err);
		if (fd > 0)
			close(fd);
		if (rc < 0)
			cli_error("%s", err.len ? err.buf : "cannot write the output");
	}
	parser_free(p);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
