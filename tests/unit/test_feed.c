/* Tests for feed/: inputs -> line reader -> parser -> sink. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "common/sbuf.h"
#include "common/util.h"
#include "feed/feed.h"

/* A sink that records the calls it gets, one letter each. */
struct rec {
	struct sbuf calls; /* "B<name>" "m" "E<lines>,<bytes>" */
	int fail_msg_at;   /* fail the Nth message (1-based); 0 never */
	int nmsg;
};

static int rec_begin(void *ctx, const char *name)
{
	struct rec *r = ctx;
	sbuf_addf(&r->calls, "B%s ", name);
	return 0;
}

static int rec_msg(void *ctx, const struct pmsg *m)
{
	struct rec *r = ctx;
	(void)m;
	if (++r->nmsg == r->fail_msg_at)
		return ESCVIZ_EDB;
	sbuf_addstr(&r->calls, "m ");
	return 0;
}

static int rec_end(void *ctx, uint64_t lines, uint64_t bytes)
{
	struct rec *r = ctx;
	sbuf_addf(&r->calls, "E%llu,%llu ", (unsigned long long)lines, (unsigned long long)bytes);
	return 0;
}

static const char *rec_error(const void *ctx)
{
	(void)ctx;
	return "the sink is full";
}

static const struct feed_sink rec_sink = { NULL, rec_begin, rec_msg, rec_end, rec_error };

/* A file in /tmp holding len bytes of text; returns its path (free it). */
static char *tmp_file(const char *text, size_t len)
{
	char *path = strdup("/tmp/escviz-test-feed-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

static const char log_text[] = "# example.com/shapes\n"
			       "./main.go:21:2: moved to heap: x\n"
			       "./main.go:22:9: &x escapes to heap\n";

/* Every callback, in order, with the per-input line and byte counts. */
static void sink_calls_in_order(void **state)
{
	struct rec r = { SBUF_INIT, 0, 0 };
	struct feed_sink sink = rec_sink;
	struct sbuf err = SBUF_INIT;
	struct feed_inputs in;
	char *a = tmp_file(log_text, sizeof(log_text) - 1), *b = tmp_file("\n", 1);
	char *paths[] = { a, b };
	struct sbuf want = SBUF_INIT;
	struct feed *f;
	(void)state;

	sink.ctx = &r;
	f = feed_new(&sink, NULL);
	assert_int_equal(feed_inputs_open(&in, 2, paths, &err), 0);
	assert_int_equal(in.big, 0);
	assert_int_equal(feed_inputs(f, &in, &err), 0);
	sbuf_addf(&want, "B%s m m m E3,%zu B%s m E1,1 ", a, sizeof(log_text) - 1, b);
	assert_string_equal(r.calls.buf, want.buf);
	assert_int_equal(parser_lines(feed_parser(f)), 4);
	assert_int_equal(feed_check_diagnostics(f, &err), 0);
	feed_inputs_close(&in);
	feed_free(f);
	unlink(a);
	unlink(b);
	free(a);
	free(b);
	sbuf_release(&want);
	sbuf_release(&r.calls);
	sbuf_release(&err);
}

/* The one refusal: named after the only input, else "the inputs". */
static void no_diagnostics(void **state)
{
	static const char u16[] = "\xff\xfe#\0 \0p\0\n\0";
	char *noise = tmp_file("hello\n", 6), *wide = tmp_file(u16, sizeof(u16) - 1);
	struct sbuf err = SBUF_INIT, want = SBUF_INIT;
	struct feed *f = feed_new(NULL, NULL);
	int fd;
	(void)state;

	assert_int_equal(feed_open(noise, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, noise, &err), 0);
	close(fd);
	assert_int_equal(feed_check_diagnostics(f, &err), ESCVIZ_ENODIAG);
	sbuf_addf(&want, "no -m diagnostics found in %s (was it built with -gcflags=-m?)", noise);
	assert_string_equal(err.buf, want.buf);

	assert_int_equal(feed_open(wide, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, wide, &err), 0);
	close(fd);
	assert_int_equal(feed_check_diagnostics(f, &err), ESCVIZ_ENODIAG);
	assert_string_equal(err.buf, "no -m diagnostics found in the inputs (was it built with"
				     " -gcflags=-m?); it is UTF-16 text: convert it with"
				     " 'iconv -f UTF-16 -t UTF-8'");
	feed_free(f);
	unlink(noise);
	unlink(wide);
	free(noise);
	free(wide);
	sbuf_release(&want);
	sbuf_release(&err);
}

/* Inputs are opened before any is read: a missing file, a directory. */
static void inputs_refused(void **state)
{
	char missing[] = "/nonexistent/escviz.log", dir[] = "/tmp";
	char *paths[] = { dir };
	struct sbuf err = SBUF_INIT;
	struct feed_inputs in;
	(void)state;

	paths[0] = missing;
	assert_int_equal(feed_inputs_open(&in, 1, paths, &err), ESCVIZ_EIO);
	assert_string_equal(err.buf, "/nonexistent/escviz.log: No such file or directory");
	feed_inputs_close(&in);
	paths[0] = dir;
	assert_int_equal(feed_inputs_open(&in, 1, paths, &err), ESCVIZ_EUSAGE);
	assert_string_equal(err.buf, "/tmp: is a directory, not a log file");
	feed_inputs_close(&in);
	assert_string_equal(feed_input_name("-"), "<stdin>");
	assert_string_equal(feed_input_name("x.log"), "x.log");
	sbuf_release(&err);
}

/* A failing sink stops the feed with its code and its message. */
static void sink_error_stops(void **state)
{
	struct rec r = { SBUF_INIT, 2, 0 };
	struct feed_sink sink = rec_sink;
	struct sbuf err = SBUF_INIT;
	char *a = tmp_file(log_text, sizeof(log_text) - 1);
	struct feed *f;
	int fd;
	(void)state;

	sink.ctx = &r;
	f = feed_new(&sink, NULL);
	assert_int_equal(feed_open(a, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, a, &err), ESCVIZ_EDB);
	close(fd);
	assert_string_equal(err.buf, "the sink is full");
	/* the input never ended: no " E" entry (the temp name may hold an E) */
	assert_null(strstr(r.calls.buf, " E"));
	feed_free(f);
	unlink(a);
	free(a);
	sbuf_release(&r.calls);
	sbuf_release(&err);
}

/* The stop flag (set by a signal handler) ends the read: ESCVIZ_EINTR. */
static void stop_flag(void **state)
{
	volatile int stop = 1;
	struct feed_opts o = { NULL, NULL, &stop };
	struct sbuf err = SBUF_INIT;
	char *a = tmp_file(log_text, sizeof(log_text) - 1);
	struct feed *f = feed_new(NULL, &o);
	struct sbuf want = SBUF_INIT;
	int fd;
	(void)state;

	assert_int_equal(feed_open(a, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, a, &err), ESCVIZ_EINTR);
	close(fd);
	sbuf_addf(&want, "interrupted while reading %s", a);
	assert_string_equal(err.buf, want.buf);
	feed_free(f);
	unlink(a);
	free(a);
	sbuf_release(&want);
	sbuf_release(&err);
}

/* A binary input: refused before the sink hears of it. */
static void binary_refused(void **state)
{
	static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0";
	struct rec r = { SBUF_INIT, 0, 0 };
	struct feed_sink sink = rec_sink;
	struct sbuf err = SBUF_INIT, want = SBUF_INIT;
	char *a = tmp_file(elf, sizeof(elf) - 1);
	struct feed *f;
	int fd;
	(void)state;

	sink.ctx = &r;
	f = feed_new(&sink, NULL);
	assert_int_equal(feed_open(a, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, a, &err), ESCVIZ_ENODIAG);
	close(fd);
	sbuf_addf(&want, "%s: not compiler output: binary data", a);
	assert_string_equal(err.buf, want.buf);
	assert_string_equal(r.calls.buf, ""); /* no begin_input, no message */
	feed_free(f);
	unlink(a);
	free(a);
	sbuf_release(&want);
	sbuf_release(&r.calls);
	sbuf_release(&err);
}

/* An input ending inside an explanation: a warning with its name and line. */
static void cut_explanation(void **state)
{
	static const char cut[] = "# p\n"
				  "./a.go:3:2: x escapes to heap:\n"
				  "./a.go:3:2:   flow: {heap} = &x:\n";
	static const char whole[] = "# p\n"
				    "./a.go:3:2: x escapes to heap:\n"
				    "./a.go:3:2:   flow: {heap} = &x:\n"
				    "./a.go:3:2:     from &x (address-of) at ./a.go:4:9\n";
	char *a = tmp_file(cut, sizeof(cut) - 1), *b = tmp_file(whole, sizeof(whole) - 1);
	struct sbuf err = SBUF_INIT, want = SBUF_INIT;
	struct feed *f = feed_new(NULL, NULL);
	int fd;
	(void)state;

	assert_int_equal(feed_open(b, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, b, &err), 0);
	close(fd);
	assert_string_equal(feed_warnings(f), ""); /* ends on a step: whole */
	assert_int_equal(feed_open(a, &fd, &err), 0);
	assert_int_equal(feed_fd(f, fd, a, &err), 0);
	close(fd);
	sbuf_addf(&want, "%s:3: the input ends in the middle of an explanation (a flow with no"
		  " 'from' step after it): it was cut off there, and the verdict it explains is"
		  " missing\n", a);
	assert_string_equal(feed_warnings(f), want.buf);
	feed_free(f);
	unlink(a);
	unlink(b);
	free(a);
	free(b);
	sbuf_release(&want);
	sbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sink_calls_in_order),
		cmocka_unit_test(no_diagnostics),
		cmocka_unit_test(inputs_refused),
		cmocka_unit_test(sink_error_stops),
		cmocka_unit_test(stop_flag),
		cmocka_unit_test(binary_refused),
		cmocka_unit_test(cut_explanation),
	};
	return cmocka_run_group_tests_name("feed", tests, NULL, NULL);
}
