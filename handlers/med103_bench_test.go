package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed103: a loan not yet due told in the group (「…借我五千块 说好
// 年底还」: was noise, no trip; now the offer), and another creditor's
// 「说好的钱没给」 after the reporter's 「满意 钱给了」 closed the item (was
// a 一般事项's filing commit; now the linked mediation's, the same one).
func BenchmarkMed103(b *testing.B) {
	b.Run("loan_offered", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			m = msg("loan", 0, "张三", "陈二去年借我五千块 说好年底还 眼看过年了")
			after = []bot.Message{msg("yes", time.Minute, "张三", "1"), msg("accept", time.Hour, "郑十", "确认 "+ref),
				msg("end", 2*time.Hour, "郑十", "办结 "+ref+" 陈二当场还了张三5000元"), msg("pleased", 3*time.Hour, "张三", "满意 "+ref)}
			return nil, m, after
		})
	})
	b.Run("creditor_unpaid_after_close", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			first, second := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
			day := 24 * time.Hour
			before = []bot.Message{msg("file", 0, "张三", "上报 陈二借我五千块 说好年底还 到现在没还"),
				msg("too", time.Minute, "周八", "陈二也欠我店里八百块 赊了半年了"), msg("accept", time.Hour, "郑十", "确认 "+first),
				msg("end", 2*time.Hour, "郑十", "办结 "+first+" 两家谈妥 十天内还清张三5000 欠他的800二十天内还"),
				msg("pleased", 5*day, "张三", "满意 "+first+" 钱给了")}
			m = msg("unpaid", 30*day, "周八", "说好的钱没给 陈二一分都没给我")
			m.Chat, m.Private = "", true
			after = []bot.Message{msg("a2", 30*day+time.Hour, "郑十", "确认 "+second), msg("e2", 31*day, "郑十", "办结 "+second+" 陈二当场还了周八800元"),
				msg("p2", 32*day, "周八", "满意 "+second)}
			return before, m, after
		})
	})
}
