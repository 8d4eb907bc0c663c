package handlers_test

import (
	"fmt"
	"testing"
	"time"

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

// BenchmarkApproveWithoutWitness: 同意 in the group of each round's claim
// lacking its witness (filed, not measured): the group and the claimant
// asked for a witness, the scorer's note privately (pts74).
func BenchmarkApproveWithoutWitness(b *testing.B) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		pb.say("张三", fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 第%d回", i))
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("a%d", i), Chat: g3, From: "赵六", Text: fmt.Sprintf("同意 #C%d", i+1)}), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkWitnessOnApproved: the claimant names a witness for his claim
// of each round approved without one (filed and approved, not measured):
// written on it, its scorer told (pts74).
func BenchmarkWitnessOnApproved(b *testing.B) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		pb.say("张三", fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 第%d回", i))
		pb.say("赵六", fmt.Sprintf("同意 #C%d", i+1))
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("w%d", i), Chat: g3, From: "张三", Text: "证明人 王五"}), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkResentDeclined: a villager's 「2」 to the question about his
// claim of the day before resent in the same words (both sent, not
// measured): told it was not filed and how to file another time (pts74).
func BenchmarkResentDeclined(b *testing.B) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		text := fmt.Sprintf("申请积分 帮王奶奶挑水 第%d回", i)
		pb.say("张三", text)
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("张三", text)
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("n%d", i), Chat: g3, From: "张三", Text: "2"}), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkOilShort: the shopkeeper's 「张三换了一桶油」, the household's
// points short: refused naming 食用油 (pts74).
func BenchmarkOilShort(b *testing.B) {
	pb := examplePointsBot(b)
	pb.fund("QS-301", 10)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("s%d", i), Chat: g3, From: "周八", Text: "张三换了一桶油"}), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}
