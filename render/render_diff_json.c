/*
 * escviz diff writers for machines: JSON (docs/json.md) and SARIF 2.1.0
 * for GitHub code scanning.  Both go through jansson; log text that is not
 * valid UTF-8 is repaired first (U+FFFD), as in render_json.c.
 *
 * SARIF: one rule per change kind; a result per change (level "warning"
 * for regressions, "note" otherwise) located at its new position, or its
 * old one when it has none; the -m=2 explanation as a codeFlow; and a
 * partialFingerprint computed from identity only (analysis/diff.h), so that
 * code scanning keeps tracking an alert when lines move.
 */
#include "render/render_diff.h"

#include "analysis/cause.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"
#include "render/render_escape.h"
#include "render/render_internal.h"

static json_t *jpos(const struct mpos *p)
{
	json_t *o;
	if (!p->file)
		return json_null();
	o = json_object();
	json_object_set_new(o, "file", render_jstr(p->file));
	json_object_set_new(o, "line", json_integer(p->line));
	json_object_set_new(o, "column", json_integer(p->col));
	return o;
}

static json_t *jnum(int64_t v)
{
	return v < 0 ? json_null() : json_integer(v);
}

static json_t *jbuild(const struct diff_build *b)
{
	json_t *o = json_object();
	json_object_set_new(o, "build", json_integer(b->id));
	json_object_set_new(o, "label", render_jstr(b->label));
	json_object_set_new(o, "commit", render_jstr(b->commit));
	json_object_set_new(o, "go_version", render_jstr(b->go_version));
	json_object_set_new(o, "m_level", json_integer(b->m_level));
	json_object_set_new(o, "source", render_jstr(b->source));
	return o;
}

static json_t *jsummary(const struct diff_result *r)
{
	json_t *o = json_object(), *kinds = json_object(), *by_cause = json_object();
	struct diff_counts c;
	diff_count(r, &c);
	json_object_set_new(o, "changes", json_integer((json_int_t)r->n));
	json_object_set_new(o, "regressions", json_integer((json_int_t)c.total_regressions));
	for (int ch = DC_ADDED; ch < DC__COUNT; ch++)
		json_object_set_new(o, diff_change_name(ch), json_integer((json_int_t)c.total[ch]));
	json_object_set_new(o, "ignored", json_integer((json_int_t)r->ignored));
	json_object_set_new(o, "respelled_hidden", json_integer((json_int_t)r->respelled_hidden));
	for (int k = 0; k < DK__COUNT; k++) {
		json_t *ko = json_object();
		for (int ch = DC_ADDED; ch < DC__COUNT; ch++)
			json_object_set_new(ko, diff_change_name(ch), json_integer((json_int_t)c.by[ch][k]));
		json_object_set_new(ko, "regressions", json_integer((json_int_t)c.regressions[k]));
		json_object_set_new(kinds, diff_kind_name(k), ko);
	}
	json_object_set_new(o, "by_kind", kinds);
	for (int k = 0; k < CAUSE__COUNT; k++)
		json_object_set_new(by_cause, cause_name((enum cause)k),
				    json_integer((json_int_t)c.regressions_by_cause[k]));
	json_object_set_new(o, "regressions_by_cause", by_cause);
	return o;
}

static json_t *jpackages(const struct diff_result *r)
{
	json_t *a = json_array();
	for (size_t i = 0; i < r->npkgs; i++) {
		json_t *o = json_object(), *old = json_object(), *new = json_object();
		for (int s = 0; s < DS__COUNT; s++) {
			json_object_set_new(old, diff_stat_name(s), json_integer(r->pkgs[i].old[s]));
			json_object_set_new(new, diff_stat_name(s), json_integer(r->pkgs[i].new[s]));
		}
		json_t *once = json_object(), *oo = json_object(), *on = json_object();
		for (int k = 0; k < DO__COUNT; k++) {
			json_object_set_new(oo, diff_once_name(k), json_integer(r->pkgs[i].once_old[k]));
			json_object_set_new(on, diff_once_name(k), json_integer(r->pkgs[i].once_new[k]));
		}
		json_object_set_new(once, "old", oo);
		json_object_set_new(once, "new", on);
		json_object_set_new(o, "package", render_jstr(r->pkgs[i].package));
		json_object_set_new(o, "old", old);
		json_object_set_new(o, "new", new);
		json_object_set_new(o, "inlinable_one_build", once);
		json_t *un = json_object();
		json_object_set_new(un, "old", json_integer(r->pkgs[i].unprinted_old));
		json_object_set_new(un, "new", json_integer(r->pkgs[i].unprinted_new));
		json_object_set_new(o, "append_unprinted", un);
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *jsteps(const struct diff_step *v, size_t n)
{
	json_t *a = json_array();
	for (size_t s = 0; s < n; s++) {
		json_t *o = json_object();
		json_object_set_new(o, "text", render_jstr(v[s].text));
		json_object_set_new(o, "position", jpos(&v[s].pos));
		json_array_append_new(a, o);
	}
	return a;
}

/* The fingerprints of the escapes whose cause is item i. */
static json_t *jcaused(const struct diff_result *r, size_t i)
{
	json_t *a = json_array();
	for (size_t j = 0; r->items[i].ncaused && j < r->n; j++)
		if (r->items[j].cause == i + 1)
			json_array_append_new(a, render_jstr(r->items[j].fingerprint));
	return a;
}

static json_t *jitem(const struct diff_result *r, size_t i)
{
	const struct diff_item *it = &r->items[i];
	const struct diff_step *steps;
	size_t nsteps;
	json_t *o = json_object();
	json_object_set_new(o, "change", json_string(diff_change_name(it->change)));
	json_object_set_new(o, "kind", json_string(diff_kind_name(it->kind)));
	json_object_set_new(o, "package", render_jstr(it->package));
	/* null: in no known function */
	json_object_set_new(o, "function", *it->function ? render_jstr(it->function) : json_null());
	json_object_set_new(o, "subject", render_jstr(it->subject));
	json_object_set_new(o, "old_subject", render_jstr(it->old_subject));
	json_object_set_new(o, "old_position", jpos(&it->old_pos));
	json_object_set_new(o, "new_position", jpos(&it->new_pos));
	json_object_set_new(o, "regression", json_boolean(it->regression));
	json_object_set_new(o, "improvement", json_boolean(it->improvement));
	/* null when neither build has a profile */
	json_object_set_new(o, "hot", r->profiled ? json_boolean(it->hot) : json_null());
	json_object_set_new(o, "old_alloc_bytes", jnum(it->old_bytes));
	json_object_set_new(o, "new_alloc_bytes", jnum(it->new_bytes));
	json_object_set_new(o, "old_cpu_cum", jnum(it->old_cpu));
	json_object_set_new(o, "new_cpu_cum", jnum(it->new_cpu));
	json_object_set_new(o, "message", render_jstr(it->message));
	json_object_set_new(o, "old_cost", jnum(it->old_cost));
	json_object_set_new(o, "new_cost", jnum(it->new_cost));
	json_object_set_new(o, "budget", jnum(it->budget));
	json_object_set_new(o, "fingerprint", render_jstr(it->fingerprint));
	steps = diff_item_steps(it, &nsteps);
	json_object_set_new(o, "explanation", jsteps(steps, nsteps));
	json_object_set_new(o, "old_steps", jsteps(it->old_steps, it->nold_steps));
	json_object_set_new(o, "new_steps", jsteps(it->new_steps, it->nnew_steps));
	json_object_set_new(o, "cause", it->cause ?
			    render_jstr(r->items[it->cause - 1].fingerprint) : json_null());
	json_object_set_new(o, "caused", jcaused(r, i));
	if (it->escape_cause >= 0) {
		json_t *all = json_array();
		enum cause v[CAUSE__COUNT];
		size_t n = cause_order((enum cause)it->escape_cause, it->escape_causes, v);
		for (size_t k = 0; k < n; k++)
			json_array_append_new(all, json_string(cause_name(v[k])));
		json_object_set_new(o, "escape_cause", json_string(cause_name((enum cause)it->escape_cause)));
		json_object_set_new(o, "escape_causes", all);
		json_object_set_new(o, "escape_cause_inferred", json_boolean(it->escape_cause_inferred));
		json_object_set_new(o, "callee", render_jstr(it->callee));
	} else {
		json_object_set_new(o, "escape_cause", json_null());
	}
	return o;
}

int render_diff_json(FILE *out, const struct diff_result *r)
{
	json_t *o = json_object(), *changes = json_array();
	json_object_set_new(o, "old", jbuild(&r->old));
	json_object_set_new(o, "new", jbuild(&r->new));
	json_object_set_new(o, "summary", jsummary(r));
	json_object_set_new(o, "packages", jpackages(r));
	for (size_t i = 0; i < r->n; i++)
		json_array_append_new(changes, jitem(r, i));
	json_object_set_new(o, "changes", changes);
	return render_dump_json(out, o);
}

/* ---- SARIF ------------------------------------------------------------------- */

void diff_add_uri(struct sbuf *out, const char *path)
{
	struct sbuf t = SBUF_INIT;
	if (!strncmp(path, "./", 2) || !strncmp(path, ".\\", 2))
		path += 2;
	sbuf_addstr(&t, path);
	for (size_t i = 0; i < t.len; i++)
		if (t.buf[i] == '\\')
			t.buf[i] = '/';
	sbuf_add_uri(out, t.buf, t.len);
	sbuf_release(&t);
}

static const char *const rule_text[DK__COUNT] = {
	[DK_HEAP_ESCAPE] = "A value escapes to the heap",
	[DK_MOVED_TO_HEAP] = "A variable is moved to the heap",
	[DK_EXPLANATION] = "The reason for a heap escape changed",
	[DK_LEAKING_PARAM] = "A parameter leaks to the heap",
	[DK_LEAKING_PARAM_CONTENT] = "The content of a parameter leaks to the heap",
	[DK_LEAKING_PARAM_RESULT] = "A parameter leaks to a result",
	[DK_INLINABLE] = "A function's inlinability changed",
	[DK_INLINE_COST] = "A function's inlining cost changed",
	[DK_INLINED_CALL] = "A call site's inlining changed",
	[DK_DEVIRTUALIZATION] = "A devirtualized call changed",
};

static json_t *msg(const char *text)
{
	json_t *m = json_object();
	json_object_set_new(m, "text", render_jstr(text));
	return m;
}

/*
 * Each rule's fullDescription and help (GitHub shows help with an alert):
 * what the change means, and what usually undoes it, never promised.
 */
static const char *const rule_full[DK__COUNT] = {
	[DK_HEAP_ESCAPE] = "The compiler's escape analysis now decides (or no longer decides) that a"
			   " value must be allocated on the heap: each such value is a heap allocation"
			   " and work for the garbage collector.",
	[DK_MOVED_TO_HEAP] = "A local variable is now (or no longer) moved to the heap: its address"
			     " outlives the function, so every call allocates it.",
	[DK_EXPLANATION] = "The same value still escapes, but the compiler's -m=2 explanation (the"
			   " chain of assignments that makes it escape) is different.",
	[DK_LEAKING_PARAM] = "A parameter now (or no longer) leaks to the heap: whatever a caller"
			     " passes for it escapes in the caller.",
	[DK_LEAKING_PARAM_CONTENT] = "What a parameter points to now (or no longer) leaks to the"
				     " heap: values its callers pass in escape.",
	[DK_LEAKING_PARAM_RESULT] = "A parameter now (or no longer) leaks to a result: the caller's"
				    " value escapes if the result does.",
	[DK_INLINABLE] = "A function became (or stopped being) inlinable: calls to it are inlined,"
			 " which can let values at the call site stay on the stack.",
	[DK_INLINE_COST] = "The compiler's inlining cost of a function changed; past the budget"
			   " (80 by default) it is no longer inlined.",
	[DK_INLINED_CALL] = "A call site is now (or no longer) inlined.  A call that stops being"
			    " inlined often makes the values passed to it escape.",
	[DK_DEVIRTUALIZATION] = "An interface method call is now (or no longer) devirtualized to a"
				" concrete method, which can then be inlined.",
};

static const char *const rule_help[DK__COUNT] = {
	[DK_HEAP_ESCAPE] = "Run `escviz why FUNC:EXPR` to see the chain that makes the value"
			   " escape.  What usually removes an escape: return a value instead of a"
			   " pointer, pass a buffer in instead of allocating one, avoid converting to"
			   " an interface (`fmt` arguments, `...any`) on hot paths, give `make` a"
			   " constant size.  Check with a heap profile that the allocation matters.",
	[DK_MOVED_TO_HEAP] = "Run `escviz why FUNC:VAR`.  The variable's address is stored"
			     " somewhere that outlives the call (a closure, a field, a result, a"
			     " channel): keep the address local, or copy the value out.",
	[DK_EXPLANATION] = "No allocation was added or removed.  Compare the two chains (the"
			   " code flows) to see which assignment changed.",
	[DK_LEAKING_PARAM] = "Callers of this function must heap-allocate what they pass for the"
			     " parameter.  Find where it is stored (`escviz why`): a global, a"
			     " field of something that escapes, a goroutine.",
	[DK_LEAKING_PARAM_CONTENT] = "Callers' values reachable from the parameter escape."
				     "  Find where its content is stored (`escviz why`).",
	[DK_LEAKING_PARAM_RESULT] = "The parameter flows to a result; it escapes in callers that let"
				    " the result escape.  Usually harmless on its own.",
	[DK_INLINABLE] = "Inlining decisions follow the function's cost (`escviz funcs`): a"
			 " function just over the budget can often be brought under it by moving"
			 " a rare path (error handling, logging) into a separate function.",
	[DK_INLINE_COST] = "Informational unless the cost crosses the budget (then an `inlinable`"
			   " change accompanies it).",
	[DK_INLINED_CALL] = "If the callee stopped being inlinable, see its `inlinable` change;"
			    " escapes caused by the lost inlining are listed with it.",
	[DK_DEVIRTUALIZATION] = "Devirtualization needs the concrete type to be known at the call"
				" site (an inlined constructor, a local assignment); a lost one makes"
				" the call indirect again.",
};

static json_t *rules(void)
{
	json_t *a = json_array();
	for (int k = 0; k < DK__COUNT; k++) {
		json_t *r = json_object(), *cfg = json_object(), *help = json_object();
		char id[64];
		snprintf(id, sizeof(id), "escviz/%s", diff_kind_name(k));
		json_object_set_new(r, "id", json_string(id));
		json_object_set_new(r, "name", json_string(diff_kind_name(k)));
		json_object_set_new(r, "shortDescription", msg(rule_text[k]));
		json_object_set_new(r, "fullDescription", msg(rule_full[k]));
		json_object_set_new(help, "text", json_string(rule_help[k]));
		json_object_set_new(help, "markdown", json_string(rule_help[k]));
		json_object_set_new(r, "help", help);
		json_object_set_new(cfg, "level", json_string("warning"));
		json_object_set_new(r, "defaultConfiguration", cfg);
		json_array_append_new(a, r);
	}
	return a;
}

/*
 * Where a SARIF location's file is: the repository (%SRCROOT%, a relative
 * path as the compiler printed it from the root), GOROOT (%GOROOT%) or the
 * module cache (%GOMODCACHE%), each given by the environment or known by
 * its shape (".../pkg/mod/...", ".../go, go-1.N, go1.N.M or goroot/src/..."); otherwise an
 * absolute file URI.
 */
enum { BASE_SRCROOT, BASE_GOROOT, BASE_GOMODCACHE, BASE__COUNT };
static const char *const base_names[BASE__COUNT] = { "%SRCROOT%", "%GOROOT%", "%GOMODCACHE%" };

struct sarif_ctx {
	const struct render_opts *o;
	char *base_uri[BASE__COUNT]; /* the absolute directory seen for each base, "file:///.../" */
};

/* Length of dir's prefix of path (dir without a trailing '/'), or 0. */
static size_t under(const char *path, const char *dir)
{
	size_t n = dir ? strlen(dir) : 0;
	while (n > 1 && dir[n - 1] == '/')
		n--;
	return n && !strncmp(path, dir, n) && path[n] == '/' ? n : 0;
}

/* The base of an absolute path and the length of its directory part, or -1. */
static int base_of(const struct sarif_ctx *x, const char *path, size_t *dir)
{
	const char *m, *s;
	if ((*dir = under(path, x->o ? x->o->gomodcache : NULL)))
		return BASE_GOMODCACHE;
	if ((*dir = under(path, x->o ? x->o->goroot : NULL)))
		return BASE_GOROOT;
	if ((m = strstr(path, "/pkg/mod/"))) {
		*dir = (size_t)(m - path) + 8;
		return BASE_GOMODCACHE;
	}
	for (s = strstr(path, "/src/"); s; s = strstr(s + 1, "/src/")) {
		const char *last = s;
		while (last > path && last[-1] != '/')
			last--;
		/* go, go-1.27 (Debian), go1.27.3 (an SDK), goroot */
		if (!strncmp(last, "go", 2) && (last[2] == '/' || last[2] == '-' ||
						 (last[2] >= '0' && last[2] <= '9') ||
						 !strncmp(last + 2, "root", 4))) {
			*dir = (size_t)(s - path);
			return BASE_GOROOT;
		}
	}
	return -1;
}

/*
 * A SARIF location; NULL when p has no file.  is_new: p is in the new
 * build, whose files are the ones at hand (the diff runs where the head was
 * built), so its byte column can be made UTF-16 (render_opts.utf16_col);
 * the old build's positions keep theirs.
 */
static json_t *sloc(struct sarif_ctx *x, const struct mpos *p, int is_new)
{
	json_t *loc, *phys, *art, *reg;
	struct sbuf uri = SBUF_INIT;
	size_t dir = 0;
	int base = -1;
	if (!p->file || !*p->file)
		return NULL;
	if (p->file[0] != '/' && p->file[0] != '<')
		base = BASE_SRCROOT;
	else if (p->file[0] == '/')
		base = base_of(x, p->file, &dir);
	if (base > BASE_SRCROOT) {
		/* One directory per base: the first seen (the other build's GOROOT,
		 * say, stays an absolute URI). */
		struct sbuf d = SBUF_INIT;
		sbuf_addstr(&d, "file://");
		sbuf_add_uri(&d, p->file, dir);
		sbuf_addch(&d, '/');
		if (!x->base_uri[base])
			x->base_uri[base] = sbuf_detach(&d, NULL);
		else if (strcmp(x->base_uri[base], d.buf))
			base = -1;
		sbuf_release(&d);
	}
	if (base > BASE_SRCROOT)
		diff_add_uri(&uri, p->file + dir + 1);
	else if (base < 0 && p->file[0] == '/') {
		sbuf_addstr(&uri, "file://");
		diff_add_uri(&uri, p->file);
	} else
		diff_add_uri(&uri, p->file);
	loc = json_object();
	phys = json_object();
	art = json_object();
	json_object_set_new(art, "uri", render_jstr(uri.buf));
	if (base >= 0)
		json_object_set_new(art, "uriBaseId", json_string(base_names[base]));
	json_object_set_new(phys, "artifactLocation", art);
	if (p->line > 0) {
		reg = json_object();
		json_object_set_new(reg, "startLine", json_integer(p->line));
		if (p->col > 0) /* SARIF counts UTF-16 code units, the compiler bytes */
			json_object_set_new(reg, "startColumn",
					    json_integer(is_new && x->o && x->o->utf16_col ?
							 x->o->utf16_col(x->o->utf16_ctx, p->file,
									 p->line, p->col) : p->col));
		json_object_set_new(phys, "region", reg);
	}
	json_object_set_new(loc, "physicalLocation", phys);
	sbuf_release(&uri);
	return loc;
}

/* One codeFlow: the steps of one side's explanation. */
static json_t *code_flow(struct sarif_ctx *x, const char *title, const struct diff_step *v,
			 size_t n, int is_new)
{
	json_t *cf = json_object(), *tfs = json_array();
	json_t *tf = json_object(), *locs = json_array();
	for (size_t s = 0; s < n; s++) {
		json_t *tfl = json_object(), *loc = sloc(x, &v[s].pos, is_new);
		if (!loc)
			loc = json_object();
		json_object_set_new(loc, "message", msg(v[s].text));
		json_object_set_new(tfl, "location", loc);
		json_array_append_new(locs, tfl);
	}
	json_object_set_new(tf, "locations", locs);
	json_array_append_new(tfs, tf);
	json_object_set_new(cf, "message", msg(title));
	json_object_set_new(cf, "threadFlows", tfs);
	return cf;
}

/*
 * The explanation as codeFlows: the old path then the new one where the
 * item has both sides' (a changed explanation), else the one it has.
 */
static json_t *code_flows(struct sarif_ctx *x, const struct diff_item *it)
{
	json_t *flows = json_array();
	if (it->nold_steps)
		json_array_append_new(flows, code_flow(x, it->nnew_steps ? "was: old explanation" :
						       "old explanation", it->old_steps, it->nold_steps, 0));
	if (it->nnew_steps)
		json_array_append_new(flows, code_flow(x, it->nold_steps ? "now: new explanation" :
						       "new explanation", it->new_steps, it->nnew_steps, 1));
	return flows;
}

/* "was:" and "now:" paths in plain text, for a changed explanation's message. */
static void steps_text(struct sbuf *b, const char *title, const struct diff_step *v, size_t n)
{
	sbuf_addf(b, "\n%s", title);
	if (!n)
		sbuf_addstr(b, " (no explanation printed)");
	for (size_t s = 0; s < n; s++) {
		sbuf_addf(b, "\n  %s", v[s].text);
		if (v[s].pos.file)
			sbuf_addf(b, " at %s:%ld:%ld", v[s].pos.file, (long)v[s].pos.line,
				  (long)v[s].pos.col);
	}
}

/* A related location: where item it is, with its message; NULL without a position. */
static json_t *related(struct sarif_ctx *x, const struct diff_item *it, int id)
{
	json_t *loc = sloc(x, it->new_pos.file ? &it->new_pos : &it->old_pos, it->new_pos.file != NULL);
	if (!loc)
		return NULL;
	json_object_set_new(loc, "id", json_integer(id));
	json_object_set_new(loc, "message", msg(it->message));
	return loc;
}

/*
 * Root causes as relatedLocations: an escape caused by an inlining change
 * points at the inlined call; the inlining change lists its escapes.
 */
static json_t *related_locations(struct sarif_ctx *x, const struct diff_result *r, size_t i)
{
	const struct diff_item *it = &r->items[i];
	json_t *a = json_array(), *loc;
	int id = 0;
	if (it->cause && (loc = related(x, &r->items[it->cause - 1], id++)))
		json_array_append_new(a, loc);
	for (size_t j = 0; it->ncaused && j < r->n; j++)
		if (r->items[j].cause == i + 1 && (loc = related(x, &r->items[j], id++)))
			json_array_append_new(a, loc);
	if (!json_array_size(a)) {
		json_decref(a);
		return NULL;
	}
	return a;
}

static json_t *sresult(struct sarif_ctx *x, const struct diff_result *res, size_t i)
{
	const struct diff_item *it = &res->items[i];
	json_t *r = json_object(), *fp = json_object(), *props = json_object(), *rel;
	json_t *loc = sloc(x, it->new_pos.file ? &it->new_pos : &it->old_pos, it->new_pos.file != NULL);
	char id[64];
	snprintf(id, sizeof(id), "escviz/%s", diff_kind_name(it->kind));
	json_object_set_new(r, "ruleId", json_string(id));
	json_object_set_new(r, "ruleIndex", json_integer(it->kind));
	json_object_set_new(r, "level", json_string(it->regression ? "warning" : "note"));
	if (it->kind == DK_EXPLANATION) {
		struct sbuf t = SBUF_INIT;
		sbuf_addstr(&t, it->message);
		steps_text(&t, "was:", it->old_steps, it->nold_steps);
		steps_text(&t, "now:", it->new_steps, it->nnew_steps);
		json_object_set_new(r, "message", msg(t.buf));
		sbuf_release(&t);
	} else {
		json_object_set_new(r, "message", msg(it->message));
	}
	if (loc) {
		json_t *locs = json_array();
		json_array_append_new(locs, loc);
		json_object_set_new(r, "locations", locs);
	}
	/* GitHub reads only primaryLocationLineHash, and keeps a value given:
	 * the identity without positions keeps an alert across line moves. */
	json_object_set_new(fp, "primaryLocationLineHash", render_jstr(it->fingerprint));
	json_object_set_new(fp, "escvizIdentity/v2", render_jstr(it->fingerprint));
	json_object_set_new(r, "partialFingerprints", fp);
	if ((rel = related_locations(x, res, i)))
		json_object_set_new(r, "relatedLocations", rel);
	if (it->nold_steps || it->nnew_steps)
		json_object_set_new(r, "codeFlows", code_flows(x, it));
	json_object_set_new(props, "change", json_string(diff_change_name(it->change)));
	json_object_set_new(props, "regression", json_boolean(it->regression));
	if (res->profiled)
		json_object_set_new(props, "hot", json_boolean(it->hot));
	json_object_set_new(props, "package", render_jstr(it->package));
	json_object_set_new(props, "function",
			    *it->function ? render_jstr(it->function) : json_null());
	json_object_set_new(props, "subject", render_jstr(it->subject));
	if (it->cause)
		json_object_set_new(props, "cause", render_jstr(res->items[it->cause - 1].fingerprint));
	if (it->ncaused)
		json_object_set_new(props, "caused", json_integer((json_int_t)it->ncaused));
	json_object_set_new(r, "properties", props);
	return r;
}

int render_diff_sarif(FILE *out, const struct diff_result *r, const struct render_opts *o)
{
	json_t *log = json_object(), *runs = json_array(), *run = json_object();
	json_t *tool = json_object(), *driver = json_object(), *results = json_array();
	size_t kept = 0, left_regressions = 0;
	struct sarif_ctx x = { o, { NULL } };
	json_object_set_new(log, "$schema",
			    json_string("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"));
	json_object_set_new(log, "version", json_string("2.1.0"));
	json_object_set_new(driver, "name", json_string("escviz"));
	json_object_set_new(driver, "version", json_string(ESCVIZ_VERSION));
	json_object_set_new(driver, "informationUri", json_string(ESCVIZ_INFORMATION_URI));
	json_object_set_new(driver, "rules", rules());
	json_object_set_new(tool, "driver", driver);
	json_object_set_new(run, "tool", tool);
	json_object_set_new(run, "columnKind", json_string("utf16CodeUnits"));
	if (o && o->category && *o->category) {
		/* "category/": GitHub's category is the part before the last '/'. */
		json_t *ad = json_object();
		struct sbuf id = SBUF_INIT;
		sbuf_addstr(&id, o->category);
		if (id.buf[id.len - 1] != '/')
			sbuf_addch(&id, '/');
		json_object_set_new(ad, "id", render_jstr(id.buf));
		json_object_set_new(run, "automationDetails", ad);
		sbuf_release(&id);
	}
	/* Regressions first, then the rest, each in the diff's order. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < r->n; i++) {
			if (r->items[i].regression != (pass == 0))
				continue;
			if (kept == SARIF_MAX_RESULTS) {
				left_regressions += r->items[i].regression;
				continue;
			}
			json_array_append_new(results, sresult(&x, r, i));
			kept++;
		}
	json_object_set_new(run, "results", results);
	{
		/* %SRCROOT% stays unresolved: code scanning takes it as the repository's root. */
		json_t *bases = json_object();
		for (int b = BASE_GOROOT; b < BASE__COUNT; b++)
			if (x.base_uri[b]) {
				json_t *u = json_object();
				json_object_set_new(u, "uri", render_jstr(x.base_uri[b]));
				json_object_set_new(bases, base_names[b], u);
			}
		if (json_object_size(bases))
			json_object_set_new(run, "originalUriBaseIds", bases);
		else
			json_decref(bases);
		for (int b = 0; b < BASE__COUNT; b++)
			free(x.base_uri[b]);
	}
	if (o && o->repository && *o->repository) {
		json_t *vcp = json_array(), *v = json_object();
		json_object_set_new(v, "repositoryUri", render_jstr(o->repository));
		{ /* the repository's files are %SRCROOT%'s */
			json_t *m = json_object();
			json_object_set_new(m, "uriBaseId", json_string(base_names[BASE_SRCROOT]));
			json_object_set_new(v, "mappedTo", m);
		}
		if (r->new.commit && *r->new.commit)
			json_object_set_new(v, "revisionId", render_jstr(r->new.commit));
		json_array_append_new(vcp, v);
		json_object_set_new(run, "versionControlProvenance", vcp);
	}
	if (kept < r->n) {
		json_t *props = json_object();
		struct sbuf t = SBUF_INIT;
		sbuf_addf(&t, "%zu of %zu changes left out (GitHub keeps at most %d results of a"
			  " run): %zu regressions, %zu others; escviz diff --format json lists all",
			  r->n - kept, r->n, SARIF_MAX_RESULTS, left_regressions,
			  r->n - kept - left_regressions);
		json_object_set_new(props, "escvizLeftOut", json_integer((json_int_t)(r->n - kept)));
		json_object_set_new(props, "escvizLeftOutNote", render_jstr(t.buf));
		json_object_set_new(run, "properties", props);
		sbuf_release(&t);
	}
	json_array_append_new(runs, run);
	json_object_set_new(log, "runs", runs);
	return render_dump_json(out, log);
}
