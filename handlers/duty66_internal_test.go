package handlers

import (
	"slices"
	"testing"
	"time"

	"gridbot/handlers/words"
)

// TestMeantPick: a number while a pick question and a confirm-back (or a
// command offered) wait goes to the one asked last; 「3」 to a pick of
// three items or more, else to a pick of fewer (which asks again); 不用
// to both is asked back.
func TestMeantPick(t *testing.T) {
	at := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	pick := func(n int, at time.Time) question {
		q := question{Kind: words.AskPick, Text: "我马上过去", At: at}
		for i := range n {
			q.Picks = append(q.Picks, words.PickOption{Ref: "R" + string(rune('1'+i)), Line: "进展 #R1 x"})
		}
		return q
	}
	confirm := question{Kind: words.AskConfirm, Text: "路灯坏了", At: at}
	offer := question{Kind: words.AskCommand, Text: "确认 #R2", At: at}
	for _, c := range []struct {
		name   string
		qs     []question
		word   string
		which  []int
		unsure bool
	}{
		{"pick newer than confirm", []question{confirm, pick(2, at.Add(time.Minute))}, "1", []int{1}, false},
		{"confirm newer than pick", []question{pick(2, at), {Kind: words.AskConfirm, Text: "b", At: at.Add(time.Minute)}}, "1", []int{1}, false},
		{"pick newer than offer", []question{offer, pick(2, at.Add(time.Minute))}, "2", []int{1}, false},
		{"offer newer than pick", []question{pick(2, at), {Kind: words.AskCommand, Text: "x", At: at.Add(time.Minute)}}, "1", []int{1}, false},
		{"3 of three", []question{confirm, pick(3, at)}, "3", []int{1}, false},
		{"3 of two: asked again (which75)", []question{pick(2, at)}, "3", []int{0}, false},
		{"3 to a confirm-back alone", []question{confirm}, "3", nil, false},
		{"12 of two: asked again (pick76)", []question{confirm, pick(2, at)}, "12", []int{1}, false},
		{"全部 to a confirm-back alone", []question{confirm}, words.AllPick, nil, false},
		{"全部 to 都同意's list (pick76)", []question{confirm, {Kind: words.AskCommand, Text: "同意 #C1", All: []string{"C1", "C2"}, At: at}}, words.AllPick, []int{1}, false},
		{"不用 to both", []question{confirm, pick(2, at.Add(time.Minute))}, "不用", nil, true},
		{"2 to a confirm-back alone", []question{confirm}, "2", []int{0}, false},
	} {
		which, unsure := meant(c.qs, c.word, false, nil, nil, c.word)
		if !slices.Equal(which, c.which) || unsure != c.unsure {
			t.Errorf("%s: meant %v, %v; want %v, %v", c.name, which, unsure, c.which, c.unsure)
		}
	}
	if w, ok := words.PickNumber("３"); !ok || w != "3" {
		t.Errorf("pickNumber(３) = %q, %v", w, ok)
	}
	for s, want := range map[string]string{"12": "12", "１０": "10", "全部": words.AllPick, "都": words.AllPick} {
		// pick76: a number past the list is told so, 「全部」 asked one at a time
		if w, ok := words.PickNumber(s); !ok || w != want {
			t.Errorf("pickNumber(%q) = %q, %v; want %q", s, w, ok, want)
		}
	}
	for _, s := range []string{"1", "2", "三", "123", "05", "都好"} {
		if _, ok := words.PickNumber(s); ok {
			t.Errorf("pickNumber(%q) took it", s)
		}
	}
}
