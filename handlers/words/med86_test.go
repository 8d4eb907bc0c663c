package words

import (
	"strings"
	"testing"
	"time"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestOfferSum: a party's bounded offer of a sum is read with its sum; a
// refusal, a question or no sum is none (med86).
func TestOfferSum(t *testing.T) {
	for text, want := range map[string]string{
		"牛吃麦子的事我最多赔一百":    "一百",
		"顶多给两百块 多了没有":     "两百",
		"大不了我出50":         "50",
		"最多赔一百？凭什么":       "",
		"最多赔多少你说个数":       "",
		"牛吃麦子的事我不赔 一分都不给": "",
	} {
		if got := OfferSum(text); got != want {
			t.Errorf("OfferSum(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestAnswersUnkept: a word of the payment is of a quarrel reopened on its
// unkept settlement, not of one reopened otherwise, nor one resolved.
func TestAnswersUnkept(t *testing.T) {
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	rep := village.Report{Type: village.Mediation, Status: village.StatusReopened, History: []village.Entry{
		{Action: village.ActResolve, At: at}, {Action: village.ActReopen, At: at.Add(time.Hour), Note: "说好三天给钱 到现在300块一分没给"},
		{Action: village.ActSaid, At: at.Add(2 * time.Hour), By: "陈二", Note: "还等着呢"}}}
	if !AnswersUnkept(rep, "我又没说不给 最近手头紧 过几天再说") {
		t.Error("the payer's word after an unpaid reopen is not of it")
	}
	if AnswersUnkept(rep, "大家早上好") {
		t.Error("a greeting is of the payment")
	}
	rep.History[1].Note = "又吵起来了"
	if AnswersUnkept(rep, "最近手头紧 过几天再说") {
		t.Error("a reopen on a flare-up takes words of money")
	}
}

func FuzzOfferSum(f *testing.F) {
	for _, s := range []string{"牛吃麦子的事我最多赔一百", "顶多给两百块", "最多赔一百？", "\xff最多赔\xfe9", ""} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if sum := OfferSum(s); sum != "" && !strings.Contains(s, sum) {
			t.Fatalf("OfferSum(%q) = %q, not in the text", s, sum)
		}
	})
}
