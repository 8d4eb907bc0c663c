package handlers_test

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkApproveAllFixed: 赵六's 「都同意」 over two fixed-point claims
// (filed each round a day apart, the last round's list answered 「是」,
// not measured): listed without the 「都给8分」 line (walk78).
func BenchmarkApproveAllFixed(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		if i > 0 {
			pb.say("赵六", "是")
		}
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("陈二", fmt.Sprintf("申请积分 昨晚参加治安巡防 第%d回", i))
		pb.say("李四", fmt.Sprintf("申请积分 参加普法学习 证明人 王五 第%d回", i))
	}, "赵六", func(int) string { return "都同意" })
}

// BenchmarkClaimAgainNamed: 张三's claim of a deed approved today sent
// again (filed and approved each round a day apart, not measured):
// refused naming the scorer to tell (walk78).
func BenchmarkClaimAgainNamed(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		pb.now = pb.now.Add(24 * time.Hour)
		claimed("")(pb, i)
		pb.say("赵六", fmt.Sprintf("同意 #C%d", i+1))
	}, "张三", func(i int) string { return fmt.Sprintf("申请积分 帮五保户王奶奶打扫院子 第%d回", i) })
}
