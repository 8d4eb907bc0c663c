package handlers

import (
	"testing"
	"unicode/utf8"

	"gridbot/handlers/words"
	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

var statusPlaces = village.Places{{Village: "青山村", Name: "一组", Group: "青山村一组网格群"}, {Village: "青山村", Name: "三组", Group: "青山村三组网格群"}}

// TestReadStatusAsk: the questions for the picture and the overdue items,
// in plain words; other words that hold theirs are not.
func TestReadStatusAsk(t *testing.T) {
	for _, tc := range []struct {
		text string
		want words.StatusAsk
		ok   bool
	}{
		{"今天各村情况怎么样", words.StatusAsk{}, true},
		{"今天怎么样", words.StatusAsk{}, true},
		{"汇总一下", words.StatusAsk{}, true},
		{"这周情况", words.StatusAsk{Week: true}, true},
		{"本周怎么样了？", words.StatusAsk{Week: true}, true},
		{"情况 青山村", words.StatusAsk{Place: "青山村"}, true},
		{"3组情况如何", words.StatusAsk{Place: "青山村三组"}, true},
		{"超期的有哪些", words.StatusAsk{Overdue: true}, true},
		{"哪些超期了", words.StatusAsk{Overdue: true}, true},
		{"超时没办的", words.StatusAsk{Overdue: true}, true},
		{"超期", words.StatusAsk{Overdue: true}, true},
		{"超期 三组", words.StatusAsk{Overdue: true, Place: "青山村三组"}, true},
		{"四组有超期的吗", words.StatusAsk{Overdue: true, Unknown: "四组"}, true},
		{"有没有超期的", words.StatusAsk{Overdue: true}, true},
		{"有没有过期的药", words.StatusAsk{}, false},
		{"今天天气怎么样", words.StatusAsk{}, false},
		{"证件过期了怎么办", words.StatusAsk{}, false},
		{"什么情况", words.StatusAsk{}, false},
		{"R1情况怎么样", words.StatusAsk{}, false},
		{"路灯坏了超期了还没人来修，你们管不管", words.StatusAsk{}, false},
		{"大家辛苦了", words.StatusAsk{}, false},
	} {
		got, ok := readStatusAsk(&turn{text: tc.text}, statusPlaces)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("%s: %+v %v, want %+v %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

// FuzzReadStatusAsk: only a short text reads as a question; the place it
// asks about is one of the township's, and a word that only looks like
// a place is kept apart from it; a space after it changes nothing.
func FuzzReadStatusAsk(f *testing.F) {
	for _, s := range []string{"超期的有哪些", "情况 青山村", "这周情况", "四组有超期的吗", "今天天气怎么样", "", "超期超期超期超期超期超期超期",
		"3组情况如何", "超期 三组", "哪个村积分最高", "哪家积分最高"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		ask, ok := readStatusAsk(&turn{text: text}, statusPlaces)
		if !ok {
			return
		}
		if utf8.RuneCountInString(text) > words.StatusMaxRunes {
			t.Errorf("%q: a long text read as a question", text)
		}
		if ask.Place != "" && (statusPlaces.Named(ask.Place, "").Name != ask.Place || ask.Unknown != "") {
			t.Errorf("%q: %+v asks about a place the township has not", text, ask)
		}
		if utf8.RuneCountInString(text) < words.StatusMaxRunes {
			if spaced, sok := readStatusAsk(&turn{text: text + " "}, statusPlaces); !sok || spaced != ask {
				t.Errorf("%q: %+v, with a space after it %+v %v", text, ask, spaced, sok)
			}
		}
	})
}
