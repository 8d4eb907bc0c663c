package words

import (
	"testing"
	"time"
	"unicode/utf8"
)

// TestCall108DayOut (call108): a meal, a wedding, a visit at a relative's
// is no stay away; said with a night away it is.
func TestCall108DayOut(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for _, n := range []string{"明天去她闺女家吃饭", "身体挺好 明天去她闺女家吃饭", "今天去她儿子家吃饭了", "明天去她闺女家喝喜酒 晚上就回来",
		"后天去她闺女那串门"} {
		if s, ok := InHospital(n, now); ok {
			t.Errorf("InHospital(%q) = %+v, want no stay", n, s)
		}
	}
	for _, n := range []string{"明天去她闺女家吃饭 住几天再回来", "去她闺女家住了 过完年再回来", "明天去她闺女家过年 正月初六回来"} {
		if _, ok := InHospital(n, now); !ok {
			t.Errorf("InHospital(%q): no stay", n)
		}
	}
}

// TestCall108SaysTakenWrong (call108): 「不是」 alone or leading before a
// pause takes the bot's reading back; 「不是很急」 and 「2」 do not.
func TestCall108SaysTakenWrong(t *testing.T) {
	for _, s := range []string{"不是", "不是的", "不是啊", "不对", "搞错了", "不是这个问题", "不是，我说的是超市的米", "弄错了 这是另一件事"} {
		if !SaysTakenWrong(s) {
			t.Errorf("SaysTakenWrong(%q) = false", s)
		}
	}
	for _, s := range []string{"不是很急", "2", "不用", "不是我家的", "错了吗", "有的 腊月二十前送到家", ""} {
		if SaysTakenWrong(s) {
			t.Errorf("SaysTakenWrong(%q) = true", s)
		}
	}
}

// FuzzCall108SaysTakenWrong: any text, no panic; a yes is one of
// takeBacks leading it.
func FuzzCall108SaysTakenWrong(f *testing.F) {
	for _, s := range []string{"不是", "不是，我说的是超市的米", "不是很急", "错", "\xff不是", "不是\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if SaysTakenWrong(s) && !utf8.ValidString(s[:min(len(s), 3)]) {
			t.Errorf("SaysTakenWrong(%q) = true", s)
		}
		_, _ = InHospital(s, time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC))
	})
}
