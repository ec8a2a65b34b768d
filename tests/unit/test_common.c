/*
 * common:: -- sbuf, strmap, linereader and sbuf_add_utf8_clean.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "common/linereader.h"
#include "common/sbuf.h"
#include "common/strmap.h"
#include "common/util.h"

/* ---- sbuf ------------------------------------------------------------ */

static void assert_sbuf_ok(const struct sbuf *sb)
{
	assert_non_null(sb->buf);
	assert_int_equal(sb->buf[sb->len], '\0');
	if (sb->cap)
		assert_true(sb->len < sb->cap);
	else
		assert_int_equal(sb->len, 0);
}

static void sbuf_init_invariants(void **state)
{
	struct sbuf a = SBUF_INIT, b;
	(void)state;

	assert_sbuf_ok(&a);
	assert_string_equal(sbuf_cstr(&a), "");
	assert_int_equal(a.cap, 0);
	sbuf_init(&b);
	assert_ptr_equal(a.buf, b.buf); /* the shared empty string */
	sbuf_release(&a);               /* safe on SBUF_INIT */
	sbuf_release(&a);               /* and twice */
	assert_sbuf_ok(&a);
	sbuf_reset(&a);
	sbuf_setlen(&a, 0);
	assert_sbuf_ok(&a);
	assert_int_equal(sbuf_empty[0], '\0');
}

static void sbuf_add_and_nul(void **state)
{
	struct sbuf sb = SBUF_INIT;
	(void)state;

	sbuf_addstr(&sb, "flow: ");
	sbuf_addch(&sb, '{');
	sbuf_add(&sb, "heap}", 5);
	sbuf_add(&sb, "ignored", 0);
	assert_sbuf_ok(&sb);
	assert_string_equal(sb.buf, "flow: {heap}");
	assert_int_equal(sb.len, 12);
	/* Embedded NUL bytes are kept; buf[len] is still a NUL. */
	sbuf_add(&sb, "a\0b", 3);
	assert_int_equal(sb.len, 15);
	assert_memory_equal(sb.buf + 12, "a\0b", 3);
	assert_sbuf_ok(&sb);
	sbuf_setlen(&sb, 5);
	assert_string_equal(sb.buf, "flow:");
	sbuf_reset(&sb);
	assert_int_equal(sb.len, 0);
	assert_sbuf_ok(&sb);
	assert_true(sb.cap > 0); /* reset keeps the allocation */
	/* Growth across many reallocations keeps the content. */
	for (int i = 0; i < 10000; i++)
		sbuf_addch(&sb, 'a' + i % 26);
	assert_int_equal(sb.len, 10000);
	assert_sbuf_ok(&sb);
	for (int i = 0; i < 10000; i++)
		assert_int_equal(sb.buf[i], 'a' + i % 26);
	sbuf_grow(&sb, 100000);
	assert_true(sb.cap >= sb.len + 100000 + 1);
	assert_int_equal(sb.len, 10000);
	sbuf_release(&sb);
	assert_int_equal(sb.len, 0);
	assert_int_equal(sb.cap, 0);
	assert_sbuf_ok(&sb);
}

static void sbuf_addf_formats(void **state)
{
	struct sbuf sb = SBUF_INIT;
	char big[300];
	(void)state;

	sbuf_addf(&sb, "%s:%d:%d: ", "./main.go", 21, 2);
	sbuf_addf(&sb, "%s", "moved to heap: x");
	assert_string_equal(sb.buf, "./main.go:21:2: moved to heap: x");
	sbuf_addf(&sb, "%s", ""); /* nothing added */
	assert_int_equal(sb.len, strlen("./main.go:21:2: moved to heap: x"));
	sbuf_reset(&sb);
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = 0;
	sbuf_addf(&sb, "<%s|%5d>", big, 42);
	assert_int_equal(sb.len, 299 + 8);
	assert_int_equal(sb.buf[0], '<');
	assert_string_equal(sb.buf + 300, "|   42>");
	assert_sbuf_ok(&sb);
	/* error_set resets and formats, returning the code. */
	assert_int_equal(error_set(&sb, ESCVIZ_EDB, "%s: bad", "x.db"), ESCVIZ_EDB);
	assert_string_equal(sb.buf, "x.db: bad");
	assert_int_equal(error_set(NULL, ESCVIZ_EIO, "ignored"), ESCVIZ_EIO);
	sbuf_release(&sb);
}

static void sbuf_detach_ownership(void **state)
{
	struct sbuf sb = SBUF_INIT;
	size_t len = 99;
	char *s;
	(void)state;

	sbuf_addstr(&sb, "leaking param: p");
	s = sbuf_detach(&sb, &len);
	assert_string_equal(s, "leaking param: p");
	assert_int_equal(len, 16);
	/* sb is empty and reusable; s is ours. */
	assert_ptr_equal(sb.buf, sbuf_empty);
	assert_int_equal(sb.len, 0);
	assert_int_equal(sb.cap, 0);
	sbuf_addstr(&sb, "again");
	assert_string_equal(sb.buf, "again");
	assert_ptr_not_equal(sb.buf, s);
	free(s);
	sbuf_release(&sb);
	/* Detaching an empty buffer gives a freeable "" (never sbuf_empty). */
	s = sbuf_detach(&sb, NULL);
	assert_non_null(s);
	assert_ptr_not_equal(s, sbuf_empty);
	assert_string_equal(s, "");
	free(s);
	assert_sbuf_ok(&sb);
}

/* ---- strmap --------------------------------------------------------- */

static void strmap_put_get(void **state)
{
	struct strmap m = STRMAP_INIT;
	int64_t v = -1;
	char key[32];
	(void)state;

	assert_int_equal(strmap_get(&m, "x", 1, &v), 0); /* empty map */
	strmap_release(&m);                              /* safe on INIT */
	strcpy(key, "./main.go");
	strmap_put(&m, key, strlen(key), 7);
	memset(key, 'Z', sizeof(key)); /* the map holds its own copy */
	assert_int_equal(strmap_get(&m, "./main.go", 9, &v), 1);
	assert_int_equal(v, 7);
	assert_int_equal(strmap_get(&m, "./main.g", 8, &v), 0);
	assert_int_equal(strmap_get(&m, "./main.goo", 10, &v), 0);
	strmap_put(&m, "./main.go", 9, 8); /* overwrite */
	assert_int_equal(m.count, 1);
	assert_int_equal(strmap_get(&m, "./main.go", 9, &v), 1);
	assert_int_equal(v, 8);
	/* The empty key is a key. */
	assert_int_equal(strmap_get(&m, "", 0, &v), 0);
	strmap_put(&m, "", 0, -5);
	assert_int_equal(strmap_get(&m, "", 0, &v), 1);
	assert_int_equal(v, -5);
	assert_int_equal(m.count, 2);
	strmap_release(&m);
	assert_int_equal(m.count, 0);
	assert_int_equal(strmap_get(&m, "./main.go", 9, &v), 0);
}

static void strmap_nul_keys(void **state)
{
	struct strmap m = STRMAP_INIT;
	int64_t v = 0;
	(void)state;

	/* Package keys are "path\0variant": NUL inside the key. */
	strmap_put(&m, "a\0b", 3, 1);
	strmap_put(&m, "a\0c", 3, 2);
	strmap_put(&m, "a", 1, 3);
	strmap_put(&m, "a\0", 2, 4);
	assert_int_equal(m.count, 4);
	assert_int_equal(strmap_get(&m, "a\0b", 3, &v), 1);
	assert_int_equal(v, 1);
	assert_int_equal(strmap_get(&m, "a\0c", 3, &v), 1);
	assert_int_equal(v, 2);
	assert_int_equal(strmap_get(&m, "a", 1, &v), 1);
	assert_int_equal(v, 3);
	assert_int_equal(strmap_get(&m, "a\0", 2, &v), 1);
	assert_int_equal(v, 4);
	assert_int_equal(strmap_get(&m, "a\0d", 3, &v), 0);
	strmap_release(&m);
}

static void strmap_growth_and_clear(void **state)
{
	struct strmap m = STRMAP_INIT;
	char key[64];
	int64_t v;
	size_t cap;
	(void)state;

	for (int i = 0; i < 20000; i++) {
		int n = snprintf(key, sizeof(key), "pkg/%d/func%d", i % 97, i);
		strmap_put(&m, key, (size_t)n, i);
	}
	assert_int_equal(m.count, 20000);
	assert_true(m.cap > 20000);
	assert_int_equal(m.cap & (m.cap - 1), 0); /* a power of two */
	for (int i = 0; i < 20000; i++) {
		int n = snprintf(key, sizeof(key), "pkg/%d/func%d", i % 97, i);
		assert_int_equal(strmap_get(&m, key, (size_t)n, &v), 1);
		assert_int_equal(v, i);
	}
	assert_int_equal(strmap_get(&m, "pkg/0/func20000", 15, &v), 0);
	cap = m.cap;
	strmap_clear(&m);
	assert_int_equal(m.count, 0);
	assert_int_equal(m.cap, cap); /* the allocation is kept */
	assert_int_equal(strmap_get(&m, "pkg/0/func0", 11, &v), 0);
	strmap_put(&m, "pkg/0/func0", 11, 42);
	assert_int_equal(strmap_get(&m, "pkg/0/func0", 11, &v), 1);
	assert_int_equal(v, 42);
	strmap_release(&m);
}

/* Long keys (a block of their own) among short ones, cleared and reused. */
static void strmap_long_keys(void **state)
{
	struct strmap m = STRMAP_INIT;
	size_t big = 100000;
	char *k = malloc(big), key[64];
	int64_t v;
	(void)state;

	for (int round = 0; round < 2; round++) {
		for (int i = 0; i < 3000; i++) {
			int n = snprintf(key, sizeof(key), "k%d", i);
			strmap_put(&m, key, (size_t)n, i);
			if (i % 1000 == 7) { /* a long key now and then: 16 KB to 100 KB */
				size_t len = 16384 + (size_t)i * 27;
				memset(k, 'a' + round, len);
				k[0] = (char)('0' + i / 1000);
				strmap_put(&m, k, len, -i);
			}
		}
		assert_int_equal(m.count, 3003);
		for (int i = 0; i < 3000; i++) {
			int n = snprintf(key, sizeof(key), "k%d", i);
			assert_int_equal(strmap_get(&m, key, (size_t)n, &v), 1);
			assert_int_equal(v, i);
			if (i % 1000 == 7) {
				size_t len = 16384 + (size_t)i * 27;
				memset(k, 'a' + round, len);
				k[0] = (char)('0' + i / 1000);
				assert_int_equal(strmap_get(&m, k, len, &v), 1);
				assert_int_equal(v, -i);
				assert_int_equal(strmap_get(&m, k, len - 1, &v), 0);
			}
		}
		strmap_clear(&m);
		assert_int_equal(strmap_get(&m, "k1", 2, &v), 0);
	}
	strmap_release(&m);
	free(k);
}

/* ---- linereader ----------------------------------------------------- */

/* A temporary file holding data[0..n), opened for reading. */
static int temp_fd(const void *data, size_t n)
{
	char path[] = "/tmp/escviz-test-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	unlink(path);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	return fd;
}

struct rl {
	const char *line;
	size_t len, full;
	int trunc;
};

static int next(struct linereader *lr, struct rl *r)
{
	return linereader_next(lr, &r->line, &r->len, &r->trunc, &r->full);
}

static void expect_line(struct linereader *lr, const char *want)
{
	struct rl r;
	assert_int_equal(next(lr, &r), 1);
	assert_int_equal(r.trunc, 0);
	assert_int_equal(r.len, strlen(want));
	assert_memory_equal(r.line, want, r.len);
}

static void linereader_lines(void **state)
{
	static const char text[] = "# p\n./a.go:1:2: moved to heap: x\n\n  \nlast";
	struct linereader lr;
	struct rl r;
	int fd = temp_fd(text, sizeof(text) - 1);
	(void)state;

	linereader_init(&lr, fd, 0);
	expect_line(&lr, "# p");
	expect_line(&lr, "./a.go:1:2: moved to heap: x");
	expect_line(&lr, "");
	expect_line(&lr, "  ");
	expect_line(&lr, "last"); /* no final newline: still a line */
	assert_int_equal(next(&lr, &r), 0);
	assert_int_equal(next(&lr, &r), 0); /* and stays at the end */
	assert_int_equal(lr.bytes, sizeof(text) - 1);
	assert_int_equal(lr.crlf_lines, 0);
	linereader_release(&lr);
	close(fd);

	/* Empty input: no lines.  A lone newline: one empty line. */
	fd = temp_fd("", 0);
	linereader_init(&lr, fd, 0);
	assert_int_equal(next(&lr, &r), 0);
	linereader_release(&lr);
	close(fd);
	fd = temp_fd("\n", 1);
	linereader_init(&lr, fd, 0);
	expect_line(&lr, "");
	assert_int_equal(next(&lr, &r), 0);
	linereader_release(&lr);
	close(fd);
}

static void linereader_crlf(void **state)
{
	static const char text[] = "# p\r\n./a.go:1:2: x\rnot a break\r\n\r\nend\r";
	struct linereader lr;
	struct rl r;
	int fd = temp_fd(text, sizeof(text) - 1);
	(void)state;

	linereader_init(&lr, fd, 0);
	expect_line(&lr, "# p");
	expect_line(&lr, "./a.go:1:2: x\rnot a break"); /* only a final \r goes */
	expect_line(&lr, "");
	expect_line(&lr, "end"); /* final line without \n, ending in \r */
	assert_int_equal(next(&lr, &r), 0);
	assert_int_equal(lr.crlf_lines, 4);
	assert_int_equal(lr.bytes, sizeof(text) - 1);
	linereader_release(&lr);
	close(fd);
}

static void linereader_long_line_in_buffer(void **state)
{
	/* A long line that fits in the buffer with its newline. */
	size_t n = 100;
	char *text = malloc(n + 32);
	struct linereader lr;
	struct rl r;
	int fd;
	(void)state;

	memset(text, 'A', n);
	memcpy(text + n, "\nnext line\n", 11);
	fd = temp_fd(text, n + 11);
	linereader_init(&lr, fd, 16);
	assert_int_equal(next(&lr, &r), 1);
	assert_int_equal(r.trunc, 1);
	assert_int_equal(r.len, 16);
	assert_int_equal(r.full, 100);
	assert_memory_equal(r.line, text, 16);
	expect_line(&lr, "next line");
	assert_int_equal(next(&lr, &r), 0);
	assert_int_equal(lr.bytes, n + 11);
	linereader_release(&lr);
	close(fd);
	free(text);
}

static void linereader_long_line_over_buffer(void **state)
{
	/* 5 MiB in one line: more than the 1 MiB read chunk. */
	size_t n = 5u << 20, max = 1000;
	char *text = malloc(n + 64);
	struct linereader lr;
	struct rl r;
	int fd;
	(void)state;

	for (size_t i = 0; i < n; i++)
		text[i] = (char)('a' + i % 26);
	memcpy(text + n, "\n./a.go:1:2: moved to heap: x\nz", 31);
	fd = temp_fd(text, n + 31);
	linereader_init(&lr, fd, max);
	assert_int_equal(next(&lr, &r), 1);
	assert_int_equal(r.trunc, 1);
	assert_int_equal(r.len, max);
	assert_int_equal(r.full, n);
	assert_memory_equal(r.line, text, max);
	expect_line(&lr, "./a.go:1:2: moved to heap: x");
	expect_line(&lr, "z");
	assert_int_equal(next(&lr, &r), 0);
	assert_int_equal(lr.bytes, n + 31);
	linereader_release(&lr);
	close(fd);

	/* The default limit (8 MiB) returns the same 5 MiB line whole. */
	fd = temp_fd(text, n + 31);
	linereader_init(&lr, fd, 0);
	assert_int_equal(next(&lr, &r), 1);
	assert_int_equal(r.trunc, 0);
	assert_int_equal(r.len, n);
	assert_int_equal(r.full, n);
	assert_memory_equal(r.line, text, n);
	expect_line(&lr, "./a.go:1:2: moved to heap: x");
	linereader_release(&lr);
	close(fd);
	free(text);
}

/* Write the pieces into fd with pauses, so the reader sees short reads. */
static void write_slowly(int fd, const char *const *pieces, size_t n)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(pieces[i]);
		if (write(fd, pieces[i], len) != (ssize_t)len)
			_exit(1);
		nanosleep(&ts, NULL);
	}
}

static void linereader_pipe(void **state)
{
	/* Lines split across writes, and an over-long line that arrives
	 * without its newline first (so the reader must cut it before it
	 * sees the end). */
	static const char *const pieces[] = {
		"# exa", "mple.com/p\n./a.go:1:2: mo", "ved to heap: x\n",
		"0123456789012345678901234567890123456789", "abcdefghij\nafter\r\n", "tail",
	};
	struct linereader lr;
	struct rl r;
	int fds[2], status;
	pid_t pid;
	(void)state;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		write_slowly(fds[1], pieces, sizeof(pieces) / sizeof(pieces[0]));
		_exit(0);
	}
	close(fds[1]);
	linereader_init(&lr, fds[0], 16);
	expect_line(&lr, "# example.com/p");
	/* 28 bytes > 16: cut, though it is a normal diagnostic. */
	assert_int_equal(next(&lr, &r), 1);
	assert_int_equal(r.trunc, 1);
	assert_int_equal(r.len, 16);
	assert_int_equal(r.full, 28);
	assert_memory_equal(r.line, "./a.go:1:2: move", 16);
	assert_int_equal(next(&lr, &r), 1);
	assert_int_equal(r.trunc, 1);
	assert_int_equal(r.len, 16);
	assert_int_equal(r.full, 50);
	assert_memory_equal(r.line, "0123456789012345", 16);
	expect_line(&lr, "after");
	expect_line(&lr, "tail");
	assert_int_equal(next(&lr, &r), 0);
	assert_int_equal(lr.crlf_lines, 1);
	linereader_release(&lr);
	close(fds[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void linereader_read_error(void **state)
{
	struct linereader lr;
	struct rl r;
	(void)state;

	linereader_init(&lr, -1, 0); /* EBADF */
	assert_int_equal(next(&lr, &r), -1);
	assert_true(lr.err != 0);
	linereader_release(&lr);
}

/* ---- sbuf_add_utf8_clean --------------------------------------------- */

#define FFFD "\xef\xbf\xbd"
#define U(in, want) utf8_clean_case((in), sizeof(in) - 1, (want))

static void utf8_clean_case(const char *in, size_t n, const char *want)

{
	struct sbuf sb = SBUF_INIT;
	sbuf_addstr(&sb, "<");
	sbuf_add_utf8_clean(&sb, in, n);
	sbuf_addstr(&sb, ">");
	if (sb.len != strlen(want) || memcmp(sb.buf, want, sb.len)) {
		print_error("utf8 clean: got \"%s\" want \"%s\"\n", sb.buf, want);
		sbuf_release(&sb);
		fail();
	}
	sbuf_release(&sb);
}

static void utf8_clean(void **state)
{
	(void)state;
	/* Valid text is copied unchanged (the flow arrow, "naïve", ·, 4-byte). */
	U("flow: a \xe2\x86\x90 b", "<flow: a \xe2\x86\x90 b>");
	U("na\xc3\xafve x\xc2\xb7" "3 \xf0\x9f\x98\x80", "<na\xc3\xafve x\xc2\xb7" "3 \xf0\x9f\x98\x80>");
	U("", "<>");
	/* NUL becomes U+FFFD. */
	U("a\0b", "<a" FFFD "b>");
	/* Invalid bytes each become U+FFFD. */
	U("\xff", "<" FFFD ">");
	U("x\x80y", "<x" FFFD "y>");
	U("\xc0\xaf", "<" FFFD FFFD ">");             /* overlong */
	U("\xed\xa0\x80", "<" FFFD FFFD FFFD ">");     /* surrogate */
	U("\xf4\x90\x80\x80", "<" FFFD FFFD FFFD FFFD ">"); /* > U+10FFFF */
	U("\xe0\x80\xaf", "<" FFFD FFFD FFFD ">");     /* overlong 3-byte */
	/* A latin-1 path byte between valid text. */
	U("./caf\xe9.go:1:2", "<./caf" FFFD ".go:1:2>");
}

static int valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		size_t len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
			   : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
		if (!len || c == 0 || i + len > n)
			return 0;
		for (size_t k = 1; k < len; k++)
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
		if (len == 3) {
			unsigned cp = ((c & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
			if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))
				return 0;
		}
		if (len == 4) {
			unsigned cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) |
				      ((s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f);
			if (cp < 0x10000 || cp > 0x10ffff)
				return 0;
		}
		i += len;
	}
	return 1;
}

static void utf8_clean_truncated_and_random(void **state)
{
	struct sbuf sb = SBUF_INIT;
	unsigned seed = 12345;
	unsigned char buf[64];
	(void)state;

	/* A sequence cut at the end of the span (a 1.22+ cut literal). */
	sbuf_add_utf8_clean(&sb, "\"abc\xe2\x86", 6);
	assert_true(valid_utf8((unsigned char *)sb.buf, sb.len));
	assert_memory_equal(sb.buf, "\"abc" FFFD, 7);
	/* Only what was asked for is read: no overrun past n. */
	sbuf_reset(&sb);
	sbuf_add_utf8_clean(&sb, "\xe2\x86\x90", 2);
	assert_true(valid_utf8((unsigned char *)sb.buf, sb.len));
	assert_null(memmem(sb.buf, sb.len, "\xe2\x86\x90", 3));
	/* Random bytes always come out valid. */
	for (int round = 0; round < 2000; round++) {
		size_t n = (size_t)(rand_r(&seed) % sizeof(buf));
		for (size_t i = 0; i < n; i++)
			buf[i] = (unsigned char)rand_r(&seed);
		sbuf_reset(&sb);
		sbuf_add_utf8_clean(&sb, (const char *)buf, n);
		assert_true(valid_utf8((unsigned char *)sb.buf, sb.len));
		if (valid_utf8(buf, n)) /* valid input is kept as is */
			assert_true(sb.len == n && !memcmp(sb.buf, buf, n));
	}
	sbuf_release(&sb);
}

static void parse_long(void **state)
{
	(void)state;
	assert_int_equal(util_parse_long("0", 1), 0);
	assert_int_equal(util_parse_long("928", 3), 928);
	assert_int_equal(util_parse_long("9281", 3), 928);
	assert_int_equal(util_parse_long("", 0), -1);
	assert_int_equal(util_parse_long("-1", 2), -1);
	assert_int_equal(util_parse_long("12a", 3), -1);
	assert_int_equal(util_parse_long("1234567890123456789", 19), -1); /* too long */
}

/* Bytes that are not text, counted by hand. */
static void non_text_bytes(void **state)
{
	(void)state;
	assert_int_equal(util_non_text_bytes("", 0), 0);
	/* Tab, CR, newline, form feed, escape (colours) and "←" are text. */
	assert_int_equal(util_non_text_bytes("a\tb\r\n\f\033[31m\xe2\x86\x90", 14), 0);
	/* A sequence cut short counts: its lead byte and what follows. */
	assert_int_equal(util_non_text_bytes("\xe2\x86", 2), 2);
	assert_int_equal(util_non_text_bytes("x\0y", 3), 1);        /* NUL */
	assert_int_equal(util_non_text_bytes("\x01\x7f", 2), 2);   /* SOH, DEL */
	assert_int_equal(util_non_text_bytes("\xff\xfe", 2), 2);   /* not UTF-8 */
	assert_int_equal(util_non_text_bytes("\xed\xa0\x80", 3), 3); /* a surrogate */
	assert_int_equal(util_non_text_bytes("\x7f" "ELF\x02\x01\x01\0\0", 9), 6);
}

/* linereader_peek: the first block, not consumed; lines follow as before. */
static void linereader_peek_first_block(void **state)
{
	static const char text[] = "# p\n./a.go:1:2: x escapes to heap\n";
	struct linereader lr;
	const char *p;
	size_t n;
	struct rl r;
	int fds[2];
	(void)state;

	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], text, 4), 4); /* a pipe: one short read first */
	assert_int_equal(write(fds[1], text + 4, sizeof(text) - 5), (ssize_t)sizeof(text) - 5);
	close(fds[1]);
	linereader_init(&lr, fds[0], 0);
	assert_int_equal(linereader_peek(&lr, 8192, &p, &n), 0);
	assert_int_equal(n, sizeof(text) - 1); /* all of it: the input is shorter */
	assert_memory_equal(p, text, n);
	assert_int_equal(linereader_peek(&lr, 2, &p, &n), 0); /* again: nothing consumed */
	assert_int_equal(n, sizeof(text) - 1);
	expect_line(&lr, "# p");
	expect_line(&lr, "./a.go:1:2: x escapes to heap");
	assert_int_equal(next(&lr, &r), 0);
	assert_int_equal(lr.bytes, sizeof(text) - 1);
	linereader_release(&lr);
	close(fds[0]);
}

/*
 * linereader_map(): ranges read through a mapped window give the lines a
 * pread of the same ranges gives, whatever a window boundary cuts: a 32 MB
 * file (eight windows) of lines of every length from 0 to 3,000 bytes, one
 * of 3 MB (most of a window: the window grows), one of 7 MB (longer than a
 * window) and one of 12 MB, over max_line (10 MB: cut); ranges that start
 * and end anywhere, shorter and longer than a window.
 */
static void linereader_mapped(void **state)
{
	size_t n = 32u << 20, at = 0;
	char *text = malloc(n);
	unsigned seed = 12345;
	int fd;
	(void)state;

	while (at < n) {
		size_t len;
		seed = seed * 1103515245u + 12345u;
		len = (seed >> 8) % 3000;
		if (at > (1u << 20) && at < (1u << 20) + 3000)
			len = 3u << 20; /* most of a window */
		if (at > (5u << 20) && at < (5u << 20) + 3000)
			len = 7u << 20; /* longer than a window */
		if (at > (12u << 20) && at < (12u << 20) + 3000)
			len = 12u << 20; /* over max_line below */
		if (len > n - at)
			len = n - at;
		for (size_t i = 0; i < len; i++)
			text[at + i] = (char)('a' + (at + i) % 26);
		at += len;
		if (at < n)
			text[at++] = '\n';
	}
	fd = temp_fd(text, n);
	{
		static const uint64_t ranges[][2] = {
			{ 0, 32u << 20 }, { 1, (32u << 20) - 1 }, { 4095, 9u << 20 },
			{ 5000, 100000 }, { (8u << 20) - 3, (8u << 20) + 11 },
			{ (4u << 20) + 1, (4u << 20) - 1 }, { 3, 4u << 20 },
			{ (31u << 20) + 1, (1u << 20) - 1 }, { (10u << 20) + 5, (20u << 20) - 5 },
		};
		for (size_t r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++) {
			struct linereader a, b;
			struct rl x, y;
			int gx, gy;
			size_t lines = 0;
			linereader_init(&a, fd, 10u << 20);
			linereader_init(&b, fd, 10u << 20);
			linereader_map(&b);
			linereader_range(&a, ranges[r][0], ranges[r][1]);
			linereader_range(&b, ranges[r][0], ranges[r][1]);
			do {
				gx = next(&a, &x);
				gy = next(&b, &y);
				assert_int_equal(gx, gy);
				if (gx == 1) {
					assert_int_equal(x.len, y.len);
					assert_int_equal(x.full, y.full);
					assert_int_equal(x.trunc, y.trunc);
					assert_memory_equal(x.line, y.line, x.len);
					lines++;
				}
			} while (gx == 1);
			assert_int_equal(a.bytes, b.bytes);
			assert_int_equal(b.bytes, ranges[r][1]);
			assert_true(lines > 0);
			assert_true(!!b.win == (ranges[r][1] >= LINEREADER_WINDOW)); /* mapped when long */
			linereader_release(&a);
			linereader_release(&b);
		}
	}
	close(fd);
	free(text);
}

/*
 * A mapped range of a file cut shorter while it is read: a read error
 * (ESTALE) when the next window would pass the file's end, not a SIGBUS.
 */
static void linereader_mapped_shrunk(void **state)
{
	size_t n = 12u << 20, lines = 0;
	char *text = malloc(n);
	struct linereader lr;
	struct rl r;
	int fd, got;
	(void)state;
	for (size_t i = 0; i < n; i++)
		text[i] = (i + 1) % 100 ? 'x' : '\n';
	fd = temp_fd(text, n);
	linereader_init(&lr, fd, 0);
	linereader_map(&lr);
	linereader_range(&lr, 0, n);
	assert_int_equal(next(&lr, &r), 1);
	assert_non_null(lr.win);
	/* cut past the first window, before the range's end */
	assert_int_equal(ftruncate(fd, (off_t)(LINEREADER_WINDOW + LINEREADER_WINDOW / 2)), 0);
	while ((got = next(&lr, &r)) == 1)
		lines++;
	assert_int_equal(got, -1);
	assert_int_equal(lr.err, ESTALE);
	assert_true(lines > 0 && lines < n / 100);
	linereader_release(&lr);
	close(fd);
	free(text);
}

#define T(name, fn) { "common::" name, fn, NULL, NULL, NULL }

int main(void)
{
	static const struct CMUnitTest tests[] = {
		T("sbuf::init_invariants", sbuf_init_invariants),
		T("sbuf::add_and_nul", sbuf_add_and_nul),
		T("sbuf::addf", sbuf_addf_formats),
		T("sbuf::detach", sbuf_detach_ownership),
		T("strmap::put_get", strmap_put_get),
		T("strmap::nul_keys", strmap_nul_keys),
		T("strmap::growth_and_clear", strmap_growth_and_clear),
		T("strmap::long_keys", strmap_long_keys),
		T("linereader::lines", linereader_lines),
		T("linereader::crlf", linereader_crlf),
		T("linereader::long_line_in_buffer", linereader_long_line_in_buffer),
		T("linereader::long_line_over_buffer", linereader_long_line_over_buffer),
		T("linereader::pipe", linereader_pipe),
		T("linereader::read_error", linereader_read_error),
		T("utf8_clean::cases", utf8_clean),
		T("utf8_clean::truncated_and_random", utf8_clean_truncated_and_random),
		T("util::parse_long", parse_long),
		T("util::non_text_bytes", non_text_bytes),
		T("linereader::peek", linereader_peek_first_block),
		T("linereader::mapped", linereader_mapped),
		T("linereader::mapped_shrunk", linereader_mapped_shrunk),
	};
	return cmocka_run_group_tests_name("common", tests, NULL, NULL);
}
