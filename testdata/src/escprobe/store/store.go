// Package store is the sub-package of escprobe: a tiny keyed store whose
// methods exercise cross-package inlining and parameter leaks.
package store

// Item is one stored value.
type Item struct {
	Key   string
	Value int
	Tags  []string
}

// Store keeps items by key plus a scratch byte buffer.
type Store struct {
	items map[string]*Item
	buf   []byte
	log   []*Item
}

// New returns a pointer to a fresh Store (the composite literal escapes).
func New() *Store {
	return &Store{items: make(map[string]*Item)}
}

// Put stores it in the map, so the parameter leaks to the heap.
func (s *Store) Put(it *Item) {
	s.items[it.Key] = it
	s.log = append(s.log, it)
}

// Get leaks the map contents to its result.
func (s *Store) Get(key string) *Item {
	return s.items[key]
}

// Len is a trivially inlinable method.
func (s *Store) Len() int { return len(s.items) }

// Write appends to the scratch buffer.
func (s *Store) Write(p []byte) {
	s.buf = append(s.buf, p...)
}

// Consume drops the first n bytes; this is a self-assignment the escape
// analysis explicitly ignores.
func (s *Store) Consume(n, m int) []byte {
	out := s.buf[:n]
	s.buf = s.buf[n:m]
	return out
}

// Keys builds a fresh slice of keys; the result escapes.
func (s *Store) Keys() []string {
	keys := make([]string, 0, len(s.items))
	for k := range s.items {
		keys = append(keys, k)
	}
	return keys
}

// Identity leaks its parameter to the result only.
func Identity(it *Item) *Item { return it }

// TagOf leaks the content of its parameter (the Tags slice) to the result.
func TagOf(it *Item) string {
	if len(it.Tags) == 0 {
		return ""
	}
	return it.Tags[0]
}
