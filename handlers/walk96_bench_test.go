package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkLeaderDay96: the paths walk96 changed, each one commit: a
// hand-over clause naming the other item's thing (numbered and not), a
// numbered meeting set on a quarrel, an ack with a plan, a villager's
// when-question on his fresh item (answered, nobody chased).
func BenchmarkLeaderDay96(b *testing.B) {
	steps := map[string][]string{
		"handover_numbered": {"李四", "R3那个我搞错了，水沟的事我下午去看，路灯让王五去"},
		"handover_plain":    {"李四", "水沟的事我下午去看，路灯让王五去"},
		"meeting_numbered":  {"李四", "R2 两家约好了明天上午到村委会当面谈"},
		"ack_plan":          {"李四", "收到，今天上午去看看路灯"},
		"when_question":     {"张三", "俺那个路灯啥时候能修好"},
	}
	for _, step := range []string{"handover_numbered", "handover_plain", "meeting_numbered", "ack_plan", "when_question"} {
		b.Run(step, func(b *testing.B) {
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				r, st := benchRouter(b, true)
				day := at
				ms := []bot.Message{
					{At: day, Chat: grid3, From: "张三", Text: "上报 村口那个路灯又不亮了，晚上走路怕摔着"},
					{At: day.Add(time.Minute), Chat: grid3, From: "赵六", Text: "上报 我和隔壁王家因为宅基地吵起来了"},
					{At: day.Add(2 * time.Minute), Chat: grid3, From: "陈二", Text: "上报 俺家门口那条水沟堵了"},
					{At: day.Add(13 * time.Hour), Chat: grid3, From: "李四", Text: "确认 #R3"},
					{At: day.Add(13*time.Hour + time.Minute), Chat: grid3, From: "李四", Text: "确认 #R2"},
				}
				if step == "when_question" {
					ms = append(ms, bot.Message{At: day.Add(13*time.Hour + 2*time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"},
						bot.Message{At: day.Add(13*time.Hour + 3*time.Minute), Chat: grid3, From: "李四", Text: "上报镇 #R1 灯杆歪了"})
				}
				for k := range ms {
					ms[k].ID = fmt.Sprintf("%d-%d", i, k)
				}
				benchSetup(b, r, ms...)
				m := bot.Message{ID: fmt.Sprintf("%d-m", i), At: day.Add(14 * time.Hour), Chat: grid3, From: steps[step][0], Text: steps[step][1]}
				trips, n = trips+benchTrips(b, r, st, m), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
