/*
 * Writing one build.
 *
 * The ingest holds one write transaction from store_ingest_begin() to
 * store_ingest_commit().  Names (packages, files, functions) are interned
 * in memory maps so each costs one INSERT.  Events, explanations, inlined
 * call sites and devirtualisations of the current package block are held in
 * a struct block (model/block.h), linked and attributed when the block ends,
 * and written once; repeats of an event (same kind, subject, target and
 * position) are folded into one row with a count.  An explanation's flows
 * and steps become its one chain text (store_chain.c), written with it.
 * Captures and verbatim lines are written as they come.  What a block could not
 * settle (a package printed in two blocks, a block cut early for memory) is
 * settled at commit by set-based UPDATEs over the rows still NULL.
 */
#include "store/store_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/strmap.h"
#include "model/block.h"
#include "model/names.h"
#include "model/srcset.h"
#include "common/util.h"
#include "common/xalloc.h"

#define MAX_STORED_TEXT (1u << 20) /* verbatim lines are cut beyond 1 MiB */
/* Chain texts a block holds in memory before they wait in a temporary file. */
#define CHAIN_SPILL_AT (4u << 20)

enum stmt_id {
	S_BUILD,
	S_INPUT,
	S_INPUT_DONE,
	S_PACKAGE,
	S_FILE,
	S_FUNC_REF,
	S_FUNC_DECL,
	S_FUNC_REDECL,
	S_MAX_FUNC,
	S_EVENT,
	S_EVENT_NEW,
	S_MAX_EVENT,
	S_EXPL,
	S_MAX_EXPL,
	S_EXPL_TRUNC,
	S_INLINE_CALL,
	S_DEVIRT,
	S_CAPTURE,
	S_DIAG,
	S_LINE_COUNT,
	S_SOURCE_FILE,
	S_EXTENT,
	S_FUNC_POS,
	S__COUNT
};

static const char *const stmt_sql[S__COUNT] = {
	[S_BUILD] = "INSERT INTO builds(label, commit_rev, go_version, created,"
		    " tool_version) VALUES(?1, ?2, ?3, ?4, ?5)",
	[S_INPUT] = "INSERT INTO inputs(build_id, seq, name) VALUES(?1, ?2, ?3)",
	[S_INPUT_DONE] = "UPDATE inputs SET lines = ?2, bytes = ?3 WHERE id = ?1",
	[S_PACKAGE] = "INSERT INTO packages(build_id, path, variant, name)"
		      " VALUES(?1, ?2, ?3, ?4)",
	[S_FILE] = "INSERT INTO files(build_id, path) VALUES(?1, ?2)",
	/* Function ids are given in memory (func_row): each name is one INSERT,
	 * and a declaration of a function referred to before one UPDATE. */
	[S_FUNC_REF] = "INSERT INTO functions(id, build_id, package_id, name, closure)"
		       " VALUES(?1, ?2, ?3, ?4, ?5)",
	[S_FUNC_DECL] = "INSERT INTO functions(id, build_id, package_id, name, file_id, line,"
			" col, inlinable, cost, budget, reason, body, closure)"
			" VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[S_FUNC_REDECL] = "UPDATE functions SET"
			  " file_id = COALESCE(file_id, ?5), line = COALESCE(line, ?6),"
			  " col = COALESCE(col, ?7), inlinable = COALESCE(?8, inlinable),"
			  " cost = COALESCE(?9, cost), budget = COALESCE(?10, budget),"
			  " reason = COALESCE(?11, reason), body = COALESCE(?12, body)"
			  " WHERE id = ?1",
	[S_MAX_FUNC] = "SELECT COALESCE(MAX(id), 0) FROM functions",
	/* A package written in pieces: an event may be one already written. */
	[S_EVENT] = "INSERT INTO events(build_id, package_id, function_id, attribution,"
		    " kind, subject, target, level, file_id, line, col, count, input_id, line_no, id)"
		    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
		    " ON CONFLICT(build_id, package_id, kind, subject, IFNULL(target, ''),"
		    " file_id, line, col, IFNULL(function_id, 0))"
		    " DO UPDATE SET count = count + excluded.count"
		    " RETURNING id",
	/* The first block of a package: every event is new (the block folded repeats). */
	[S_EVENT_NEW] = "INSERT INTO events(build_id, package_id, function_id, attribution,"
			" kind, subject, target, level, file_id, line, col, count, input_id, line_no,"
			" id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
	[S_MAX_EVENT] = "SELECT COALESCE(MAX(id), 0) FROM events",
	[S_EXPL] = "INSERT INTO explanations(id, build_id, package_id, function_id, event_id,"
		   " kind, subject, dest, derefs, file_id, line, col, truncated, input_id,"
		   " line_no, attribution, chain) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
		   " ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
	[S_MAX_EXPL] = "SELECT COALESCE(MAX(id), 0) FROM explanations",
	[S_EXPL_TRUNC] = "UPDATE explanations SET truncated = 1 WHERE id = ?1",
	[S_INLINE_CALL] = "INSERT INTO inline_calls(build_id, package_id, function_id, callee,"
			  " inlined, reason, file_id, line, col, input_id, line_no, attribution)"
			  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
			  " ON CONFLICT(build_id, package_id, callee, inlined, file_id, line, col)"
			  " DO UPDATE SET count = count + 1",
	[S_DEVIRT] = "INSERT INTO devirtualizations(build_id, package_id, function_id, call,"
		     " target, partial, file_id, line, col, input_id, line_no, attribution)"
		     " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	[S_CAPTURE] = "INSERT INTO captures(build_id, package_id, function_id, variable,"
		      " by_ref, addr, assign, width, file_id, line, col, input_id, line_no)"
		      " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[S_DIAG] = "INSERT INTO diagnostics(build_id, package_id, class, kind, function,"
		   " subject, message, file_id, line, col, input_id, line_no, nlines, truncated)"
		   " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[S_LINE_COUNT] = "INSERT INTO line_counts(build_id, class, n) VALUES(?1, ?2, ?3)",
	[S_SOURCE_FILE] = "INSERT OR REPLACE INTO source_files(file_id, build_id, path, size,"
			  " sha256, stale, stale_line, stale_col)"
			  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[S_EXTENT] = "INSERT OR IGNORE INTO function_extents(function_id, file_id, kind,"
		     " start_line, start_col, end_line, end_col)"
		     " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	/* A function only the source declares: where it starts. */
	[S_FUNC_POS] = "UPDATE functions SET file_id = ?2, line = ?3, col = ?4"
		       " WHERE id = ?1 AND file_id IS NULL",
};

/* The nearest-declaration fallback for table T (?1 = build id). */
#define NEAREST_DECL(T)                                                              \
	"UPDATE OR IGNORE " T " SET function_id = (SELECT f.id FROM functions f"         \
	" WHERE f.build_id = " T ".build_id AND f.file_id = " T ".file_id"               \
	" AND f.package_id = " T ".package_id AND f.closure = 0 AND f.line > 0"          \
	" AND f.line <= " T ".line AND (f.line < " T ".line OR f.col <= " T ".col)"      \
	" ORDER BY f.line DESC, f.col DESC, f.id LIMIT 1), attribution = 'declaration'" \
	" WHERE build_id = ?1 AND function_id IS NULL"                                   \
	" AND (SELECT m_level FROM builds WHERE id = ?1) >= 2"                           \
	" AND file_id NOT IN (SELECT id FROM files WHERE build_id = ?1"                  \
	" AND path = '<autogenerated>')"                                                 \
	" AND file_id NOT IN (SELECT file_id FROM source_files WHERE build_id = ?1"      \
	" AND stale = 0)"

/* What no rule placed is unknown. */
#define UNPLACED(T) "UPDATE " T " SET attribution = NULL WHERE build_id = ?1 AND function_id IS NULL"

/*
 * Run at commit when a package came in more than one block: settle, over
 * the whole build, what the blocks left NULL.  The same rules as
 * store_block.c, in SQL.  ?1 = build id.
 */
static const char *const finish_sql[] = {
	/* An explanation header explains the verdict at the same position:
	 * "x escapes to heap:" -> "x escapes to heap" or "moved to heap: x";
	 * 1.26+ "append(...) escapes to heap in F:" -> "append escapes to heap";
	 * "parameter p leaks to D with derefs=N:" -> a "leaking param" line. */
	"UPDATE explanations SET event_id = (SELECT e.id FROM events e"
	" WHERE e.build_id = explanations.build_id"
	" AND e.package_id = explanations.package_id"
	" AND e.kind IN ('heap_escape', 'moved_to_heap')"
	" AND e.subject IN (explanations.subject, CASE WHEN"
	" substr(explanations.subject, 1, 7) = 'append(' THEN 'append' END)"
	" AND e.file_id = explanations.file_id AND e.line = explanations.line"
	" AND e.col = explanations.col LIMIT 1)"
	" WHERE build_id = ?1 AND event_id IS NULL AND kind = 'escape'",
	/* Parameter leaks: the best match first (to the same result), then the
	 * leak of the same depth, then any leak of that parameter.  The rank
	 * rides in the high bits of MIN(): SQLite's ORDER BY in a correlated
	 * subquery cannot see the outer row. */
	"UPDATE explanations SET event_id = (SELECT MIN((CASE"
	" WHEN e.kind = 'leaking_param_result' AND e.target = explanations.dest THEN 0"
	" WHEN e.kind = CASE WHEN explanations.derefs > 0 THEN 'leaking_param_content'"
	" ELSE 'leaking_param' END THEN 1 ELSE 2 END << 40) | e.id) & 1099511627775"
	" FROM events e WHERE e.build_id = explanations.build_id"
	" AND e.package_id = explanations.package_id"
	" AND e.kind IN ('leaking_param', 'leaking_param_content', 'leaking_param_result')"
	" AND e.subject = explanations.subject AND e.file_id = explanations.file_id"
	" AND e.line = explanations.line AND e.col = explanations.col)"
	" WHERE build_id = ?1 AND event_id IS NULL AND kind = 'param_leak'",
	/* 1.26+ names the function in the header: pass it to the verdict. */
	"UPDATE OR IGNORE events SET function_id = (SELECT x.function_id FROM explanations x"
	" WHERE x.event_id = events.id AND x.function_id IS NOT NULL LIMIT 1),"
	" attribution = 'compiler'"
	" WHERE build_id = ?1 AND function_id IS NULL AND EXISTS (SELECT 1 FROM"
	" explanations x WHERE x.event_id = events.id AND x.function_id IS NOT NULL)",
	/* Otherwise: the nearest function declared at or above the position in
	 * the same file, from the "can inline"/"cannot inline" lines, where that
	 * may be trusted (model/block.c): at -m=2, not in <autogenerated> code,
	 * not in a file whose source placed its rows.  Closures are skipped:
	 * where one ends is never printed, so a line below it belongs to the
	 * enclosing function as far as the text can tell. */
	NEAREST_DECL("events"),
	"UPDATE explanations SET function_id = (SELECT e.function_id FROM events e"
	" WHERE e.id = explanations.event_id), attribution = (SELECT e.attribution"
	" FROM events e WHERE e.id = explanations.event_id)"
	" WHERE build_id = ?1 AND function_id IS NULL AND event_id IS NOT NULL",
	NEAREST_DECL("explanations"),
	NEAREST_DECL("inline_calls"),
	NEAREST_DECL("devirtualizations"),
	UNPLACED("events"),
	UNPLACED("explanations"),
	UNPLACED("inline_calls"),
	UNPLACED("devirtualizations"),
};

struct store_ingest {
	struct store *s;
	sqlite3_stmt *st[S__COUNT];
	int64_t build_id;
	int64_t input_id;
	int input_seq;
	struct strmap files, packages, funcs;
	int64_t pkg_id;          /* current package, 0 before any header */
	struct sbuf pkg_path;    /* current package path */
	int64_t expl_id;         /* current explanation's row */
	struct block block;      /* the current package block, held back */
	int64_t next_expl_id;    /* explanation ids are assigned here */
	int64_t next_event_id;   /* and event ids, */
	int64_t next_func_id;    /* and function ids */
	struct strmap func_rows; /* package id + name as stored -> its function row */
	struct strmap written;   /* package ids some block of which is written */
	long cur_expl;           /* index in block.ex of the current one, or -1 */
	struct sbuf chains;      /* the chain texts of block.ex, one after another */
	struct chain_at { uint64_t off, len; } *chain_at; /* per block.ex: where its text is */
	size_t chain_alloc;
	FILE *spill;             /* the block's first `spilled` bytes of chain texts */
	uint64_t spilled, spill_pos;
	struct sbuf chain_read;  /* one chain read back from spill */
	struct sbuf last_file;   /* the file of the last position interned, */
	int64_t last_file_id;    /* and its id (0: none) */
	struct chain_enc enc;    /* the current explanation's chain, being written */
	long last_event;         /* index in block.ev of the last event, or -1 */
	int64_t last_event_id;   /* its row, when a cut block wrote it already */
	int settle_at_commit;    /* a package came in pieces: run finish_sql */
	struct sbuf pkg_name;    /* the current package's name (last path element) */
	int level2;              /* -m=2 lines seen: every function is declared */
	int64_t autogen_file;    /* file id of <autogenerated>, or 0 */
	struct srcset *src;      /* the source, or NULL */
	struct strmap srcfiles;  /* file id -> index in src->f, or -1 */
	struct strmap extents;   /* package id + index in src->f: extents written */
	struct block_batch batch; /* explanation headers of the current batch */
	struct strmap closures;  /* package, file, line, col -> the literal declared there */
	struct strmap shapes;    /* package id + generic name without type arguments ->
				    its one declared shape instantiation, or -1: several */
	int place_failed;        /* a database error while placing by source */
	struct sbuf key;         /* scratch */
	struct sbuf err;         /* why the sink failed */
};

/* ---- writing a build ---------------------------------------------------- */

static void bind_span(sqlite3_stmt *st, int i, struct span v)
{
	if (v.p && v.n)
		sqlite3_bind_text(st, i, v.p, (int)(v.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : v.n),
				  SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Like bind_span, but an empty span is '' rather than NULL. */
static void bind_text0(sqlite3_stmt *st, int i, struct span v)
{
	sqlite3_bind_text(st, i, v.p ? v.p : "", (int)(v.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : v.n),
			  SQLITE_STATIC);
}

static void bind_id(sqlite3_stmt *st, int i, int64_t id)
{
	if (id > 0)
		sqlite3_bind_int64(st, i, id);
	else
		sqlite3_bind_null(st, i);
}

static void bind_num(sqlite3_stmt *st, int i, long v)
{
	if (v >= 0)
		sqlite3_bind_int64(st, i, v);
	else
		sqlite3_bind_null(st, i);
}

/* Step st to completion; with out, read column 0 of the row. */
static int run(struct store_ingest *ing, sqlite3_stmt *st, int64_t *out)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (out)
			*out = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st);
	} else if (out) {
		*out = sqlite3_last_insert_rowid(ing->s->db);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		error_set(&ing->err, ESCVIZ_EDB, "%s: %s", ing->s->path,
			  sqlite3_errmsg(ing->s->db));
		return ESCVIZ_EDB;
	}
	return 0;
}

static int file_id(struct store_ingest *ing, const struct pos *pos, int64_t *out)
{
	struct span f = pos->has ? pos->file : (struct span){ "", 0 };
	sqlite3_stmt *st = ing->st[S_FILE];
	/* Lines come a file at a time: the last one is the likely one. */
	if (ing->last_file_id && f.n == ing->last_file.len && !memcmp(f.p, ing->last_file.buf, f.n)) {
		*out = ing->last_file_id;
		return 0;
	}
	sbuf_reset(&ing->last_file);
	sbuf_add(&ing->last_file, f.p, f.n);
	ing->last_file_id = 0;
	if (strmap_get(&ing->files, f.p ? f.p : "", f.n, out)) {
		ing->last_file_id = *out;
		return 0;
	}
	sqlite3_bind_int64(st, 1, ing->build_id);
	bind_text0(st, 2, f);
	if (run(ing, st, out) < 0)
		return ESCVIZ_EDB;
	strmap_put(&ing->files, f.p ? f.p : "", f.n, *out);
	ing->last_file_id = *out;
	if (f.n == 15 && !memcmp(f.p, "<autogenerated>", 15))
		ing->autogen_file = *out;
	if (ing->src && f.n) {
		struct src_file *sf = srcset_file(ing->src, f.p, f.n);
		int64_t idx = sf ? (int64_t)sf->index : -1;
		strmap_put(&ing->srcfiles, (const char *)out, sizeof(*out), idx);
	}
	return 0;
}

static int package_id(struct store_ingest *ing, struct span path, struct span variant)
{
	sqlite3_stmt *st = ing->st[S_PACKAGE];
	const char *slash = path.n ? memrchr(path.p, '/', path.n) : NULL;
	size_t base = slash ? (size_t)(slash - path.p) + 1 : 0;
	struct span name = { path.p + base, path.n - base }; /* the last element */
	int64_t id;

	sbuf_reset(&ing->pkg_name);
	sbuf_add(&ing->pkg_name, name.p, name.n);
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, path.p, path.n);
	sbuf_addch(&ing->key, 0);
	sbuf_add(&ing->key, variant.p, variant.n);
	if (strmap_get(&ing->packages, ing->key.buf, ing->key.len, &id)) {
		/* A second block of a package seen before (concatenated logs):
		 * its rows may need what the first block declared. */
		ing->settle_at_commit = 1;
		ing->pkg_id = id;
		return 0;
	}
	sqlite3_bind_int64(st, 1, ing->build_id);
	bind_text0(st, 2, path);
	bind_text0(st, 3, variant);
	bind_text0(st, 4, name);
	if (run(ing, st, &id) < 0)
		return ESCVIZ_EDB;
	strmap_put(&ing->packages, ing->key.buf, ing->key.len, id);
	ing->pkg_id = id;
	return 0;
}

static int current_package(struct store_ingest *ing)
{
	if (ing->pkg_id)
		return 0;
	return package_id(ing, (struct span){ "", 0 }, (struct span){ "", 0 });
}

/*
 * A shape instantiation of a generic function was declared: the source names
 * the function without type arguments (Map, (*List[T]).Push), and its rows
 * go to this declaration when it is the only one.
 */
static void note_shape(struct store_ingest *ing, struct span name, int64_t id)
{
	char *n = xmalloc(name.n + 1), *bare;
	int64_t have;
	memcpy(n, name.p, name.n);
	n[name.n] = 0;
	bare = goscan_strip_typeargs(n);
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	sbuf_addstr(&ing->key, bare);
	if (!strmap_get(&ing->shapes, ing->key.buf, ing->key.len, &have))
		strmap_put(&ing->shapes, ing->key.buf, ing->key.len, id);
	else if (have != id)
		strmap_put(&ing->shapes, ing->key.buf, ing->key.len, -1);
	free(bare);
	free(n);
}

/* The key of a function literal declared at (file, line, col) in the current package. */
static void closure_key(struct store_ingest *ing, int64_t file, long line, long col)
{
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	sbuf_add(&ing->key, &file, sizeof(file));
	sbuf_add(&ing->key, &line, sizeof(line));
	sbuf_add(&ing->key, &col, sizeof(col));
}

/*
 * The row of function name in the current package: 1 when it has one
 * (*id), else 0 with the id its INSERT is to use.  Keyed by the name as
 * stored, like the table's unique key.
 */
static int func_row(struct store_ingest *ing, struct span name, int64_t *id)
{
	size_t n = name.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : name.n;
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	sbuf_add(&ing->key, name.p, n);
	if (strmap_get(&ing->func_rows, ing->key.buf, ing->key.len, id))
		return 1;
	*id = ing->next_func_id++;
	strmap_put(&ing->func_rows, ing->key.buf, ing->key.len, *id);
	return 0;
}

/* The id of function name in the current package (created if new). */
static int func_ref(struct store_ingest *ing, struct span name, int64_t *out)
{
	sqlite3_stmt *st = ing->st[S_FUNC_REF];
	*out = 0;
	if (!name.n)
		return 0;
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	model_strip_inline_hash(name.p, name.n, &ing->key);
	if (strmap_get(&ing->funcs, ing->key.buf, ing->key.len, out))
		return 0;
	if (!func_row(ing, name, out)) {
		sqlite3_bind_int64(st, 1, *out);
		sqlite3_bind_int64(st, 2, ing->build_id);
		sqlite3_bind_int64(st, 3, ing->pkg_id);
		bind_text0(st, 4, name);
		/* closure: a function the compiler made is no declaration that owns
		 * the lines below it (NEAREST_DECL): it says where one starts, never
		 * where it ends. */
		sqlite3_bind_int(st, 5, model_func_is_generated(name.p, name.n));
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
	}
	/* func_row() used the key: make it again. */
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	model_strip_inline_hash(name.p, name.n, &ing->key);
	strmap_put(&ing->funcs, ing->key.buf, ing->key.len, *out);
	return 0;
}

static int func_decl(struct store_ingest *ing, const struct pmsg *m)
{
	sqlite3_stmt *st;
	int64_t fid, id;
	int inl = m->kind == MK_CAN_INLINE, known;

	if (file_id(ing, &m->pos, &fid) < 0)
		return ESCVIZ_EDB;
	known = func_row(ing, m->subject, &id);
	st = ing->st[known ? S_FUNC_REDECL : S_FUNC_DECL];
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, ing->build_id);
	sqlite3_bind_int64(st, 3, ing->pkg_id);
	bind_text0(st, 4, m->subject);
	bind_id(st, 5, fid);
	bind_num(st, 6, m->pos.line);
	bind_num(st, 7, m->pos.col);
	sqlite3_bind_int(st, 8, inl);
	bind_num(st, 9, m->cost);
	bind_num(st, 10, m->budget);
	bind_span(st, 11, m->reason);
	bind_span(st, 12, m->body);
	if (!known)
		sqlite3_bind_int(st, 13, model_func_is_generated(m->subject.p, m->subject.n));
	if (run(ing, st, NULL) < 0)
		return ESCVIZ_EDB;
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	model_strip_inline_hash(m->subject.p, m->subject.n, &ing->key);
	strmap_put(&ing->funcs, ing->key.buf, ing->key.len, id);
	if (m->subject.n && memmem(m->subject.p, m->subject.n, "go.shape.", 9))
		note_shape(ing, m->subject, id);
	if (model_func_is_generated(m->subject.p, m->subject.n) && m->pos.line > 0) { /* where a literal's `func` is */
		closure_key(ing, fid, m->pos.line, m->pos.col);
		strmap_put(&ing->closures, ing->key.buf, ing->key.len, id);
	}
	if (!model_func_is_generated(m->subject.p, m->subject.n))
		block_add_decl(&ing->block, fid, m->pos.line, m->pos.col, id);
	return 0;
}

static int put_event(struct store_ingest *ing, const struct pmsg *m, const char *kind)
{
	struct pend_event e;
	int64_t fid, func;
	if (file_id(ing, &m->pos, &fid) < 0 || func_ref(ing, m->func, &func) < 0)
		return ESCVIZ_EDB;
	block_event_of_msg(&ing->batch, m, kind, fid, func, &e);
	e.input_id = ing->input_id;
	ing->last_event = (long)block_add_event(&ing->block, &e);
	return 0;
}

/*
 * The current explanation has all its flows and steps: close its chain.
 * A package with many long explanations (go/types: 38 MB of them) is not
 * held in memory whole: past CHAIN_SPILL_AT the texts wait in a temporary
 * file until the block is written.
 */
static int end_chain(struct store_ingest *ing)
{
	if (ing->cur_expl < 0 || ing->enc.state == 3)
		return 0;
	ing->chain_at[ing->cur_expl].len = chain_enc_end(&ing->enc);
	if (ing->chains.len < CHAIN_SPILL_AT)
		return 0;
	if ((!ing->spill && !(ing->spill = tmpfile())) ||
	    fwrite(ing->chains.buf, 1, ing->chains.len, ing->spill) != ing->chains.len) {
		sbuf_addf(&ing->err, "cannot write a temporary file: %s", strerror(errno));
		return ESCVIZ_EIO;
	}
	ing->spilled += ing->chains.len;
	sbuf_reset(&ing->chains);
	return 0;
}

/* The chain text of block.ex[i] (NULL: none), from memory or from the spill file. */
static int chain_text(struct store_ingest *ing, size_t i, const char **text)
{
	const struct chain_at *c = &ing->chain_at[i];
	*text = NULL;
	if (!c->len)
		return 0;
	if (c->off >= ing->spilled) {
		*text = ing->chains.buf + (c->off - ing->spilled);
		return 0;
	}
	sbuf_reset(&ing->chain_read);
	sbuf_grow(&ing->chain_read, c->len);
	if ((ing->spill_pos != c->off && fseeko(ing->spill, (off_t)c->off, SEEK_SET) != 0) ||
	    fread(ing->chain_read.buf, 1, c->len, ing->spill) != c->len) {
		sbuf_addf(&ing->err, "cannot read a temporary file: %s",
			  ferror(ing->spill) ? strerror(errno) : "short read");
		return ESCVIZ_EIO;
	}
	ing->spill_pos = c->off + c->len;
	sbuf_setlen(&ing->chain_read, c->len);
	*text = ing->chain_read.buf;
	return 0;
}

/* Hold a new explanation; it becomes the current one. */
static int put_explanation(struct store_ingest *ing, const struct pmsg *m,
			   const char *kind, struct span subject, long event)
{
	struct pend_expl x;
	int64_t fid, func;
	if (file_id(ing, &m->pos, &fid) < 0 || func_ref(ing, m->func, &func) < 0)
		return ESCVIZ_EDB;
	block_expl_of_msg(&ing->batch, m, kind, subject, event, fid, func, &x);
	x.id = ing->next_expl_id++;
	x.input_id = ing->input_id;
	if (end_chain(ing) < 0)
		return ESCVIZ_EIO;
	ing->cur_expl = (long)block_add_expl(&ing->block, &x);
	ing->expl_id = x.id;
	VEC_GROW(ing->chain_at, (size_t)ing->cur_expl + 1, ing->chain_alloc);
	ing->chain_at[ing->cur_expl] = (struct chain_at){ ing->spilled + ing->chains.len, 0 };
	chain_enc_begin(&ing->enc, &ing->chains, (int64_t)m->line_no);
	return 0;
}

static int put_flow(struct store_ingest *ing, const struct pmsg *m)
{
	/* Flows continue the explanation held in the block (the block is never
	 * cut inside one); any other flow starts an explanation of its own. */
	if ((m->new_expl || ing->cur_expl < 0) &&
	    put_explanation(ing, m, "orphan", (struct span){ "", 0 }, -1) < 0)
		return ESCVIZ_EDB;
	chain_enc_flow(&ing->enc, m->dest, m->ops, m->derefs, m->src, (int64_t)m->line_no);
	return 0;
}

static int put_step(struct store_ingest *ing, const struct pmsg *m)
{
	int64_t fid = 0;

	if (m->attach == ATTACH_VERDICT && m->step_seq == 1) {
		/* Old releases: the chain follows the verdict it explains. */
		struct pmsg hdr = *m;
		hdr.func.n = 0;
		if (put_explanation(ing, &hdr, "chain", (struct span){ "", 0 },
				    ing->last_event) < 0)
			return ESCVIZ_EDB;
		if (ing->last_event < 0)
			ing->block.ex[ing->cur_expl].event_id = ing->last_event_id;
	} else if ((m->new_expl || ing->cur_expl < 0) &&
		   put_explanation(ing, m, "orphan", (struct span){ "", 0 }, -1) < 0) {
		return ESCVIZ_EDB;
	}
	if (m->pos2.has && file_id(ing, &m->pos2, &fid) < 0)
		return ESCVIZ_EDB;
	chain_enc_step(&ing->enc, m->subject, m->reason, (int64_t)m->line_no, fid,
		       m->pos2.has ? m->pos2.line : 0, m->pos2.has ? m->pos2.col : 0);
	return 0;
}

/* "warning: truncated explanation": mark the current explanation. */
static int put_warning(struct store_ingest *ing)
{
	if (ing->cur_expl >= 0) {
		ing->block.ex[ing->cur_expl].truncated = 1;
		return 0;
	}
	sqlite3_bind_int64(ing->st[S_EXPL_TRUNC], 1, ing->expl_id);
	return run(ing, ing->st[S_EXPL_TRUNC], NULL);
}

static int put_inline_call(struct store_ingest *ing, const struct pmsg *m, int inlined)
{
	struct pend_call c = { 0 };
	if (file_id(ing, &m->pos, &c.file_id) < 0 ||
	    (!inlined && func_ref(ing, m->func, &c.func_id) < 0))
		return ESCVIZ_EDB;
	c.callee = m->subject;
	c.reason = m->reason;
	c.inlined = inlined;
	c.line = m->pos.line;
	c.col = m->pos.col;
	c.input_id = ing->input_id;
	c.line_no = m->line_no;
	block_add_call(&ing->block, &c);
	return 0;
}

static int put_devirt(struct store_ingest *ing, const struct pmsg *m)
{
	struct pend_devirt d = { 0 };
	if (file_id(ing, &m->pos, &d.file_id) < 0)
		return ESCVIZ_EDB;
	d.call = m->subject;
	d.target = m->dest;
	d.partial = m->flag;
	d.line = m->pos.line;
	d.col = m->pos.col;
	d.input_id = ing->input_id;
	d.line_no = m->line_no;
	block_add_devirt(&ing->block, &d);
	return 0;
}

static int put_capture(struct store_ingest *ing, const struct pmsg *m)
{
	sqlite3_stmt *st = ing->st[S_CAPTURE];
	int64_t fid, func;
	if (file_id(ing, &m->pos, &fid) < 0 || func_ref(ing, m->func, &func) < 0)
		return ESCVIZ_EDB;
	sqlite3_bind_int64(st, 1, ing->build_id);
	sqlite3_bind_int64(st, 2, ing->pkg_id);
	bind_id(st, 3, func);
	bind_text0(st, 4, m->subject);
	sqlite3_bind_int(st, 5, m->flag);
	bind_num(st, 6, m->addr);
	bind_num(st, 7, m->assign);
	bind_num(st, 8, m->width);
	sqlite3_bind_int64(st, 9, fid);
	sqlite3_bind_int64(st, 10, m->pos.line);
	sqlite3_bind_int64(st, 11, m->pos.col);
	sqlite3_bind_int64(st, 12, ing->input_id);
	sqlite3_bind_int64(st, 13, (int64_t)m->line_no);
	return run(ing, st, NULL);
}

/* Lines kept verbatim: other diagnostics, errors, noise, unrecognized. */
static int put_diagnostic(struct store_ingest *ing, const struct pmsg *m)
{
	sqlite3_stmt *st = ing->st[S_DIAG];
	int64_t fid = 0;
	if (m->pos.has && file_id(ing, &m->pos, &fid) < 0)
		return ESCVIZ_EDB;
	bind_id(st, 1, ing->build_id);
	bind_id(st, 2, ing->pkg_id);
	sqlite3_bind_text(st, 3, line_class_name(m->cls), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, msg_kind_name(m->kind), -1, SQLITE_STATIC);
	bind_span(st, 5, m->func);
	bind_span(st, 6, m->subject);
	bind_text0(st, 7, m->line);
	bind_id(st, 8, fid);
	if (m->pos.has) {
		sqlite3_bind_int64(st, 9, m->pos.line);
		sqlite3_bind_int64(st, 10, m->pos.col);
	}
	sqlite3_bind_int64(st, 11, ing->input_id);
	sqlite3_bind_int64(st, 12, (int64_t)m->line_no);
	sqlite3_bind_int64(st, 13, (int64_t)m->nlines);
	sqlite3_bind_int(st, 14, m->truncated || m->line.n > MAX_STORED_TEXT);
	return run(ing, st, NULL);
}

/* ---- writing a held block ---------------------------------------------- */

static void bind_event(struct store_ingest *ing, sqlite3_stmt *st, const struct pend_event *e)
{
	sqlite3_bind_int64(st, 1, ing->build_id);
	sqlite3_bind_int64(st, 2, ing->pkg_id);
	bind_id(st, 3, e->func_id);
	if (e->attribution)
		sqlite3_bind_text(st, 4, e->attribution, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, e->kind, -1, SQLITE_STATIC);
	bind_text0(st, 6, e->subject);
	bind_span(st, 7, e->target);
	bind_num(st, 8, e->level);
	sqlite3_bind_int64(st, 9, e->file_id);
	sqlite3_bind_int64(st, 10, e->line);
	sqlite3_bind_int64(st, 11, e->col);
	sqlite3_bind_int64(st, 12, e->count);
	sqlite3_bind_int64(st, 13, e->input_id);
	sqlite3_bind_int64(st, 14, (int64_t)e->line_no);
	sqlite3_bind_int64(st, 15, e->id);
}

/*
 * The block's events get their ids here.  A package's first block has
 * folded its repeats, so its events are plain INSERTs; but two verdicts
 * the compiler printed in two functions can be one event once the source
 * placed both in the same function, and a package written in pieces may
 * repeat an event already written: those are added to the row there is.
 */
static int write_events(struct store_ingest *ing)
{
	int64_t seen;
	int in_pieces = strmap_get(&ing->written, (const char *)&ing->pkg_id, sizeof(ing->pkg_id),
				   &seen);
	for (size_t i = 0; i < ing->block.nev; i++) {
		struct pend_event *e = &ing->block.ev[i];
		sqlite3_stmt *st = ing->st[S_EVENT_NEW];
		e->id = ing->next_event_id++;
		if (!in_pieces) {
			int rc;
			bind_event(ing, st, e);
			rc = sqlite3_step(st);
			if (rc != SQLITE_DONE && rc != SQLITE_CONSTRAINT_UNIQUE)
				error_set(&ing->err, ESCVIZ_EDB, "%s: %s", ing->s->path,
					  sqlite3_errmsg(ing->s->db));
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			if (rc == SQLITE_DONE)
				continue;
			if (rc != SQLITE_CONSTRAINT_UNIQUE)
				return ESCVIZ_EDB;
		}
		st = ing->st[S_EVENT];
		bind_event(ing, st, e);
		if (run(ing, st, &e->id) < 0)
			return ESCVIZ_EDB;
	}
	strmap_put(&ing->written, (const char *)&ing->pkg_id, sizeof(ing->pkg_id), 1);
	return 0;
}

static int write_explanations(struct store_ingest *ing)
{
	sqlite3_stmt *st = ing->st[S_EXPL];
	const char *chain;
	if (ing->spill && fflush(ing->spill) != 0) {
		sbuf_addf(&ing->err, "cannot write a temporary file: %s", strerror(errno));
		return ESCVIZ_EIO;
	}
	ing->spill_pos = UINT64_MAX; /* a read after writes seeks first */
	for (size_t i = 0; i < ing->block.nex; i++) {
		const struct pend_expl *x = &ing->block.ex[i];
		sqlite3_bind_int64(st, 1, x->id);
		sqlite3_bind_int64(st, 2, ing->build_id);
		sqlite3_bind_int64(st, 3, ing->pkg_id);
		bind_id(st, 4, x->func_id);
		bind_id(st, 5, x->event >= 0 ? ing->block.ev[x->event].id : x->event_id);
		sqlite3_bind_text(st, 6, x->kind, -1, SQLITE_STATIC);
		bind_text0(st, 7, x->subject);
		bind_span(st, 8, x->dest);
		bind_num(st, 9, x->derefs);
		sqlite3_bind_int64(st, 10, x->file_id);
		sqlite3_bind_int64(st, 11, x->line);
		sqlite3_bind_int64(st, 12, x->col);
		sqlite3_bind_int(st, 13, x->truncated);
		sqlite3_bind_int64(st, 14, x->input_id);
		sqlite3_bind_int64(st, 15, (int64_t)x->line_no);
		if (x->attribution)
			sqlite3_bind_text(st, 16, x->attribution, -1, SQLITE_STATIC);
		if (chain_text(ing, i, &chain) < 0)
			return ESCVIZ_EIO;
		if (chain)
			sqlite3_bind_text(st, 17, chain, (int)ing->chain_at[i].len, SQLITE_STATIC);
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
	}
	return 0;
}

static int write_calls(struct store_ingest *ing)
{
	sqlite3_stmt *st = ing->st[S_INLINE_CALL];
	for (size_t i = 0; i < ing->block.ncalls; i++) {
		const struct pend_call *c = &ing->block.calls[i];
		sqlite3_bind_int64(st, 1, ing->build_id);
		sqlite3_bind_int64(st, 2, ing->pkg_id);
		bind_id(st, 3, c->func_id);
		bind_text0(st, 4, c->callee);
		sqlite3_bind_int(st, 5, c->inlined);
		bind_span(st, 6, c->reason);
		sqlite3_bind_int64(st, 7, c->file_id);
		sqlite3_bind_int64(st, 8, c->line);
		sqlite3_bind_int64(st, 9, c->col);
		sqlite3_bind_int64(st, 10, c->input_id);
		sqlite3_bind_int64(st, 11, (int64_t)c->line_no);
		if (c->attribution)
			sqlite3_bind_text(st, 12, c->attribution, -1, SQLITE_STATIC);
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
	}
	return 0;
}

static int write_devirts(struct store_ingest *ing)
{
	sqlite3_stmt *st = ing->st[S_DEVIRT];
	for (size_t i = 0; i < ing->block.ndv; i++) {
		const struct pend_devirt *d = &ing->block.dv[i];
		sqlite3_bind_int64(st, 1, ing->build_id);
		sqlite3_bind_int64(st, 2, ing->pkg_id);
		bind_id(st, 3, d->func_id);
		bind_text0(st, 4, d->call);
		bind_text0(st, 5, d->target);
		sqlite3_bind_int(st, 6, d->partial);
		sqlite3_bind_int64(st, 7, d->file_id);
		sqlite3_bind_int64(st, 8, d->line);
		sqlite3_bind_int64(st, 9, d->col);
		sqlite3_bind_int64(st, 10, d->input_id);
		sqlite3_bind_int64(st, 11, (int64_t)d->line_no);
		if (d->attribution)
			sqlite3_bind_text(st, 12, d->attribution, -1, SQLITE_STATIC);
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
	}
	return 0;
}

/* ---- placing by the source ------------------------------------------------ */

/*
 * Does the current package compile file f?  The compiler prints positions
 * in other packages' files too (instantiated generics of a dependency, std
 * code): those are placed by the compiler's naming.  The package clause is
 * compared with the last element of the import path, allowing for the usual
 * spellings of the path (a major-version suffix "yaml.v2", "go-toml", a
 * command's main package, an external test package).
 */
static int package_owns(const struct store_ingest *ing, const struct src_file *f)
{
	const char *clause = f->pkg_name, *name = ing->pkg_name.buf;
	size_t c = strlen(clause), n = ing->pkg_name.len;
	if (!n || (n == 22 && !memcmp(name, "command-line-arguments", 22)) || !strcmp(clause, "main"))
		return 1;
	if (c > 5 && !strcmp(clause + c - 5, "_test"))
		c -= 5;
	if (n > 3 && !memcmp(name, "go-", 3)) {
		name += 3;
		n -= 3;
	}
	for (size_t k = 0; k < n; k++) /* yaml.v2 -> yaml, foo-go -> foo */
		if (name[k] == '.' || name[k] == '-') {
			n = k;
			break;
		}
	return c == n && !memcmp(clause, name, n);
}

/* The source of a file of this build, and its index in ing->src->f. */
static struct src_file *source_of(struct store_ingest *ing, int64_t file, int64_t *idx)
{
	if (!ing->src || !strmap_get(&ing->srcfiles, (const char *)&file, sizeof(file), idx) ||
	    *idx < 0)
		return NULL;
	return ing->src->f[*idx];
}

/*
 * The function of extent e of file: the function literal declared at its
 * start, else the one declared under its name, else a generic
 * function's only declared shape instantiation, else a function of that
 * name (created).
 */
static int extent_func(struct store_ingest *ing, int64_t file, const struct go_extent *e,
		       int64_t *out)
{
	char *bare;
	int64_t id;
	/* A literal the compiler declared where it starts, under the name of
	 * its release (glob..func1 before Go 1.22 for init.func1). */
	if (e->kind == GO_EXT_CLOSURE) {
		closure_key(ing, file, (long)e->start.line, (long)e->start.col);
		if (strmap_get(&ing->closures, ing->key.buf, ing->key.len, out))
			return 0;
	}
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	sbuf_addstr(&ing->key, e->name);
	if (strmap_get(&ing->funcs, ing->key.buf, ing->key.len, out))
		return 0;
	bare = goscan_strip_typeargs(e->name);
	sbuf_reset(&ing->key);
	sbuf_add(&ing->key, &ing->pkg_id, sizeof(ing->pkg_id));
	sbuf_addstr(&ing->key, bare);
	free(bare);
	if (strmap_get(&ing->shapes, ing->key.buf, ing->key.len, &id) && id > 0) {
		*out = id;
		return 0;
	}
	return func_ref(ing, (struct span){ e->name, strlen(e->name) }, out);
}

/* Record every function extent of f, once per package: its function and where it is. */
static int record_extents(struct store_ingest *ing, int64_t file, int64_t idx,
			  const struct src_file *f)
{
	char k[2 * sizeof(int64_t)];
	int64_t done;
	memcpy(k, &ing->pkg_id, sizeof(int64_t));
	memcpy(k + sizeof(int64_t), &idx, sizeof(int64_t));
	if (strmap_get(&ing->extents, k, sizeof(k), &done))
		return 0;
	strmap_put(&ing->extents, k, sizeof(k), 1);
	for (size_t i = 0; i < f->next; i++) {
		const struct go_extent *e = &f->ext[i];
		sqlite3_stmt *st = ing->st[S_EXTENT];
		int64_t fn;
		if (extent_func(ing, file, e, &fn) < 0)
			return ESCVIZ_EDB;
		sqlite3_bind_int64(st, 1, fn);
		sqlite3_bind_int64(st, 2, file);
		sqlite3_bind_text(st, 3, goscan_kind_name(e->kind), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, e->start.line);
		sqlite3_bind_int64(st, 5, e->start.col);
		sqlite3_bind_int64(st, 6, e->end.line);
		sqlite3_bind_int64(st, 7, e->end.col);
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
		st = ing->st[S_FUNC_POS];
		sqlite3_bind_int64(st, 1, fn);
		sqlite3_bind_int64(st, 2, file);
		sqlite3_bind_int64(st, 3, e->start.line);
		sqlite3_bind_int64(st, 4, e->start.col);
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
	}
	return 0;
}

/* struct block_placer's source callback (model/block.h). */
static int64_t place_by_source(void *ctx, int64_t file, long line, long col)
{
	struct store_ingest *ing = ctx;
	const struct go_extent *e;
	struct src_file *f;
	int64_t idx, fn;

	if (!(f = source_of(ing, file, &idx)) || !package_owns(ing, f))
		return 0;
	switch (srcset_place(f, line, col, &e)) {
	case SRC_STALE:
		return 0;
	case SRC_OUTSIDE:
		return -1;
	case SRC_IN_FUNCTION:
		break;
	}
	if (record_extents(ing, file, idx, f) < 0 || extent_func(ing, file, e, &fn) < 0) {
		ing->place_failed = 1;
		return 0;
	}
	return fn;
}

/* The source files read, as they ended (stale or not). */
static int write_sources(struct store_ingest *ing)
{
	for (size_t i = 0; ing->src && i < ing->srcfiles.cap; i++) {
		const struct strmap_entry *en = &ing->srcfiles.slots[i];
		sqlite3_stmt *st = ing->st[S_SOURCE_FILE];
		const struct src_file *f;
		int64_t file;
		if (!en->key || en->value < 0)
			continue;
		memcpy(&file, en->key, sizeof(file));
		f = ing->src->f[en->value];
		sqlite3_bind_int64(st, 1, file);
		sqlite3_bind_int64(st, 2, ing->build_id);
		sqlite3_bind_text(st, 3, f->path, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, f->size);
		sqlite3_bind_text(st, 5, f->sha256, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 6, f->stale);
		if (f->stale) {
			sqlite3_bind_int64(st, 7, f->stale_line);
			sqlite3_bind_int64(st, 8, f->stale_col);
		}
		if (run(ing, st, NULL) < 0)
			return ESCVIZ_EDB;
	}
	return 0;
}

void store_ingest_set_source(struct store_ingest *ing, struct srcset *src)
{
	ing->src = src;
}

/*
 * Settle and write the held block.  keep_decls: the package goes on (the
 * block was cut for memory), so its declarations stay for what follows.
 */
static int flush_block(struct store_ingest *ing, int keep_decls)
{
	int64_t last_id;
	struct block_placer pl = { ing->src ? place_by_source : NULL, ing, ing->level2,
				   ing->autogen_file };
	if (end_chain(ing) < 0)
		return ESCVIZ_EIO;
	block_resolve(&ing->block, &pl);
	if (ing->place_failed)
		return ESCVIZ_EDB;
	if (write_events(ing) < 0 || write_explanations(ing) < 0 || write_calls(ing) < 0 ||
	    write_devirts(ing) < 0)
		return ESCVIZ_EDB;
	last_id = ing->last_event >= 0 ? ing->block.ev[ing->last_event].id : 0;
	block_clear(&ing->block, keep_decls);
	sbuf_reset(&ing->chains);
	if (ing->spilled) {
		rewind(ing->spill);
		if (ftruncate(fileno(ing->spill), 0) != 0) {
			sbuf_addf(&ing->err, "cannot truncate a temporary file: %s", strerror(errno));
			return ESCVIZ_EIO;
		}
		ing->spilled = 0;
	}
	ing->cur_expl = -1;
	ing->last_event = -1;
	ing->last_event_id = keep_decls ? last_id : 0;
	return 0;
}

static int dispatch(struct store_ingest *ing, const struct pmsg *m)
{
	const char *kind;

	if (m->kind == MK_PACKAGE) {
		if (flush_block(ing, 0) < 0)
			return ESCVIZ_EDB;
		if (m->subject.n) {
			sbuf_reset(&ing->pkg_path);
			sbuf_add(&ing->pkg_path, m->subject.p, m->subject.n);
		}
		return package_id(ing, (struct span){ ing->pkg_path.buf, ing->pkg_path.len },
				  m->variant);
	}
	if (m->kind == MK_BLANK || m->kind == MK_DEBUG)
		return 0; /* counted by the parser; not stored line by line */
	if (current_package(ing) < 0)
		return ESCVIZ_EDB;
	if (block_msg_is_level2(m))
		ing->level2 = 1; /* -m=2: every function is declared */
	switch (m->kind) {
	case MK_ESCAPES_HEADER:
		return put_explanation(ing, m, "escape", m->subject, -1);
	case MK_LEAK_HEADER:
		return put_explanation(ing, m, "param_leak", m->subject, -1);
	case MK_FLOW:
		return put_flow(ing, m);
	case MK_STEP:
		return put_step(ing, m);
	case MK_WARNING:
		if (m->attach != ATTACH_EXPLANATION)
			return put_diagnostic(ing, m);
		return put_warning(ing);
	case MK_CAN_INLINE:
	case MK_CANNOT_INLINE:
		return func_decl(ing, m);
	case MK_CANNOT_INLINE_INTO:
		return put_inline_call(ing, m, 0);
	case MK_INLINING_CALL:
		return put_inline_call(ing, m, 1);
	case MK_DEVIRT:
		return put_devirt(ing, m);
	case MK_CAPTURE:
		return put_capture(ing, m);
	default:
		break;
	}
	if ((kind = block_event_kind(m->kind)))
		return put_event(ing, m, kind);
	return put_diagnostic(ing, m);
}

int store_ingest_msg(void *ctx, const struct pmsg *m)
{
	struct store_ingest *ing = ctx;
	/* A full block is cut between explanations, never inside one: a
	 * written explanation has its whole chain. */
	if (block_full(&ing->block) && !block_msg_continues_explanation(m)) {
		ing->settle_at_commit = 1;
		if (flush_block(ing, 1) < 0)
			return ESCVIZ_EDB;
	}
	return dispatch(ing, m);
}

int store_ingest_begin(struct store *s, const struct build_meta *meta,
		       struct store_ingest **out, struct sbuf *err)
{
	struct store_ingest *ing;
	char now[32];
	int rc;

	*out = NULL;
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return store_db_error(s, err, "cannot start a transaction");
	ing = xcalloc(1, sizeof(*ing));
	ing->s = s;
	sbuf_init(&ing->pkg_path);
	sbuf_init(&ing->chains);
	sbuf_init(&ing->chain_read);
	sbuf_init(&ing->last_file);
	sbuf_init(&ing->pkg_name);
	sbuf_init(&ing->key);
	sbuf_init(&ing->err);
	block_init(&ing->block);
	block_batch_init(&ing->batch);
	ing->cur_expl = ing->last_event = -1;
	for (int i = 0; i < S__COUNT; i++) {
		if (sqlite3_prepare_v3(s->db, stmt_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
				       &ing->st[i], NULL) != SQLITE_OK) {
			rc = store_db_error(s, err, "cannot prepare a statement");
			store_ingest_abort(ing);
			return rc;
		}
	}
	util_now_iso8601(now);
	sqlite3_bind_text(ing->st[S_BUILD], 1, meta->label, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(ing->st[S_BUILD], 2, meta->commit, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(ing->st[S_BUILD], 3, meta->go_version, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(ing->st[S_BUILD], 4, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(ing->st[S_BUILD], 5, ESCVIZ_VERSION, -1, SQLITE_STATIC);
	/* The write lock is ours until commit: explanation ids can be handed
	 * out here, before their rows are written. */
	if (run(ing, ing->st[S_BUILD], &ing->build_id) < 0 ||
	    run(ing, ing->st[S_MAX_EXPL], &ing->next_expl_id) < 0 ||
	    run(ing, ing->st[S_MAX_EVENT], &ing->next_event_id) < 0 ||
	    run(ing, ing->st[S_MAX_FUNC], &ing->next_func_id) < 0) {
		rc = error_set(err, ESCVIZ_EDB, "%s", ing->err.buf);
		store_ingest_abort(ing);
		return rc;
	}
	ing->next_expl_id++;
	ing->next_event_id++;
	ing->next_func_id++;
	*out = ing;
	return 0;
}

int store_ingest_input(void *ctx, const char *name)
{
	struct store_ingest *ing = ctx;
	sqlite3_stmt *st = ing->st[S_INPUT];
	sqlite3_bind_int64(st, 1, ing->build_id);
	sqlite3_bind_int(st, 2, ++ing->input_seq);
	sqlite3_bind_text(st, 3, name, -1, SQLITE_TRANSIENT);
	if (end_chain(ing) < 0)
		return ESCVIZ_EIO;
	ing->expl_id = 0;
	ing->cur_expl = -1;
	return run(ing, st, &ing->input_id);
}

int store_ingest_input_done(void *ctx, uint64_t lines, uint64_t bytes)
{
	struct store_ingest *ing = ctx;
	sqlite3_stmt *st = ing->st[S_INPUT_DONE];
	sqlite3_bind_int64(st, 1, ing->input_id);
	sqlite3_bind_int64(st, 2, (int64_t)lines);
	sqlite3_bind_int64(st, 3, (int64_t)bytes);
	return run(ing, st, NULL);
}

const char *store_ingest_error(const void *ctx)
{
	const struct store_ingest *ing = ctx;
	return ing->err.buf;
}

static int exec_build(struct store_ingest *ing, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(ing->s->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, ing->build_id);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return error_set(&ing->err, ESCVIZ_EDB, "%s: %s", ing->s->path,
				 sqlite3_errmsg(ing->s->db));
	return 0;
}

static int write_totals(struct store_ingest *ing, const struct parser *p)
{
	const uint64_t *counts = parser_line_counts(p);
	struct goversion v;
	struct sbuf ver = SBUF_INIT;
	sqlite3_stmt *st = NULL;
	int rc = 0;

	for (int c = 0; c < LC__COUNT && rc == 0; c++) {
		sqlite3_stmt *lc = ing->st[S_LINE_COUNT];
		sqlite3_bind_int64(lc, 1, ing->build_id);
		sqlite3_bind_text(lc, 2, line_class_name(c), -1, SQLITE_STATIC);
		sqlite3_bind_int64(lc, 3, (int64_t)counts[c]);
		rc = run(ing, lc, NULL);
	}
	if (rc < 0)
		return rc;
	parser_version(p, &v);
	goversion_format(&v, &ver);
	if (sqlite3_prepare_v2(ing->s->db,
			       "UPDATE builds SET go_version_detected = ?2,"
			       " go_version = COALESCE(go_version, ?2), m_level = ?3,"
			       " input_lines = ?4, input_bytes = (SELECT COALESCE(SUM(bytes), 0)"
			       " FROM inputs WHERE build_id = ?1) WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK) {
		sbuf_release(&ver);
		return error_set(&ing->err, ESCVIZ_EDB, "%s: %s", ing->s->path,
				 sqlite3_errmsg(ing->s->db));
	}
	sqlite3_bind_int64(st, 1, ing->build_id);
	sqlite3_bind_text(st, 2, ver.buf, (int)ver.len, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 3, parser_m_level(p));
	sqlite3_bind_int64(st, 4, (int64_t)parser_lines(p));
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : ESCVIZ_EDB;
	if (rc < 0)
		error_set(&ing->err, ESCVIZ_EDB, "%s: %s", ing->s->path,
			  sqlite3_errmsg(ing->s->db));
	sqlite3_finalize(st);
	sbuf_release(&ver);
	return rc;
}

int store_ingest_commit(struct store_ingest *ing, const struct parser *p,
			int64_t *build_id, struct sbuf *err)
{
	int rc = flush_block(ing, 0);
	if (rc == 0)
		rc = write_totals(ing, p);
	if (rc == 0)
		rc = write_sources(ing);
	for (size_t i = 0; rc == 0 && ing->settle_at_commit &&
			   i < sizeof(finish_sql) / sizeof(finish_sql[0]); i++)
		rc = exec_build(ing, finish_sql[i]);
	if (rc == 0 && sqlite3_exec(ing->s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = error_set(&ing->err, ESCVIZ_EDB, "%s: cannot commit: %s", ing->s->path,
			       sqlite3_errmsg(ing->s->db));
	if (rc < 0) {
		error_set(err, rc, "%s", ing->err.buf);
		store_ingest_abort(ing);
		return rc;
	}
	*build_id = ing->build_id;
	ing->s = NULL; /* committed: nothing to roll back */
	store_ingest_abort(ing);
	return 0;
}

void store_ingest_abort(struct store_ingest *ing)
{
	if (!ing)
		return;
	for (int i = 0; i < S__COUNT; i++)
		sqlite3_finalize(ing->st[i]);
	if (ing->s && !sqlite3_get_autocommit(ing->s->db))
		sqlite3_exec(ing->s->db, "ROLLBACK", NULL, NULL, NULL);
	strmap_release(&ing->files);
	strmap_release(&ing->packages);
	strmap_release(&ing->written);
	strmap_release(&ing->func_rows);
	strmap_release(&ing->funcs);
	sbuf_release(&ing->pkg_path);
	sbuf_release(&ing->chains);
	sbuf_release(&ing->chain_read);
	sbuf_release(&ing->last_file);
	if (ing->spill)
		fclose(ing->spill);
	free(ing->chain_at);
	sbuf_release(&ing->pkg_name);
	strmap_release(&ing->srcfiles);
	strmap_release(&ing->extents);
	strmap_release(&ing->shapes);
	block_batch_release(&ing->batch);
	strmap_release(&ing->closures);
	sbuf_release(&ing->key);
	sbuf_release(&ing->err);
	block_release(&ing->block);
	free(ing);
}
