//go:build go1.18
// +build go1.18

package main

import "fmt"

// Number is the constraint for Sum.
type Number interface {
	~int | ~int64 | ~float64
}

// Map applies f to every element of xs.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Sum adds up xs.
func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

// Box is a generic container with a pointer method.
type Box[T any] struct {
	items []T
}

// Add appends v; the receiver's slice content leaks.
func (b *Box[T]) Add(v T) *Box[T] {
	b.items = append(b.items, v)
	return b
}

func init() {
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i) })
	b := &Box[*Point]{}
	b.Add(&Point{1, 2}).Add(newPoint(3, 4))
	fmt.Println(strs, Sum([]float64{1.5, 2.5}), len(b.items))
}
