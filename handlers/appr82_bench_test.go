package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkProcedureAskedOn82: a chase said privately of his group item,
// "how much" of a guide with no amount, and a procedure only a desk
// places, each one commit (appr82).
func BenchmarkProcedureAskedOn82(b *testing.B) {
	for _, tc := range []struct {
		name, ask, on string
		private       bool
		after         time.Duration
	}{
		{"private_chase", "低保怎么申请", "我上次交的材料怎么还没信儿", true, 26 * time.Hour},
		{"how_much", "医保报销怎么办", "看病的钱能报多少", false, 5 * time.Minute},
		{"desk", "", "退役军人优待证怎么办", false, 0},
	} {
		b.Run(tc.name, func(b *testing.B) { benchAskedOn(b, "张三", tc.ask, tc.on, tc.after, tc.private) })
	}
}

// benchAskedOn measures the round trips of from's on, said after (plus a
// minute) his question ask in grid3 (none when ask is empty), privately
// when private.
func benchAskedOn(b *testing.B, from, ask, on string, after time.Duration, private bool) {
	r, st := benchRouter(b, true)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		day := at.Add(time.Duration(i) * 100 * time.Hour)
		if ask != "" {
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day, Chat: grid3, From: from, Text: ask})
		}
		m := bot.Message{ID: fmt.Sprintf("%d-on", i), At: day.Add(after + time.Minute), Chat: grid3, From: from, Text: on}
		if private {
			m.Chat, m.Private = "", true
		}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
