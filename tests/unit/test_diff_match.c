/*
 * diff match:: diff_facts() on the cases of tests/data/diff/, with no
 * database: two builds' facts in, the changes out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "analysis/diff.h"
#include "casefile.h"

static void check(struct case_data *d, struct sbuf *out)
{
	struct diff_result r;
	memset(&r, 0, sizeof(r));
	diff_facts(&d->sides[0], &d->sides[1], &r);
	for (size_t i = 0; i < r.n; i++) {
		const struct diff_item *it = &r.items[i];
		sbuf_addf(out, "%s %s %s %s%s | %s", diff_change_name(it->change),
			  diff_kind_name(it->kind), *it->function ? it->function : "-", it->subject,
			  it->regression ? " regression" : "", it->message ? it->message : "");
		if (it->cause)
			sbuf_addf(out, " <- %s", r.items[it->cause - 1].subject);
		sbuf_addch(out, '\n');
		if (it->kind != DK_EXPLANATION)
			continue;
		for (size_t s = 0; s < it->nold_steps; s++)
			sbuf_addf(out, "  was: %s\n", it->old_steps[s].text);
		for (size_t s = 0; s < it->nnew_steps; s++)
			sbuf_addf(out, "  now: %s\n", it->new_steps[s].text);
	}
	diff_result_release(&r);
}

static void test_cases(void **state)
{
	size_t n = 0;
	(void)state;
	assert_int_equal(case_run_dir(ESCVIZ_SOURCE_DIR "/tests/data/diff", check, &n), 0);
	assert_true(n >= 7);
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(test_cases) };
	return cmocka_run_group_tests_name("diff_match", tests, NULL, NULL);
}
