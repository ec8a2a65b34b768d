/*
 * casefile.h: model values from small text files, for the data-driven
 * tests of analysis/ (test_graph_model.c, test_why_path.c,
 * test_diff_match.c).  No database: a case file states the facts, then a
 * line "----", then the expected output, written by hand from the facts
 * (tests/data/README.md says how).
 *
 * A record is one line of words; a word is bare or "quoted" (\" and \\
 * inside), key=value words may quote their value.  '#' starts a comment
 * line.  Records (the words in [] are optional, any order):
 *
 *   go VERSION                      the build's Go version (result numbering)
 *   func ID NAME [pkgid=N] [pkg=PATH] [body="SIG { ... }"] [at=F:L:C]
 *   sig PKGID NAME BODY             a signature in the build's table
 *   event ID KIND SUBJECT [target=T] [level=N] [at=F:L:C] [func=ID]
 *   expl ID KIND SUBJECT [event=ID] [dest=D] [func=ID]
 *   flow DST OPS SRC                a flow of the last expl
 *   step EXPR REASON [at=F:L:C]     a step of the last flow
 *   cstep EXPR REASON [at=F:L:C]    a step of the last expl outside any flow
 *   inline CALLEE [inlined=0|1] [reason=R] [at=F:L:C] [func=ID]
 *   capture VAR [by_ref=0|1] [at=F:L:C] [func=ID]
 *   side old|new                    diff cases: the facts below are that build's
 *   fact KIND PACKAGE FUNCTION SUBJECT [at=F:L:C] [rel=N] [detail=D]
 *        [cost=N] [budget=N] [inlinable=0|1] [count=N] [guessed=0|1]
 *                                   guessed=1: placed by the declaration heuristic
 *                                   count=N: events.count of the row; the store
 *                                   gives each of the N occurrences its own fact,
 *                                   so a case writes the line N times
 *   line TEXT [at=F:L:C]            an explanation line of the last fact
 *   next                            the last fact's next explanation starts
 *   alias PACKAGE NAME FIRST        a closure copy and its first name
 *
 * Events, explanations, inlined calls and captures go to the function
 * func=ID names, else to the last func record.
 */
#ifndef ESCVIZ_TESTS_CASEFILE_H
#define ESCVIZ_TESTS_CASEFILE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/sbuf.h"
#include "common/xalloc.h"
#include "model/facts.h"
#include "model/model.h"
#include "model/names.h"
#include "model/why.h"

#define CASE_MAX_WORDS 32

struct case_words {
	char *w[CASE_MAX_WORDS];
	size_t n;
};

/* Split line into words (copies); returns 0, or -1 on an unclosed quote. */
static int case_split(const char *line, struct case_words *out)
{
	const char *p = line;
	out->n = 0;
	while (*p) {
		struct sbuf b = SBUF_INIT;
		int quoted = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '\n')
			break;
		while (*p && *p != '\n' && (quoted || (*p != ' ' && *p != '\t'))) {
			if (*p == '"') {
				quoted = !quoted;
				p++;
				continue;
			}
			if (quoted && *p == '\\' && p[1])
				p++;
			sbuf_addch(&b, *p++);
		}
		if (quoted) {
			sbuf_release(&b);
			return -1;
		}
		if (out->n < CASE_MAX_WORDS)
			out->w[out->n++] = sbuf_detach(&b, NULL);
		else
			sbuf_release(&b);
	}
	return 0;
}

static void case_words_release(struct case_words *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->w[i]);
	w->n = 0;
}

/* The value of key=... among words[from..], or NULL. */
static const char *case_opt(const struct case_words *w, size_t from, const char *key)
{
	size_t k = strlen(key);
	for (size_t i = from; i < w->n; i++)
		if (!strncmp(w->w[i], key, k) && w->w[i][k] == '=')
			return w->w[i] + k + 1;
	return NULL;
}

static int64_t case_num(const struct case_words *w, size_t from, const char *key, int64_t def)
{
	const char *v = case_opt(w, from, key);
	return v ? strtoll(v, NULL, 10) : def;
}

static char *case_dup(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int case_digits(const char *p, const char *end)
{
	if (p >= end)
		return 0;
	for (; p < end; p++)
		if (*p < '0' || *p > '9')
			return 0;
	return 1;
}

/* at=F:L:C or at=F:L; no at= is no position. */
static struct mpos case_pos(const struct case_words *w, size_t from)
{
	struct mpos p = { NULL, 0, 0 };
	const char *v = case_opt(w, from, "at"), *c2, *c1;
	if (!v || !(c2 = strrchr(v, ':')))
		return p;
	for (c1 = c2 - 1; c1 > v && *c1 != ':'; c1--)
		;
	if (c1 > v && *c1 == ':' && case_digits(c1 + 1, c2)) {
		p.file = xmemdupz(v, (size_t)(c1 - v));
		p.line = strtoll(c1 + 1, NULL, 10);
		p.col = strtoll(c2 + 1, NULL, 10);
	} else {
		p.file = xmemdupz(v, (size_t)(c2 - v));
		p.line = strtoll(c2 + 1, NULL, 10);
	}
	return p;
}

/* What a case file describes. */
struct case_data {
	char *go_version;
	struct mfunc *funcs;
	size_t n_funcs;
	struct sig_table sigs;
	struct mevent *events; /* every event, in file order (why cases) */
	size_t n_events;
	struct factset sides[2];
	char *expected;        /* the text after "----" */
};

static struct mfunc *case_func(struct case_data *d, const struct case_words *w, size_t from)
{
	int64_t id = case_num(w, from, "func", 0);
	for (size_t i = 0; id && i < d->n_funcs; i++)
		if (d->funcs[i].id == id)
			return &d->funcs[i];
	return d->n_funcs ? &d->funcs[d->n_funcs - 1] : NULL;
}

/* Append one zeroed element to the array *v of *n elements of size bytes. */
static void *case_push(void *v, size_t *n, size_t size)
{
	void **pv = v;
	char *p;
	*pv = xrealloc(*pv, st_mult(*n + 1, size));
	p = (char *)*pv + *n * size;
	memset(p, 0, size);
	(*n)++;
	return p;
}

#define CASE_PUSH(v, n) case_push(&(v), &(n), sizeof(*(v)))

/* Read path into d; returns 0, or -1 with a message on stderr. */
static int case_read(const char *path, struct case_data *d)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	struct sbuf exp = SBUF_INIT;
	struct mexpl *x = NULL;
	struct mflow *fl = NULL;
	struct fact *ft = NULL;
	int side = 0, in_expected = 0, rc = 0;

	memset(d, 0, sizeof(*d));
	sig_table_init(&d->sigs);
	if (!f) {
		fprintf(stderr, "%s: cannot open\n", path);
		return -1;
	}
	while (getline(&line, &cap, f) > 0) {
		struct case_words w;
		const char *k;
		lineno++;
		if (in_expected) {
			sbuf_addstr(&exp, line);
			continue;
		}
		if (!strcmp(line, "----\n")) {
			in_expected = 1;
			continue;
		}
		if (line[0] == '#' || case_split(line, &w) < 0 || !w.n) {
			if (line[0] != '#' && line[0] != '\n') {
				fprintf(stderr, "%s:%zu: cannot read\n", path, lineno);
				rc = -1;
			}
			continue;
		}
		k = w.w[0];
		if (!strcmp(k, "go") && w.n > 1) {
			free(d->go_version);
			d->go_version = xstrdup(w.w[1]);
		} else if (!strcmp(k, "func") && w.n > 2) {
			struct mfunc *g = CASE_PUSH(d->funcs, d->n_funcs);
			g->id = strtoll(w.w[1], NULL, 10);
			g->name = xstrdup(w.w[2]);
			g->package_id = case_num(&w, 3, "pkgid", 1);
			g->package = xstrdup(case_opt(&w, 3, "pkg") ? case_opt(&w, 3, "pkg") : "example.com/p");
			g->pkg_name = xstrdup(strrchr(g->package, '/') ? strrchr(g->package, '/') + 1 : g->package);
			g->variant = xstrdup("");
			g->body = case_dup(case_opt(&w, 3, "body"));
			g->pos = case_pos(&w, 3);
			g->inlinable = g->body ? 1 : -1;
			g->cost = -1;
			x = NULL;
			fl = NULL;
		} else if (!strcmp(k, "sig") && w.n > 3) {
			sig_table_add(&d->sigs, strtoll(w.w[1], NULL, 10), NULL, w.w[2], w.w[3]);
		} else if (!strcmp(k, "event") && w.n > 3) {
			struct mfunc *g = case_func(d, &w, 4);
			struct mevent e = { 0 };
			e.id = strtoll(w.w[1], NULL, 10);
			e.kind = xstrdup(w.w[2]);
			e.subject = xstrdup(w.w[3]);
			e.target = case_dup(case_opt(&w, 4, "target"));
			e.level = case_num(&w, 4, "level", -1);
			e.count = 1;
			e.pos = case_pos(&w, 4);
			e.function_id = case_num(&w, 4, "func", g ? g->id : 0);
			if (g && e.function_id) {
				struct mevent *c = CASE_PUSH(g->events, g->n_events);
				*c = e;
				c->kind = xstrdup(e.kind);
				c->subject = xstrdup(e.subject);
				c->target = case_dup(e.target);
				c->pos = mpos_dup(&e.pos);
			}
			struct mevent *de = CASE_PUSH(d->events, d->n_events);
			*de = e;
		} else if (!strcmp(k, "expl") && w.n > 3) {
			struct mfunc *g = case_func(d, &w, 4);
			if (!g) {
				rc = -1;
				continue;
			}
			x = CASE_PUSH(g->expls, g->n_expls);
			x->id = strtoll(w.w[1], NULL, 10);
			x->kind = xstrdup(w.w[2]);
			x->subject = xstrdup(w.w[3]);
			x->event_id = case_num(&w, 4, "event", 0);
			x->dest = case_dup(case_opt(&w, 4, "dest"));
			x->function_id = case_num(&w, 4, "func", g->id);
			fl = NULL;
		} else if (!strcmp(k, "flow") && w.n > 3 && x) {
			fl = CASE_PUSH(x->flows, x->n_flows);
			fl->seq = (int64_t)x->n_flows;
			fl->dst = xstrdup(w.w[1]);
			fl->ops = xstrdup(w.w[2]);
			fl->src = xstrdup(w.w[3]);
			fl->derefs = !strcmp(fl->ops, "&") ? -1 : (int64_t)strlen(fl->ops);
		} else if ((!strcmp(k, "step") && fl) || (!strcmp(k, "cstep") && x)) {
			struct mstep *s;
			if (k[0] == 's') {
				s = CASE_PUSH(fl->steps, fl->n_steps);
			} else {
				s = CASE_PUSH(x->steps, x->n_steps);
			}
			s->expr = xstrdup(w.n > 1 ? w.w[1] : "");
			s->reason = w.n > 2 && strncmp(w.w[2], "at=", 3) ? xstrdup(w.w[2]) : NULL;
			s->pos = case_pos(&w, 1);
		} else if (!strcmp(k, "inline") && w.n > 1) {
			struct mfunc *g = case_func(d, &w, 2);
			struct minline *c;
			if (!g)
				continue;
			c = CASE_PUSH(g->inl, g->n_inl);
			c->callee = xstrdup(w.w[1]);
			c->inlined = (int)case_num(&w, 2, "inlined", 1);
			c->reason = case_dup(case_opt(&w, 2, "reason"));
			c->count = 1;
			c->pos = case_pos(&w, 2);
		} else if (!strcmp(k, "capture") && w.n > 1) {
			struct mfunc *g = case_func(d, &w, 2);
			struct mcapture *c;
			if (!g)
				continue;
			c = CASE_PUSH(g->caps, g->n_caps);
			c->variable = xstrdup(w.w[1]);
			c->by_ref = (int)case_num(&w, 2, "by_ref", 0);
			c->pos = case_pos(&w, 2);
		} else if (!strcmp(k, "side") && w.n > 1) {
			side = !strcmp(w.w[1], "new");
			ft = NULL;
		} else if (!strcmp(k, "fact") && w.n > 4) {
			struct factset *fs = &d->sides[side];
			int kind = diff_kind_parse(w.w[1]);
			if (kind < 0) {
				fprintf(stderr, "%s:%zu: unknown fact kind '%s'\n", path, lineno, w.w[1]);
				rc = -1;
				continue;
			}
			ft = CASE_PUSH(fs->v, fs->n);
			fs->alloc = fs->n;
			ft->kind = (enum diff_kind)kind;
			ft->package = xstrdup(w.w[2]);
			ft->function = xstrdup(!strcmp(w.w[3], "-") ? "" : w.w[3]);
			ft->subject = xstrdup(w.w[4]);
			ft->detail = case_dup(case_opt(&w, 5, "detail"));
			ft->pos = case_pos(&w, 5);
			ft->rel = case_num(&w, 5, "rel", ft->pos.line);
			ft->cost = case_num(&w, 5, "cost", -1);
			ft->budget = case_num(&w, 5, "budget", -1);
			ft->inlinable = (int)case_num(&w, 5, "inlinable", 0);
			ft->count = case_num(&w, 5, "count", 1);
			ft->guessed = (int)case_num(&w, 5, "guessed", 0);
			if (!fs->budget)
				fs->budget = 80;
			fs->m_level = 2;
		} else if (!strcmp(k, "line") && w.n > 1 && ft) {
			struct mpos at = case_pos(&w, 2);
			fact_chain_line(ft, w.w[1], &at);
			mpos_release(&at);
		} else if (!strcmp(k, "next") && ft) {
			fact_chain_begin(ft);
		} else if (!strcmp(k, "alias") && w.n > 3) {
			factset_alias(&d->sides[side], w.w[1], w.w[2], w.w[3]);
		} else {
			fprintf(stderr, "%s:%zu: unknown record '%s'\n", path, lineno, k);
			rc = -1;
		}
		case_words_release(&w);
	}
	/* Identities once every alias is known, as the store does. */
	for (int s = 0; s < 2; s++)
		for (size_t i = 0; i < d->sides[s].n; i++)
			fact_make_keys(&d->sides[s].v[i], &d->sides[s]);
	free(line);
	fclose(f);
	d->expected = sbuf_detach(&exp, NULL);
	if (!in_expected) {
		fprintf(stderr, "%s: no '----' line before the expected output\n", path);
		rc = -1;
	}
	return rc;
}

static void case_release(struct case_data *d)
{
	for (size_t i = 0; i < d->n_funcs; i++)
		mfunc_release(&d->funcs[i]);
	for (size_t i = 0; i < d->n_events; i++)
		mevent_release(&d->events[i]);
	free(d->funcs);
	free(d->events);
	sig_table_release(&d->sigs);
	factset_release(&d->sides[0]);
	factset_release(&d->sides[1]);
	free(d->go_version);
	free(d->expected);
	memset(d, 0, sizeof(*d));
}

/*
 * Run check(path, data, out) on every *.case file of dir and compare out
 * with the expected text.  Prints a diff-like report for each mismatch;
 * returns the number of failures, and the number of cases in *n.
 */
static int case_run_dir(const char *dir, void (*check)(struct case_data *, struct sbuf *),
			size_t *n)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	int failed = 0;
	*n = 0;
	if (!dp) {
		fprintf(stderr, "%s: cannot open\n", dir);
		return 1;
	}
	while ((de = readdir(dp)) != NULL) {
		struct case_data d;
		struct sbuf out = SBUF_INIT, path = SBUF_INIT;
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".case"))
			continue;
		sbuf_addf(&path, "%s/%s", dir, de->d_name);
		(*n)++;
		if (case_read(path.buf, &d) < 0) {
			failed++;
		} else {
			check(&d, &out);
			if (strcmp(out.buf ? out.buf : "", d.expected)) {
				fprintf(stderr, "FAIL %s\n--- expected\n%s--- got\n%s", path.buf,
					d.expected, out.buf ? out.buf : "");
				failed++;
			} else {
				fprintf(stderr, "ok %s\n", path.buf);
			}
		}
		case_release(&d);
		sbuf_release(&out);
		sbuf_release(&path);
	}
	closedir(dp);
	return failed;
}

#endif
