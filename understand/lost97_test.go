package understand

import (
	"strings"
	"testing"
)

// TestSoughtAndBack: a person named after 找不到 is missing, a thing or an
// errand is not; someone named come back is found, power or the speaker
// is not (lost97).
func TestSoughtAndBack(t *testing.T) {
	for text, want := range map[string]bool{
		"我找不到小明了":         true,
		"找不着我妈了 电话也打不通":   true,
		"我找不到阿某了":         true,
		"我找不到老王的电话了":      false,
		"找不到他家":           false,
		"我找不到钥匙了":         false,
		"我找不到阿某了 有个表要他签字": false,
		"我找不到小明了吗":        false,
		// a debtor out of reach is a dispute, as "阿强不见了 …他欠我钱" (lead97)
		"找不到老王 他欠我钱": false,
	} {
		if got := Alarms(text); got != want {
			t.Errorf("Alarms(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"人回来了":      true,
		"孩子自己回家了":   true,
		"他到家了 没事":   true,
		"小明回来了":     true,
		"电回来了":      false,
		"我回来了":      false,
		"还没回来":      false,
		"小明回来了吗":    false,
		"孩子还没有回家了吗": false,
	} {
		if got := CameBack(Hear(text)); got != want {
			t.Errorf("CameBack(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{"他家着火了 老人还在屋里": true, "屋里还有人没出来": true, "人都出来了": false, "屋里还有人吗": false} {
		if got := PeopleInside(Hear(text)); got != want {
			t.Errorf("PeopleInside(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzSoughtAndBack: whatever follows, a belonging sought after 找不到 is
// no person (soughtOf + personGone), and nothing negated with 没 before
// 回来了 reads as come back.
func FuzzSoughtAndBack(f *testing.F) {
	for _, s := range []string{"", "我", "在村口", "小明", "他", " 了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, thing := range []string{"手机", "钥匙", "老花镜"} {
			text := s + "，我找不到" + thing + "了"
			c := canon(unspace(normalize(text)))
			at := strings.LastIndex(c, "找不到")
			if at >= 0 && !notSought(c, at) {
				t.Errorf("%q: %s sought read as a person", text, thing)
			}
		}
		if CameBack(Hear("人没回来了"+s)) && !CameBack(Hear(s)) {
			t.Errorf("%q: 人没回来了 read as come back", s)
		}
	})
}
