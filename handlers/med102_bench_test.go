package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed102: a creditor's 「上报 陈二欠我钱 八百块 赊了半年」 (was 一般
// 事项·其他: the filing's commit either way), a reporter's private new
// quarrel while his settled one waits for 满意 (was the 未解决 hint, no
// commit: now the filing's commit), and a 办结 whose copy to another
// creditor names his own day (the 办结's commit, wording only).
func BenchmarkMed102(b *testing.B) {
	b.Run("debt_filed", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			m = msg("file", 0, "张三", "上报 陈二欠我钱 八百块 赊了半年")
			after = []bot.Message{msg("accept", time.Hour, "郑十", "确认 "+ref), msg("end", 2*time.Hour, "郑十", "办结 "+ref+" 陈二还了张三800元"),
				msg("pleased", 3*time.Hour, "张三", "满意 "+ref)}
			return nil, m, after
		})
	})
	b.Run("new_quarrel_awaiting_confirm", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			_, msg := med97Round(i)
			first, second := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
			before = []bot.Message{msg("file", 0, "张三", "上报 调解 陈二家的牛天天跑我家麦地里吃麦苗 说了好几次也不管"),
				msg("accept", time.Hour, "郑十", "确认 "+first), msg("end", 2*time.Hour, "郑十", "办结 "+first+" 两家谈好了 以后把牛拴好")}
			m = msg("new", 4*time.Hour, "张三", "陈二家的鸡又天天跑我家菜地里刨")
			m.Chat, m.Private = "", true
			after = []bot.Message{msg("a2", 5*time.Hour, "郑十", "确认 "+second), msg("e2", 6*time.Hour, "郑十", "办结 "+second+" 鸡圈起来了"),
				msg("p1", 7*time.Hour, "张三", "满意 "+first), msg("p2", 7*time.Hour+time.Minute, "张三", "满意 "+second)}
			return before, m, after
		})
	})
	b.Run("creditor_told_day", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg := med97Round(i)
			before = []bot.Message{msg("file", 0, "周八", "上报 陈二欠我店里六百多 赊了半年了"), msg("too", time.Minute, "张三", "陈二也欠我五千块 去年借的"),
				msg("accept", time.Hour, "郑十", "确认 "+ref)}
			m = msg("end", 2*time.Hour, "郑十", "办结 "+ref+" 两家谈妥 陈二腊月二十前还周八600 正月十五前还张三5000")
			after = []bot.Message{msg("pleased", 3*time.Hour, "周八", "满意 "+ref)}
			return before, m, after
		})
	})
}
