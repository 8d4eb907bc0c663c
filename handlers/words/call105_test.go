package words

import (
	"testing"
	"unicode/utf8"
)

// TestCall105AskReply: a leader's reply quoting a 【老人问】 is an answer
// to pass on, his own answer to her, or no answer yet.
func TestCall105AskReply(t *testing.T) {
	for text, want := range map[string]AskAnswer{
		"有的，腊月二十前村里给每户送米面油": AnswerGiven,
		"今年有，镇里统一发":         AnswerGiven,
		"已答复":               AnsweredSelf,
		"我打电话跟她说了":          AnsweredSelf,
		"我问问镇里":             AnswerLater,
		"好的":                AnswerLater,
		"收到":                AnswerLater,
		"是说的对联吗？":           AnswerLater,
	} {
		if got := AskReply(text); got != want {
			t.Errorf("AskReply(%q) = %v, want %v", text, got, want)
		}
	}
	m := AskedQuoteRe.FindStringSubmatch("【老人问】还没答复：王五昨天（12月8日）电话回访时，王奶奶问：「今年过年有没有慰问品」。请引用这条消息回复")
	if m == nil || m[1] != "王奶奶" || m[2] != "今年过年有没有慰问品" {
		t.Errorf("the chase's quote: %q", m)
	}
}

// FuzzCall105AskQuote: reading a quoted 【老人问】 and a reply to it never
// panics, and a question read is valid UTF-8 and not empty.
func FuzzCall105AskQuote(f *testing.F) {
	f.Add("【老人问】王五电话回访时，王奶奶问：「今年过年有没有慰问品」。", "有的")
	f.Add("【老人问】还没答复：王五昨天（12月8日）电话回访时，石德贵问：「对联」。", "已答复")
	f.Add("【老人问】", "？")
	f.Fuzz(func(t *testing.T, quote, reply string) {
		_ = AskReply(reply)
		if m := AskedQuoteRe.FindStringSubmatch(quote); m != nil && (m[1] == "" || m[2] == "" || !utf8.ValidString(m[2]) && utf8.ValidString(quote)) {
			t.Errorf("%q read as %q", quote, m)
		}
	})
}
