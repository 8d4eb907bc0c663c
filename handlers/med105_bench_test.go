package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed105: another creditor's 「他也欠我八百块钱」 three hours after
// the loan was filed (was filed on its own: the filing's commit; now the
// join's), and the reporter's private 「只还了1000 还差2000」 after the 办结
// (was a 「1」 offer of a new item; now kept on the item: one commit).
func BenchmarkMed105(b *testing.B) {
	b.Run("creditor_joins_late", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
			m = msg("too", 3*time.Hour, "周八", "他也欠我八百块钱")
			after = []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二当场还了张三3000元和周八800元"),
				msg("pleased", 5*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("reporter_part_paid", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref),
				msg("end", time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三3000")}
			m = msg("part", 3*time.Hour, "张三", "他只还了1000 还差2000 说等过年前再给")
			m.Chat, m.Private = "", true
			after = []bot.Message{msg("pleased", 5*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
}
