#ifndef ESCVIZ_STRMAP_H
#define ESCVIZ_STRMAP_H
/*
 * struct strmap: a hash map from byte strings to 64-bit values, used to
 * intern names (files, packages, functions) into database ids.
 *
 * Keys are copied into the map, so callers may pass spans into a reused line
 * buffer.  Keys may contain NUL bytes.  Memory grows with the number of
 * distinct keys only.  strmap_release() is safe on STRMAP_INIT.  The copies
 * are packed into blocks the map owns (one malloc for many keys, freed
 * together by strmap_clear()), since maps of short-lived keys are hot.
 */
#include <stddef.h>
#include <stdint.h>

struct strmap_entry {
	char *key;     /* owned copy, NUL-terminated after len bytes */
	size_t len;
	uint64_t hash;
	int64_t value;
};

struct strmap_block; /* strmap.c */

struct strmap {
	struct strmap_entry *slots; /* open addressing, linear probing */
	size_t cap;                 /* power of two, or 0 */
	size_t count;
	struct strmap_block *keys;  /* where the keys' copies are, newest first */
};

#define STRMAP_INIT { NULL, 0, 0, NULL }

void strmap_release(struct strmap *m);
/* Find key: returns 1 and sets *value, or 0 when absent. */
int strmap_get(const struct strmap *m, const char *key, size_t len, int64_t *value);
/* Insert or overwrite key. */
void strmap_put(struct strmap *m, const char *key, size_t len, int64_t value);
/* Remove every entry, keeping the allocation. */
void strmap_clear(struct strmap *m);

#endif
