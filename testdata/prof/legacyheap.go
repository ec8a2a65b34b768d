//go:build ignore

// legacyheap writes a legacy TEXT heap profile (runtime/pprof debug=1) to
// stdout: the "bad profile" testdata/prof/bad/legacy-heap-go1.N.txt.
// Run by gen.sh as `go run legacyheap.go`.
package main

import (
	"os"
	"runtime"
	"runtime/pprof"
)

var sink [][]byte

func main() {
	runtime.MemProfileRate = 1
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]byte, 4096))
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(os.Stdout, 1); err != nil {
		panic(err)
	}
}
