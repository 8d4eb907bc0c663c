package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkTidy92: a cadre's search words with no missing alarm open,
// unaddressed (silence) and said to the bot (one reply); a later message
// opening on 还有, filed without it; a quarrel filed with a third
// household's part and a 他家 part that goes with it (offered apart).
func BenchmarkTidy92(b *testing.B) {
	for _, tc := range []struct{ name, from, text string }{
		{"later_joiner_filed", "张三", "还有 隔壁老刘家的狗天天晚上叫 吵得睡不着"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchEachDay(b, tc.from, tc.text) })
	}
	b.Run("quarrel_filed_third_household_back", func(b *testing.B) {
		benchQuarrelWith(b, " 还有 "+dumps+" 另外他家鸭子天天跑俺家菜地里")
	})
}

// benchEachDay reports the round trips of text from from in 三组's group,
// said once every 50 hours (a filing's open items long gone by then).
func benchEachDay(b *testing.B, from, text string) {
	r, st := benchRouter(b, true)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		day := at.Add(time.Duration(i) * 50 * time.Hour)
		m := bot.Message{ID: fmt.Sprintf("%d-m", i), At: day, Chat: grid3, From: from, Text: text}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
