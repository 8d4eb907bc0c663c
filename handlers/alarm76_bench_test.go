package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkNumberOfTwoOpen: 「该打什么电话」 while two alarms of the group
// are open, one the leader's own broken leg, answered with whom each was
// told (Router.askees, alarm76); both filed before and ended after,
// unmeasured. Measured: the question alone (no commit).
func BenchmarkNumberOfTwoOpen(b *testing.B) {
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		leg, fire := fmt.Sprintf("#R%d", 2*i+1), fmt.Sprintf("#R%d", 2*i+2)
		before = []bot.Message{{ID: fmt.Sprintf("%d-leg", i), At: day, Chat: grid3, From: "陈二", Text: "李四的腿摔断了"},
			{ID: fmt.Sprintf("%d-fire", i), At: day.Add(time.Second), Chat: grid3, From: "张三", Text: "后山着火了"}}
		m = bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(2 * time.Second), Chat: grid3, From: "周八", Text: "该打什么电话"}
		for k, x := range []struct{ ref, by string }{{leg, "王五"}, {fire, "李四"}} {
			at := day.Add(time.Duration(k+1) * time.Minute)
			after = append(after, bot.Message{ID: fmt.Sprintf("%d-take%d", i, k), At: at, Chat: grid3, From: x.by, Text: "确认 " + x.ref},
				bot.Message{ID: fmt.Sprintf("%d-done%d", i, k), At: at.Add(time.Hour), Chat: grid3, From: x.by, Text: "办结 " + x.ref + " 已处理好"})
		}
		return before, m, after
	})
}
