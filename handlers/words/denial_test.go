package words

import (
	"testing"
	"unicode/utf8"
)

// TestDeniedOf: the words a reporter denies a fix with, of an item whose
// text is a quarrel over singing at night or a dark lamp: about it, and
// plain (his 未解决) or not (the two answers shown).
func TestDeniedOf(t *testing.T) {
	const (
		quarrel = "对门那家每晚十一点以后还唱卡拉OK 吵得孩子没法写作业"
		lamp    = "村口路灯不亮了 晚上黑乎乎的"
	)
	for _, tc := range []struct {
		name, text, item     string
		wantAbout, wantPlain bool
	}{
		{"still noisy", "还是吵", quarrel, true, true},
		{"still very noisy", "还是很吵啊", quarrel, true, true},
		{"still singing", "还在唱", quarrel, true, true},
		{"again till one", "昨晚又唱到一点多", quarrel, true, true},
		{"no use", "没用", quarrel, true, true},
		{"no use, said", "说了也没用", quarrel, true, true},
		{"no use, still singing", "没用 还在唱", quarrel, true, true},
		{"as if nothing was said", "跟没说一样", quarrel, true, true},
		{"as if nobody came", "和没来过一样", lamp, true, true},
		{"started again", "又开始了！", quarrel, true, true},
		{"no change at all", "一点没变", lamp, true, true},
		{"the old way", "还是老样子", lamp, true, true},
		{"all the same singing", "照样唱", quarrel, true, true},
		{"in vain", "网格长来了也白搭", quarrel, true, true},
		{"still dark", "晚上还是黑乎乎的", lamp, true, true},
		{"in part", "还是有点吵", quarrel, true, false},
		{"better, but", "好一点了 但还是有点暗", lamp, false, false},
		{"thanks, but", "谢谢 但还是吵", quarrel, true, false},
		{"asks", "还在唱吗", quarrel, true, false},
		{"not of a lamp", "还是吵", lamp, false, false},
		{"not of a quarrel", "还是黑的", quarrel, false, false},
		{"let it be", "还是算了", quarrel, false, false},
		{"won't go", "还是不去了", quarrel, false, false},
		{"his phone", "这手机真没用", quarrel, false, false},
		{"his work", "我还在上班", quarrel, false, false},
		{"rain", "又下雨了", lamp, false, false},
		{"I go tonight", "还是我晚上去吧", lamp, false, false},
		{"works as usual", "照样干活", quarrel, false, false},
		{"not lit", "没亮", lamp, true, true},
		{"still not lit", "还没亮啊", lamp, true, true},
		{"not lit, thanks", "谢谢 没亮", lamp, true, false},
		{"not lit of a quarrel", "没亮", quarrel, false, false},
		{"not so", "不是", lamp, false, false},
		{"nothing wrong", "没事", lamp, false, false},
		{"not going", "不去了", lamp, false, false},
		{"not lit, more said", "没亮的时候我再说", lamp, false, false},
		{"thanks, but not lit", "谢谢 不过没亮", lamp, true, false},
		{"but not lit", "不过没亮", lamp, true, true},
		{"not lit of a broken lamp", "没亮", "村口路灯坏了", true, true},
		{"not through of a drain", "但是还不通", "下水道堵了", true, true},
		{"not lit of a drain", "没亮", "下水道堵了", false, false},
		{"but not going", "不过不去了", lamp, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			about, plain := DeniedOf(tc.text, tc.item)
			if about != tc.wantAbout || plain != tc.wantPlain {
				t.Errorf("deniedOf(%q, %q) = about %v, plain %v; want %v, %v", tc.text, tc.item, about, plain, tc.wantAbout, tc.wantPlain)
			}
		})
	}
}

// TestDeniesInWords: the cheap check lets through the words that may deny
// a fix and no chat that cannot.
func TestDeniesInWords(t *testing.T) {
	for text, want := range map[string]bool{
		"还在唱": true, "没用 还在放": true, "跟没说一样": true, "又开始了": true, "照样唱": true, "一点没变": true,
		"没亮": true, "还不通": true, "辛苦了 但是还不通": true, "谢谢 不过没亮": true,
		"我不去了 你们去吧": false, "谢谢大家 辛苦了": false,
		"对门又唱起来了": true, // a character that may be an item's: its read is served from memory
		"我还在上班":   false, "又下雨了": false, "明天又要降温了": false, "你还在吗": false, "好的收到": false, "今天天气不错": false,
	} {
		if got := DeniesInWords(text); got != want {
			t.Errorf("deniesInWords(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzDeniedOf: any text and item text: no panic, plain only when about,
// and words denied of an item pass the cheap check or the words it had
// before (notFixedWords, notFixedPlain).
func FuzzDeniedOf(f *testing.F) {
	for _, s := range []string{"没亮", "还不通啊", "还是吵", "没用 还在唱", "跟没说一样", "还是有点吵", "又", "还是", "跟没", "\xff还在\xfe", "照样一样"} {
		f.Add(s, "对门那家每晚还唱卡拉OK 吵得睡不着")
	}
	f.Fuzz(func(t *testing.T, text, item string) {
		about, plain := DeniedOf(text, item)
		if plain && !about {
			t.Errorf("deniedOf(%q, %q): plain, not about", text, item)
		}
		if about && utf8.ValidString(text) && !DeniesInWords(text) && !ContainsAnyOf(text, NotFixedWords...) && !ContainsAnyOf(text, notFixedPlain...) {
			t.Errorf("deniedOf(%q, %q): about, yet no cheap check lets it through", text, item)
		}
	})
}
