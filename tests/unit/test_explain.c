/* Unit tests for the database-free parts of store_explain: target parsing,
 * plain names and signature counting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "common/util.h"
#include "model/names.h"
#include "store/store_explain.h"

static void target(void **state)
{
	static const struct {
		const char *spec;
		enum why_target_kind kind;
		const char *file, *func, *name;
		int64_t line, col;
	} cases[] = {
		{ "x.go:12", WHY_POSITION, "x.go", NULL, NULL, 12, 0 },
		{ "./pkg/x.go:12:5", WHY_POSITION, "./pkg/x.go", NULL, NULL, 12, 5 },
		{ "C:\\src\\x.go:3:4", WHY_POSITION, "C:\\src\\x.go", NULL, NULL, 3, 4 },
		{ "newPoint", WHY_FUNCTION, NULL, "newPoint", NULL, 0, 0 },
		{ "(*T).M", WHY_FUNCTION, NULL, "(*T).M", NULL, 0, 0 },
		{ "example.com/p.F", WHY_FUNCTION, NULL, "example.com/p.F", NULL, 0, 0 },
		{ "newPoint:p", WHY_VARIABLE, NULL, "newPoint", "p", 0, 0 },
		{ "main.func1:make([]byte, n)", WHY_VARIABLE, NULL, "main.func1", "make([]byte, n)", 0, 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct why_target t;
		struct sbuf err = SBUF_INIT;
		assert_int_equal(why_target_parse(&t, cases[i].spec, &err), 0);
		assert_int_equal(t.kind, cases[i].kind);
		if (cases[i].file)
			assert_string_equal(t.file, cases[i].file);
		if (cases[i].func)
			assert_string_equal(t.func, cases[i].func);
		if (cases[i].name)
			assert_string_equal(t.name, cases[i].name);
		assert_int_equal(t.line, cases[i].line);
		assert_int_equal(t.col, cases[i].col);
		why_target_release(&t);
		sbuf_release(&err);
	}
}

static void target_bad(void **state)
{
	static const char *const bad[] = { "", ":x", "F:", "x.go:0" };
	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct why_target t;
		struct sbuf err = SBUF_INIT;
		assert_int_equal(why_target_parse(&t, bad[i], &err), ESCVIZ_EUSAGE);
		assert_true(err.len > 0);
		why_target_release(&t);
		sbuf_release(&err);
	}
}

static void plain_names(void **state)
{
	static const struct {
		const char *raw, *plain;
	} cases[] = {
		{ "{heap}", "the heap" },
		{ "{temp}", "a temporary" },
		{ "{storage for make([]byte, n)}", "storage for make([]byte, n)" },
		{ "{storage for {storage for x}}", "storage for {storage for x}" },
		{ "~R0", "result 0 of an inlined call" },
		{ "~arg2", "argument 2 of an inlined call" },
		{ ".autotmp_4", "a compiler temporary" },
		{ "fmt..autotmp_3", "a compiler temporary" },
		{ "p", NULL },
		{ "~r0", NULL }, /* needs the function: done by store_why */
		{ "{storage for", NULL },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = loc_plain_name(cases[i].raw);
		if (cases[i].plain)
			assert_string_equal(got, cases[i].plain);
		else
			assert_null(got);
		free(got);
	}
}

static void signatures(void **state)
{
	static const struct {
		const char *sig;
		int params, results;
	} cases[] = {
		{ "func(int, int) *Point { p := Point{...}; return &p }", 2, 1 },
		{ "func() { }", 0, 0 },
		{ "func(**Point) *Point { return *pp }", 1, 1 },
		{ "method(*Point) func(int, int) { p.X += dx }", 2, 0 },
		{ "method(Point) func() int { return abs(p.X) }", 0, 1 },
		{ "func([]int) (int, string) { }", 1, 2 },
		{ "func(func(int, int) bool, map[string]int) error { }", 2, 1 },
		{ "func(*struct { buf []byte }, int, int) { b.buf = b.buf[n:m] }", 3, 0 },
		{ "func(...interface {}) (int, error) { }", 1, 2 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int p = -9, r = -9;
		assert_int_equal(model_sig_count(cases[i].sig, &p, &r), 0);
		assert_int_equal(p, cases[i].params);
		assert_int_equal(r, cases[i].results);
	}
	{
		int p, r;
		assert_int_equal(model_sig_count("not a signature", &p, &r), -1);
		assert_int_equal(model_sig_count(NULL, &p, &r), -1);
	}
}

/*
 * Generated functions by the compiler's naming (cmd/compile's closure and
 * wrapper names): closures ".funcN" (nested ".funcN.M", package-level
 * "glob..funcN"), method values "-fm", go/defer wrappers ".gowrapN" and
 * ".deferwrapN", range-over-func bodies "-rangeN".  A mark must be
 * followed by a digit.
 */
static void generated_names(void **state)
{
	static const struct {
		const char *name;
		int generated;
	} cases[] = {
		{ "main.func1", 1 },         { "(*T).Run.func2.3", 1 }, { "glob..func12", 1 },
		{ "Walk.gowrap1", 1 },       { "f.deferwrap2", 1 },     { "All-range1", 1 },
		{ "(*T).M-fm", 1 },          { "a.func1-range2", 1 },   { "main", 0 },
		{ "funcName", 0 },           { "x.function", 0 },       { "a.func", 0 },
		{ "a-range", 0 },            { "(*T).gowrapper", 0 },   { "f.deferwrapx", 0 },
		{ "-fmx", 0 },               { "a.func.1", 0 },         { "-range9", 1 },
		{ ".func0", 1 },             { "fm", 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *n = cases[i].name;
		if (model_func_is_generated(n, strlen(n)) != cases[i].generated)
			fail_msg("model_func_is_generated(\"%s\") != %d", n, cases[i].generated);
	}
	assert_int_equal(model_func_is_generated(NULL, 0), 0);
	/* a length cuts the name: "main.func1" cut before its digit */
	assert_int_equal(model_func_is_generated("main.func1", 9), 0);
}

#define T(name, fn) { "explain::" name, fn, NULL, NULL, NULL }

int main(void)
{
	static const struct CMUnitTest tests[] = {
		T("target::parse", target),
		T("target::bad", target_bad),
		T("names::plain", plain_names),
		T("signature::count", signatures),
		T("names::generated", generated_names),
	};
	return cmocka_run_group_tests_name("explain", tests, NULL, NULL);
}
