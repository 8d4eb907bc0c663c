package words

import "testing"

// TestHarmsApartMetByChance: a driver's 撞见 is no crash, so a fall he
// came upon stands apart from a crash told before (alarm111: it joined
// the crash as a witness's word).
func TestHarmsApartMetByChance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"有人被车撞了 躺地上不动", "开车撞见一个老太太摔倒了 起不来了", true},
		{"有人被车撞了 躺地上不动", "村口车撞人了 人昏过去了", false},
		{"王奶奶在院子里摔倒了", "开车撞见王奶奶摔倒了", false},
	} {
		if got := HarmsApart(c.a, c.b); got != c.want {
			t.Errorf("HarmsApart(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
