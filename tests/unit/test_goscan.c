/*
 * model::goscan -- function extents from a lexical scan of Go source.
 *
 * Each case is a small Go file written for one lexer trap, with the extents
 * it must give written by hand (the same cases pass tests/goextent, the
 * go/ast ground truth, when go is installed: see tests/cli/goscan_vs_ast.sh,
 * which also compares whole trees).
 *
 * `test_goscan --dump FILE...` prints goextent's format instead of running
 * the tests: "# PATH", then NAME<TAB>L:C<TAB>L:C<TAB>KIND per extent; files
 * of one directory with the same package clause share a struct goscan_pkg.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "common/sbuf.h"
#include "common/xalloc.h"
#include "model/goscan.h"

struct gcase {
	const char *what;
	const char *src;
	const char *want; /* one "NAME L:C L:C KIND\n" per extent */
};

static const struct gcase cases[] = {
	{ "plain function and method forms",
	  "package p\n"
	  "func F() {}\n"
	  "func (t T) M() {\n}\n"
	  "func (t *T) P() { }\n"
	  "func (*T) Q() {}\n"
	  "func (T) R() {}\n",
	  "F 2:1 2:11 func\n"
	  "T.M 3:1 4:1 method\n"
	  "(*T).P 5:1 5:19 method\n"
	  "(*T).Q 6:1 6:16 method\n"
	  "T.R 7:1 7:15 method\n" },
	{ "generic receivers keep source type parameters",
	  "package p\n"
	  "func (l *List[T]) Push(v T) {}\n"
	  "func (m M[K, V]) Get(k K) V { var v V; return v }\n"
	  "func Map[T, U any](x []T, f func(T) U) []U { return nil }\n"
	  "func C[T interface{ ~int }](x T) {}\n",
	  "(*List[T]).Push 2:1 2:30 method\n"
	  "M[K,V].Get 3:1 3:49 method\n"
	  "Map 4:1 4:57 func\n"
	  "C 5:1 5:35 func\n" },
	{ "init bodies are numbered, closures in them too",
	  "package p\n"
	  "func init() { go func() {}() }\n"
	  "func init() {}\n",
	  "init.0 2:1 2:30 init\n"
	  "init.0.func1 2:18 2:26 closure\n"
	  "init.1 3:1 3:14 init\n" },
	{ "literals and nested literals",
	  "package p\n"
	  "func F() {\n"
	  "\ta := func() {\n"
	  "\t\tb := func() { func() {}() }\n"
	  "\t\t_ = func() {}\n"
	  "\t}\n"
	  "\tdefer func() {}()\n"
	  "}\n",
	  "F 2:1 8:1 func\n"
	  "F.func1 3:7 6:2 closure\n"
	  "F.func1.1 4:8 4:29 closure\n"
	  "F.func1.1.1 4:17 4:25 closure\n"
	  "F.func1.2 5:7 5:15 closure\n"
	  "F.func2 7:8 7:16 closure\n" },
	{ "comments hide braces and func",
	  "package p\n"
	  "// func G() {\n"
	  "/* func H() { */\n"
	  "func F() { /* } */ x := 1 // }\n"
	  "}\n",
	  "F 4:1 5:1 func\n" },
	{ "strings, escapes, raw strings and runes hide braces",
	  "package p\n"
	  "func F() {\n"
	  "\ts := \"}\\\"{ func(){}\"\n"
	  "\tr := `{\n"
	  "func() {}\n"
	  "`\n"
	  "\tc, d, e := '}', '\\'', '{'\n"
	  "}\n",
	  "F 2:1 8:1 func\n" },
	{ "struct and interface braces in signatures and bodies",
	  "package p\n"
	  "func F(s struct{ a int }) interface{ M() } {\n"
	  "\tvar x struct{}\n"
	  "\ty := struct{ f func() }{f: func() {}}\n"
	  "\treturn nil\n"
	  "}\n"
	  "func G() struct{} { return struct{}{} }\n",
	  "F 2:1 6:1 func\n"
	  "F.func1 4:29 4:37 closure\n"
	  "G 7:1 7:39 func\n" },
	{ "func types are not literals",
	  "package p\n"
	  "func F() func() int {\n"
	  "\tfs := []func(){a, b}\n"
	  "\tm := map[string]func() int{}\n"
	  "\tv := (func())(nil)\n"
	  "\tvar w func(int) (int, error)\n"
	  "\tch := make(chan func())\n"
	  "\tch <- func() {}\n"
	  "\treturn func() int { return 1 }\n"
	  "}\n",
	  "F 2:1 10:1 func\n"
	  "F.func1 8:8 8:16 closure\n"
	  "F.func2 9:9 9:31 closure\n" },
	{ "labels and composite literals",
	  "package p\n"
	  "func F() {\n"
	  "L:\n"
	  "\tfor _, p := range []P{{1, 2}, {3, 4}} {\n"
	  "\t\tif p.x > 0 { continue L }\n"
	  "\t}\n"
	  "}\n",
	  "F 2:1 7:1 func\n" },
	{ "package-level initialisers",
	  "package p\n"
	  "var a = func() int { return 1 }()\n"
	  "var b int\n"
	  "var (\n"
	  "\tc, d = 1, func() {}\n"
	  "\te    []int\n"
	  "\tf = map[string]int{\n"
	  "\t\t\"x\": 1,\n"
	  "\t}\n"
	  ")\n"
	  "const g = 1\n",
	  "init 2:5 2:33 pkginit\n"
	  "init.func1 2:9 2:31 closure\n"
	  "init 5:2 5:20 pkginit\n"
	  "init.func2 5:12 5:20 closure\n"
	  "init 7:2 9:2 pkginit\n" },
	{ "a body-less function is its declaration; function types are none",
	  "package p\n"
	  "func asm(x int) int\n"
	  "type F func() int\n"
	  "type S struct { f func() }\n"
	  "func G() {}\n"
	  "var v func(int)\n"
	  "func (t *T) M(p []byte) (n int, err error)\n",
	  "asm 2:1 2:19 func\n"
	  "G 5:1 5:11 func\n"
	  "(*T).M 7:1 7:42 method\n" },
	{ "columns are bytes, a tab is one column",
	  "package p\n"
	  "var s = \"\xc3\xa9\"; func \xc3\xa9() {}\n"
	  "\t\tfunc G() {}\n",
	  "init 2:5 2:12 pkginit\n"
	  "\xc3\xa9 2:15 2:26 func\n"
	  "G 3:3 3:13 func\n" },
	{ "closures in a function named _ use the package counter",
	  "package p\n"
	  "func _() { func() {}() }\n",
	  "_ 2:1 2:24 func\n"
	  "glob..func1 2:12 2:20 closure\n" },
};

static void render(const struct go_extent *e, size_t n, struct sbuf *out)
{
	size_t i;
	for (i = 0; i < n; i++)
		sbuf_addf(out, "%s %u:%u %u:%u %s\n", e[i].name, e[i].start.line,
			  e[i].start.col, e[i].end.line, e[i].end.col,
			  goscan_kind_name(e[i].kind));
}

static void test_cases(void **state)
{
	size_t k;
	(void)state;
	for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		struct go_extent *e;
		size_t n;
		struct sbuf err = SBUF_INIT, got = SBUF_INIT;
		int rc = goscan_extents(cases[k].src, strlen(cases[k].src), &e, &n, &err);
		if (rc != 0)
			fail_msg("%s: %s", cases[k].what, err.buf);
		render(e, n, &got);
		if (strcmp(got.buf, cases[k].want) != 0)
			fail_msg("%s:\ngot:\n%swant:\n%s", cases[k].what, got.buf, cases[k].want);
		goscan_free(e, n);
		sbuf_release(&err);
		sbuf_release(&got);
	}
}

static void test_parents(void **state)
{
	const char *src = "package p\nfunc F() { func() { func() {}() }() }\nfunc G() {}\n";
	struct go_extent *e;
	size_t n;
	struct sbuf err = SBUF_INIT;
	(void)state;
	assert_int_equal(goscan_extents(src, strlen(src), &e, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_int_equal(e[0].parent, -1);
	assert_int_equal(e[1].parent, 0);
	assert_int_equal(e[2].parent, 1);
	assert_int_equal(e[3].parent, -1);
	goscan_free(e, n);
	sbuf_release(&err);
}

static void test_package_numbering(void **state)
{
	const char *a = "package p\nvar x = func() {}\nfunc init() {}\n";
	const char *b = "package p\nfunc init() { var _ = 1 }\nvar y = func() {}\n";
	struct goscan_pkg pkg = { 0 };
	struct go_extent *e;
	size_t n;
	struct sbuf err = SBUF_INIT;
	(void)state;
	assert_int_equal(goscan_file(&pkg, a, strlen(a), &e, &n, &err), 0);
	assert_string_equal(e[1].name, "init.func1");
	assert_string_equal(e[2].name, "init.0");
	goscan_free(e, n);
	assert_int_equal(goscan_file(&pkg, b, strlen(b), &e, &n, &err), 0);
	assert_string_equal(e[0].name, "init.1");
	assert_string_equal(e[2].name, "init.func2");
	goscan_free(e, n);
	sbuf_release(&err);
}

static void test_errors(void **state)
{
	static const struct {
		const char *src, *msg;
	} bad[] = {
		{ "package p\nfunc F() {\n\ts := \"abc\n}\n", "line 3: unterminated string" },
		{ "package p\n\nfunc F() { /* }\n", "line 3: unterminated comment" },
		{ "package p\nvar s = `abc\n\n", "line 2: unterminated raw string" },
		{ "package p\nfunc F() { c := '\\", "line 2: unterminated rune literal" },
		{ "package p\nfunc F() {\n\tif x {\n", "line 2: unterminated function body" },
		{ "package p\nfunc F() { go func() { ( }\n", "line 2: unterminated" },
		{ "package p\nvar (\n a = 1\n", "line 2: unterminated var group" },
	};
	size_t k;
	(void)state;
	for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
		struct go_extent *e = (void *)1;
		size_t n = 7;
		struct sbuf err = SBUF_INIT;
		assert_int_equal(goscan_extents(bad[k].src, strlen(bad[k].src), &e, &n, &err), -1);
		assert_null(e);
		assert_int_equal(n, 0);
		if (strncmp(err.buf, bad[k].msg, strlen(bad[k].msg)) != 0)
			fail_msg("case %zu: %s, want %s", k, err.buf, bad[k].msg);
		sbuf_release(&err);
	}
}

static void test_helpers(void **state)
{
	/* compiler spellings from testdata/go1.27/escprobe-m2.log and go1.19 (shape _0) */
	static const char *const strip[][2] = {
		{ "(*Box[go.shape.*uint8]).Add", "(*Box).Add" },
		{ "(*Box[go.shape.*uint8_0]).Add", "(*Box).Add" },
		{ "Map[go.shape.int,go.shape.string]", "Map" },
		{ "(*M[K,V]).Get.func1", "(*M).Get.func1" },
		{ "Sum[go.shape.float64].func1", "Sum.func1" },
		{ "closures.func2.1", "closures.func2.1" },
		{ "bad]name[", "bad]name" },
	};
	const char *src = "// c\npackage /* x */ escprobe\nfunc F() {}\n";
	struct sbuf name = SBUF_INIT;
	size_t k;
	(void)state;
	for (k = 0; k < sizeof strip / sizeof strip[0]; k++) {
		char *got = goscan_strip_typeargs(strip[k][0]);
		assert_string_equal(got, strip[k][1]);
		free(got);
	}
	assert_int_equal(goscan_package(src, strlen(src), &name), 0);
	assert_string_equal(name.buf, "escprobe");
	sbuf_release(&name);
	assert_int_equal(goscan_package("\"x", 2, &name), -1);
	assert_string_equal(goscan_kind_name(GO_EXT_PKGINIT), "pkginit");
}

/* Every prefix of a real file must scan or fail cleanly (no crash, no leak). */
static void test_prefixes(void **state)
{
	const char *path = ESCVIZ_SOURCE_DIR "/testdata/src/escprobe/closures.go";
	FILE *f = fopen(path, "rb");
	char buf[1 << 16];
	size_t len, cut;
	int ok = 0;
	(void)state;
	assert_non_null(f);
	len = fread(buf, 1, sizeof buf, f);
	fclose(f);
	assert_true(len > 100);
	for (cut = 0; cut <= len; cut++) {
		struct go_extent *e;
		size_t n;
		struct sbuf err = SBUF_INIT;
		if (goscan_extents(buf, cut, &e, &n, &err) == 0) {
			ok++;
			goscan_free(e, n);
		} else {
			assert_true(err.len > 0);
		}
		sbuf_release(&err);
	}
	assert_true(ok > 0);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct sbuf sb = SBUF_INIT;
	char chunk[65536];
	size_t got;
	if (!f)
		return NULL;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		sbuf_add(&sb, chunk, got);
	fclose(f);
	return sbuf_detach(&sb, len);
}

struct pkgslot {
	char *key;
	struct goscan_pkg pkg;
};

static int dump(int argc, char **argv)
{
	struct pkgslot *slots = NULL;
	size_t nslots = 0, alloc = 0, bytes = 0, funcs = 0, k;
	int i, rc = 0;
	struct timespec t0, t1;
	double scan_s = 0;
	/* GOSCAN_TIME=1: print only the time spent in goscan_file (speed check). */
	int timing = getenv("GOSCAN_TIME") != NULL;
	for (i = 0; i < argc; i++) {
		size_t len, n;
		char *src = slurp(argv[i], &len), *slash;
		struct sbuf key = SBUF_INIT, err = SBUF_INIT;
		struct go_extent *e;
		struct goscan_pkg *pkg = NULL;
		int rc_file;
		if (!src) {
			fprintf(stderr, "test_goscan: cannot read %s\n", argv[i]);
			rc = 1;
			continue;
		}
		bytes += len;
		slash = strrchr(argv[i], '/');
		if (slash)
			sbuf_add(&key, argv[i], (size_t)(slash - argv[i]));
		else
			sbuf_addch(&key, '.');
		sbuf_addch(&key, '\n');
		goscan_package(src, len, &key);
		for (k = 0; k < nslots && !pkg; k++)
			if (!strcmp(slots[k].key, key.buf))
				pkg = &slots[k].pkg;
		if (!pkg) {
			VEC_GROW(slots, nslots + 1, alloc);
			slots[nslots].key = sbuf_detach(&key, NULL);
			memset(&slots[nslots].pkg, 0, sizeof slots[nslots].pkg);
			pkg = &slots[nslots++].pkg;
		}
		clock_gettime(CLOCK_MONOTONIC, &t0);
		rc_file = goscan_file(pkg, src, len, &e, &n, &err);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		scan_s += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		if (rc_file < 0) {
			if (!timing)
				printf("# %s\terror: %s\n", argv[i], err.buf);
		} else {
			if (!timing)
				printf("# %s\n", argv[i]);
			for (k = 0; k < n && !timing; k++)
				printf("%s\t%u:%u\t%u:%u\t%s\n", e[k].name, e[k].start.line,
				       e[k].start.col, e[k].end.line, e[k].end.col,
				       goscan_kind_name(e[k].kind));
			funcs += n;
			goscan_free(e, n);
		}
		free(src);
		sbuf_release(&key);
		sbuf_release(&err);
	}
	if (timing)
		printf("%d files, %zu bytes, %zu extents, %.4f s in goscan_file, %.1f MB/s\n", argc,
		       bytes, funcs, scan_s, scan_s > 0 ? (double)bytes / 1e6 / scan_s : 0.0);
	for (k = 0; k < nslots; k++)
		free(slots[k].key);
	free(slots);
	return rc;
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_parents),
		cmocka_unit_test(test_package_numbering),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_prefixes),
		cmocka_unit_test(test_helpers),
	};
	if (argc > 1 && !strcmp(argv[1], "--dump"))
		return dump(argc - 2, argv + 2);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
