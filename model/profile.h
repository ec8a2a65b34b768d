#ifndef ESCVIZ_MODEL_PROFILE_H
#define ESCVIZ_MODEL_PROFILE_H
/*
 * What a pprof profile says about a build (escviz profile): heap profiles
 * as allocating sites joined to the escape verdicts that made them, CPU
 * profiles as time per function and per call site.
 *
 * analysis/profile_join.c computes these from a decoded profile
 * (parser/pprof.h) and the build's verdicts (struct prof_target, read by
 * store/store_profile.c); the store writes and reads them back.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

enum prof_kind { PROF_HEAP, PROF_CPU, PROF_OTHER };
const char *prof_kind_name(enum prof_kind k);

/* A verdict of the build a heap site may be joined to. */
struct prof_target {
	int64_t event_id;
	char *package;    /* import path */
	char *kind;       /* heap_escape or moved_to_heap */
	char *subject;
	char *file;       /* as the log prints it */
	long line, col;
	char *function;   /* NULL: in no known function */
	long func_line;   /* its declaration (or extent) line, 0 unknown */
};

/* A function of the build a CPU sample may be joined to. */
struct prof_func_target {
	int64_t function_id;
	char *package, *name, *file;
	long line;        /* declaration line, 0 unknown */
	int inlinable;    /* 1, 0, -1 unknown */
	long cost, budget;
	char *reason;
};

/* Allocations of one site: the first frame outside the runtime. */
struct prof_site {
	char *function;   /* as the profile names it: example.com/p.F */
	char *file;       /* as the profile names it (absolute) */
	long line;
	char *at_file;    /* where the compiler reports it: the outermost frame */
	long at_line;     /* of the site's location (code inlined into a caller) */
	char *allocator;  /* runtime.newobject, runtime.makeslice, ... */
	int64_t bytes, objects;
	int64_t event_id; /* the verdict it is joined to, 0 none */
	const char *how;  /* "position", "offset" (lines moved), NULL none */
};

/* Time in one function (CPU) or at one call site. */
struct prof_func {
	char *function;
	char *file;
	long line;        /* the function's start line in the profile, 0 unknown */
	int64_t flat, cum;
	int64_t function_id; /* 0 none */
};

struct prof_call {
	char *caller, *file;
	long line;
	char *callee;
	int64_t cum;
	int inlined;      /* the callee ran inlined at this site */
};

struct prof_result {
	enum prof_kind kind;
	char *sample_types;  /* "alloc_objects/count,alloc_space/bytes,..." */
	char *period_type;
	int64_t period, time_nanos, duration_nanos;
	int64_t total_bytes, total_objects, matched_bytes, matched_objects;
	int64_t total_cpu;   /* nanoseconds */
	struct prof_site *sites;
	size_t nsites;
	struct prof_func *funcs;
	size_t nfuncs;
	struct prof_call *calls;
	size_t ncalls;
};

/* One profile attached to a build (escviz profile; the profiles table). */
struct profile_info {
	int64_t id;
	char *label, *path, *kind, *sample_types;
	int64_t total_bytes, total_objects, matched_bytes, matched_objects;
	int64_t total_cpu, duration_nanos;
	int64_t sites, functions; /* rows joined: heap sites, CPU functions */
};
void profile_infos_free(struct profile_info *v, size_t n);

/*
 * A call site the CPU profiles saw, to a function of the build the
 * compiler did not inline (escviz stats, report): "hot call to F not
 * inlined: cost 83 > 80" when cum is hot.
 */
struct prof_hot_call {
	char *caller, *file; /* as the profile names them */
	long line;
	int64_t caller_id;   /* the caller's function in the build, 0 none */
	char *callee;        /* the build's name of the callee: package.name */
	int64_t cum;         /* CPU time under the call, ns, over the profiles */
	long cost, budget;   /* -1 unknown */
	char *reason;        /* why not, as the compiler printed it; NULL none */
};

/* "hot call to F not inlined: cost 83 > 80" (or ": REASON"), into out. */
void prof_hot_call_describe(const struct prof_hot_call *c, struct sbuf *out);
void prof_hot_calls_free(struct prof_hot_call *v, size_t n);

/* What a build's profiles add up to, per kind (escviz report). */
struct prof_totals {
	int64_t heap_profiles, cpu_profiles;
	int64_t total_bytes, total_objects;     /* heap profiles */
	int64_t matched_bytes, matched_objects; /* of them, joined to a verdict */
	int64_t total_cpu;                      /* CPU profiles, ns */
};

void prof_target_release(struct prof_target *t);
void prof_func_target_release(struct prof_func_target *t);
void prof_result_release(struct prof_result *r);

#endif
