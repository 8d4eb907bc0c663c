package words

import (
	"strings"
	"testing"
)

func TestStillThere(t *testing.T) {
	for text, want := range map[string]bool{
		"路上的冰还在呢":    true,
		"垃圾还在":       true,
		"那堆雪还在啊 没人铲": true,
		"树枝还在，挡着路":   true,
		"人还在上班":      false, // goes on: no thing left there
		"他还在呢":       false, // a person
		"我还在家":       false,
		"还在呢":        false, // names nothing
		"冰还在化":       false, // melting: on the way
	} {
		if got := stillThere(text); got != want {
			t.Errorf("stillThere(%q) = %v, want %v", text, got, want)
		}
	}
	if !DeniesInWords("路上的冰还在呢") {
		t.Error("「路上的冰还在呢」 should be read as a denial (no Redis read was made for it)")
	}
}

func TestFixedWithThanksOfThePlace(t *testing.T) {
	for text, want := range map[string]bool{
		"这下晚上亮堂多了 多谢李四跑一趟": true,
		"路好走多了 谢谢":         true,
		"门口扫干净了 辛苦了":       true,
		"还是不亮堂 谢谢":         false, // a doubt
		"亮堂多了吗 谢谢":         false,
	} {
		if got := FixedWithThanks(text); got != want {
			t.Errorf("FixedWithThanks(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzStillThere(f *testing.F) {
	for _, s := range []string{"路上的冰还在呢", "还在", "冰还在", "还在还在", "\xff还在", "人还在上班"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if stillThere(s) && (!strings.Contains(s, "还在") || !stillTalk(s)) {
			t.Errorf("%q: still there without 还在, or no still talk", s)
		}
	})
}
