package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkWayFaultOffered: 张三 tells each round of a slope too steep by
// the school (und76): read as a road's matter and offered to confirm;
// 「2」 (not measured) declines it, so that the next round is offered
// afresh.
func BenchmarkWayFaultOffered(b *testing.B) {
	pb := catalogueBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("slope%d", i), Chat: g3, From: "张三", Text: fmt.Sprintf("村小学门口那个坡太陡了 下雨天好滑 第%d回有娃摔跤了", i+1)}
		trips, n = trips+pb.trips(b, m), n+1
		pb.say("张三", "2")
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
