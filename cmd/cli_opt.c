/* Option parsing and help generation from the command descriptors. */
#include "cmd/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/util.h"
#include "render/render_escape.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("escviz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void vsay(const char *what, const char *fmt, va_list ap)
{
	struct sbuf msg = SBUF_INIT, out = SBUF_INIT;
	sbuf_vaddf(&msg, fmt, ap);
	/* Line by line: the newlines between lines are ours. */
	for (const char *p = msg.buf, *end = msg.buf + msg.len; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		sbuf_addf(&out, "escviz: %s: ", what);
		sbuf_add_term(&out, p, n);
		sbuf_addch(&out, '\n');
		p += n + 1;
	}
	fwrite(out.buf, 1, out.len, stderr);
	sbuf_release(&msg);
	sbuf_release(&out);
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("warning", fmt, ap);
	va_end(ap);
}

void cli_note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("note", fmt, ap);
	va_end(ap);
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

/* The option as --help shows it: "-l, --label NAME" or "--db PATH". */
static void opt_tag(const struct cli_opt *o, char *buf, size_t n)
{
	if (o->short_name)
		snprintf(buf, n, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "",
			 o->arg ? o->arg : "");
	else
		snprintf(buf, n, "--%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
}

void cli_help(FILE *out, const struct cli_cmd *cmd)
{
	fprintf(out, "usage: escviz %s %s\n\n%s\n\noptions:\n", cmd->name, cmd->usage,
		cmd->summary);
	for (const struct cli_opt *o = cmd->opts; o->type != OPT_END; o++) {
		char tag[64];
		opt_tag(o, tag, sizeof(tag));
		fprintf(out, "  %s%-*s %s\n", o->short_name ? "" : "    ",
			o->short_name ? 28 : 24, tag, o->help);
	}
	fprintf(out, "  %-28s %s\n", "-h, --help", CLI_HELP_HELP);
}

void cli_dump_descriptors(FILE *out)
{
	for (const struct cli_cmd *const *c = cli_commands; *c; c++) {
		fprintf(out, "command\t%s\t%s\n", (*c)->name, (*c)->usage);
		for (const struct cli_opt *o = (*c)->opts; o->type != OPT_END; o++) {
			char tag[64];
			opt_tag(o, tag, sizeof(tag));
			fprintf(out, "option\t%s\t%s\t%s\n", (*c)->name, tag, o->help);
		}
		fprintf(out, "option\t%s\t%s\t%s\n", (*c)->name, "-h, --help", CLI_HELP_HELP);
	}
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

int cli_parse(const struct cli_cmd *c, void *const *dest, size_t ndest,
	      int argc, char **argv, int *nargs)
{
	const struct cli_opt *opts = c->opts;
	const char *cmd = c->name;
	int out = 0, only_operands = 0;
	size_t nopts = 0;

	while (opts[nopts].type != OPT_END)
		nopts++;
	if (nopts != ndest)
		abort(); /* a command's destinations do not match its descriptor */

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
			cli_help(stdout, c);
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
			*(int *)dest[o - opts] = 1;
			continue;
		}
		if (!val) {
			if (i + 1 >= argc) {
				cli_usage_error(cmd, "option '--%s' needs %s", o->name, o->arg);
				return -1;
			}
			val = argv[++i];
		}
		*(const char **)dest[o - opts] = val;
	}
	*nargs = out;
	return 0;
}
