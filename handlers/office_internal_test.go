package handlers

import (
	"testing"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/internal/fuzzseed"
)

// TestReadOpenAsk: an officer's plain question about a place's open
// items, and talk that holds its words.
func TestReadOpenAsk(t *testing.T) {
	for _, tc := range []struct {
		text, place string
	}{
		{"青山村有几件没办完", "青山村"},
		{"三组还有哪些没办完的？", "青山村三组"},
		{"3组还有几件待办", "青山村三组"},
		{"全镇还有多少没处理", "全镇"},
		{"四组有几件没办完", "四组"},
		{"还有几件没办完", "全镇"},
		{"年底了，还有多少没办完的", "全镇"},
		{"你那边还有几件没办完", ""},
		{"你们青山村还有几件没办完", ""},
		{"青山村没办完的我明天去催一下", ""},
		{"青山村的路灯修好了吗", ""},
		{"明天开会说说青山村没办完的事吗", ""},
	} {
		place, ok := words.ReadOpenAsk(tc.text, statusPlaces)
		if ok != (tc.place != "") || ok && place != tc.place {
			t.Errorf("%q: %q %v, want %q", tc.text, place, ok, tc.place)
		}
	}
}

func FuzzReadOpenAsk(f *testing.F) {
	for _, s := range []string{"青山村有几件没办完", "三组还有哪些没办完的？", "全镇还有多少没处理", "", "没办完没办完没办完没办完没办完没办完吗"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		place, ok := words.ReadOpenAsk(text, statusPlaces)
		if ok && (place == "" || utf8.RuneCountInString(text) > words.StatusMaxRunes) {
			t.Errorf("%q: read as a question about %q", text, place)
		}
	})
}
