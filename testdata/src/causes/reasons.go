package causes

// Code that makes the compiler print reasons causes.go does not, one
// function each, for testdata/causes/reasons.txt (tests/gen-cause-reasons.sh).

import (
	"reflect"
	"unsafe"
)

var (
	sinkP   *int
	sinkU   unsafe.Pointer
	sinkMap map[*int]bool
)

// map literal key
func MapKey() {
	x := 1
	sinkMap = map[*int]bool{&x: true}
}

// assign-pair-mapr
func MapRead(m map[string]*int) {
	v, ok := m["k"]
	if ok {
		sinkP = v
	}
}

// assign-pair-receive
func Receive(ch chan *int) {
	v, ok := <-ch
	if ok {
		sinkP = v
	}
}

// selrecv (Go <= 1.15)
func Select(ch chan *int) {
	select {
	case v := <-ch:
		sinkP = v
	default:
	}
}

// assign-pair-dot-type
func DotType(i interface{}) {
	v, ok := i.(*int)
	if ok {
		sinkP = v
	}
}

// conversion to unsafe.Pointer
func ToUnsafe(p *int) {
	sinkU = unsafe.Pointer(p)
}

// reflect.Header.Data
func HeaderData(p *int, s []byte) {
	h := (*reflect.SliceHeader)(unsafe.Pointer(&s))
	h.Data = uintptr(unsafe.Pointer(p))
	sinkU = unsafe.Pointer(h)
}

// callee operand (Go 1.22+)
func GoCall(f func()) {
	go f()
}

// range
func RangePtrs(ps []*int) {
	for _, p := range ps {
		sinkP = p
	}
}

// zero-sized element (Go 1.27)
func ZeroSized(n int) int {
	s := make([]struct{}, n)
	return len(s)
}
