package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkAmountGuideLacks: 张三 asks, to nobody, an amount the 低保
// guide lacks (und85: it was silent): filed as his procedure item, the
// leader asked to answer. 李四's 办结 (not measured) closes each, so that
// the next round files afresh.
func BenchmarkAmountGuideLacks(b *testing.B) {
	pb := catalogueBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("amount%d", i), Chat: g3, From: "张三", Text: "低保一个月给多少"}
		trips, n = trips+pb.trips(b, m), n+1
		pb.say("李四", fmt.Sprintf("办结 #R%d 已当面答复", i+1))
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkPayoutAfterRuin: 陈二 asks after a flood's payout, told by its
// ruin (und85: it was a flood alarm sent to the duty chat); a query now,
// nothing stored.
func BenchmarkPayoutAfterRuin(b *testing.B) {
	pb := catalogueBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("payout%d", i), Chat: g3, From: "陈二", Text: fmt.Sprintf("洪水冲毁的房子 第%d回问了 赔偿到了没", i+1)}
		trips, n = trips+pb.trips(b, m), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
