#include "common/util.h"

#include <stdarg.h>
#include <string.h>
#include <time.h>

int error_set(struct sbuf *err, int code, const char *fmt, ...)
{
	va_list ap;
	if (!err)
		return code;
	sbuf_reset(err);
	va_start(ap, fmt);
	sbuf_vaddf(err, fmt, ap);
	va_end(ap);
	return code;
}

void util_now_iso8601(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len;
	unsigned cp;
	if (c >= 0x01 && c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	return len;
}

void sbuf_add_utf8_clean(struct sbuf *out, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;
	while (i < n) {
		size_t k = utf8_seq(p + i, n - i);
		if (k) {
			i += k;
			continue;
		}
		sbuf_add(out, s + run, i - run);
		sbuf_add(out, "\xef\xbf\xbd", 3);
		i++;
		run = i;
	}
	sbuf_add(out, s + run, n - run);
}

size_t util_non_text_bytes(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, bad = 0;
	while (i < n) {
		size_t k = utf8_seq(p + i, n - i);
		/* utf8_seq() refuses NUL; the other controls are one byte each. */
		if (!k || (p[i] < 0x20 && !memchr("\t\n\v\f\r\b\033", p[i], 7)) || p[i] == 0x7f) {
			bad++;
			i++;
			continue;
		}
		i += k;
	}
	return bad;
}

int util_utf16_bom(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	return n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff));
}

long util_parse_long(const char *s, size_t n)
{
	long v = 0;
	if (!n || n > 18)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

size_t util_utf16_units(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t units = 0;
	while (p < end) {
		unsigned c = *p;
		size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3
			   : (c & 0xf8) == 0xf0 ? 4 : 0;
		size_t k = 1;
		while (k < len && p + k < end && (p[k] & 0xc0) == 0x80)
			k++;
		if (len == 0 || k < len) { /* invalid or cut: one replacement per byte */
			units++;
			p++;
			continue;
		}
		units += len == 4 ? 2 : 1;
		p += len;
	}
	return units;
}
