// Package main has escapes on lines whose text before them is not ASCII:
// the compiler counts columns in bytes, SARIF in UTF-16 code units.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	fmt.Println("€ und ü", point{1, 2}) // € is 3 bytes, 1 unit; ü 2 bytes, 1 unit
	fmt.Println("𝄞", point{3, 4})       // 𝄞 is 4 bytes, 2 units (a surrogate pair)
	fmt.Println("ascii", point{5, 6})
}
