package main

import "example.com/defects/sub"

// Name has the same base name as sub/util.go's file: util.go.
func Name() string {
	p := new(string)
	*p = sub.Name()
	return *p
}
