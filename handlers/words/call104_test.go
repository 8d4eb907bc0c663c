package words

import (
	"testing"
	"time"
)

// TestCall104KinTakesHer (call104): one of hers taking her to his home
// ("我闺女接她去她家住几天", a daughter married out) is her stay away, not
// his; the daughter bringing her home is none.
func TestCall104KinTakesHer(t *testing.T) {
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	for note, want := range map[string]bool{
		"我闺女接她去她家住几天":                true,
		"她跟嫁到外村的闺女走了 去她那住到过年 电话先别打了": true,
		"她闺女把她接到她那去了":                true,
		"他她都去我姐家了 过完年回来":             true,
		"她孙子接她去城里过年了":                true,
		"她让我姐接走了 腊月二十回来":             true,
		"她闺女把她接回家了":                  false,
		"她闺女接的 挺好":                   false,
		"过年她闺女接她去她家住几天":              false, // ahead, not begun
	} {
		s, ok := InHospital(note, now)
		if ok && !s.Out || ok != want {
			t.Errorf("%s: stay %v %+v, want %v", note, ok, s, want)
		}
	}
}

// FuzzCall104KinTakesHer: reading a stay never panics, and what it
// strips of the places keeps the text's end.
func FuzzCall104KinTakesHer(f *testing.F) {
	for _, s := range []string{"我闺女接她去她家住几天", "跟嫁到外村的闺女走了", "她闺女把她接到她那去了", "接", "跟的闺女走了"} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		InHospital(s, now)
		if out := withoutAwayPlaces(s); len(out) > len(s) {
			t.Fatalf("%q grew to %q", s, out)
		}
	})
}
