package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// benchClearingAsked reports the round trips of 陈二's text in grid 3's
// group at when (pts85's clearing question, either side of the reset).
func benchClearingAsked(b *testing.B, when time.Time, text string) {
	r, st := benchRouter(b, true)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: when.Add(time.Duration(i) * time.Second), Chat: grid3, From: "陈二", Text: text}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkClearingAskedAfterReset: 「去年的分还能换吗」 on 2 January: the
// clearing that happened and the 公示 of what it left, from the config's
// schedules; nothing read, the reply's commit.
func BenchmarkClearingAskedAfterReset(b *testing.B) {
	benchClearingAsked(b, time.Date(2027, 1, 2, 10, 0, 0, 0, at.Location()), "去年的分还能换吗")
}

// BenchmarkClearingAskedInDecember: 「这个月批的分年底前能换东西吗」 on 20
// December: the clearing to come and that points approved now are listed
// after it; nothing read, the reply's commit.
func BenchmarkClearingAskedInDecember(b *testing.B) {
	benchClearingAsked(b, time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location()), "这个月批的分年底前能换东西吗")
}

// BenchmarkMineBeforeClearing: 张三's private 我的积分 on 20 December,
// after a 加分 of his household: the household's account and claims
// (followed copies once seen) and the reply's commit; the clearing's
// deadline beside the balance comes from the config, no read more.
func BenchmarkMineBeforeClearing(b *testing.B) {
	r, st := benchRouter(b, true)
	dec := time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location())
	benchSetup(b, r, bot.Message{ID: "award", At: dec, Chat: grid3, From: "赵六", Text: "加分 张三 参加义务劳动 8"})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: dec.Add(time.Minute + time.Duration(i)*time.Second), From: "张三", Private: true, Text: "我的积分"}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkCutoffAsked (pts91): 「积分什么时候截止」 on 20 December: the
// year-end run from the config's schedules; nothing read, the reply's
// commit.
func BenchmarkCutoffAsked(b *testing.B) {
	benchClearingAsked(b, time.Date(2026, 12, 20, 10, 0, 0, 0, at.Location()), "积分什么时候截止")
}
