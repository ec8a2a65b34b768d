#ifndef ESCVIZ_CLI_H
#define ESCVIZ_CLI_H
/*
 * The escviz command line: a table of subcommands, each with a table of
 * options from which both the parser and --help are generated.
 *
 * Exit codes (also in the man page):
 *   0  success
 *   1  findings: what --fail-on asked to gate on happened (diff)
 *   2  usage error, or bad input the user must act on
 *   3  a database or I/O failure
 *   130 interrupted
 */
#include <stdio.h>

enum cli_exit {
	EXIT_OK = 0,
	EXIT_FINDINGS = 1,
	EXIT_USAGE = 2,
	EXIT_FAIL = 3,
	EXIT_INTERRUPTED = 130,
};

enum cli_opt_type {
	OPT_END,
	OPT_FLAG,   /* sets *(int *)dest = 1 */
	OPT_STRING, /* sets *(const char **)dest */
};

struct cli_opt {
	enum cli_opt_type type;
	const char *name; /* long name without "--" */
	char short_name;  /* or 0 */
	const char *arg;  /* argument name shown in help, for OPT_STRING */
	const char *help;
	void *dest;
};

struct cli_cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

/* Shared by every command that reads a database. */
#define CLI_OPT_DB(dest)                                                       \
	{ OPT_STRING, "db", 0, "PATH",                                         \
	  "database file (default $ESCVIZ_DB, else ./escviz.db)", dest }
#define CLI_OPT_BUILD(dest)                                                    \
	{ OPT_STRING, "build", 'b', "ID|LABEL",                                \
	  "build id, or label meaning its latest build (default: latest)", dest }

/*
 * Parse argv[1..] of command cmd against opts.  Operands are compacted
 * into argv[0..*nargs).  Returns 0; 1 when --help was printed (exit 0);
 * -1 after printing a usage error (exit 2).
 */
int cli_parse(const char *cmd, const char *usage, const struct cli_opt *opts,
	      int argc, char **argv, int *nargs);
/* Print the help for one command, generated from its table. */
void cli_help(FILE *out, const char *cmd, const char *usage, const char *summary,
	      const struct cli_opt *opts);
/* Print "escviz: <cmd>: msg" plus the --help hint; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print "escviz: msg" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Map a library error code to an exit code. */
int cli_exit_for(int code);
/* The database path: --db, else $ESCVIZ_DB, else "escviz.db". */
const char *cli_db_path(const char *opt);
/* Should output to f be coloured (a terminal, and NO_COLOR unset)? */
int cli_color(FILE *f);
/* The summary of a command, for its help ("" if unknown). */
const char *cli_summary(const char *cmd);

int cmd_ingest(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_builds(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_report(int argc, char **argv);
/* Columns of the terminal f is, or 0 when it is not one (no cutting). */
int cli_term_width(FILE *f);
int cmd_why(int argc, char **argv);
int cmd_ls(int argc, char **argv);
int cmd_funcs(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_run(int argc, char **argv);

#endif
