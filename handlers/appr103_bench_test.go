package handlers_test

import (
	"testing"
)

// BenchmarkProcedure103: the procedure questions appr103 changed: 「那俺家能
// 领不」 after 取暖补贴's 时限 (the further question's commit), a first
// 「取暖补贴俺家能领不」, 「闺女在外地打工 医保在哪交都行吗」, 「我儿子腊月
// 二十回来 在外面打工的要开个啥证明不」 and 「结婚登记民政局过年放假不」 (the
// filing's commit), and 「那手机上能交吗」 after 「医保今年交多少钱」.
func BenchmarkProcedure103(b *testing.B) {
	b.Run("may_get_after", func(b *testing.B) {
		benchAskedOn(b, "张三", "取暖补贴今年啥时候发", "那俺家能领不", 0, false)
	})
	b.Run("may_get_first", func(b *testing.B) {
		benchAskedOn(b, "张三", "", "取暖补贴俺家能领不", 0, false)
	})
	b.Run("pay_where_first", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "闺女在外地打工 医保在哪交都行吗", 0, false)
	})
	b.Run("pay_where_after", func(b *testing.B) {
		benchAskedOn(b, "陈二", "医保今年交多少钱", "那手机上能交吗", 0, false)
	})
	b.Run("paper_unnamed", func(b *testing.B) {
		benchAskedOn(b, "张三", "", "我儿子腊月二十回来 在外面打工的要开个啥证明不", 0, false)
	})
	b.Run("office_days", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "结婚登记民政局过年放假不", 0, false)
	})
}
