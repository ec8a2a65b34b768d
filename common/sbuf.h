#ifndef ESCVIZ_SBUF_H
#define ESCVIZ_SBUF_H
/*
 * struct sbuf: a growable byte buffer (after git's strbuf).
 *
 * Invariants:
 *  - buf is never NULL: SBUF_INIT points it at a shared empty string, so a
 *    fresh buffer can be printed or compared without checks;
 *  - buf[len] is always '\0' (the buffer may also hold NUL bytes before it);
 *  - len and cap are changed only through this API.
 *
 * Ownership: the buffer owns buf.  sbuf_detach() hands it to the caller,
 * sbuf_cstr() only lends it until the next call that changes the buffer.
 * sbuf_release() frees it and leaves an empty, reusable buffer; it is safe
 * on SBUF_INIT and on an already released buffer.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct sbuf {
	char *buf;  /* never NULL, NUL-terminated */
	size_t len; /* bytes used, excluding the terminating NUL */
	size_t cap; /* bytes allocated; 0 while buf is the shared empty string */
};

extern char sbuf_empty[];
#define SBUF_INIT { sbuf_empty, 0, 0 }

void sbuf_init(struct sbuf *sb);
void sbuf_release(struct sbuf *sb);
/* sbuf_grow() when the room is not there: allocates. */
void sbuf_grow_slow(struct sbuf *sb, size_t extra);
/* Make room for at least extra more bytes (plus the NUL). */
static inline void sbuf_grow(struct sbuf *sb, size_t extra)
{
	/* cap is 0 for the shared empty string, else at least len + 1 */
	if (extra >= sb->cap - sb->len)
		sbuf_grow_slow(sb, extra);
}
void sbuf_reset(struct sbuf *sb);
void sbuf_setlen(struct sbuf *sb, size_t len);
/* The appends are inline: the parser and the stores call them per byte or field. */
static inline void sbuf_add(struct sbuf *sb, const void *data, size_t n)
{
	if (!n)
		return;
	sbuf_grow(sb, n);
	__builtin_memcpy(sb->buf + sb->len, data, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}
void sbuf_addstr(struct sbuf *sb, const char *s);
static inline void sbuf_addch(struct sbuf *sb, int c)
{
	sbuf_grow(sb, 1);
	sb->buf[sb->len++] = (char)c;
	sb->buf[sb->len] = '\0';
}
void sbuf_addf(struct sbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sbuf_vaddf(struct sbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* A quantity for people: bytes in decimal units ("512 B", "20.5 MB"), as
 * escviz profile's summary prints them; nanoseconds as "850 us", "70 ms",
 * "1.46 s". */
void sbuf_add_bytes(struct sbuf *sb, int64_t bytes);
void sbuf_add_nanos(struct sbuf *sb, int64_t ns);
/* Take the bytes: the caller frees them; sb is left empty. */
char *sbuf_detach(struct sbuf *sb, size_t *len_out);
static inline const char *sbuf_cstr(const struct sbuf *sb)
{
	return sb->buf;
}

#endif
