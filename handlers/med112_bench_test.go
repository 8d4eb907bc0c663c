package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed112: the debtor's counter-claim on a debt quarrel (was kept
// as his side of it; now filed as his own item, linked), and the debtor's
// 「一次性还清了」 after the reporter's 满意 (the item's one commit; the
// reporter now asked in it). Cold router each round.
func BenchmarkMed112(b *testing.B) {
	run := func(b *testing.B, setup func(i int, day time.Time) []bot.Message, measured func(i int, day time.Time) bot.Message) {
		benchEachFresh(b, time.Hour, setup, measured)
	}
	loan := func(i int, day time.Time) []bot.Message {
		return []bot.Message{{ID: fmt.Sprintf("%d-r", i), At: day, Chat: grid3, From: "张三", Text: "上报 调解 陈二借我三千块 说好年底还 现在找他就躲"},
			{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"}}
	}
	b.Run("counter_claim", func(b *testing.B) {
		run(b, loan, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "陈二", Text: "他还欠我八百块呢 还好意思说我"}
		})
	})
	b.Run("debtor_whole_after_satisfied", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return append(loan(i, day),
				bot.Message{ID: fmt.Sprintf("%d-d", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "办结 #R1 双方当面谈好了 陈二答应12月31日前把3000还给张三"},
				bot.Message{ID: fmt.Sprintf("%d-s", i), At: day.Add(3 * time.Minute), Chat: grid3, From: "张三", Text: "满意 #R1"})
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "陈二", Text: "张三那三千块我昨天一次性还清了 三千一分不少"}
		})
	})
}
