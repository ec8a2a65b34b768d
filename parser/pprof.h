#ifndef ESCVIZ_PARSER_PPROF_H
#define ESCVIZ_PARSER_PPROF_H
/*
 * A decoder of Go's pprof profiles (the profile.proto message of
 * google/pprof, proto3 wire format), from an already decompressed buffer.
 * No I/O: feed/profile.c reads and gunzips files.
 *
 * Only the fields escviz uses are kept: sample types, samples (locations
 * and values; labels are skipped), locations with their lines (inlined
 * frames), functions, the string table, the period and its type, time and
 * duration, and the default sample type.  Unknown fields are skipped by
 * wire type, as protobuf readers must.  Repeated scalar fields are read
 * both packed and unpacked.
 *
 * Ownership: everything in struct pprof_profile belongs to it and is freed
 * by pprof_release().
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

struct pprof_value_type {
	int64_t type, unit;            /* string table indexes */
};

struct pprof_line {
	uint64_t function_id;
	int64_t line;
};

struct pprof_location {
	uint64_t id;
	uint64_t address;
	struct pprof_line *lines;      /* the innermost (inlined callee) first */
	size_t nlines;
};

struct pprof_function {
	uint64_t id;
	int64_t name, system_name, filename; /* string table indexes */
	int64_t start_line;
};

struct pprof_sample {
	uint64_t *location_ids;        /* the leaf first */
	size_t nlocations;
	int64_t *values;               /* one per sample type */
	size_t nvalues;
};

struct pprof_profile {
	struct pprof_value_type *sample_types;
	size_t nsample_types;
	struct pprof_sample *samples;
	size_t nsamples;
	struct pprof_location *locations; /* sorted by id */
	size_t nlocations;
	struct pprof_function *functions; /* sorted by id */
	size_t nfunctions;
	char **strings;                /* strings[0] is "" */
	size_t nstrings;
	struct pprof_value_type period_type;
	int64_t period;
	int64_t time_nanos, duration_nanos;
	int64_t default_sample_type;   /* string table index, 0 when unset */
};

/*
 * Decode len bytes of profile.proto.  0, or ESCVIZ_ERROR with a message in
 * err saying what is wrong and at which byte offset ("truncated varint at
 * byte 1234", "sample 7 has 3 values for 2 sample types", "location 9
 * referenced by a sample does not exist", "string index 88 out of range").
 * On error *out is released and zeroed.  A message that begins with
 * "truncated" means the buffer ends inside a field, or, since Go writes
 * the string table last, that samples, locations or functions come with
 * no string table, or that a string index lies past a table that ends the
 * buffer (feed/profile.c says "truncated profile"); any other is a
 * malformed profile.
 *
 * Checked on success: strings[0] is ""; every sample has nsample_types
 * values; every sample location exists; every Line.function_id is 0 (no
 * function: an unsymbolized frame) or an existing function; location and
 * function ids are nonzero and unique; every string index kept or read
 * (types, units, names, filenames, default_sample_type, comments,
 * drop/keep_frames) is in range.  Not checked: mapping ids (mappings are
 * not kept).  Strings are the table's bytes plus a NUL: not necessarily
 * UTF-8, and cut at an embedded NUL when read as C strings.
 */
int pprof_decode(const unsigned char *buf, size_t len, struct pprof_profile *out,
		 struct sbuf *err);
void pprof_release(struct pprof_profile *p);

/* Lookups by id (binary search); NULL when absent. */
const struct pprof_location *pprof_location(const struct pprof_profile *p, uint64_t id);
const struct pprof_function *pprof_function(const struct pprof_profile *p, uint64_t id);
/* String i of the table, "" when out of range. */
const char *pprof_str(const struct pprof_profile *p, int64_t i);

#endif
