package main

import "fmt"

// closures covers captures by reference and by value, and nested closures.
func closures() {
	byValue := 10 // never reassigned: captured by value
	byRef := 0    // reassigned inside the closure: captured by reference
	f := func() int {
		byRef += byValue
		return byRef
	}
	f()

	outer := func(n int) func() int {
		count := n
		return func() int { // nested closure: closures.func2.func1
			count++
			return count
		}
	}
	next := outer(3)
	next()

	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, func() int { return i * byValue })
	}
	handler = func() { // escapes: stored in a global
		inner := func() { byRef++ } // nested closure: closures.func4.func1
		inner()
	}
	fmt.Println(byRef, next(), len(fns))
}
