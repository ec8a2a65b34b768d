/*
 * Tests for parser/pprof.c (the profile.proto decoder) and feed/profile.c
 * (files, gzip, text detection), on hand-encoded wire bytes and on the real
 * go1.19 and go1.27 profiles of testdata/pprof/.
 *
 * test_pprof --dump FILE prints a profile as escviz decodes it: sample
 * types, period, and each sample's values and frames, one frame a line
 * (tests/cli/pprof_decode.sh compares it with go tool pprof -raw):
 *   sample_type<TAB>I<TAB>TYPE<TAB>UNIT
 *   period_type<TAB>TYPE<TAB>UNIT / period / time_nanos / duration_nanos
 *   default_sample_type<TAB>NAME
 *   sample<TAB>I<TAB>V1 V2 ...
 *   frame<TAB>LOCATION_ID<TAB>K<TAB>FUNCTION<TAB>FILE:LINE<TAB>START_LINE<TAB>ADDRESS
 *     (K: the line's index in its Location, 0 the innermost inlined callee,
 *      the last one the function the code was compiled in)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include <cmocka.h>

#include "common/sbuf.h"
#include "common/util.h"
#include "feed/profile.h"
#include "parser/pprof.h"

/* ---- a tiny protobuf encoder for the tests ---- */

static void put_varint(struct sbuf *b, uint64_t v)
{
	while (v >= 0x80) {
		sbuf_addch(b, (int)(v & 0x7f) | 0x80);
		v >>= 7;
	}
	sbuf_addch(b, (int)v);
}

static void put_tag(struct sbuf *b, unsigned num, unsigned wt)
{
	put_varint(b, (uint64_t)num << 3 | wt);
}

static void put_uint(struct sbuf *b, unsigned num, uint64_t v)
{
	put_tag(b, num, 0);
	put_varint(b, v);
}

static void put_bytes(struct sbuf *b, unsigned num, const void *p, size_t n)
{
	put_tag(b, num, 2);
	put_varint(b, n);
	sbuf_add(b, p, n);
}

static void put_msg(struct sbuf *b, unsigned num, struct sbuf *m)
{
	put_bytes(b, num, m->buf, m->len);
	sbuf_release(m);
}

static void put_str(struct sbuf *b, const char *s)
{
	put_bytes(b, 6, s, strlen(s));
}

/* Packed varints: n values. */
static void put_packed(struct sbuf *b, unsigned num, const uint64_t *v, size_t n)
{
	struct sbuf m = SBUF_INIT;
	for (size_t i = 0; i < n; i++)
		put_varint(&m, v[i]);
	put_msg(b, num, &m);
}

/*
 * A small valid profile: strings "", "alloc_space", "bytes", "main.f",
 * "main.g", "/x/main.go", "count"; sample types (alloc_objects count is
 * skipped: types 1/2 and 6/2); functions 1 main.f and 2 main.g; location 10
 * with two lines (main.f inlined into main.g) and location 11 (main.g);
 * sample 1: packed locations [10 11], packed values [3 300]; sample 2:
 * unpacked locations 11, unpacked values 1, -5.  extra, when set, is
 * called to add fields before the string table (which comes last, so that
 * any strict prefix lacks part of it).
 */
static void small_profile(struct sbuf *b, void (*extra)(struct sbuf *))
{
	struct sbuf m = SBUF_INIT, l = SBUF_INIT;
	uint64_t locs[] = { 10, 11 }, vals[] = { 3, 300 };

	sbuf_reset(b);
	put_uint(&m, 1, 1), put_uint(&m, 2, 2), put_msg(b, 1, &m);
	put_uint(&m, 1, 6), put_uint(&m, 2, 2), put_msg(b, 1, &m);
	put_packed(&m, 1, locs, 2), put_packed(&m, 2, vals, 2), put_msg(b, 2, &m);
	put_uint(&m, 1, 11), put_uint(&m, 2, 1), put_uint(&m, 2, (uint64_t)-5), put_msg(b, 2, &m);
	put_uint(&m, 1, 10), put_uint(&m, 3, 0x401000);
	put_uint(&l, 1, 1), put_uint(&l, 2, 7), put_msg(&m, 4, &l);
	put_uint(&l, 1, 2), put_uint(&l, 2, 20), put_msg(&m, 4, &l);
	put_msg(b, 4, &m);
	put_uint(&m, 1, 11), put_uint(&l, 1, 2), put_uint(&l, 2, 22), put_msg(&m, 4, &l);
	put_msg(b, 4, &m);
	put_uint(&m, 1, 2), put_uint(&m, 2, 4), put_uint(&m, 4, 5), put_uint(&m, 5, 18);
	put_msg(b, 5, &m);
	put_uint(&m, 1, 1), put_uint(&m, 2, 3), put_uint(&m, 3, 3), put_uint(&m, 4, 5),
		put_uint(&m, 5, 6);
	put_msg(b, 5, &m);
	put_uint(&m, 1, 6), put_uint(&m, 2, 2), put_msg(b, 11, &m);
	put_uint(b, 12, 512 * 1024);
	put_uint(b, 9, 1700000000000000000ull);
	put_uint(b, 10, 1000000000);
	put_uint(b, 14, 1);
	if (extra)
		extra(b);
	put_str(b, "");
	put_str(b, "alloc_space");
	put_str(b, "bytes");
	put_str(b, "main.f");
	put_str(b, "main.g");
	put_str(b, "/x/main.go");
	put_str(b, "inuse_space");
}

static int decode(struct sbuf *b, struct pprof_profile *p, struct sbuf *err)
{
	return pprof_decode((const unsigned char *)b->buf, b->len, p, err);
}

/* Decoding fails with a message containing want. */
static void expect_error(struct sbuf *b, const char *want)
{
	struct pprof_profile p;
	struct sbuf err = SBUF_INIT;

	assert_int_equal(decode(b, &p, &err), ESCVIZ_ERROR);
	if (!strstr(err.buf, want))
		fail_msg("error \"%s\" does not contain \"%s\"", err.buf, want);
	assert_null(p.samples);
	assert_int_equal(p.nstrings, 0);
	sbuf_release(&err);
}

static void decodes_small_profile(void **state)
{
	struct sbuf b = SBUF_INIT, err = SBUF_INIT;
	struct pprof_profile p;
	(void)state;

	small_profile(&b, NULL);
	assert_int_equal(decode(&b, &p, &err), 0);
	assert_int_equal(p.nsample_types, 2);
	assert_string_equal(pprof_str(&p, p.sample_types[0].type), "alloc_space");
	assert_string_equal(pprof_str(&p, p.sample_types[1].type), "inuse_space");
	assert_string_equal(pprof_str(&p, p.sample_types[1].unit), "bytes");
	assert_int_equal(p.nsamples, 2);
	assert_int_equal(p.samples[0].nlocations, 2);
	assert_int_equal(p.samples[0].location_ids[0], 10);
	assert_int_equal(p.samples[0].values[1], 300);
	assert_int_equal(p.samples[1].nlocations, 1);
	assert_int_equal(p.samples[1].values[0], 1);
	assert_int_equal(p.samples[1].values[1], -5);
	const struct pprof_location *loc = pprof_location(&p, 10);
	assert_non_null(loc);
	assert_int_equal(loc->address, 0x401000);
	assert_int_equal(loc->nlines, 2);
	assert_string_equal(pprof_str(&p, pprof_function(&p, loc->lines[0].function_id)->name),
			    "main.f");
	assert_int_equal(loc->lines[1].line, 20);
	/* Functions were given 2 then 1: sorted by id. */
	assert_int_equal(p.functions[0].id, 1);
	assert_string_equal(pprof_str(&p, p.functions[1].filename), "/x/main.go");
	assert_int_equal(p.functions[1].start_line, 18);
	assert_null(pprof_location(&p, 12));
	assert_null(pprof_function(&p, 0));
	assert_string_equal(pprof_str(&p, 99), "");
	assert_string_equal(pprof_str(&p, -1), "");
	assert_string_equal(pprof_str(&p, p.period_type.type), "inuse_space");
	assert_int_equal(p.period, 512 * 1024);
	assert_int_equal(p.duration_nanos, 1000000000);
	assert_int_equal(p.default_sample_type, 1);
	pprof_release(&p);
	pprof_release(&p); /* released twice is harmless */
	sbuf_release(&b);
	sbuf_release(&err);
}

static void add_unknown_fields(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	put_uint(b, 100, 7);                          /* varint */
	put_tag(b, 101, 1), sbuf_add(b, "12345678", 8); /* 64-bit */
	put_tag(b, 102, 5), sbuf_add(b, "1234", 4);     /* 32-bit */
	put_bytes(b, 103, "junk", 4);                 /* length-delimited */
	/* A mapping (skipped), a comment packed and unpacked, drop_frames. */
	put_uint(&m, 1, 1), put_uint(&m, 5, 5), put_msg(b, 3, &m);
	put_uint(b, 13, 3);
	uint64_t c[] = { 4, 5 };
	put_packed(b, 13, c, 2);
	put_uint(b, 7, 0);
	/* A sample with a label and unknown fields of each wire type. */
	put_uint(&m, 1, 10), put_uint(&m, 2, 1), put_uint(&m, 2, 2);
	put_bytes(&m, 3, "\x08\x01\x10\x02", 4);
	put_tag(&m, 9, 1), sbuf_add(&m, "abcdefgh", 8);
	put_tag(&m, 10, 5), sbuf_add(&m, "abcd", 4);
	put_uint(&m, 11, 1);
	put_msg(b, 2, &m);
}

static void skips_unknown_fields(void **state)
{
	struct sbuf b = SBUF_INIT, err = SBUF_INIT;
	struct pprof_profile p;
	(void)state;

	small_profile(&b, add_unknown_fields);
	assert_int_equal(decode(&b, &p, &err), 0);
	assert_int_equal(p.nsamples, 3);
	assert_int_equal(p.samples[2].values[1], 2);
	pprof_release(&p);
	sbuf_release(&b);
	sbuf_release(&err);
}

static void minimal_and_empty(void **state)
{
	struct sbuf b = SBUF_INIT, err = SBUF_INIT;
	struct pprof_profile p;
	(void)state;

	put_str(&b, "");
	assert_int_equal(decode(&b, &p, &err), 0);
	assert_int_equal(p.nstrings, 1);
	assert_string_equal(p.strings[0], "");
	assert_int_equal(p.nsamples, 0);
	pprof_release(&p);
	sbuf_reset(&b);
	expect_error(&b, "empty");
	put_uint(&b, 12, 5);
	expect_error(&b, "truncated before the string table (Go writes it last): 1 fields, 0 samples");
	sbuf_reset(&b);
	put_uint(&b, 99, 5);
	expect_error(&b, "no string table and no field of a profile");
	sbuf_reset(&b);
	put_str(&b, "x");
	expect_error(&b, "string_table[0] at byte 0 is not \"\"");
	sbuf_release(&b);
	sbuf_release(&err);
}

static void bad_varints_and_wire_types(void **state)
{
	struct sbuf b = SBUF_INIT;
	(void)state;

	sbuf_add(&b, "\x60\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12);
	expect_error(&b, "varint longer than 10 bytes at byte 1");
	sbuf_reset(&b);
	sbuf_add(&b, "\x60\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02", 11);
	expect_error(&b, "varint overflows 64 bits at byte 1");
	sbuf_reset(&b);
	/* The largest 64-bit varint is fine. */
	put_str(&b, "");
	sbuf_add(&b, "\x60\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 11);
	struct pprof_profile p;
	assert_int_equal(decode(&b, &p, NULL), 0);
	assert_int_equal(p.period, -1);
	pprof_release(&p);
	sbuf_reset(&b);
	put_str(&b, "");
	put_tag(&b, 5, 3);
	expect_error(&b, "group (wire type 3)");
	sbuf_reset(&b);
	put_str(&b, "");
	put_tag(&b, 5, 4);
	expect_error(&b, "group (wire type 4)");
	sbuf_reset(&b);
	put_str(&b, "");
	put_tag(&b, 5, 7);
	expect_error(&b, "invalid wire type 7");
	sbuf_reset(&b);
	put_str(&b, "");
	sbuf_add(&b, "\x00\x01", 2);
	expect_error(&b, "bad field number 0 at byte 2");
	sbuf_reset(&b);
	put_str(&b, "");
	put_uint(&b, 2, 1); /* a sample as a varint */
	expect_error(&b, "field 2 at byte 2 is varint, expected length-delimited");
	sbuf_reset(&b);
	put_str(&b, "");
	put_bytes(&b, 12, "\x01", 1); /* period as bytes */
	expect_error(&b, "field 12 at byte 2 is length-delimited, expected varint");
	sbuf_reset(&b);
	/* A nested length that runs past its message is malformed, not truncated. */
	put_str(&b, "");
	put_bytes(&b, 5, "\x08\x01\x12\x05", 4);
	expect_error(&b, "function: field 2 at byte 6: 5 bytes run past the end of its message at byte 8");
	sbuf_reset(&b);
	put_str(&b, "");
	put_bytes(&b, 4, "\x08\x01\x22\x05\x08", 5);
	expect_error(&b, "location: field 4 at byte 6: 5 bytes run past the end of its message at byte 9");
	sbuf_reset(&b);
	put_str(&b, "");
	put_bytes(&b, 5, "\x08\x01\x12\x01x", 5); /* a function name as bytes */
	expect_error(&b, "function: field 2 at byte 6 is length-delimited, expected varint");
	sbuf_reset(&b);
	put_str(&b, "");
	put_bytes(&b, 2, "\x0a\x02\x01\x81", 4); /* packed ids, last varint cut */
	expect_error(&b, "runs past the end of its field");
	sbuf_release(&b);
}

/* Every strict prefix of a valid profile is an error, never a crash. */
static void every_truncation_fails(void **state)
{
	struct sbuf b = SBUF_INIT, err = SBUF_INIT;
	struct pprof_profile p;
	size_t ntrunc = 0;
	(void)state;

	small_profile(&b, add_unknown_fields);
	for (size_t k = 0; k < b.len; k++) {
		unsigned char *copy = malloc(k ? k : 1);
		memcpy(copy, b.buf, k);
		if (pprof_decode(copy, k, &p, &err) != ESCVIZ_ERROR)
			fail_msg("prefix of %zu of %zu bytes decoded", k, b.len);
		assert_true(err.len > 0);
		ntrunc += strncmp(err.buf, "truncated", 9) == 0;
		free(copy);
	}
	/* Most cuts fall inside a field: said to be a truncation. */
	assert_true(ntrunc > b.len / 2);
	sbuf_release(&b);
	sbuf_release(&err);
}

/*
 * Every strict prefix of a real profile (go1.19 and go1.27, gunzipped) is
 * said to be truncated: inside a field, before the string table (Go writes
 * it last), or inside it (a string index, the mapping's file and build id
 * included, past its end).
 */
static void real_prefixes_truncated(void **state)
{
	const char *files[] = { ESCVIZ_SOURCE_DIR "/tests/fuzz/regressions/pprof/allocs-go1.19.pb",
				ESCVIZ_SOURCE_DIR "/tests/fuzz/regressions/pprof/cpu-go1.27.pb" };
	struct sbuf err = SBUF_INIT;
	(void)state;

	for (size_t i = 0; i < 2; i++) {
		FILE *f = fopen(files[i], "rb");
		static unsigned char buf[1 << 16];
		size_t len, decoded = 0;
		struct pprof_profile p;

		assert_non_null(f);
		len = fread(buf, 1, sizeof(buf), f);
		fclose(f);
		assert_true(len > 1000 && len < sizeof(buf));
		for (size_t k = 0; k < len; k++) {
			unsigned char *copy = malloc(k ? k : 1);
			memcpy(copy, buf, k);
			if (pprof_decode(copy, k, &p, &err) == 0) {
				decoded++;
				pprof_release(&p);
			} else if (k && strncmp(err.buf, "truncated", 9) != 0) {
				fail_msg("%s cut at %zu: \"%s\" is not a truncation", files[i], k, err.buf);
			}
			free(copy);
		}
		assert_int_equal(decoded, 0);
		assert_int_equal(pprof_decode(buf, len, &p, &err), 0);
		pprof_release(&p);
	}
	sbuf_release(&err);
}

static void add_bad_sample_location(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	put_uint(&m, 1, 99), put_uint(&m, 2, 1), put_uint(&m, 2, 1), put_msg(b, 2, &m);
}

static void add_bad_sample_values(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	uint64_t v[] = { 1, 2, 3 };
	put_uint(&m, 1, 10), put_packed(&m, 2, v, 3), put_msg(b, 2, &m);
}

static void add_bad_function_name(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	put_uint(&m, 1, 3), put_uint(&m, 2, 50), put_msg(b, 5, &m);
}

static void add_bad_line_function(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT, l = SBUF_INIT;
	put_uint(&m, 1, 12), put_uint(&l, 1, 77), put_msg(&m, 4, &l), put_msg(b, 4, &m);
}

static void add_duplicate_location(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	put_uint(&m, 1, 11), put_msg(b, 4, &m);
}

static void add_location_id_0(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	put_uint(&m, 3, 5), put_msg(b, 4, &m);
}

static void add_bad_sample_type(struct sbuf *b)
{
	struct sbuf m = SBUF_INIT;
	put_uint(&m, 1, 7), put_msg(b, 11, &m); /* period type; 7 strings: 0..6 */
}

static void add_bad_comment(struct sbuf *b)
{
	uint64_t c[] = { 1, 1000 };
	put_packed(b, 13, c, 2);
}

static void bad_references(void **state)
{
	struct sbuf b = SBUF_INIT;
	(void)state;

	small_profile(&b, add_bad_sample_location);
	expect_error(&b, "sample 2 at byte ");
	expect_error(&b, "location 99 does not exist");
	small_profile(&b, add_bad_sample_values);
	expect_error(&b, "has 3 values for 2 sample types");
	small_profile(&b, add_bad_function_name);
	expect_error(&b, "function name at byte ");
	expect_error(&b, "string index 50 out of range (7 strings)");
	small_profile(&b, add_bad_line_function);
	expect_error(&b, "of location 12: function 77 does not exist");
	small_profile(&b, add_duplicate_location);
	expect_error(&b, "two locations have id 11");
	small_profile(&b, add_location_id_0);
	expect_error(&b, "has id 0");
	small_profile(&b, add_bad_sample_type);
	expect_error(&b, "period type at byte ");
	expect_error(&b, "string index 7 out of range");
	small_profile(&b, add_bad_comment);
	expect_error(&b, "comment at byte ");
	sbuf_release(&b);
}

/* ---- feed/profile.c ---- */

static char *tmp_write(const void *data, size_t len)
{
	char *path = strdup("/tmp/escviz-test-pprof-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

static void gz(const struct sbuf *in, struct sbuf *out)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
	sbuf_reset(out);
	sbuf_grow(out, deflateBound(&z, in->len) + 64);
	z.next_in = (unsigned char *)in->buf;
	z.avail_in = (unsigned)in->len;
	z.next_out = (unsigned char *)out->buf;
	z.avail_out = (unsigned)(out->cap - 1);
	assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
	sbuf_setlen(out, z.total_out);
	deflateEnd(&z);
}

/* feed_profile_read on data gives code and a message containing want. */
static void expect_file(const void *data, size_t len, int code, const char *want)
{
	char *path = tmp_write(data, len);
	struct pprof_profile p;
	struct sbuf err = SBUF_INIT;
	int rc = feed_profile_read(path, &p, &err);

	assert_int_equal(rc, code);
	if (code < 0 && (!strstr(err.buf, want) || strncmp(err.buf, path, strlen(path)) != 0))
		fail_msg("error \"%s\" does not name the file and say \"%s\"", err.buf, want);
	if (code == 0)
		pprof_release(&p);
	unlink(path);
	free(path);
	sbuf_release(&err);
}

static void files(void **state)
{
	struct sbuf b = SBUF_INIT, z = SBUF_INIT, err = SBUF_INIT;
	struct pprof_profile p;
	(void)state;

	small_profile(&b, NULL);
	gz(&b, &z);
	expect_file(z.buf, z.len, 0, NULL);                 /* gzip */
	expect_file(b.buf, b.len, 0, NULL);                 /* bare protobuf */
	sbuf_add(&z, z.buf, z.len);                         /* two gzip members */
	expect_file(z.buf, z.len, ESCVIZ_EUSAGE, "not a pprof profile");
	gz(&b, &z);
	for (size_t k = 0; k < z.len; k += 7)               /* gzip cut anywhere */
		expect_file(z.buf, k, ESCVIZ_EUSAGE, k ? "truncated profile" : "empty file");
	expect_file(b.buf, b.len - 3, ESCVIZ_EUSAGE, "truncated profile (truncated field 6 at byte ");
	const char *heap = "heap profile: 3: 1024 [10: 4096] @ heap/1048576\n"
			   "1: 512 [2: 1024] @ 0x1 0x2\n";
	expect_file(heap, strlen(heap), ESCVIZ_EUSAGE, "legacy text profile (it starts with \"heap profile:\"): escviz reads protobuf profiles: write it with pprof.WriteHeapProfile");
	const char *mutex = "--- mutex:\ncycles/second=1\n";
	expect_file(mutex, strlen(mutex), ESCVIZ_EUSAGE, "legacy text profile (it starts with \"--- mutex\")");
	const char *text = "this is not a profile at all, just words\n";
	expect_file(text, strlen(text), ESCVIZ_EUSAGE, "not a pprof profile (plain text, not gzip or protobuf)");
	expect_file("\x01\x02\x03\x04\x05", 5, ESCVIZ_EUSAGE, "not a pprof profile (");
	expect_file("\x1f\x8b\x08\x00garbagegarbage", 18, ESCVIZ_EUSAGE,
		    "not a pprof profile (bad gzip data");
	/* Gunzipped text is text too. */
	sbuf_reset(&b);
	sbuf_addstr(&b, heap);
	gz(&b, &z);
	expect_file(z.buf, z.len, ESCVIZ_EUSAGE, "legacy text profile (it starts with");
	sbuf_reset(&b);
	sbuf_addstr(&b, text);
	gz(&b, &z);
	expect_file(z.buf, z.len, ESCVIZ_EUSAGE, "not a pprof profile (plain text after gunzip,");
	/* A gzip bomb stops at the limit. */
	sbuf_reset(&b);
	for (int i = 0; i < 100000; i++)
		sbuf_addch(&b, 0);
	gz(&b, &z);
	assert_int_equal(feed_profile_parse("bomb", (unsigned char *)z.buf, z.len, 4096, &p, &err),
			 ESCVIZ_EUSAGE);
	assert_non_null(strstr(err.buf, "bomb: profile too large"));
	assert_int_equal(feed_profile_read("/nonexistent/x.pb.gz", &p, &err), ESCVIZ_EIO);
	assert_non_null(strstr(err.buf, "/nonexistent/x.pb.gz: "));
	sbuf_release(&b);
	sbuf_release(&z);
	sbuf_release(&err);
}

/* ---- the real profiles ---- */

/* Sum of sample type ti over the samples whose leaf frame is fn. */
static int64_t flat(const struct pprof_profile *p, const char *fn, size_t ti)
{
	int64_t sum = 0;
	for (size_t i = 0; i < p->nsamples; i++) {
		const struct pprof_sample *s = &p->samples[i];
		const struct pprof_location *loc;
		if (!s->nlocations || !(loc = pprof_location(p, s->location_ids[0])) || !loc->nlines)
			continue;
		const struct pprof_function *f = pprof_function(p, loc->lines[0].function_id);
		if (f && strcmp(pprof_str(p, f->name), fn) == 0)
			sum += s->values[ti];
	}
	return sum;
}

/* The profiles of testdata/pprof/gen.sh, by go1.19 and by go1.27. */
static void real_profiles(void **state)
{
	struct pprof_profile p;
	struct sbuf err = SBUF_INIT;
	const char *want[] = { "alloc_objects", "count", "alloc_space", "bytes",
			       "inuse_objects", "count", "inuse_space", "bytes" };
	const char *dirs[] = { ESCVIZ_SOURCE_DIR "/testdata/pprof",
			       ESCVIZ_SOURCE_DIR "/testdata/pprof/go1.27" };
	char path[4096];
	(void)state;

	for (size_t d = 0; d < 2; d++) {
		snprintf(path, sizeof(path), "%s/allocs.pb.gz", dirs[d]);
		if (feed_profile_read(path, &p, &err) < 0)
			fail_msg("%s", err.buf);
		assert_int_equal(p.nsample_types, 4);
		for (size_t i = 0; i < 4; i++) {
			assert_string_equal(pprof_str(&p, p.sample_types[i].type), want[2 * i]);
			assert_string_equal(pprof_str(&p, p.sample_types[i].unit), want[2 * i + 1]);
		}
		assert_string_equal(pprof_str(&p, p.period_type.type), "space");
		assert_string_equal(pprof_str(&p, p.period_type.unit), "bytes");
		assert_int_equal(p.period, 1); /* MemProfileRate = 1 */
		assert_string_equal(pprof_str(&p, p.default_sample_type), "alloc_space");
		/* 1000 calls each, in the size classes of 2000, 3000 and 5000
		 * bytes (go tool pprof -top: 2000kB, 3000kB, 5250kB); small is
		 * inlined into siteC, so its frame is the leaf.
		 * go1.27 also has three small samples (112 + 32 + 112 bytes) with
		 * siteA's line as leaf in the committed file (go tool pprof -top
		 * says 2048256B too): go1.19 exactly, go1.27 within 1 %. */
		int64_t a = flat(&p, "main.siteA", 1), b = flat(&p, "main.siteB", 1),
			c = flat(&p, "main.small", 1);
		if (d == 0) {
			assert_int_equal(a, 2048 * 1000);
			assert_int_equal(b, 3072 * 1000);
			assert_int_equal(c, 5376 * 1000);
			assert_int_equal(flat(&p, "main.siteA", 0), 1000);
		}
		assert_in_range(a, 2048 * 1000, 2048 * 1010);
		assert_in_range(b, 3072 * 1000, 3072 * 1010);
		assert_in_range(c, 5376 * 1000, 5376 * 1010);
		assert_int_equal(flat(&p, "main.siteC", 1), 0);
		pprof_release(&p);

		snprintf(path, sizeof(path), "%s/cpu.pb.gz", dirs[d]);
		if (feed_profile_read(path, &p, &err) < 0)
			fail_msg("%s", err.buf);
		assert_int_equal(p.nsample_types, 2);
		assert_string_equal(pprof_str(&p, p.sample_types[0].type), "samples");
		assert_string_equal(pprof_str(&p, p.sample_types[1].type), "cpu");
		assert_string_equal(pprof_str(&p, p.sample_types[1].unit), "nanoseconds");
		assert_string_equal(pprof_str(&p, p.period_type.type), "cpu");
		assert_int_equal(p.period, 10000000); /* 100 Hz */
		assert_true(p.duration_nanos > 0);
		assert_true(flat(&p, "main.burn", 1) > 0);
		pprof_release(&p);
	}
	sbuf_release(&err);
}

static int dump(const char *path)
{
	struct pprof_profile p;
	struct sbuf err = SBUF_INIT;

	if (feed_profile_read(path, &p, &err) < 0) {
		fprintf(stderr, "test_pprof: %s\n", err.buf);
		sbuf_release(&err);
		return 2;
	}
	for (size_t i = 0; i < p.nsample_types; i++)
		printf("sample_type\t%zu\t%s\t%s\n", i, pprof_str(&p, p.sample_types[i].type),
		       pprof_str(&p, p.sample_types[i].unit));
	printf("period_type\t%s\t%s\n", pprof_str(&p, p.period_type.type),
	       pprof_str(&p, p.period_type.unit));
	printf("period\t%lld\n", (long long)p.period);
	printf("time_nanos\t%lld\n", (long long)p.time_nanos);
	printf("duration_nanos\t%lld\n", (long long)p.duration_nanos);
	printf("default_sample_type\t%s\n", pprof_str(&p, p.default_sample_type));
	for (size_t i = 0; i < p.nsamples; i++) {
		const struct pprof_sample *s = &p.samples[i];
		printf("sample\t%zu\t", i);
		for (size_t v = 0; v < s->nvalues; v++)
			printf("%s%lld", v ? " " : "", (long long)s->values[v]);
		printf("\n");
		for (size_t l = 0; l < s->nlocations; l++) {
			const struct pprof_location *loc = pprof_location(&p, s->location_ids[l]);
			for (size_t k = 0; k < loc->nlines; k++) {
				const struct pprof_function *f =
					pprof_function(&p, loc->lines[k].function_id);
				printf("frame\t%llu\t%zu\t%s\t%s:%lld\t%lld\t0x%llx\n",
				       (unsigned long long)loc->id, k, f ? pprof_str(&p, f->name) : "?",
				       f ? pprof_str(&p, f->filename) : "?",
				       (long long)loc->lines[k].line, f ? (long long)f->start_line : 0,
				       (unsigned long long)loc->address);
			}
			if (!loc->nlines)
				printf("frame\t%llu\t0\t?\t?:0\t0\t0x%llx\n", (unsigned long long)loc->id,
				       (unsigned long long)loc->address);
		}
	}
	pprof_release(&p);
	sbuf_release(&err);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--dump") == 0)
		return dump(argv[2]);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decodes_small_profile),
		cmocka_unit_test(skips_unknown_fields),
		cmocka_unit_test(minimal_and_empty),
		cmocka_unit_test(bad_varints_and_wire_types),
		cmocka_unit_test(every_truncation_fails),
		cmocka_unit_test(bad_references),
		cmocka_unit_test(files),
		cmocka_unit_test(real_profiles),
		cmocka_unit_test(real_prefixes_truncated),
	};
	return cmocka_run_group_tests_name("pprof", tests, NULL, NULL);
}
