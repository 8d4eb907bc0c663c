package handlers

import (
	"testing"
	"unicode/utf8"

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
		{"还有几件没办完", ""},
		{"你们青山村还有几件没办完", ""},
		{"青山村没办完的我明天去催一下", ""},
		{"青山村的路灯修好了吗", ""},
		{"明天开会说说青山村没办完的事吗", ""},
	} {
		place, ok := readOpenAsk(tc.text, statusPlaces)
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
		place, ok := readOpenAsk(text, statusPlaces)
		if ok && (place == "" || utf8.RuneCountInString(text) > statusMaxRunes) {
			t.Errorf("%q: read as a question about %q", text, place)
		}
	})
}

// TestAskedOpenly: "问 …" quoting an item's message is a question for its
// grid's group; other words that start with 问 are not.
func TestAskedOpenly(t *testing.T) {
	for _, tc := range []struct{ note, q string }{
		{"问 电工几点到", "电工几点到"},
		{"问：有照片吗", "有照片吗"},
		{"问,具体位置在哪", "具体位置在哪"},
		{"问问网格长", ""},
		{"问题不大", ""},
		{"问 ", ""},
		{"问", ""},
		{"电工几点到", ""},
	} {
		q, ok := askedOpenly(tc.note)
		if ok != (tc.q != "") || q != tc.q {
			t.Errorf("%q: %q %v, want %q", tc.note, q, ok, tc.q)
		}
	}
}

func FuzzAskedOpenly(f *testing.F) {
	for _, s := range []string{"问 电工几点到", "问：有照片吗", "问", "问\xef", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, note string) {
		if q, ok := askedOpenly(note); ok && (q == "" || len(q) >= len(note)) {
			t.Errorf("%q: question %q", note, q)
		}
	})
}
