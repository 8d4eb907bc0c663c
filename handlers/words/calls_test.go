package words

import (
	"gridbot/internal/fuzzseed"
	"gridbot/village"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOwnMatter: first-person words naming no one else are the
// recorder's own.
func TestOwnMatter(t *testing.T) {
	for text, want := range map[string]bool{"我想办高龄补贴": true, "俺家也要办低保": true, "我要办残疾证": true,
		"我想问下她那个要带什么材料": false, "白凤兰我想帮她办": false, "那要带户口本原件吗": false, "要带啥材料": false} {
		if got := OwnMatter(text, "白凤兰"); got != want {
			t.Errorf("%s: %v, want %v", text, got, want)
		}
	}
}

// FuzzCallLogSplit: the readers of a worker's free-form call log keep to
// what he wrote: every log split off is a piece of the message, a name
// read before the outcome is one the roster holds and starts the text,
// and the elder's words are the end of the note. Invalid UTF-8 in gives
// none that was not there.
func FuzzCallLogSplit(f *testing.F) {
	for _, s := range []string{"王奶奶、石德贵都打通了，都挺好，白凤兰没人接", "石德贵打了两次没人接", "给王奶奶打了电话，她说最近头晕",
		"石德贵我去看了", "王奶奶说她没接到电话", "白凤兰 她儿子接的 说会转告她", "石德贵 去家里看了 挺好的", "石德贵家我去了 人没事 手机没电了", "王奶奶上门看了 屋里冷 没炭了", "，，白凤兰", "\xff王奶奶已通\xfe", "说话", ""} {
		f.Add(s)
	}
	names := []string{"王奶奶", "石德贵", "白凤兰"}
	isName := func(n string) bool {
		for _, x := range names {
			if n == x {
				return true
			}
		}
		return false
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		logs := SplitCallLogs(s, isName)
		if len(logs) == 0 {
			t.Fatalf("splitCallLogs(%q) gave nothing", s)
		}
		for _, l := range logs {
			if !strings.Contains(s, l) {
				t.Fatalf("splitCallLogs(%q) gave %q, not in the message", s, l)
			}
			if utf8.ValidString(s) && !utf8.ValidString(l) {
				t.Fatalf("splitCallLogs(%q) made invalid UTF-8: %q", s, l)
			}
		}
		if name, rest, ok := NameBeforeOutcome(s, isName); ok {
			if !isName(name) || !strings.Contains(s, name) || rest == "" {
				t.Fatalf("nameBeforeOutcome(%q) = %q, %q", s, name, rest)
			}
		}
		for _, n := range names {
			if IsCallLog(s, n) && !strings.HasPrefix(s, n) {
				t.Fatalf("isCallLog(%q, %q) without the name first", s, n)
			}
		}
		if said := ElderSaid(s); !strings.HasSuffix(s, said) {
			t.Fatalf("elderSaid(%q) = %q, not the end of the note", s, said)
		}
	})
}

// TestCallLogsDoubleSeparator: two separators between logs ("，，", "， ")
// split them like one (found by FuzzCallLogSplit: the second separator
// sliced the message backwards and panicked).
func TestCallLogsDoubleSeparator(t *testing.T) {
	isName := func(n string) bool { return n == "王奶奶" || n == "白凤兰" }
	for _, s := range []string{"王奶奶打通了，，白凤兰没人接", "王奶奶打通了， 白凤兰没人接"} {
		got := SplitCallLogs(s, isName)
		if len(got) != 2 || got[0] != "王奶奶打通了" || got[1] != "白凤兰没人接" {
			t.Errorf("splitCallLogs(%q) = %q, want the two logs", s, got)
		}
	}
}

// FuzzNeedIn: reading a call note for an elder's need never panics, and a
// need found comes with the category its report is filed under.
func FuzzNeedIn(f *testing.F) {
	for _, s := range []string{"她说最近头晕，降压药吃完了", "腰疼好多了", "不疼", "没米了", "挺好", "\xff疼", "没有",
		"腰疼，不要紧", "没事，就是腰疼", "好了吧", "屋里冷 没炭了", "煤快烧完了", "屋里不冷 炭够烧"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		category, ok := needIn(s)
		if ok != (category != "") || ok && !slices.Contains(village.Categories, category) {
			t.Fatalf("needIn(%q) = %q, %v", s, category, ok)
		}
		// a need is told in words: one the note does not hold is none
		if ok && !slices.ContainsFunc(elderNeeds, func(n elderNeed) bool {
			return n.category == category && slices.ContainsFunc(n.words, func(w string) bool { return strings.Contains(s, w) })
		}) {
			t.Fatalf("needIn(%q) = %q, with none of its words in the note", s, category)
		}
	})
}

// FuzzAckLead: splitting an acknowledgement from what follows never
// panics, and what follows is a tail of the text.
func FuzzAckLead(f *testing.F) {
	for _, s := range []string{"好的知道了 我带奶奶去", "收到，我会转告我爸", "收到一个诈骗电话", "知道了", "已阅", "\xff收到", "收到收到了，谢谢", "收到收到，家里炉子都检查过了", "晓得了 明天去"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		rest, ok := AckLead(s)
		if !strings.HasSuffix(s, rest) || !ok && rest != "" {
			t.Fatalf("ackLead(%q) = %q, %v", s, rest, ok)
		}
	})
}
