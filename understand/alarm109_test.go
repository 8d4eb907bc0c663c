package understand

import (
	"testing"
)

// TestOwnFall: a message opening with its sender's own fall, nobody else
// named (alarm109).
func TestOwnFall(t *testing.T) {
	for s, want := range map[string]bool{
		"摔了一跤":         true,
		"我刚在门口滑倒了":     true,
		"俺早上在冰上摔了一跤":   true,
		"摔了一跤 不能动":     true,
		"俺爹摔了一跤":       false,
		"摔了一跤 老人起不来了":  false,
		"手机摔了":         false,
		"小心别摔了":        false,
		"昨天摔了一跤 现在好多了": false,
	} {
		if got := OwnFall(Hear(s)); got != want {
			t.Errorf("OwnFall(%q) = %v; want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"摔了一跤":        true,
		"俺刚在院门口滑倒了":   true,
		"摔了一跤 没事 起来了": false,
		"摔了一跤 哈哈":     false,
		"我摔了一跤 现在腿还有点肿 走路一瘸一拐的 也不知道要不要去拍个片子": false,
	} {
		if got := FellUntold(Hear(s)); got != want {
			t.Errorf("FellUntold(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestIceFellDaysAgo: the ice a fall of a day gone by was on is the
// matter; the slip word itself is no ice (alarm109).
func TestIceFellDaysAgo(t *testing.T) {
	for s, want := range map[string]bool{
		"门口那块冰 我妈昨天在那滑倒了":      true,
		"桥头那片冰还没化 昨天王大爷在那摔了一跤": true,
		"学校门口那块冰 早上俺家娃在那滑倒了":   false,
		"俺刚在院门口滑倒了":            false,
	} {
		h := Hear(s)
		if got := iceFell(h.Canon) && fellOnDayGone(h.Canon); got != want {
			t.Errorf("%q: iceFell %v, fellOnDayGone %v; want %v", s, iceFell(h.Canon), fellOnDayGone(h.Canon), want)
		}
	}
	if iceFell(Hear("俺刚在院门口滑倒了").Canon) {
		t.Error("a slip word read as ice")
	}
}

// TestVehicleHit: a vehicle that ran into someone is a crash's scene
// (122), a fall is not (alarm109).
func TestVehicleHit(t *testing.T) {
	for s, want := range map[string]bool{
		"村口大货车把骑电动车的撞了 人躺地上不动": true,
		"拖拉机撞了个老太太 流了好多血":      true,
		"老人摔了 起不来了":            false,
	} {
		if got := SceneOf(Hear(s), "medical").Crash; got != want {
			t.Errorf("Crash(%q) = %v; want %v", s, got, want)
		}
	}
}

func FuzzAlarm109(f *testing.F) {
	for _, s := range []string{"摔了一跤", "我刚在门口滑倒了 不能动", "门口那块冰 我妈昨天在那滑倒了", "大货车把人撞了", "撞"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := Hear(s)
		own := OwnFall(h)
		_ = FellUntold(h)
		_ = fellOnDayGone(h.Canon)
		_ = vehicleHitRe.MatchString(h.Canon)
		if own && containsAny(h.Canon, persons) {
			t.Fatalf("OwnFall(%q) with a person named", s)
		}
	})
}
