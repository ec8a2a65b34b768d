//go:build variant

package main

// bsink is a string: string(src) is only converted (one verdict).
var bsink string

//go:noinline
func newPoint(x, y int) *point {
	p := &point{x, y}
	return p
}
