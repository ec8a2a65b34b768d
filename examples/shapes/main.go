// Command shapes is a tiny program with one clear example of each common
// escape-analysis and inlining decision. Build it with
//
//	go build -gcflags='-m -m' .
//
// and feed the output to escviz.
package main

import "fmt"

// Counter is a small struct we hand out by pointer.
type Counter struct {
	n int
}

// Inc is small enough to be inlined.
func (c *Counter) Inc() { c.n++ }

// registry is a package-level variable: anything stored here escapes.
var registry []*Counter

// newCounter returns a pointer to a local variable: c is moved to the heap.
func newCounter() *Counter {
	c := Counter{}
	return &c
}

// first leaks its parameter to the result (but not to the heap).
func first(xs []*Counter) *Counter {
	return xs[0]
}

// register stores its argument in a global, so the parameter leaks to heap.
func register(c *Counter) {
	registry = append(registry, c)
}

// sum adds up a slice literal that never leaves this function.
func sum() int {
	nums := []int{1, 2, 3, 4} // does not escape
	t := 0
	for _, v := range nums {
		t += v
	}
	return t
}

// buffer allocates with a non-constant size, which must go to the heap.
func buffer(n int) []byte {
	return make([]byte, n)
}

// adder returns a closure that captures total by reference.
func adder() func(int) int {
	total := 0
	return func(d int) int {
		total += d
		return total
	}
}

// slow is never inlined because of the directive.
//
//go:noinline
func slow(a, b int) int { return a*b + 1 }

func main() {
	c := newCounter()
	c.Inc()
	register(c)

	local := Counter{n: 7}
	fmt.Println(local.n, sum()) // arguments are converted to interface{}: they escape

	add := adder()
	add(2)

	inc := c.Inc // method value
	inc()

	buf := buffer(slow(2, 3))
	fmt.Println(len(buf), first(registry).n, add(0))
}
