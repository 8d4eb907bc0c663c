package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadPersonGone: a person named as people are called (kin, 小明,
// 老王, 阿牛, 我家+name) and gone is a missing person, with or without a
// search told; a thing or an animal gone is chatter.
func TestReadPersonGone(t *testing.T) {
	missing := emergencyOf(village.HazardMissing, "治安")
	noise := noiseIn("其他")
	checkReads(t, []readCase{
		{"a pet name gone", "小明不见了", missing},
		{"a pet name gone too", "小明也不见了", missing},
		{"a household's child gone", "我家小明不见了", missing},
		{"a man not found either", "老王也找不到了", missing},
		{"a pet name gone and searched for", "小明不见了 到处找不到", missing},
		{"阿 and a name lost (alarm76: 阿牛 is a man)", "阿牛走丢了", missing},
		{"老马 is a man", "老马不见了", missing},
		{"a name after 我家 not back", "我家建国没回来", missing},
		{"a child not back", "小明还没回来", missing},
		{"the household's elder gone", "我家老人不见了", missing},
		{"a child not found", "孩子找不到了", missing},
		{"a phone gone", "手机不见了", noise},
		{"keys not found", "钥匙找不到了", noise},
		{"a receipt gone", "小票不见了", noise},
		{"reading glasses not found", "老花镜找不到了", noise},
		{"a puppy gone is no person", "小狗不见了", noise},
		{"a rat gone", "老鼠不见了", noise},
		{"the household's keys gone", "我家钥匙不见了", noise},
		{"the household's dog gone", "我家狗不见了", noise},
		{"a man late for a meeting", "老王还没回来 会晚点开", noise},
		{"eyes that fail", "小明眼睛看不见了", reading{village.IntentNoise, village.General, "其他", ""}},
	})
}

// FuzzPersonGone: whatever comes before it, a belonging or an animal is
// no person gone, and a child's pet name is one.
func FuzzPersonGone(f *testing.F) {
	for _, s := range []string{"", "我家", "老", "小", "阿", "我家老", "俺家的", "\xff", "我家小明也"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, thing := range []string{"的手机", "的钥匙", "小狗", "的小票", "老花镜"} {
			if personGone(s + thing) {
				t.Errorf("personGone(%q) = true; want false (a thing or an animal)", s+thing)
			}
		}
		if !personGone(s + "小明") {
			t.Errorf("personGone(%q) = false; want true (a pet name)", s+"小明")
		}
	})
}
