/*
 * Chains (store/store_chain.c): what the ingest writes into
 * explanations.chain reads back byte for byte, through our decoder and
 * through SQLite's JSON functions (the flows and steps views), and a
 * damaged text is refused, never misread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "common/sbuf.h"
#include "store/store_internal.h"

#define S(lit) ((struct span){ lit, sizeof(lit) - 1 })

/* The texts the compiler may print, and bytes a damaged log may hold. */
static const struct span texts[] = {
	S("{heap}"), S("&"), S(""), S("x"), S("\"quoted\" \\ back"), S("tab\there\nnewline"),
	S("ctl \x01\x1f\x7f"), S("not utf-8 \xff\xfe\xc3"), S("utf-8 \xc3\xa9 \xe2\x86\x90"),
	S("nul \0 inside"),
};
#define NTEXTS (sizeof(texts) / sizeof(texts[0]))

struct seen {
	struct sbuf log; /* what the visitor saw, one line per call */
};

static void add_span(struct sbuf *b, struct span s)
{
	sbuf_addf(b, "%zu:", s.n);
	sbuf_add(b, s.p, s.n);
	sbuf_addch(b, '|');
}

static int on_flow(void *ctx, const struct chain_flow *f)
{
	struct seen *s = ctx;
	sbuf_addf(&s->log, "F%llu ", (unsigned long long)f->seq);
	add_span(&s->log, f->dst);
	add_span(&s->log, f->ops);
	add_span(&s->log, f->src);
	sbuf_addf(&s->log, "%lld %lld\n", (long long)f->derefs, (long long)f->line_no);
	return 0;
}

static int on_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *st)
{
	struct seen *s = ctx;
	sbuf_addf(&s->log, "S%llu.%llu ", (unsigned long long)flow, (unsigned long long)seq);
	add_span(&s->log, st->expr);
	if (st->has_reason)
		add_span(&s->log, st->reason);
	else
		sbuf_addstr(&s->log, "-|");
	sbuf_addf(&s->log, "%lld %lld %ld %ld\n", (long long)st->line_no, (long long)st->file_id,
		  st->line, st->col);
	return 0;
}

/* Every text as a flow part and a step part; steps before any flow too. */
static void encode(struct sbuf *out, struct sbuf *want, int64_t base)
{
	struct chain_enc e;
	int64_t line = base;
	chain_enc_begin(&e, out, base);
	for (size_t i = 0; i < 2; i++) { /* steps before any flow */
		chain_enc_step(&e, texts[i + 3], i ? S("") : S("assign"), ++line, i ? 0 : 7, 12, 3);
		sbuf_addf(want, "S0.%zu ", i + 1);
		add_span(want, texts[i + 3]);
		if (i)
			sbuf_addstr(want, "-|");
		else
			add_span(want, S("assign"));
		sbuf_addf(want, "%lld %d %d %d\n", (long long)line, i ? 0 : 7, i ? 0 : 12, i ? 0 : 3);
	}
	for (size_t i = 0; i < NTEXTS; i++) {
		struct span dst = texts[i], ops = texts[(i + 1) % NTEXTS], src = texts[(i + 2) % NTEXTS];
		chain_enc_flow(&e, dst, ops, (int64_t)i - 1, src, ++line);
		sbuf_addf(want, "F%zu ", i + 1);
		add_span(want, dst);
		add_span(want, ops);
		add_span(want, src);
		sbuf_addf(want, "%lld %lld\n", (long long)i - 1, (long long)line);
		for (size_t k = 0; k < i % 3; k++) {
			struct span expr = texts[(i + k) % NTEXTS], reason = texts[(i + 2 * k + 1) % NTEXTS];
			chain_enc_step(&e, expr, reason, ++line, (int64_t)(k + 1), (long)(100 + k), (long)k);
			sbuf_addf(want, "S%zu.%zu ", i + 1, k + 1);
			add_span(want, expr);
			if (reason.n)
				add_span(want, reason);
			else
				sbuf_addstr(want, "-|");
			sbuf_addf(want, "%lld %zu %zu %zu\n", (long long)line, k + 1, 100 + k, k);
		}
	}
	size_t n = chain_enc_end(&e);
	assert_int_equal(n, out->len);
}

static void round_trip(void **state)
{
	struct sbuf text = SBUF_INIT, want = SBUF_INIT;
	struct seen s = { SBUF_INIT };
	struct chain_visitor v = { on_flow, on_step, &s };
	(void)state;
	encode(&text, &want, 1000);
	assert_int_equal(chain_decode(text.buf, text.len, 1000, &v), 0);
	assert_int_equal(s.log.len, want.len);
	assert_memory_equal(s.log.buf, want.buf, want.len);
	sbuf_release(&text);
	sbuf_release(&want);
	sbuf_release(&s.log);
}

static void no_chain(void **state)
{
	struct sbuf text = SBUF_INIT;
	struct chain_enc e;
	struct chain_visitor v = { on_flow, on_step, NULL };
	(void)state;
	chain_enc_begin(&e, &text, 5);
	assert_int_equal(chain_enc_end(&e), 0); /* stored as NULL */
	assert_int_equal(chain_decode(NULL, 0, 5, &v), 0);
	sbuf_release(&text);
}

/* SQLite's json_extract (the views) reads the strings our encoder wrote. */
static void sqlite_reads_it(void **state)
{
	struct sbuf text = SBUF_INIT, want = SBUF_INIT;
	sqlite3 *db;
	sqlite3_stmt *st;
	size_t i = 0;
	(void)state;
	encode(&text, &want, 0);
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT json_extract(f.value, '$[0]'),"
					    " json_extract(f.value, '$[2]') FROM json_each(?1) f"
					    " WHERE f.key > 0 ORDER BY f.key", -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(st, 1, text.buf, (int)text.len, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const struct span *t = &texts[i];
		const char *got = (const char *)sqlite3_column_text(st, 0);
		size_t n = (size_t)sqlite3_column_bytes(st, 0);
		/* SQLite ends a string at an escaped NUL; every other byte is kept. */
		size_t upto = memchr(t->p, 0, t->n) ? (size_t)((const char *)memchr(t->p, 0, t->n) - t->p)
						     : t->n;
		assert_int_equal(n, upto);
		assert_memory_equal(got, t->p, upto);
		assert_int_equal(sqlite3_column_int64(st, 1), (int64_t)i - 1);
		i++;
	}
	assert_int_equal(i, NTEXTS);
	sqlite3_finalize(st);
	sqlite3_close(db);
	sbuf_release(&text);
	sbuf_release(&want);
}

/* Every cut of a valid chain, and a few bytes changed, are refused or read
 * as what they say: never past the text (ASan and valgrind watch this). */
static void damaged(void **state)
{
	struct sbuf text = SBUF_INIT, want = SBUF_INIT;
	struct seen s = { SBUF_INIT };
	struct chain_visitor v = { on_flow, on_step, &s };
	static const char *const bad[] = {
		"[", "[]", "[[]", "[[],", "[[],[]]", "[[],[\"a\",\"\",0,\"b\",1]]",
		"[[\"x\"]]", "[[[\"x\",null]]]", "[[[\"x\",null,1,2]]]", "[[[\"x\",1,1]]]",
		"[[]]x", "[[[\"\\q\",null,1]]]", "[[[\"\\u12\",null,1]]]", "{}", "[[]] ,",
	};
	(void)state;
	encode(&text, &want, 0);
	for (size_t n = 1; n < text.len; n++) {
		char *cut = malloc(n);
		memcpy(cut, text.buf, n);
		sbuf_reset(&s.log);
		assert_int_equal(chain_decode(cut, n, 0, &v), -1);
		free(cut);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(chain_decode(bad[i], strlen(bad[i]), 0, &v), -1);
	/* The smallest chains there are. */
	assert_int_equal(chain_decode("[[]]", 4, 0, &v), 0);
	assert_int_equal(chain_decode(" [ [ ] ] ", 9, 0, &v), 0);
	sbuf_release(&text);
	sbuf_release(&want);
	sbuf_release(&s.log);
}

int main(void)
{
	static const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip),
		cmocka_unit_test(no_chain),
		cmocka_unit_test(sqlite_reads_it),
		cmocka_unit_test(damaged),
	};
	return cmocka_run_group_tests_name("chain", tests, NULL, NULL);
}
