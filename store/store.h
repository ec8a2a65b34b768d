#ifndef ESCVIZ_STORE_H
#define ESCVIZ_STORE_H
/*
 * store: the SQLite database of builds (schema in docs/schema.md).
 *
 * A database holds any number of builds; one ingest writes one build, in one
 * transaction, so an ingest that fails or is killed leaves no trace.  All SQL
 * uses prepared statements with bound parameters.
 *
 * Errors: functions return 0 or a negative ESCVIZ_E* code (common/util.h)
 * and put a message naming the database path into err.
 *
 * Ownership: struct store is created by store_open() and destroyed by
 * store_close(); arrays returned by the query functions belong to the caller
 * and are freed with the matching _free function.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "model/model.h"
#include "parser/parser.h"

struct store;
struct store_ingest;
struct srcset;

/* The schema version this escviz writes and reads. */
#define STORE_SCHEMA_VERSION 4

enum store_flags {
	STORE_READONLY = 1 << 0, /* never create or migrate */
};

/*
 * Open (and for writers create or migrate) the database at path.
 * ESCVIZ_EDB: not a database, corrupt, from a newer escviz, or not
 * writable.  ESCVIZ_ENOTFOUND: STORE_READONLY and no file at path.
 */
int store_open(struct store **out, const char *path, int flags, struct sbuf *err);
/* Close; NULL is fine. */
void store_close(struct store *s);
/* The path given to store_open (borrowed). */
const char *store_path(const struct store *s);

/* What the user says about a build; NULL fields are unknown. */
struct build_meta {
	const char *label;
	const char *commit;
	const char *go_version; /* given; overrides the detected one */
};

/*
 * Writing a build.  The per-input functions take the struct store_ingest
 * as void *ctx so that they fit the callbacks of a feed sink (struct
 * feed_sink, feed/feed.h) as they are: begin_input, msg, end_input, error.
 */

/* Start writing a build: begins the transaction.  */
int store_ingest_begin(struct store *s, const struct build_meta *meta,
		       struct store_ingest **out, struct sbuf *err);
/*
 * Place rows by the extents of the source in src (model/srcset.h; borrowed,
 * must outlive the ingest): every row whose position lies in a function of
 * a file of its package.  The files read and their extents are recorded
 * (tables source_files, function_extents).  Call before the first message.
 */
void store_ingest_set_source(struct store_ingest *ing, struct srcset *src);
/* Register the next input (file name or "<stdin>"); later messages refer to it. */
int store_ingest_input(void *ctx, const char *name);
/* The parser sink: store one message. */
int store_ingest_msg(void *ctx, const struct pmsg *m);
/* Per-input totals, recorded when an input ends. */
int store_ingest_input_done(void *ctx, uint64_t lines, uint64_t bytes);
/*
 * Finish: write the line counts and release evidence from p, attribute
 * events to functions, link explanations to verdicts, and commit.  Frees
 * ing.  *build_id receives the new build's id.
 */
int store_ingest_commit(struct store_ingest *ing, const struct parser *p,
			int64_t *build_id, struct sbuf *err);
/* Roll back and free; NULL is fine.  The database is as before begin. */
void store_ingest_abort(struct store_ingest *ing);
/* The message of the error that made a per-input function fail (borrowed). */
const char *store_ingest_error(const void *ctx);

/* ---- queries -------------------------------------------------------- */



/*
 * Resolve spec (a build id, or a label meaning the latest build with that
 * label; NULL means the latest build) to *id.  ESCVIZ_ENOTFOUND with a
 * message listing close labels when nothing matches.
 */
int store_resolve_build(struct store *s, const char *spec, int64_t *id, struct sbuf *err);

/* One build (its go_version is the given one, else the detected one). */
int store_build_info(struct store *s, int64_t id, struct build_info *out, struct sbuf *err);

/* All builds, oldest first. */
int store_builds(struct store *s, struct build_info **out, size_t *n, struct sbuf *err);
void store_builds_free(struct build_info *b, size_t n);

/* Counts for one build (escviz stats), the top packages and functions by rank. */
int store_stats(struct store *s, int64_t build_id, size_t top, enum stats_rank rank,
		struct build_stats *out, struct sbuf *err);
/* Only the build and its event counts (no other rows, flows, steps, ranks or
 * profiles): what ingest's notes need. */
int store_stats_counts(struct store *s, int64_t build_id, struct build_stats *out,
		       struct sbuf *err);

/* ---- profiles (escviz profile) --------------------------------------- */

struct prof_target;
struct prof_func_target;
struct prof_result;
struct prof_totals;

/* The heap verdicts and the functions of build, for prof_join(). */
int store_profile_targets(struct store *s, int64_t build, struct prof_target **t, size_t *nt,
			  struct prof_func_target **f, size_t *nf, struct sbuf *err);
void store_profile_targets_free(struct prof_target *t, size_t nt, struct prof_func_target *f,
				size_t nf);
/* Store one joined profile of build (one transaction); *id its row. */
int store_profile_add(struct store *s, int64_t build, const char *label, const char *path,
		      const struct prof_result *r, int64_t *id, struct sbuf *err);
/*
 * The site values analysis/hot.h judges, over build's profiles of kind
 * ("heap" or "cpu"): heap, each allocating site's bytes and total the
 * profiles' bytes; cpu, each function's flat time and total the profiles'
 * CPU time (ns).  *v (malloc'd, caller frees) may be NULL when *n is 0;
 * *nprofiles says whether the build has such a profile at all.
 */
int store_profile_values(struct store *s, int64_t build, const char *kind, int64_t **v,
			 size_t *n, int64_t *total, int64_t *nprofiles, struct sbuf *err);
/*
 * The call sites of build's CPU profiles whose callee is a function of the
 * build the compiler could not inline ("cannot inline F: ..."), with
 * at least min_cum ns under them, hottest first, at most limit (0: all);
 * each with its caller's function in the build when the profile names one.
 */
struct prof_hot_call;
int store_profile_hot_calls(struct store *s, int64_t build, int64_t min_cum, size_t limit,
			    struct prof_hot_call **out, size_t *n, struct sbuf *err);
/* The totals of build's profiles (all zero when it has none). */
int store_profile_totals(struct store *s, int64_t build, struct prof_totals *out,
			 struct sbuf *err);
/* How many profiles of build, per kind (NULL: any). */
int store_profile_count(struct store *s, int64_t build, const char *kind, int64_t *n,
			struct sbuf *err);

#endif
