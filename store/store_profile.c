/* Profiles attached to a build: what prof_join() needs, and its result (store.h). */
#include "store/store_internal.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "common/xalloc.h"
#include "model/profile.h"

static const char *const targets_sql =
	"SELECT e.id, p.path, e.kind, e.subject, fl.path, e.line, e.col, f.name,"
	" COALESCE(f.line, 0)"
	" FROM events e JOIN packages p ON p.id = e.package_id"
	" JOIN files fl ON fl.id = e.file_id LEFT JOIN functions f ON f.id = e.function_id"
	" WHERE e.build_id = ?1 AND e.kind IN ('heap_escape', 'moved_to_heap')"
	" ORDER BY e.id";

static const char *const funcs_sql =
	"SELECT f.id, p.path, f.name, fl.path, COALESCE(f.line, 0), COALESCE(f.inlinable, -1),"
	" COALESCE(f.cost, -1), COALESCE(f.budget, -1), f.reason"
	" FROM functions f JOIN packages p ON p.id = f.package_id"
	" LEFT JOIN files fl ON fl.id = f.file_id WHERE f.build_id = ?1 ORDER BY f.id";

int store_profile_targets(struct store *s, int64_t build, struct prof_target **t, size_t *nt,
			  struct prof_func_target **f, size_t *nf, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;

	*t = NULL;
	*f = NULL;
	*nt = *nf = 0;
	if (sqlite3_prepare_v2(s->db, targets_sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the build's verdicts");
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct prof_target *x;
		VEC_GROW(*t, *nt + 1, alloc);
		x = &(*t)[(*nt)++];
		x->event_id = sqlite3_column_int64(st, 0);
		x->package = store_column_dup(st, 1);
		x->kind = store_column_dup(st, 2);
		x->subject = store_column_dup(st, 3);
		x->file = store_column_dup(st, 4);
		x->line = sqlite3_column_int64(st, 5);
		x->col = sqlite3_column_int64(st, 6);
		x->function = store_column_dup(st, 7);
		x->func_line = sqlite3_column_int64(st, 8);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot read the build's verdicts");
	alloc = 0;
	if (sqlite3_prepare_v2(s->db, funcs_sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the build's functions");
	sqlite3_bind_int64(st, 1, build);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct prof_func_target *x;
		VEC_GROW(*f, *nf + 1, alloc);
		x = &(*f)[(*nf)++];
		x->function_id = sqlite3_column_int64(st, 0);
		x->package = store_column_dup(st, 1);
		x->name = store_column_dup(st, 2);
		x->file = store_column_dup(st, 3);
		x->line = sqlite3_column_int64(st, 4);
		x->inlinable = sqlite3_column_int(st, 5);
		x->cost = sqlite3_column_int64(st, 6);
		x->budget = sqlite3_column_int64(st, 7);
		x->reason = store_column_dup(st, 8);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return store_db_error(s, err, "cannot read the build's functions");
	return 0;
}

void store_profile_targets_free(struct prof_target *t, size_t nt, struct prof_func_target *f,
				size_t nf)
{
	for (size_t i = 0; i < nt; i++)
		prof_target_release(&t[i]);
	for (size_t i = 0; i < nf; i++)
		prof_func_target_release(&f[i]);
	free(t);
	free(f);
}

static int step_done(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void bind_id_or_null(sqlite3_stmt *st, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

static int write_rows(struct store *s, int64_t pid, const struct prof_result *r)
{
	sqlite3_stmt *site = NULL, *fn = NULL, *call = NULL;
	int rc = -1;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO profile_sites(profile_id, function, file, line,"
			       " at_file, at_line, allocator, bytes, objects, event_id, joined)"
			       " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", -1, &site,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "INSERT INTO profile_functions(profile_id, function, file,"
			       " start_line, flat, cum, function_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
			       -1, &fn, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "INSERT INTO profile_calls(profile_id, caller, file, line,"
			       " callee, cum, inlined) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &call,
			       NULL) != SQLITE_OK)
		goto out;
	for (size_t i = 0; i < r->nsites; i++) {
		const struct prof_site *x = &r->sites[i];
		sqlite3_bind_int64(site, 1, pid);
		sqlite3_bind_text(site, 2, x->function, -1, SQLITE_STATIC);
		sqlite3_bind_text(site, 3, x->file, -1, SQLITE_STATIC);
		sqlite3_bind_int64(site, 4, x->line);
		sqlite3_bind_text(site, 5, x->at_file, -1, SQLITE_STATIC);
		sqlite3_bind_int64(site, 6, x->at_line);
		sqlite3_bind_text(site, 7, x->allocator, -1, SQLITE_STATIC);
		sqlite3_bind_int64(site, 8, x->bytes);
		sqlite3_bind_int64(site, 9, x->objects);
		bind_id_or_null(site, 10, x->event_id);
		if (x->how)
			sqlite3_bind_text(site, 11, x->how, -1, SQLITE_STATIC);
		if (step_done(site) < 0)
			goto out;
	}
	for (size_t i = 0; i < r->nfuncs; i++) {
		const struct prof_func *x = &r->funcs[i];
		sqlite3_bind_int64(fn, 1, pid);
		sqlite3_bind_text(fn, 2, x->function, -1, SQLITE_STATIC);
		sqlite3_bind_text(fn, 3, x->file, -1, SQLITE_STATIC);
		sqlite3_bind_int64(fn, 4, x->line);
		sqlite3_bind_int64(fn, 5, x->flat);
		sqlite3_bind_int64(fn, 6, x->cum);
		bind_id_or_null(fn, 7, x->function_id);
		if (step_done(fn) < 0)
			goto out;
	}
	for (size_t i = 0; i < r->ncalls; i++) {
		const struct prof_call *x = &r->calls[i];
		sqlite3_bind_int64(call, 1, pid);
		sqlite3_bind_text(call, 2, x->caller, -1, SQLITE_STATIC);
		sqlite3_bind_text(call, 3, x->file, -1, SQLITE_STATIC);
		sqlite3_bind_int64(call, 4, x->line);
		sqlite3_bind_text(call, 5, x->callee, -1, SQLITE_STATIC);
		sqlite3_bind_int64(call, 6, x->cum);
		sqlite3_bind_int(call, 7, x->inlined);
		if (step_done(call) < 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(site);
	sqlite3_finalize(fn);
	sqlite3_finalize(call);
	return rc;
}

int store_profile_add(struct store *s, int64_t build, const char *label, const char *path,
		      const struct prof_result *r, int64_t *id, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	char now[32];
	int rc;

	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot start a transaction");
	util_now_iso8601(now);
	rc = sqlite3_prepare_v2(s->db, "INSERT INTO profiles(build_id, label, path, kind,"
				" sample_types, period_type, period, time_nanos, duration_nanos,"
				" total_bytes, total_objects, matched_bytes, matched_objects, total_cpu,"
				" created) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
				" ?14, ?15)", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, build);
		sqlite3_bind_text(st, 2, label, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, path, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, prof_kind_name(r->kind), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, r->sample_types, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, r->period_type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 7, r->period);
		sqlite3_bind_int64(st, 8, r->time_nanos);
		sqlite3_bind_int64(st, 9, r->duration_nanos);
		sqlite3_bind_int64(st, 10, r->total_bytes);
		sqlite3_bind_int64(st, 11, r->total_objects);
		sqlite3_bind_int64(st, 12, r->matched_bytes);
		sqlite3_bind_int64(st, 13, r->matched_objects);
		sqlite3_bind_int64(st, 14, r->total_cpu);
		sqlite3_bind_text(st, 15, now, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	*id = sqlite3_last_insert_rowid(s->db);
	if (rc != SQLITE_OK || write_rows(s, *id, r) < 0 ||
	    sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		rc = store_db_error(s, err, "cannot store the profile");
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return 0;
}

int store_profile_totals(struct store *s, int64_t build, struct prof_totals *out,
			 struct sbuf *err)
{
	static const char sql[] =
		"SELECT COALESCE(SUM(kind = 'heap'), 0), COALESCE(SUM(kind = 'cpu'), 0),"
		" COALESCE(SUM(total_bytes), 0), COALESCE(SUM(total_objects), 0),"
		" COALESCE(SUM(matched_bytes), 0), COALESCE(SUM(matched_objects), 0),"
		" COALESCE(SUM(total_cpu), 0) FROM profiles WHERE build_id = ?1";
	sqlite3_stmt *st = NULL;
	int rc;
	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the profiles");
	sqlite3_bind_int64(st, 1, build);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->heap_profiles = sqlite3_column_int64(st, 0);
		out->cpu_profiles = sqlite3_column_int64(st, 1);
		out->total_bytes = sqlite3_column_int64(st, 2);
		out->total_objects = sqlite3_column_int64(st, 3);
		out->matched_bytes = sqlite3_column_int64(st, 4);
		out->matched_objects = sqlite3_column_int64(st, 5);
		out->total_cpu = sqlite3_column_int64(st, 6);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : store_db_error(s, err, "cannot read the profiles");
}

int store_profile_count(struct store *s, int64_t build, const char *kind, int64_t *n,
			struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT COUNT(*) FROM profiles WHERE build_id = ?1"
			       " AND (?2 IS NULL OR kind = ?2)", -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot count profiles");
	sqlite3_bind_int64(st, 1, build);
	if (kind)
		sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		*n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}

int store_profile_values(struct store *s, int64_t build, const char *kind, int64_t **v,
			 size_t *n, int64_t *total, int64_t *nprofiles, struct sbuf *err)
{
	int heap = !strcmp(kind, "heap");
	const char *sql = heap ? "SELECT s.bytes FROM profile_sites s JOIN profiles p"
				 " ON p.id = s.profile_id WHERE p.build_id = ?1 AND p.kind = ?2"
			       : "SELECT f.flat FROM profile_functions f JOIN profiles p"
				 " ON p.id = f.profile_id WHERE p.build_id = ?1 AND p.kind = ?2";
	const char *tot = heap ? "SELECT COUNT(*), COALESCE(SUM(total_bytes), 0) FROM profiles"
				 " WHERE build_id = ?1 AND kind = ?2"
			       : "SELECT COUNT(*), COALESCE(SUM(total_cpu), 0) FROM profiles"
				 " WHERE build_id = ?1 AND kind = ?2";
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;

	*v = NULL;
	*n = 0;
	*total = *nprofiles = 0;
	if (sqlite3_prepare_v2(s->db, tot, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the profiles");
	sqlite3_bind_int64(st, 1, build);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*nprofiles = sqlite3_column_int64(st, 0);
		*total = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the profiles");
	sqlite3_bind_int64(st, 1, build);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		VEC_GROW(*v, *n + 1, alloc);
		(*v)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(*v);
		*v = NULL;
		*n = 0;
		return store_db_error(s, err, "cannot read the profiles");
	}
	return 0;
}

int store_profile_hot_calls(struct store *s, int64_t build, int64_t min_cum, size_t limit,
			    struct prof_hot_call **out, size_t *n, struct sbuf *err)
{
	/* The callee is on the stack of every sample under the call, so the
	 * same profile's profile_functions row names it in the build. */
	static const char sql[] =
		"SELECT c.caller, c.file, c.line,"
		" CASE WHEN p.path <> '' THEN p.path || '.' ELSE '' END || f.name,"
		" SUM(c.cum) AS call_cum, COALESCE(f.cost, -1), COALESCE(f.budget, -1), f.reason,"
		" MAX((SELECT pc.function_id FROM profile_functions pc"
		"  WHERE pc.profile_id = c.profile_id AND pc.function = c.caller"
		"  AND pc.function_id IS NOT NULL))"
		" FROM profile_calls c JOIN profiles pr ON pr.id = c.profile_id"
		" JOIN profile_functions pf ON pf.profile_id = c.profile_id AND pf.function = c.callee"
		" JOIN functions f ON f.id = pf.function_id JOIN packages p ON p.id = f.package_id"
		" WHERE pr.build_id = ?1 AND pr.kind = 'cpu' AND c.inlined = 0"
		" AND COALESCE(f.inlinable, 0) = 0"
		" GROUP BY c.caller, c.file, c.line, f.id HAVING call_cum >= ?2"
		" ORDER BY call_cum DESC, c.file, c.line LIMIT ?3";
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;
	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot read the profiles' call sites");
	sqlite3_bind_int64(st, 1, build);
	sqlite3_bind_int64(st, 2, min_cum);
	sqlite3_bind_int64(st, 3, limit ? (int64_t)limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct prof_hot_call *c;
		const unsigned char *reason = sqlite3_column_text(st, 7);
		VEC_GROW(*out, *n + 1, alloc);
		c = &(*out)[(*n)++];
		c->caller = xstrdup((const char *)sqlite3_column_text(st, 0));
		c->file = xstrdup((const char *)sqlite3_column_text(st, 1));
		c->line = sqlite3_column_int(st, 2);
		c->callee = xstrdup((const char *)sqlite3_column_text(st, 3));
		c->cum = sqlite3_column_int64(st, 4);
		c->cost = sqlite3_column_int(st, 5);
		c->budget = sqlite3_column_int(st, 6);
		c->reason = reason ? xstrdup((const char *)reason) : NULL;
		c->caller_id = sqlite3_column_int64(st, 8);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		prof_hot_calls_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_db_error(s, err, "cannot read the profiles' call sites");
	}
	return 0;
}
