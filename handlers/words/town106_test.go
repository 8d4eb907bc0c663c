package words

import "testing"

func TestReadMostVillage(t *testing.T) {
	for _, c := range []struct {
		text          string
		most, village bool
	}{
		{"哪个村超期最多", true, true},
		{"超期最多的是哪几个村", true, true},
		{"哪个组超期最多", true, false},
		{"哪个网格超期最严重", true, false},
		{"哪个村超期了", false, false},
	} {
		var ask StatusAsk
		ReadMost(c.text, &ask)
		if ask.Most != c.most || ask.MostVillage != c.village {
			t.Errorf("%q: most %v village %v, want %v %v", c.text, ask.Most, ask.MostVillage, c.most, c.village)
		}
	}
}

func TestReadTroubleAsk(t *testing.T) {
	for _, c := range []struct {
		text string
		span AlarmSpan
		ok   bool
	}{
		{"各村没出啥事吧", SpanDay, true},
		{"今天出啥事没", SpanToday, true},
		{"今天出啥事没？", SpanToday, true},
		{"昨晚各村都平安吧", SpanNight, true},
		{"今天各村有没有出什么事", SpanToday, true},
		{"下面没出什么大事吧", SpanDay, true},
		{"这两天出事没有", SpanTwoDays, true},
		{"没出啥事吧", 0, false},
		{"今天出事了", 0, false},
		{"出啥事了", 0, false},
		{"今天出啥事了 这么多人", 0, false},
		{"各村要注意安全", 0, false},
		{"今天还好 没出事吧 我下午去开会", 0, false},
	} {
		span, ok := ReadTroubleAsk(c.text)
		if ok != c.ok || ok && span != c.span {
			t.Errorf("%q: %v %v, want %v %v", c.text, span, ok, c.span, c.ok)
		}
	}
}

func FuzzReadTroubleAsk(f *testing.F) {
	for _, s := range []string{"各村没出啥事吧", "今天出啥事没", "昨晚各村都平安吧", "出事了", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		span, ok := ReadTroubleAsk(s)
		if !ok && span != 0 {
			t.Errorf("%q: span %v without a question", s, span)
		}
		if ok && len(s) > 60 {
			t.Errorf("%q: a long text read", s)
		}
	})
}
