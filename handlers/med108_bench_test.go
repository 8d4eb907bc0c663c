package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed108: the creditor's relayed 「他说年前还」 while the loan is
// mediated (was dropped: no commit; now kept on the item: one commit),
// his 「转给我1000了」 (was dropped; now kept, reckoned: one commit), and
// the debtor's 「我还了他1000」 after it (kept as before, now matched as the
// same payment: still the item's one commit).
func BenchmarkMed108(b *testing.B) {
	loan := func(i int) (string, func(string, time.Duration, string, string) bot.Message, []bot.Message) {
		ref, msg := med97Round(i)
		return ref, msg, []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
	}
	b.Run("relayed_promise", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i)
			m = msg("relay", 2*time.Hour, "张三", "他说年前还")
			after = []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三3000")}
			return before, m, after
		})
	})
	b.Run("moved_money", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i)
			m = msg("moved", 2*time.Hour, "张三", "他转给我1000了")
			after = []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三2000")}
			return before, m, after
		})
	})
	b.Run("same_payment", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i)
			before = append(before, msg("creditor", time.Hour, "张三", "他还了我1000"))
			m = msg("debtor", 2*time.Hour, "陈二", "我昨天还了他1000")
			after = []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三2000")}
			return before, m, after
		})
	})
}
