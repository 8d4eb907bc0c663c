package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkDeductionAsked: 陈二's 「我家扣了几分」 after his household's
// deduction (pts63): the household's claims (followed copies once seen)
// and the reply's commit.
func BenchmarkDeductionAsked(b *testing.B) {
	r, st := benchRouter(b, true)
	benchSetup(b, r, bot.Message{ID: "rec", At: at, Chat: grid3, From: "赵六", Text: "扣分 陈二 焚烧秸秆 5"})
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("q%d", i), At: at.Add(2 * time.Minute), Chat: grid3, From: "陈二", Text: "我家扣了几分"}
		trips, n = trips+benchTrips(b, r, st, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
