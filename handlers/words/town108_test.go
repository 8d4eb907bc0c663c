package words

import (
	"strings"
	"testing"
)

// TestReadHouseDangerAsk (town108): 「危房有哪些」 from an officer was
// silent, and with an @ got the 危房改造 guide; it asks which houses are
// dangerous (houses), as 「安全隐患有哪些」 asks every danger. The scheme
// (「危房改造怎么办」) and a house named (「老刘家是不是危房」) are not it.
func TestReadHouseDangerAsk(t *testing.T) {
	for _, c := range []struct {
		text       string
		ok, houses bool
	}{
		{"危房有哪些", true, true},
		{"危房有哪些？", true, true},
		{"全镇危房有几户", true, true},
		{"还有多少户危房", true, true},
		{"各村还有哪些危房没处理", true, true},
		{"危房排查情况", true, true},
		{"危房排查得怎么样了", true, true},
		{"下雪了 各村危房有没有", true, true},
		{"有没有危房", true, true},
		{"今天危房都处理了吗", true, true},
		{"下雪了 各村危房都排查了没有", true, true},
		{"危房还有几处没处理", true, true},
		{"危房还有几户没整改", true, true},
		{"隐患还有几个没处理", true, false},
		{"安全隐患都排查了吗", true, false},
		{"安全隐患有哪些", true, false},
		// not the question
		{"危房", false, false},
		{"危房改造怎么办", false, false},
		{"危房改造今年还能报不", false, false},
		{"老刘家是不是危房", false, false},
		{"各村要抓紧排查危房", false, false},
		{"危房要及时上报", false, false},
		{"危险", false, false},
		{"有危险吗", false, false},
	} {
		if ok, houses := ReadDangerAsk(c.text); ok != c.ok || houses != c.houses {
			t.Errorf("ReadDangerAsk(%q) = %v, %v; want %v, %v", c.text, ok, houses, c.ok, c.houses)
		}
	}
}

func FuzzReadHouseDangerAsk(f *testing.F) {
	for _, s := range []string{"危房有哪些", "全镇危房有几户", "危房改造怎么办", "危"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ok, houses := ReadDangerAsk(s); houses && (!ok || !strings.Contains(s, "危") || len(s) > 60) {
			t.Fatalf("read as a question of dangerous houses: %q", s)
		}
	})
}
