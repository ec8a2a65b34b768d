//go:build variant

package main

//go:noinline
func wrap(n int) *point { return mk(n + 1) }
