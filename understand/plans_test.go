package understand_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/understand"
)

// TestTakesOn: what reads as a cadre's taking a matter on.
func TestTakesOn(t *testing.T) {
	for text, want := range map[string]string{
		"收到 马上去看": "马上去看", "好的 我下午过去": "下午过去", "知道了 明天去修": "明天去修", "马上过去": "马上过去",
		"好的，这就来看看": "这就来看看", "知道了 明天叫铲车来": "明天叫铲车来", "收到 下午找人弄": "下午找人弄",
		"收到 这个不归我们管": "", "知道了 管不了": "",
		"收到": "", "好的": "", "收到 去不了": "", "收到 几点去？": "", "谢谢 马上去": "", "村口路灯坏了去看看": "",
	} {
		got, ok := understand.TakesOn(text)
		if got != want || ok != (want != "") {
			t.Errorf("TakesOn(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}

// TestPlanned: a note that says only what its writer will do is a plan,
// judged at when it was written; one that tells work done, with or
// without a plan after it, is work.
func TestPlanned(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	morning := time.Date(2026, 12, 7, 9, 0, 0, 0, loc)
	evening := time.Date(2026, 12, 7, 19, 0, 0, 0, loc)
	for _, c := range []struct {
		text string
		at   time.Time
		want bool
	}{
		{"我明天上午再去一趟", morning, true},
		{"下午去看看那条沟", morning, true},
		{"准备下周约两家到村委会谈", morning, true},
		{"过两天再去", morning, true},
		{"R1 我下午过去看下", morning, true},
		// a result promised for a time still to come
		{"下午就修好了", morning, true},
		{"明天就修好了", morning, true},
		{"3点修好", morning, true},
		{"今天下午修好", morning, true},
		{"快修好了", evening, true},
		// a meeting arranged for a time still to come
		{"约好了明天谈", morning, true},
		{"约好了明天上午在村委会谈", morning, true},
		{"约了两家下午到村委会", morning, true},
		// work done
		{"下午就修好了", evening, false},
		{"下午修好了", evening, false},
		{"3点修好了", evening, false},
		{"昨天下午修好了", morning, false},
		{"昨天去看过了", morning, false},
		{"正在修", morning, false},
		{"修了一半", morning, false},
		{"好一点了", morning, false},
		{"两家我都去过了 明天再约", morning, false},
		{"已经联系了电工 明天来修", morning, false},
		{"张三答应月底前把沟挖通", morning, false},
		{"两家都不让步", morning, false},
		{"调解好了 陈二赔100 牛拴好", morning, false},
		{"约好了昨天谈 谈妥了", morning, false},
	} {
		if got := understand.Planned(c.text, c.at); got != c.want {
			t.Errorf("Planned(%q at %s) = %v, want %v", c.text, c.at.Format("15:04"), got, c.want)
		}
	}
}

// FuzzPlanned: any text is read without a panic; a note read as done
// later than written at is never read so at a later hour of the same day
// (a promise only ever ripens into work); the note of a taking on is the
// end of the text, short and no question; what says he will go is a
// plan at any hour.
func FuzzPlanned(f *testing.F) {
	fuzzseed.Add(f)
	f.Add("下午3点修好了")
	f.Add("约好了明天谈")
	f.Add("收到 马上过去")
	f.Add("好的知道了 我下午带药过去")
	f.Add("明天去修")
	f.Fuzz(func(t *testing.T, text string) {
		loc := time.FixedZone("CST", 8*3600)
		morning := time.Date(2026, 12, 7, 6, 0, 0, 0, loc)
		night := time.Date(2026, 12, 7, 23, 30, 0, 0, loc)
		taken, takes := understand.TakesOn(text)
		plan, plans := understand.PlansToGo(text)
		for _, c := range []struct {
			name, note string
			ok         bool
		}{{"TakesOn", taken, takes}, {"PlansToGo", plan, plans}} {
			if c.ok && (c.note == "" || !strings.HasSuffix(strings.TrimSpace(text), c.note) ||
				utf8.RuneCountInString(c.note) > 24 || strings.ContainsAny(c.note, "?？吗")) {
				t.Errorf("%s(%q) = %q: not a short statement ending the text", c.name, text, c.note)
			}
		}
		if takes && (!plans || plan != taken) {
			t.Errorf("TakesOn(%q) = %q, but PlansToGo = %q, %v", text, taken, plan, plans)
		}
		if understand.Later(text, night) && !understand.Later(text, morning) {
			t.Errorf("Later(%q) at 23:30 but not at 06:00", text)
		}
		if plans && (!understand.Planned(text, morning) || !understand.Planned(text, night)) {
			t.Errorf("PlansToGo(%q), yet not Planned", text)
		}
	})
}
