


// Package main is the "before" side of the diff tests: after/ changes it in
// three places, shifted/ only inserts blank lines at the top.
package main

import (
	"fmt"
	"os"
)

type Point struct{ X, Y int }

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

var sink *Point

var last int

func newPoint(x, y int) Point {
	p := Point{x, y}
	return p
}

func store(p *Point) {
	sink = p
}

func remember(v int) {
	last = v
}

func total(s Shape) int { return s.Area() }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(p *Point) *Point {
	return p
}

func main() {
	p := newPoint(1, 2)
	q := &Point{3, 4}
	store(q)
	remember(p.X)
	r := keep(&Point{5, 6})
	fmt.Fprintln(os.Stderr, p.X, total(Rect{2, 3}), sum([]int{1, 2, 3}), r.Y)
}
