package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkProcedure107: the paths appr107 changed: a neighbour's same
// payout question (he follows the first item: the join's commit), and a
// deadline asked by one away (the filing's commit).
func BenchmarkProcedure107(b *testing.B) {
	b.Run("news_joined", func(b *testing.B) {
		r, st := benchRouter(b, true)
		trips, n := int64(0), 0
		for i := 0; b.Loop(); i++ {
			day := at.Add(time.Duration(i) * 100 * time.Hour)
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day, Chat: grid3, From: "张三", Text: "今年有没有取暖补贴"})
			m := bot.Message{ID: fmt.Sprintf("%d-on", i), At: day.Add(10 * time.Minute), Chat: grid3, From: "陈二", Text: "取暖补贴今年还发不发啊"}
			trips, n = trips+benchTrips(b, r, st, m), n+1
		}
		b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	})
	b.Run("deadline_away", func(b *testing.B) {
		benchAskedOn(b, "陈小龙", "", "医保今年啥时候截止交 我在外地打工腊月二十五才回来", 0, false)
	})
}
