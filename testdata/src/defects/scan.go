package main

// A method of a pointer receiver that passes its argument on to another
// method: go1.19 prints the call as `(*T).store(t, src) (call parameter)`,
// a callee whose name itself starts with a parenthesis.

var sink []*T

type T struct {
	data []byte
	next *T
}

//go:noinline
func (t *T) store(src []byte) {
	t.data = src
	sink = append(sink, t)
}

// Scan passes src on to (*T).store.
func (t *T) Scan(src []byte) {
	for i := 0; i < 3; i++ {
		t.next = t
	}
	t.store(src)
}

func main() {
	t := &T{}
	t.Scan(make([]byte, 8))
	println(Name(), len(sink))
}
