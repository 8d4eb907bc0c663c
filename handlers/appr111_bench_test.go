package handlers_test

import "testing"

// BenchmarkProcedure111: the paths appr111 changed, each a first message
// (the filing's commit): a step asked of the winter, his household's
// group told asking 能领不 (of a scheme, and of none but the group's), a
// group no line names, a scheme asked after a death.
func BenchmarkProcedure111(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"season_do", "林慧", "宅基地批下来了 冬天能开工不"},
		{"on_list", "苏梅", "俺家是低保户 能领烤火费不"},
		{"status_only", "陈二", "俺家是低保户 能领不"},
		{"group_unnamed", "王乐", "边缘户能领取暖补贴不"},
		{"stopped", "胡秀芝", "俺爹上个月走了 高龄补贴还发不"},
	} {
		b.Run(c.name, func(b *testing.B) { benchAskedOn(b, c.from, "", c.text, 0, false) })
	}
}
