package words

import "testing"

// TestSaysAwayTripUntil: a trip with the day it lasts to is an absence,
// with no 这几天 beside it (rep107); an hour's meeting is not.
func TestSaysAwayTripUntil(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"我去县里开会 到12月14日 有事找王五", true},
		{"我去县里培训 到12月11日", true},
		{"我去县里开会到周五 有事找王五", true},
		{"我去市里学习到下礼拜三", true},
		{"我在开会 等会打电话", false},
		{"我到12月14日去县里开会吗", false},
		{"我儿子去县里培训到15号", false},
	} {
		if got := SaysAway(c.text); got != c.want {
			t.Errorf("SaysAway(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzSaysAway: any text is read without a panic, and words asked
// (吗) never say one is away.
func FuzzSaysAway(f *testing.F) {
	for _, s := range []string{"我去县里开会 到12月14日 有事找王五", "我去县里开会到周五", "到 十二 月 三十一 号", "到下个礼拜天", "我请假"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if SaysAway(s + "吗") {
			t.Errorf("SaysAway(%q) on a question", s+"吗")
		}
	})
}

// TestEndsFixed: a repair told, then a last clause 「好了」, says it is
// fixed; a bare or chatty 「好了」 does not (rep107).
func TestEndsFixed(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"张三家水管换了一截新的 包了保温棉 好了", true},
		{"村口的冰铲了 又撒了盐 现在好了", true},
		{"好了 我知道了", false},
		{"好了", false},
		{"我下午去换 好了告诉你", false},
		{"大家别吵了 好了", false},
	} {
		if got := EndsFixed(c.text); got != c.want {
			t.Errorf("EndsFixed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBackToWorkWater: 「出水了」 of a frozen pipe is it working again.
func TestBackToWorkWater(t *testing.T) {
	if !BackToWork("好了 出水了 谢谢", "我家门口的自来水管冻裂了 水喷了一地 结成冰了") {
		t.Error("出水了 of a frozen pipe not read as fixed")
	}
}
