#include "common/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "common/xalloc.h"

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
		e->key = xmemdupz(key, len);
		e->len = len;
		m->count++;
	}
	e->value = value;
}

void strmap_clear(struct strmap *m)
{
	if (!m->count)
		return; /* cleared already: no walk over a table that once grew large */
	for (size_t i = 0; i < m->cap; i++) {
		free(m->slots[i].key);
		m->slots[i].key = NULL;
		m->slots[i].hash = 0;
	}
	m->count = 0;
}

void strmap_release(struct strmap *m)
{
	strmap_clear(m);
	free(m->slots);
	m->slots = NULL;
	m->cap = 0;
}
