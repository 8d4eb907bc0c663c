package village

import (
	"strings"
	"testing"
	"time"
)

// TestPromiseMiswritten: a promise of a day the calendar has not is found
// as written; a valid one, none, or 「统一月底前」 is not.
func TestPromiseMiswritten(t *testing.T) {
	now := time.Date(2026, time.December, 3, 23, 0, 0, 0, time.UTC)
	for note, want := range map[string]string{
		"明天去 预计13月45日前办结":  "13月45日",
		"预计2月30日前办结":       "2月30日",
		"二月三十日之前弄好":        "二月三十日",
		"预计12月5日前办结":       "",
		"预计2月30日前，最迟3月2日前": "", // the valid one is the promise
		"统一月底前交齐":          "",
		"已联系电工":            "",
	} {
		got, ok := PromiseMiswritten(note, now)
		if got != want || ok != (want != "") {
			t.Errorf("PromiseMiswritten(%q) = %q, %v; want %q", note, got, ok, want)
		}
	}
}

func FuzzPromiseMiswritten(f *testing.F) {
	for _, s := range []string{"预计13月45日前办结", "2月30日前", "99月99日前", "3月6日前", "统一月底前", "", "二月三十日之前"} {
		f.Add(s, int64(1772409600))
	}
	f.Fuzz(func(t *testing.T, note string, unix int64) {
		now := time.Unix(unix%(1<<34), 0).UTC()
		got, ok := PromiseMiswritten(note, now)
		if !ok {
			return
		}
		if _, valid := PromiseIn(note, now); valid {
			t.Errorf("%q: miswritten %q, but PromiseIn reads a day", note, got)
		}
		if got == "" || !strings.Contains(note, got) {
			t.Errorf("%q: miswritten %q is not in it", note, got)
		}
	})
}
