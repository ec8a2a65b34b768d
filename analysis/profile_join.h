#ifndef ESCVIZ_ANALYSIS_PROFILE_JOIN_H
#define ESCVIZ_ANALYSIS_PROFILE_JOIN_H
/*
 * Joining a pprof profile to a build (no SQL, no I/O).
 *
 * Heap profiles (alloc_space/alloc_objects, else inuse_*): each sample's
 * allocating site is the first frame, leaf first and inlined frames
 * innermost first, outside the runtime (runtime.mallocgc, newobject,
 * makeslice, growslice, convT*, ...).  The compiler reports code inlined
 * into a caller at the call site in the caller, so the site is looked up
 * at the outermost frame of its location: the same package, a log file
 * that is a path suffix of the profile's file, the same line; among
 * several verdicts on that line the one the allocator made (makeslice:
 * make([]...), growslice: append, newobject: &T{...}/new(T)/moved to
 * heap, ...), else the first by column.  When no verdict is on that line
 * (the profile was taken at another commit), the site's line offset from
 * its function's start is looked up in the build's function of that name.
 *
 * CPU profiles: flat time per function (the innermost frame of each
 * sample), cumulative time per function (once per sample) and per call
 * site (caller file:line -> callee), with whether the callee ran inlined.
 */
#include <stddef.h>

#include "common/sbuf.h"
#include "model/profile.h"
#include "parser/pprof.h"

/*
 * Fill out from p.  targets: the build's heap verdicts; funcs: its
 * functions.  0, or ESCVIZ_EUSAGE when p has nothing escviz can use.
 */
int prof_join(const struct pprof_profile *p, const struct prof_target *targets, size_t ntargets,
	      const struct prof_func_target *funcs, size_t nfuncs, struct prof_result *out,
	      struct sbuf *err);

/* The import path of a function as pprof names it: "example.com/p.(*T).M" -> "example.com/p". */
void prof_package_of(const char *function, struct sbuf *out);

#endif
