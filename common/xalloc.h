#ifndef ESCVIZ_XALLOC_H
#define ESCVIZ_XALLOC_H
/*
 * Allocation that never returns NULL.
 *
 * escviz is an application, not a public library: running out of memory is
 * not an error path worth threading through every function (see
 * docs/conventions.md, rule 7).  These wrappers check size arithmetic for
 * overflow and, when the allocator fails, print
 * "escviz: out of memory (N bytes)" and abort().
 */
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* Copy n bytes of s and add a NUL; s need not be NUL-terminated. */
char *xmemdupz(const void *s, size_t n);
/* a * b, aborting on overflow. */
size_t st_mult(size_t a, size_t b);
/* a + b, aborting on overflow. */
size_t st_add(size_t a, size_t b);

/*
 * Grow the array ptr (holding nr items, room for alloc) so that it can hold
 * at least want items.  Amortised doubling, as git's ALLOC_GROW.
 */
#define VEC_GROW(ptr, want, alloc)                                             \
	do {                                                                   \
		if ((size_t)(want) > (alloc)) {                                \
			size_t vec_n_ = (alloc) ? (alloc) : 8;                 \
			while (vec_n_ < (size_t)(want))                        \
				vec_n_ = st_mult(vec_n_, 2);                   \
			(ptr) = xrealloc((ptr), st_mult(vec_n_, sizeof(*(ptr)))); \
			(alloc) = vec_n_;                                      \
		}                                                              \
	} while (0)

#endif
