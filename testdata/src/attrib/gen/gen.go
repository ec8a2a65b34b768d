// Package gen is imported by attrib: its generic Apply is instantiated, and
// its inlinable Counter inlined, inside attrib's compilation.
package gen

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Counter() func() int {
	n := 0
	return func() int { n++; return n }
}
