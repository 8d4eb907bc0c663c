package handlers

import (
	"slices"
	"testing"

	"gridbot/handlers/words"
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
		all := []question{{Kind: words.AskConfirm, Text: "a"}, {Kind: words.AskDup, Ref: "R1"}, {Kind: words.AskProgress, Ref: "R2"},
			{Kind: words.AskDup, Ref: "R2"}, {Kind: words.AskConfirm, Text: "b", Claim: true}, {Kind: words.AskWhom, For: "张三"},
			{Kind: words.AskRedeem, Text: "兑换 张三 香皂 1", For: "张三", Item: "香皂"}, {Kind: words.AskRedeem, Text: "兑换 陈二 食用盐 1", For: "陈二", Item: "食用盐"}}
		var qs []question
		for i, q := range all {
			if mix&(1<<i) != 0 {
				qs = append(qs, q)
			}
		}
		word, _, _ := words.AnswerWord(text)
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
			case q.Kind != words.AskConfirm && matterOf(q) != matterOf(first):
				t.Fatalf("picked items %s and %s", matterOf(first), matterOf(q))
			case said && q.Kind != words.AskWhom:
				t.Fatalf("a name picked a %s question", q.Kind)
			}
		}
		if len(qs) > 0 && !said && !unsure && len(which) == 0 {
			t.Fatalf("%q to %d questions: neither picked nor asked back", text, len(qs))
		}
	})
}

// FuzzQuotedConfirms: whatever the quoted message and the word, an answer
// quoting it picks confirm-backs waiting only (in order, each once), and
// some whenever it picks; a message naming items none waiting is about,
// and no confirm-back, is another question's.
func FuzzQuotedConfirms(f *testing.F) {
	for _, s := range []string{"@陈二 我理解为：一般事项·道路交通——东头那条路有个坑。回复「1」登记，「2」不用。",
		"我理解为 2 件事：\n1. 路灯\n2. 垃圾\n回复「1」各自登记，「2」都不用。", "#R1 已办结：换了灯泡。\n@张三 请确认：解决了回复「满意 #R1」", "回复「1」登记 #R2", ""} {
		f.Add(s, "是", uint8(0b1111))
		f.Add(s, "合并", uint8(0b0110))
	}
	f.Fuzz(func(t *testing.T, quote, word string, mix uint8) {
		all := []question{{Kind: words.AskConfirm, Text: "东头那条路有个坑"}, {Kind: words.AskDup, Ref: "R1"}, {Kind: words.AskConfirm, Text: "后山的狗一直叫"},
			{Kind: words.AskProgress, Ref: "R2"}, {Kind: words.AskConfirm, Text: "给我儿子申请积分", Claim: true}}
		var qs []question
		for i, q := range all {
			if mix&(1<<i) != 0 {
				qs = append(qs, q)
			}
		}
		which, ok := quotedConfirms(qs, word, quote)
		if ok != (len(which) > 0) || !slices.IsSorted(which) || len(slices.Compact(slices.Clone(which))) != len(which) {
			t.Fatalf("%q: picked %v, ok %v", quote, which, ok)
		}
		for _, i := range which {
			if i < 0 || i >= len(qs) || qs[i].Kind != words.AskConfirm {
				t.Fatalf("%q: picked %d of %v", quote, i, qs)
			}
		}
		if quotesOtherItem(qs, village.FindRefs(quote), quote) && ok {
			t.Fatalf("%q: both a confirm-back and another item's question", quote)
		}
	})
}
