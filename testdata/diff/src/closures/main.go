// Package main has a closure that is inlined into another function, so the
// compiler compiles a copy whose name drifts between Go releases.
package main

import "fmt"

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	f := adder(3)
	g := func() int { return f(1) }
	fmt.Println(f(2), g())
}
