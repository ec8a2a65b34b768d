#ifndef ESCVIZ_ANALYSIS_HOT_H
#define ESCVIZ_ANALYSIS_HOT_H
/*
 * What is hot in a build's profiles (no SQL, no I/O), like clang's
 * -fdiagnostics-hotness-threshold:
 *
 *   PCT    a site is hot when it has at least PCT % of the profile's total
 *          (bytes allocated for heap profiles, CPU time for CPU profiles);
 *   auto   the hot sites are the smallest set that covers 99 % of the
 *          total: sort the sites by their value, largest first, and take
 *          them until they add up to 99 %; the smallest of them is the
 *          cutoff (ties with it are hot too).
 *
 * "Sites" are the allocating file:line sites of the heap profiles and the
 * functions' flat time of the CPU profiles; the same cutoff then judges
 * anything measured in that unit (an escape's bytes, a function's or a
 * call site's cumulative time).
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

struct hot_threshold {
	double pct; /* 0 < pct <= 100; 0 means auto */
};

/* The share auto covers. */
#define HOT_AUTO_COVER 0.99

/* Parse "auto" or a percentage ("5", "0.5", "5%"); NULL or "" is auto. */
int hot_threshold_parse(const char *spec, struct hot_threshold *t, struct sbuf *err);

/* "auto" or "5%" (for messages). */
void hot_threshold_describe(const struct hot_threshold *t, struct sbuf *out);

/*
 * The least value that is hot, among the n site values v (reordered here)
 * whose profile totals total (which may exceed their sum: sites that
 * joined nothing).  0 when nothing can be hot (no profile, total 0).
 */
int64_t hot_cutoff(int64_t *v, size_t n, int64_t total, const struct hot_threshold *t);

/* A build's cutoffs: bytes for heap profiles, nanoseconds for CPU ones. */
struct hot_cutoffs {
	int64_t bytes, cpu;             /* 0: no such profile, nothing is hot */
	int64_t total_bytes, total_cpu; /* the profiles' totals */
	int has_heap, has_cpu;          /* the build has such a profile */
};

/* value is hot under cutoff (0: nothing is). */
static inline int hot_is(int64_t value, int64_t cutoff)
{
	return cutoff > 0 && value >= cutoff;
}

#endif
