package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkStandIn105: 李四, 三组's only leader, away at a training; his
// worker's plain 「水管换好了」 on 李四's item (read as the handler's:
// actsFor from the process's copies, no read added), and a villager's new
// item filed with 王五 asked in 李四's place (the filing's commit).
func BenchmarkStandIn105(b *testing.B) {
	run := func(b *testing.B, measured func(i int, day time.Time) bot.Message) {
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			// a store of its own each time: items of earlier rounds left
			// open would make the cover's plain words ask which one
			r, st := benchRouter(b, true)
			day := at.Add(time.Duration(i) * 240 * time.Hour)
			benchSetup(b, r,
				bot.Message{ID: fmt.Sprintf("%d-file", i), At: day, Chat: grid3, From: "张三", Text: "我家门口水管冻裂了 水一直往外冒 路上都结冰了"},
				bot.Message{ID: fmt.Sprintf("%d-accept", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "确认 #R1"},
				bot.Message{ID: fmt.Sprintf("%d-away", i), At: day.Add(2 * time.Minute), Chat: grid3, From: "李四", Text: "我要去县里培训一周 这几天手上的事办不了"})
			trips, n = trips+benchTrips(b, r, st, measured(i, day.Add(24*time.Hour))), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	}
	b.Run("plain_done_by_cover", func(b *testing.B) {
		run(b, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-done", i), At: day, Chat: grid3, From: "王五", Text: "张三家门口的水管换好了 路上的冰也铲了"}
		})
	})
	b.Run("new_item_asks_cover", func(b *testing.B) {
		run(b, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-new", i), At: day, Chat: grid3, From: "陈二", Text: "报修 村口坡上结冰了 太滑了 早上好几个人摔跤"}
		})
	})
}
