package main

import "fmt"

// tricky passes literals whose text looks like compiler output, contains
// quotes, HTML, backslashes and braces, and a multi-line raw string.
func tricky() string {
	msg := []byte("x: y escapes to heap (assign) at a.go:1:2")
	sink = msg
	html := "say \"hi\" <script>alert('x')</script> C:\\tmp\\ {}{"
	fmt.Println(html, len(msg))
	sink = []byte("say \"hi\" <script>alert('x')</script> C:\\tmp\\ {}{")
	sink = []byte(`raw line one
raw line two: z escapes to heap`)
	return fmt.Sprintf(`report:
	name=%q {braces} "quoted"
	end\n`, html)
}
