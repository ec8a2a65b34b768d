/* escviz profile: attach pprof profiles to a build and join them to its verdicts. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/profile_join.h"
#include "cmd/cli.h"
#include "common/util.h"
#include "feed/profile.h"
#include "model/profile.h"
#include "store/store.h"

#define USAGE "[--db PATH] [--build ID|LABEL] [--label NAME] FILE ..."

static const struct cli_opt profile_opts[] = {
	CLI_OPT_DB,
	CLI_OPT_BUILD,
	{ OPT_STRING, "label", 'l', "NAME", "label the profile (one FILE; default: the file name)" },
	CLI_OPT_END,
};

const struct cli_cmd cli_cmd_profile = {
	"profile",
	"Attach pprof heap or CPU profiles to a build and join them to its escapes.",
	USAGE,
	profile_opts,
	cmd_profile,
};

static double pct(int64_t part, int64_t whole)
{
	return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

/* The summary of one stored profile, on stderr. */
static void summary(const char *path, int64_t id, const struct prof_result *r)
{
	if (r->kind == PROF_HEAP) {
		size_t joined = 0;
		const struct prof_site *top = NULL; /* the largest site joined to nothing */
		for (size_t i = 0; i < r->nsites; i++) {
			const struct prof_site *site = &r->sites[i];
			joined += site->event_id != 0;
			if (!site->event_id && (!top || site->bytes > top->bytes))
				top = site;
		}
		cli_note("%s: profile %" PRId64 " (heap): %.1f MB in %" PRId64 " objects at %zu sites;"
			 " %.1f%% of the bytes joined to %zu escape verdicts, %.1f%% to none",
			 path, id, (double)r->total_bytes / 1e6, r->total_objects, r->nsites,
			 pct(r->matched_bytes, r->total_bytes), joined,
			 100.0 - pct(r->matched_bytes, r->total_bytes));
		if (top && top->bytes > 0) {
			const char *slash = strrchr(top->file, '/');
			cli_note("%s: the largest site joined to no verdict: %s at %s:%ld, %.1f%% (code"
				 " outside the log, or a verdict the log lacks)", path, top->function,
				 slash ? slash + 1 : top->file, top->line, pct(top->bytes, r->total_bytes));
		}
	} else {
		size_t joined = 0;
		for (size_t i = 0; i < r->nfuncs; i++)
			joined += r->funcs[i].function_id != 0;
		cli_note("%s: profile %" PRId64 " (cpu): %.2f s of samples in %zu functions,"
			 " %zu of them functions of the build", path, id, (double)r->total_cpu / 1e9,
			 r->nfuncs, joined);
	}
}

static int one(struct store *s, int64_t build, const char *label, const char *path,
	       const struct prof_target *t, size_t nt, const struct prof_func_target *f, size_t nf,
	       struct sbuf *err)
{
	struct pprof_profile p;
	struct prof_result r;
	int64_t id;
	int rc;
	const char *slash = strrchr(path, '/');

	memset(&p, 0, sizeof(p));
	memset(&r, 0, sizeof(r));
	if ((rc = feed_profile_read(path, &p, err)) < 0)
		return rc == ESCVIZ_EIO ? ESCVIZ_EUSAGE : rc; /* a file that cannot be read: exit 2 */
	if ((rc = prof_join(&p, t, nt, f, nf, &r, err)) < 0) {
		struct sbuf m = SBUF_INIT;
		sbuf_addf(&m, "%s: %s", path, err->buf);
		error_set(err, rc, "%s", m.buf);
		sbuf_release(&m);
	} else if ((rc = store_profile_add(s, build, label ? label : slash ? slash + 1 : path, path,
					   &r, &id, err)) == 0) {
		summary(path, id, &r);
	}
	prof_result_release(&r);
	pprof_release(&p);
	return rc;
}

int cmd_profile(int argc, char **argv)
{
	const char *db = NULL, *build = NULL, *label = NULL;
	void *const dest[] = { &db, &build, &label };
	struct sbuf err = SBUF_INIT;
	struct store *s = NULL;
	struct prof_target *t = NULL;
	struct prof_func_target *f = NULL;
	size_t nt = 0, nf = 0;
	int64_t id = 0;
	int nargs, rc;

	if ((rc = cli_parse(&cli_cmd_profile, dest, CLI_NDEST(dest), argc, argv, &nargs)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (!nargs)
		return cli_usage_error("profile", "no profile given (go test -memprofile, -cpuprofile,"
				       " runtime/pprof)");
	if ((rc = store_open(&s, cli_db_path(db), 0, &err)) == 0 &&
	    (rc = store_resolve_build(s, build, &id, &err)) == 0 &&
	    (rc = store_profile_targets(s, id, &t, &nt, &f, &nf, &err)) == 0)
		for (int i = 0; i < nargs && rc == 0; i++)
			rc = one(s, id, nargs == 1 ? label : NULL, argv[i], t, nt, f, nf, &err);
	if (rc < 0)
		cli_error("profile: %s", err.buf);
	store_profile_targets_free(t, nt, f, nf);
	store_close(s);
	sbuf_release(&err);
	return cli_exit_for(rc);
}
