package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkTown110: the duty officer's 「三组现在什么情况」 and 「现在什么
// 情况」 (2 round trips before town110: the open reports read, then the
// reply; now from the process's copy, the reply's commit guarded), and an
// officer's 「各村路上结冰的有几处」 with an icy road open (new).
func BenchmarkTown110(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"duty_asks_grid", "三组现在什么情况"},
		{"duty_asks_all", "现在什么情况"},
	} {
		b.Run(c.name, func(b *testing.B) {
			next := 0
			benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				return alarmRound(i, dutyChat, "孙七", c.text, []string{"张三:王奶奶家的炭盆把被子烤着了 快来人"}, 1, &next, dutyChat, "孙七")
			})
		})
	}
	b.Run("roads_asked", func(b *testing.B) {
		benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
			before = []bot.Message{{ID: fmt.Sprintf("%d-ice", i), Chat: grid3, From: "张三", Text: "村口到小学那段下坡路结冰了，早上好几个人骑车滑倒"}}
			return before, bot.Message{ID: fmt.Sprintf("%d-ask", i), Chat: officeChat, From: "孙七", Text: "各村路上结冰的有几处"}, nil
		})
	})
}
