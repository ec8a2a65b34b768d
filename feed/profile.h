#ifndef ESCVIZ_FEED_PROFILE_H
#define ESCVIZ_FEED_PROFILE_H
/*
 * Reading a pprof profile file (escviz profile FILE...): the file or stdin
 * ("-"), gunzipped with zlib when it is gzip (as Go writes every profile:
 * go test -memprofile/-cpuprofile, runtime/pprof, net/http/pprof), taken as
 * it is when it is already a bare profile.proto message, then decoded by
 * parser/pprof.h.
 *
 * Limits: FEED_PROFILE_MAX bytes read and FEED_PROFILE_MAX bytes after
 * gunzip; beyond either it is an error, not an allocation.
 *
 * Errors are ESCVIZ_EUSAGE (the CLI exits 2) for what is wrong with the
 * file itself, with a message naming it:
 *   "FILE: not a pprof profile (...)"     not gzip+protobuf, or malformed
 *   "FILE: truncated profile (...)"       the gzip stream or the protobuf
 *                                         ends early
 *   "FILE: legacy text profile (...): ..." heap/contention/goroutine text
 *   "FILE: profile too large (...)"
 * and ESCVIZ_EIO "FILE: ..." when it cannot be opened or read.
 */
#include <stddef.h>

#include "common/sbuf.h"
#include "parser/pprof.h"

#define FEED_PROFILE_MAX ((size_t)1 << 30)

/* Read and decode path ("-" = stdin, named "<stdin>" in messages). */
int feed_profile_read(const char *path, struct pprof_profile *out, struct sbuf *err);

/*
 * The same on a buffer already in memory (what feed_profile_read does after
 * reading): gzip or bare protobuf, text detected.  name is for messages.
 * max_out bounds the gunzipped size (0: FEED_PROFILE_MAX).
 */
int feed_profile_parse(const char *name, const unsigned char *buf, size_t len, size_t max_out,
		       struct pprof_profile *out, struct sbuf *err);

#endif
