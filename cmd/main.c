/* escviz: the command table and dispatch.  Each command lives in cmd_*.c. */
#include <stdio.h>
#include <string.h>

#include "cmd/cli.h"

static const struct cli_cmd commands[] = {
	{ "ingest", cmd_ingest, "Parse Go -m compiler output into a build in the database." },
	{ "stats", cmd_stats, "Summarise one build: line classes, escapes, inlining." },
	{ "builds", cmd_builds, "List the builds in the database." },
	{ "parse", cmd_parse, "Show how each input line is classified (stores nothing)." },
	{ "why", cmd_why, "Explain why a value escapes: the path from the compiler's -m=2 output." },
	{ "ls", cmd_ls, "List the escape-analysis events of a build, filtered." },
	{ "funcs", cmd_funcs, "List functions: escapes, leaks, inlining decision, cost, inlined sites." },
	{ "diff", cmd_diff, "Compare two builds or logs: new heap escapes, lost inlining; gate CI." },
	{ "run", cmd_run, "Run a go command with -gcflags=-m=2 added and ingest its output." },
	{ "graph", cmd_graph, "Draw one function's value flows as a Graphviz diagram (SVG, PNG, PDF, DOT)." },
	{ "report", cmd_report, "Write a self-contained HTML report of a build (summary, packages, functions)." },
	{ NULL, NULL, NULL },
};

const char *cli_summary(const char *cmd)
{
	for (const struct cli_cmd *c = commands; c->name; c++)
		if (!strcmp(c->name, cmd))
			return c->summary;
	return "";
}

static void usage(FILE *out)
{
	fputs("usage: escviz <command> [options] [args]\n\n"
	      "Turn the Go compiler's escape-analysis and inlining diagnostics\n"
	      "(go build -gcflags='-m -m') into a queryable SQLite database.\n\n"
	      "commands:\n", out);
	for (const struct cli_cmd *c = commands; c->name; c++)
		fprintf(out, "  %-10s %s\n", c->name, c->summary);
	fputs("\nRun 'escviz <command> --help' for a command's options.\n"
	      "Exit status: 0 ok, 1 findings (diff --fail-on), 2 usage or input error,\n"
	      "3 database or I/O failure, 130 interrupted.\n", out);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		if (argc > 2 && strcmp(argv[1], "help") == 0) {
			char *hv[] = { argv[2], "--help", NULL };
			for (const struct cli_cmd *c = commands; c->name; c++)
				if (!strcmp(c->name, argv[2]))
					return c->fn(2, hv);
		}
		usage(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("escviz %s\n", ESCVIZ_VERSION);
		return EXIT_OK;
	}
	for (const struct cli_cmd *c = commands; c->name; c++)
		if (!strcmp(c->name, argv[1]))
			return c->fn(argc - 1, argv + 1);
	cli_error("'%s' is not an escviz command; see 'escviz --help'", argv[1]);
	return EXIT_USAGE;
}
