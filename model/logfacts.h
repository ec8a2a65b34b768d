#ifndef ESCVIZ_MODEL_LOGFACTS_H
#define ESCVIZ_MODEL_LOGFACTS_H
/*
 * struct logfacts: one package of a log ingested in memory, for escviz diff
 * of log files without a database (feed/logsource.h reads the log).
 *
 * It is fed the parser's messages of the package's blocks, in the order the
 * log has them, and keeps what store/store_ingest.c would write for them:
 * functions (first declaration's position, last decision), events folded
 * by their unique key, explanations with their chains, inlined calls
 * folded by position, devirtualisations.  Each block is held and placed
 * with model/block.h exactly as the store holds and places it (the same
 * block_resolve(), the same batch of headers, the same cut at
 * BLOCK_MAX_ROWS), and when the build is settled at commit (a package in
 * pieces, a block cut) the commit's UPDATEs are done here in memory.
 * logfacts_finish() then gives the facts store/store_diff.c reads from the
 * stored build (model/factrows.h: the one copy of that conversion).
 *
 * What a package's rows depend on beyond its own lines is passed in: whether
 * the log shows -m=2 before each block ends, whether the build is settled,
 * its -m level and budget (struct logfacts_build).
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"
#include "common/strmap.h"
#include "model/block.h"
#include "model/facts.h"
#include "parser/parser.h"

/* What the whole build decides about each package. */
struct logfacts_build {
	int settle;  /* the build is settled at commit (a package in pieces, a block cut) */
	int m_level; /* the build's -m level (parser_m_level() of the whole log) */
	long budget; /* its inlining budget (budget_tally_mode()) */
};

struct logfacts;

/* A package named name ("path [variant]"). */
struct logfacts *logfacts_new(const char *name);
void logfacts_free(struct logfacts *lf);

/*
 * A block of the package starts; level2: the log showed -m=2 lines before
 * it (block_placer.declarations, which the block's own lines may set).
 */
void logfacts_block_begin(struct logfacts *lf, int level2);
/* The parser's sink (parser_msg_fn) for the block's messages. */
int logfacts_msg(void *lf, const struct pmsg *m);
/*
 * The block ends; more: another block of the log follows it (its header
 * then finds a full block and cuts it: the build is settled).
 */
void logfacts_block_end(struct logfacts *lf, int more);

/* What the package showed: a block was cut (the build is settled); -m=2 lines in the last block. */
int logfacts_cut(const struct logfacts *lf);
int logfacts_level2(const struct logfacts *lf);
/* Count the budgets its functions printed into t (a build's: budget_tally_mode()). */
void logfacts_budgets(const struct logfacts *lf, struct budget_tally *t);

/*
 * The package's facts into fs (initialised here), as store_diff_package()
 * gives them.  The rows are settled on trial either way, and
 * logfacts_settle_matters() then says whether settling changed what the
 * facts show: only then does a wrong guess of b->settle matter.
 */
void logfacts_finish(struct logfacts *lf, const struct logfacts_build *b, struct factset *fs);
int logfacts_settle_matters(const struct logfacts *lf);

#endif
