package words_test

import (
	"strings"
	"testing"

	"gridbot/handlers/words"
)

func isElder(n string) bool { return n == "王奶奶" || n == "白凤兰" }

// TestAskedFor (appr99): whom a cadre's words ask a procedure for.
func TestAskedFor(t *testing.T) {
	for text, want := range map[string]string{
		"帮王奶奶问一下高龄补贴能领多少":  "王奶奶",
		"我替白凤兰打听下低保咋办":     "白凤兰",
		"麻烦帮王奶奶申请个高龄补贴":    "王奶奶",
		"王奶奶问高龄补贴能领多少":     "王奶奶", // her question passed on (appr101)
		"王奶奶让我问一下低保年审要准备啥": "王奶奶",
		"王奶奶身体挺好 问下补贴":     "",
		"帮王奶奶挑了两担水":        "",
		"帮我问一下低保":          "",
		"给王奶奶家修了屋顶 问下补贴":   "",
	} {
		got, ok := words.AskedFor(text, isElder)
		if got != want || ok != (want != "") {
			t.Errorf("AskedFor(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}

// TestHoursAsked (appr99): the office's hours asked, no other place named.
func TestHoursAsked(t *testing.T) {
	for text, want := range map[string]bool{
		"周六上班吗": true, "那村委会中午有人在吗": true, "几点开门": true, "星期天办公吗": true,
		"派出所几点上班": false, "我儿子周六上班": false, "要带身份证吗": false,
	} {
		if got := words.HoursAsked(text); got != want {
			t.Errorf("HoursAsked(%q) = %v; want %v", text, got, want)
		}
	}
}

// FuzzAskedForHours: the name found is one isName knows and opens after a
// helping word; an hours question holds an hours word; a lost thing told
// holds a word of loss. None panics.
func FuzzAskedForHours(f *testing.F) {
	for _, s := range []string{"帮王奶奶问一下高龄补贴能领多少", "周六上班吗", "发票丢了咋办", "我替白凤兰打听下", "帮王 奶奶问", "", "帮", "替白凤兰"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, ok := words.AskedFor(s, isElder); ok && (!isElder(n) || !strings.Contains(s, n)) {
			t.Errorf("AskedFor(%q) = %q", s, n)
		}
		if words.HoursAsked(s) && !words.ContainsAnyOf(s, words.HoursAsks...) {
			t.Errorf("HoursAsked(%q) with no hours word", s)
		}
		if words.LostTold(s) && !strings.ContainsAny(s, "丢掉找不") {
			t.Errorf("LostTold(%q)", s)
		}
	})
}
