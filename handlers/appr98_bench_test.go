package handlers_test

import "testing"

// BenchmarkProcedure98: the procedure questions appr98 changed: a yes-or-no
// follow-up answered by the guide's step alone, whether to bring a listed
// paper (the reply's commit each), 「要带原件吗」 right after (the
// further question's commit), and 「医保卡在哪领」 finding the card's entry
// (the filing's commit).
func BenchmarkProcedure98(b *testing.B) {
	b.Run("need_answered", func(b *testing.B) {
		benchAskedOn(b, "陈二", "户口迁移怎么办", "要回来开证明不", 0, false)
	})
	b.Run("bring_answered", func(b *testing.B) {
		benchAskedOn(b, "陈二", "户口迁移怎么办", "那户口本要带吗", 0, false)
	})
	b.Run("copy_asked_soon", func(b *testing.B) { benchAskedOn(b, "陈二", "户口迁移怎么办", "要带原件吗", 0, false) })
	b.Run("card_asked", func(b *testing.B) { benchAskedOn(b, "陈二", "", "医保卡在哪领", 0, false) })
}
