package main

// #include <stdlib.h>
// static int twice(int *p) { return *p * 2; }
import "C"

import (
	"fmt"
	"unsafe"
)

func call(n int) int {
	v := C.int(n)
	return int(C.twice((*C.int)(unsafe.Pointer(&v))))
}

func main() {
	p := C.malloc(16)
	defer C.free(p)
	fmt.Println(call(21))
}
