// Package prof, the next commit of ../prof (escviz diff --fail-on hot):
// warmMix, hot in ../prof's CPU profile, now keeps a pointer to its hash
// (moved to heap: h, a regression in hot code), and checkSize, which the
// profile never saw run, returns a new error value (a cold regression).
//
// Package prof is the profiling probe of escviz issue 11: one call of
// Iterate allocates on the heap at three known sites in known proportions
//
//	site A  siteA     make([]byte, 4096)   1 x 4096 B = 4096 B  (escapes to heap)
//	site B  siteB     var blk Block (512)  4 x  512 B = 2048 B  (moved to heap)
//	site C  newNode   &Node{} (64 B)      16 x   64 B = 1024 B  (escapes to heap,
//	                  inlined into Iterate: reported at the call site in Iterate)
//
// and burns CPU in two non-allocating functions (hotMix about 3/4 of the
// work, warmMix about 1/4). The error paths of checkSize escape
// (errors.New, fmt.Errorf) but never run: they must get 0 bytes.
// All sizes are exact size classes and all types are pointer-free, so the
// allocator neither rounds them up nor adds a malloc header.
package prof

import (
	"errors"
	"fmt"
)

// Block is 512 bytes, pointer-free.
type Block struct {
	data [512]byte
}

// Node is 64 bytes, pointer-free.
type Node struct {
	a, b, c, d, e, f, g, h int64
}

// State keeps the allocations reachable so that they escape.
type State struct {
	buf    []byte
	blocks [4]*Block
	nodes  [16]*Node
	sum    uint64
}

var state State

var scratch [4096]byte

// lastHash points at warmMix's running hash.
var lastHash *uint64

type sizeError struct{ n int }

func (e *sizeError) Error() string { return fmt.Sprint("prof: bad size ", e.n) }

// siteA: site A, one 4096-byte buffer per iteration.
//
//go:noinline
func siteA(n int) []byte {
	buf := make([]byte, 4096)
	buf[0] = byte(n)
	return buf
}

// siteB: site B, one 512-byte Block per call, four calls per iteration.
//
//go:noinline
func siteB(n int) *Block {
	var blk Block
	blk.data[0] = byte(n)
	return &blk
}

// newNode: site C, a small constructor the compiler inlines into Iterate.
func newNode(v int64) *Node {
	return &Node{a: v, h: v}
}

// checkSize: cold error paths; the benchmark always passes a valid size.
//
//go:noinline
func checkSize(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("prof: negative size")
	}
	if n == 3 {
		return 0, &sizeError{n}
	}
	if n > 1<<20 {
		return 0, fmt.Errorf("prof: size %d too large", n)
	}
	return n, nil
}

// hotMix: the hot CPU function, no allocation.
//
//go:noinline
func hotMix(buf []byte, rounds int) uint64 {
	h := uint64(14695981039346656037)
	for r := 0; r < rounds; r++ {
		for _, c := range buf {
			h ^= uint64(c)
			h *= 1099511628211
		}
	}
	return h
}

// warmMix: a second, cooler CPU function (a third of hotMix's rounds).
//
//go:noinline
func warmMix(buf []byte, rounds int) uint64 {
	h := uint64(1469598103934665603)
	lastHash = &h
	for r := 0; r < rounds; r++ {
		for i := len(buf) - 1; i >= 0; i-- {
			h = (h ^ uint64(buf[i])) * 1099511628211
		}
	}
	return h
}

// Rounds is the CPU work per iteration (hotMix rounds; warmMix gets a third).
var Rounds = 48

// Iterate is one benchmark iteration.
//
//go:noinline
func Iterate(i int) {
	n, err := checkSize(4096)
	if err != nil {
		panic(err)
	}
	state.buf = siteA(i + n)
	for k := 0; k < 4; k++ {
		state.blocks[k] = siteB(i + k)
	}
	for j := 0; j < 16; j++ {
		state.nodes[j] = newNode(int64(i + j))
	}
	state.sum += hotMix(scratch[:], Rounds)
	state.sum += warmMix(scratch[:], Rounds/3)
}
