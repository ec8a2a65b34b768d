#ifndef ESCVIZ_CLI_H
#define ESCVIZ_CLI_H
/*
 * The escviz command line: one static descriptor per subcommand (struct
 * cli_cmd), whose table of options both the parser and --help use.
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

/* One option of a command: its spelling and its help, word for word. */
struct cli_opt {
	enum cli_opt_type type;
	const char *name; /* long name without "--" */
	char short_name;  /* or 0 */
	const char *arg;  /* argument name shown in help, for OPT_STRING */
	const char *help;
};

/*
 * One static descriptor per command, from which its --help, the command
 * list of escviz --help and `escviz help --dump-descriptors` (checked
 * against docs/escviz.1 by tests/cli/docs.sh) are printed.
 */
struct cli_cmd {
	const char *name;
	const char *summary;
	const char *usage;          /* the synopsis after "escviz NAME " */
	const struct cli_opt *opts; /* ends with CLI_OPT_END */
	int (*fn)(int argc, char **argv);
};

/* Every command, in the order escviz --help lists them; NULL-terminated. */
extern const struct cli_cmd *const cli_commands[];

/* Shared by every command that reads a database. */
#define CLI_OPT_DB                                                             \
	{ OPT_STRING, "db", 0, "PATH",                                         \
	  "database file (default $ESCVIZ_DB, else ./escviz.db)" }
#define CLI_OPT_BUILD                                                          \
	{ OPT_STRING, "build", 'b', "ID|LABEL",                                \
	  "build id, or label meaning its latest build (default: latest)" }
#define CLI_OPT_END { OPT_END, NULL, 0, NULL, NULL }
/* The help of -h, --help, which every command has. */
#define CLI_HELP_HELP "show this help and exit"

#define CLI_NDEST(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Parse argv[1..] against cmd's options; dest[i] (ndest of them, one per
 * option, in order) receives option i: an int * set to 1 for OPT_FLAG, a
 * const char ** for OPT_STRING.  Operands are compacted into
 * argv[0..*nargs).  Returns 0; 1 when --help was printed (exit 0); -1 after
 * printing a usage error (exit 2).
 */
int cli_parse(const struct cli_cmd *cmd, void *const *dest, size_t ndest,
	      int argc, char **argv, int *nargs);
/* Print the help for one command, generated from its descriptor. */
void cli_help(FILE *out, const struct cli_cmd *cmd);
/*
 * Print every descriptor for tests, a record a line, fields TAB-separated:
 * "command NAME USAGE" then "option NAME TAG HELP" per option, TAG being
 * the option as --help shows it ("-l, --label NAME").
 */
void cli_dump_descriptors(FILE *out);
/* Print "escviz: <cmd>: msg" plus the --help hint; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print "escviz: msg" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * Print "escviz: warning: msg" / "escviz: note: msg" to stderr, with every
 * control byte of msg made visible (it may quote log or file names).
 */
void cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void cli_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Map a library error code to an exit code. */
int cli_exit_for(int code);
/* The database path: --db, else $ESCVIZ_DB, else "escviz.db". */
const char *cli_db_path(const char *opt);
/* Should output to f be coloured (a terminal, and NO_COLOR unset)? */
int cli_color(FILE *f);

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
int cmd_profile(int argc, char **argv);

extern const struct cli_cmd cli_cmd_ingest, cli_cmd_stats, cli_cmd_builds, cli_cmd_parse,
	cli_cmd_why, cli_cmd_ls, cli_cmd_funcs, cli_cmd_diff, cli_cmd_run, cli_cmd_graph,
	cli_cmd_report, cli_cmd_profile;

#endif
