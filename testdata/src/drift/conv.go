// Package drift exercises the spellings that change between Go releases
// for the same escape-analysis decision (issue 10, "Go-release drift").
package drift

import (
	"crypto/md5"
	"errors"
	"fmt"
	"hash"
	"math/big"
	"time"
)

var sink interface{}

// ErrBad: an implicit conversion to error of &errors.errorString{...}.
func NewErr(s string) error {
	return errors.New("bad: " + s)
}

// Hasher: md5.New inlined, its *digest converted to hash.Hash.
func Hasher() hash.Hash {
	return md5.New()
}

// Boxed: a constant string boxed for an interface argument.
func Boxed() {
	sink = "a constant string"
	fmt.Println("printed constant")
}

// Ints: a constant int converted to an interface.
func Ints() {
	fmt.Println(1, 2)
	sink = int(7)
}

// Durations: a typed constant of package time.
func Durations() {
	fmt.Println(time.Second)
	sink = 3 * time.Millisecond
}

const depth = 25

// Callers: a make whose length is a named constant.
func Callers() []uintptr {
	pcs := make([]uintptr, depth)
	return pcs[:]
}

// Big: new(big.Int) and big.NewInt, inlined.
func Big(x int64) *big.Int {
	a := new(big.Int)
	b := big.NewInt(x)
	return a.Add(a, b)
}
