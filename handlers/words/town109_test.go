package words

import (
	"testing"
	"unicode/utf8"

	"gridbot/village"
)

// TestReadOpenAskBeforeNewYear (town109): 「元旦前各村还有哪些事没办完」
// was silent (春节前 was read since town107); every year-end season an
// officer opens with is read alike, by the open items and the dangers
// asked.
func TestReadOpenAskBeforeNewYear(t *testing.T) {
	places := village.Places{{Village: "青山村", Name: "一组", Group: "青山村一组网格群"}, {Village: "青山村", Name: "三组", Group: "青山村三组网格群"}}
	for _, q := range []string{"元旦前各村还有哪些事没办完", "元旦之前还有多少没办完的", "放假前各村还有哪些事没办完", "年底前还有几件没办完",
		"春节前各村还有哪些事没办完", "快过年了 还有多少没办完的"} {
		if place, ok := ReadOpenAsk(q, places); !ok || place != "全镇" {
			t.Errorf("ReadOpenAsk(%q) = %q, %v; want 全镇", q, place, ok)
		}
	}
	for _, q := range []string{"元旦前各村安全隐患还有哪些", "放假前还有哪些隐患没处理", "年底了 各村安全隐患还有多少"} {
		if ok, houses := ReadDangerAsk(q); !ok || houses {
			t.Errorf("ReadDangerAsk(%q) = %v, %v; want the dangers", q, ok, houses)
		}
	}
	if ok, houses := ReadDangerAsk("元旦前各村还有哪些危房"); !ok || !houses {
		t.Errorf("ReadDangerAsk(元旦前…危房) = %v, %v; want the houses", ok, houses)
	}
	// a plan told, not asked
	if _, ok := ReadOpenAsk("元旦前把这些事都办完", places); ok {
		t.Error("ReadOpenAsk read an order as a question")
	}
}

// FuzzReadOpenAsk: any text is read without a panic; what is read as the
// question is short, and names one of its open-item words.
func FuzzReadOpenAsk(f *testing.F) {
	places := village.Places{{Village: "青山村", Name: "三组", Group: "青山村三组网格群"}}
	for _, s := range []string{"元旦前各村还有哪些事没办完", "放假前还有多少没办完的", "快过年了快过年", "元旦之前之前", "三组还有几件没办完", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, ok := ReadOpenAsk(s, places); ok && (utf8.RuneCountInString(s) > StatusMaxRunes || !ContainsAnyOf(s, openWords...)) {
			t.Errorf("ReadOpenAsk(%q) read a question", s)
		}
	})
}
