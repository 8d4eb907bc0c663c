package understand_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// TestTakesOnHandling: after an acknowledgement or 马上, words that he sees
// to a matter from where he is (does it, asks, calls, tells someone,
// follows it) take it on as going words do; bare acknowledgements, a
// refusal, a "no need", and handling words with no acknowledgement first
// do not.
func TestTakesOnHandling(t *testing.T) {
	for text, want := range map[string]string{
		"收到 马上办": "马上办", "好的 我盯着": "盯着", "好的 下午打电话问问": "下午打电话问问", "知道了 我问问": "问问",
		"好的 我跟环卫站说一下": "跟环卫站说一下", "收到 我协调一下": "协调一下", "好的 明天跟进": "明天跟进",
		"收到 这就落实": "这就落实", "马上办": "马上办", "好的 我催一下他们": "催一下他们",
		"收到": "", "好的": "", "知道了": "", "辛苦了": "", "好的 辛苦了": "", "收到 办结了": "",
		"好的 不用打电话了": "", "收到 问问是谁？": "", "我问问": "", "正在联系": "",
	} {
		got, ok := understand.TakesOn(text)
		if got != want || ok != (want != "") {
			t.Errorf("TakesOn(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
}

// TestUnderWayIsWork: handling going on now ("正在联系", "在协调了") is how
// the matter stands (ProgressWords), so work, not a plan.
func TestUnderWayIsWork(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	for _, note := range []string{"正在联系", "在协调了", "还在跟进中", "正在想办法"} {
		if understand.Planned(note, at) {
			t.Errorf("Planned(%q) = true, want work", note)
		}
		if !hasAny(note, understand.ProgressWords()) {
			t.Errorf("%q is not among ProgressWords", note)
		}
	}
	for _, note := range []string{"我问问", "联系电话13800000000", "现在没人"} {
		if hasAny(note, understand.ProgressWords()) {
			t.Errorf("%q reads as progress", note)
		}
	}
}

// TestPromises: a result promised for later, with or without 了, against
// one done, one put to no time, or one denied with no time.
func TestPromises(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	for note, want := range map[string]bool{
		"明天就能修好": true, "下午就弄好了": true, "后天处理好": true, "马上就修好": true,
		"修好了": false, "能修好": false, "修不好": false, "明天去看看": false, "昨天修好了": false,
	} {
		if got := understand.Promises(note, at); got != want {
			t.Errorf("Promises(%q) = %v, want %v", note, got, want)
		}
	}
}

func hasAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}
