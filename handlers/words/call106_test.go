package words

import (
	"testing"
	"time"
)

// TestCall106ColdAtHome (call106): 「家里有点冷」 and the like are her need;
// denied or comfortable they are not.
func TestCall106ColdAtHome(t *testing.T) {
	for _, n := range []string{"家里有点冷", "身体还行 家里有点冷", "屋里挺冷的", "晚上睡觉冷", "炕上有些凉", "屋里冷飕飕的", "脚冰凉"} {
		if _, ok := needIn(n); !ok {
			t.Errorf("needIn(%q) tells no need", n)
		}
	}
	for _, n := range []string{"家里不冷", "屋里还挺暖和", "挺好的 屋里暖和", "晚上凉快", "家里冰箱有吃的"} {
		if _, ok := needIn(n); ok {
			t.Errorf("needIn(%q) tells a need", n)
		}
	}
}

// TestCall106SoonStay (call106): a stay begun in a few days with its end
// named is a stay for her calls, till the end; months ahead it is not.
func TestCall106SoonStay(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, loc)
	for n, want := range map[string]string{
		"过两天去她闺女家 住到正月初六":   "2027-02-12",
		"她闺女后天接她去城里 住到腊月二十": "2027-01-28",
		"他说去城里儿子家 正月十五以后回来": "2027-02-21",
	} {
		s, ok := InHospital(n, now)
		if !ok || !s.Out || s.Until.Format("2006-01-02") != want {
			t.Errorf("InHospital(%q) = %+v %v, want out till %s", n, s, ok, want)
		}
	}
	// 「过两天去她闺女家住几天」 is a stay from the day she leaves since
	// call107 (HospitalStay.From): TestCall107StayAhead
	for _, n := range []string{"下个月去她闺女家 住到正月初六", "过年接她去城里住几天"} {
		if _, ok := InHospital(n, now); ok {
			t.Errorf("InHospital(%q) is a stay now", n)
		}
	}
}

// TestCall106AnswersAsked (call106): a leader's words after her name speak
// of her question when they say 问 or share a word of it.
func TestCall106AnswersAsked(t *testing.T) {
	q := "今年过年村里有没有慰问品"
	for _, s := range []string{"问的慰问品 有的", "的慰问品腊月二十前送", "问的那个事 有的"} {
		if !AnswersAsked(s, q) {
			t.Errorf("AnswersAsked(%q) is false", s)
		}
	}
	for _, s := range []string{"家屋顶漏雨", "今年没有", "挺好的"} {
		if AnswersAsked(s, q) {
			t.Errorf("AnswersAsked(%q) is true", s)
		}
	}
}

// FuzzCall106AnswersAsked: any text and question, never a panic; a text
// holding the whole question (of two Han characters or more, not common
// words) answers it.
func FuzzCall106AnswersAsked(f *testing.F) {
	f.Add("问的慰问品 有的", "今年过年村里有没有慰问品")
	f.Add("家屋顶漏雨", "取暖补贴什么时候发")
	f.Fuzz(func(t *testing.T, text, question string) {
		_ = AnswersAsked(text, question)
		_, _ = needIn(text)
	})
}
