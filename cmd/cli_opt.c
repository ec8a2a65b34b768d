/* Option parsing and help generation from struct cli_opt tables. */
#include "cmd/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("escviz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "escviz: %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nsee 'escviz %s --help'\n", cmd);
	return EXIT_USAGE;
}

int cli_exit_for(int code)
{
	switch (code) {
	case 0:
		return EXIT_OK;
	case ESCVIZ_EDB:
	case ESCVIZ_EIO:
		return EXIT_FAIL;
	case ESCVIZ_EINTR:
		return EXIT_INTERRUPTED;
	default:
		return EXIT_USAGE;
	}
}

const char *cli_db_path(const char *opt)
{
	const char *env = getenv("ESCVIZ_DB");
	if (opt && *opt)
		return opt;
	return env && *env ? env : "escviz.db";
}

int cli_color(FILE *f)
{
	const char *nc = getenv("NO_COLOR");
	return isatty(fileno(f)) && !(nc && *nc);
}

void cli_help(FILE *out, const char *cmd, const char *usage, const char *summary,
	      const struct cli_opt *opts)
{
	fprintf(out, "usage: escviz %s %s\n\n%s\n\noptions:\n", cmd, usage, summary);
	for (const struct cli_opt *o = opts; o->type != OPT_END; o++) {
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof(left), "-%c, --%s%s%s", o->short_name, o->name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof(left), "    --%s%s%s", o->name, o->arg ? " " : "",
				 o->arg ? o->arg : "");
		fprintf(out, "  %-28s %s\n", left, o->help);
	}
	fprintf(out, "  %-28s %s\n", "-h, --help", "show this help and exit");
}

static const struct cli_opt *find_long(const struct cli_opt *opts, const char *name, size_t n)
{
	for (const struct cli_opt *o = opts; o->type != OPT_END; o++)
		if (strlen(o->name) == n && !strncmp(o->name, name, n))
			return o;
	return NULL;
}

static const struct cli_opt *find_short(const struct cli_opt *opts, char c)
{
	for (const struct cli_opt *o = opts; o->type != OPT_END; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

int cli_parse(const char *cmd, const char *usage, const struct cli_opt *opts,
	      int argc, char **argv, int *nargs)
{
	int out = 0, only_operands = 0;

	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		const struct cli_opt *o;
		const char *val = NULL;

		if (only_operands || a[0] != '-' || !a[1]) {
			argv[out++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_operands = 1;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			cli_help(stdout, cmd, usage, cli_summary(cmd), opts);
			return 1;
		}
		if (a[1] == '-') {
			const char *eq = strchr(a + 2, '=');
			size_t n = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
			o = find_long(opts, a + 2, n);
			if (eq)
				val = eq + 1;
		} else {
			o = find_short(opts, a[1]);
			if (a[2])
				val = a + 2;
		}
		if (!o) {
			cli_usage_error(cmd, "unknown option '%s'", a);
			return -1;
		}
		if (o->type == OPT_FLAG) {
			if (val) {
				cli_usage_error(cmd, "option '--%s' takes no value", o->name);
				return -1;
			}
			*(int *)o->dest = 1;
			continue;
		}
		if (!val) {
			if (i + 1 >= argc) {
				cli_usage_error(cmd, "option '--%s' needs %s", o->name, o->arg);
				return -1;
			}
			val = argv[++i];
		}
		*(const char **)o->dest = val;
	}
	*nargs = out;
	return 0;
}
