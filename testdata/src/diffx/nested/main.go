// Package main: two levels of inlining at one call site (main -> wrap ->
// mk); with -tags variant wrap is //go:noinline (wrap_variant.go).
package main

type point struct{ x, y int }

var sink interface{}

func mk(n int) *point { return &point{n, n} }

func main() { sink = wrap(2) }
