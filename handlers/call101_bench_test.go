package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkCall101 (roundtrips/msg): a household's 「交了吗」 under the
// 医保缴费 notice after it said 已交 (call101: the group's notices, then the
// notice's answers; nothing committed but the reply), a scorer's 「好的」
// (one commit, as a villager's), and a call note that says the elder's
// household paid (the call's commit, its 收到 and 已交 riding on it).
func BenchmarkCall101(b *testing.B) {
	run := func(from, said string, private bool, first ...string) func(b *testing.B) {
		return func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 3 * 24 * time.Hour)
				before = []bot.Message{{ID: fmt.Sprintf("%d-n", i), At: day, Chat: "青山镇网格工作群", From: "孙七", Text: paymentNotice}}
				for j, f := range first {
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-f%d", i, j), At: day.Add(5 * time.Minute), Chat: grid3, From: from, Text: f})
				}
				m = bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(10 * time.Minute), Chat: grid3, From: from, Text: said}
				if private {
					m.Chat, m.Private = "", true
				}
				return before, m, nil
			})
		}
	}
	b.Run("交了吗 after 已交", run("张三", "我家交了没有", false, "已交"))
	b.Run("交了吗 to the bot", run("陈二", "交了吗", true))
	b.Run("scorer 好的", run("赵六", "好的", false))
	b.Run("villager 好的 (as before)", run("陈二", "好的", false))
	b.Run("call note 医保交了", run("王五", "回访 王奶奶 已通 她说腿疼 医保她女儿给交了", true))
}
