/*
 * Fuzz target: the pprof decoder (parser/pprof.c) and the file layer in
 * front of it (feed/profile.c: gzip, text detection), on bytes in memory.
 *
 * Input starting with the gzip magic goes through feed_profile_parse with a
 * small gunzip limit (1 MiB) so that a gzip bomb is a "too large" error,
 * not an out-of-memory; anything else is given to pprof_decode directly
 * and, to cover the text detection too, to feed_profile_parse.  A decoded
 * profile is walked whole: every id lookup, every string, every value, as
 * the join will.
 */
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "feed/profile.h"
#include "parser/pprof.h"

#include "tests/fuzz/fuzz_common.h"

static void walk(const struct pprof_profile *p)
{
	volatile int64_t sum = 0;

	if (!p->nstrings || p->strings[0][0])
		abort(); /* the decoder promises strings[0] == "" */
	for (size_t i = 0; i < p->nstrings; i++)
		fuzz_touch(p->strings[i], strlen(p->strings[i]) + 1);
	for (size_t i = 0; i < p->nsample_types; i++)
		sum += (int64_t)strlen(pprof_str(p, p->sample_types[i].type)) +
		       (int64_t)strlen(pprof_str(p, p->sample_types[i].unit));
	for (size_t i = 0; i < p->nsamples; i++) {
		const struct pprof_sample *s = &p->samples[i];
		if (s->nvalues != p->nsample_types)
			abort();
		for (size_t v = 0; v < s->nvalues; v++)
			sum += s->values[v];
		for (size_t l = 0; l < s->nlocations; l++) {
			const struct pprof_location *loc = pprof_location(p, s->location_ids[l]);
			if (!loc)
				abort(); /* validated: every sample location exists */
			for (size_t k = 0; k < loc->nlines; k++) {
				const struct pprof_function *fn =
					pprof_function(p, loc->lines[k].function_id);
				if (!fn && loc->lines[k].function_id)
					abort();
				if (fn)
					sum += (int64_t)strlen(pprof_str(p, fn->name)) +
					       (int64_t)strlen(pprof_str(p, fn->filename)) +
					       loc->lines[k].line;
			}
		}
	}
	for (size_t i = 1; i < p->nlocations; i++)
		if (p->locations[i - 1].id >= p->locations[i].id)
			abort(); /* sorted, unique */
	for (size_t i = 1; i < p->nfunctions; i++)
		if (p->functions[i - 1].id >= p->functions[i].id)
			abort();
	(void)sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pprof_profile p;
	struct sbuf err = SBUF_INIT;

	if (!(size >= 2 && data[0] == 0x1f && data[1] == 0x8b)) {
		if (pprof_decode(data, size, &p, &err) == 0) {
			walk(&p);
			pprof_release(&p);
		} else if (!err.len) {
			abort(); /* every error says why */
		}
		sbuf_reset(&err);
	}
	if (feed_profile_parse("fuzz", data, size, 1 << 20, &p, &err) == 0) {
		walk(&p);
		pprof_release(&p);
	} else if (!err.len) {
		abort();
	}
	sbuf_release(&err);
	return 0;
}
