package words

import (
	"strings"
	"testing"
)

// TestReadAlarmsAsk (town103): an officer's 「今天有没有突发」 and its
// stretch; statements and words to colleagues are not it.
func TestReadAlarmsAsk(t *testing.T) {
	for _, c := range []struct {
		text string
		span AlarmSpan
		ok   bool
	}{
		{"今天有没有突发", SpanToday, true},
		{"今天有没有突发？", SpanToday, true},
		{"今天有突发吗", SpanToday, true},
		{"今天有没有突发事件", SpanToday, true},
		{"全镇今天有没有什么突发情况", SpanToday, true},
		{"今天出了几起突发", SpanToday, true},
		{"今天突发有几起", SpanToday, true},
		{"今天有突发没有", SpanToday, true},
		{"今日有无突发事件", SpanToday, true},
		{"昨天有没有突发事件", SpanYesterday, true},
		{"昨晚有突发吗", SpanNight, true},
		{"昨天夜里有没有险情", SpanNight, true},
		{"这两天有没有突发", SpanTwoDays, true},
		{"最近有什么突发事件", SpanDays, true},
		{"本周有几起突发", SpanWeek, true},
		{"有没有突发", SpanDay, true},
		{"有没有紧急情况", SpanDay, true},
		{"现在有没有突发", SpanDay, true},
		{"目前有突发事件吗", SpanDay, true},
		{"今天有没有发生突发事件", SpanToday, true},
		{"今天没有突发", 0, false},
		{"有突发的话及时上报", 0, false},
		{"今天有没有突发 我下午去县里开会", 0, false},
		{"突发事件要怎么上报", 0, false},
		{"今天突发", 0, false},
		{"今天有突发演练", 0, false},
		{"突发", 0, false},
		{"今年有多少突发事件", 0, false},
		{strings.Repeat("今天有没有突发", 5), 0, false},
	} {
		span, ok := ReadAlarmsAsk(c.text)
		if ok != c.ok || ok && span != c.span {
			t.Errorf("ReadAlarmsAsk(%q) = %v, %v; want %v, %v", c.text, span, ok, c.span, c.ok)
		}
	}
}

func FuzzReadAlarmsAsk(f *testing.F) {
	for _, s := range []string{"今天有没有突发", "昨晚有突发吗", "今天突发有几起", "有突发的话及时上报", "", "突发"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		span, ok := ReadAlarmsAsk(s)
		if !ok {
			return
		}
		if span < SpanDay || span > SpanWeek {
			t.Errorf("ReadAlarmsAsk(%q): span %v", s, span)
		}
		if len(s) > 60 || !ContainsAnyOf(s, "突发", "紧急", "险情") {
			t.Errorf("ReadAlarmsAsk(%q) read a text it should pass over", s)
		}
	})
}

// TestReadMonthNumberAsk (town103): 「12月的情况」 asks how that month went.
func TestReadMonthNumberAsk(t *testing.T) {
	for _, c := range []struct {
		text  string
		month int
		ok    bool
	}{
		{"12月的情况", 12, true},
		{"12月情况怎么样？", 12, true},
		{"十二月的情况", 12, true},
		{"十一月份情况怎么样", 11, true},
		{"11月份的情况", 11, true},
		{"全镇11月一共多少件事", 11, true},
		{"1月的情况", 1, true},
		{"二月情况", 2, true},
		{"10月办结率多少", 10, true},
		{"12月的情况报一下县里", 0, false},
		{"12月8日的情况", 0, false},
		{"13月的情况", 0, false},
		{"腊月的情况", 0, false},
		{"12月", 0, false},
		{"这个月的情况", 0, false},
	} {
		month, ok := ReadMonthNumberAsk(c.text)
		if ok != c.ok || ok && month != c.month {
			t.Errorf("ReadMonthNumberAsk(%q) = %v, %v; want %v, %v", c.text, month, ok, c.month, c.ok)
		}
	}
}

func FuzzReadMonthNumberAsk(f *testing.F) {
	for _, s := range []string{"12月的情况", "十一月份情况怎么样", "12月8日的情况", "", "月"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		month, ok := ReadMonthNumberAsk(s)
		if ok && (month < 1 || month > 12 || !strings.Contains(s, "月")) {
			t.Errorf("ReadMonthNumberAsk(%q) = %d", s, month)
		}
	})
}
