/*
 * cause:: the reason table of analysis/cause.c against docs/causes.md, and
 * against real compiler lines: testdata/causes/reasons.txt holds one real
 * `from EXPR (REASON) at POS` line per reason that some log of the corpus
 * or of testdata prints (tests/gen-cause-reasons.sh); each is parsed as
 * escviz parses a log, and its reason must give the cause docs/causes.md
 * writes for it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "analysis/cause.h"
#include "common/sbuf.h"
#include "parser/parser.h"

/* docs/causes.md's reason table: reason -> cause name ("(carries)"). */
struct doc_row {
	char reason[96], cause[16];
};

static size_t read_doc(struct doc_row *rows, size_t max)
{
	char path[4096], line[512];
	FILE *f;
	size_t n = 0;
	int in = 0;
	snprintf(path, sizeof(path), "%s/docs/causes.md", ESCVIZ_SOURCE_DIR);
	f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		char *a, *b, *c;
		if (!strncmp(line, "## The reasons", 14))
			in = 1;
		if (!in || strncmp(line, "| `", 3) || !(a = strchr(line + 3, '`')))
			continue;
		b = a + 1;
		if (strncmp(b, " | ", 3) || !(c = strstr(b + 3, " |")))
			continue;
		assert_true(n < max);
		snprintf(rows[n].reason, sizeof(rows[n].reason), "%.*s", (int)(a - line - 3), line + 3);
		snprintf(rows[n].cause, sizeof(rows[n].cause), "%.*s", (int)(c - b - 3), b + 3);
		n++;
	}
	fclose(f);
	return n;
}

static const char *table_cause(const char *reason)
{
	struct span r = { reason, strlen(reason) };
	int c = cause_of_reason(r);
	return c == -1 ? "(carries)" : c == -2 ? "(unknown)" : cause_name((enum cause)c);
}

static void test_docs_table_is_the_code_table(void **state)
{
	struct doc_row rows[256];
	size_t n = read_doc(rows, 256), nt;
	const struct cause_reason *t = cause_reasons(&nt);
	(void)state;
	assert_int_equal(n, nt);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(table_cause(rows[i].reason), rows[i].cause);
	for (size_t i = 0; i < nt; i++) {
		size_t k = 0;
		while (k < n && strcmp(rows[k].reason, t[i].reason))
			k++;
		assert_true(k < n); /* every reason of the code is documented */
	}
}

struct got {
	char reason[96];
	int steps;
};

static int on_msg(void *ctx, const struct pmsg *m)
{
	struct got *g = ctx;
	if (m->kind == MK_STEP) {
		snprintf(g->reason, sizeof(g->reason), "%.*s", (int)m->reason.n, m->reason.p);
		g->steps++;
	}
	return 0;
}

/* The reason escviz's parser reads off a real line ("" if none). */
static void parse_reason(const char *line, struct got *g)
{
	struct parser *p = parser_new(on_msg, g);
	memset(g, 0, sizeof(*g));
	parser_begin_input(p);
	assert_int_equal(parser_feed(p, line, strlen(line), 0), 0);
	parser_finish_input(p);
	parser_free(p);
}

static void test_real_lines(void **state)
{
	struct doc_row rows[256];
	size_t n = read_doc(rows, 256), found = 0, missing = 0;
	char path[4096], *line = NULL;
	size_t cap = 0;
	ssize_t len;
	FILE *f;
	(void)state;
	snprintf(path, sizeof(path), "%s/testdata/causes/reasons.txt", ESCVIZ_SOURCE_DIR);
	f = fopen(path, "r");
	assert_non_null(f);
	while ((len = getline(&line, &cap, f)) > 0) {
		char *t1, *t2;
		struct got g;
		size_t k = 0;
		if (line[0] == '#')
			continue;
		line[strcspn(line, "\r\n")] = 0;
		assert_non_null(t1 = strchr(line, '\t'));
		*t1++ = 0;
		assert_non_null(t2 = strchr(t1, '\t'));
		*t2++ = 0;
		while (k < n && strcmp(rows[k].reason, line))
			k++;
		assert_true(k < n); /* a reason of the table */
		if (!strcmp(t1, "-")) {
			missing++;
			continue;
		}
		parse_reason(t2, &g);
		if (g.steps != 1 || strcmp(g.reason, line))
			fail_msg("%s (%s): parsed %d steps, reason '%s'", line, t1, g.steps, g.reason);
		assert_string_equal(table_cause(g.reason), rows[k].cause);
		found++;
	}
	free(line);
	fclose(f);
	print_message("%zu reasons checked on real lines, %zu found in no log we have\n", found,
		      missing);
	assert_true(found >= 40);
	assert_int_equal(found + missing, n);
}

static struct span sp(const char *s)
{
	return (struct span){ s, strlen(s) };
}

/* fmt.Println(x) as go1.27 explains it (testdata/causes/go1.27-m2.log). */
static void test_println_is_interface_through_fprintln(void **state)
{
	struct cause_acc a;
	struct cause_result r;
	(void)state;
	cause_start(&a, "heap_escape", "x", NULL);
	cause_flow(&a, sp("{storage for ... argument}"), sp("&"), sp("{storage for x}"));
	cause_step(&a, sp("x"), sp("spill"), 1);
	cause_step(&a, sp("... argument"), sp("slice-literal-element"), 1);
	cause_flow(&a, sp("fmt.a"), sp("&"), sp("{storage for ... argument}"));
	cause_step(&a, sp("... argument"), sp("spill"), 1);
	cause_step(&a, sp("fmt.a := ... argument"), sp("assign-pair"), 1);
	cause_flow(&a, sp("{heap}"), sp("*"), sp("fmt.a"));
	cause_step(&a, sp("fmt.Fprintln(os.Stdout, fmt.a...)"), sp("call parameter"), 1);
	cause_finish(&a, &r);
	assert_int_equal(r.primary, CAUSE_INTERFACE);
	assert_true(r.causes & CAUSE_BIT(CAUSE_CALLEE));
	assert_false(r.causes & CAUSE_BIT(CAUSE_COMPOSITE));
	assert_string_equal(r.callee, "fmt.Fprintln");
	assert_false(r.inferred);
}

/* A reason escviz does not know: counted, other among the causes, no failure. */
static void test_unknown_reason(void **state)
{
	struct cause_acc a;
	struct cause_result r;
	(void)state;
	cause_start(&a, "moved_to_heap", "x", NULL);
	cause_flow(&a, sp("{heap}"), sp("&"), sp("x"));
	cause_step(&a, sp("x"), sp("a reason of a future release"), 1);
	cause_finish(&a, &r);
	assert_int_equal(r.unknown, 1);
	assert_true(r.causes & CAUSE_BIT(CAUSE_OTHER));
	assert_int_equal(r.primary, CAUSE_ADDRESS); /* moved to heap, nothing else known */
	assert_false(r.inferred);
}

/* -m=1: the verdict's text alone, marked inferred. */
static void test_inferred(void **state)
{
	static const struct {
		const char *kind, *subject, *target;
		enum cause want;
	} v[] = {
		{ "heap_escape", "func literal", NULL, CAUSE_CLOSURE },
		{ "heap_escape", "... argument", NULL, CAUSE_INTERFACE },
		{ "heap_escape", "make([]int, n)", NULL, CAUSE_SIZE },
		{ "heap_escape", "&T literal", NULL, CAUSE_ADDRESS },
		{ "heap_escape", "[]*int{...}", NULL, CAUSE_ADDRESS },
		{ "heap_escape", "([]byte)(s)", NULL, CAUSE_ADDRESS },
		{ "heap_escape", "x", NULL, CAUSE_INTERFACE },
		{ "moved_to_heap", "x", NULL, CAUSE_ADDRESS },
		{ "leaking_param_result", "p", "~r0", CAUSE_ADDRESS },
		{ "leaking_param", "p", NULL, CAUSE_OTHER },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		struct cause_result r;
		cause_of_event(v[i].kind, v[i].subject, v[i].target, NULL, 0, &r);
		if (r.primary != v[i].want || !r.inferred)
			fail_msg("%s %s: %s", v[i].kind, v[i].subject, cause_name(r.primary));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_docs_table_is_the_code_table),
		cmocka_unit_test(test_real_lines),
		cmocka_unit_test(test_println_is_interface_through_fprintln),
		cmocka_unit_test(test_unknown_reason),
		cmocka_unit_test(test_inferred),
	};
	return cmocka_run_group_tests_name("cause", tests, NULL, NULL);
}
