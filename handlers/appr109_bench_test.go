package handlers_test

import "testing"

// BenchmarkProcedure109: the paths appr109 changed, each a first message
// (the filing's commit; the reader without the guide's keywords): a
// choice of offices asked, 到没到账 asked, a collapse that asks for 危房改
// 造 (the alarm and the aid message in one commit), who may get it asked
// round the thing, a death told with a scheme asked, and an expired card
// asked of.
func BenchmarkProcedure109(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"office_choice", "张三", "俺娘想办残疾证 是去县里还是镇上"},
		{"arrival_check", "陈二", "高龄补贴咋查到没到账"},
		{"collapse_aid", "王乐", "老房子西屋塌了半边 人没事 能申请危房改造不"},
		{"may_get", "苏梅", "取暖补贴俺家能领不 俺家是低保户"},
		{"after_death", "胡秀芝", "俺家老头子上个月走了 养老金咋停 还有丧葬费咋领"},
		{"expired_card", "廖娟", "残疾证过期了 两项补贴会停吗"},
	} {
		b.Run(c.name, func(b *testing.B) { benchAskedOn(b, c.from, "", c.text, 0, false) })
	}
}
