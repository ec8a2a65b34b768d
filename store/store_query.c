/* Read-side queries: build selection, the builds list, per-build counts. */
#include "store/store_internal.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "model/profile.h"

void store_builds_free(struct build_info *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		build_info_release(&b[i]);
	free(b);
}

#define BUILD_COLUMNS                                                          \
	"SELECT id, label, commit_rev, go_version, go_version_detected, created, " \
	"(SELECT group_concat(name, char(10)) FROM (SELECT name FROM inputs i "    \
	"WHERE i.build_id = builds.id ORDER BY seq)), input_lines, input_bytes, "  \
	"m_level FROM builds"

static void read_build(sqlite3_stmt *st, struct build_info *b)
{
	b->id = sqlite3_column_int64(st, 0);
	b->label = store_column_dup(st, 1);
	b->commit = store_column_dup(st, 2);
	b->go_version = store_column_dup(st, 3);
	b->go_version_detected = store_column_dup(st, 4);
	b->created = store_column_dup(st, 5);
	b->inputs = store_column_dup(st, 6);
	b->input_lines = sqlite3_column_int64(st, 7);
	b->input_bytes = sqlite3_column_int64(st, 8);
	b->m_level = sqlite3_column_int(st, 9);
}

int store_builds(struct store *s, struct build_info **out, size_t *n, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, BUILD_COLUMNS " ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot list builds");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(*out, *n + 1, alloc);
		read_build(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot list builds");
	return 0;
}

/* List labels that look like spec, for the "not found" message. */
static void suggest(struct store *s, const char *spec, struct sbuf *msg)
{
	sqlite3_stmt *st = NULL;
	int first = 1;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT DISTINCT label FROM builds WHERE label IS NOT NULL"
			       " ORDER BY instr(lower(label), lower(?1)) = 0, id DESC LIMIT 5",
			       -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, spec, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		sbuf_addstr(msg, first ? "; known labels: " : ", ");
		sbuf_addf(msg, "'%s'", (const char *)sqlite3_column_text(st, 0));
		first = 0;
	}
	sqlite3_finalize(st);
}

int store_resolve_build(struct store *s, const char *spec, int64_t *id, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;
	const char *sql = !spec ? "SELECT MAX(id) FROM builds HAVING COUNT(*) > 0"
				: "SELECT id FROM builds WHERE CAST(id AS TEXT) = ?1"
				  " UNION ALL SELECT MAX(id) FROM builds WHERE label = ?1"
				  " HAVING COUNT(*) > 0 LIMIT 1";

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot look up builds");
	if (spec)
		sqlite3_bind_text(st, 1, spec, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot look up builds");
	if (!spec)
		return error_set(err, ESCVIZ_ENOTFOUND, "%s: no builds yet (run 'escviz ingest')",
				 s->path);
	error_set(err, ESCVIZ_ENOTFOUND, "%s: no build with id or label '%s'", s->path, spec);
	suggest(s, spec, err);
	return ESCVIZ_ENOTFOUND;
}

static int scalar(struct store *s, const char *sql, int64_t build, int64_t *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	*out = 0;
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, build);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			*out = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

struct chain_count {
	int64_t flows, steps;
};

static int count_flow(void *ctx, const struct chain_flow *f)
{
	(void)f;
	((struct chain_count *)ctx)->flows++;
	return 0;
}

static int count_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *st)
{
	(void)flow, (void)seq, (void)st;
	((struct chain_count *)ctx)->steps++;
	return 0;
}

/* The flows and steps of a build's explanations: what the flows and steps views count. */
static int count_chains(struct store *s, int64_t build, int64_t *flows, int64_t *steps)
{
	struct chain_count c = { 0, 0 };
	struct chain_visitor v = { count_flow, count_step, &c };
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, "SELECT chain FROM explanations WHERE build_id = ?1"
				    " AND chain IS NOT NULL", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, build);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			if (chain_decode((const char *)sqlite3_column_text(st, 0),
					 (size_t)sqlite3_column_bytes(st, 0), 0, &v) < 0) {
				rc = SQLITE_CORRUPT;
				break;
			}
	}
	sqlite3_finalize(st);
	*flows = c.flows;
	*steps = c.steps;
	return rc == SQLITE_DONE ? 0 : -1;
}

static int top_list(struct store *s, const char *sql, int64_t build, size_t top,
		    struct name_count **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	*out = NULL;
	*n = 0;
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, build);
	sqlite3_bind_int64(st, 2, (int64_t)top);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(*out, *n + 1, alloc);
		(*out)[*n].name = store_column_dup(st, 0);
		(*out)[*n].n = sqlite3_column_int64(st, 1);
		(*n)++;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The top-N queries of each rank: ?1 build, ?2 N; name, value. */
#define FN_NAME "CASE WHEN p.path <> '' THEN p.path || '.' ELSE '' END || f.name"
static const char *const top_sql[][2] = {
	[STATS_RANK_HEAP] = {
		"SELECT package || CASE WHEN variant <> '' THEN ' [' || variant || ']'"
		" ELSE '' END, heap_allocations FROM package_heap WHERE build_id = ?1"
		" AND heap_allocations > 0 ORDER BY heap_allocations DESC, package LIMIT ?2",
		"SELECT " FN_NAME ", SUM(e.count) AS n FROM events e"
		" JOIN functions f ON f.id = e.function_id JOIN packages p ON p.id = e.package_id"
		" WHERE e.build_id = ?1 AND e.kind IN ('heap_escape', 'moved_to_heap')"
		" GROUP BY e.function_id ORDER BY n DESC, 1 LIMIT ?2" },
	[STATS_RANK_BYTES] = {
		"SELECT " STORE_SQL_PKG_NAME ", SUM(a.alloc_bytes) AS n FROM events e"
		" JOIN event_allocs a ON a.event_id = e.id JOIN packages p ON p.id = e.package_id"
		" WHERE e.build_id = ?1 GROUP BY e.package_id HAVING n > 0 ORDER BY n DESC, 1 LIMIT ?2",
		"SELECT " FN_NAME ", SUM(a.alloc_bytes) AS n FROM events e"
		" JOIN event_allocs a ON a.event_id = e.id JOIN functions f ON f.id = e.function_id"
		" JOIN packages p ON p.id = e.package_id WHERE e.build_id = ?1"
		" GROUP BY e.function_id HAVING n > 0 ORDER BY n DESC, 1 LIMIT ?2" },
	[STATS_RANK_OBJECTS] = {
		"SELECT " STORE_SQL_PKG_NAME ", SUM(a.alloc_objects) AS n FROM events e"
		" JOIN event_allocs a ON a.event_id = e.id JOIN packages p ON p.id = e.package_id"
		" WHERE e.build_id = ?1 GROUP BY e.package_id HAVING n > 0 ORDER BY n DESC, 1 LIMIT ?2",
		"SELECT " FN_NAME ", SUM(a.alloc_objects) AS n FROM events e"
		" JOIN event_allocs a ON a.event_id = e.id JOIN functions f ON f.id = e.function_id"
		" JOIN packages p ON p.id = e.package_id WHERE e.build_id = ?1"
		" GROUP BY e.function_id HAVING n > 0 ORDER BY n DESC, 1 LIMIT ?2" },
	/* Flat time adds up over a package's functions; cumulative time does not. */
	[STATS_RANK_CPU] = {
		"SELECT " STORE_SQL_PKG_NAME ", SUM(c.cpu_flat) AS n FROM function_cpu c"
		" JOIN functions f ON f.id = c.function_id JOIN packages p ON p.id = f.package_id"
		" WHERE f.build_id = ?1 GROUP BY f.package_id HAVING n > 0 ORDER BY n DESC, 1 LIMIT ?2",
		"SELECT " FN_NAME ", c.cpu_cum AS n FROM function_cpu c"
		" JOIN functions f ON f.id = c.function_id JOIN packages p ON p.id = f.package_id"
		" WHERE f.build_id = ?1 AND n > 0 ORDER BY n DESC, 1 LIMIT ?2" },
};

static int read_profiles(struct store *s, int64_t build, struct build_stats *out)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc = sqlite3_prepare_v2(
		s->db,
		"SELECT id, label, path, kind, sample_types, total_bytes, total_objects,"
		" matched_bytes, matched_objects, total_cpu, COALESCE(duration_nanos, 0),"
		" (SELECT COUNT(*) FROM profile_sites WHERE profile_id = profiles.id),"
		" (SELECT COUNT(*) FROM profile_functions WHERE profile_id = profiles.id)"
		" FROM profiles WHERE build_id = ?1 ORDER BY id",
		-1, &st, NULL);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct profile_info *p;
		VEC_GROW(out->profiles, out->n_profiles + 1, alloc);
		p = &out->profiles[out->n_profiles++];
		p->id = sqlite3_column_int64(st, 0);
		p->label = store_column_dup(st, 1);
		p->path = store_column_dup(st, 2);
		p->kind = store_column_dup(st, 3);
		p->sample_types = store_column_dup(st, 4);
		p->total_bytes = sqlite3_column_int64(st, 5);
		p->total_objects = sqlite3_column_int64(st, 6);
		p->matched_bytes = sqlite3_column_int64(st, 7);
		p->matched_objects = sqlite3_column_int64(st, 8);
		p->total_cpu = sqlite3_column_int64(st, 9);
		p->duration_nanos = sqlite3_column_int64(st, 10);
		p->sites = sqlite3_column_int64(st, 11);
		p->functions = sqlite3_column_int64(st, 12);
		if (!strcmp(p->kind, "heap"))
			out->profile_bytes += p->total_bytes;
		else if (!strcmp(p->kind, "cpu"))
			out->profile_cpu += p->total_cpu;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int stats(struct store *s, int64_t build, size_t top, enum stats_rank rank, int light,
		 struct build_stats *out, struct sbuf *err)
{
	static const struct {
		size_t off;
		const char *sql;
	} counts[] = {
#define C(field, sql) { offsetof(struct build_stats, field), sql }
		C(packages, "SELECT COUNT(*) FROM packages WHERE build_id = ?1"),
		C(files, "SELECT COUNT(*) FROM files WHERE build_id = ?1 AND path <> ''"),
		C(functions, "SELECT COUNT(*) FROM functions WHERE build_id = ?1"),
		C(inlinable, "SELECT COUNT(*) FROM functions WHERE build_id = ?1 AND inlinable = 1"),
		C(not_inlinable, "SELECT COUNT(*) FROM functions WHERE build_id = ?1 AND inlinable = 0"),
		C(inlined_calls, "SELECT COUNT(*) FROM inline_calls WHERE build_id = ?1 AND inlined = 1"),
		C(devirtualizations, "SELECT COUNT(*) FROM devirtualizations WHERE build_id = ?1"),
		C(captures, "SELECT COUNT(*) FROM captures WHERE build_id = ?1"),
		C(explanations, "SELECT COUNT(*) FROM explanations WHERE build_id = ?1"),
#undef C
	};
	/* The event counts, in one pass over the build's events. */
#define SUM(cond) "COALESCE(SUM(e.count * (" cond ")), 0)"
	static const char events_sql[] =
		"SELECT " SUM("e.kind = 'heap_escape'") ", " SUM("e.kind = 'moved_to_heap'") ", "
		SUM("e.kind = 'does_not_escape'") ", " SUM("e.kind LIKE 'leaking_param%'") ", "
		SUM("1") ", " SUM("e.function_id IS NOT NULL") ", " SUM("e.attribution = 'compiler'")
		", " SUM("e.attribution = 'source'") ", " SUM("e.attribution = 'declaration'") ", "
		/* the file looked up only for an event in no function (CASE is lazy; a join
		 * looked it up for every event) */
		SUM("CASE WHEN e.function_id IS NULL THEN (SELECT f.path = '<autogenerated>'"
		    " OR f.path LIKE '%_testmain.go' OR f.path LIKE '%_cgo_gotypes.go'"
		    " FROM files f WHERE f.id = e.file_id) ELSE 0 END")
		" FROM events e WHERE e.build_id = ?1";
#undef SUM
	int64_t *event_counts[] = {
		&out->heap_escapes, &out->moved_to_heap, &out->does_not_escape, &out->leaking_params,
		&out->events, &out->attributed_events, &out->placed_compiler, &out->placed_source,
		&out->placed_declaration, &out->unplaced_generated,
	};
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(s->db, BUILD_COLUMNS " WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read build");
	sqlite3_bind_int64(st, 1, build);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_build(st, &out->info);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return error_set(err, ESCVIZ_ENOTFOUND, "%s: no build %lld", s->path,
				 (long long)build);

	if (sqlite3_prepare_v2(s->db, "SELECT class, n FROM line_counts WHERE build_id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read line counts");
	sqlite3_bind_int64(st, 1, build);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *cls = (const char *)sqlite3_column_text(st, 0);
		for (int c = 0; c < LC__COUNT; c++)
			if (cls && !strcmp(cls, line_class_name(c)))
				out->lines[c] = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(s->db, events_sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot count");
	sqlite3_bind_int64(st, 1, build);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		for (size_t i = 0; i < sizeof(event_counts) / sizeof(event_counts[0]); i++)
			*event_counts[i] = sqlite3_column_int64(st, (int)i);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return store_db_error(s, err, "cannot count");
	for (size_t i = 0; !light && i < sizeof(counts) / sizeof(counts[0]); i++)
		if (scalar(s, counts[i].sql, build, (int64_t *)((char *)out + counts[i].off)) < 0)
			return store_db_error(s, err, "cannot count");
	out->other_events = out->events - out->heap_escapes - out->moved_to_heap -
			    out->does_not_escape - out->leaking_params;
	out->rank = rank;
	if (light)
		return 0;
	if (count_chains(s, build, &out->flows, &out->steps) < 0)
		return store_db_error(s, err, "cannot count flows and steps");
	if (top_list(s, top_sql[rank][0], build, top, &out->top_packages, &out->n_top_packages) < 0 ||
	    top_list(s, top_sql[rank][1], build, top, &out->top_functions, &out->n_top_functions) < 0)
		return store_db_error(s, err, "cannot rank");
	if (read_profiles(s, build, out) < 0)
		return store_db_error(s, err, "cannot read the profiles");
	return 0;
}

int store_stats(struct store *s, int64_t build, size_t top, enum stats_rank rank,
		struct build_stats *out, struct sbuf *err)
{
	return stats(s, build, top, rank, 0, out, err);
}

int store_stats_counts(struct store *s, int64_t build, struct build_stats *out, struct sbuf *err)
{
	return stats(s, build, 0, STATS_RANK_HEAP, 1, out, err);
}

int store_build_info(struct store *s, int64_t id, struct build_info *out, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(s->db, BUILD_COLUMNS " WHERE id = ?1", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read build");
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW)
		read_build(st, out);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return error_set(err, ESCVIZ_ENOTFOUND, "%s: no build %lld", store_path(s),
				 (long long)id);
	return rc == SQLITE_ROW ? 0 : store_db_error(s, err, "cannot read build");
}
