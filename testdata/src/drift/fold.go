package drift

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
)

const (
	warning = "this long constant is folded into its value by newer releases, which cut it when it is long"
	pre     = "<<"
	suf     = ">>"
)

// Folded: named string constants printed by name (old) or value (new, cut).
func Folded() {
	fmt.Println(warning)
}

func wrap(s string) string          { return pre + s + suf }
func wrapColon(s, t string) string  { return pre + s + ": " + t }
func wrapBoth(s, t string) []string { return []string{pre + s + suf, pre + s + ": " + t} }

// TwoAtOnce: two respellings at one position (both inlined at one call).
func TwoAtOnce(a, b string) []string {
	return wrapBoth(a, b)
}

// Wrapped: two inlined calls on one line, each respelled.
func Wrapped(a, b string) {
	fmt.Println(wrap(a), wrapColon(a, b))
}

// Replacer: a panic inside inlined strings.NewReplacer, boxed for panic.
func Replacer(pairs ...string) *strings.Replacer {
	return strings.NewReplacer(pairs...)
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// Sorted: sort.Sort inlined; its argument converted to sort.Interface.
func Sorted(xs []string) {
	sort.Sort(byLen(xs))
}

// NewBig: big.NewInt inlined: new(big.Int) (old) or &big.Int{...} (new).
func NewBig(x int64) {
	sink = big.NewInt(x)
}

// Deferred: defer and go arguments are kept in temporaries (.autotmp_N).
func Deferred(m map[string]int, k string) {
	r := strings.NewReplacer("a", "b", "c", "d")
	defer fmt.Println(m[k], len(k), r)
	go fmt.Println(k, m[k])
}

// Autotmp: results kept in temporaries across a call.
func Autotmp(m map[string][]int, k string) {
	for _, v := range m[k] {
		sink = fmt.Sprint(v, k)
	}
}

// Temps: a deferred call's arguments go through temporaries numbered
// after those of the inlined NewReplacer (.autotmp_N renumbered).
func Temps(n int) {
	r := strings.NewReplacer("a", "b")
	defer keep(new(int), r, n)
}

//go:noinline
func keep(p *int, r *strings.Replacer, n int) {
	sink = p
	sink = r
	sink = n
}
