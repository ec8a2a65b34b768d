/*
 * diff:: -- normalisation, matching of repeated subjects, --fail-on,
 * --ignore, and the escapers and size limit of the diff writers.
 */
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
#include "common/xalloc.h"
#include "feed/feed.h"
#include "render/render_diff.h"
#include "analysis/diff.h"
#include "model/drift.h"
#include "store/store_diff.h"

#include "tests/diff_builds.h"

static void check_norm(const char *in, const char *want)
{
	struct sbuf b = SBUF_INIT;
	diff_normalize(in, &b);
	if (strcmp(b.buf, want))
		fail_msg("normalize(%s) = %s, want %s", in, b.buf, want);
	sbuf_release(&b);
}

static void normalize_cases(void **state)
{
	(void)state;
	check_norm("~r1", "~r");
	check_norm("~r0", "~r");
	check_norm("~R0", "~r");
	check_norm("*(*string)(~r12)", "*(*string)(~r)");
	check_norm("&Point literal", "&Point{...}");
	check_norm("&Point{...}", "&Point{...}");
	check_norm("&T{}", "&T{...}");
	check_norm("sum([]int literal)", "sum([]int{...})");
	check_norm("func literal", "func literal");
	check_norm("[]interface {} literal", "... argument");
	check_norm("... argument", "... argument");
	check_norm("&struct { buf []byte } literal", "&struct { buf []byte }{...}");
	check_norm("Sum[go.shape.int_0]", "Sum[go.shape.int]");
	check_norm("Map[go.shape.int_0,go.shape.string_1]", "Map[go.shape.int,go.shape.string]");
	check_norm("Sum[go.shape.int]", "Sum[go.shape.int]");
	check_norm("func(...interface {})", "func(...any)");
	check_norm(".this", "~p0");
	check_norm("p.this", "p.this");
	check_norm("literally", "literally");
	check_norm("", "");
}

/* Both spellings of one decision, as two Go releases printed them
 * (testdata/drift and the shared corpus), normalise to one text. */
static void check_same(const char *old, const char *new)
{
	struct sbuf a = SBUF_INIT, b = SBUF_INIT;
	diff_normalize(old, &a);
	diff_normalize(new, &b);
	if (strcmp(a.buf, b.buf))
		fail_msg("normalize(%s) = %s, but normalize(%s) = %s", old, a.buf, new, b.buf);
	sbuf_release(&a);
	sbuf_release(&b);
}

static void normalize_release_drift(void **state)
{
	(void)state;
	/* implicit interface conversions (go1.19 prints them, go1.23 not) */
	check_same("from error(&errors.errorString{...}) (interface-converted)",
		   "from &errors.errorString{...} (interface-converted)");
	check_same("from ~R0 = error(&errors.errorString{...}) (assign-pair)",
		   "from ~r0 = &errors.errorString{...} (assign-pair)");
	check_same("(interface {})(string(\"strings.NewReplacer: odd argument count\"))",
		   "\"strings.NewReplacer: odd argument count\"");
	check_same("(interface {})(\"x\")", "\"x\"");
	/* constants retyped */
	check_same("int(7)", "7");
	check_same("make(net.IPMask, int(4))", "make(net.IPMask, 4)");
	check_same("make([]byte, int(0), int(3) * len(strconv.s) / int(2))",
		   "make([]byte, 0, 3 * len(strconv.s) / 2)");
	check_same("string(value.appendTypeName(nil, value.t, value.qualified, bool(false)))",
		   "string(value.appendTypeName(nil, value.t, value.qualified, false))");
	check_same("string(\"kind\") + ~R0", "\"kind\" + ~r0");
	/* new(T) and &T{...} */
	check_same("new(big.Int)", "&big.Int{...}");
	/* raw and quoted literals; long ones cut */
	check_same("`a raw string`", "\"a raw string\"");
	check_same("textLine(`\"\"\"`)", "textLine(\"\\\"\\\"\\\"\")");
	check_same("fmt.format, fmt.a := `%d raw format\\n`, ... argument",
		   "fmt.format, fmt.a := \"%d raw format\\\\n\", ... argument");
	check_same("\"consider using filters to ensure at most one Comparer or Transformer applies\"",
		   "\"consider using filters to ensure at most one Comparer or Transformer...");
	/* temporaries renumbered; the flow reason assign-pair */
	check_same("flow: .autotmp_5 = r", "flow: .autotmp_2 = r");
	check_same(".autotmp_110", ".autotmp_2");
	check_same("from .autotmp_5 = m[k] (assign)", "from .autotmp_3 = m[k] (assign-pair)");
	/* what stays: conversions of non-constants, other calls, other types */
	check_norm("string(b)", "string(b)");
	check_norm("int(x)", "int(x)");
	check_norm("[]byte(s)", "[]byte(s)");
	check_norm("myerror(x)", "myerror(x)");
	check_norm("errors.error(x)", "errors.error(x)");
	check_norm("new(T).f", "&T{...}.f");
	check_norm("new(func())", "new(func())");
	check_norm("time.Duration(3000000)", "time.Duration(3000000)");
	check_norm("'\"'", "'\"'");
	check_norm("\"short\"", "\"short\"");
	check_norm("\"unterminated", "\"unterminated...\"");
	check_norm("error(", "error(");
	check_norm("(assign-pairs)", "(assign-pairs)");
}

static void kind_names(void **state)
{
	(void)state;
	for (int k = 0; k < DK__COUNT; k++)
		assert_int_equal(diff_kind_parse(diff_kind_name(k)), k);
	assert_int_equal(diff_kind_parse("heap"), -1);
	assert_string_equal(diff_change_name(DC_CHANGED), "changed");
}

static void failon_parse_and_hit(void **state)
{
	struct diff_failon f;
	struct sbuf err = SBUF_INIT;
	struct diff_item it = { 0 };
	(void)state;
	assert_int_equal(diff_failon_parse("heap_escape, inlinable", &f, &err), 0);
	assert_int_equal(f.kinds, (1u << DK_HEAP_ESCAPE) | (1u << DK_INLINABLE));
	it.kind = DK_HEAP_ESCAPE;
	it.regression = 1;
	assert_true(diff_failon_hit(&f, &it));
	it.regression = 0; /* a removed escape is an improvement */
	assert_false(diff_failon_hit(&f, &it));
	it.kind = DK_LEAKING_PARAM;
	it.regression = 1;
	assert_false(diff_failon_hit(&f, &it));
	assert_int_equal(diff_failon_parse("inline_cost", &f, &err), 0);
	it.kind = DK_INLINE_COST;
	it.regression = 0;
	assert_true(diff_failon_hit(&f, &it)); /* informational: any change */
	assert_int_equal(diff_failon_parse("regression", &f, &err), 0);
	assert_false(diff_failon_hit(&f, &it));
	assert_int_equal(diff_failon_parse("any", &f, &err), 0);
	assert_true(diff_failon_hit(&f, &it));
	assert_int_equal(diff_failon_parse("", &f, &err), 0);
	assert_false(diff_failon_hit(&f, &it));
	/* A respelling trips nothing, not even "any" or its own kind. */
	it.change = DC_RESPELLED;
	it.kind = DK_HEAP_ESCAPE;
	assert_int_equal(diff_failon_parse("any,regression,heap_escape,explanation", &f, &err), 0);
	assert_false(diff_failon_hit(&f, &it));
	it.kind = DK_EXPLANATION;
	assert_false(diff_failon_hit(&f, &it));
	it.change = DC_CHANGED;
	assert_true(diff_failon_hit(&f, &it));
	assert_string_equal(diff_change_name(DC_RESPELLED), "respelled");
	assert_int_equal(diff_failon_parse("regression,bogus", &f, &err), ESCVIZ_EUSAGE);
	assert_non_null(strstr(err.buf, "'bogus'"));
	sbuf_release(&err);
}

static char *write_tmp(const char *text)
{
	char *path = xstrdup("/tmp/escviz-test-diff-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

static void set_item(struct diff_item *it, enum diff_kind k, const char *pkg, const char *fn,
		     const char *subj)
{
	memset(it, 0, sizeof(*it));
	it->kind = k;
	it->package = xstrdup(pkg);
	it->function = xstrdup(fn);
	it->subject = xstrdup(subj);
	it->message = xstrdup(subj);
	it->fingerprint = xstrdup("0");
}

static void ignore_rules(void **state)
{
	char *path = write_tmp("# comment\n\n"
			       "heap_escape example.com/* main  p.X  \n"
			       "inlin*\t*\tsum\n");
	struct diff_ignore *ig = NULL;
	struct sbuf err = SBUF_INIT;
	struct diff_result r = { 0 };
	(void)state;
	assert_int_equal(diff_ignore_load(path, &ig, &err), 0);
	r.items = xcalloc(4, sizeof(*r.items));
	r.n = 4;
	set_item(&r.items[0], DK_HEAP_ESCAPE, "example.com/p", "main", "p.X");
	set_item(&r.items[1], DK_HEAP_ESCAPE, "example.com/p", "main", "p.Y");
	set_item(&r.items[2], DK_INLINE_COST, "x/y", "sum", "sum");
	set_item(&r.items[3], DK_INLINABLE, "x/y", "sum", "sum");
	diff_result_ignore(&r, ig);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.ignored, 3);
	assert_string_equal(r.items[0].subject, "p.Y");
	diff_result_release(&r);
	diff_ignore_free(ig);
	unlink(path);
	free(path);
	path = write_tmp("heap_escape * * *\nnot_a_kind * * *\n");
	assert_int_equal(diff_ignore_load(path, &ig, &err), ESCVIZ_EUSAGE);
	assert_non_null(strstr(err.buf, ":2: unknown change kind 'not_a_kind'"));
	assert_null(ig);
	unlink(path);
	free(path);
	sbuf_release(&err);
}

static void escapers(void **state)
{
	struct sbuf b = SBUF_INIT;
	(void)state;
	diff_add_md(&b, "a|b`c`<d>*e*_f_[g]\\h&i~j\nk");
	assert_string_equal(b.buf, "a\\|b\\`c\\`\\<d\\>\\*e\\*\\_f\\_\\[g\\]\\\\h\\&i\\~j k");
	sbuf_reset(&b);
	diff_add_html(&b, "<a href=\"x\">'&'</a>");
	assert_string_equal(b.buf, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
	sbuf_reset(&b);
	diff_add_uri(&b, "./dir/a b%<autogenerated>.go");
	assert_string_equal(b.buf, "dir/a%20b%25%3Cautogenerated%3E.go");
	sbuf_reset(&b);
	diff_add_uri(&b, ".\\win\\main.go");
	assert_string_equal(b.buf, "win/main.go");
	sbuf_release(&b);
}

static void md_limit(void **state)
{
	struct diff_result r = { 0 };
	struct sbuf md = SBUF_INIT;
	(void)state;
	r.n = 5000;
	r.items = xcalloc(r.n, sizeof(*r.items));
	for (size_t i = 0; i < r.n; i++)
		set_item(&r.items[i], DK_HEAP_ESCAPE, "p|kg", "f", "x_y");
	render_diff_md(&md, &r, 8192);
	assert_true(md.len <= 8192);
	assert_non_null(strstr(md.buf, " more changes"));
	assert_null(strstr(md.buf, "p|kg"));
	sbuf_release(&md);
	render_diff_md(&md, &r, DIFF_MD_LIMIT);
	assert_null(strstr(md.buf, " more changes")); /* all 5000 fit in 1 MiB */
	sbuf_release(&md);
	diff_result_release(&r);
}

/* Ingest text as a build of s, as escviz ingest does (feed into the store). */
static int64_t ingest_text(struct store *s, const char *text)
{
	char *path = write_tmp(text);
	struct sbuf err = SBUF_INIT;
	struct build_meta meta = { NULL, NULL, NULL };
	struct store_ingest *ing = NULL;
	struct feed_sink sink;
	struct feed *f;
	int64_t id = 0;
	int fd = -1;
	if (store_ingest_begin(s, &meta, &ing, &err) < 0 || feed_open(path, &fd, &err) < 0)
		fail_msg("ingest: %s", err.buf);
	sink = (struct feed_sink){ ing, store_ingest_input, store_ingest_msg,
				   store_ingest_input_done, store_ingest_error };
	f = feed_new(&sink, NULL);
	if (feed_fd(f, fd, path, &err) < 0 || feed_check_diagnostics(f, &err) < 0 ||
	    store_ingest_commit(ing, feed_parser(f), &id, &err) < 0)
		fail_msg("ingest: %s", err.buf);
	feed_free(f);
	close(fd);
	unlink(path);
	free(path);
	sbuf_release(&err);
	return id;
}

static void matching(void **state)
{
	char dbpath[] = "/tmp/escviz-test-diff-db-XXXXXX";
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	struct diff_result r;
	int fd = mkstemp(dbpath);
	int64_t a, b;
	(void)state;
	close(fd);
	assert_int_equal(store_open(&s, dbpath, 0, &err), 0);
	/* x twice in f; the new build moved f down 10 lines and added a third
	 * x between the two; ~r0 at f+5 is now printed as g(x). */
	a = ingest_text(s, "# p\n./a.go:10:6: cannot inline f: marked go:noinline\n"
			   "./a.go:12:3: x escapes to heap\n./a.go:14:3: x escapes to heap\n"
			   "./a.go:15:3: ~r0 escapes to heap\n");
	b = ingest_text(s, "# p\n./a.go:20:6: cannot inline f: marked go:noinline\n"
			   "./a.go:22:3: x escapes to heap\n./a.go:23:3: x escapes to heap\n"
			   "./a.go:24:3: x escapes to heap\n./a.go:25:3: g(x) escapes to heap\n");
	assert_int_equal(diff_builds(s, a, s, b, &r, &err), 0);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.items[0].change, DC_ADDED);
	assert_string_equal(r.items[0].subject, "x");
	assert_int_equal(r.items[0].new_pos.line, 23);
	assert_null(r.items[0].old_pos.file);
	assert_int_equal(r.items[1].change, DC_CHANGED);
	assert_string_equal(r.items[1].subject, "g(x)");
	assert_string_equal(r.items[1].old_subject, "~r0");
	assert_int_equal(r.items[1].old_pos.line, 15);
	assert_int_equal(r.npkgs, 1);
	assert_int_equal(r.pkgs[0].old[DS_HEAP], 3);
	assert_int_equal(r.pkgs[0].new[DS_HEAP], 4);
	diff_result_release(&r);
	assert_int_equal(diff_builds(s, a, s, 99, &r, &err), ESCVIZ_ENOTFOUND);
	store_close(s);
	unlink(dbpath);
	sbuf_release(&err);
}

/* A parameter that leaks in another way is one changed leak. */
static void leak_changes(void **state)
{
	char dbpath[] = "/tmp/escviz-test-diff-db-XXXXXX";
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	struct diff_result r;
	int fd = mkstemp(dbpath);
	int64_t a, b;
	(void)state;
	close(fd);
	assert_int_equal(store_open(&s, dbpath, 0, &err), 0);
	a = ingest_text(s, "# p\n./a.go:3:6: can inline f with cost 4 as: func() {  }\n"
			   "./a.go:3:8: leaking param: p to result ~r1 level=0\n"
			   "./a.go:3:11: leaking param: q\n");
	b = ingest_text(s, "# p\n./a.go:5:6: can inline f with cost 4 as: func() {  }\n"
			   "./a.go:5:8: leaking param: p\n"
			   "./a.go:5:11: leaking param content: q\n");
	assert_int_equal(diff_builds(s, a, s, b, &r, &err), 0);
	assert_int_equal(r.n, 2);
	assert_int_equal(r.items[0].change, DC_CHANGED);
	assert_int_equal(r.items[0].kind, DK_LEAKING_PARAM);
	assert_true(r.items[0].regression);
	assert_string_equal(r.items[0].message, "parameter p now leaks to heap (was to a result)");
	assert_int_equal(r.items[1].kind, DK_LEAKING_PARAM_CONTENT);
	assert_false(r.items[1].regression);
	assert_true(r.items[1].improvement); /* milder */
	assert_false(r.items[0].improvement);
	assert_string_equal(r.items[1].message, "parameter q now leaks its content (was to heap)");
	diff_result_release(&r);
	store_close(s);
	unlink(dbpath);
	sbuf_release(&err);
}

/* A closure copy (main.func2, 1.19) is its closure (adder.func1, 1.27). */
static void closure_copies(void **state)
{
	char dbpath[] = "/tmp/escviz-test-diff-db-XXXXXX";
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	struct diff_result r;
	int fd = mkstemp(dbpath);
	int64_t a, b;
	(void)state;
	close(fd);
	assert_int_equal(store_open(&s, dbpath, 0, &err), 0);
	a = ingest_text(s, "# p\n./a.go:6:9: can inline adder.func1 with cost 4 as: func() {  }\n"
			   "./a.go:11:6: cannot inline main: marked go:noinline\n"
			   "./a.go:6:9: can inline main.func2 with cost 4 as: func() {  }\n"
			   "./a.go:12:15: inlining call to main.func2\n");
	b = ingest_text(s, "# p\n./a.go:6:9: can inline adder.func1 with cost 4 as: func() {  }\n"
			   "./a.go:11:6: cannot inline main: marked go:noinline\n"
			   "./a.go:12:15: inlining call to adder.func1\n");
	assert_int_equal(diff_builds(s, a, s, b, &r, &err), 0);
	/* One call, named differently: a respelling, hidden by default. */
	assert_int_equal(r.n, 1);
	assert_int_equal(r.items[0].change, DC_RESPELLED);
	assert_int_equal(r.items[0].kind, DK_INLINED_CALL);
	assert_false(r.items[0].regression);
	assert_string_equal(r.items[0].old_subject, "main.func2");
	assert_string_equal(r.items[0].subject, "adder.func1");
	diff_result_hide_respelled(&r);
	assert_int_equal(r.n, 0);
	assert_int_equal(r.respelled_hidden, 1);
	diff_result_release(&r);
	store_close(s);
	unlink(dbpath);
	sbuf_release(&err);
}

/*
 * The package counts reconcile with the items: inlinable functions over the
 * functions decided in both builds; those decided by one build only are
 * counted apart, by what they are.
 */
static void stats_one_build(void **state)
{
	char dbpath[] = "/tmp/escviz-test-diff-db-XXXXXX";
	struct store *s = NULL;
	struct sbuf err = SBUF_INIT;
	struct diff_result r;
	int fd = mkstemp(dbpath);
	int64_t a, b;
	(void)state;
	close(fd);
	assert_int_equal(store_open(&s, dbpath, 0, &err), 0);
	a = ingest_text(s, "# p\n./a.go:3:6: can inline f with cost 4 as: func() {  }\n"
			   "./a.go:5:6: cannot inline g: function too complex: cost 90 exceeds budget 80\n"
			   "./a.go:7:6: can inline gone with cost 2 as: func() {  }\n"
			   "./a.go:9:2: x escapes to heap\n");
	b = ingest_text(s, "# p\n./a.go:3:6: can inline f with cost 4 as: func() {  }\n"
			   "./a.go:5:6: can inline g with cost 70 as: func() {  }\n"
			   "./a.go:6:8: can inline g.deferwrap1 with cost 3 as: func() {  }\n"
			   "./a.go:6:8: can inline g.func1 with cost 3 as: func() {  }\n"
			   "/usr/lib/go/src/slices/slices.go:97:6: can inline slices.Index[go.shape.int] with cost 9 as: func() {  }\n"
			   "./a.go:11:6: can inline added with cost 2 as: func() {  }\n");
	assert_int_equal(diff_builds(s, a, s, b, &r, &err), 0);
	assert_int_equal(r.npkgs, 1);
	/* f in both, g now inlinable: the one listed change */
	assert_int_equal(r.pkgs[0].old[DS_INLINABLE], 1);
	assert_int_equal(r.pkgs[0].new[DS_INLINABLE], 2);
	assert_int_equal(r.pkgs[0].once_old[DO_OTHER], 1); /* gone */
	assert_int_equal(r.pkgs[0].once_old[DO_GENERATED] + r.pkgs[0].once_old[DO_INSTANTIATED], 0);
	assert_int_equal(r.pkgs[0].once_new[DO_GENERATED], 2);
	assert_int_equal(r.pkgs[0].once_new[DO_INSTANTIATED], 1);
	assert_int_equal(r.pkgs[0].once_new[DO_OTHER], 1); /* added */
	assert_int_equal(diff_once_total(r.pkgs[0].once_new), 4);
	/* the heap count is what the items add and remove */
	assert_int_equal(r.pkgs[0].old[DS_HEAP] - r.pkgs[0].new[DS_HEAP], 1);
	for (size_t i = 0; i < r.n; i++) {
		const struct diff_item *it = &r.items[i];
		if (it->kind == DK_INLINABLE) {
			assert_string_equal(it->subject, "g");
			assert_int_equal(it->change, DC_ADDED);
			assert_true(it->improvement);
			assert_false(it->regression);
		} else if (it->kind == DK_HEAP_ESCAPE) {
			assert_int_equal(it->change, DC_REMOVED);
			assert_true(it->improvement);
		} else if (it->kind == DK_INLINE_COST) {
			assert_false(it->improvement || it->regression); /* neutral */
		}
	}
	assert_string_equal(diff_once_name(DO_INSTANTIATED), "instantiated");
	diff_result_release(&r);
	store_close(s);
	unlink(dbpath);
	sbuf_release(&err);
}

#define T(name, fn) { "diff::" name, fn, NULL, NULL, NULL }

int main(void)
{
	static const struct CMUnitTest tests[] = {
		T("normalize::cases", normalize_cases),
		T("normalize::release_drift", normalize_release_drift),
		T("kinds::names", kind_names),
		T("failon::parse_and_hit", failon_parse_and_hit),
		T("ignore::rules", ignore_rules),
		T("render::escapers", escapers),
		T("render::md_limit", md_limit),
		T("match::repeats_and_respelling", matching),
		T("match::closure_copies", closure_copies),
		T("match::leak_changes", leak_changes),
		T("stats::one_build_inlinable", stats_one_build),
	};
	return cmocka_run_group_tests_name("diff", tests, NULL, NULL);
}
