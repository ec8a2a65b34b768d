/* escviz graph: the flow diagram of one function. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cli.h"
#include "common/util.h"
#include "render/render_graph.h"
#include "store/store.h"
#include "store/store_explain.h"
#include "store/store_graph.h"

#define GRAPH_USAGE                                                            \
	"[--db PATH] [--build ID|LABEL] [-T svg|png|pdf|dot] [-o FILE] [--max-nodes N] FUNC"

/* Write the diagram to path ("-" or NULL: stdout). */
static int write_out(const char *path, const struct sbuf *data, struct sbuf *err)
{
	FILE *f = !path || !strcmp(path, "-") ? stdout : fopen(path, "wb");
	int bad;
	if (!f)
		return error_set(err, ESCVIZ_EIO, "%s: cannot create: %m", path);
	bad = fwrite(data->buf, 1, data->len, f) != data->len;
	bad |= f == stdout ? fflush(f) != 0 : fclose(f) != 0;
	return bad ? error_set(err, ESCVIZ_EIO, "%s: cannot write: %m", path ? path : "stdout") : 0;
}

static int draw(const char *db, const char *build, const char *func, const char *format,
		const struct graph_opts *go, const char *path, struct sbuf *err)
{
	struct store *s = NULL;
	struct graph_loader *ld = NULL;
	struct graph_renderer *r = NULL;
	struct mfunc g = { 0 };
	struct sbuf data = SBUF_INIT;
	struct graph_opts o = *go;
	struct build_info info = { 0 };
	struct sig_table sigs;
	int64_t bid = 0, *fids = NULL;
	size_t nf = 0;
	int rc;

	sig_table_init(&sigs);

	if ((rc = store_open(&s, cli_db_path(db), STORE_READONLY, err)) < 0 ||
	    (rc = store_resolve_build(s, build, &bid, err)) < 0 ||
	    (rc = store_func_resolve(s, bid, func, &fids, &nf, err)) < 0 ||
	    (rc = store_build_info(s, bid, &info, err)) < 0 ||
	    (rc = store_sig_table(s, bid, &sigs, err)) < 0 ||
	    (rc = store_graph_loader_few(s, bid, &ld, err)) < 0 ||
	    (rc = store_graph_load(ld, fids[0], GRAPH_LOAD_UNLINKED, &g, err)) < 0 ||
	    (rc = render_graph_new(&r, err)) < 0)
		goto out;
	o.go_version = info.go_version;
	o.sigs = &sigs;
	if ((rc = render_graph(r, &g, &o, format, &data, NULL, err)) < 0)
		goto out;
	rc = write_out(path, &data, err);
out:
	sbuf_release(&data);
	render_graph_free(r);
	mfunc_release(&g);
	store_graph_loader_free(ld);
	sig_table_release(&sigs);
	build_info_release(&info);
	free(fids);
	store_close(s);
	return rc;
}

static const struct cli_opt graph_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "format", 'T', "FMT",
	  "svg, png, pdf or dot (default: from -o's suffix, else svg)" },
	{ OPT_STRING, "output", 'o', "FILE", "write to FILE instead of standard output" },
	{ OPT_STRING, "max-nodes", 0, "N",
	  "draw at most N nodes, the most relevant; 0 = all (default 60)" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_graph = {
	"graph",
	"Draw one function's value flows as a Graphviz diagram (SVG, PNG, PDF, DOT).",
	GRAPH_USAGE,
	graph_opts,
	cmd_graph,
};

int cmd_graph(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *format = NULL, *path = NULL, *max = "60";
	void *const dest[] = { &db, &build, &format, &path, &max };
	struct sbuf err = SBUF_INIT;
	struct graph_opts go = { 0 };
	const char *dot;
	long n;
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_graph, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (nargs != 1)
		return cli_usage_error("graph", nargs ? "give one function, not %d" :
				       "which function? (give its name)%.0d", nargs);
	if ((n = util_parse_long(max, strlen(max))) < 0)
		return cli_usage_error("graph", "--max-nodes takes a whole number, not '%s'", max);
	go.max_nodes = (size_t)n;
	dot = path ? strrchr(path, '.') : NULL;
	if (!format)
		format = dot && (!strcmp(dot, ".png") || !strcmp(dot, ".pdf") ||
				 !strcmp(dot, ".dot")) ? dot + 1 : "svg";
	if (strcmp(format, "svg") && strcmp(format, "png") && strcmp(format, "pdf") &&
	    strcmp(format, "dot"))
		return cli_usage_error("graph", "unknown format '%s' (svg, png, pdf or dot)", format);
	rc = draw(db, build, argv[0], format, &go, path, &err);
	if (rc < 0)
		cli_error("%s", err.buf);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
