package handlers_test

import (
	"testing"
)

// BenchmarkProcedure104: the procedure questions appr104 changed: a first
// 「医保交重复了」 and 「煤改电补贴啥时候发 电费太贵了」 (the filing's commit),
// 「那交重复了能退不」 after 「医保怎么交」 (the further question's commit),
// and a bare 「要开个啥证明不」 (the reply's commit, nothing filed).
func BenchmarkProcedure104(b *testing.B) {
	b.Run("double_paid_first", func(b *testing.B) {
		benchAskedOn(b, "张三", "", "医保交重复了", 0, false)
	})
	b.Run("double_paid_after", func(b *testing.B) {
		benchAskedOn(b, "陈二", "医保怎么交", "那交重复了能退不", 0, false)
	})
	b.Run("when_beside_price", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "煤改电补贴啥时候发 电费太贵了", 0, false)
	})
	b.Run("paper_what_for", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "要开个啥证明不", 0, false)
	})
}
