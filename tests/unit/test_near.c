/*
 * Tests for analysis/near.c: the near misses of the inliner, on rows made
 * by hand whose lists are worked out from the definitions in
 * analysis/near.h (over: 0 < cost - budget <= N, the budget as printed;
 * headroom: 0 <= B - cost <= N, B the build's printed budget or 80).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "analysis/near.h"

/* name, inlinable, cost, budget (-1: not printed) */
#define ROW(n, inl, c, b) { .package = "p", .variant = "", .name = n, .inlinable = inl, .cost = c, .budget = b }

static const struct func_row rows[] = {
	ROW("over1", 0, 81, 80),    /* over by 1 */
	ROW("over10", 0, 90, 80),   /* over by 10: the edge */
	ROW("over11", 0, 91, 80),   /* 11: out */
	ROW("closure", 0, 844, 800),/* over by 44 of its own budget */
	ROW("noinl", 0, -1, -1),    /* another reason, no cost */
	ROW("room0", 1, 80, -1),    /* headroom 0 */
	ROW("room10", 1, 70, -1),   /* headroom 10: the edge */
	ROW("room11", 1, 69, -1),   /* 11: out */
	ROW("big", 1, 129, -1),     /* inlinable above the budget: a budget not printed, out */
	ROW("again", 1, 75, 80),    /* inlinable after a refusal: headroom 5 */
	ROW("aaa", 0, 81, 80),      /* ties with over1: by name */
	ROW("undecided", -1, 75, -1),
};
#define N_ROWS (sizeof(rows) / sizeof(rows[0]))

static void names(const struct near_fn *v, size_t n, char *out, size_t size)
{
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		strncat(out, v[i].f->name, size - strlen(out) - 2);
		strncat(out, " ", size - strlen(out) - 1);
	}
}

static void lists_at_10(void **state)
{
	struct near_list l;
	char buf[256];
	(void)state;
	near_budget(rows, N_ROWS, 10, 80, &l);
	names(l.over, l.n_over, buf, sizeof(buf));
	assert_string_equal(buf, "aaa over1 over10 ");
	assert_int_equal(l.over[0].margin, 1);
	assert_int_equal(l.over[2].margin, 10);
	assert_int_equal(l.over[2].budget, 80);
	assert_true(l.over[0].budget_printed);
	names(l.headroom, l.n_headroom, buf, sizeof(buf));
	assert_string_equal(buf, "room0 again room10 ");
	assert_int_equal(l.headroom[1].margin, 5);
	assert_int_equal(l.headroom[2].budget, 80);
	assert_false(l.headroom[0].budget_printed);
	assert_true(l.budget_printed);
	assert_int_equal(l.n_costs, N_ROWS);
	near_list_release(&l);
}

static void own_budget_and_default(void **state)
{
	struct near_list l;
	char buf[256];
	(void)state;
	near_budget(rows, N_ROWS, 50, -1, &l); /* no budget printed: 80 */
	assert_false(l.budget_printed);
	assert_int_equal(l.budget, 80); /* the compiler's inlineMaxBudget */
	names(l.over, l.n_over, buf, sizeof(buf));
	assert_string_equal(buf, "aaa over1 over10 over11 closure ");
	assert_int_equal(l.over[4].margin, 44);
	assert_int_equal(l.over[4].budget, 800);
	names(l.headroom, l.n_headroom, buf, sizeof(buf));
	assert_string_equal(buf, "room0 again room10 room11 ");
	near_list_release(&l);
	near_budget(rows, N_ROWS, 10, 70, &l); /* the build prints 70 most: headroom against it */
	names(l.headroom, l.n_headroom, buf, sizeof(buf));
	assert_string_equal(buf, "room10 room11 ");
	assert_int_equal(l.headroom[1].margin, 1);
	near_list_release(&l);
	near_budget(rows, N_ROWS, 0, 80, &l);
	assert_int_equal(l.n_over, 0); /* over by 0 is not a miss */
	names(l.headroom, l.n_headroom, buf, sizeof(buf));
	assert_string_equal(buf, "room0 ");
	near_list_release(&l);
	near_budget(NULL, 0, 10, -1, &l);
	assert_int_equal(l.n_over + l.n_headroom + l.n_costs, 0);
	near_list_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lists_at_10),
		cmocka_unit_test(own_budget_and_default),
	};
	return cmocka_run_group_tests_name("near", tests, NULL, NULL);
}
