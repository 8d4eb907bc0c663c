package words

import "testing"

// TestMissingApartRoster: roster names are names a missing alarm looks for
// (lost96).
func TestMissingApartRoster(t *testing.T) {
	roster := []string{"张三", "王奶奶", "石德贵"}
	for _, c := range []struct {
		a, b  string
		apart bool
	}{
		{"张三不见了", "王奶奶找不到了 一早上没见人", true},
		{"张三不见了", "石德贵也不见了", true},
		{"张三不见了", "张三还是找不到", false},
		{"张三不见了", "还没找到", false},
		{"王奶奶不见了", "王奶奶还没找到", false},
		{"张三不见了", "张三家的孩子也不见了", true}, // his child: another person
		{"我妈不见了", "张三也不见了", true},
	} {
		if got := MissingApart(c.a, c.b, roster...); got != c.apart {
			t.Errorf("MissingApart(%q, %q) = %v; want %v", c.a, c.b, got, c.apart)
		}
		if got := MissingApart(c.b, c.a, roster...); got != c.apart {
			t.Errorf("MissingApart(%q, %q) = %v; want %v", c.b, c.a, got, c.apart)
		}
	}
}
