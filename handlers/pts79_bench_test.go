package handlers_test

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkApproveSawPaper: 同意 of each round's 见义勇为 claim lacking its
// paper (filed a day apart, not measured) with the scorer's word that he
// saw it: recorded as the claim's evidence in the approval's commit
// (pts79).
func BenchmarkApproveSawPaper(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("张三", fmt.Sprintf("申请积分 见义勇为 帮派出所抓小偷 第%d回", i))
	}, "赵六", func(i int) string { return fmt.Sprintf("同意 #C%d 县综治办认定书已看", i+1) })
}

// BenchmarkClaimOtherDeed: 张三's second 志愿服务 of the day, another deed
// than the first (filed, not measured, a day apart; the last round's two
// rejected so none waits too long): filed, not refused as the same deed
// (pts79).
func BenchmarkClaimOtherDeed(b *testing.B) {
	benchRounds(b, func(pb *pointsBot, i int) {
		if i > 0 {
			pb.say("赵六", fmt.Sprintf("驳回 #C%d 测试", 2*i-1))
			pb.say("赵六", fmt.Sprintf("驳回 #C%d 测试", 2*i))
		}
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("张三", fmt.Sprintf("申请积分 志愿服务 在村口帮忙指挥交通 第%d回", i))
	}, "张三", func(i int) string {
		return fmt.Sprintf("申请积分 志愿服务 下午去敬老院打扫卫生 第%d回", i)
	})
}
