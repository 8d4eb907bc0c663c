package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkWayFaultOffered: 张三 tells each round of a slope too steep by
// the school (und76): read as a road's matter and offered to confirm.
func BenchmarkWayFaultOffered(b *testing.B) {
	benchOffered(b, "张三", "村小学门口那个坡太陡了 下雨天好滑 第%d回有娃摔跤了")
}

// benchOffered measures the round trips of a message from sender in the
// 三组 group that is offered to confirm, its text the format with the
// round's number; 「2」 (not measured) declines each offer, so that the
// next round is offered afresh.
func benchOffered(b *testing.B, sender, format string) {
	pb := catalogueBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := bot.Message{ID: fmt.Sprintf("offered%d", i), Chat: g3, From: sender, Text: fmt.Sprintf(format, i+1)}
		trips, n = trips+pb.trips(b, m), n+1
		pb.say(sender, "2")
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
