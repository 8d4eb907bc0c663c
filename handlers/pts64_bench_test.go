package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkTookShort: the shopkeeper's 「李四拿了两瓶洗洁精」 for a
// household that cannot afford it (pts64), answered at once from the
// account this process follows, and the reply's commit.
func BenchmarkTookShort(b *testing.B) { benchTook(b, 5) }

// BenchmarkTookAsked: the same for a household that can afford it: asked
// back, the question 「是」 answers kept with the reply in its commit.
func BenchmarkTookAsked(b *testing.B) { benchTook(b, 1<<20) }

// benchTook reports round trips per 「李四拿了两瓶洗洁精」, the outbox
// drain left out, with 李四户 holding funds redeemable points.
func benchTook(b *testing.B, funds int) {
	pb := examplePointsBot(b)
	pb.fund("QS-303", funds)
	pb.say("周八", "李四拿了两瓶洗洁精")
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("t%d", i), At: pb.now.Add(time.Duration(i+1) * time.Minute), Chat: g3, From: "周八", Text: "李四拿了两瓶洗洁精"}
		before := pb.st.RoundTrips()
		benchSetup(b, pb.r, m)
		trips, n = trips+pb.st.RoundTrips()-before, n+1
		pb.drain()
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
