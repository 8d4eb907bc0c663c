package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkAway106: 李四, 三组's only leader, says privately he takes
// three days' leave (now read: the one commit keeping his absence), and
// with him away a private quarrel filed to 王五 in his place (the
// filing's commit; the cover read from the process's copies), and a
// villager pressing his open alarm in its words (read of the open items,
// the retelling's commit).
func BenchmarkAway106(b *testing.B) {
	run := func(b *testing.B, setup func(i int, day time.Time) []bot.Message, measured func(i int, day time.Time) bot.Message) {
		benchEachFresh(b, 24*time.Hour, setup, measured)
	}
	none := func(int, time.Time) []bot.Message { return nil }
	away := func(i int, day time.Time) []bot.Message {
		return []bot.Message{{ID: fmt.Sprintf("%d-away", i), At: day, Private: true, From: "李四", Text: "我家里有事 请假三天"}}
	}
	b.Run("leader_leave_privately", func(b *testing.B) {
		run(b, none, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-away", i), At: day, Private: true, From: "李四", Text: "我家里有事 请假三天"}
		})
	})
	b.Run("private_quarrel_to_cover", func(b *testing.B) {
		run(b, away, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Private: true, From: "张三", Text: "陈二家盖猪圈占了我家的地 跟他说了不听 想请村里调解一下"}
		})
	})
	b.Run("private_quarrel_no_one_away", func(b *testing.B) {
		run(b, none, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-q", i), At: day, Private: true, From: "张三", Text: "陈二家盖猪圈占了我家的地 跟他说了不听 想请村里调解一下"}
		})
	})
	b.Run("alarm_pressed", func(b *testing.B) {
		run(b, func(i int, day time.Time) []bot.Message {
			return []bot.Message{{ID: fmt.Sprintf("%d-alarm", i), At: day, Chat: grid3, From: "陈二", Text: "我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"},
				{ID: fmt.Sprintf("%d-take", i), At: day.Add(time.Minute), Chat: grid3, From: "李四", Text: "收到 我马上给供电所打电话"}}
		}, func(i int, day time.Time) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-press", i), At: day, Chat: grid3, From: "陈二", Text: "电线那个咋还没人来 都半天了"}
		})
	})
}

// benchEachFresh measures, on a fresh router each round i (its day 10
// days after the last), the round trips of measured, sent later after
// setup's messages.
func benchEachFresh(b *testing.B, later time.Duration, setup func(i int, day time.Time) []bot.Message, measured func(i int, day time.Time) bot.Message) {
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		r, st := benchRouter(b, true)
		day := at.Add(time.Duration(i) * 240 * time.Hour)
		benchSetup(b, r, setup(i, day)...)
		trips, n = trips+benchTrips(b, r, st, measured(i, day.Add(later))), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
