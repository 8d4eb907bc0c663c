package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed111: the other party's own debt right after a snow quarrel
// (was kept on the snow item; now filed as his own, linked), the debtor's
// own 「年后一定还」 (the item's one commit, its day now told), and the
// debtor's payment after the reporter's 满意 (was dropped; now the item's
// one commit). Cold router each round.
func BenchmarkMed111(b *testing.B) {
	run := func(b *testing.B, setup func(i int, day time.Time) []bot.Message, measured func(i int, day time.Time) bot.Message) {
		benchEachFresh(b, time.Hour, setup, measured)
	}
	loan := func(i int, day time.Time) []bot.Message {
		return []bot.Message{{ID: fmt.Sprintf("%d-r", i), At: day, Chat: grid3, From: "张三", Text: "上报 调解 陈二借我三千块 说好年底还 现在找他就躲"},
			{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"}}
	}
	b.Run("own_debt_after_quarrel", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-r", i), At: day, Chat: grid3, From: "张三", Text: "上报调解 陈二家扫雪把雪全堆到我家门口 化了结冰 说他也不听"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "陈二", Text: "张三去年借了我三千块钱 说好年底还 到现在一分没还"}
		})
	})
	b.Run("debtor_after_festival", func(b *testing.B) {
		run(b, loan, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "陈二", Text: "我不是不还 今年打工的工钱老板还没给 年后一定还"}
		})
	})
	b.Run("debtor_paid_after_satisfied", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return append(loan(i, day),
				bot.Message{ID: fmt.Sprintf("%d-d", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "办结 #R1 双方当面谈好了 陈二答应12月31日前把3000还给张三"},
				bot.Message{ID: fmt.Sprintf("%d-s", i), At: day.Add(3 * time.Minute), Chat: grid3, From: "张三", Text: "满意 #R1"})
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "陈二", Text: "我今天先还了张三1000 剩下的年前给"}
		})
	})
}
