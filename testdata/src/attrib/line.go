package attrib

// Generated is positioned by a //line directive: the compiler reports its
// events at gen.rl, a file that is not in the package (unknown).

//line gen.rl:100
func Generated(s string) *string {
	t := s + "gen"
	return &t
}
