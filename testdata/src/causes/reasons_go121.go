//go:build go1.21
// +build go1.21

package causes

// slice-to-array (Go 1.21+; this file's language version is go1.21)
func SliceToArray(s []*int) {
	a := [1]*int(s)
	sinkP = a[0]
}
