package handlers_test

import "testing"

// BenchmarkProcedure97: the procedure questions appr97 changed: a pay-out
// question finding its entry (医保报销) and a first question of one part
// (the filing's commit each), the rest of the guide asked after a part
// (answered alone: the reply's commit), a fee asked after a pay-out item
// (the premium's item asked on), and one more loss told without its stock
// after a loss (the reply's commit, decided on the memo's copy).
func BenchmarkProcedure97(b *testing.B) {
	b.Run("pay_out_asked", func(b *testing.B) { benchAskedOn(b, "陈二", "", "医保能报多少", 0, false) })
	b.Run("part_first", func(b *testing.B) { benchAskedOn(b, "陈二", "", "低保要带什么材料", 0, false) })
	b.Run("part_first_private", func(b *testing.B) { benchAskedOn(b, "陈二", "", "低保要带什么材料", 0, true) })
	b.Run("rest_asked", func(b *testing.B) {
		benchAskedOn(b, "陈二", "低保要带什么材料", "要多久能批下来", 0, false)
	})
	b.Run("fee_after_pay_out", func(b *testing.B) { benchAskedOn(b, "陈二", "医保能报多少", "那一年交多少钱", 0, false) })
	b.Run("loss_more", func(b *testing.B) { benchAskedOn(b, "陈二", "昨晚冻死了三头猪", "又冻死一头", 0, false) })
}
