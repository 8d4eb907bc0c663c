package words

import (
	"strings"
	"testing"
)

// TestReadYearAsk (town102): an officer's question of the year's items,
// this year's or last year's, with its fillers; a year word before
// anything else (points, a colleague's errand, chat) is not one.
func TestReadYearAsk(t *testing.T) {
	for _, c := range []struct {
		text     string
		last, ok bool
	}{
		{"今年一共多少件事", false, true},
		{"今年一共多少件事？", false, true},
		{"今年的情况", false, true},
		{"今年情况怎么样", false, true},
		{"全镇今年一共反映了多少件？", false, true},
		{"今年全镇一共多少件事", false, true},
		{"今年到现在有多少件事", false, true},
		{"今年办结了多少件", false, true},
		{"本年度事项情况", false, true},
		{"全年情况如何", false, true},
		{"今年办结率多少", false, true},
		{"今年超期了多少件", false, true},
		{"今年有多少突发事件", false, true},
		{"去年的情况", true, true},
		{"去年一共多少件事", true, true},
		{"今年的积分多少", false, false},
		{"今年的情况报一下县里", false, false},
		{"今年过年早", false, false},
		{"今年的低保什么时候发", false, false},
		{"这个月的情况", false, false},
		{"情况", false, false},
		{"今年", false, false},
		{strings.Repeat("今年的情况", 5), false, false},
	} {
		last, ok := ReadYearAsk(c.text)
		if ok != c.ok || ok && last != c.last {
			t.Errorf("ReadYearAsk(%q) = %v, %v; want %v, %v", c.text, last, ok, c.last, c.ok)
		}
	}
}

// TestReadMonthAskCounts (town102): 「这个月一共多少件事」 asks the month
// as 「这个月的情况」 does.
func TestReadMonthAskCounts(t *testing.T) {
	for _, c := range []struct {
		text     string
		last, ok bool
	}{
		{"这个月一共多少件事", false, true},
		{"本月办结率多少", false, true},
		{"上个月一共反映了多少件？", true, true},
		{"这个月的情况", false, true},
		{"这个月的情况报一下县里", false, false},
		{"这个月多少钱", false, false},
	} {
		last, ok := ReadMonthAsk(c.text)
		if ok != c.ok || ok && last != c.last {
			t.Errorf("ReadMonthAsk(%q) = %v, %v; want %v, %v", c.text, last, ok, c.last, c.ok)
		}
	}
}

// FuzzReadYearAsk: any text is read without a panic, and only one that
// names a year is a question of it.
func FuzzReadYearAsk(f *testing.F) {
	for _, s := range []string{"今年一共多少件事", "去年的情况", "全镇今年一共反映了多少件？", "今年的积分", "", "年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, ok := ReadYearAsk(s); ok && !strings.Contains(s, "年") {
			t.Fatalf("%q read as the year's question", s)
		}
	})
}
