//go:build !variant

package main

func wrap(n int) *point { return mk(n + 1) }
