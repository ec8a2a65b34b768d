/* Hot sites of a build's profiles (analysis/hot.h). */
#include "analysis/hot.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

int hot_threshold_parse(const char *spec, struct hot_threshold *t, struct sbuf *err)
{
	char *end = NULL;
	double pct;
	t->pct = 0;
	if (!spec || !*spec || !strcmp(spec, "auto"))
		return 0;
	pct = strtod(spec, &end);
	if (end && *end == '%')
		end++;
	if (end == spec || *end || !isfinite(pct) || pct <= 0 || pct > 100)
		return error_set(err, ESCVIZ_EUSAGE,
				 "--hot-threshold takes auto or a percentage above 0 and up to 100,"
				 " not '%s'", spec);
	t->pct = pct;
	return 0;
}

void hot_threshold_describe(const struct hot_threshold *t, struct sbuf *out)
{
	if (t->pct > 0)
		sbuf_addf(out, "%g%%", t->pct);
	else
		sbuf_addf(out, "auto: the sites that cover %g%%", HOT_AUTO_COVER * 100);
}

static int by_value_desc(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x < y) - (x > y);
}

int64_t hot_cutoff(int64_t *v, size_t n, int64_t total, const struct hot_threshold *t)
{
	int64_t sum = 0;
	double want;
	if (total <= 0)
		return 0;
	if (t->pct > 0) {
		double exact = (double)total * t->pct / 100.0;
		int64_t c = (int64_t)exact;
		c += (double)c < exact; /* rounded up */
		return c > 0 ? c : 1;
	}
	qsort(v, n, sizeof(*v), by_value_desc);
	want = (double)total * HOT_AUTO_COVER;
	for (size_t i = 0; i < n && v[i] > 0; i++) {
		sum += v[i];
		if ((double)sum >= want)
			return v[i];
	}
	/* The sites cover less than 99 % (the rest joined nothing): all are hot. */
	for (size_t i = n; i-- > 0;)
		if (v[i] > 0)
			return v[i];
	return 0;
}
