/*
 * store_causes(): a build's verdicts and their explanations' lines, fed to
 * a cause classifier (model/cause.h) in event id order, for escviz stats,
 * ls and funcs.  Two statements read side by side, joined here on event id:
 * the verdicts, and the explanations linked to them (explanations_event's
 * order), so SQLite sorts nothing.
 */
#include "store/store_internal.h"

#include <string.h>

#include "common/util.h"

#include "model/cause.h"
#include "store/store_explain.h"

static const char *const events_sql =
	"SELECT e.id, e.kind, e.subject, e.target, IFNULL(e.function_id, 0), " STORE_SQL_PKG_NAME
	" FROM events e JOIN packages p ON p.id = e.package_id WHERE e.build_id = ?1"
	" AND e.kind IN ('heap_escape', 'moved_to_heap', 'leaking_param', 'leaking_param_content',"
	" 'leaking_param_result') ORDER BY e.id";

static const char *const chains_sql =
	"SELECT x.event_id, x.chain FROM explanations x WHERE x.event_id IN"
	" (SELECT e.id FROM events e WHERE e.build_id = ?1) ORDER BY x.event_id, x.id";

static struct span col_span(sqlite3_stmt *st, int i)
{
	const char *p = (const char *)sqlite3_column_text(st, i);
	return (struct span){ p ? p : "", p ? (size_t)sqlite3_column_bytes(st, i) : 0 };
}

static int on_flow(void *ctx, const struct chain_flow *f)
{
	const struct cause_feed *feed = ctx;
	feed->flow(feed->ctx, f->dst, f->ops, f->src);
	return 0;
}

static int on_step(void *ctx, uint64_t flow, uint64_t seq, const struct chain_step *s)
{
	const struct cause_feed *feed = ctx;
	(void)flow;
	(void)seq;
	feed->step(feed->ctx, s->expr, s->reason, s->has_reason);
	return 0;
}

int store_causes(struct store *s, int64_t build, const struct cause_feed *feed, struct sbuf *err)
{
	sqlite3_stmt *ev = NULL, *ch = NULL;
	struct chain_visitor v = { on_flow, on_step, (void *)feed };
	int rc, crc = SQLITE_ROW;
	if (sqlite3_prepare_v2(s->db, events_sql, -1, &ev, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, chains_sql, -1, &ch, NULL) != SQLITE_OK) {
		rc = store_db_error(s, err, "cannot read the causes");
		goto out;
	}
	sqlite3_bind_int64(ev, 1, build);
	sqlite3_bind_int64(ch, 1, build);
	crc = sqlite3_step(ch);
	while ((rc = sqlite3_step(ev)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(ev, 0);
		struct cause_verdict cv = { id, sqlite3_column_int64(ev, 4),
					    (const char *)sqlite3_column_text(ev, 5),
					    (const char *)sqlite3_column_text(ev, 1),
					    (const char *)sqlite3_column_text(ev, 2),
					    (const char *)sqlite3_column_text(ev, 3) };
		feed->verdict(feed->ctx, &cv);
		/* explanations of events before this one (other kinds) are skipped */
		while (crc == SQLITE_ROW && sqlite3_column_int64(ch, 0) < id)
			crc = sqlite3_step(ch);
		while (crc == SQLITE_ROW && sqlite3_column_int64(ch, 0) == id) {
			struct span c = col_span(ch, 1);
			feed->explanation(feed->ctx);
			if (chain_decode(c.p, c.n, 0, &v) == -1) {
				rc = error_set(err, ESCVIZ_EDB,
					       "explanation of event %lld: its chain is malformed",
					       (long long)id);
				goto out;
			}
			crc = sqlite3_step(ch);
		}
		if (crc != SQLITE_ROW && crc != SQLITE_DONE) {
			rc = store_db_error(s, err, "cannot read the causes");
			goto out;
		}
		if (feed->end(feed->ctx) < 0) {
			rc = -1;
			goto out;
		}
	}
	rc = rc == SQLITE_DONE ? 0 : store_db_error(s, err, "cannot read the causes");
out:
	sqlite3_finalize(ev);
	sqlite3_finalize(ch);
	return rc;
}
