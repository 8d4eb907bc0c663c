package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkMed110: a quarrel reported with 上报调解 typed last (the
// filing's commit; cold as the same typed first, report_typed_first), a relayed 「年后再给」 (the item's one commit), and a
// payment said after the reporter's 满意 (was dropped; now the item's one
// commit).
func BenchmarkMed110(b *testing.B) {
	run := func(b *testing.B, setup func(i int, day time.Time) []bot.Message, measured func(i int, day time.Time) bot.Message) {
		benchEachFresh(b, time.Hour, setup, measured)
	}
	loan := func(i int, day time.Time) []bot.Message {
		return []bot.Message{{ID: fmt.Sprintf("%d-r", i), At: day, Chat: grid3, From: "张三", Text: "上报 调解 陈二借我三千块 说好年底还 现在找他就躲"},
			{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"}}
	}
	b.Run("report_typed_last", func(b *testing.B) {
		run(b, func(int, time.Time) []bot.Message { return nil }, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "张三", Text: "陈二家扫雪把雪全堆到我家门口 说他也不听 上报调解"}
		})
	})
	b.Run("report_typed_first", func(b *testing.B) {
		run(b, func(int, time.Time) []bot.Message { return nil }, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "张三", Text: "上报 调解 陈二家扫雪把雪全堆到我家门口 说他也不听"}
		})
	})
	b.Run("relay_after_festival", func(b *testing.B) {
		run(b, loan, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "张三", Text: "刚才碰到陈二了 他又说年后再给 一拖再拖"}
		})
	})
	b.Run("paid_after_satisfied", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return append(loan(i, day),
				bot.Message{ID: fmt.Sprintf("%d-d", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "办结 #R1 双方当面谈好了 陈二答应12月31日前把3000还给张三"},
				bot.Message{ID: fmt.Sprintf("%d-s", i), At: day.Add(3 * time.Minute), Chat: grid3, From: "张三", Text: "满意 #R1"})
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Chat: grid3, From: "张三", Text: "陈二还了我1000"}
		})
	})
}
