/*
 * render_escape:: -- the escapers of render/render_escape.h, one table of
 * hostile inputs per sink, that a label escaped for Graphviz survives a
 * DOT round trip through cgraph, that JSON text is accepted by jansson,
 * and the position formatter of common/pos.h.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
/* Graphviz headers include their siblings by quoted names: found beside them. */
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <jansson.h>

#include "common/pos.h"
#include "common/sbuf.h"
#include "render/render_escape.h"

/* Graphviz's own never-freed memory is not ours (see render_graph.c). */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libgvc.so\nleak:libcgraph.so\nleak:libcdt.so\nleak:libgvplugin_\n"
	       "leak:libfontconfig.so\nleak:libpango\nleak:libcairo.so\nleak:libglib-2.0.so\n";
}

typedef void (*escaper)(struct sbuf *sb, const char *s, size_t n);

struct esc_case {
	const char *in;
	size_t n; /* 0: strlen(in) */
	const char *want;
};

static void run_cases(escaper f, const struct esc_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct sbuf sb = SBUF_INIT;
		f(&sb, c[i].in, c[i].n ? c[i].n : strlen(c[i].in));
		assert_string_equal(sb.buf, c[i].want);
		sbuf_release(&sb);
	}
}

static void html_escapes_markup(void **state)
{
	static const struct esc_case c[] = {
		{ "plain", 0, "plain" },
		{ "<script>alert(\"x\")</script>", 0,
		  "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" },
		{ "a & b 'c'", 0, "a &amp; b &#39;c&#39;" },
		{ "&amp;", 0, "&amp;amp;" },         /* never trusted as a reference */
		{ "{\\N}\t\n", 0, "{\\N}\t\n" },     /* braces and backslashes are text */
		{ "bell\a\x7f", 0, "bell  " },       /* controls become spaces */
		{ "bad\xff", 0, "bad\xef\xbf\xbd" }, /* invalid UTF-8 becomes U+FFFD */
		{ "nul\0x", 5, "nul\xef\xbf\xbdx" },
		{ "caf\xc3\xa9", 0, "caf\xc3\xa9" },
	};
	(void)state;
	run_cases(sbuf_add_html, c, sizeof(c) / sizeof(c[0]));
}

static void js_string_is_inert(void **state)
{
	static const struct esc_case c[] = {
		{ "plain", 0, "plain" },
		{ "a\"b'c\\d", 0, "a\\\"b\\u0027c\\\\d" },
		{ "</script><!--", 0, "\\u003c/script\\u003e\\u003c!--" },
		{ "a&b", 0, "a\\u0026b" },
		{ "t\tn\nr\r\x1b\x7f", 0, "t\\tn\\nr\\u000d\\u001b\\u007f" },
		{ "ls\xe2\x80\xa8ps\xe2\x80\xa9", 0, "ls\\u2028ps\\u2029" },
		{ "bad\xff", 0, "bad\xef\xbf\xbd" },
		{ "nul\0x", 5, "nul\xef\xbf\xbdx" },
		{ "caf\xc3\xa9 (*T).M", 0, "caf\xc3\xa9 (*T).M" },
	};
	(void)state;
	run_cases(sbuf_add_js_string, c, sizeof(c) / sizeof(c[0]));
}

static void svg_is_xml_safe(void **state)
{
	static const struct esc_case c[] = {
		{ "<g>&\"'", 0, "&lt;g&gt;&amp;&quot;&#39;" },
		{ "\x01\x1f", 0, "  " }, /* not allowed in XML 1.0 at all */
	};
	(void)state;
	run_cases(sbuf_add_svg, c, sizeof(c) / sizeof(c[0]));
}

static void dot_label_neutralises_escstring(void **state)
{
	static const struct esc_case c[] = {
		{ "x", 0, "x" },
		{ "\\N \\G \\E \\T \\H \\L \\l \\r \\n", 0,
		  "\\\\N \\\\G \\\\E \\\\T \\\\H \\\\L \\\\l \\\\r \\\\n" },
		{ "say \"hi\"", 0, "say \"hi\"" }, /* quotes: cgraph's writer */
		{ "\\\"", 0, "\\\\\"" },
		{ "a\nb", 0, "a\\nb" },
		{ "<b>{x}</b>", 0, "<b>{x}</b>" }, /* plain labels: no HTML meaning */
		{ "tab\there", 0, "tab here" },
		{ "\xc3", 0, "\xef\xbf\xbd" },
	};
	(void)state;
	run_cases(sbuf_add_dot_label, c, sizeof(c) / sizeof(c[0]));
}

/* Set label on a node, write the graph as DOT, read it back: n0's label. */
static char *dot_round_trip(const char *label, int *nodes)
{
	Agraph_t *g = agopen("G", Agdirected, NULL), *back;
	char *dot = NULL, *got = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&dot, &len);

	agsafeset(agnode(g, "n0", 1), "label", (char *)label, "");
	assert_int_equal(agwrite(g, f), 0);
	fclose(f);
	back = agmemread(dot);
	*nodes = back ? agnnodes(back) : -1;
	if (back) {
		got = strdup(agget(agnode(back, "n0", 0), "label"));
		agclose(back);
	}
	agclose(g);
	free(dot);
	return got;
}

/*
 * A label escaped for Graphviz and set through cgraph, written as DOT by
 * Graphviz and read back, is the same string and the only node.
 */
static void dot_label_round_trip(void **state)
{
	static const char *const nasty[] = {
		"\"}]; n9 [label=\"pwn\"]; \\N\\\\\"{<script>",
		"\\\"", "\\\\\"", "trailing\\", "\"", "\"\"", "a\\\nb", "}\n{",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(nasty) / sizeof(nasty[0]); i++) {
		struct sbuf label = SBUF_INIT;
		int nodes;
		char *got;
		sbuf_add_dot_label(&label, nasty[i], strlen(nasty[i]));
		got = dot_round_trip(label.buf, &nodes);
		assert_int_equal(nodes, 1); /* parsed, and no node smuggled in */
		assert_string_equal(got, label.buf);
		free(got);
		sbuf_release(&label);
	}
}

/* Rendered, a label shows the log text verbatim: no \N expansion, no markup. */
static void dot_label_renders_verbatim(void **state)
{
	const char *nasty = "\"}]; n9 [label=\"pwn\"]; \\N\\\\\"{<script>";
	struct sbuf label = SBUF_INIT;
	Agraph_t *g = agopen("G", Agdirected, NULL);
	GVC_t *gvc = gvContext();
	char *svg = NULL;
	unsigned int len = 0;
	(void)state;

	sbuf_add_dot_label(&label, nasty, strlen(nasty));
	agsafeset(agnode(g, "n0", 1), "label", label.buf, "");
	assert_int_equal(gvLayout(gvc, g, "dot"), 0);
	assert_int_equal(gvRenderData(gvc, g, "svg", &svg, &len), 0);
	assert_non_null(strstr(svg, "&quot;}]; n9 [label=&quot;pwn&quot;]; \\N\\\\&quot;{&lt;script&gt;"));
	gvFreeRenderData(svg);
	gvFreeLayout(gvc, g);
	agclose(g);
	gvFreeContext(gvc);
	sbuf_release(&label);
}

static char *fname(const char *s, size_t max)
{
	struct sbuf sb = SBUF_INIT;
	sbuf_add_filename(&sb, s, strlen(s), max);
	return sbuf_detach(&sb, NULL);
}

static void filename_is_safe(void **state)
{
	static const char *const in[] = {
		"..", ".", "../../etc/passwd", "/abs/path", "a/b\\c", "", ".hidden",
		"x\ny", "<script>", "con", "\xff\xfe", "(*Store).Put", "Map[go.shape.int]",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		char *f = fname(in[i], 60);
		assert_true(*f);
		assert_null(strchr(f, '/'));
		assert_null(strchr(f, '\\'));
		assert_true(f[0] != '.');
		assert_null(strstr(f, ".."));
		for (const char *p = f; *p; p++)
			assert_non_null(strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					       "0123456789._-", *p));
		free(f);
	}
}

static void filename_stable_and_distinct(void **state)
{
	char *a = fname("(*Store).Put", 60), *b = fname("(*Store).Put", 60);
	char *c = fname("(*Store)_Put", 60), *d = fname("[*Store].Put", 60);
	char *e = fname("averyveryverylongname_averyveryverylongname", 8);
	(void)state;
	assert_string_equal(a, b);
	assert_string_not_equal(a, c); /* same readable part, other hash */
	assert_string_not_equal(a, d);
	assert_memory_equal(a, "__Store_.Put-", 13); /* readable part, then the hash */
	assert_int_equal(strlen(a), 13 + 12);
	assert_int_equal(strlen(e), 8 + 1 + 12);
	free(a);
	free(b);
	free(c);
	free(d);
	free(e);
}

static void hash_is_fnv1a(void **state)
{
	(void)state;
	assert_true(render_hash("", 0) == 0xcbf29ce484222325ULL);
	assert_true(render_hash("a", 1) == 0xaf63dc4c8601ec8cULL);
	assert_true(render_hash("foobar", 6) == 0x85944171f73967e8ULL);
}

/* ---- the sinks of the text outputs ---------------------------------------- */

static void uri_percent_encodes(void **state)
{
	static const struct esc_case c[] = {
		{ "dir/a-b_c.d~e.go", 0, "dir/a-b_c.d~e.go" },      /* unreserved and '/' */
		{ "a b%c", 0, "a%20b%25c" },
		{ "x?y#z&w=v", 0, "x%3Fy%23z%26w%3Dv" },             /* reserved delimiters */
		{ "<autogenerated>\"'", 0, "%3Cautogenerated%3E%22%27" },
		{ "back\\slash:", 0, "back%5Cslash%3A" },
		{ "\n\t\x7f", 0, "%0A%09%7F" },
		{ "nul\0x", 5, "nul%00x" },
		{ "caf\xc3\xa9", 0, "caf%C3%A9" },                   /* UTF-8 bytes one by one */
		{ "bad\xff", 0, "bad%FF" },
		{ "javascript:alert(1)", 0, "javascript%3Aalert%281%29" }, /* no scheme survives */
	};
	(void)state;
	run_cases(sbuf_add_uri, c, sizeof(c) / sizeof(c[0]));
}

static void md_neutralises_markup(void **state)
{
	static const struct esc_case c[] = {
		{ "plain text 1.2", 0, "plain text 1.2" },
		{ "a|b", 0, "a\\|b" },                                /* no cell break */
		{ "`code` *em* _em_", 0, "\\`code\\` \\*em\\* \\_em\\_" },
		{ "[x](http://y)", 0, "\\[x\\](http://y)" },          /* no link */
		{ "<b>&amp;</b>", 0, "\\<b\\>\\&amp;\\</b\\>" },      /* no raw HTML, no entity */
		{ "~~s~~ \\", 0, "\\~\\~s\\~\\~ \\\\" },
		{ "row\nnext\r\tx", 0, "row next  x" },               /* no new table row */
		{ "\x1b[31mred\x01", 0, " \\[31mred " },              /* controls: spaces */
		{ "bad\xff", 0, "bad\xef\xbf\xbd" },
		{ "nul\0x", 5, "nul\xef\xbf\xbdx" },
		{ "\xe2\x86\x90 ok", 0, "\xe2\x86\x90 ok" },          /* UTF-8 kept */
	};
	(void)state;
	run_cases(sbuf_add_md, c, sizeof(c) / sizeof(c[0]));
}

static void term_drops_controls(void **state)
{
	static const struct esc_case c[] = {
		{ "plain <x> \"q\" \\ |", 0, "plain <x> \"q\" \\ |" }, /* no markup meaning */
		{ "\x1b[31mred\x1b[0m", 0, "?[31mred?[0m" },           /* ESC */
		{ "a\nb\rc\td", 0, "a?b?c?d" },                        /* no line breaks */
		{ "bell\a del\x7f", 0, "bell? del?" },
		{ "\xc2\x9b" "31m", 0, "?31m" },                       /* C1 CSI, UTF-8 encoded */
		{ "\xc2\x85\xc2\x9f\xc2\xa0", 0, "??\xc2\xa0" },       /* NEL, APC; NBSP kept */
		{ "bad\xff\xfe", 0, "bad\xef\xbf\xbd\xef\xbf\xbd" },   /* invalid UTF-8 */
		{ "\x9b" "31m", 0, "\xef\xbf\xbd" "31m" },             /* a raw C1 byte is invalid */
		{ "cut\xe2\x86", 0, "cut\xef\xbf\xbd\xef\xbf\xbd" },
		{ "nul\0x", 5, "nul\xef\xbf\xbdx" },
		{ "caf\xc3\xa9 \xe2\x86\x90", 0, "caf\xc3\xa9 \xe2\x86\x90" },
	};
	(void)state;
	run_cases(sbuf_add_term, c, sizeof(c) / sizeof(c[0]));
}

static void csv_cells(void **state)
{
	static const struct esc_case c[] = {
		{ "plain", 0, "plain" },
		{ "", 0, "" },
		{ "a,b", 0, "\"a,b\"" },
		{ "say \"hi\"", 0, "\"say \"\"hi\"\"\"" },             /* quotes doubled */
		{ "two\nlines\r\n", 0, "\"two\nlines\r\n\"" },         /* kept, inside quotes */
		{ "tab\tin", 0, "tab\tin" },
		{ "=cmd|' /C calc'!A0", 0, "\"'=cmd|' /C calc'!A0\"" }, /* formula guard */
		{ "+1", 0, "\"'+1\"" },
		{ "-2+3", 0, "\"'-2+3\"" },
		{ "@SUM(1)", 0, "\"'@SUM(1)\"" },
		{ "\tx", 0, "\"'\tx\"" },
		{ "'quoted", 0, "\"'quoted\"" },                       /* ' first: quoted too */
		{ "a|b;c", 0, "a|b;c" },
		{ "\x1b[0m\x01", 0, "?[0m?" },
		{ "bad\xff", 0, "bad\xef\xbf\xbd" },
		{ "nul\0x", 5, "nul\xef\xbf\xbdx" },
	};
	(void)state;
	run_cases(sbuf_add_csv_cell, c, sizeof(c) / sizeof(c[0]));
}

static void tsv_cells(void **state)
{
	static const struct esc_case c[] = {
		{ "plain \"q\" ,", 0, "plain \"q\" ," },
		{ "a\tb", 0, "a\\tb" },                               /* no extra column */
		{ "a\nb\rc", 0, "a\\nb\\rc" },                        /* no extra row */
		{ "back\\slash", 0, "back\\\\slash" },
		{ "=1+1", 0, "'=1+1" },                               /* formula guard */
		{ "@x", 0, "'@x" },
		{ "\tlead", 0, "'\\tlead" },
		{ "\x1b[1m|", 0, "?[1m|" },
		{ "bad\xff", 0, "bad\xef\xbf\xbd" },
	};
	(void)state;
	run_cases(sbuf_add_tsv_cell, c, sizeof(c) / sizeof(c[0]));
}

static void json_text_is_valid_utf8(void **state)
{
	static const struct esc_case c[] = {
		{ "plain \"q\" \\ \n\t\x01", 0, "plain \"q\" \\ \n\t\x01" }, /* jansson escapes these */
		{ "bad\xff", 0, "bad\xef\xbf\xbd" },
		{ "\xc0\xaf", 0, "\xef\xbf\xbd\xef\xbf\xbd" },         /* overlong '/' */
		{ "\xed\xa0\x80", 0, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" }, /* a surrogate */
		{ "nul\0x", 5, "nul\xef\xbf\xbdx" },
		{ "\xe2\x86\x90", 0, "\xe2\x86\x90" },
	};
	(void)state;
	run_cases(sbuf_add_json_text, c, sizeof(c) / sizeof(c[0]));
	/* And jansson takes every result, which it refuses for the raw bytes. */
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct sbuf sb = SBUF_INIT;
		json_t *j;
		size_t n = c[i].n ? c[i].n : strlen(c[i].in);
		sbuf_add_json_text(&sb, c[i].in, n);
		j = json_stringn(sb.buf, sb.len);
		assert_non_null(j);
		json_decref(j);
		sbuf_release(&sb);
	}
	assert_null(json_stringn("bad\xff", 4));
}

static void golden_c_escaped(void **state)
{
	static const struct esc_case c[] = {
		{ "plain", 0, "plain" },
		{ "say \"hi\" \\N", 0, "say \\\"hi\\\" \\\\N" },
		{ "a\nb\tc", 0, "a\\nb\\tc" },
		{ "\x1b\r\x7f", 0, "\\x1b\\x0d\\x7f" },
		{ "nul\0x", 5, "nul\\x00x" },
		{ "bad\xff \xe2\x86\x90", 0, "bad\xff \xe2\x86\x90" }, /* bytes verbatim */
	};
	(void)state;
	run_cases(sbuf_add_c_escaped, c, sizeof(c) / sizeof(c[0]));
}

static void golden_echo(void **state)
{
	static const struct esc_case c[] = {
		{ "./a.go:1:2: x escapes to heap", 0, "./a.go:1:2: x escapes to heap" },
		{ "tab\tkept", 0, "tab\tkept" },
		{ "\x1b[0m\r", 0, "?[0m?" },
		{ "nul\0x", 5, "nul?x" },
		{ "\x7f\xff", 0, "\x7f\xff" },                        /* verbatim, as before */
	};
	(void)state;
	run_cases(sbuf_add_echo, c, sizeof(c) / sizeof(c[0]));
}

/* ---- positions ------------------------------------------------------------- */

static void positions(void **state)
{
	static const struct {
		const char *file;
		int64_t line, col;
		const char *none, *want;
	} c[] = {
		{ "./a.go", 12, 7, "-", "./a.go:12:7" },
		{ "./a.go", 12, 0, "-", "./a.go:12" },       /* no column */
		{ "./a.go", 0, 7, "-", "./a.go" },           /* a column needs a line */
		{ "<autogenerated>", 1, 0, "-", "<autogenerated>:1" },
		{ NULL, 3, 4, "-", "-" },                   /* no file */
		{ "", 0, 0, "(no position)", "(no position)" },
		{ "", 0, 0, NULL, "" },
		{ "", 5, 2, "-", ":5:2" },                  /* a line without a file is shown */
		{ "we\"ird\\N.go", 9, 1, "-", "we\"ird\\N.go:9:1" }, /* raw: escape at the sink */
	};
	(void)state;
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		struct sbuf sb = SBUF_INIT;
		pos_format(&sb, c[i].file, c[i].line, c[i].col, c[i].none);
		assert_string_equal(sb.buf, c[i].want);
		sbuf_release(&sb);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(html_escapes_markup),
		cmocka_unit_test(js_string_is_inert),
		cmocka_unit_test(svg_is_xml_safe),
		cmocka_unit_test(dot_label_neutralises_escstring),
		cmocka_unit_test(dot_label_round_trip),
		cmocka_unit_test(dot_label_renders_verbatim),
		cmocka_unit_test(filename_is_safe),
		cmocka_unit_test(filename_stable_and_distinct),
		cmocka_unit_test(hash_is_fnv1a),
		cmocka_unit_test(uri_percent_encodes),
		cmocka_unit_test(md_neutralises_markup),
		cmocka_unit_test(term_drops_controls),
		cmocka_unit_test(csv_cells),
		cmocka_unit_test(tsv_cells),
		cmocka_unit_test(json_text_is_valid_utf8),
		cmocka_unit_test(golden_c_escaped),
		cmocka_unit_test(golden_echo),
		cmocka_unit_test(positions),
	};
	return cmocka_run_group_tests_name("render_escape", tests, NULL, NULL);
}
