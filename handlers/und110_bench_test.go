package handlers_test

import (
	"testing"

	"gridbot/village"
)

// BenchmarkUnd110: the free-text paths round 110 changed, one message
// each measured.
func BenchmarkUnd110(b *testing.B) {
	// 张三's scam call told, nobody sent to act: filed at once as 治安
	// with the swindle's warning
	b.Run("scam_story_filed", func(b *testing.B) {
		benchRep74(b, grid3, false, 1, 0, village.StatusRejected,
			"张三", "有人打电话说我孙子在外面出事了 让赶紧打钱", "李四", "驳回 %R0 测试")
	})
	// 张三's fee for a gas check asked whether real: asked back with the
	// swindle's warning
	b.Run("fee_asked", func(b *testing.B) {
		benchRep74(b, grid3, false, 1, 0, village.StatusRejected,
			"张三", "天然气公司的人来查表 要收检查费 是真的吗", "张三", "1", "李四", "驳回 %R0 测试")
	})
}
