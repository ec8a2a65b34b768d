// Package main is escviz's probe for root causes, changed explanations and
// identical verdicts at one position (testdata/diffx/README.md).
package main

import "strconv"

type point struct{ x, y int }

var sink interface{}

// Ftoa calls strconv.FormatFloat, which go1.19 does not inline and go1.23
// does: the allocations of FormatFloat's body are then printed in Ftoa, at
// the call's position.
func Ftoa(f float64) string {
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// Use calls newPoint, inlined unless built with -tags variant.
func Use(n int) {
	q := newPoint(n, n+1)
	sink = q
	sink = Ftoa(float64(n))
}

// Bytes converts and boxes at one column: two verdicts for string(src).
func Bytes(src []byte) {
	bsink = string(src)
}

// Chain: p escapes through an assignment chain whose words differ.
func Chain(n int) *point {
	p := &point{n, n}
	q := p
	return q
}

func main() {
	Use(3)
	Bytes([]byte("x"))
	sink = Chain(1)
}
