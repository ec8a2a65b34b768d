#ifndef ESCVIZ_STORE_INTERNAL_H
#define ESCVIZ_STORE_INTERNAL_H
/* Shared by the store's own files only; the only home of <sqlite3.h>. */
#include <sqlite3.h>

#include "store/store.h"

struct store {
	sqlite3 *db;
	char *path;
	int readonly;
};

/* Read PRAGMA user_version; an SQLite result code. */
int store_schema_version(sqlite3 *db, int *version);
/* Bring the schema up to STORE_SCHEMA_VERSION, in one transaction. */
int store_migrate(sqlite3 *db, const char *path, struct sbuf *err);
/* Report the database's last error for path into err; returns ESCVIZ_EDB. */
int store_db_error(struct store *s, struct sbuf *err, const char *what);
/* A copy of column i as a malloc'd string (NULL stays NULL). */
char *store_column_dup(sqlite3_stmt *st, int i);

#endif
