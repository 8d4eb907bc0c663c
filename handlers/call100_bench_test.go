package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall100 (roundtrips/msg): a household's 「已交」 under the
// 医保缴费 notice, its 收到 (call100), beside a bare 收到 as before.
func BenchmarkCall100(b *testing.B) {
	ack := func(from, said string, private bool) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 3 * 24 * time.Hour)
				before = []bot.Message{{ID: fmt.Sprintf("%d-n", i), At: day, Chat: "青山镇网格工作群", From: "孙七",
					Text: paymentNotice}}
				m = bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(10 * time.Minute), Chat: grid3, From: from, Text: said}
				if private {
					m.Chat, m.Private = "", true
				}
				return before, m, nil
			})
		}
	}
	b.Run("已交 in the group", ack("张三", "已交", false))
	b.Run("交过了 to the bot", ack("陈二", "医保在手机上交过了", true))
	b.Run("收到 (as before)", ack("张三", "收到", false))
}
