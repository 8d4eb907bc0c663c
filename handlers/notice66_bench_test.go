package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkOkAfterNotice: each round (a day apart) 张三's confirm-back
// waits when the meeting's notice is posted; his 「好的」 is measured: the
// notice's 收到 in one commit, decided on this process's knowledge of the
// notices posted (notice66). His 「2」 after drops the matter (not
// measured). The forgotten-time question 「明天几点来着」, answered from
// the notice, is measured beside it (a read and a commit, as nq59).
func BenchmarkOkAfterNotice(b *testing.B) {
	for _, c := range []struct{ name, confirm, m, after string }{
		{"好的 after notice", "我家门口的路灯坏了", "好的", "2"},
		{"明天几点来着", "", "明天几点来着", ""},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 24 * time.Hour)
				if c.confirm != "" {
					before = append(before, bot.Message{ID: fmt.Sprintf("%d-c", i), At: day, Chat: grid3, From: "张三", Text: c.confirm})
				}
				before = append(before, bot.Message{ID: fmt.Sprintf("%d-n", i), At: day.Add(time.Minute), Chat: "青山镇网格工作群", From: "孙七", Text: notice66})
				if c.after != "" {
					after = []bot.Message{{ID: fmt.Sprintf("%d-a", i), At: day.Add(3 * time.Minute), Chat: grid3, From: "张三", Text: c.after}}
				}
				return before, bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "张三", Text: c.m}, after
			})
		})
	}
}
