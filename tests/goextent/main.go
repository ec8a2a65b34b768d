// Command goextent prints the source extent of every function of Go files,
// named as the Go compiler names it in -m diagnostics, computed from go/ast.
// It is the independent ground truth for model/goscan.c
// (tests/cli/goscan_vs_ast.sh).  Standard library only.
//
// Usage: goextent FILE|DIR...   (a DIR stands for its *.go files, sorted)
//
// Output, per file: "# PATH" (or "# PATH\tparse error"), then one line per
// extent, in start order:
//
//	NAME<TAB>LINE:COL<TAB>LINE:COL<TAB>KIND
//
// Files of one directory with the same package clause form one package:
// init.N and init.funcN numbering runs across them in the order given.
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type extent struct {
	name       string
	start, end token.Pos
	kind       string
}

type pkgState struct {
	inits, initLits, globLits int
}

var out = bufio.NewWriter(os.Stdout)

func main() {
	var files []string
	for _, a := range os.Args[1:] {
		st, err := os.Stat(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, "goextent:", err)
			os.Exit(2)
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(a, "*.go"))
		sort.Strings(m)
		files = append(files, m...)
	}
	pkgs := map[string]*pkgState{}
	for _, f := range files {
		doFile(f, pkgs)
	}
	out.Flush()
}

func doFile(path string, pkgs map[string]*pkgState) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		fmt.Fprintf(out, "# %s\tparse error\n", path)
		return
	}
	fmt.Fprintf(out, "# %s\n", path)
	key := filepath.Dir(path) + "\x00" + f.Name.Name
	pkg := pkgs[key]
	if pkg == nil {
		pkg = &pkgState{}
		pkgs[key] = pkg
	}
	var exts []extent
	// lits numbers the literals in n that are not inside another literal.
	var lits func(n ast.Node, owner string, closure bool, counter *int)
	lits = func(n ast.Node, owner string, closure bool, counter *int) {
		ast.Inspect(n, func(c ast.Node) bool {
			fl, ok := c.(*ast.FuncLit)
			if !ok {
				return true
			}
			*counter++
			var name string
			switch {
			case owner == "":
				name = fmt.Sprintf("glob..func%d", *counter)
			case closure:
				name = fmt.Sprintf("%s.%d", owner, *counter)
			default:
				name = fmt.Sprintf("%s.func%d", owner, *counter)
			}
			exts = append(exts, extent{name, fl.Type.Func, fl.Body.Rbrace, "closure"})
			inner := 0
			lits(fl.Body, name, true, &inner)
			return false
		})
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			name, kind := d.Name.Name, "func"
			if d.Recv != nil {
				recv := "?"
				if len(d.Recv.List) > 0 {
					recv = recvName(d.Recv.List[0].Type)
				}
				name, kind = recv+"."+name, "method"
			}
			if d.Body == nil { // its declaration: func to the signature's last byte
				exts = append(exts, extent{name, d.Type.Func, d.Type.End() - 1, kind})
				continue
			}
			if d.Recv == nil && name == "init" {
				name, kind = fmt.Sprintf("init.%d", pkg.inits), "init"
				pkg.inits++
			}
			exts = append(exts, extent{name, d.Type.Func, d.Body.Rbrace, kind})
			counter := 0
			if d.Recv == nil && d.Name.Name == "_" {
				lits(d.Body, "", false, &pkg.globLits)
			} else {
				lits(d.Body, name, false, &counter)
			}
		case *ast.GenDecl:
			if d.Tok != token.VAR {
				continue
			}
			for _, s := range d.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Values) == 0 {
					continue
				}
				exts = append(exts, extent{"init", vs.Names[0].Pos(), vs.Values[len(vs.Values)-1].End() - 1, "pkginit"})
				for _, v := range vs.Values {
					lits(v, "init", false, &pkg.initLits)
				}
			}
		}
	}
	sort.SliceStable(exts, func(i, j int) bool { return exts[i].start < exts[j].start })
	for _, e := range exts {
		s, t := fset.PositionFor(e.start, false), fset.PositionFor(e.end, false)
		fmt.Fprintf(out, "%s\t%d:%d\t%d:%d\t%s\n", e.name, s.Line, s.Column, t.Line, t.Column, e.kind)
	}
}

// recvName: `(*List[T])`, `T`, `List[K,V]` from a receiver type.
func recvName(x ast.Expr) string {
	ptr := false
	for {
		switch y := x.(type) {
		case *ast.ParenExpr:
			x = y.X
			continue
		case *ast.StarExpr:
			ptr = true
			x = y.X
			continue
		}
		break
	}
	var base string
	var args []string
	switch y := x.(type) {
	case *ast.Ident:
		base = y.Name
	case *ast.IndexExpr:
		base = ident(y.X)
		args = []string{ident(y.Index)}
	case *ast.IndexListExpr:
		base = ident(y.X)
		for _, a := range y.Indices {
			args = append(args, ident(a))
		}
	default:
		base = "?"
	}
	if len(args) > 0 {
		base += "[" + strings.Join(args, ",") + "]"
	}
	if ptr {
		return "(*" + base + ")"
	}
	return base
}

func ident(x ast.Expr) string {
	if id, ok := x.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}
