package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed106: the debtor's own 「我先还了1000」 in the group after the
// 办结 (was dropped: no commit; now kept on the item: one commit), and
// the reporter's 「他刚还了我1000 还差两千」 while the loan is mediated
// (was dropped; now kept: one commit).
func BenchmarkMed106(b *testing.B) {
	b.Run("debtor_part_paid", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref),
				msg("end", time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三3000")}
			m = msg("part", 3*time.Hour, "陈二", "我先还了1000")
			after = []bot.Message{msg("pleased", 5*time.Hour, "张三", "满意 "+ref)}
			return before, m, after
		})
	})
	b.Run("part_paid_mediated", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
			m = msg("part", 2*time.Hour, "张三", "他刚还了我1000 还差两千")
			after = []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三2000")}
			return before, m, after
		})
	})
}
