#ifndef ESCVIZ_STORE_INTERNAL_H
#define ESCVIZ_STORE_INTERNAL_H
/* Shared by the store's own files only; the only home of <sqlite3.h>. */
#include <sqlite3.h>

#include "common/strmap.h"
#include "store/store.h"

/* SQL: the name a package is shown by, "path" or "path [variant]", of the
 * packages row aliased p. */
#define STORE_SQL_PKG_NAME \
	"p.path || CASE WHEN p.variant <> '' THEN ' [' || p.variant || ']' ELSE '' END"

/* A number macro's digits as SQL text. */
#define STORE_SQL_NUM_(x) #x
#define STORE_SQL_NUM(x) STORE_SQL_NUM_(x)

/* SQL: build ?1's inlining budget, the one its functions print most often
 * (the smaller of two as often); NULL when none printed one: then
 * FACT_DEFAULT_BUDGET (model/facts.h's budget_tally_mode() for a log). */
#define STORE_SQL_BUILD_BUDGET                                                  \
	"(SELECT budget FROM functions WHERE build_id = ?1 AND budget IS NOT NULL" \
	" GROUP BY budget ORDER BY COUNT(*) DESC, budget LIMIT 1)"

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

/* ---- chains (store_chain.c): an explanation's flows and steps as one text ---- */

/* Writing one explanation's chain at the end of sb. */
struct chain_enc {
	struct sbuf *sb;
	size_t start;     /* where this chain starts in sb */
	int64_t line_no;  /* the explanation's log line: lines are stored relative to it */
	int state;        /* 0 nothing yet, 1 in the steps before any flow, 2 in a flow, 3 ended */
	int first;        /* no step yet in the open list */
};
void chain_enc_begin(struct chain_enc *e, struct sbuf *sb, int64_t line_no);
void chain_enc_flow(struct chain_enc *e, struct span dst, struct span ops, int64_t derefs,
		    struct span src, int64_t line_no);
/* file_id 0: the step printed no position.  An empty reason is stored as null. */
void chain_enc_step(struct chain_enc *e, struct span expr, struct span reason, int64_t line_no,
		    int64_t file_id, long line, long col);
/* Close the chain; its length in sb, 0 when it has neither flow nor step (stored as NULL). */
size_t chain_enc_end(struct chain_enc *e);

/* What the decoder hands over; spans are valid during the call only. */
struct chain_flow {
	uint64_t seq; /* 1-based */
	struct span dst, ops, src;
	int64_t derefs;
	int64_t line_no; /* 0: unknown */
};
struct chain_step {
	struct span expr, reason;
	int has_reason;
	int64_t line_no; /* 0: unknown */
	int64_t file_id; /* 0: no position */
	long line, col;
};
struct chain_visitor {
	int (*flow)(void *ctx, const struct chain_flow *f);
	/* flow: the seq of the flow it follows, 0 for the steps before any flow */
	int (*step)(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *s);
	void *ctx;
};
/*
 * Walk the chain text (n bytes; NULL or empty: no chain) of an explanation
 * whose line_no is given.  0; -1 malformed; -2 a callback failed (< 0).
 */
int chain_decode(const char *text, size_t n, int64_t line_no, const struct chain_visitor *v);

/* File ids to paths, read once each. */
struct chain_files {
	struct store *s;
	sqlite3_stmt *st;
	struct strmap ids; /* file id -> index in path */
	char **path;
	size_t n, alloc;
};
void chain_files_init(struct chain_files *cf, struct store *s);
void chain_files_release(struct chain_files *cf);
/* The path of file id (borrowed), NULL when there is none. */
const char *chain_file_path(struct chain_files *cf, int64_t id);
/* A malloc'd, NUL-terminated copy. */
char *chain_dup(struct span s);
/* Append the chain's flows and steps to x (model/model.h).  0, or -1 malformed. */
int chain_to_expl(const char *text, size_t n, struct mexpl *x, struct chain_files *files);

#endif
