package words

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestReadAlarmsAskUrgent (town105): 「今天各村有啥急事没」 asks for the
// day's emergencies; 急事 alone, with no stretch or villages, may be a
// colleague's word and is not read.
func TestReadAlarmsAskUrgent(t *testing.T) {
	for _, c := range []struct {
		text string
		span AlarmSpan
		ok   bool
	}{
		{"今天各村有啥急事没", SpanToday, true},
		{"今天各村有啥急事没？", SpanToday, true},
		{"各村今天有没有急事", SpanToday, true},
		{"今天全镇有啥急事吗", SpanToday, true},
		{"昨晚村里有没有急事", SpanNight, true},
		{"各村有没有突发", SpanDay, true},
		{"今天有没有紧急的事", SpanToday, true},
		{"今天各村没啥事吧", 0, false},
		{"有急事吗", 0, false},
		{"有急事没", 0, false},
		{"我今天有急事没法去", 0, false},
		{"今天有急事 请假一天", 0, false},
		{"今天没有急事", 0, false},
	} {
		span, ok := ReadAlarmsAsk(c.text)
		if ok != c.ok || ok && span != c.span {
			t.Errorf("ReadAlarmsAsk(%q) = %v, %v; want %v, %v", c.text, span, ok, c.span, c.ok)
		}
	}
}

// TestAsksMost (town105): 「哪个组超期最多」 and its turns.
func TestAsksMost(t *testing.T) {
	for text, want := range map[string]bool{
		"哪个组超期最多": true, "超期最多的是哪个组": true, "哪个村超期最多": true, "哪个网格超期最多？": true,
		"超期的有哪些": false, "哪个组的": false, "超期最多": false,
	} {
		if _, ok := AsksMost(text); ok != want {
			t.Errorf("AsksMost(%q) = %v; want %v", text, ok, want)
		}
	}
}

// TestAsksAfterPerson (town105): how a person in an item is now is the
// grid's to answer; how the matter stands, the record's.
func TestAsksAfterPerson(t *testing.T) {
	name := func(s string) bool { return s == "张三" || s == "王奶奶" }
	for text, want := range map[string]bool{
		"王奶奶人怎么样了":    true,
		"老人现在咋样了？":    true,
		"张三身体怎么样了":    true,
		"伤者现在什么情况":    true,
		"孩子怎么样了":      true,
		"王奶奶怎么样了":     true,
		"王奶奶家水管怎么样了":  false,
		"老人家里现在什么情况？": false,
		"路灯怎么样了":      false,
		"怎么样了":        false,
		"王奶奶人怎么样了 抓紧": false,
		"王奶奶送医院了":     false,
	} {
		if got := AsksAfterPerson(text, name); got != want {
			t.Errorf("AsksAfterPerson(%q) = %v; want %v", text, got, want)
		}
	}
}

func FuzzAsksAfterPerson(f *testing.F) {
	for _, s := range []string{"王奶奶人怎么样了", "老人现在咋样了？", "王奶奶家水管怎么样了", "", "怎么样了", "人人人怎么样了"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := AsksAfterPerson(s, func(n string) bool {
			if !utf8.ValidString(n) && utf8.ValidString(s) {
				t.Errorf("name %q cut from valid %q", n, s)
			}
			return false
		})
		if got && !ContainsAnyOf(strings.Join(strings.Fields(s), ""), StatusQuestions...) {
			t.Errorf("AsksAfterPerson(%q) with no status question", s)
		}
	})
}

func FuzzAsksMost(f *testing.F) {
	for _, s := range []string{"哪个组超期最多", "超期最多的是哪个组", "", "最多"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rest, ok := AsksMost(s)
		if !ok && rest != s {
			t.Errorf("AsksMost(%q) changed the text it did not read", s)
		}
		if ok && len(rest) >= len(s) {
			t.Errorf("AsksMost(%q) took nothing out", s)
		}
	})
}
