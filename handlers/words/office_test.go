package words

import (
	"gridbot/internal/fuzzseed"
	"testing"
)

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
		q, ok := AskedOpenly(tc.note)
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
		if q, ok := AskedOpenly(note); ok && (q == "" || len(q) >= len(note)) {
			t.Errorf("%q: question %q", note, q)
		}
	})
}
