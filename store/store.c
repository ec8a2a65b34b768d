/*
 * Opening and closing the database.  Writing a build is in store_ingest.c.
 */
#include "store/store_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/util.h"
#include "common/xalloc.h"

/* ---- opening ------------------------------------------------------------ */

int store_db_error(struct store *s, struct sbuf *err, const char *what)
{
	return error_set(err, ESCVIZ_EDB, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

char *store_column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xmemdupz(t, (size_t)sqlite3_column_bytes(st, i)) : NULL;
}

/* ESCVIZ_SQL_PROFILE=1: report statements that run longer than 20 ms. */
static int profile_cb(unsigned type, void *ctx, void *stmt, void *ns)
{
	(void)ctx;
	if (type == SQLITE_TRACE_PROFILE && *(sqlite3_int64 *)ns > 20000000) {
		char *sql = sqlite3_expanded_sql(stmt);
		fprintf(stderr, "escviz: sql %.1f ms: %.160s\n",
			(double)*(sqlite3_int64 *)ns / 1e6, sql ? sql : "?");
		sqlite3_free(sql);
	}
	return 0;
}

const char *store_path(const struct store *s)
{
	return s->path;
}

static int check_ours(struct store *s, struct sbuf *err)
{
	sqlite3_stmt *st = NULL;
	int version = 0, app = 0, tables = 0, rc;

	rc = store_schema_version(s->db, &version);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(s->db, "SELECT (SELECT application_id FROM"
				       " pragma_application_id), (SELECT COUNT(*) FROM"
				       " sqlite_schema)", -1, &st, NULL);
	if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		app = sqlite3_column_int(st, 0);
		tables = sqlite3_column_int(st, 1);
	} else {
		rc = SQLITE_ERROR;
	}
	if (rc != SQLITE_OK) {
		error_set(err, ESCVIZ_EDB, "%s: not an escviz database, or it is corrupt: %s",
			  s->path, sqlite3_errmsg(s->db));
		sqlite3_finalize(st);
		return ESCVIZ_EDB;
	}
	sqlite3_finalize(st);
	if (tables && app != 1163089475)
		return error_set(err, ESCVIZ_EDB, "%s: not an escviz database", s->path);
	if (version > STORE_SCHEMA_VERSION)
		return error_set(err, ESCVIZ_EDB,
				 "%s: database schema version %d is newer than this escviz "
				 "supports (%d); upgrade escviz", s->path, version,
				 STORE_SCHEMA_VERSION);
	if (s->readonly && version < STORE_SCHEMA_VERSION)
		return error_set(err, ESCVIZ_EDB, "%s: no escviz builds in this database "
				 "(schema version %d)", s->path, version);
	return 0;
}

int store_open(struct store **out, const char *path, int flags, struct sbuf *err)
{
	struct store *s = xcalloc(1, sizeof(*s));
	int oflags = SQLITE_OPEN_NOMUTEX | ((flags & STORE_READONLY) ? SQLITE_OPEN_READONLY
					      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
	int rc;
	struct stat sb;

	*out = NULL;
	/* Before the first connection: no global allocation statistics (they
	 * take a mutex on every malloc). */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	s->path = xstrdup(path);
	s->readonly = (flags & STORE_READONLY) != 0;
	if (s->readonly && stat(path, &sb) < 0) {
		rc = error_set(err, ESCVIZ_ENOTFOUND, "%s: no such database (run "
			       "'escviz ingest' first)", path);
		goto fail;
	}
	if (!s->readonly && stat(path, &sb) == 0 && access(path, W_OK) < 0) {
		rc = error_set(err, ESCVIZ_EDB, "%s: database is not writable: %s", path,
			       strerror(errno));
		goto fail;
	}
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		rc = error_set(err, ESCVIZ_EDB, "%s: cannot open database: %s", path,
			       s->db ? sqlite3_errmsg(s->db) : "out of memory");
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 600000);
	if (getenv("ESCVIZ_SQL_PROFILE"))
		sqlite3_trace_v2(s->db, SQLITE_TRACE_PROFILE, profile_cb, NULL);
	if ((rc = check_ours(s, err)) < 0)
		goto fail;
	/* Readers sort a package at a time (diff, report): in memory, not in
	 * temporary files. */
	sqlite3_exec(s->db, "PRAGMA temp_store = MEMORY", NULL, NULL, NULL);
	if (!s->readonly) {
		char *msg = NULL;
		if (sqlite3_exec(s->db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL;"
				 " PRAGMA cache_size = -8192;",
				 NULL, NULL, &msg) != SQLITE_OK) {
			rc = error_set(err, ESCVIZ_EDB, "%s: %s", path, msg);
			sqlite3_free(msg);
			goto fail;
		}
		if ((rc = store_migrate(s->db, path, err)) < 0)
			goto fail;
		/* Test hook (tests/cli/faults.sh): ESCVIZ_MAX_PAGES=N caps the file
		 * at N pages (never below its size), so writes fail as on a full disk. */
		if (getenv("ESCVIZ_MAX_PAGES")) {
			char *q = sqlite3_mprintf("PRAGMA max_page_count = %lld",
						  strtoll(getenv("ESCVIZ_MAX_PAGES"), NULL, 10));
			sqlite3_exec(s->db, q, NULL, NULL, NULL);
			sqlite3_free(q);
		}
	}
	*out = s;
	return 0;
fail:
	store_close(s);
	return rc;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

