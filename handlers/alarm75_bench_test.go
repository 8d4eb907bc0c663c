package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// BenchmarkHurtNamed: a cadre named hurt by his body part, caught in a
// machine, or by title after a pause (alarm75), each filed as an alarm
// asking the other cadre; and a neighbour's question of the leader's
// alarm, answered naming the one asked in his place (askees), its alarm
// filed before and unmeasured. The other cadre takes each on and ends it,
// unmeasured.
func BenchmarkHurtNamed(b *testing.B) {
	for _, tc := range []struct{ name, from, text, ask, taker string }{
		{"leader's leg", "陈二", "李四的腿摔断了", "", "王五"},
		{"worker in a machine", "陈二", "王五的手被机器绞了", "", "李四"},
		{"leader, after a pause", "张三", "网格长 摔伤了", "", "王五"},
		{"asked of the leader's", "陈二", "李四的腿摔断了", "李四的腿没事吧", "王五"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				day := at.Add(time.Duration(i) * 49 * time.Hour)
				ref := fmt.Sprintf("#R%d", i+1)
				m = bot.Message{ID: fmt.Sprintf("%d-alarm", i), At: day, Chat: grid3, From: tc.from, Text: tc.text}
				if tc.ask != "" {
					before = []bot.Message{m}
					m = bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day.Add(time.Minute), Chat: grid3, From: "赵六", Text: tc.ask}
				}
				return before, m, []bot.Message{{ID: fmt.Sprintf("%d-take", i), At: day.Add(2 * time.Minute), Chat: grid3, From: tc.taker, Text: "确认 " + ref},
					{ID: fmt.Sprintf("%d-done", i), At: day.Add(time.Hour), Chat: grid3, From: tc.taker, Text: "办结 " + ref + " 已送医院"}}
			})
			wantLastEntry(b, st, n, "filed and taken on", func(e village.Entry) bool { return e.Action == village.ActAccept && e.By == tc.taker })
		})
	}
}
