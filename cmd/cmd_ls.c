/* escviz ls: the events of one build, filtered, one per row. */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cmd/cli.h"
#include "cmd/cli_causes.h"
#include "cmd/cli_hot.h"
#include "common/util.h"
#include "common/xalloc.h"
#include "render/render_explain.h"
#include "store/store.h"
#include "store/store_explain.h"

#define USAGE                                                                  \
	"[--db PATH] [--build ID|LABEL] [--pkg P] [--func F] [--file F] [--kind K]" \
	" [--cause C] [--sort position|bytes|objects|cpu] [--format text|json|csv|tsv]"

int cli_term_width(FILE *f)
{
	struct winsize ws;
	if (!isatty(fileno(f)))
		return 0;
	if (ioctl(fileno(f), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* Kind groups a person types, besides the kinds themselves. */
static const struct {
	const char *name;
	const char *kinds[4];
} groups[] = {
	{ "heap", { "heap_escape", "moved_to_heap", NULL } },
	{ "leaks", { "leaking_param", "leaking_param_content", "leaking_param_result", NULL } },
};

/* "heap,does_not_escape" -> NULL-terminated kinds in out (room for 32). */
static int parse_kinds(const char *spec, const char **out)
{
	size_t n = 0;
	for (const char *p = spec; *p;) {
		size_t len = strcspn(p, ",");
		int found = 0;
		for (size_t g = 0; g < sizeof(groups) / sizeof(groups[0]); g++)
			if (strlen(groups[g].name) == len && !strncmp(p, groups[g].name, len))
				for (size_t k = 0; groups[g].kinds[k] && n < 31; k++, found = 1)
					out[n++] = groups[g].kinds[k];
		for (size_t k = 0; model_event_kinds[k] && !found; k++)
			if (strlen(model_event_kinds[k]) == len && !strncmp(p, model_event_kinds[k], len)) {
				if (n < 31)
					out[n++] = model_event_kinds[k];
				found = 1;
			}
		if (!found)
			return -1;
		p += len + (p[len] == ',');
	}
	out[n] = NULL;
	return n ? 0 : -1;
}

static int kinds_error(const char *spec)
{
	struct sbuf b = SBUF_INIT;
	for (size_t k = 0; model_event_kinds[k]; k++)
		sbuf_addf(&b, "%s, ", model_event_kinds[k]);
	sbuf_addstr(&b, "heap, leaks");
	cli_usage_error("ls", "unknown kind '%s' (one or more of %s, comma-separated)", spec,
			b.buf);
	sbuf_release(&b);
	return EXIT_USAGE;
}

/* "composite,address": c's causes, its primary first. */
static char *causes_text(const struct cli_cause *c)
{
	struct sbuf b = SBUF_INIT;
	enum cause all[CAUSE__COUNT];
	size_t n = cause_order((enum cause)c->primary, c->causes, all);
	for (size_t i = 0; i < n; i++)
		sbuf_addf(&b, "%s%s", i ? "," : "", cause_name(all[i]));
	return sbuf_detach(&b, NULL);
}

/* Each row's cause; with cause >= 0, only the rows whose primary it is. */
static void add_causes(const struct cli_causes *cs, struct event_row *v, size_t *n, int cause)
{
	size_t keep = 0;
	for (size_t r = 0; r < *n; r++) {
		const struct cli_cause *c = cli_causes_find(cs, v[r].id);
		if (c) {
			v[r].cause = cause_name((enum cause)c->primary);
			v[r].causes = causes_text(c);
			v[r].cause_inferred = c->inferred;
			v[r].callee = c->callee ? xstrdup(c->callee) : NULL;
		}
		if (cause >= 0 && (!c || c->primary != cause)) {
			event_row_release(&v[r]);
			continue;
		}
		if (keep != r)
			v[keep] = v[r];
		keep++;
	}
	*n = keep;
}

static int run(const char *db, const char *build, const char *func, const char *sort,
	       int cause, struct event_filter *f, enum render_format fmt)
{
	struct cli_causes cs = { 0 };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct event_row *v = NULL;
	int64_t id = 0, *ids = NULL;
	size_t n = 0, nids = 0;
	struct render_table_opts o = { cli_color(stdout), cli_term_width(stdout) };
	int rc;

	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, &err)) < 0 ||
	    (rc = store_resolve_build(s, build, &id, &err)) < 0 ||
	    (rc = cli_need_profile(s, id, sort, &err)) < 0)
		goto out;
	if (func && (rc = store_func_resolve(s, id, func, &ids, &nids, &err)) < 0)
		goto out;
	f->funcs = ids;
	f->n_funcs = nids;
	if ((rc = store_events(s, id, f, &v, &n, &err)) < 0 ||
	    (rc = cli_causes_load(s, id, &cs, &err)) < 0)
		goto out;
	add_causes(&cs, v, &n, cause);
	if (!n && fmt == FMT_TEXT)
		printf("no events matched in build %lld\n", (long long)id);
	else
		rc = render_events(stdout, v, n, fmt, &o);
out:
	if (rc < 0)
		cli_error("%s", err.len ? err.buf : "cannot write the output");
	store_events_free(v, n);
	cli_causes_release(&cs);
	free(ids);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}

static const struct cli_opt ls_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "pkg", 'p', "P", "only this package: its import path, or its last elements" },
	{ OPT_STRING, "func", 0, "F", "only events attributed to function F, named as for why" },
	{ OPT_STRING, "file", 0, "F", "only this file (a path suffix: x.go matches ./pkg/x.go)" },
	{ OPT_STRING, "kind", 'k', "K", "only these kinds, comma-separated" },
	{ OPT_STRING, "cause", 'c', "C", "only escapes, moves and leaks whose primary cause is C: address, closure, goroutine, interface, composite, size, callee or other (docs/causes.md)" },
	{ OPT_STRING, "sort", 's', "KEY", "order: position (default), or by the build's profiles: bytes, objects (heap), cpu (the function's cumulative time)" },
	{ OPT_STRING, "format", 'f', "FMT", "output format: text, json, csv or tsv" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_ls = {
	"ls",
	"List the escape-analysis events of a build, filtered.",
	USAGE,
	ls_opts,
	cmd_ls,
};

int cmd_ls(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *pkg = NULL, *func = NULL, *file = NULL;
	const char *kind = NULL, *format = "text", *kinds[32], *sort = "position", *cause = NULL;
	void *const dest[] = { &db, &build, &pkg, &func, &file, &kind, &cause, &sort, &format };
	int c = -1;
	struct event_filter f = { 0 };
	enum render_format fmt;
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_ls, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs)
		return cli_usage_error("ls", "unexpected argument '%s'", argv[0]);
	if (render_format_parse(format, 0xf, &fmt) < 0)
		return cli_usage_error("ls", "unknown format '%s' (text, json, csv or tsv)", format);
	if (kind && parse_kinds(kind, kinds) < 0)
		return kinds_error(kind);
	if (cause && (c = cli_cause_option("ls", cause)) < 0)
		return EXIT_USAGE;
	f.pkg = pkg;
	f.file = file;
	f.kinds = kind ? kinds : NULL;
	if (!strcmp(sort, "bytes"))
		f.sort = EVENT_SORT_BYTES;
	else if (!strcmp(sort, "objects"))
		f.sort = EVENT_SORT_OBJECTS;
	else if (!strcmp(sort, "cpu"))
		f.sort = EVENT_SORT_CPU;
	else if (strcmp(sort, "position"))
		return cli_usage_error("ls", "unknown sort key '%s' (position, bytes, objects or cpu)",
				       sort);
	return run(db, build, func, sort, c, &f, fmt);
}
