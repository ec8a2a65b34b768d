// Package marks places verdicts after tabs and multi-byte UTF-8 on their
// lines, several to a line, and on a line longer than any window, for the
// report's source view (tests/cli/report_marks.sh).  Columns in the
// compiler's positions count bytes: "é" is two, a tab one.
package marks

import "fmt"

type Pair struct{ Left, Right *int }

var sink interface{}

// Naïve keeps its name: every verdict on the next line follows "é".
func Naïve(café string, n int) *Pair {
	é, ü := n+1, n+2; p := &Pair{&é, &ü}; sink = café
	return p
}

func Many(a, b, c int) (string, string) {
	x := fmt.Sprint("→ ä", a); y := fmt.Sprint("ß", b, "ö", c); z := []*int{&a, &b, &c}; sink = z
	return x, y
}

func Long(values []string, prefix string, limit int) []string {
	out := make([]string, 0, len(values)); for i, v := range values { if i < limit && len(v) > 0 { out = append(out, fmt.Sprintf("%s%s (%d of %d: «%s»)", prefix, v, i+1, len(values), v)) } }
	return out
}
