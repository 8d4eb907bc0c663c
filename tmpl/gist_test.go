package tmpl

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
)

// TestGist (town89): a notice is quoted whole up to gistRunes, else to the
// last sentence's end that fits, else the last clause's, never cut
// mid-clause while it has a mark to cut at (Shorten cut 「…准时参…」).
func TestGist(t *testing.T) {
	long := "明天上午9点在镇政府三楼会议室召开冬季防火安全工作会议，请各村网格长、网格员准时参加，带好笔记本和本组隐患排查表；" +
		"不能来的提前向孙七请假，并安排人员代为参加，会后各组要在群里传达会议精神。"
	commas := strings.Repeat("各户检查门窗，", 20)
	for _, tc := range []struct{ in, want string }{
		{"今晚7点开会", "今晚7点开会"},
		{"寒潮预警：明天起气温骤降，最低零下8度，请各户检查门窗，老人小孩注意保暖，烧煤烧炭的注意取暖防煤气中毒，开窗通风，不要把炉子放卧室。",
			"寒潮预警：明天起气温骤降，最低零下8度，请各户检查门窗，老人小孩注意保暖，烧煤烧炭的注意取暖防煤气中毒，开窗通风，不要把炉子放卧室。"},
		{long, "明天上午9点在镇政府三楼会议室召开冬季防火安全工作会议，请各村网格长、网格员准时参加，带好笔记本和本组隐患排查表；…"},
		{commas, strings.Repeat("各户检查门窗，", 10) + "各户检查门窗…"},
		{strings.Repeat("很", 100), strings.Repeat("很", 40) + "…"},
		{"通知。" + strings.Repeat("很", 100), "通知。" + strings.Repeat("很", 37) + "…"},
		{"  明天  开会 ", "明天 开会"},
	} {
		if got := Gist(tc.in); got != tc.want {
			t.Errorf("Gist(%q)\n = %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// FuzzGist: Gist is the collapsed text whole or a prefix of it with "…",
// at most gistRunes runes and the ellipsis.
func FuzzGist(f *testing.F) {
	for _, s := range append(shortenCases, "明天开会，请准时参加；"+strings.Repeat("不能来的请假。", 12)) {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		got, whole := Gist(s), strings.Join(strings.Fields(s), " ")
		if got != whole {
			whole = string([]rune(whole)) // a cut text is of runes: invalid bytes read as U+FFFD
		}
		if got == whole {
			return
		}
		cut, ok := strings.CutSuffix(got, "…")
		if !ok || !strings.HasPrefix(whole, cut) {
			t.Fatalf("Gist(%q) = %q: not the text or a prefix of it with …", s, got)
		}
		if n := utf8.RuneCountInString(cut); n > gistRunes || n == 0 && whole != "" {
			t.Fatalf("Gist(%q) = %q: %d runes kept", s, got, n)
		}
	})
}
