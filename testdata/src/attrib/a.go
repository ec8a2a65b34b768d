// Package attrib is escviz's attribution probe: every event's function is
// known from go/ast (tests/goextent), and the compiler's placement of
// package-level initialisers, init bodies, closures, generics, wrappers and
// non-inlinable functions is what tests/cli/attrib.sh checks.
package attrib

import (
	"errors"
	"fmt"
	"strings"
)

// First is small and inlinable: at -m=1 it is declared ("can inline"),
// and the package-level initialiser below must not be blamed on it.
func First(n int) int { return n * 2 }

var ErrBad = errors.New("bad")

func Second(p *int) *int { return p }

var (
	names   = []string{"a", "b", strings.Repeat("c", 3)}
	table   = map[string]*int{"x": new(int)}
	ErrWrap = fmt.Errorf("wrap: %w", ErrBad)
)

// Loop is not inlinable (its body is too large): at -m=1 nothing declares
// it, so its events fall after Second's declaration.
func Loop(xs []string) []*string {
	var out []*string
	for i := range xs {
		s := xs[i] + "!"
		out = append(out, &s)
		if len(out) > 10 {
			fmt.Println("many", len(out), s)
		}
		switch {
		case strings.HasPrefix(s, "a"):
			out = append(out, &xs[i])
		case strings.HasSuffix(s, "z"):
			fmt.Println("z", i)
		default:
			_ = strings.ToUpper(s)
		}
	}
	return out
}

var handler = func(p *int) *int { q := *p; return &q }

func init() {
	buf := make([]byte, 0, 64)
	buf = append(buf, "init0"...)
	registry["a"] = func() string { return string(buf) }
}

// Third follows init and is inlinable.
func Third(s string) string { return s + "3" }

var registry = map[string]func() string{}
