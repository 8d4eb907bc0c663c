package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed107: the debtor's 「年前一定还你」 while the loan is mediated
// (was dropped: no commit; now kept on the item: one commit), the
// reporter's bare 「他还了1000」 after the 办结 (was dropped; now kept,
// reckoned against the 3000: one commit), and another creditor's 「他也欠
// 我八百」 after the 办结 (was filed on its own; now filed linked: the
// filing's one commit).
func BenchmarkMed107(b *testing.B) {
	loan := func(i int, settle bool) (string, func(string, time.Duration, string, string) bot.Message, []bot.Message) {
		ref, msg := med97Round(i)
		before := []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
		if settle {
			before = append(before, msg("end", time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三3000"))
		}
		return ref, msg, before
	}
	b.Run("debtor_promise", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i, false)
			m = msg("promise", 2*time.Hour, "陈二", "年前一定还你 别到处说了")
			after = []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三3000")}
			return before, m, after
		})
	})
	b.Run("bare_payment", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i, true)
			m = msg("paid", 3*time.Hour, "张三", "他还了1000")
			after = []bot.Message{msg("pleased", 5*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("creditor_after_settled", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i, true)
			m = msg("creditor", 3*time.Hour, "周八", "他也欠我八百")
			after = []bot.Message{msg("pleased", 5*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
}
