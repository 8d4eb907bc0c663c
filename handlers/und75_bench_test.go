package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkFoundThingHandedIn: 陈二 tells each round of a wallet found and
// handed in to the village committee, its owner called to fetch it
// (und75): read as a 拾金不昧 deed and offered to confirm; 「2」 (not
// measured) declines it, so that the next round is offered afresh.
func BenchmarkFoundThingHandedIn(b *testing.B) {
	pb := catalogueBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("found%d", i), Chat: g3, From: "陈二", Text: fmt.Sprintf("在路边捡到第%d个钱包 已经交给村委会了 谁丢的去认领", i+1)}
		trips, n = trips+pb.trips(b, m), n+1
		pb.say("陈二", "2")
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
