#ifndef ESCVIZ_UTIL_H
#define ESCVIZ_UTIL_H
/*
 * Error codes shared by every module, and small helpers.
 *
 * Library functions return 0 on success or a negative ESCVIZ_E* code, and
 * put a complete human message ("FILE:LINE: what went wrong") into a
 * caller-owned struct sbuf *err.  Only cmd/ prints and exits.
 */
#include <stddef.h>

#include "common/sbuf.h"

enum escviz_error {
	ESCVIZ_OK = 0,
	ESCVIZ_ERROR = -1,     /* generic failure; see the message */
	ESCVIZ_EIO = -2,       /* reading or writing a file failed */
	ESCVIZ_EDB = -3,       /* the database failed or is unusable */
	ESCVIZ_ENOTFOUND = -4, /* a named build, function, ... does not exist */
	ESCVIZ_EUSAGE = -5,    /* the request itself is invalid */
	ESCVIZ_ENODIAG = -6,   /* the input holds no -m diagnostics */
	ESCVIZ_EINTR = -7,     /* interrupted by a signal */
};

/* Append "fmt" to err (which is reset first).  Returns code. */
int error_set(struct sbuf *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Current UTC time as "YYYY-MM-DDTHH:MM:SSZ" into out (at least 21 bytes). */
void util_now_iso8601(char out[32]);

/*
 * Append s[0..n) to out, replacing each byte sequence that is not valid
 * UTF-8 (and each NUL) by U+FFFD, so the result is safe to hand to a JSON
 * encoder.
 */
void sbuf_add_utf8_clean(struct sbuf *out, const char *s, size_t n);

/*
 * How many bytes of s[0..n) are not text: NUL and the other control
 * characters but tab, newline, vertical tab, form feed, carriage return,
 * backspace and escape (terminal colours), and each byte of a sequence that
 * is not valid UTF-8.
 */
size_t util_non_text_bytes(const char *s, size_t n);
/* Does s[0..n) start with a UTF-16 byte-order mark (FF FE or FE FF)? */
int util_utf16_bom(const char *s, size_t n);

/* Parse a decimal integer span; returns -1 when it is not one. */
long util_parse_long(const char *s, size_t n);
/*
 * UTF-16 code units of the UTF-8 text s[0..n): 2 for a 4-byte sequence,
 * 1 for a shorter one, 1 for each byte of an invalid one (as U+FFFD).
 * A byte column's UTF-16 column is 1 + util_utf16_units(line, col - 1).
 */
size_t util_utf16_units(const char *s, size_t n);

#endif
