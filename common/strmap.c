#include "common/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

/* A block of key copies: used bytes of size after the header. */
struct strmap_block {
	struct strmap_block *next; /* older */
	size_t used, size;
	char bytes[];
};

#define KEYS_FIRST 1024u        /* a new map's first block */
#define KEYS_MAX (64u << 10)    /* blocks grow by doubling up to this */

static struct strmap_block *new_block(size_t size)
{
	struct strmap_block *b = xmalloc(st_add(sizeof(*b), size));
	b->used = 0;
	b->size = size;
	return b;
}

/* A NUL-terminated copy of key in m's blocks. */
static char *copy_key(struct strmap *m, const char *key, size_t len)
{
	struct strmap_block *b = m->keys;
	char *c;
	if (len >= KEYS_MAX / 4) {
		/* a long key: a block of its own, behind the one being filled */
		b = new_block(len + 1);
		b->next = m->keys ? m->keys->next : NULL;
		if (m->keys)
			m->keys->next = b;
		else
			m->keys = b;
	} else if (!b || b->size - b->used < len + 1) {
		size_t size = !b ? KEYS_FIRST : b->size < KEYS_MAX / 2 ? b->size * 2 : KEYS_MAX;
		b = new_block(size);
		b->next = m->keys;
		m->keys = b;
	}
	c = b->bytes + b->used;
	memcpy(c, key, len);
	c[len] = '\0';
	b->used += len + 1;
	return c;
}

/* Eight bytes at a time: keys are long (paths, expressions), and this is hot. */
static uint64_t hash_bytes(const char *s, size_t n)
{
	const uint64_t k = 0x9e3779b97f4a7c15ULL;
	uint64_t h = n * k, w;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	if (i < n) {
		w = 0;
		memcpy(&w, s + i, n - i);
		h = (h ^ w) * k;
	}
	/* murmur3's finaliser: every input bit reaches the low bits the table uses */
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h ? h : 1; /* 0 marks an empty slot */
}

static struct strmap_entry *find_slot(struct strmap_entry *slots, size_t cap,
				      const char *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);
	for (;;) {
		struct strmap_entry *e = &slots[i];
		if (!e->hash)
			return e;
		if (e->hash == h && e->len == len && !memcmp(e->key, key, len))
			return e;
		i = (i + 1) & (cap - 1);
	}
}

static void rehash(struct strmap *m, size_t newcap)
{
	struct strmap_entry *slots = xcalloc(newcap, sizeof(*slots));
	for (size_t i = 0; i < m->cap; i++) {
		struct strmap_entry *e = &m->slots[i];
		if (e->hash)
			*find_slot(slots, newcap, e->key, e->len, e->hash) = *e;
	}
	free(m->slots);
	m->slots = slots;
	m->cap = newcap;
}

int strmap_get(const struct strmap *m, const char *key, size_t len, int64_t *value)
{
	struct strmap_entry *e;
	if (!m->cap)
		return 0;
	e = find_slot(m->slots, m->cap, key, len, hash_bytes(key, len));
	if (!e->hash)
		return 0;
	*value = e->value;
	return 1;
}

void strmap_put(struct strmap *m, const char *key, size_t len, int64_t value)
{
	uint64_t h = hash_bytes(key, len);
	struct strmap_entry *e;

	if ((m->count + 1) * 4 >= m->cap * 3)
		rehash(m, m->cap ? st_mult(m->cap, 2) : 64);
	e = find_slot(m->slots, m->cap, key, len, h);
	if (!e->hash) {
		e->hash = h;
		e->key = copy_key(m, key, len);
		e->len = len;
		m->count++;
	}
	e->value = value;
}

/* Free m's key blocks but the newest (with keep), which is emptied. */
static void free_keys(struct strmap *m, int keep)
{
	struct strmap_block *b = m->keys, *next;
	if (keep && b) {
		b->used = 0;
		next = b->next;
		b->next = NULL;
		b = next;
	} else {
		m->keys = NULL;
	}
	for (; b; b = next) {
		next = b->next;
		free(b);
	}
}

void strmap_clear(struct strmap *m)
{
	if (!m->count)
		return; /* cleared already: no walk over a table that once grew large */
	memset(m->slots, 0, m->cap * sizeof(*m->slots));
	free_keys(m, 1);
	m->count = 0;
}

void strmap_release(struct strmap *m)
{
	strmap_clear(m);
	free_keys(m, 0);
	free(m->slots);
	m->slots = NULL;
	m->cap = 0;
}
