/* Joining a pprof profile to a build (analysis/profile_join.h). */
#include "analysis/profile_join.h"

#include <stdlib.h>
#include <string.h>

#include "common/strmap.h"
#include "common/util.h"
#include "common/xalloc.h"

/* One frame of a sample's stack: leaf first, inlined frames innermost first. */
struct frame {
	const char *function, *file;
	long line;
	long start_line;
	size_t loc;        /* index of its location in the stack */
	int outermost;     /* the last line of its location: where it physically runs */
};

static int is_runtime(const char *fn)
{
	return !strncmp(fn, "runtime.", 8) || !strncmp(fn, "internal/runtime/", 17) ||
	       !strncmp(fn, "runtime/internal/", 17);
}

/* The dot between a pprof function name's package and the rest, or NULL:
 * the first dot after the last slash ("example.com/p.(*T).M"). */
static const char *package_dot(const char *function)
{
	const char *slash = strrchr(function, '/');
	return strchr(slash ? slash : function, '.');
}

void prof_package_of(const char *function, struct sbuf *out)
{
	const char *dot = package_dot(function);
	sbuf_add(out, function, dot ? (size_t)(dot - function) : strlen(function));
}

/* The function's name without its package: "example.com/p.(*T).M" -> "(*T).M". */
static const char *bare_name(const char *function)
{
	const char *dot = package_dot(function);
	return dot ? dot + 1 : function;
}

/* Where a site physically runs: its location's outermost frame (an inlined
 * site runs in its caller), kept beside out->sites until they are joined. */
struct site_home {
	char *function;
	long start_line;
};

static int sample_index(const struct pprof_profile *p, const char *type)
{
	for (size_t i = 0; i < p->nsample_types; i++)
		if (!strcmp(pprof_str(p, p->sample_types[i].type), type))
			return (int)i;
	return -1;
}

static size_t stack(const struct pprof_profile *p, const struct pprof_sample *s, struct frame **fr,
		    size_t *alloc)
{
	size_t n = 0;
	for (size_t i = 0; i < s->nlocations; i++) {
		const struct pprof_location *l = pprof_location(p, s->location_ids[i]);
		for (size_t k = 0; l && k < l->nlines; k++) {
			const struct pprof_function *f = pprof_function(p, l->lines[k].function_id);
			VEC_GROW(*fr, n + 1, *alloc);
			(*fr)[n].function = f ? pprof_str(p, f->name) : "";
			(*fr)[n].file = f ? pprof_str(p, f->filename) : "";
			(*fr)[n].start_line = f ? f->start_line : 0;
			(*fr)[n].line = l->lines[k].line;
			(*fr)[n].loc = i;
			(*fr)[n].outermost = k + 1 == l->nlines;
			n++;
		}
	}
	return n;
}

/* Does the log's file name the profile's (absolute) file? By path suffix. */
static int same_file(const char *log, const char *prof)
{
	size_t n, m;
	while (!strncmp(log, "./", 2))
		log += 2;
	n = strlen(log);
	m = strlen(prof);
	if (!n || n > m || strcmp(prof + m - n, log))
		return 0;
	return m == n || prof[m - n - 1] == '/' || log[0] == '/';
}

/* Does verdict t look made by allocator a? */
static int made_by(const struct prof_target *t, const char *a)
{
	const char *s = t->subject;
	if (!strncmp(a, "runtime.makeslice", 17))
		return !strncmp(s, "make([]", 7);
	if (!strncmp(a, "runtime.makemap", 15))
		return !strncmp(s, "make(map", 8) || !strncmp(s, "map[", 4);
	if (!strcmp(a, "runtime.growslice"))
		return !strncmp(s, "append", 6);
	if (!strcmp(a, "runtime.newobject"))
		return !strcmp(t->kind, "moved_to_heap") || s[0] == '&' || !strncmp(s, "new(", 4);
	if (!strncmp(a, "runtime.conv", 12))
		return s[0] != '&' && strncmp(s, "make(", 5) && strncmp(s, "new(", 4) &&
		       strcmp(t->kind, "moved_to_heap");
	if (!strncmp(a, "runtime.slicebytetostring", 25) || !strncmp(a, "runtime.concatstring", 20) ||
	    !strncmp(a, "runtime.rawstring", 17))
		return !strncmp(s, "string(", 7) || strchr(s, '+') != NULL;
	return 0;
}

static int64_t join_site(const struct prof_site *site, const char *pkg,
			 const struct site_home *home, const struct prof_target *t, size_t nt,
			 const char **how)
{
	int64_t first = 0, kinded = 0;
	long first_col = 0, kinded_col = 0;
	const char *outer = bare_name(home->function);
	for (int pass = 0; pass < 2 && !first; pass++) {
		for (size_t i = 0; i < nt; i++) {
			long want = site->at_line;
			if (strcmp(t[i].package, pkg) || !same_file(t[i].file, site->at_file))
				continue;
			if (pass == 1) { /* lines moved: the same offset in the function */
				if (!t[i].function || strcmp(t[i].function, outer) || !t[i].func_line ||
				    !home->start_line)
					continue;
				want = t[i].func_line + (site->at_line - home->start_line);
			}
			if (t[i].line != want)
				continue;
			if (!first || t[i].col < first_col) {
				first = t[i].event_id;
				first_col = t[i].col;
			}
			if (made_by(&t[i], site->allocator) && (!kinded || t[i].col < kinded_col)) {
				kinded = t[i].event_id;
				kinded_col = t[i].col;
			}
		}
		if (first)
			*how = pass ? "offset" : "position";
	}
	return kinded ? kinded : first;
}

static void site_key(struct sbuf *k, const struct frame *f, const struct frame *outer,
		     const char *allocator)
{
	sbuf_reset(k);
	sbuf_addf(k, "%s\037%s\037%ld\037%s\037%ld\037%s", f->function, f->file, f->line,
		  outer->file, outer->line, allocator);
}

static int heap(const struct pprof_profile *p, const struct prof_target *t, size_t nt,
		struct prof_result *out, struct sbuf *err)
{
	int ib = sample_index(p, "alloc_space"), io = sample_index(p, "alloc_objects");
	struct strmap at = STRMAP_INIT;
	struct sbuf k = SBUF_INIT, pkg = SBUF_INIT;
	struct frame *fr = NULL;
	size_t falloc = 0, salloc = 0;
	struct site_home *home = NULL; /* per site */

	if (ib < 0)
		ib = sample_index(p, "inuse_space");
	if (io < 0)
		io = sample_index(p, "inuse_objects");
	if (ib < 0 && io < 0)
		return error_set(err, ESCVIZ_EUSAGE, "a heap profile without space or object counts");
	for (size_t i = 0; i < p->nsamples; i++) {
		const struct pprof_sample *s = &p->samples[i];
		size_t n = stack(p, s, &fr, &falloc), j = 0, o;
		int64_t bytes = ib >= 0 ? s->values[ib] : 0, objects = io >= 0 ? s->values[io] : 0;
		int64_t idx;
		out->total_bytes += bytes;
		out->total_objects += objects;
		while (j < n && is_runtime(fr[j].function))
			j++;
		if (j == n)
			continue; /* the runtime's own allocations: no site */
		for (o = j; o < n && !fr[o].outermost; o++)
			;
		site_key(&k, &fr[j], &fr[o], j ? fr[j - 1].function : "");
		if (!strmap_get(&at, k.buf, k.len, &idx)) {
			struct prof_site *st;
			VEC_GROW(out->sites, out->nsites + 1, salloc);
			home = xrealloc(home, salloc * sizeof(*home));
			st = &out->sites[out->nsites];
			memset(st, 0, sizeof(*st));
			st->function = xstrdup(fr[j].function);
			st->file = xstrdup(fr[j].file);
			st->line = fr[j].line;
			st->at_file = xstrdup(fr[o].file);
			st->at_line = fr[o].line;
			st->allocator = xstrdup(j ? fr[j - 1].function : "");
			home[out->nsites].function = xstrdup(fr[o].function);
			home[out->nsites].start_line = fr[o].start_line;
			idx = (int64_t)out->nsites++;
			strmap_put(&at, k.buf, k.len, idx);
		}
		out->sites[idx].bytes += bytes;
		out->sites[idx].objects += objects;
	}
	for (size_t i = 0; i < out->nsites; i++) {
		struct prof_site *st = &out->sites[i];
		/* The verdict is printed in the outermost frame's function, the
		 * caller an inlined site runs in, and in that function's package. */
		sbuf_reset(&pkg);
		prof_package_of(home[i].function, &pkg);
		st->event_id = join_site(st, pkg.buf, &home[i], t, nt, &st->how);
		free(home[i].function);
		if (st->event_id) {
			out->matched_bytes += st->bytes;
			out->matched_objects += st->objects;
		}
	}
	free(home);
	free(fr);
	strmap_release(&at);
	sbuf_release(&k);
	sbuf_release(&pkg);
	return 0;
}

static size_t func_slot(struct prof_result *out, struct strmap *idx, const struct frame *f,
			size_t *alloc, struct sbuf *k)
{
	int64_t i;
	sbuf_reset(k);
	sbuf_addf(k, "%s\037%s", f->function, f->file);
	if (strmap_get(idx, k->buf, k->len, &i))
		return (size_t)i;
	VEC_GROW(out->funcs, out->nfuncs + 1, *alloc);
	memset(&out->funcs[out->nfuncs], 0, sizeof(out->funcs[0]));
	out->funcs[out->nfuncs].function = xstrdup(f->function);
	out->funcs[out->nfuncs].file = xstrdup(f->file);
	out->funcs[out->nfuncs].line = f->start_line;
	strmap_put(idx, k->buf, k->len, (int64_t)out->nfuncs);
	return out->nfuncs++;
}

static int cpu(const struct pprof_profile *p, const struct prof_func_target *ft, size_t nft,
	       struct prof_result *out, struct sbuf *err)
{
	int iv = sample_index(p, "cpu");
	struct strmap fidx = STRMAP_INIT, cidx = STRMAP_INIT, seen = STRMAP_INIT;
	struct sbuf k = SBUF_INIT, pkg = SBUF_INIT;
	struct frame *fr = NULL;
	size_t falloc = 0, aalloc = 0, calloc_ = 0;

	if (iv < 0 && p->nsample_types)
		iv = (int)p->nsample_types - 1;
	if (iv < 0)
		return error_set(err, ESCVIZ_EUSAGE, "a CPU profile without sample values");
	for (size_t i = 0; i < p->nsamples; i++) {
		const struct pprof_sample *s = &p->samples[i];
		size_t n = stack(p, s, &fr, &falloc);
		int64_t v = s->values[iv];
		out->total_cpu += v;
		if (!n)
			continue;
		size_t leaf = func_slot(out, &fidx, &fr[0], &aalloc, &k); /* may move out->funcs */
		out->funcs[leaf].flat += v;
		strmap_clear(&seen);
		for (size_t j = 0; j < n; j++) {
			size_t f = func_slot(out, &fidx, &fr[j], &aalloc, &k);
			int64_t have;
			if (!strmap_get(&seen, (const char *)&f, sizeof(f), &have)) {
				strmap_put(&seen, (const char *)&f, sizeof(f), 1);
				out->funcs[f].cum += v;
			}
			if (j + 1 < n) { /* fr[j + 1] calls fr[j] at its line */
				const struct frame *c = &fr[j + 1];
				int64_t ci;
				sbuf_reset(&k);
				sbuf_addf(&k, "%s\037%s\037%ld\037%s", c->function, c->file, c->line,
					  fr[j].function);
				if (!strmap_get(&cidx, k.buf, k.len, &ci)) {
					struct prof_call *pc;
					VEC_GROW(out->calls, out->ncalls + 1, calloc_);
					pc = &out->calls[out->ncalls];
					memset(pc, 0, sizeof(*pc));
					pc->caller = xstrdup(c->function);
					pc->file = xstrdup(c->file);
					pc->line = c->line;
					pc->callee = xstrdup(fr[j].function);
					pc->inlined = c->loc == fr[j].loc;
					ci = (int64_t)out->ncalls++;
					strmap_put(&cidx, k.buf, k.len, ci);
				}
				/* once per sample: recursion would count it again */
				sbuf_addstr(&k, "\037seen");
				if (!strmap_get(&seen, k.buf, k.len, &have)) {
					strmap_put(&seen, k.buf, k.len, 1);
					out->calls[ci].cum += v;
				}
			}
		}
	}
	for (size_t i = 0; i < out->nfuncs; i++) {
		struct prof_func *f = &out->funcs[i];
		const char *bare = bare_name(f->function);
		sbuf_reset(&pkg);
		prof_package_of(f->function, &pkg);
		for (size_t j = 0; j < nft && !f->function_id; j++)
			if (!strcmp(ft[j].package, pkg.buf) && !strcmp(ft[j].name, bare))
				f->function_id = ft[j].function_id;
	}
	free(fr);
	strmap_release(&fidx);
	strmap_release(&cidx);
	strmap_release(&seen);
	sbuf_release(&k);
	sbuf_release(&pkg);
	return 0;
}

int prof_join(const struct pprof_profile *p, const struct prof_target *targets, size_t ntargets,
	      const struct prof_func_target *funcs, size_t nfuncs, struct prof_result *out,
	      struct sbuf *err)
{
	struct sbuf types = SBUF_INIT;
	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < p->nsample_types; i++)
		sbuf_addf(&types, "%s%s/%s", i ? "," : "", pprof_str(p, p->sample_types[i].type),
			  pprof_str(p, p->sample_types[i].unit));
	out->sample_types = sbuf_detach(&types, NULL);
	out->period_type = xstrdup(pprof_str(p, p->period_type.type));
	out->period = p->period;
	out->time_nanos = p->time_nanos;
	out->duration_nanos = p->duration_nanos;
	if (sample_index(p, "alloc_space") >= 0 || sample_index(p, "inuse_space") >= 0) {
		out->kind = PROF_HEAP;
		return heap(p, targets, ntargets, out, err);
	}
	if (sample_index(p, "cpu") >= 0) {
		out->kind = PROF_CPU;
		return cpu(p, funcs, nfuncs, out, err);
	}
	out->kind = PROF_OTHER;
	return error_set(err, ESCVIZ_EUSAGE,
			 "a profile of %s: escviz joins heap (alloc_space, inuse_space) and CPU "
			 "profiles", out->sample_types[0] ? out->sample_types : "no sample type");
}
