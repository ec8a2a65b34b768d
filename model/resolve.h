#ifndef ESCVIZ_MODEL_RESOLVE_H
#define ESCVIZ_MODEL_RESOLVE_H
/*
 * The one function-name resolver, used by why, ls, funcs, graph, report
 * and diff: what the user typed (`newPoint`, `(*T).M`, `pkg/path.F`,
 * `main.F`, `F.func1`, a unique suffix after a `.` or `/`, a generic
 * function without its type arguments) against a build's functions.
 *
 * Tiers, first match wins: the exact name; the qualified name
 * (`path.name`); a suffix of the qualified name that starts after a `.`
 * or `/` (so `Put` finds `(*Store).Put`, `store.Put` finds
 * `example.com/store.(*Store).Put`); the same three without generic type
 * arguments.  A tier that matches functions of more than one identity is
 * ambiguous; the same identity in several variants of one package (test
 * builds) or several instantiations of one generic function is one.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/sbuf.h"

struct func_cand {
	int64_t id;
	char *key;  /* package path "." name: what the user would type to pick it */
	char *name; /* the short name, for "did you mean" */
};

void func_cands_free(struct func_cand *c, size_t n);

/*
 * Resolve spec against the n candidates of build.  Returns 0 with *ids
 * (malloc'd, in candidate order) and *n_ids; ESCVIZ_ENOTFOUND with a
 * message naming close candidates; ESCVIZ_EUSAGE for an ambiguous name,
 * listing the candidates.
 */
int func_resolve(const struct func_cand *c, size_t n, const char *spec, int64_t build,
		 int64_t **ids, size_t *n_ids, struct sbuf *err);

/* name without generic type arguments (`F[int]` -> `F`); malloc'd. */
char *model_strip_targs(const char *name);
/* q ends with spec, and spec starts right after one of seps in q. */
int model_suffix_at(const char *q, const char *spec, const char *seps);
/* Append ", "-separated distinct keys, quoted, at most 8 (sorts keys). */
void model_list_keys(struct sbuf *msg, char **keys, size_t n);
/* Append "; close candidates: ..." for the names close to spec, if any. */
void model_suggest(struct sbuf *msg, const char *spec, char **names, size_t n);
/* Sort strings (n may be 0). */
void model_sort_strs(char **v, size_t n);

#endif
