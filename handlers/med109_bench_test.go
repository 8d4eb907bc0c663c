package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed109: the creditor's own 「他还了我1000」 said again (was
// counted twice; now kept as the same one: still the item's one commit, no
// mediators' messages), another creditor's relayed 「刚碰到陈二了 他说年前
// 还我」 (was dropped: no commit; now kept on the item: one commit), and
// the debtor's 「我不是不还…年后一定还」 (was filed as a new item: its
// commit; now kept on the item: one commit).
func BenchmarkMed109(b *testing.B) {
	loan := func(i int) (string, func(string, time.Duration, string, string) bot.Message, []bot.Message) {
		ref, msg := med97Round(i)
		return ref, msg, []bot.Message{msg("file", 0, "张三", "上报 调解 陈二借我三千块 说好年底还 到现在一分不给"), msg("accept", time.Minute, "郑十", "确认 "+ref)}
	}
	end := func(ref string, msg func(string, time.Duration, string, string) bot.Message) []bot.Message {
		return []bot.Message{msg("end", 4*time.Hour, "郑十", "办结 "+ref+" 陈二答应月底前还张三2000")}
	}
	b.Run("own_repeat", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i)
			before = append(before, msg("first", time.Hour, "张三", "他还了我1000"))
			return before, msg("again", 2*time.Hour, "张三", "他还了我1000"), end(ref, msg)
		})
	})
	b.Run("other_creditor_relay", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i)
			before = append(before, msg("joins", 2*time.Minute, "周八", "他也欠我八百块钱 赊的烟酒一直没结"))
			return before, msg("relay", 2*time.Hour, "周八", "刚碰到陈二了 他说年前还我"), end(ref, msg)
		})
	})
	b.Run("debtor_not_not_paying", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			ref, msg, before := loan(i)
			return before, msg("promise", 2*time.Hour, "陈二", "我不是不还 今年打工的工钱老板还没给 年后一定还"), end(ref, msg)
		})
	})
}
