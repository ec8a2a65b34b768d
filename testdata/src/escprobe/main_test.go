package main

import "testing"

func TestFact(t *testing.T) {
	if got := fact(5); got != 120 {
		t.Fatalf("fact(5) = %d, want 120", got)
	}
	p := newPoint(3, -4)
	if p.Dist() != 7 {
		t.Errorf("Dist = %d", p.Dist())
	}
}
