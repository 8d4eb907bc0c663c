package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// benchRounds reports the round trips of the group message each round
// sends (msg, from, in 三组's group), after what setup does for the round,
// not measured.
func benchRounds(b *testing.B, setup func(pb *pointsBot, i int), from string, msg func(i int) string) {
	pb := examplePointsBot(b)
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		setup(pb, i)
		trips, n = trips+pb.trips(b, bot.Message{ID: fmt.Sprintf("bench%d", i), Chat: g3, From: from, Text: msg(i)}), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// claimed files 张三's claim of round i, with extra words.
func claimed(extra string) func(pb *pointsBot, i int) {
	return func(pb *pointsBot, i int) {
		pb.say("张三", fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 第%d回%s", i, extra))
	}
}

// BenchmarkWitnessObjects: the witness of each round's claim (filed
// naming him, not measured) objects to it before its 公示: taken off its
// witnesses, the claimant asked for another, in the objection's commit
// (pts74).
func BenchmarkWitnessObjects(b *testing.B) {
	benchRounds(b, claimed(" 证明人 陈二"), "陈二", func(i int) string { return fmt.Sprintf("异议 #C%d 他没去", i+1) })
}

// BenchmarkApproveWithoutWitness: 同意 in the group of each round's claim
// lacking its witness (filed, not measured): the group and the claimant
// asked for a witness, the scorer's note privately (pts74).
func BenchmarkApproveWithoutWitness(b *testing.B) {
	benchRounds(b, claimed(""), "赵六", func(i int) string { return fmt.Sprintf("同意 #C%d", i+1) })
}

// BenchmarkWitnessOnApproved: the claimant names a witness for his claim
// of each round approved without one (filed and approved, not measured):
// written on it, its scorer told (pts74).
func BenchmarkWitnessOnApproved(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		claimed("")(pb, i)
		pb.say("赵六", fmt.Sprintf("同意 #C%d", i+1))
	}, "张三", func(int) string { return "证明人 王五" })
}

// BenchmarkResentDeclined: a villager's 「2」 to the question about his
// claim of the day before resent in the same words (both sent, not
// measured): told it was not filed and how to file another time (pts74).
func BenchmarkResentDeclined(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		claimed("")(pb, i)
		pb.now = pb.now.Add(24 * time.Hour)
		claimed("")(pb, i)
	}, "张三", func(int) string { return "2" })
}

// BenchmarkOilShort: the shopkeeper's 「张三换了一桶油」, the household's
// points short: refused naming 食用油 (pts74).
func BenchmarkOilShort(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		if i == 0 {
			pb.fund("QS-301", 10)
		}
	}, "周八", func(int) string { return "张三换了一桶油" })
}
