package handlers

import (
	"slices"
	"testing"

	"gridbot/village"
)

// FuzzMeant: whatever a person answers, with any mix of questions
// waiting, meant picks questions that wait (in order, each once) of one
// kind, of one item (one redemption) unless they are confirm-backs, or is unsure and picks
// none; a name goes to the question whom a claim is for, or nowhere.
func FuzzMeant(f *testing.F) {
	for _, s := range []string{"1", "2", "是", "不是", "好的", "对", "记上", "不是进展", "另外登记", "是 #R2", "不是，是另一盏 R1", "１。", "昨天忘回了 1", "是 陈二", "不是 张三"} {
		f.Add(s, uint8(0b1111), false)
		f.Add(s, uint8(0b11000000), false)
	}
	f.Fuzz(func(t *testing.T, text string, mix uint8, said bool) {
		all := []question{{Kind: askConfirm, Text: "a"}, {Kind: askDup, Ref: "R1"}, {Kind: askProgress, Ref: "R2"},
			{Kind: askDup, Ref: "R2"}, {Kind: askConfirm, Text: "b", Claim: true}, {Kind: askWhom, For: "张三"},
			{Kind: askRedeem, Text: "兑换 张三 香皂 1", For: "张三", Item: "香皂"}, {Kind: askRedeem, Text: "兑换 陈二 食用盐 1", For: "陈二", Item: "食用盐"}}
		var qs []question
		for i, q := range all {
			if mix&(1<<i) != 0 {
				qs = append(qs, q)
			}
		}
		word, _, _ := answerWord(text)
		quoted := [][]village.Ref{nil, {{Kind: 'R', N: 1}}, {{Kind: 'R', N: 2}}}
		which, unsure := meant(qs, word, said, village.FindRefs(text), quoted[mix%3], text)
		if unsure && len(which) > 0 {
			t.Fatalf("unsure, yet picked %v", which)
		}
		if !slices.IsSorted(which) || len(slices.Compact(slices.Clone(which))) != len(which) {
			t.Fatalf("picked %v: not each once, in order", which)
		}
		for _, i := range which {
			if i < 0 || i >= len(qs) {
				t.Fatalf("picked %d of %d", i, len(qs))
			}
			q, first := qs[i], qs[which[0]]
			switch {
			case q.Kind != first.Kind:
				t.Fatalf("picked kinds %s and %s", first.Kind, q.Kind)
			case q.Kind != askConfirm && matterOf(q) != matterOf(first):
				t.Fatalf("picked items %s and %s", matterOf(first), matterOf(q))
			case said && q.Kind != askWhom:
				t.Fatalf("a name picked a %s question", q.Kind)
			}
		}
		if len(qs) > 0 && !said && !unsure && len(which) == 0 {
			t.Fatalf("%q to %d questions: neither picked nor asked back", text, len(qs))
		}
	})
}
