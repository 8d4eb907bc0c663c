package words

import (
	"gridbot/internal/fuzzseed"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDialledCallLog: a worker's words that he phoned an elder ("白凤兰打过
// 了 她说…", "给王奶奶打了电话 挺好") keep to what he wrote: the note read
// after the dialling words is the end of the text and set apart from
// them; a log read so names a roster name found in the text and starts
// with an outcome word, as 回访's arguments do; invalid UTF-8 in gives none
// that was not there.
func FuzzDialledCallLog(f *testing.F) {
	for _, s := range []string{"白凤兰打过了 她说要办高龄补贴", "给白凤兰打了电话 挺好", "白凤兰我今天已经打过电话了，身体还行", "白凤兰打了孙子",
		"白凤兰打了吗", "王奶奶打过了", "给王奶奶打过了 人挺好", "石德贵电话打过了 说没事", "王奶奶打过了 她说没人接她去医院", "打过了",
		"\xff白凤兰打过了\xfe", "给给白凤兰打了", "白凤兰的电话已经打过了，，，", "王奶奶打过了 她孙子接的 说挺好"} {
		f.Add(s)
	}
	isName := func(n string) bool { return n == "王奶奶" || n == "石德贵" || n == "白凤兰" }
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if note, ok := dialledNote(s); ok {
			if !strings.HasSuffix(s, note) {
				t.Fatalf("dialledNote(%q) = %q, not the end of the text", s, note)
			}
			if before := strings.TrimSuffix(s, note); note != "" && !strings.ContainsAny(before[max(0, len(before)-3):], CallSeps) {
				t.Fatalf("dialledNote(%q) = %q, glued to the dialling words", s, note)
			}
		}
		name, rest, ok := NameBeforeOutcome(s, isName)
		if !ok {
			return
		}
		if !isName(name) || !strings.Contains(s, name) {
			t.Fatalf("nameBeforeOutcome(%q) named %q", s, name)
		}
		if at, _, _ := OutcomeAt(rest); at != 0 {
			t.Fatalf("nameBeforeOutcome(%q) = %q, %q: no outcome first", s, name, rest)
		}
		if _, outcome, _, parsed := ParseCallLog(name + " " + rest); !parsed || outcome == "" {
			t.Fatalf("nameBeforeOutcome(%q) = %q, %q: 回访 cannot read it", s, name, rest)
		}
		if utf8.ValidString(s) && !utf8.ValidString(rest) {
			t.Fatalf("nameBeforeOutcome(%q) made invalid UTF-8: %q", s, rest)
		}
	})
}
