package drift

import "fmt"

type pair struct {
	a, b string
}

// Long: a composite literal long enough to be cut with "...".
func Long() interface{} {
	return &pair{a: "a long string literal for the first field", b: "and another rather long one for the second field"}
}

// Raw: raw and quoted string literals passed as interfaces.
func Raw() {
	fmt.Println(`a raw string`)
	fmt.Println("a \"quoted\" string")
	fmt.Printf(`%d raw format\n`, 3)
}

// Two: two boxings at one position.
func Two(x int, s string) {
	fmt.Println(x, s)
}

// Swap: a tuple assignment (flow assign / assign-pair).
func Swap(p, q *int) (*int, *int) {
	var a, b *int
	a, b = q, p
	sink = a
	return a, b
}

// Tmp: temporaries introduced by the compiler (.autotmp_N).
func Tmp(xs []string) string {
	s := ""
	for _, x := range xs {
		s += fmt.Sprint(x, len(x))
	}
	return s
}
