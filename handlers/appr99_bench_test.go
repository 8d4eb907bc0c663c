package handlers_test

import "testing"

// BenchmarkProcedure99: the procedure questions appr99 changed: the
// office's hours asked right after a guide (the further question's
// commit), a listed paper said lost, a part told asked again (answered by
// the guide alone: the reply's commit), another entry's money pointed to,
// and a worker asking for an elder (the filing's commit each).
func BenchmarkProcedure99(b *testing.B) {
	b.Run("hours_asked", func(b *testing.B) { benchAskedOn(b, "陈二", "残疾证怎么办", "周六上班吗", 0, false) })
	b.Run("lost_paper", func(b *testing.B) { benchAskedOn(b, "陈二", "医保报销怎么弄", "发票丢了咋办", 0, false) })
	b.Run("part_again", func(b *testing.B) {
		benchAskedOn(b, "陈二", "低保怎么申请", "低保批下来要多久", 0, false)
	})
	b.Run("paid_by", func(b *testing.B) {
		benchAskedOn(b, "陈二", "", "残疾证去哪办 一个月能领多少钱", 0, false)
	})
	b.Run("asked_for_elder", func(b *testing.B) {
		benchAskedOn(b, "王五", "", "帮王奶奶问一下高龄补贴能领多少", 0, true)
	})
}
