/* Hot cutoffs of a build (cmd/cli_hot.h). */
#include "cmd/cli_hot.h"

#include <stdlib.h>
#include <string.h>

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
