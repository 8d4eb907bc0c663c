package handlers_test

import (
	"fmt"
	"testing"

	"gridbot/bot"
)

// BenchmarkWitnessObjects: the witness of each round's claim (filed
// naming him, not measured) objects to it before its 公示: taken off its
// witnesses, the claimant asked for another, in the objection's commit
// (pts74).
func BenchmarkWitnessObjects(b *testing.B) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		pb.say("张三", fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 第%d回 证明人 陈二", i))
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("o%d", i), Chat: g3, From: "陈二", Text: fmt.Sprintf("异议 #C%d 他没去", i+1)}), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
