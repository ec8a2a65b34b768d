/*
 * One package of a log ingested in memory (model/logfacts.h).
 *
 * The handling of each message follows store/store_ingest.c's dispatch()
 * line for line, with rows kept in vectors instead of tables: ids are
 * indexes + 1, in the order the store would give them (only the relative
 * order of one package's rows is ever looked at).  Where the store relies
 * on a table's unique key (events, inline_calls) a map plays its part.
 * settle() is the commit's finish_sql, one UPDATE at a time, for the rows
 * that matter to the diff (events' functions, the explanations' events,
 * calls' and devirtualisations' functions).
 */
#include "model/logfacts.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"
#include "model/factrows.h"
#include "model/names.h"

#define MAX_STORED_TEXT (1u << 20) /* as the store: texts are cut beyond 1 MiB */

struct lf_func {
	char *name;    /* as stored */
	int64_t file;  /* 0: NULL */
	long line, col; /* -1: NULL */
	int inlinable; /* -1: NULL */
	long cost, budget; /* -1: NULL */
	char *reason;  /* NULL */
	int closure;
};

struct lf_event {
	const char *kind;
	char *subject, *target; /* target NULL: none */
	size_t nsubject, ntarget;
	long level;
	int64_t file;
	long line, col;
	int64_t func; /* 0: NULL */
	const char *attribution;
	int64_t count;
};

struct lf_expl {
	const char *kind;
	char *subject, *dest; /* dest NULL: none */
	size_t nsubject, ndest;
	long derefs;
	int64_t file;
	long line, col;
	int64_t func, event; /* 0: NULL; event: row id */
	size_t chain, nchain; /* its flows' and steps' records: recs[chain, +nchain) */
};

struct lf_call {
	char *callee;
	int inlined;
	int64_t file;
	long line, col;
	int64_t func;
	const char *attribution;
	int64_t count;
};

struct lf_devirt {
	char *call, *target;
	int64_t file;
	long line, col;
	int64_t func;
	const char *attribution;
};

struct logfacts {
	char *name;
	/* files: path -> id; paths[id - 1] */
	struct strmap files;
	char **paths;
	size_t npaths, apaths;
	int64_t last_file; /* the id file_id() gave last (0: none), its path's length */
	size_t last_file_n;
	int64_t autogen_file;
	/* functions: the store's func_rows (name as stored) and funcs (without inline hash) */
	struct lf_func *fn;
	size_t nfn, afn;
	struct strmap func_rows, funcs;
	/* rows written */
	struct lf_event *ev;
	size_t nev, aev;
	struct strmap ev_key;
	struct lf_expl *ex;
	size_t nex, aex;
	struct lf_call *calls;
	size_t ncalls, acalls;
	struct strmap call_key;
	struct lf_devirt *dv;
	size_t ndv, adv;
	/*
	 * recs: the records of every explanation's flows and steps, one after
	 * another (an explanation takes lines only while it is the last one);
	 * chain_at[i]: where block.ex[i]'s begin.
	 */
	struct sbuf recs;
	size_t *chain_at;
	size_t chain_alloc;
	/* the block held */
	struct block block;
	struct block_batch batch;
	int level2;
	long cur_expl, last_event;
	int64_t last_event_id;
	int cut, saw_level2;
	int settle_changes; /* logfacts_finish(): settling changed the facts */
	struct sbuf key;
};

static char *dup_cut(struct span s, size_t *n)
{
	size_t len = s.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : s.n;
	if (n)
		*n = len;
	return xmemdupz(s.n ? s.p : "", len);
}

struct logfacts *logfacts_new(const char *name)
{
	struct logfacts *lf = xcalloc(1, sizeof(*lf));
	lf->name = xstrdup(name);
	sbuf_init(&lf->key);
	sbuf_init(&lf->recs);
	block_init(&lf->block);
	block_batch_init(&lf->batch);
	lf->cur_expl = lf->last_event = -1;
	return lf;
}

void logfacts_free(struct logfacts *lf)
{
	if (!lf)
		return;
	for (size_t i = 0; i < lf->npaths; i++)
		free(lf->paths[i]);
	free(lf->paths);
	strmap_release(&lf->files);
	for (size_t i = 0; i < lf->nfn; i++) {
		free(lf->fn[i].name);
		free(lf->fn[i].reason);
	}
	free(lf->fn);
	strmap_release(&lf->func_rows);
	strmap_release(&lf->funcs);
	for (size_t i = 0; i < lf->nev; i++) {
		free(lf->ev[i].subject);
		free(lf->ev[i].target);
	}
	free(lf->ev);
	strmap_release(&lf->ev_key);
	for (size_t i = 0; i < lf->nex; i++) {
		free(lf->ex[i].subject);
		free(lf->ex[i].dest);
	}
	free(lf->ex);
	for (size_t i = 0; i < lf->ncalls; i++)
		free(lf->calls[i].callee);
	free(lf->calls);
	strmap_release(&lf->call_key);
	for (size_t i = 0; i < lf->ndv; i++) {
		free(lf->dv[i].call);
		free(lf->dv[i].target);
	}
	free(lf->dv);
	sbuf_release(&lf->recs);
	free(lf->chain_at);
	block_release(&lf->block);
	block_batch_release(&lf->batch);
	sbuf_release(&lf->key);
	free(lf->name);
	free(lf);
}

/* ---- reading (store_ingest.c's put_*) ------------------------------------ */

static int64_t file_id(struct logfacts *lf, const struct pos *pos)
{
	struct span f = pos->has ? pos->file : (struct span){ "", 0 };
	size_t n = f.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : f.n;
	int64_t id;
	/* most lines name the file the line before named (store_ingest.c's last_file) */
	if (lf->last_file && n == lf->last_file_n && !memcmp(lf->paths[lf->last_file - 1], f.n ? f.p : "", n))
		return lf->last_file;
	if (strmap_get(&lf->files, f.n ? f.p : "", n, &id)) {
		lf->last_file = id;
		lf->last_file_n = n;
		return id;
	}
	VEC_GROW(lf->paths, lf->npaths + 1, lf->apaths);
	lf->paths[lf->npaths++] = xmemdupz(f.n ? f.p : "", n);
	id = (int64_t)lf->npaths;
	strmap_put(&lf->files, f.n ? f.p : "", n, id);
	lf->last_file = id;
	lf->last_file_n = n;
	if (n == 15 && !memcmp(f.p, "<autogenerated>", 15))
		lf->autogen_file = id;
	return id;
}

/* The row of function name: 1 when it has one (*id), else 0 with a new row's id. */
static int func_row(struct logfacts *lf, struct span name, int64_t *id)
{
	size_t n = name.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : name.n;
	struct lf_func *f;
	if (strmap_get(&lf->func_rows, name.n ? name.p : "", n, id))
		return 1;
	VEC_GROW(lf->fn, lf->nfn + 1, lf->afn);
	f = &lf->fn[lf->nfn++];
	memset(f, 0, sizeof(*f));
	f->name = dup_cut(name, NULL);
	f->line = f->col = -1;
	f->inlinable = -1;
	f->cost = f->budget = -1;
	f->closure = model_func_is_generated(name.p, name.n);
	*id = (int64_t)lf->nfn;
	strmap_put(&lf->func_rows, name.n ? name.p : "", n, *id);
	return 0;
}

static void funcs_key(struct logfacts *lf, struct span name)
{
	sbuf_reset(&lf->key);
	model_strip_inline_hash(name.p, name.n, &lf->key);
}

static int64_t func_ref(struct logfacts *lf, struct span name)
{
	int64_t id;
	if (!name.n)
		return 0;
	funcs_key(lf, name);
	if (strmap_get(&lf->funcs, lf->key.buf, lf->key.len, &id))
		return id;
	func_row(lf, name, &id);
	funcs_key(lf, name);
	strmap_put(&lf->funcs, lf->key.buf, lf->key.len, id);
	return id;
}

static void func_decl(struct logfacts *lf, const struct pmsg *m)
{
	int64_t fid = file_id(lf, &m->pos), id;
	int known = func_row(lf, m->subject, &id);
	struct lf_func *f = &lf->fn[id - 1];
	long line = m->pos.line >= 0 ? m->pos.line : -1, col = m->pos.col >= 0 ? m->pos.col : -1;
	/* S_FUNC_DECL, or S_FUNC_REDECL's COALESCEs */
	if (!known || !f->file)
		f->file = fid;
	if (!known || f->line < 0)
		f->line = line;
	if (!known || f->col < 0)
		f->col = col;
	f->inlinable = m->kind == MK_CAN_INLINE;
	if (m->cost >= 0 || !known)
		f->cost = m->cost >= 0 ? m->cost : -1;
	if (m->budget >= 0 || !known)
		f->budget = m->budget >= 0 ? m->budget : -1;
	if (m->reason.n) {
		free(f->reason);
		f->reason = dup_cut(m->reason, NULL);
	}
	funcs_key(lf, m->subject);
	strmap_put(&lf->funcs, lf->key.buf, lf->key.len, id);
	if (!model_func_is_generated(m->subject.p, m->subject.n))
		block_add_decl(&lf->block, fid, m->pos.line, m->pos.col, id);
}

static void put_event(struct logfacts *lf, const struct pmsg *m, const char *kind)
{
	struct pend_event e;
	int64_t fid = file_id(lf, &m->pos);
	block_event_of_msg(&lf->batch, m, kind, fid, func_ref(lf, m->func), &e);
	lf->last_event = (long)block_add_event(&lf->block, &e);
}

/*
 * Chain records: 'F' dst ops src; 'S' expr, has-reason flag, reason, then
 * file id, line and col as int32 (a package has far fewer files, a file
 * far fewer lines and columns).  Strings are a uint32 length and bytes.
 */
static void rec_str(struct sbuf *sb, struct span s)
{
	uint32_t n = (uint32_t)(s.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : s.n);
	sbuf_add(sb, &n, sizeof(n));
	if (n)
		sbuf_add(sb, s.p, n);
}

static void rec_int(struct sbuf *sb, int64_t v)
{
	int32_t n = v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int32_t)v;
	sbuf_add(sb, &n, sizeof(n));
}

static int32_t rd_int(const char **p)
{
	int32_t n;
	memcpy(&n, *p, sizeof(n));
	*p += sizeof(n);
	return n;
}

static struct span rd_str(const char **p)
{
	uint32_t n;
	struct span s;
	memcpy(&n, *p, sizeof(n));
	*p += sizeof(n);
	s.p = *p;
	s.n = n;
	*p += n;
	return s;
}

static void put_explanation(struct logfacts *lf, const struct pmsg *m, const char *kind,
			    struct span subject, long event)
{
	struct pend_expl x;
	int64_t fid = file_id(lf, &m->pos);
	block_expl_of_msg(&lf->batch, m, kind, subject, event, fid, func_ref(lf, m->func), &x);
	lf->cur_expl = (long)block_add_expl(&lf->block, &x);
	VEC_GROW(lf->chain_at, (size_t)lf->cur_expl + 1, lf->chain_alloc);
	lf->chain_at[lf->cur_expl] = lf->recs.len;
}

static void put_flow(struct logfacts *lf, const struct pmsg *m)
{
	struct sbuf *c;
	if (m->new_expl || lf->cur_expl < 0)
		put_explanation(lf, m, "orphan", (struct span){ "", 0 }, -1);
	c = &lf->recs;
	sbuf_addch(c, 'F');
	rec_str(c, m->dest);
	rec_str(c, m->ops);
	rec_str(c, m->src);
}

static void put_step(struct logfacts *lf, const struct pmsg *m)
{
	int64_t fid = 0;
	long line = 0, col = 0;
	struct sbuf *c;
	char flag;
	if (m->attach == ATTACH_VERDICT && m->step_seq == 1) {
		struct pmsg hdr = *m;
		hdr.func.n = 0;
		put_explanation(lf, &hdr, "chain", (struct span){ "", 0 }, lf->last_event);
		if (lf->last_event < 0)
			lf->block.ex[lf->cur_expl].event_id = lf->last_event_id;
	} else if (m->new_expl || lf->cur_expl < 0) {
		put_explanation(lf, m, "orphan", (struct span){ "", 0 }, -1);
	}
	if (m->pos2.has) {
		fid = file_id(lf, &m->pos2);
		line = m->pos2.line;
		col = m->pos2.col;
	}
	c = &lf->recs;
	sbuf_addch(c, 'S');
	rec_str(c, m->subject);
	flag = m->reason.n ? 1 : 0;
	sbuf_addch(c, flag);
	rec_str(c, m->reason);
	rec_int(c, fid);
	rec_int(c, line);
	rec_int(c, col);
}

static void put_inline_call(struct logfacts *lf, const struct pmsg *m, int inlined)
{
	struct pend_call c = { 0 };
	c.file_id = file_id(lf, &m->pos);
	if (!inlined)
		c.func_id = func_ref(lf, m->func);
	c.callee = m->subject;
	c.reason = m->reason;
	c.inlined = inlined;
	c.line = m->pos.line;
	c.col = m->pos.col;
	c.line_no = m->line_no;
	block_add_call(&lf->block, &c);
}

static void put_devirt(struct logfacts *lf, const struct pmsg *m)
{
	struct pend_devirt d = { 0 };
	d.file_id = file_id(lf, &m->pos);
	d.call = m->subject;
	d.target = m->dest;
	d.partial = m->flag;
	d.line = m->pos.line;
	d.col = m->pos.col;
	d.line_no = m->line_no;
	block_add_devirt(&lf->block, &d);
}

/* ---- writing a held block (store_ingest.c's write_*) --------------------- */

static void event_key(struct sbuf *k, const char *kind, const char *subject, size_t ns,
		      const char *target, size_t nt, int64_t file, long line, long col,
		      int64_t func)
{
	sbuf_reset(k);
	sbuf_addstr(k, kind);
	sbuf_addch(k, 0);
	sbuf_add(k, subject, ns);
	sbuf_addch(k, 0);
	sbuf_add(k, target ? target : "", target ? nt : 0);
	sbuf_addch(k, 0);
	sbuf_add(k, &file, sizeof(file));
	sbuf_add(k, &line, sizeof(line));
	sbuf_add(k, &col, sizeof(col));
	sbuf_add(k, &func, sizeof(func));
}

static void key_of(struct logfacts *lf, const struct lf_event *e, int64_t func)
{
	event_key(&lf->key, e->kind, e->subject, e->nsubject, e->target, e->ntarget, e->file,
		  e->line, e->col, func);
}

static void write_events(struct logfacts *lf)
{
	for (size_t i = 0; i < lf->block.nev; i++) {
		struct pend_event *p = &lf->block.ev[i];
		struct lf_event e = { 0 };
		int64_t row;
		e.kind = p->kind;
		e.subject = dup_cut(p->subject, &e.nsubject);
		e.target = p->target.n ? dup_cut(p->target, &e.ntarget) : NULL;
		e.level = p->level;
		e.file = p->file_id;
		e.line = p->line;
		e.col = p->col;
		e.func = p->func_id;
		e.attribution = p->attribution;
		e.count = p->count;
		key_of(lf, &e, e.func);
		if (strmap_get(&lf->ev_key, lf->key.buf, lf->key.len, &row)) {
			lf->ev[row - 1].count += e.count;
			p->id = row;
			free(e.subject);
			free(e.target);
			continue;
		}
		VEC_GROW(lf->ev, lf->nev + 1, lf->aev);
		lf->ev[lf->nev++] = e;
		p->id = (int64_t)lf->nev;
		strmap_put(&lf->ev_key, lf->key.buf, lf->key.len, p->id);
	}
}

static void write_explanations(struct logfacts *lf)
{
	for (size_t i = 0; i < lf->block.nex; i++) {
		const struct pend_expl *p = &lf->block.ex[i];
		struct lf_expl *x;
		VEC_GROW(lf->ex, lf->nex + 1, lf->aex);
		x = &lf->ex[lf->nex++];
		memset(x, 0, sizeof(*x));
		x->kind = p->kind;
		x->subject = dup_cut(p->subject, &x->nsubject);
		x->dest = p->dest.n ? dup_cut(p->dest, &x->ndest) : NULL;
		x->derefs = p->derefs;
		x->file = p->file_id;
		x->line = p->line;
		x->col = p->col;
		x->func = p->func_id;
		x->event = p->event >= 0 ? lf->block.ev[p->event].id : p->event_id;
		x->chain = lf->chain_at[i];
		x->nchain = (i + 1 < lf->block.nex ? lf->chain_at[i + 1] : lf->recs.len) - x->chain;
	}
}

static void write_calls(struct logfacts *lf)
{
	for (size_t i = 0; i < lf->block.ncalls; i++) {
		const struct pend_call *p = &lf->block.calls[i];
		size_t n = p->callee.n > MAX_STORED_TEXT ? MAX_STORED_TEXT : p->callee.n;
		struct lf_call *c;
		int64_t row;
		sbuf_reset(&lf->key);
		sbuf_add(&lf->key, p->callee.n ? p->callee.p : "", n);
		sbuf_addch(&lf->key, 0);
		sbuf_add(&lf->key, &p->inlined, sizeof(p->inlined));
		sbuf_add(&lf->key, &p->file_id, sizeof(p->file_id));
		sbuf_add(&lf->key, &p->line, sizeof(p->line));
		sbuf_add(&lf->key, &p->col, sizeof(p->col));
		if (strmap_get(&lf->call_key, lf->key.buf, lf->key.len, &row)) {
			lf->calls[row - 1].count++; /* ON CONFLICT: count + 1 */
			continue;
		}
		VEC_GROW(lf->calls, lf->ncalls + 1, lf->acalls);
		c = &lf->calls[lf->ncalls++];
		c->callee = dup_cut(p->callee, NULL);
		c->inlined = p->inlined;
		c->file = p->file_id;
		c->line = p->line;
		c->col = p->col;
		c->func = p->func_id;
		c->attribution = p->attribution;
		c->count = 1;
		strmap_put(&lf->call_key, lf->key.buf, lf->key.len, (int64_t)lf->ncalls);
	}
}

static void write_devirts(struct logfacts *lf)
{
	for (size_t i = 0; i < lf->block.ndv; i++) {
		const struct pend_devirt *p = &lf->block.dv[i];
		struct lf_devirt *d;
		VEC_GROW(lf->dv, lf->ndv + 1, lf->adv);
		d = &lf->dv[lf->ndv++];
		d->call = dup_cut(p->call, NULL);
		d->target = dup_cut(p->target, NULL);
		d->file = p->file_id;
		d->line = p->line;
		d->col = p->col;
		d->func = p->func_id;
		d->attribution = p->attribution;
	}
}

static void flush_block(struct logfacts *lf, int keep_decls)
{
	struct block_placer pl = { NULL, NULL, lf->level2, lf->autogen_file };
	int64_t last_id;
	block_resolve(&lf->block, &pl);
	write_events(lf);
	write_explanations(lf);
	write_calls(lf);
	write_devirts(lf);
	last_id = lf->last_event >= 0 ? lf->block.ev[lf->last_event].id : 0;
	block_clear(&lf->block, keep_decls);
	lf->cur_expl = -1;
	lf->last_event = -1;
	lf->last_event_id = keep_decls ? last_id : 0;
}

void logfacts_block_begin(struct logfacts *lf, int level2)
{
	lf->level2 = level2;
	lf->cur_expl = lf->last_event = -1;
	lf->last_event_id = 0;
	strmap_clear(&lf->batch.headers);
	lf->batch.last_was_verdict = 0;
	lf->saw_level2 = 0;
}

void logfacts_block_end(struct logfacts *lf, int more)
{
	if (more && block_full(&lf->block))
		lf->cut = 1; /* the next header cuts it first */
	flush_block(lf, 0);
}

static void dispatch(struct logfacts *lf, const struct pmsg *m)
{
	const char *kind;
	if (m->kind == MK_PACKAGE || m->kind == MK_BLANK || m->kind == MK_DEBUG)
		return;
	if (block_msg_is_level2(m))
		lf->level2 = lf->saw_level2 = 1;
	switch (m->kind) {
	case MK_ESCAPES_HEADER:
		put_explanation(lf, m, "escape", m->subject, -1);
		return;
	case MK_LEAK_HEADER:
		put_explanation(lf, m, "param_leak", m->subject, -1);
		return;
	case MK_FLOW:
		put_flow(lf, m);
		return;
	case MK_STEP:
		put_step(lf, m);
		return;
	case MK_WARNING:
		if (m->attach != ATTACH_EXPLANATION)
			file_id(lf, &m->pos); /* a diagnostic row */
		return;
	case MK_CAN_INLINE:
	case MK_CANNOT_INLINE:
		func_decl(lf, m);
		return;
	case MK_CANNOT_INLINE_INTO:
		put_inline_call(lf, m, 0);
		return;
	case MK_INLINING_CALL:
		put_inline_call(lf, m, 1);
		return;
	case MK_DEVIRT:
		put_devirt(lf, m);
		return;
	case MK_CAPTURE:
		file_id(lf, &m->pos);
		func_ref(lf, m->func);
		return;
	default:
		break;
	}
	if ((kind = block_event_kind(m->kind)))
		put_event(lf, m, kind);
	else if (m->pos.has)
		file_id(lf, &m->pos); /* a diagnostic row */
}

int logfacts_msg(void *ctx, const struct pmsg *m)
{
	struct logfacts *lf = ctx;
	if (block_full(&lf->block) && !block_msg_continues_explanation(m)) {
		lf->cut = 1;
		flush_block(lf, 1);
	}
	dispatch(lf, m);
	return 0;
}

int logfacts_cut(const struct logfacts *lf)
{
	return lf->cut;
}

int logfacts_level2(const struct logfacts *lf)
{
	return lf->saw_level2;
}

int logfacts_settle_matters(const struct logfacts *lf)
{
	return lf->settle_changes;
}

void logfacts_budgets(const struct logfacts *lf, struct budget_tally *t)
{
	for (size_t i = 0; i < lf->nfn; i++)
		budget_tally_add(t, lf->fn[i].budget, 1);
}

/* ---- settling at commit (store_ingest.c's finish_sql) --------------------- */

static int same_pos(int64_t fa, long la, long ca, int64_t fb, long lb, long cb)
{
	return fa == fb && la == lb && ca == cb;
}

static int span_eq(const char *a, size_t na, const char *b, size_t nb)
{
	return na == nb && (!na || !memcmp(a, b, na));
}

/* SQLite's BINARY collation: memcmp, then the shorter first. */
static int bin_cmp(const char *a, size_t na, const char *b, size_t nb)
{
	int c = memcmp(a, b, na < nb ? na : nb);
	return c ? c : na < nb ? -1 : na > nb;
}

static size_t *order(const struct logfacts *lf, size_t n,
		     int (*cmp)(const void *, const void *, void *));

/* Events by position, then id: how settling finds the verdicts at a place. */
static int cmp_ev_pos(const void *a, const void *b, void *arg)
{
	const struct logfacts *lf = arg;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	const struct lf_event *x = &lf->ev[i], *y = &lf->ev[j];
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return (i > j) - (i < j);
}

/* The first of by_pos (cmp_ev_pos() order) at (file, line, col), else where it would be. */
static size_t ev_at(const struct logfacts *lf, const size_t *by_pos, int64_t file, long line,
		    long col)
{
	size_t lo = 0, hi = lf->nev;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct lf_event *e = &lf->ev[by_pos[mid]];
		int before = e->file != file ? e->file < file
			     : e->line != line ? e->line < line : e->col < col;
		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * An escape explanation's verdict: the first by events_key (kind, subject,
 * target, function) of the heap escapes and moves of its subject (or
 * "append" for "append(...)") at its position.
 */
static int64_t settle_escape(const struct logfacts *lf, const size_t *by_pos,
			     const struct lf_expl *x)
{
	int has_append = x->nsubject > 7 && !memcmp(x->subject, "append(", 7);
	int64_t best = 0;
	for (size_t k = ev_at(lf, by_pos, x->file, x->line, x->col); k < lf->nev; k++) {
		size_t i = by_pos[k];
		const struct lf_event *e = &lf->ev[i], *b;
		int c;
		if (!same_pos(e->file, e->line, e->col, x->file, x->line, x->col))
			break;
		if ((strcmp(e->kind, "heap_escape") && strcmp(e->kind, "moved_to_heap")) ||
		    !(span_eq(e->subject, e->nsubject, x->subject, x->nsubject) ||
		      (has_append && span_eq(e->subject, e->nsubject, "append", 6))))
			continue;
		if (!best) {
			best = (int64_t)i + 1;
			continue;
		}
		b = &lf->ev[best - 1];
		if (!(c = strcmp(e->kind, b->kind)) &&
		    !(c = bin_cmp(e->subject, e->nsubject, b->subject, b->nsubject)) &&
		    !(c = bin_cmp(e->target ? e->target : "", e->target ? e->ntarget : 0,
				  b->target ? b->target : "", b->target ? b->ntarget : 0)))
			c = e->func < b->func ? -1 : e->func > b->func;
		if (c < 0)
			best = (int64_t)i + 1;
	}
	return best;
}

/* A parameter leak's verdict: to the same result, else the same depth, else any; then the first. */
static int64_t settle_leak(const struct logfacts *lf, const size_t *by_pos,
			   const struct lf_expl *x)
{
	const char *same = x->derefs > 0 ? "leaking_param_content" : "leaking_param";
	int64_t best = 0;
	int best_rank = 3;
	for (size_t k = ev_at(lf, by_pos, x->file, x->line, x->col); k < lf->nev; k++) {
		size_t i = by_pos[k];
		const struct lf_event *e = &lf->ev[i];
		int rank;
		if (!same_pos(e->file, e->line, e->col, x->file, x->line, x->col))
			break;
		if ((strcmp(e->kind, "leaking_param") && strcmp(e->kind, "leaking_param_content") &&
		     strcmp(e->kind, "leaking_param_result")) ||
		    !span_eq(e->subject, e->nsubject, x->subject, x->nsubject))
			continue;
		if (!strcmp(e->kind, "leaking_param_result") && e->target && x->dest &&
		    span_eq(e->target, e->ntarget, x->dest, x->ndest))
			rank = 0;
		else if (!strcmp(e->kind, same))
			rank = 1;
		else
			rank = 2;
		if (rank < best_rank) { /* ids ascend: the first of a rank is its least */
			best_rank = rank;
			best = (int64_t)i + 1;
		}
	}
	return best;
}

/* Is func a declaration NEAREST_DECL may take for a row at (file, line, col)? */
static int64_t nearest_decl(const struct logfacts *lf, int64_t file, long line, long col)
{
	int64_t best = 0;
	for (size_t i = 0; i < lf->nfn; i++) {
		const struct lf_func *f = &lf->fn[i], *b;
		if (f->closure || f->file != file || f->line <= 0 || f->line > line ||
		    (f->line == line && !(f->col >= 0 && f->col <= col)))
			continue;
		if (!best) {
			best = (int64_t)i + 1;
			continue;
		}
		b = &lf->fn[best - 1];
		/* ORDER BY line DESC, col DESC (NULL last), id */
		if (f->line > b->line || (f->line == b->line && f->col > b->col))
			best = (int64_t)i + 1;
	}
	return best;
}

/* UPDATE OR IGNORE events SET function_id: skipped when the row would repeat another's key. */
static void event_move(struct logfacts *lf, size_t i, int64_t func, const char *how)
{
	struct lf_event *e = &lf->ev[i];
	int64_t row;
	key_of(lf, e, func);
	if (strmap_get(&lf->ev_key, lf->key.buf, lf->key.len, &row))
		return;
	strmap_put(&lf->ev_key, lf->key.buf, lf->key.len, (int64_t)i + 1);
	e->func = func;
	e->attribution = how;
}

static void settle(struct logfacts *lf, const struct logfacts_build *b)
{
	int decl = b->m_level >= 2;
	int64_t *named;
	size_t *by_pos = NULL; /* sorted when an explanation is first found unlinked */
	/* the explanations' verdicts */
	for (size_t i = 0; i < lf->nex; i++) {
		struct lf_expl *x = &lf->ex[i];
		if (x->event)
			continue;
		if (!by_pos)
			by_pos = order(lf, lf->nev, cmp_ev_pos);
		if (!strcmp(x->kind, "escape"))
			x->event = settle_escape(lf, by_pos, x);
		else if (!strcmp(x->kind, "param_leak"))
			x->event = settle_leak(lf, by_pos, x);
	}
	free(by_pos);
	/* the function of the first explanation of a verdict that names one */
	named = xcalloc(lf->nev + 1, sizeof(*named));
	for (size_t i = 0; i < lf->nex; i++) {
		const struct lf_expl *x = &lf->ex[i];
		if (x->event && x->func && !named[x->event])
			named[x->event] = x->func;
	}
	for (size_t i = 0; i < lf->nev; i++)
		if (!lf->ev[i].func && named[i + 1])
			event_move(lf, i, named[i + 1], "compiler");
	free(named);
	/* the nearest declaration above, at -m=2, not in <autogenerated> code */
	for (size_t i = 0; decl && i < lf->nev; i++) {
		struct lf_event *e = &lf->ev[i];
		int64_t f;
		if (e->func || e->file == lf->autogen_file)
			continue;
		if ((f = nearest_decl(lf, e->file, e->line, e->col)))
			event_move(lf, i, f, "declaration");
	}
	for (size_t i = 0; decl && i < lf->ncalls; i++) {
		struct lf_call *c = &lf->calls[i];
		if (!c->func && c->file != lf->autogen_file &&
		    (c->func = nearest_decl(lf, c->file, c->line, c->col)))
			c->attribution = "declaration";
	}
	for (size_t i = 0; decl && i < lf->ndv; i++) {
		struct lf_devirt *d = &lf->dv[i];
		if (!d->func && d->file != lf->autogen_file &&
		    (d->func = nearest_decl(lf, d->file, d->line, d->col)))
			d->attribution = "declaration";
	}
	/* what no rule placed is unknown */
	for (size_t i = 0; i < lf->nev; i++)
		if (!lf->ev[i].func)
			lf->ev[i].attribution = NULL;
	for (size_t i = 0; i < lf->ncalls; i++)
		if (!lf->calls[i].func)
			lf->calls[i].attribution = NULL;
	for (size_t i = 0; i < lf->ndv; i++)
		if (!lf->dv[i].func)
			lf->dv[i].attribution = NULL;
}

/*
 * Settle the rows, keeping the result when keep; either way, did settling
 * change anything the facts show (then whether the build is settled
 * matters for this package)?
 */
static int settle_keeping(struct logfacts *lf, const struct logfacts_build *b, int keep)
{
	struct was { int64_t func; const char *how; } *ev, *calls, *dv;
	int64_t *ex;
	int changed = 0;
	ev = xmalloc((lf->nev + 1) * sizeof(*ev));
	calls = xmalloc((lf->ncalls + 1) * sizeof(*calls));
	dv = xmalloc((lf->ndv + 1) * sizeof(*dv));
	ex = xmalloc((lf->nex + 1) * sizeof(*ex));
	for (size_t i = 0; i < lf->nev; i++)
		ev[i] = (struct was){ lf->ev[i].func, lf->ev[i].attribution };
	for (size_t i = 0; i < lf->ncalls; i++)
		calls[i] = (struct was){ lf->calls[i].func, lf->calls[i].attribution };
	for (size_t i = 0; i < lf->ndv; i++)
		dv[i] = (struct was){ lf->dv[i].func, lf->dv[i].attribution };
	for (size_t i = 0; i < lf->nex; i++)
		ex[i] = lf->ex[i].event;
	settle(lf, b);
#define CHANGED(w, r) ((w).func != (r).func || ((w).how == NULL) != ((r).attribution == NULL) || \
		       ((w).how && strcmp((w).how, (r).attribution)))
	for (size_t i = 0; i < lf->nev && !changed; i++)
		changed = CHANGED(ev[i], lf->ev[i]);
	for (size_t i = 0; i < lf->ncalls && !changed; i++)
		changed = CHANGED(calls[i], lf->calls[i]);
	for (size_t i = 0; i < lf->ndv && !changed; i++)
		changed = CHANGED(dv[i], lf->dv[i]);
	for (size_t i = 0; i < lf->nex && !changed; i++)
		changed = ex[i] != lf->ex[i].event;
#undef CHANGED
	if (!keep) {
		for (size_t i = 0; i < lf->nev; i++) {
			lf->ev[i].func = ev[i].func;
			lf->ev[i].attribution = ev[i].how;
		}
		for (size_t i = 0; i < lf->ncalls; i++) {
			lf->calls[i].func = calls[i].func;
			lf->calls[i].attribution = calls[i].how;
		}
		for (size_t i = 0; i < lf->ndv; i++) {
			lf->dv[i].func = dv[i].func;
			lf->dv[i].attribution = dv[i].how;
		}
		for (size_t i = 0; i < lf->nex; i++)
			lf->ex[i].event = ex[i];
	}
	free(ev);
	free(calls);
	free(dv);
	free(ex);
	return changed;
}

/* ---- facts (store_diff.c's queries) --------------------------------------- */

static const char *func_name(const struct logfacts *lf, int64_t func)
{
	return func ? lf->fn[func - 1].name : "";
}

static const char *path_of(const struct logfacts *lf, int64_t file)
{
	return file ? lf->paths[file - 1] : NULL;
}

/* The fields every row's fact has (store_diff.c's read_fact()). */
static struct fact *new_fact(struct factset *fs, const struct logfacts *lf, enum diff_kind kind,
			     int64_t func, const char *subject, int64_t file, long line, long col,
			     const char *attribution, int64_t count)
{
	struct fact *f;
	const struct lf_func *fn = func ? &lf->fn[func - 1] : NULL;
	VEC_GROW(fs->v, fs->n + 1, fs->alloc);
	f = &fs->v[fs->n++];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->package = xstrdup(lf->name);
	f->function = xstrdup(func_name(lf, func));
	f->subject = xstrdup(subject);
	f->pos.file = xstrdup(path_of(lf, file));
	f->pos.line = line;
	f->pos.col = col;
	f->rel = line;
	if (fn && fn->line >= 0 && fn->file && !strcmp(path_of(lf, fn->file), f->pos.file))
		f->rel = line - fn->line;
	f->cost = f->budget = -1;
	f->count = count > 1 ? count : 1;
	f->guessed = attribution && !strcmp(attribution, "declaration");
	f->bytes = f->cpu = -1;
	return f;
}

/* ORDER BY function name, kind, file, line, col, subject (then id). */
static int cmp_event(const void *a, const void *b, void *arg)
{
	const struct logfacts *sort_lf = arg;
	const struct lf_event *x = &sort_lf->ev[*(const size_t *)a];
	const struct lf_event *y = &sort_lf->ev[*(const size_t *)b];
	const char *fx = func_name(sort_lf, x->func), *fy = func_name(sort_lf, y->func);
	int c;
	if ((c = strcmp(fx, fy)) || (c = strcmp(x->kind, y->kind)) ||
	    (c = strcmp(path_of(sort_lf, x->file), path_of(sort_lf, y->file))))
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if ((c = bin_cmp(x->subject, x->nsubject, y->subject, y->nsubject)))
		return c;
	/* Ties come in the order of events_key, the index the rows are read by:
	 * target (NULL as ''), then function. */
	if ((c = bin_cmp(x->target ? x->target : "", x->target ? x->ntarget : 0,
			 y->target ? y->target : "", y->target ? y->ntarget : 0)))
		return c;
	if (x->func != y->func)
		return x->func < y->func ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static int cmp_func(const void *a, const void *b, void *arg)
{
	const struct logfacts *sort_lf = arg;
	const struct lf_func *x = &sort_lf->fn[*(const size_t *)a];
	const struct lf_func *y = &sort_lf->fn[*(const size_t *)b];
	int c = strcmp(x->name, y->name);
	return c ? c : *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* ORDER BY function name, file, line, col, id. */
static int cmp_call(const void *a, const void *b, void *arg)
{
	const struct logfacts *sort_lf = arg;
	const struct lf_call *x = &sort_lf->calls[*(const size_t *)a];
	const struct lf_call *y = &sort_lf->calls[*(const size_t *)b];
	int c;
	if ((c = strcmp(func_name(sort_lf, x->func), func_name(sort_lf, y->func))) ||
	    (c = strcmp(path_of(sort_lf, x->file), path_of(sort_lf, y->file))))
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* ORDER BY function name, file, line, col, call (then id). */
static int cmp_devirt(const void *a, const void *b, void *arg)
{
	const struct logfacts *sort_lf = arg;
	const struct lf_devirt *x = &sort_lf->dv[*(const size_t *)a];
	const struct lf_devirt *y = &sort_lf->dv[*(const size_t *)b];
	int c;
	if ((c = strcmp(func_name(sort_lf, x->func), func_name(sort_lf, y->func))) ||
	    (c = strcmp(path_of(sort_lf, x->file), path_of(sort_lf, y->file))))
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if ((c = strcmp(x->call, y->call)))
		return c;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static size_t *order(const struct logfacts *lf, size_t n,
		     int (*cmp)(const void *, const void *, void *))
{
	size_t *v = xmalloc((n ? n : 1) * sizeof(*v));
	for (size_t i = 0; i < n; i++)
		v[i] = i;
	if (n)
		qsort_r(v, n, sizeof(*v), cmp, (void *)lf);
	return v;
}

static int like_func(const char *name)
{
	for (const char *p = name; *p; p++)
		if (*p == '.' && !strncasecmp(p + 1, "func", 4))
			return 1;
	return 0;
}

/* Closures declared where another function was first declared (store_diff.c's alias_sql). */
static void load_aliases(const struct logfacts *lf, struct factset *fs)
{
	struct strmap first = STRMAP_INIT;
	char k[sizeof(int64_t) + 2 * sizeof(long)];
	for (size_t i = 0; i < lf->nfn; i++) {
		const struct lf_func *f = &lf->fn[i];
		int64_t have;
		if (!f->file || f->line < 0 || f->col < 0)
			continue;
		memcpy(k, &f->file, sizeof(int64_t));
		memcpy(k + sizeof(int64_t), &f->line, sizeof(long));
		memcpy(k + sizeof(int64_t) + sizeof(long), &f->col, sizeof(long));
		if (!strmap_get(&first, k, sizeof(k), &have))
			strmap_put(&first, k, sizeof(k), (int64_t)i);
	}
	for (size_t i = 0; i < lf->nfn; i++) {
		const struct lf_func *f = &lf->fn[i];
		int64_t at;
		if (f->line <= 0 || f->col <= 0 || !like_func(f->name) || !f->file)
			continue;
		memcpy(k, &f->file, sizeof(int64_t));
		memcpy(k + sizeof(int64_t), &f->line, sizeof(long));
		memcpy(k + sizeof(int64_t) + sizeof(long), &f->col, sizeof(long));
		if (strmap_get(&first, k, sizeof(k), &at) && strcmp(lf->fn[at].name, f->name))
			factset_alias(fs, lf->name, f->name, lf->fn[at].name);
	}
	strmap_release(&first);
}

/*
 * A package's explanations kept for its facts' lines on demand: each
 * explanation's chain records, and the package's file paths they name.
 * The factset owns it (lines_owner); a fact's refs are indexes in chains.
 */
struct lf_lines {
	struct fact_loader loader;
	char *recs;  /* the package's records (struct logfacts' recs) */
	struct lf_chain { size_t at, n; } *chains;
	size_t n, alloc;
	char **paths;
	size_t npaths;
};

static void lines_free(void *owner)
{
	struct lf_lines *l = owner;
	free(l->recs);
	free(l->chains);
	for (size_t i = 0; i < l->npaths; i++)
		free(l->paths[i]);
	free(l->paths);
	free(l);
}

/*
 * Decode one explanation's records into f: its lines (load, the files'
 * paths given) or their counts and hashes only (fact_count_flow/step).
 */
static void chain_lines(const char *rec, size_t nrec, int load, char *const *paths,
			struct fact *f, struct sbuf *t)
{
	const char *p = rec, *end = rec + nrec;
	while (p < end) {
		char type = *p++;
		if (type == 'F') {
			struct span dst = rd_str(&p), ops = rd_str(&p), src = rd_str(&p);
			if (load)
				fact_chain_flow(f, t, dst, ops, src);
			else
				fact_count_flow(f, dst, ops, src);
		} else {
			struct span expr = rd_str(&p), reason;
			int has_reason = *p++;
			int32_t fid, line, col;
			reason = rd_str(&p);
			fid = rd_int(&p);
			line = rd_int(&p);
			col = rd_int(&p);
			if (load)
				fact_chain_step(f, t, expr, reason, has_reason,
						fid > 0 && paths ? paths[fid - 1] : NULL, line, col);
			else
				fact_count_step(f, expr, reason, has_reason);
		}
	}
}

/* fact_loader: f's explanations decoded from the records its refs name. */
static void load_lines(void *ctx, struct fact *f)
{
	const struct lf_lines *l = ctx;
	struct sbuf t = SBUF_INIT;
	for (size_t i = 0; i < f->nrefs; i++) {
		const struct lf_chain *c = &l->chains[f->refs[i]];
		fact_chain_begin(f);
		chain_lines(l->recs + c->at, c->n, 1, l->paths, f, &t);
	}
	sbuf_release(&t);
}

static int is_fact_event(const char *kind)
{
	return !strcmp(kind, "heap_escape") || !strcmp(kind, "moved_to_heap") ||
	       !strcmp(kind, "leaking_param") || !strcmp(kind, "leaking_param_content") ||
	       !strcmp(kind, "leaking_param_result");
}

static int cmp_expl_event(const void *a, const void *b, void *arg)
{
	const struct logfacts *sort_lf = arg;
	const struct lf_expl *x = &sort_lf->ex[*(const size_t *)a];
	const struct lf_expl *y = &sort_lf->ex[*(const size_t *)b];
	if (x->event != y->event)
		return x->event < y->event ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

static void load_events(struct logfacts *lf, struct factset *fs)
{
	size_t *ord = order(lf, lf->nev, cmp_event), *xo;
	size_t *first = xmalloc((lf->nev + 1) * sizeof(*first));
	struct fact_expl_cursor cur = { 0, 0, 0 };
	struct sbuf t = SBUF_INIT, detail = SBUF_INIT;
	struct lf_lines *l = NULL;
	for (size_t k = 0; k < lf->nev; k++) {
		const struct lf_event *e = &lf->ev[ord[k]];
		struct fact *f;
		first[ord[k]] = SIZE_MAX;
		if (!is_fact_event(e->kind))
			continue;
		first[ord[k]] = fs->n;
		f = new_fact(fs, lf, fact_kind_of(e->kind), e->func, e->subject, e->file, e->line,
			     e->col, e->attribution, e->count);
		if (!strcmp(e->kind, "leaking_param_result")) {
			sbuf_reset(&detail);
			if (e->target)
				sbuf_addstr(&detail, e->target);
			if (e->level >= 0)
				sbuf_addf(&detail, " level=%ld", e->level);
			f->detail = xstrdup(detail.buf ? detail.buf : "");
		}
		fact_make_keys(f, fs);
		factset_add_occurrences(fs, first[ord[k]]);
	}
	/*
	 * The explanations of the events, by event then printed order: their
	 * lines counted and hashed, their records moved to the factset's
	 * lines (memory holds them once, compactly) and decoded only where the
	 * diff shows or compares them.
	 */
	xo = order(lf, lf->nex, cmp_expl_event);
	for (size_t k = 0; k < lf->nex; k++) {
		struct lf_expl *x = &lf->ex[xo[k]];
		size_t idx;
		struct fact *f;
		if (!x->event || (idx = first[x->event - 1]) == SIZE_MAX)
			continue;
		if (!l) {
			l = xcalloc(1, sizeof(*l));
			l->loader = (struct fact_loader){ load_lines, l };
			fs->lines_owner = l;
			fs->lines_free = lines_free;
		}
		f = &fs->v[idx + fact_expl_occurrence(&cur, x->event, (int64_t)xo[k] + 1,
						      fs->v[idx].count)];
		fact_chain_begin(f);
		if (x->nchain)
			chain_lines(lf->recs.buf + x->chain, x->nchain, 0, NULL, f, &t);
		f->loader = &l->loader;
		VEC_GROW(f->refs, f->nrefs + 1, f->refs_alloc);
		f->refs[f->nrefs++] = (int64_t)l->n;
		VEC_GROW(l->chains, l->n + 1, l->alloc);
		l->chains[l->n++] = (struct lf_chain){ x->chain, x->nchain };
	}
	if (l) /* the records move to the factset's lines */
		l->recs = sbuf_detach(&lf->recs, NULL);
	free(xo);
	free(first);
	free(ord);
	sbuf_release(&t);
	sbuf_release(&detail);
}

static void load_functions(const struct logfacts *lf, struct factset *fs)
{
	size_t *ord = order(lf, lf->nfn, cmp_func);
	for (size_t k = 0; k < lf->nfn; k++) {
		const struct lf_func *fn = &lf->fn[ord[k]];
		struct fact *f;
		if (fn->inlinable < 0)
			continue;
		VEC_GROW(fs->v, fs->n + 1, fs->alloc);
		f = &fs->v[fs->n++];
		memset(f, 0, sizeof(*f));
		f->kind = DK_INLINABLE;
		f->package = xstrdup(lf->name);
		f->function = xstrdup(fn->name);
		f->subject = xstrdup(fn->name);
		f->inlinable = fn->inlinable;
		f->detail = fn->reason ? xstrdup(fn->reason) : NULL;
		f->pos.file = fn->file ? xstrdup(path_of(lf, fn->file)) : NULL;
		f->pos.line = fn->line > 0 ? fn->line : 0;
		f->pos.col = fn->col > 0 ? fn->col : 0;
		f->rel = 0;
		f->cost = fn->cost;
		f->budget = fn->budget;
		f->count = 1;
		f->bytes = f->cpu = -1;
		fact_make_keys(f, fs);
	}
	free(ord);
}

static void load_calls(const struct logfacts *lf, struct factset *fs)
{
	size_t *ord = order(lf, lf->ncalls, cmp_call);
	for (size_t k = 0; k < lf->ncalls; k++) {
		const struct lf_call *c = &lf->calls[ord[k]];
		size_t at = fs->n;
		struct fact *f;
		if (!c->inlined)
			continue;
		f = new_fact(fs, lf, DK_INLINED_CALL, c->func, c->callee, c->file, c->line, c->col,
			     c->attribution, c->count);
		fact_make_keys(f, fs);
		factset_add_occurrences(fs, at);
	}
	free(ord);
}

static void load_devirts(const struct logfacts *lf, struct factset *fs)
{
	size_t *ord = order(lf, lf->ndv, cmp_devirt);
	for (size_t k = 0; k < lf->ndv; k++) {
		const struct lf_devirt *d = &lf->dv[ord[k]];
		struct fact *f = new_fact(fs, lf, DK_DEVIRTUALIZATION, d->func, d->call, d->file,
					  d->line, d->col, d->attribution, 1);
		f->detail = xstrdup(d->target);
		fact_make_keys(f, fs);
	}
	free(ord);
}

void logfacts_finish(struct logfacts *lf, const struct logfacts_build *b, struct factset *fs)
{
	memset(fs, 0, sizeof(*fs));
	fs->budget = b->budget;
	fs->m_level = b->m_level;
	lf->settle_changes = settle_keeping(lf, b, b->settle);
	load_aliases(lf, fs);
	load_events(lf, fs);
	load_functions(lf, fs);
	load_calls(lf, fs);
	load_devirts(lf, fs);
	if (fs->lines_owner) { /* the paths its records name, taken from the package */
		struct lf_lines *l = fs->lines_owner;
		l->paths = lf->paths;
		l->npaths = lf->npaths;
		lf->paths = NULL;
		lf->npaths = lf->apaths = 0;
	}
}
