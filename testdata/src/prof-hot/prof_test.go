package prof

import "testing"

func BenchmarkIterate(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Iterate(i)
	}
}
