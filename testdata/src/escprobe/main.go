// Command escprobe exercises many escape-analysis and inlining diagnostics
// of the Go compiler. Its output with -gcflags='-m' / '-m -m' is used as
// golden test data for escviz. The program is meant to compile, not to be
// useful.
package main

import (
	"fmt"
	"os"
	"strings"

	"example.com/escprobe/store"
)

// Point is a small value type.
type Point struct{ X, Y int }

// Dist is small and inlinable.
func (p Point) Dist() int { return abs(p.X) + abs(p.Y) }

// Move has a pointer receiver; used as a method value below.
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var (
	sink    interface{}
	global  *Point
	points  []*Point
	handler func()
)

// newPoint returns the address of a local: p is moved to the heap.
func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

// keep stores its parameter in a global: leaking param to heap.
func keep(p *Point) { global = p }

// pass returns its parameter: leaking param to result.
func pass(p *Point) *Point { return p }

// deref leaks what its parameter points to (leaking param content).
func deref(pp **Point) *Point { return *pp }

// collect appends pointers to a global slice.
func collect(ps ...*Point) {
	for _, p := range ps {
		points = append(points, p)
	}
}

// fact is recursive and therefore never inlined.
func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

// noInline is small but marked so the inliner skips it.
//
//go:noinline
func noInline(a int) int { return a + 1 }

// complexFn is far too expensive to inline.
func complexFn(xs []int) (int, string) {
	total := 0
	var sb strings.Builder
	for i, x := range xs {
		switch {
		case x%15 == 0:
			sb.WriteString("fizzbuzz")
			total += x * 3
		case x%5 == 0:
			sb.WriteString("buzz")
			total += x * 2
		case x%3 == 0:
			sb.WriteString("fizz")
			total += x
		default:
			sb.WriteString(fmt.Sprint(i))
			total -= x
		}
		if total > 1000 {
			total /= 2
		}
	}
	return total, sb.String()
}

// bigArrays allocates values too large for the stack.
func bigArrays(n int) int {
	var big [16 << 20]byte // moved to heap: too large for stack
	big[n] = 1
	buf := make([]byte, 1<<17) // escapes: too large for stack
	buf[n] = big[n]
	dyn := make([]int, n) // non-constant size
	return len(buf) + len(dyn)
}

// maps and slice literals.
func literals() int {
	m := map[string]int{"a": 1, "b": 2} // does not escape
	s := []Point{{1, 2}, {3, 4}}        // does not escape
	ps := []*Point{{5, 6}}              // &Point literal escapes via collect
	collect(ps...)
	keys := map[string]*Point{"k": {7, 8}}
	sink = keys // map escapes through interface
	return m["a"] + s[1].X
}

// goroutinesAndDefer starts a goroutine and uses defer.
func goroutinesAndDefer() {
	done := make(chan bool)
	p := &Point{1, 1}
	go func() {
		p.Move(1, 1)
		done <- true
	}()
	defer fmt.Println("deferred", p.X)
	defer func() { global = p }()
	<-done
}

func main() {
	p := newPoint(1, 2)
	keep(p)
	q := pass(&Point{3, 4})
	r := deref(&q)
	sink = r.Dist() // interface conversion

	move := p.Move // method value
	move(1, 1)
	handler = func() { move(2, 2) }

	fmt.Println(fact(5), noInline(1), bigArrays(3), literals())
	total, s := complexFn([]int{1, 3, 5, 15})
	fmt.Printf("%d %s %v\n", total, s, *p)

	closures()
	goroutinesAndDefer()
	tricky()

	st := store.New()
	it := &store.Item{Key: "a", Value: 1, Tags: []string{"t"}}
	st.Put(it)
	st.Write([]byte("hello world"))
	_ = st.Consume(2, 5)
	fmt.Println(st.Len(), store.TagOf(st.Get("a")), store.Identity(it).Value, st.Keys())

	if len(os.Args) > 5 {
		handler()
	}
}
