package tmpl

import (
	"strings"
	"testing"
	"testing/fstest"
	"text/template"
	"time"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
)

// shortenPlain is the plain definition Shorten must keep to: collapse the
// whitespace, then cut to max runes with an ellipsis.
func shortenPlain(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

// shortenCases hold texts with whitespace to collapse and texts without,
// which Shorten returns without a copy.
var shortenCases = []string{
	"", " ", "村口第12根路灯不亮了", "村口 路灯 不亮了", "村口  路灯", " 村口", "村口 ", "村口\t路灯",
	"村口\n路灯", "村口\u3000路灯", "@李四\u2005请受理", "a b c", "\xff \xfe", "a\u00a0b",
	strings.Repeat("很长的一段话，", 10), strings.Repeat("很长 的一段话，", 10) + " ",
}

func TestShorten(t *testing.T) {
	for _, s := range shortenCases {
		for _, max := range []int{3, 40} {
			if got, want := Shorten(s, max), shortenPlain(s, max); got != want {
				t.Errorf("Shorten(%q, %d) = %q, want %q", s, max, got, want)
			}
		}
	}
}

func FuzzShorten(f *testing.F) {
	for _, s := range shortenCases {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Shorten(s, 40), shortenPlain(s, 40); got != want {
			t.Errorf("Shorten(%q, 40) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkShorten shortens what the texts usually hold: a report's text
// or a note, short and with no whitespace to collapse.
func BenchmarkShorten(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Shorten("村口第12根路灯不亮了，晚上走路看不见", 40)
	}
}

// TestMustSets: the group set's short masks before it cuts, the other
// set's repeats the words as they are; both keep the caller's helpers.
func TestMustSets(t *testing.T) {
	fsys := fstest.MapFS{"t.tmpl": {Data: []byte(`{{define "t"}}{{short .}}|{{x}}{{end}}`)}}
	mask := func(s string) string { return strings.ReplaceAll(s, "13912345678", "[电话]") }
	texts, group := MustSets(fsys, time.UTC, template.FuncMap{"x": func() string { return "x" }}, mask)
	words := strings.Repeat("水", 35) + "13912345678"
	if got, want := texts.Render("t", words), strings.Repeat("水", 35)+"13912…|x"; got != want {
		t.Errorf("texts: %q, want %q", got, want)
	}
	if got, want := group.Render("t", words), strings.Repeat("水", 35)+"[电话]|x"; got != want {
		t.Errorf("group: %q, want %q", got, want)
	}
}
