package handlers_test

import (
	"testing"
)

// BenchmarkProcedure102: the procedure questions appr102 changed: a
// worker's 「她自己不会弄手机」 after the elder's question he passed on (the
// further question's commit), a first 「养老保险断交了两年 还能补交不」 and
// 「今年医保还没交 31号之前还来得及不」 (the filing's commit), 「31号之前还来
// 得及不」 after the guide, 「快递要本人去取吗」 after a guide (no state
// change), and 「过年回来的 是不是要去村里登记」 (the filing's commit).
func BenchmarkProcedure102(b *testing.B) {
	b.Run("no_phone", func(b *testing.B) {
		benchAskedOn(b, "王五", "王奶奶问高龄补贴今年认证了没有", "她自己不会弄手机", 0, false)
	})
	b.Run("back_pay_first", func(b *testing.B) {
		benchAskedOn(b, "张三", "", "养老保险断交了两年 还能补交不", 0, false)
	})
	b.Run("deadline_first", func(b *testing.B) {
		benchAskedOn(b, "王五", "", "今年医保还没交 31号之前还来得及不", 0, false)
	})
	b.Run("deadline_after", func(b *testing.B) {
		benchAskedOn(b, "张三", "医保怎么交", "31号之前还来得及不", 0, false)
	})
	b.Run("parcel_after", func(b *testing.B) {
		benchAskedOn(b, "陈二", "残疾证怎么办", "快递要本人去取吗", 0, false)
	})
	b.Run("homecoming", func(b *testing.B) {
		benchAskedOn(b, "周八", "", "过年回来的 是不是要去村里登记", 0, false)
	})
}
