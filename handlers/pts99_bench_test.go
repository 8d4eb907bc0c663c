package handlers_test

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkClaimWitnessDue: 陈二's claim of an item that needs a witness,
// sent naming none: filed, the reviewers asked and the witness reminder
// held, in the claim's commit (pts99); each iteration a new day.
// Reported: round trips per message.
func BenchmarkClaimWitnessDue(b *testing.B) {
	pb := examplePointsBot(b)
	benchCounted(b, pb, func(i int) {
		pb.now = pb.now.Add(24 * time.Hour)
	}, func(i int) (string, string) {
		return "陈二", fmt.Sprintf("申请积分 第%d次参加普法讲座", i+1)
	})
}

// BenchmarkWitnessDueWithdrawn: 「证明人 王五」 for that claim: written on
// it, the reviewers asked, the held reminder withdrawn in the same commit
// (pts99). Reported: round trips per message.
func BenchmarkWitnessDueWithdrawn(b *testing.B) {
	pb := examplePointsBot(b)
	benchCounted(b, pb, func(i int) {
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("陈二", fmt.Sprintf("申请积分 第%d次参加普法讲座", i+1))
	}, func(i int) (string, string) {
		return "陈二", "证明人 王五"
	})
}

// BenchmarkStatusWitnessCounted: 陈二's 查 of 张三's pending claim with two
// witnesses, in the group: counted, not named (pts99), no read more.
// Reported: round trips per message.
func BenchmarkStatusWitnessCounted(b *testing.B) {
	pb := examplePointsBot(b)
	pb.say("张三", "申请积分 今天参加义务劳动 打扫村口 证明人 王五 李四也看见了")
	benchSaidOn(b, pb, "陈二", "查 #C1")
}
