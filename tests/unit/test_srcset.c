/*
 * model::srcset and feed::source -- placing positions in the functions of
 * Go source, and reading a package's files as go build would.
 *
 * The sources are small Go files written for one rule each; the functions
 * expected come from the Go spec's rules for what a function body contains
 * (the names are the compiler's, checked against go/ast for whole trees by
 * tests/cli/goscan_vs_ast.sh).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "common/sbuf.h"
#include "feed/source.h"
#include "model/srcset.h"

static const char src_a[] =
	"package p\n"                                   /* 1 */
	"\n"                                            /* 2 */
	"func First(n int) int { return n * 2 }\n"      /* 3 */
	"\n"                                            /* 4 */
	"var ErrBad = errors.New(\"bad\")\n"            /* 5 */
	"\n"                                            /* 6 */
	"func Outer() func() *int {\n"                  /* 7 */
	"\tf := func() *int {\n"                        /* 8 */
	"\t\tg := func() {}\n"                          /* 9 */
	"\t\tg()\n"                                     /* 10 */
	"\t\tx := 1\n"                                  /* 11 */
	"\t\treturn &x\n"                               /* 12 */
	"\t}\n"                                         /* 13 */
	"\treturn f\n"                                  /* 14 */
	"}\n"                                           /* 15 */
	"\n"                                            /* 16 */
	"type T struct{ a int }\n"                      /* 17 */
	"\n"                                            /* 18 */
	"func init() { _ = new(T) }\n";                 /* 19 */

/* The name placed at (line, col), "-" outside any function, "stale". */
static const char *at(struct src_file *f, long line, long col)
{
	const struct go_extent *e;
	switch (srcset_place(f, line, col, &e)) {
	case SRC_IN_FUNCTION:
		return e->name;
	case SRC_OUTSIDE:
		return "-";
	case SRC_STALE:
		return "stale";
	}
	return "?";
}

static struct src_file *one_file(struct srcset *s, const char *text)
{
	struct src_input in = { "a.go", text, strlen(text),
				"0000000000000000000000000000000000000000000000000000000000000000" };
	struct sbuf err = SBUF_INIT;
	srcset_init(s, NULL, NULL);
	srcset_add_package(s, "./a.go", &in, 1, 0, &err);
	assert_int_equal(err.len, 0);
	sbuf_release(&err);
	return srcset_file(s, "./a.go", 6);
}

static void placement(void **state)
{
	struct srcset s;
	struct src_file *f = one_file(&s, src_a);
	(void)state;
	assert_non_null(f);
	assert_string_equal(f->pkg_name, "p");
	assert_int_equal(f->nlines, 19);
	assert_string_equal(at(f, 3, 31), "First");
	/* A package-level initialiser after a function is the package's init. */
	assert_string_equal(at(f, 5, 24), "init");
	assert_string_equal(at(f, 7, 6), "Outer");
	/* A literal's own position is a value of the function creating it. */
	assert_string_equal(at(f, 8, 7), "Outer");
	assert_string_equal(at(f, 9, 8), "Outer.func1");
	assert_string_equal(at(f, 9, 14), "Outer.func1.1");
	assert_string_equal(at(f, 11, 3), "Outer.func1");
	assert_string_equal(at(f, 14, 9), "Outer");
	assert_string_equal(at(f, 19, 19), "init.0");
	/* Between functions, and a type declaration: no function. */
	assert_string_equal(at(f, 4, 1), "-");
	assert_string_equal(at(f, 17, 10), "-");
	/* A line with no column is placed by its start. */
	assert_string_equal(at(f, 12, 0), "Outer.func1");
	assert_int_equal(f->stale, 0);
	srcset_release(&s);
}

static void stale(void **state)
{
	struct srcset s;
	struct src_file *f = one_file(&s, src_a);
	(void)state;
	/* Column one past the end of a line still fits (the newline). */
	assert_string_equal(at(f, 3, 38), "First"); /* the closing brace */
	assert_string_equal(at(f, 3, 39), "-");
	assert_string_equal(at(f, 3, 40), "stale");
	assert_int_equal(f->stale, 1);
	assert_int_equal(f->stale_line, 3);
	assert_int_equal(f->stale_col, 40);
	/* Once stale, the file places nothing. */
	assert_string_equal(at(f, 7, 6), "stale");
	srcset_release(&s);

	f = one_file(&s, src_a);
	assert_string_equal(at(f, 20, 1), "stale");
	srcset_release(&s);
}

/* ---- feed/source: a folder as go build reads it ------------------------- */

static char dir[] = "/tmp/escviz-srcset-XXXXXX";

static void put(const char *name, const char *text)
{
	char path[512];
	FILE *f;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static const char *name_at(struct srcset *set, const char *log, long line, long col)
{
	struct src_file *f = srcset_file(set, log, strlen(log));
	return f ? at(f, line, col) : "(no source)";
}

static void package_files(void **state)
{
	struct feed_source *src;
	struct srcset *set;
	struct sbuf err = SBUF_INIT;
	char sub[600];
	(void)state;
	assert_non_null(mkdtemp(dir));
	/* init.N runs across the files go build compiles, in name order. */
	put("a.go", "package p\nfunc init() {}\n");
	put("a_windows.go", "package p\nfunc init() {}\n");     /* not on linux */
	put("b_amd64.go", "package p\nfunc init() {}\n");       /* init.1 */
	put("c.go", "//go:build ignore\n\npackage p\nfunc init() {}\n");
	put("d.go", "//go:build linux && !arm64\n\npackage p\nfunc init() {}\n"); /* init.2 */
	put("e_test.go", "package p\nfunc init() {}\n");        /* tests only */
	put("f.go", "package q\nfunc init() {}\n");             /* another package */
	put("g.go", "package p\nvar V = func() int { return 1 }()\nfunc init() {}\n");
	snprintf(sub, sizeof(sub), "%s/sub", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	put("sub/x.go", "package sub\nfunc X() {}\n");

	assert_int_equal(feed_source_open(dir, 1, &src, &err), 0);
	set = feed_source_set(src);
	assert_string_equal(name_at(set, "./a.go", 2, 14), "init.0");
	assert_string_equal(name_at(set, "b_amd64.go", 2, 14), "init.1");
	assert_string_equal(name_at(set, "./d.go", 4, 14), "init.2");
	assert_string_equal(name_at(set, "./g.go", 2, 22), "init.func1");
	assert_string_equal(name_at(set, "./g.go", 3, 14), "init.3");
	assert_string_equal(name_at(set, "./sub/x.go", 2, 11), "X");
	assert_string_equal(name_at(set, "./nosuch.go", 1, 1), "(no source)");
	assert_string_equal(name_at(set, "<autogenerated>", 1, 0), "(no source)");
	{
		struct src_file *f = srcset_file(set, "./a.go", 6);
		assert_non_null(f);
		assert_int_equal(f->size, 25);
		/* sha256 of "package p\nfunc init() {}\n" (sha256sum). */
		assert_string_equal(f->sha256,
				    "88c44bfa3efe5ba5ad47ae0d58b52e15ad5802f7277f1fb8b02ff947b548a167");
	}
	feed_source_free(src);

	/* A named folder that is not one is the user's mistake. */
	assert_int_not_equal(feed_source_open("/nonexistent/escviz", 1, &src, &err), 0);
	assert_non_null(strstr(err.buf, "--src"));
	sbuf_reset(&err);
	/* The default folder is only used when it exists. */
	assert_int_equal(feed_source_open("/nonexistent/escviz", 0, &src, &err), 0);
	assert_null(src);
	sbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(placement),
		cmocka_unit_test(stale),
		cmocka_unit_test(package_files),
	};
	return cmocka_run_group_tests_name("srcset", tests, NULL, NULL);
}
