#include "common/sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

char sbuf_empty[1];

void sbuf_init(struct sbuf *sb)
{
	sb->buf = sbuf_empty;
	sb->len = 0;
	sb->cap = 0;
}

void sbuf_release(struct sbuf *sb)
{
	if (sb->cap)
		free(sb->buf);
	sbuf_init(sb);
}

void sbuf_grow_slow(struct sbuf *sb, size_t extra)
{
	size_t want = st_add(st_add(sb->len, extra), 1);
	size_t cap = sb->cap;
	if (want <= cap)
		return;
	if (cap < 64)
		cap = 64;
	while (cap < want)
		cap = st_mult(cap, 2);
	if (sb->cap) {
		sb->buf = xrealloc(sb->buf, cap);
	} else {
		sb->buf = xmalloc(cap);
		sb->buf[0] = '\0';
	}
	sb->cap = cap;
}

void sbuf_reset(struct sbuf *sb)
{
	sbuf_setlen(sb, 0);
}

void sbuf_setlen(struct sbuf *sb, size_t len)
{
	if (!sb->cap)
		return; /* only 0 is valid for the shared empty string */
	sb->len = len;
	sb->buf[len] = '\0';
}

void sbuf_addstr(struct sbuf *sb, const char *s)
{
	sbuf_add(sb, s, strlen(s));
}

void sbuf_vaddf(struct sbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n <= 0)
		return;
	sbuf_grow(sb, (size_t)n);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

void sbuf_addf(struct sbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

char *sbuf_detach(struct sbuf *sb, size_t *len_out)
{
	char *r;
	if (len_out)
		*len_out = sb->len;
	r = sb->cap ? sb->buf : xstrdup("");
	sbuf_init(sb);
	return r;
}

void sbuf_add_bytes(struct sbuf *sb, int64_t bytes)
{
	static const char *const unit[] = { "kB", "MB", "GB", "TB" };
	double v = (double)bytes;
	int u = -1;
	if (bytes < 1000 && bytes > -1000) {
		sbuf_addf(sb, "%lld B", (long long)bytes);
		return;
	}
	while (u < 3 && (v >= 999.95 || v <= -999.95)) {
		v /= 1000;
		u++;
	}
	sbuf_addf(sb, "%.1f %s", v, unit[u]);
}

void sbuf_add_nanos(struct sbuf *sb, int64_t ns)
{
	if (ns >= 1000000000 || ns <= -1000000000)
		sbuf_addf(sb, "%.2f s", (double)ns / 1e9);
	else if (ns >= 1000000 || ns <= -1000000)
		sbuf_addf(sb, "%.0f ms", (double)ns / 1e6);
	else if (ns >= 1000 || ns <= -1000)
		sbuf_addf(sb, "%.0f us", (double)ns / 1e3);
	else
		sbuf_addf(sb, "%lld ns", (long long)ns);
}
