// Package causes has one function per cause of escaping that
// docs/causes.md names, for tests/cli/causes.sh.  The cause each escape
// should get is written by hand in testdata/causes/expected.tsv, from
// this source, not from escviz.
package causes

import (
	"fmt"
)

type T struct{ a, b int }

type Box struct{ p *int }

var (
	sinkT   *T
	sinkAny interface{}
	sinkBox Box
	saved   []*int
)

// address: the address of a local is returned.
func AddrReturn() *int {
	x := 1
	return &x
}

// address: a composite literal's address is returned.
func NewReturn() *T {
	return &T{1, 2}
}

// address: the address of a local is stored in a global.
func AddrGlobal() {
	t := T{1, 2}
	sinkT = &t
}

// address: a parameter is returned (it leaks to the result).
func Identity(p *T) *T {
	return p
}

// address: a parameter is stored in a global.
func StoreParam(p *T) {
	sinkT = p
}

// closure: a local captured by a closure that is returned.
func Counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// goroutine: a pointer sent on a channel.
func SendPtr(ch chan *int) {
	v := 42
	ch <- &v
}

// goroutine: a pointer handed to a new goroutine.
func GoArg(done chan bool) {
	t := &T{1, 2}
	go func() {
		t.a++
		done <- true
	}()
}

// interface: a value passed to fmt.Println (...interface{}).
func PrintArg(x int) {
	fmt.Println(x)
}

// interface: a value stored in an interface variable that escapes.
func IfaceStore(v int) {
	sinkAny = v
}

// composite: the address of a local stored in a slice literal that is returned.
func SliceOfPtr() []*int {
	x := 1
	return []*int{&x}
}

// composite: the address of a local stored in a struct field of a global.
func FieldStore() {
	y := 2
	sinkBox = Box{p: &y}
}

// composite: the address of a local put in a map that is a parameter.
func MapPut(m map[string]*int) {
	z := 3
	m["z"] = &z
}

// size: an array too large for the stack.
func BigArray() byte {
	var buf [20 << 20]byte
	buf[1] = 1
	return buf[len(buf)/2]
}

// size: a make with a size that is not a constant.
func MakeVar(n int) int {
	s := make([]int, n)
	s[0] = 1
	return len(s)
}

//go:noinline
func keep(p *int) {
	saved = append(saved, p)
}

// callee: the address of a local passed to a function whose parameter leaks.
func PassToKeep() {
	w := 4
	keep(&w)
}

// Writer keeps what it is given.
type Writer struct{ chunks [][]byte }

// Write is not inlined: its parameter leaks.
//go:noinline
func (w *Writer) Write(p []byte) {
	w.chunks = append(w.chunks, p)
}

// callee: a new slice passed to a method the compiler does not inline.
func WriteString(w *Writer, s string) {
	b := []byte(s)
	w.Write(b)
}

// interface and callee (mixed): a pointer to a local passed as an error.
type errT struct{ msg string }

func (e *errT) Error() string { return e.msg }

var lastErr error

//go:noinline
func report(err error) {
	lastErr = err
}

func Fail(msg string) {
	e := errT{msg}
	report(&e)
}
