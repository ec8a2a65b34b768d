/* FILE:LINE:COL (pos.h). */
#include "common/pos.h"

void pos_format(struct sbuf *out, const char *file, int64_t line, int64_t col, const char *none)
{
	if (!file || (!*file && line <= 0)) {
		if (none)
			sbuf_addstr(out, none);
		return;
	}
	sbuf_addstr(out, file);
	if (line > 0) {
		sbuf_addf(out, ":%lld", (long long)line);
		if (col > 0)
			sbuf_addf(out, ":%lld", (long long)col);
	}
}
