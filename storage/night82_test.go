package storage

import (
	"strings"
	"testing"
)

// Notes held at different minutes end the joined message with one note
// for the span (night82); notes of another kind keep their own.
func TestJoinTextsOneTimeNote(t *testing.T) {
	held := func(when string) string {
		return "（这是" + when + "的消息，为免夜里打扰，早上才发）"
	}
	for _, c := range []struct {
		name  string
		texts []string
		want  string
	}{
		{"same minute", []string{"甲\n" + held("昨天23:00"), "乙\n" + held("昨天23:00")},
			"【夜里的消息】\n1. 甲\n\n2. 乙\n\n" + held("昨天23:00")},
		{"minutes apart", []string{"甲\n" + held("昨天23:10"), "乙\n" + held("昨天23:00"), "丙\n" + held("昨天23:05")},
			"【夜里的消息】\n1. 甲\n\n2. 乙\n\n3. 丙\n\n（这些是昨天23:00–23:10的消息，为免夜里打扰，早上才发）"},
		{"across midnight", []string{"甲\n" + held("今天00:10"), "乙\n" + held("昨天23:50")},
			"【夜里的消息】\n1. 甲\n\n2. 乙\n\n（这些是昨天23:50–今天00:10的消息，为免夜里打扰，早上才发）"},
		{"a morning after an outage", []string{"甲\n" + held("12月7日23:00"), "乙\n" + held("12月7日23:40")},
			"【夜里的消息】\n1. 甲\n\n2. 乙\n\n（这些是12月7日23:00–23:40的消息，为免夜里打扰，早上才发）"},
		{"two nights", []string{"甲\n" + held("2025年12月31日23:00"), "乙\n" + held("昨天23:40")},
			"【夜里的消息】\n1. 甲\n\n2. 乙\n\n（这些是2025年12月31日23:00–昨天23:40的消息，为免夜里打扰，早上才发）"},
		{"another kind of note", []string{"甲\n" + held("昨天23:00"), "乙\n（这是昨天10:05的消息，没能及时发出，现在补发）"},
			"【夜里的消息】\n1. 甲\n" + held("昨天23:00") + "\n\n2. 乙\n（这是昨天10:05的消息，没能及时发出，现在补发）"},
		{"no note", []string{"甲", "乙\n" + held("昨天23:00")},
			"【夜里的消息】\n1. 甲\n\n2. 乙\n" + held("昨天23:00")},
	} {
		if got := JoinTexts("【夜里的消息】", c.texts); got != c.want {
			t.Errorf("%s:\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
}

func FuzzTimeNotes(f *testing.F) {
	f.Add("（这是昨天23:00的消息，为免夜里打扰，早上才发）", "（这是今天00:10的消息，为免夜里打扰，早上才发）")
	f.Add("（这是12月7日23:00的消息，x）", "（这是的消息，x）")
	f.Fuzz(func(t *testing.T, a, b string) {
		note, ok := timeNotes([]string{a, b})
		if ok && !strings.HasPrefix(note, "（这") && note != a {
			t.Errorf("timeNotes(%q, %q) = %q", a, b, note)
		}
	})
}
