package attrib

import (
	"fmt"

	"example.com/attrib/gen"
)

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.n++ }

func (l List[T]) Len() int { return l.n }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

type Map[K comparable, V any] struct{ m map[K]V }

func (m *Map[K, V]) Put(k K, v V) {
	if m.m == nil {
		m.m = make(map[K]V)
	}
	m.m[k] = v
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func UseGenerics() int {
	var l List[int]
	l.Push(1)
	l.Push(2)
	sum := 0
	l.Each(func(v int) { sum += v })
	var m Map[string, *int]
	m.Put("a", &sum)
	ks := Keys(map[string]int{"k": 1})
	strs := gen.Apply([]int{1, 2}, func(i int) string { return fmt.Sprint(i) })
	return sum + len(ks) + len(strs) + l.Len()
}

// adder is inlinable and returns a closure: inlining it into Inlined makes
// a copy of the closure (go1.27 names it with a #hash=# suffix).
func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func Inlined() int {
	f := adder(1)
	g := gen.Counter()
	return f(2) + g()
}

// Holder.Get is inlinable and returns a closure whose parameter leaks to
// its result: inlining Get into Apply copies the closure, and go1.27 names
// the copy (*Holder).Get.func1#HASH=# in its leak lines.
type Holder struct{ fn func(p *int) *int }

func (h *Holder) Get() func(p *int) *int {
	if h.fn != nil {
		return h.fn
	}
	return func(p *int) *int { return p }
}

func (h *Holder) Apply(x *int) *int {
	f := h.Get()
	return f(x)
}
