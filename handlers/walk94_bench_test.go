package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkLeaderDay94: a leader's morning words on last night's lamp
// beside a villager's ditch waiting for her 「1」, 指派 with the name glued
// to the task, and 报镇上 words offered then sent up by his 「1」, each one
// commit (walk94).
func BenchmarkLeaderDay94(b *testing.B) {
	for _, step := range []string{"ack_named", "assign_glued", "up_words", "up_one"} {
		b.Run(step, func(b *testing.B) {
			r, st := benchRouter(b, true)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				day := at.Add(time.Duration(i) * 100 * time.Hour)
				ref := fmt.Sprintf("R%d", i+1)
				ms := []bot.Message{
					{At: day, Chat: grid3, From: "张三", Text: "上报 村口那个路灯又不亮了，晚上走路怕摔着"},
					{At: day.Add(13 * time.Hour), Chat: grid3, From: "陈二", Text: "俺家门口那条水沟堵了，水漫到路上了，臭得很"},
					{At: day.Add(13*time.Hour + time.Minute), Chat: grid3, From: "李四", Text: "收到，今天上午去看看路灯"},
					{At: day.Add(13*time.Hour + 2*time.Minute), Chat: grid3, From: "李四", Text: ref + "派给王五去看下"},
					{At: day.Add(13*time.Hour + 3*time.Minute), Chat: grid3, From: "李四", Text: ref + " 路灯灯杆也歪了，村里修不了，报镇上吧"},
					{At: day.Add(13*time.Hour + 4*time.Minute), Chat: grid3, From: "李四", Text: "1"},
				}
				for k := range ms {
					ms[k].ID = fmt.Sprintf("%d-%d", i, k)
				}
				measured := map[string]int{"ack_named": 2, "assign_glued": 3, "up_words": 4, "up_one": 5}[step]
				benchSetup(b, r, ms[:measured]...)
				trips, n = trips+benchTrips(b, r, st, ms[measured]), n+1
				benchSetup(b, r, ms[measured+1:]...)
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
