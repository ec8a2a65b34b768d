/* escviz: the command table and dispatch.  Each command and its descriptor live in cmd_*.c. */
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "cmd/cli.h"

const struct cli_cmd *const cli_commands[] = {
	&cli_cmd_ingest, &cli_cmd_stats, &cli_cmd_builds, &cli_cmd_parse, &cli_cmd_why,
	&cli_cmd_ls, &cli_cmd_funcs, &cli_cmd_diff, &cli_cmd_run, &cli_cmd_graph,
	&cli_cmd_report, &cli_cmd_profile, NULL,
};

static void usage(FILE *out)
{
	fputs("usage: escviz <command> [options] [args]\n\n"
	      "Turn the Go compiler's escape-analysis and inlining diagnostics\n"
	      "(go build -gcflags='-m -m') into a queryable SQLite database.\n\n"
	      "commands:\n", out);
	for (const struct cli_cmd *const *c = cli_commands; *c; c++)
		fprintf(out, "  %-10s %.*s\n", (*c)->name, (int)strcspn((*c)->summary, "\n"),
			(*c)->summary); /* its first line: the rest is the command's --help */
	fputs("\nRun 'escviz <command> --help' for a command's options.\n"
	      "Exit status: 0 ok, 1 findings (diff --fail-on), 2 usage or input error,\n"
	      "3 database or I/O failure, 130 interrupted.\n", out);
}

int main(int argc, char **argv)
{
	/* escviz computes on one thread, but in diff (cmd_diff.c, which asks
	 * for more arenas).  The threads libraries start behind its back
	 * (pango's, loading fonts when Graphviz lays text out) would each get
	 * a malloc arena reserving 64 MiB of address space and an 8 MiB stack
	 * (RLIMIT_STACK's), most of what a report maps, for a few KB of work:
	 * one arena serves all, and such threads get 1 MiB. */
#ifdef M_ARENA_MAX
	mallopt(M_ARENA_MAX, 1);
#endif
	pthread_attr_t attr;
	if (pthread_attr_init(&attr) == 0) {
		if (pthread_attr_setstacksize(&attr, 1u << 20) == 0)
			(void)pthread_setattr_default_np(&attr);
		pthread_attr_destroy(&attr);
	}
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		if (argc > 2 && strcmp(argv[1], "help") == 0) {
			char *hv[] = { argv[2], "--help", NULL };
			/* Undocumented: the descriptors, for tests/cli/docs.sh. */
			if (!strcmp(argv[2], "--dump-descriptors")) {
				cli_dump_descriptors(stdout);
				return EXIT_OK;
			}
			for (const struct cli_cmd *const *c = cli_commands; *c; c++)
				if (!strcmp((*c)->name, argv[2]))
					return (*c)->fn(2, hv);
		}
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("escviz %s\n", ESCVIZ_VERSION);
		return EXIT_OK;
	}
	for (const struct cli_cmd *const *c = cli_commands; *c; c++)
		if (!strcmp((*c)->name, argv[1]))
			return (*c)->fn(argc - 1, argv + 1);
	cli_error("'%s' is not an escviz command; see 'escviz --help'", argv[1]);
	return EXIT_USAGE;
}
