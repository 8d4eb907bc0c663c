package handlers_test

import "testing"

// BenchmarkProcedure106: the paths appr106 changed: a first home visit
// asked privately (the filing's commit, the worker told), the same asked
// on in the group (the worker made a handler), and whether a scheme is
// paid asked again (the same question's reply).
func BenchmarkProcedure106(b *testing.B) {
	b.Run("visit_first_private", func(b *testing.B) {
		benchAskedOn(b, "张三", "", "低保年审能上门办不 我腿脚不好", 0, true)
	})
	b.Run("visit_on", func(b *testing.B) {
		benchAskedOn(b, "张三", "低保年审要准备啥", "那村里能上门不", 0, false)
	})
	b.Run("news_again", func(b *testing.B) {
		benchAskedOn(b, "张三", "今年有没有取暖补贴", "今年到底有没有取暖补贴啊", 0, false)
	})
}
