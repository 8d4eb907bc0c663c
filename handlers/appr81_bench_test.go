package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkProcedureAskedOn: each round 张三 asks a procedure (not
// measured) and then asks on (appr81). "chase": a day later he presses
// his 低保 item, 「我上次交了材料怎么还没信儿」, its one commit; "narrower":
// 「住院了怎么报销」 right after 「医保怎么交」 files the 医保报销 question.
func BenchmarkProcedureAskedOn(b *testing.B) {
	for _, tc := range []struct {
		name, ask, on string
		after         time.Duration
	}{
		{"chase", "低保怎么申请", "我上次交了材料怎么还没信儿", 26 * time.Hour},
		{"narrower", "医保怎么交", "住院了怎么报销", 5 * time.Minute},
	} {
		b.Run(tc.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				day := at.Add(time.Duration(i) * 50 * time.Hour)
				benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-ask", i), At: day, Chat: grid3, From: "张三", Text: tc.ask})
				m := bot.Message{ID: fmt.Sprintf("%d-on", i), At: day.Add(tc.after), Chat: grid3, From: "张三", Text: tc.on}
				trips, n = trips+benchTrips(b, r, st, m), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}
