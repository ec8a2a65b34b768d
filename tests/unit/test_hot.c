/*
 * Tests for analysis/hot.c: --hot-threshold parsing and the cutoffs, on
 * values worked out by hand from the definition (clang's auto: the
 * smallest set of sites, largest first, that covers 99 % of the total).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "analysis/hot.h"

static void parses(void **state)
{
	struct hot_threshold t;
	struct sbuf err = SBUF_INIT;
	(void)state;
	assert_int_equal(hot_threshold_parse(NULL, &t, &err), 0);
	assert_true(t.pct == 0);
	assert_int_equal(hot_threshold_parse("auto", &t, &err), 0);
	assert_true(t.pct == 0);
	assert_int_equal(hot_threshold_parse("5", &t, &err), 0);
	assert_true(t.pct == 5);
	assert_int_equal(hot_threshold_parse("0.5%", &t, &err), 0);
	assert_true(t.pct == 0.5);
	assert_int_equal(hot_threshold_parse("100", &t, &err), 0);
	static const char *const bad[] = { "0", "-1", "101", "five", "5x", "%", "nan", "inf" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		sbuf_reset(&err);
		assert_int_not_equal(hot_threshold_parse(bad[i], &t, &err), 0);
		assert_non_null(strstr(err.buf, bad[i]));
	}
	sbuf_release(&err);
}

static void auto_cutoff(void **state)
{
	struct hot_threshold t = { 0 };
	(void)state;
	/* 600 + 300 + 90 = 990 = 99 % of 1000: the 9 and the 1 are cold. */
	int64_t v[] = { 9, 300, 1, 600, 90 };
	assert_int_equal(hot_cutoff(v, 5, 1000, &t), 90);
	/* 600 + 300 = 90 %: 90 is needed, and ties with it are hot too. */
	int64_t w[] = { 90, 600, 90, 300, 10 };
	assert_int_equal(hot_cutoff(w, 5, 1090, &t), 90);
	/* The sites cover only 50 % (the rest joined nothing): all are hot. */
	int64_t x[] = { 20, 30 };
	assert_int_equal(hot_cutoff(x, 2, 100, &t), 20);
	/* One site holds it all. */
	int64_t y[] = { 0, 1000, 0 };
	assert_int_equal(hot_cutoff(y, 3, 1000, &t), 1000);
	/* No profile: nothing is hot. */
	assert_int_equal(hot_cutoff(NULL, 0, 0, &t), 0);
	assert_false(hot_is(0, 0));
	assert_false(hot_is(5, 0));
	assert_true(hot_is(90, 90));
	assert_false(hot_is(89, 90));
}

static void pct_cutoff(void **state)
{
	struct hot_threshold t = { 5 };
	(void)state;
	int64_t v[] = { 1, 2 };
	assert_int_equal(hot_cutoff(v, 2, 1000, &t), 50);
	assert_int_equal(hot_cutoff(v, 2, 1001, &t), 51); /* 50.05 rounds up */
	t.pct = 0.001;
	assert_int_equal(hot_cutoff(v, 2, 10, &t), 1); /* never 0 */
	assert_int_equal(hot_cutoff(v, 2, 0, &t), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parses),
		cmocka_unit_test(auto_cutoff),
		cmocka_unit_test(pct_cutoff),
	};
	return cmocka_run_group_tests_name("hot", tests, NULL, NULL);
}
