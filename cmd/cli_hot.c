/* Hot cutoffs of a build (cmd/cli_hot.h). */
#include "cmd/cli_hot.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

int cli_need_profile(struct store *s, int64_t build, const char *key, struct sbuf *err)
{
	const char *kind = !strcmp(key, "cpu") ? "cpu"
			   : !strcmp(key, "bytes") || !strcmp(key, "objects") ? "heap"
									     : NULL;
	int64_t n = 0;
	int rc;
	if (!kind)
		return 0;
	if ((rc = store_profile_count(s, build, kind, &n, err)) < 0 || n > 0)
		return rc;
	return error_set(err, ESCVIZ_ENOTFOUND,
			 "build %lld has no %s profile to sort by %s: attach one with"
			 " 'escviz profile --build %lld FILE' (go test -%s)",
			 (long long)build, kind, key, (long long)build,
			 strcmp(kind, "cpu") ? "memprofile" : "cpuprofile");
}

int cli_hot_cutoffs(struct store *s, int64_t build, const struct hot_threshold *t,
		    struct hot_cutoffs *out, struct sbuf *err)
{
	static const char *const kinds[] = { "heap", "cpu" };
	memset(out, 0, sizeof(*out));
	for (int k = 0; k < 2; k++) {
		int64_t *v = NULL, total = 0, nprof = 0;
		size_t n = 0;
		int rc = store_profile_values(s, build, kinds[k], &v, &n, &total, &nprof, err);
		if (rc < 0)
			return rc;
		if (k == 0) {
			out->has_heap = nprof > 0;
			out->total_bytes = total;
			out->bytes = hot_cutoff(v, n, total, t);
		} else {
			out->has_cpu = nprof > 0;
			out->total_cpu = total;
			out->cpu = hot_cutoff(v, n, total, t);
		}
		free(v);
	}
	return 0;
}
