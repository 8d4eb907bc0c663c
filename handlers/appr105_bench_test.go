package handlers_test

import (
	"testing"
)

// BenchmarkProcedure105: the procedure questions appr105 changed: a first
// 「取暖补贴今年还发不发」 (the filing's commit) and 「那村里能上门不」 after
// 「低保年审要准备啥」 (the further question's commit).
func BenchmarkProcedure105(b *testing.B) {
	b.Run("payout_news", func(b *testing.B) {
		benchAskedOn(b, "张三", "", "取暖补贴今年还发不发", 0, false)
	})
	b.Run("home_visit_after", func(b *testing.B) {
		benchAskedOn(b, "张三", "低保年审要准备啥", "那村里能上门不", 0, false)
	})
}
