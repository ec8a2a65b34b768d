package sub

var keep *[]byte

// Name allocates a slice that escapes (sub/util.go, not ./util.go).
func Name() string {
	b := make([]byte, 4)
	keep = &b
	return "sub"
}
