//go:build !variant

package main

// bsink boxes: string(src) is converted and then boxed (two verdicts).
var bsink interface{}

func newPoint(x, y int) *point {
	p := &point{x, y}
	return p
}
