#ifndef ESCVIZ_MODEL_BLOCK_H
#define ESCVIZ_MODEL_BLOCK_H
/*
 * struct block: what the ingest holds back while it reads one package block
 * (no SQL: the store writes what it settles).
 *
 * The go command prints each package's output as one block, and inside it
 * the lines a row depends on come in an order the store can use: function
 * declarations (inlining lines) before the escape analysis, explanation
 * headers before the verdicts they explain.  So instead of settling links
 * with UPDATEs over the whole build at commit, the store keeps a package's
 * events, explanations, inlined call sites and devirtualisations here, links
 * and attributes them in memory when the block ends, and writes each row
 * once, complete.  Flows and steps are written at once: explanation ids are
 * assigned by the store, so they can point at an explanation not yet
 * written.
 *
 * Memory: bounded by block_full(); a block that grows past it is resolved
 * and written early, and whatever it could not settle then is settled by the
 * set-based UPDATEs at commit (store_ingest.c), which only touch the rows
 * left NULL.
 *
 * All strings are copies in the block's arena; block_clear() frees them.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "parser/parser.h"

/* Chunks of memory freed together (string copies of one block). */
struct arena {
	char **chunks;
	size_t n, alloc;
	char *cur;   /* free space in the last chunk */
	size_t left;
};

struct pend_event {
	const char *kind;          /* static string ("heap_escape", ...) */
	struct span subject, target;
	long level;
	int64_t file_id;
	long line, col;
	int64_t func_id;           /* 0: not attributed yet */
	const char *attribution;   /* static: "explicit", ... or NULL */
	int64_t input_id;
	uint64_t line_no;
	int64_t count;
	int64_t id;                /* row id once written */
};

struct pend_expl {
	int64_t id;                /* assigned by the store */
	const char *kind;          /* "escape", "param_leak", "chain", "orphan" */
	struct span subject, dest;
	long derefs;
	int64_t file_id;
	long line, col;
	int64_t func_id;
	int64_t input_id;
	uint64_t line_no;
	int truncated;
	long event;                /* index into the block's events, or -1 */
	int64_t event_id;          /* a verdict written earlier, or 0 */
};

struct pend_call {
	struct span callee, reason;
	int inlined;
	int64_t file_id;
	long line, col;
	int64_t func_id;
	int64_t input_id;
	uint64_t line_no;
};

struct pend_devirt {
	struct span call, target;
	int partial;
	int64_t file_id;
	long line, col;
	int64_t func_id;
	int64_t input_id;
	uint64_t line_no;
};

struct decl {
	int64_t file_id;
	long line, col;
	int64_t func_id;
	size_t seq;                /* order seen: ties go to the first */
};

struct block {
	struct arena mem;
	struct pend_event *ev;
	size_t nev, aev;
	struct pend_expl *ex;
	size_t nex, aex;
	struct pend_call *calls;
	size_t ncalls, acalls;
	struct pend_devirt *dv;
	size_t ndv, adv;
	struct decl *decls;        /* non-closure declarations of the package */
	size_t ndecl, adecl;
	int decls_sorted;
	struct strmap evkey;       /* event key -> index in ev */
	struct sbuf key;           /* scratch */
};

void block_init(struct block *b);
/* Forget the held rows; with keep_decls the declarations stay (same package). */
void block_clear(struct block *b, int keep_decls);
void block_release(struct block *b);
/* Rows held: past BLOCK_MAX_ROWS the store writes the block early. */
#define BLOCK_MAX_ROWS 100000
int block_full(const struct block *b);

/* A copy of s in the block's arena. */
struct span block_dup(struct block *b, struct span s);

/*
 * Add an event, or count one more of the same (kind, subject, target and
 * position).  Returns its index.  e->subject/target are copied.
 */
size_t block_add_event(struct block *b, const struct pend_event *e);
/* Add an explanation (strings copied); returns its index. */
size_t block_add_expl(struct block *b, const struct pend_expl *x);
void block_add_call(struct block *b, const struct pend_call *c);
void block_add_devirt(struct block *b, const struct pend_devirt *d);
void block_add_decl(struct block *b, int64_t file_id, long line, long col, int64_t func_id);

/*
 * Link explanations to the verdicts they explain and give every held row
 * the function it belongs to (explicit, else through its explanation, else
 * the nearest declaration above it in the same file).
 */
void block_resolve(struct block *b);

#endif
