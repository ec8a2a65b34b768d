// The program of testdata/pprof/gen.sh: allocations at three known sites
// in proportion 2:3:5 by bytes, one of them through an inlined helper, plus
// a cold error path, then a heap ("allocs") and a CPU profile.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

var sink [][]byte
var esink []error

// small is inlined into its callers: its allocation is reported at
// the call site's inlined frame.
func small(n int) []byte {
	return make([]byte, n)
}

func siteA() { sink = append(sink[:0], make([]byte, 2000)) }
func siteB() { sink = append(sink[:0], make([]byte, 3000)) }
func siteC() { sink = append(sink[:0], small(5000)) }

func cold(i int) error {
	if i < 0 {
		return fmt.Errorf("negative %d", i)
	}
	return nil
}

func burn(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i * i % 7
	}
	return x
}

func main() {
	runtime.MemProfileRate = 1
	sink = make([][]byte, 0, 1)
	cpu, err := os.Create(os.Args[2])
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(cpu); err != nil {
		panic(err)
	}
	total := 0
	for i := 0; i < 1000; i++ {
		siteA()
		siteB()
		siteC()
		if e := cold(i); e != nil {
			esink = append(esink, e)
		}
		total += burn(300000)
	}
	pprof.StopCPUProfile()
	cpu.Close()
	if len(esink) != 0 {
		panic(errors.New("cold path ran"))
	}
	runtime.GC()
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		panic(err)
	}
	f.Close()
	fmt.Println(total)
}
