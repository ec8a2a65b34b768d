/*
 * parser/pprof.c: a decoder of profile.proto (google/pprof), written from
 * the protobuf wire format and the field numbers of proto/profile.proto.
 *
 * Wire format: each field is a varint tag (field number << 3 | wire type)
 * then its payload: 0 varint, 1 eight bytes, 2 a varint length and that
 * many bytes (strings, embedded messages, packed repeated scalars), 5 four
 * bytes.  Groups (3, 4) are not used by profile.proto and are an error.
 *
 * Memory is bounded by the input: a first pass over the top-level fields
 * counts samples, locations, functions, strings and string bytes, so that
 * every array is allocated once at its exact size; a nested array (a
 * sample's location ids and values, a location's lines) is counted by a
 * pass over its own bytes before it is filled.  Every counted element
 * takes at least one input byte, so nothing is allocated that the input
 * does not pay for.
 *
 * Then the fields are decoded in three passes over the top level, so that
 * each reference can be checked with the byte offset of whoever makes it:
 * strings, functions and scalars; locations (their functions exist);
 * samples (their locations exist, one value per sample type).
 */
#include "parser/pprof.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"

enum { WT_VARINT = 0, WT_I64 = 1, WT_LEN = 2, WT_SGROUP = 3, WT_EGROUP = 4, WT_I32 = 5 };

/* Profile field numbers (proto/profile.proto). */
enum {
	P_SAMPLE_TYPE = 1, P_SAMPLE = 2, P_MAPPING = 3, P_LOCATION = 4, P_FUNCTION = 5,
	P_STRING_TABLE = 6, P_DROP_FRAMES = 7, P_KEEP_FRAMES = 8, P_TIME_NANOS = 9,
	P_DURATION_NANOS = 10, P_PERIOD_TYPE = 11, P_PERIOD = 12, P_COMMENT = 13,
	P_DEFAULT_SAMPLE_TYPE = 14,
};

struct rd {
	const unsigned char *buf;
	size_t len; /* the whole buffer: a field running past it is a truncation */
	struct sbuf *err;
	/*
	 * Go writes the string table last: when the buffer ends with it, a
	 * string index past its end means the table was cut (a file cut at
	 * a field boundary), and no string table at all after other fields
	 * means the cut came before it.
	 */
	int strings_last;
};

struct field {
	uint32_t num;
	unsigned wt;
	uint64_t v;      /* wire types 0, 1, 5: the value */
	size_t at;       /* the tag's offset */
	size_t off, n;   /* wire type 2: the payload */
};

static int fail(struct rd *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct rd *r, const char *fmt, ...)
{
	va_list ap;
	sbuf_reset(r->err);
	va_start(ap, fmt);
	sbuf_vaddf(r->err, fmt, ap);
	va_end(ap);
	return ESCVIZ_ERROR;
}

/*
 * A varint at *pos, within [*pos, end).  top: end is the end of the
 * buffer (the top-level message), so running past it is a truncation.
 */
static int get_varint(struct rd *r, size_t *pos, size_t end, int top, uint64_t *out)
{
	size_t start = *pos;
	uint64_t v = 0;

	for (unsigned i = 0;; i++) {
		if (*pos >= end) {
			if (top)
				return fail(r, "truncated varint at byte %zu", start);
			return fail(r, "varint at byte %zu runs past the end of its field at byte %zu",
				    start, end);
		}
		unsigned c = r->buf[(*pos)++];
		if (i == 9) {
			if (c & 0x80)
				return fail(r, "varint longer than 10 bytes at byte %zu", start);
			if (c > 1)
				return fail(r, "varint overflows 64 bits at byte %zu", start);
		}
		v |= (uint64_t)(c & 0x7f) << (7 * i);
		if (!(c & 0x80))
			break;
	}
	*out = v;
	return 0;
}

static const char *wt_name(unsigned wt)
{
	switch (wt) {
	case WT_VARINT: return "varint";
	case WT_I64: return "64-bit";
	case WT_LEN: return "length-delimited";
	case WT_I32: return "32-bit";
	default: return "invalid";
	}
}

/*
 * The next field of the message [*pos, end): 1 with *f, 0 at the end, or
 * ESCVIZ_ERROR.  what names the message in errors.
 */
static int next_field(struct rd *r, size_t *pos, size_t end, const char *what, struct field *f)
{
	uint64_t tag;
	size_t left;
	int top = end == r->len && strcmp(what, "profile") == 0;

	if (*pos >= end)
		return 0;
	memset(f, 0, sizeof(*f));
	f->at = *pos;
	if (get_varint(r, pos, end, top, &tag) < 0)
		return ESCVIZ_ERROR;
	if (tag >> 3 == 0 || tag >> 3 > 0x1fffffff)
		return fail(r, "%s: bad field number %llu at byte %zu", what,
			    (unsigned long long)(tag >> 3), f->at);
	f->num = (uint32_t)(tag >> 3);
	f->wt = (unsigned)(tag & 7);
	left = end - *pos;
	switch (f->wt) {
	case WT_VARINT:
		return get_varint(r, pos, end, top, &f->v) < 0 ? ESCVIZ_ERROR : 1;
	case WT_I64:
	case WT_I32: {
		size_t w = f->wt == WT_I64 ? 8 : 4;
		if (left < w) {
			if (top)
				return fail(r, "truncated field %u at byte %zu", f->num, f->at);
			return fail(r, "%s: field %u at byte %zu runs past the end of its message at byte %zu",
				    what, f->num, f->at, end);
		}
		for (size_t i = 0; i < w; i++)
			f->v |= (uint64_t)r->buf[*pos + i] << (8 * i);
		*pos += w;
		return 1;
	}
	case WT_LEN: {
		uint64_t n;
		if (get_varint(r, pos, end, top, &n) < 0)
			return ESCVIZ_ERROR;
		left = end - *pos;
		if (n > left) {
			if (top)
				return fail(r, "truncated field %u at byte %zu: %llu bytes, %zu left",
					    f->num, f->at, (unsigned long long)n, left);
			return fail(r, "%s: field %u at byte %zu: %llu bytes run past the end of its message at byte %zu",
				    what, f->num, f->at, (unsigned long long)n, end);
		}
		f->off = *pos;
		f->n = (size_t)n;
		*pos += (size_t)n;
		return 1;
	}
	case WT_SGROUP:
	case WT_EGROUP:
		return fail(r, "%s: field %u at byte %zu is a group (wire type %u): not used by profile.proto",
			    what, f->num, f->at, f->wt);
	default:
		return fail(r, "%s: field %u at byte %zu has invalid wire type %u", what, f->num,
			    f->at, f->wt);
	}
}

static int want_wt(struct rd *r, const struct field *f, const char *what, unsigned wt)
{
	if (f->wt == wt)
		return 0;
	return fail(r, "%s: field %u at byte %zu is %s, expected %s", what, f->num, f->at,
		    wt_name(f->wt), wt_name(wt));
}

/*
 * A repeated varint field, packed (wire type 2) or not (0): counts its
 * values into *n and, when dst is not NULL, stores them at dst[*n...].
 */
static int repeated_varint(struct rd *r, const struct field *f, const char *what, uint64_t *dst,
			   size_t *n)
{
	if (f->wt == WT_VARINT) {
		if (dst)
			dst[*n] = f->v;
		(*n)++;
		return 0;
	}
	if (f->wt != WT_LEN)
		return fail(r, "%s: field %u at byte %zu is %s, expected varint or packed varints",
			    what, f->num, f->at, wt_name(f->wt));
	size_t pos = f->off, end = f->off + f->n;
	while (pos < end) {
		uint64_t v = 0;
		if (get_varint(r, &pos, end, 0, &v) < 0)
			return ESCVIZ_ERROR;
		if (dst)
			dst[*n] = v;
		(*n)++;
	}
	return 0;
}

static int singular_varint(struct rd *r, const struct field *f, const char *what, uint64_t *dst)
{
	if (want_wt(r, f, what, WT_VARINT) < 0)
		return ESCVIZ_ERROR;
	*dst = f->v;
	return 0;
}

static int singular_int(struct rd *r, const struct field *f, const char *what, int64_t *dst)
{
	uint64_t v;
	if (singular_varint(r, f, what, &v) < 0)
		return ESCVIZ_ERROR;
	*dst = (int64_t)v;
	return 0;
}

static int check_str(struct rd *r, const struct pprof_profile *p, int64_t i, const char *what,
		     size_t at)
{
	if (i >= 0 && (uint64_t)i < p->nstrings)
		return 0;
	if (i > 0 && r->strings_last)
		return fail(r, "truncated string table: %s at byte %zu: string index %lld out of range "
			    "(%zu strings)", what, at, (long long)i, p->nstrings);
	return fail(r, "%s at byte %zu: string index %lld out of range (%zu strings)", what, at,
		    (long long)i, p->nstrings);
}

static int decode_value_type(struct rd *r, const struct pprof_profile *p, const struct field *outer,
			     const char *what, struct pprof_value_type *vt)
{
	size_t pos = outer->off, end = outer->off + outer->n;
	struct field f;
	int rc;

	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		if (f.num == 1 && singular_int(r, &f, what, &vt->type) < 0)
			return ESCVIZ_ERROR;
		if (f.num == 2 && singular_int(r, &f, what, &vt->unit) < 0)
			return ESCVIZ_ERROR;
	}
	if (rc < 0)
		return rc;
	if (check_str(r, p, vt->type, what, outer->at) < 0 ||
	    check_str(r, p, vt->unit, what, outer->at) < 0)
		return ESCVIZ_ERROR;
	return 0;
}

static int decode_function(struct rd *r, const struct pprof_profile *p, const struct field *outer,
			   struct pprof_function *fn)
{
	size_t pos = outer->off, end = outer->off + outer->n;
	struct field f;
	int rc = 0;
	const char *what = "function";

	memset(fn, 0, sizeof(*fn));
	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		switch (f.num) {
		case 1: rc = singular_varint(r, &f, what, &fn->id); break;
		case 2: rc = singular_int(r, &f, what, &fn->name); break;
		case 3: rc = singular_int(r, &f, what, &fn->system_name); break;
		case 4: rc = singular_int(r, &f, what, &fn->filename); break;
		case 5: rc = singular_int(r, &f, what, &fn->start_line); break;
		default: rc = 0;
		}
		if (rc < 0)
			return rc;
	}
	if (rc < 0)
		return rc;
	if (fn->id == 0)
		return fail(r, "function at byte %zu has id 0", outer->at);
	if (check_str(r, p, fn->name, "function name", outer->at) < 0 ||
	    check_str(r, p, fn->system_name, "function system_name", outer->at) < 0 ||
	    check_str(r, p, fn->filename, "function filename", outer->at) < 0)
		return ESCVIZ_ERROR;
	return 0;
}

static int decode_line(struct rd *r, const struct pprof_profile *p, const struct field *outer,
		       uint64_t loc_id, struct pprof_line *ln)
{
	size_t pos = outer->off, end = outer->off + outer->n;
	struct field f;
	int rc;
	const char *what = "line";

	memset(ln, 0, sizeof(*ln));
	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		if (f.num == 1 && singular_varint(r, &f, what, &ln->function_id) < 0)
			return ESCVIZ_ERROR;
		if (f.num == 2 && singular_int(r, &f, what, &ln->line) < 0)
			return ESCVIZ_ERROR;
		/* 3 column (newer pprof): not kept. */
	}
	if (rc < 0)
		return rc;
	/* function_id 0: a line with no function (an unsymbolized frame). */
	if (ln->function_id && !pprof_function(p, ln->function_id))
		return fail(r, "line at byte %zu of location %llu: function %llu does not exist",
			    outer->at, (unsigned long long)loc_id,
			    (unsigned long long)ln->function_id);
	return 0;
}

static int decode_location(struct rd *r, const struct pprof_profile *p, const struct field *outer,
			   struct pprof_location *loc)
{
	size_t pos = outer->off, end = outer->off + outer->n, nlines = 0;
	struct field f;
	int rc;
	const char *what = "location";

	memset(loc, 0, sizeof(*loc));
	/* First pass: the scalars, and the number of lines. */
	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		if (f.num == 1)
			rc = singular_varint(r, &f, what, &loc->id);
		else if (f.num == 3)
			rc = singular_varint(r, &f, what, &loc->address);
		else if (f.num == 4) {
			if ((rc = want_wt(r, &f, what, WT_LEN)) == 0)
				nlines++;
		} else {
			rc = 0; /* 2 mapping_id, 5 is_folded, unknown */
		}
		if (rc < 0)
			return rc;
	}
	if (rc < 0)
		return rc;
	if (loc->id == 0)
		return fail(r, "location at byte %zu has id 0", outer->at);
	if (!nlines)
		return 0;
	loc->lines = xcalloc(nlines, sizeof(*loc->lines));
	pos = outer->off;
	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		if (f.num != 4)
			continue;
		if (decode_line(r, p, &f, loc->id, &loc->lines[loc->nlines]) < 0)
			return ESCVIZ_ERROR;
		loc->nlines++;
	}
	return rc;
}

static int decode_sample(struct rd *r, const struct pprof_profile *p, const struct field *outer,
			 size_t index, struct pprof_sample *s)
{
	size_t pos = outer->off, end = outer->off + outer->n, nloc = 0, nval = 0;
	struct field f;
	int rc;
	const char *what = "sample";

	memset(s, 0, sizeof(*s));
	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		if (f.num == 1)
			rc = repeated_varint(r, &f, what, NULL, &nloc);
		else if (f.num == 2)
			rc = repeated_varint(r, &f, what, NULL, &nval);
		else
			rc = 0; /* 3 label, 4 breakdown, unknown */
		if (rc < 0)
			return rc;
	}
	if (rc < 0)
		return rc;
	if (nval != p->nsample_types)
		return fail(r, "sample %zu at byte %zu has %zu values for %zu sample types", index,
			    outer->at, nval, p->nsample_types);
	if (nloc)
		s->location_ids = xcalloc(nloc, sizeof(*s->location_ids));
	if (nval)
		s->values = xcalloc(nval, sizeof(*s->values));
	uint64_t *vals = nval ? xcalloc(nval, sizeof(*vals)) : NULL;
	pos = outer->off;
	while ((rc = next_field(r, &pos, end, what, &f)) > 0) {
		if (f.num == 1)
			rc = repeated_varint(r, &f, what, s->location_ids, &s->nlocations);
		else if (f.num == 2)
			rc = repeated_varint(r, &f, what, vals, &s->nvalues);
		if (rc < 0)
			break;
	}
	for (size_t i = 0; i < s->nvalues; i++)
		s->values[i] = (int64_t)vals[i];
	free(vals);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < s->nlocations; i++)
		if (!pprof_location(p, s->location_ids[i]))
			return fail(r, "sample %zu at byte %zu: location %llu does not exist", index,
				    outer->at, (unsigned long long)s->location_ids[i]);
	return 0;
}

static int cmp_loc(const void *a, const void *b)
{
	uint64_t x = ((const struct pprof_location *)a)->id, y = ((const struct pprof_location *)b)->id;
	return x < y ? -1 : x > y;
}

static int cmp_fn(const void *a, const void *b)
{
	uint64_t x = ((const struct pprof_function *)a)->id, y = ((const struct pprof_function *)b)->id;
	return x < y ? -1 : x > y;
}

/* Pass 1: the top-level fields' wire types, and how many of each. */
static int count_top(struct rd *r, size_t counts[16], size_t *string_bytes, size_t *nfields)
{
	size_t pos = 0;
	struct field f;
	int rc;

	while ((rc = next_field(r, &pos, r->len, "profile", &f)) > 0) {
		r->strings_last = f.num == P_STRING_TABLE;
		if (f.num <= P_DEFAULT_SAMPLE_TYPE)
			(*nfields)++; /* a field of Profile */
		switch (f.num) {
		case P_SAMPLE_TYPE: case P_SAMPLE: case P_LOCATION: case P_FUNCTION:
		case P_STRING_TABLE: case P_PERIOD_TYPE:
			if (want_wt(r, &f, "profile", WT_LEN) < 0)
				return ESCVIZ_ERROR;
			counts[f.num]++;
			if (f.num == P_STRING_TABLE)
				*string_bytes += f.n;
			break;
		case P_DROP_FRAMES: case P_KEEP_FRAMES: case P_TIME_NANOS: case P_DURATION_NANOS:
		case P_PERIOD: case P_DEFAULT_SAMPLE_TYPE:
			if (want_wt(r, &f, "profile", WT_VARINT) < 0)
				return ESCVIZ_ERROR;
			break;
		case P_COMMENT: {
			size_t n = 0;
			if (repeated_varint(r, &f, "profile comment", NULL, &n) < 0)
				return ESCVIZ_ERROR;
			break;
		}
		default:
			break; /* 3 mapping, 15 tick_unit, 16 label_set, unknown */
		}
	}
	return rc;
}

static int decode(struct rd *r, struct pprof_profile *p)
{
	size_t counts[16] = { 0 }, string_bytes = 0, pos, used = 0, nfields = 0;
	struct field f;
	int rc;
	char *arena;

	if ((rc = count_top(r, counts, &string_bytes, &nfields)) < 0)
		return rc;
	if (!counts[P_STRING_TABLE] && nfields)
		return fail(r, "truncated before the string table (Go writes it last): %zu fields, "
			    "%zu samples, %zu locations, %zu functions and no string", nfields,
			    counts[P_SAMPLE], counts[P_LOCATION], counts[P_FUNCTION]);
	if (!counts[P_STRING_TABLE])
		return fail(r, "no string table and no field of a profile");

	/* Pass 2a: strings, sample types, functions, scalars. */
	p->strings = xcalloc(counts[P_STRING_TABLE], sizeof(*p->strings));
	arena = xmalloc(st_add(string_bytes, counts[P_STRING_TABLE]));
	p->sample_types = counts[P_SAMPLE_TYPE]
		? xcalloc(counts[P_SAMPLE_TYPE], sizeof(*p->sample_types)) : NULL;
	p->functions = counts[P_FUNCTION] ? xcalloc(counts[P_FUNCTION], sizeof(*p->functions)) : NULL;
	p->locations = counts[P_LOCATION] ? xcalloc(counts[P_LOCATION], sizeof(*p->locations)) : NULL;
	p->samples = counts[P_SAMPLE] ? xcalloc(counts[P_SAMPLE], sizeof(*p->samples)) : NULL;
	pos = 0;
	while ((rc = next_field(r, &pos, r->len, "profile", &f)) > 0) {
		if (f.num != P_STRING_TABLE)
			continue;
		/* strings[0] is the arena's start: pprof_release frees it. */
		p->strings[p->nstrings++] = arena + used;
		memcpy(arena + used, r->buf + f.off, f.n);
		arena[used + f.n] = '\0';
		used += f.n + 1;
		if (p->nstrings == 1 && f.n)
			return fail(r, "string_table[0] at byte %zu is not \"\"", f.at);
	}
	if (rc < 0)
		return rc;
	size_t default_at = 0;
	pos = 0;
	while ((rc = next_field(r, &pos, r->len, "profile", &f)) > 0) {
		switch (f.num) {
		case P_SAMPLE_TYPE:
			rc = decode_value_type(r, p, &f, "sample type",
					       &p->sample_types[p->nsample_types++]);
			break;
		case P_FUNCTION:
			rc = decode_function(r, p, &f, &p->functions[p->nfunctions++]);
			break;
		case P_PERIOD_TYPE:
			rc = decode_value_type(r, p, &f, "period type", &p->period_type);
			break;
		case P_DROP_FRAMES: case P_KEEP_FRAMES:
			rc = check_str(r, p, (int64_t)f.v, f.num == P_DROP_FRAMES ? "drop_frames"
						       : "keep_frames", f.at);
			break;
		case P_MAPPING: {
			/* Not kept; its string indexes (filename, build_id) checked. */
			size_t q = f.off, end = f.off + f.n;
			struct field g;
			if (f.wt != WT_LEN)
				break;
			while ((rc = next_field(r, &q, end, "mapping", &g)) > 0)
				if ((g.num == 5 || g.num == 6) && g.wt == WT_VARINT &&
				    (rc = check_str(r, p, (int64_t)g.v, g.num == 5 ? "mapping filename"
								   : "mapping build_id", f.at)) < 0)
					break;
			break;
		}
		case P_TIME_NANOS: p->time_nanos = (int64_t)f.v; break;
		case P_DURATION_NANOS: p->duration_nanos = (int64_t)f.v; break;
		case P_PERIOD: p->period = (int64_t)f.v; break;
		case P_DEFAULT_SAMPLE_TYPE:
			p->default_sample_type = (int64_t)f.v;
			default_at = f.at;
			break;
		case P_COMMENT: {
			/* Packed or not: check each index without keeping it. */
			size_t q = f.off, end = f.off + f.n;
			uint64_t v;
			if (f.wt == WT_VARINT) {
				rc = check_str(r, p, (int64_t)f.v, "comment", f.at);
				break;
			}
			while (rc >= 0 && q < end) {
				size_t at = q;
				if ((rc = get_varint(r, &q, end, 0, &v)) == 0)
					rc = check_str(r, p, (int64_t)v, "comment", at);
			}
			break;
		}
		default:
			break;
		}
		if (rc < 0)
			return rc;
	}
	if (rc < 0)
		return rc;
	if (check_str(r, p, p->default_sample_type, "default_sample_type", default_at) < 0)
		return ESCVIZ_ERROR;
	if (p->nfunctions)
		qsort(p->functions, p->nfunctions, sizeof(*p->functions), cmp_fn);
	for (size_t i = 1; i < p->nfunctions; i++)
		if (p->functions[i].id == p->functions[i - 1].id)
			return fail(r, "two functions have id %llu", (unsigned long long)p->functions[i].id);

	/* Pass 2b: locations. */
	pos = 0;
	while ((rc = next_field(r, &pos, r->len, "profile", &f)) > 0) {
		if (f.num != P_LOCATION)
			continue;
		/* Counted before decoding, so that a failure frees its lines. */
		if ((rc = decode_location(r, p, &f, &p->locations[p->nlocations++])) < 0)
			return rc;
	}
	if (rc < 0)
		return rc;
	if (p->nlocations)
		qsort(p->locations, p->nlocations, sizeof(*p->locations), cmp_loc);
	for (size_t i = 1; i < p->nlocations; i++)
		if (p->locations[i].id == p->locations[i - 1].id)
			return fail(r, "two locations have id %llu", (unsigned long long)p->locations[i].id);

	/* Pass 2c: samples. */
	pos = 0;
	while ((rc = next_field(r, &pos, r->len, "profile", &f)) > 0) {
		if (f.num != P_SAMPLE)
			continue;
		if ((rc = decode_sample(r, p, &f, p->nsamples, &p->samples[p->nsamples])) < 0) {
			p->nsamples++;
			return rc;
		}
		p->nsamples++;
	}
	return rc;
}

int pprof_decode(const unsigned char *buf, size_t len, struct pprof_profile *out,
		 struct sbuf *err)
{
	struct sbuf scratch = SBUF_INIT;
	struct rd r = { buf, len, err ? err : &scratch };
	int rc;

	memset(out, 0, sizeof(*out));
	if (!len) {
		rc = fail(&r, "empty input (no string table)");
	} else {
		rc = decode(&r, out);
	}
	if (rc < 0) {
		pprof_release(out);
		rc = ESCVIZ_ERROR;
	} else {
		rc = 0;
	}
	sbuf_release(&scratch);
	return rc;
}

void pprof_release(struct pprof_profile *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->nsamples; i++) {
		free(p->samples[i].location_ids);
		free(p->samples[i].values);
	}
	free(p->samples);
	for (size_t i = 0; i < p->nlocations; i++)
		free(p->locations[i].lines);
	free(p->locations);
	free(p->functions);
	free(p->sample_types);
	if (p->strings)
		free(p->strings[0]);
	free(p->strings);
	memset(p, 0, sizeof(*p));
}

const struct pprof_location *pprof_location(const struct pprof_profile *p, uint64_t id)
{
	size_t lo = 0, hi = p->nlocations;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (p->locations[mid].id == id)
			return &p->locations[mid];
		if (p->locations[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct pprof_function *pprof_function(const struct pprof_profile *p, uint64_t id)
{
	size_t lo = 0, hi = p->nfunctions;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (p->functions[mid].id == id)
			return &p->functions[mid];
		if (p->functions[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *pprof_str(const struct pprof_profile *p, int64_t i)
{
	if (i < 0 || (uint64_t)i >= p->nstrings)
		return "";
	return p->strings[i];
}
