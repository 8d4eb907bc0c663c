package words

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// FuzzCallOwnWords: the readers of a worker's call note in his own words
// (call70) keep to what he wrote: a name read last is one of his and ends
// the text, the rest of it kept; a new number is a number of the text,
// for a name it starts with; a stay's return day is after the note's day
// and within the months a stay is read for; none panics on any input.
func FuzzCallOwnWords(f *testing.F) {
	for _, s := range []string{"打了三次都没人接 王奶奶", "没人接，石德贵", "白凤兰电话换了 新号13912345678", "白凤兰的新号码是139 1234 5678",
		"白凤兰耳朵背 说了半天 也不知道听懂没有", "白凤兰的电话是空号", "王奶奶去她女儿家住了 这个月不在村里", "不是空号", "王奶奶 0851-1234567 换了",
		"\xff王奶奶 新号13912345678\xfe", " 王奶奶", "", "在医院", "在县医院 她儿子说挺好的"} {
		f.Add(s)
	}
	names := []string{"王奶奶", "石德贵", "白凤兰"}
	isName := func(n string) bool { return slices.Contains(names, n) }
	now := time.Date(2026, 12, 5, 18, 15, 0, 0, time.FixedZone("CST", 8*3600))
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := NameLast(s, isName); ok {
			name, note, _ := strings.Cut(got, " ")
			if !isName(name) || !strings.Contains(s, name) || note == "" || !strings.HasPrefix(s, note) {
				t.Fatalf("NameLast(%q) = %q", s, got)
			}
		}
		if name, phone, ok := NewNumber(s, isName); ok {
			digits := strings.NewReplacer(" ", "", "-", "").Replace(s)
			if !isName(name) || !strings.HasPrefix(strings.TrimSpace(s), name) || phone == "" ||
				!strings.Contains(digits, strings.ReplaceAll(phone, "-", "")) {
				t.Fatalf("NewNumber(%q) = %q, %q", s, name, phone)
			}
			if utf8.ValidString(s) && !utf8.ValidString(phone) {
				t.Fatalf("NewNumber(%q) made invalid UTF-8: %q", s, phone)
			}
		}
		if w := DeadNumberWord(s); w != "" && !strings.Contains(s, w) {
			t.Fatalf("DeadNumberWord(%q) = %q", s, w)
		}
		_ = UnsureHeard(s)
		if stay, ok := InHospital(s, now); ok {
			if !stay.Until.After(now) || stay.Until.Sub(now) > 100*24*time.Hour {
				t.Fatalf("InHospital(%q) until %v", s, stay.Until)
			}
		}
		if o, ok := HeardOutcome(s, now); ok != (o != "") || o != "" && o != village.OutcomeReached && o != village.OutcomeMissed {
			t.Fatalf("HeardOutcome(%q) = %q, %v", s, o, ok) // call75
		}
	})
}
