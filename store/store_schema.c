/*
 * Schema and migrations.  PRAGMA user_version holds the schema version;
 * migrations[i] takes a database from version i to i + 1; all pending
 * migrations run in one transaction.  docs/schema.md documents every table and view: change both
 * together, and only ever append a migration.
 */
#include "store/store_internal.h"

#include <string.h>

#include "common/util.h"

static const char *const migrations[STORE_SCHEMA_VERSION] = {
	/* 0 -> 1: the first schema */
	"PRAGMA application_id = 1163089475;\n" /* 0x45535643, "ESVC" */
	"CREATE TABLE builds (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  label TEXT,\n"
	"  commit_rev TEXT,\n"
	"  go_version TEXT,\n"
	"  go_version_detected TEXT,\n"
	"  m_level INTEGER NOT NULL DEFAULT 0,\n"
	"  created TEXT NOT NULL,\n"
	"  input_lines INTEGER NOT NULL DEFAULT 0,\n"
	"  input_bytes INTEGER NOT NULL DEFAULT 0,\n"
	"  tool_version TEXT NOT NULL\n"
	");\n"
	"CREATE INDEX builds_label ON builds(label, id);\n"
	"CREATE TABLE inputs (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL,\n"
	"  name TEXT NOT NULL,\n"
	"  lines INTEGER NOT NULL DEFAULT 0,\n"
	"  bytes INTEGER NOT NULL DEFAULT 0\n"
	");\n"
	"CREATE INDEX inputs_build ON inputs(build_id);\n"
	"CREATE TABLE line_counts (\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  class TEXT NOT NULL,\n"
	"  n INTEGER NOT NULL,\n"
	"  PRIMARY KEY (build_id, class)\n"
	") WITHOUT ROWID;\n"
	"CREATE TABLE packages (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  path TEXT NOT NULL,\n"
	"  variant TEXT NOT NULL DEFAULT '',\n"
	"  name TEXT NOT NULL,\n"
	"  UNIQUE (build_id, path, variant)\n"
	");\n"
	"CREATE TABLE files (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  path TEXT NOT NULL,\n"
	"  UNIQUE (build_id, path)\n"
	");\n"
	"CREATE TABLE functions (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),\n"
	"  name TEXT NOT NULL,\n"
	"  closure INTEGER NOT NULL DEFAULT 0,\n"
	"  file_id INTEGER REFERENCES files(id),\n"
	"  line INTEGER,\n"
	"  col INTEGER,\n"
	"  inlinable INTEGER,\n"
	"  cost INTEGER,\n"
	"  budget INTEGER,\n"
	"  reason TEXT,\n"
	"  body TEXT,\n"
	"  UNIQUE (build_id, package_id, name)\n"
	");\n"
	"CREATE INDEX functions_decl ON functions(build_id, file_id, line);\n"
	"CREATE TABLE events (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),\n"
	"  function_id INTEGER REFERENCES functions(id),\n"
	"  attribution TEXT,\n"
	"  kind TEXT NOT NULL,\n"
	"  subject TEXT NOT NULL,\n"
	"  target TEXT,\n"
	"  level INTEGER,\n"
	"  file_id INTEGER NOT NULL REFERENCES files(id),\n"
	"  line INTEGER NOT NULL,\n"
	"  col INTEGER NOT NULL,\n"
	"  count INTEGER NOT NULL DEFAULT 1,\n"
	"  input_id INTEGER REFERENCES inputs(id),\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE UNIQUE INDEX events_key ON events(build_id, package_id, kind, subject,"
	" IFNULL(target, ''), file_id, line, col);\n"

	"CREATE TABLE explanations (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),\n"
	"  function_id INTEGER REFERENCES functions(id),\n"
	"  event_id INTEGER REFERENCES events(id),\n"
	"  kind TEXT NOT NULL,\n"
	"  subject TEXT NOT NULL,\n"
	"  dest TEXT,\n"
	"  derefs INTEGER,\n"
	"  file_id INTEGER NOT NULL REFERENCES files(id),\n"
	"  line INTEGER NOT NULL,\n"
	"  col INTEGER NOT NULL,\n"
	"  truncated INTEGER NOT NULL DEFAULT 0,\n"
	"  input_id INTEGER REFERENCES inputs(id),\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE INDEX explanations_pos ON explanations(build_id, file_id, line);\n"
	"CREATE INDEX explanations_event ON explanations(event_id);\n"
	"CREATE TABLE flows (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  explanation_id INTEGER NOT NULL REFERENCES explanations(id) ON DELETE CASCADE,\n"
	"  seq INTEGER NOT NULL,\n"
	"  dst TEXT NOT NULL,\n"
	"  ops TEXT NOT NULL,\n"
	"  derefs INTEGER NOT NULL,\n"
	"  src TEXT NOT NULL,\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE INDEX flows_explanation ON flows(explanation_id, seq);\n"
	"CREATE TABLE steps (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  explanation_id INTEGER NOT NULL REFERENCES explanations(id) ON DELETE CASCADE,\n"
	"  flow_id INTEGER REFERENCES flows(id),\n"
	"  seq INTEGER NOT NULL,\n"
	"  expr TEXT NOT NULL,\n"
	"  reason TEXT,\n"
	"  file_id INTEGER REFERENCES files(id),\n"
	"  line INTEGER,\n"
	"  col INTEGER,\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE INDEX steps_explanation ON steps(explanation_id, flow_id, seq);\n"
	"CREATE TABLE inline_calls (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),\n"
	"  function_id INTEGER REFERENCES functions(id),\n"
	"  callee TEXT NOT NULL,\n"
	"  inlined INTEGER NOT NULL,\n"
	"  reason TEXT,\n"
	"  file_id INTEGER NOT NULL REFERENCES files(id),\n"
	"  line INTEGER NOT NULL,\n"
	"  col INTEGER NOT NULL,\n"
	"  count INTEGER NOT NULL DEFAULT 1,\n"
	"  input_id INTEGER REFERENCES inputs(id),\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE UNIQUE INDEX inline_calls_key ON inline_calls(build_id, package_id,"
	" callee, inlined, file_id, line, col);\n"

	"CREATE TABLE devirtualizations (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),\n"
	"  function_id INTEGER REFERENCES functions(id),\n"
	"  call TEXT NOT NULL,\n"
	"  target TEXT NOT NULL,\n"
	"  partial INTEGER NOT NULL DEFAULT 0,\n"
	"  file_id INTEGER NOT NULL REFERENCES files(id),\n"
	"  line INTEGER NOT NULL,\n"
	"  col INTEGER NOT NULL,\n"
	"  input_id INTEGER REFERENCES inputs(id),\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE INDEX devirtualizations_pos ON devirtualizations(build_id, file_id, line);\n"
	"CREATE TABLE captures (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER NOT NULL REFERENCES packages(id),\n"
	"  function_id INTEGER REFERENCES functions(id),\n"
	"  variable TEXT NOT NULL,\n"
	"  by_ref INTEGER NOT NULL,\n"
	"  addr INTEGER,\n"
	"  assign INTEGER,\n"
	"  width INTEGER,\n"
	"  file_id INTEGER NOT NULL REFERENCES files(id),\n"
	"  line INTEGER NOT NULL,\n"
	"  col INTEGER NOT NULL,\n"
	"  input_id INTEGER REFERENCES inputs(id),\n"
	"  line_no INTEGER\n"
	");\n"
	"CREATE TABLE diagnostics (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  package_id INTEGER REFERENCES packages(id),\n"
	"  class TEXT NOT NULL,\n"
	"  kind TEXT NOT NULL,\n"
	"  function TEXT,\n"
	"  subject TEXT,\n"
	"  message TEXT NOT NULL,\n"
	"  file_id INTEGER REFERENCES files(id),\n"
	"  line INTEGER,\n"
	"  col INTEGER,\n"
	"  input_id INTEGER REFERENCES inputs(id),\n"
	"  line_no INTEGER NOT NULL,\n"
	"  nlines INTEGER NOT NULL DEFAULT 1,\n"
	"  truncated INTEGER NOT NULL DEFAULT 0\n"
	");\n"
	"CREATE INDEX diagnostics_build ON diagnostics(build_id, class);\n"
	"CREATE VIEW function_escapes AS\n"
	"  SELECT e.build_id, p.path AS package, p.variant, f.name AS function,\n"
	"         SUM(e.kind = 'heap_escape') AS heap_escapes,\n"
	"         SUM(e.kind = 'moved_to_heap') AS moved_to_heap,\n"
	"         SUM(e.kind LIKE 'leaking_param%') AS leaking_params,\n"
	"         SUM(e.kind = 'does_not_escape') AS does_not_escape\n"
	"  FROM events e JOIN packages p ON p.id = e.package_id\n"
	"  LEFT JOIN functions f ON f.id = e.function_id\n"
	"  GROUP BY e.build_id, e.package_id, e.function_id;\n"
	"CREATE VIEW package_heap AS\n"
	"  SELECT e.build_id, p.path AS package, p.variant,\n"
	"         SUM(e.kind = 'heap_escape') AS heap_escapes,\n"
	"         SUM(e.kind = 'moved_to_heap') AS moved_to_heap,\n"
	"         SUM(e.kind IN ('heap_escape', 'moved_to_heap')) AS heap_allocations,\n"
	"         SUM(e.kind LIKE 'leaking_param%') AS leaking_params\n"
	"  FROM events e JOIN packages p ON p.id = e.package_id\n"
	"  GROUP BY e.build_id, e.package_id;\n"
	"CREATE VIEW function_inlining AS\n"
	"  SELECT f.build_id, p.path AS package, p.variant, f.name AS function,\n"
	"         fl.path AS file, f.line, f.inlinable, f.cost, f.budget, f.reason,\n"
	"         (SELECT COUNT(*) FROM inline_calls c WHERE c.build_id = f.build_id\n"
	"            AND c.inlined = 1 AND ((c.package_id = f.package_id\n"
	"            AND c.callee = f.name) OR c.callee = p.name || '.' || f.name))\n"
	"            AS inlined_sites\n"
	"  FROM functions f JOIN packages p ON p.id = f.package_id\n"
	"  LEFT JOIN files fl ON fl.id = f.file_id;\n",

	/* 1 -> 2: how each row was placed in its function; the source read
	 * (--src) and the function extents found in it; views count verdicts
	 * as printed (events.count). */
	"UPDATE events SET attribution = 'compiler'"
	" WHERE attribution IN ('explicit', 'explanation');\n"
	"ALTER TABLE explanations ADD COLUMN attribution TEXT;\n"
	"ALTER TABLE inline_calls ADD COLUMN attribution TEXT;\n"
	"ALTER TABLE devirtualizations ADD COLUMN attribution TEXT;\n"
	/* Before version 2 a placed row was named by the compiler or by the
	 * nearest declaration; which one was not kept. */
	/* Identical verdicts at one position in several functions are several events. */
	"DROP INDEX events_key;\n"
	"CREATE UNIQUE INDEX events_key ON events(build_id, package_id, kind, subject,"
	" IFNULL(target, ''), file_id, line, col, IFNULL(function_id, 0));\n"
	"UPDATE explanations SET attribution = 'declaration' WHERE function_id IS NOT NULL;\n"
	"UPDATE inline_calls SET attribution = 'declaration' WHERE function_id IS NOT NULL;\n"
	"UPDATE devirtualizations SET attribution = 'declaration' WHERE function_id IS NOT NULL;\n"
	"CREATE TABLE source_files (\n"
	"  file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,\n"
	"  build_id INTEGER NOT NULL REFERENCES builds(id) ON DELETE CASCADE,\n"
	"  path TEXT NOT NULL,\n"
	"  size INTEGER NOT NULL,\n"
	"  sha256 TEXT NOT NULL,\n"
	"  stale INTEGER NOT NULL DEFAULT 0,\n"
	"  stale_line INTEGER,\n"
	"  stale_col INTEGER\n"
	");\n"
	"CREATE INDEX source_files_build ON source_files(build_id);\n"
	"CREATE TABLE function_extents (\n"
	"  function_id INTEGER NOT NULL REFERENCES functions(id) ON DELETE CASCADE,\n"
	"  file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,\n"
	"  kind TEXT NOT NULL,\n"
	"  start_line INTEGER NOT NULL,\n"
	"  start_col INTEGER NOT NULL,\n"
	"  end_line INTEGER NOT NULL,\n"
	"  end_col INTEGER NOT NULL,\n"
	"  PRIMARY KEY (function_id, file_id, start_line, start_col)\n"
	") WITHOUT ROWID;\n"
	"DROP VIEW function_escapes;\n"
	"DROP VIEW package_heap;\n"
	"CREATE VIEW function_escapes AS\n"
	"  SELECT e.build_id, p.path AS package, p.variant, f.name AS function,\n"
	"         SUM((e.kind = 'heap_escape') * e.count) AS heap_escapes,\n"
	"         SUM((e.kind = 'moved_to_heap') * e.count) AS moved_to_heap,\n"
	"         SUM((e.kind LIKE 'leaking_param%') * e.count) AS leaking_params,\n"
	"         SUM((e.kind = 'does_not_escape') * e.count) AS does_not_escape\n"
	"  FROM events e JOIN packages p ON p.id = e.package_id\n"
	"  LEFT JOIN functions f ON f.id = e.function_id\n"
	"  GROUP BY e.build_id, e.package_id, e.function_id;\n"
	"CREATE VIEW package_heap AS\n"
	"  SELECT e.build_id, p.path AS package, p.variant,\n"
	"         SUM((e.kind = 'heap_escape') * e.count) AS heap_escapes,\n"
	"         SUM((e.kind = 'moved_to_heap') * e.count) AS moved_to_heap,\n"
	"         SUM((e.kind IN ('heap_escape', 'moved_to_heap')) * e.count) AS heap_allocations,\n"
	"         SUM((e.kind LIKE 'leaking_param%') * e.count) AS leaking_params\n"
	"  FROM events e JOIN packages p ON p.id = e.package_id\n"
	"  GROUP BY e.build_id, e.package_id;\n",
};

static int exec(sqlite3 *db, const char *sql, const char *path, struct sbuf *err)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		error_set(err, ESCVIZ_EDB, "%s: %s", path, msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return ESCVIZ_EDB;
	}
	return 0;
}

int store_schema_version(sqlite3 *db, int *version)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*version = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

int store_migrate(sqlite3 *db, const char *path, struct sbuf *err)
{
	int version = 0, rc;

	if (exec(db, "BEGIN IMMEDIATE", path, err) < 0)
		return ESCVIZ_EDB;
	if (store_schema_version(db, &version) != SQLITE_OK) {
		exec(db, "ROLLBACK", path, NULL);
		return error_set(err, ESCVIZ_EDB, "%s: not a usable database: %s", path,
				 sqlite3_errmsg(db));
	}
	for (int v = version; v < STORE_SCHEMA_VERSION; v++) {
		struct sbuf sql = SBUF_INIT;
		sbuf_addstr(&sql, migrations[v]);
		sbuf_addf(&sql, "PRAGMA user_version = %d;", v + 1);
		rc = exec(db, sql.buf, path, err);
		sbuf_release(&sql);
		if (rc < 0) {
			exec(db, "ROLLBACK", path, NULL);
			return rc;
		}
	}
	return exec(db, "COMMIT", path, err);
}
