package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// BenchmarkRecordForShort: the shopkeeper's 「给李四记两瓶洗洁精」 (shop64),
// his 兑换, for a household that cannot afford it: refused, the balance
// privately, in the reply's commit.
func BenchmarkRecordForShort(b *testing.B) {
	benchSaid(b, "QS-303", 5, "周八", "给李四记两瓶洗洁精")
}

// BenchmarkRedeemWish: 李四's 「我想用积分换袋米」 in the group (shop64):
// whether his points are enough, privately, with the group's reply.
func BenchmarkRedeemWish(b *testing.B) {
	benchSaid(b, "QS-303", 5, "李四", "我想用积分换袋米")
}

// benchSaid reports round trips per text from from in 三组's group, the
// outbox drain left out, with household holding funds redeemable points.
func benchSaid(b *testing.B, household string, funds int, from, text string) {
	pb := examplePointsBot(b)
	pb.fund(household, funds)
	benchSaidOn(b, pb, from, text)
}

// benchSaidOn is benchSaid on pb as it stands: text said once unmeasured,
// then measured each round.
func benchSaidOn(b *testing.B, pb *pointsBot, from, text string) {
	pb.say(from, text)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("s%d", i), At: pb.now.Add(time.Duration(i+1) * time.Minute), Chat: g3, From: from, Text: text}
		before := pb.st.RoundTrips()
		benchSetup(b, pb.r, m)
		trips, n = trips+pb.st.RoundTrips()-before, n+1
		pb.drain()
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
